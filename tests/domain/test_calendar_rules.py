import itertools
from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boligsocial_desktop.domain.calendar_rules import (
    DEFAULT_EXTRA_CLOSING_DAYS,
    CalendarRuleError,
    ClosingPeriod,
    FixedClosingDay,
    PlannedDate,
    Recurrence,
    SeriesPattern,
    describe_pattern,
    holiday_name,
    occurrence_dates,
    planned_dates,
    validate_pattern,
)


def weekly(start, end, **kwargs):
    return SeriesPattern(Recurrence.WEEKLY, start, end, time(15), time(17), **kwargs)


def test_recurrence_values_are_the_stored_form():
    assert [r.value for r in Recurrence] == [
        "enkelt", "ugentlig", "hver_anden_uge", "maanedlig_ugedag",
    ]  # fmt: skip


# --- validation -------------------------------------------------------------


def test_end_before_start_is_refused():
    with pytest.raises(CalendarRuleError, match=r"Slutdatoen ligger før startdatoen."):
        validate_pattern(weekly(date(2026, 6, 1), date(2026, 5, 1)))


@pytest.mark.parametrize("end", [time(15), time(14, 59)])
def test_end_time_must_be_after_start_time(end):
    p = SeriesPattern(Recurrence.WEEKLY, date(2026, 1, 6), date(2026, 2, 6), time(15), end)
    with pytest.raises(CalendarRuleError, match="Sluttidspunktet skal ligge efter"):
        validate_pattern(p)


def test_series_may_last_five_years_but_not_longer():
    validate_pattern(weekly(date(2026, 1, 6), date(2031, 1, 6)))
    with pytest.raises(CalendarRuleError, match="højst vare 5 år"):
        validate_pattern(weekly(date(2026, 1, 6), date(2031, 1, 7)))


def test_five_year_limit_from_29_february():
    validate_pattern(weekly(date(2028, 2, 29), date(2033, 2, 28)))
    with pytest.raises(CalendarRuleError, match="højst vare 5 år"):
        validate_pattern(weekly(date(2028, 2, 29), date(2033, 3, 1)))


@pytest.mark.parametrize("weekday", [-1, 7])
def test_weekday_out_of_range(weekday):
    with pytest.raises(CalendarRuleError, match=f"Ugedagen {weekday} findes ikke"):
        validate_pattern(weekly(date(2026, 1, 6), date(2026, 3, 1), weekday=weekday))


@pytest.mark.parametrize("week", [0, 5, -2])
def test_week_of_month_out_of_range(week):
    p = SeriesPattern(
        Recurrence.MONTHLY_WEEKDAY, date(2026, 1, 6), date(2026, 6, 1), time(10), time(12),
        week_of_month=week,
    )  # fmt: skip
    with pytest.raises(CalendarRuleError, match="hvilken uge i måneden"):
        validate_pattern(p)


def test_unknown_recurrence():
    p = SeriesPattern("dagligt", date(2026, 1, 6), date(2026, 6, 1), time(10), time(12))
    with pytest.raises(CalendarRuleError, match="»dagligt« kendes ikke"):
        validate_pattern(p)


def test_closing_period_ending_before_it_starts():
    period = ClosingPeriod("Sommerferie", date(2026, 8, 1), date(2026, 7, 1))
    with pytest.raises(CalendarRuleError, match="»Sommerferie« slutter, før den begynder"):
        validate_pattern(weekly(date(2026, 1, 6), date(2026, 12, 1), closing_periods=(period,)))


def test_calendar_rule_error_is_a_value_error():
    assert issubclass(CalendarRuleError, ValueError)


# --- dates ------------------------------------------------------------------


def test_weekly_spring_season_skips_easter_and_ascension():
    p = weekly(date(2026, 1, 1), date(2026, 6, 30), weekday=3)  # Thursdays
    planned = planned_dates(p)
    assert planned[0].date == date(2026, 1, 1)
    assert planned[0].skip_reason == "Nytårsdag"
    skipped = {pd.date: pd.skip_reason for pd in planned if pd.skipped}
    assert skipped == {
        date(2026, 1, 1): "Nytårsdag",
        date(2026, 4, 2): "Skærtorsdag",
        date(2026, 5, 14): "Kristi himmelfartsdag",
    }
    assert len(planned) == 26
    assert len(occurrence_dates(p)) == 23


def test_holiday_names_are_danish():
    assert holiday_name(date(2026, 12, 25)) == "1. juledag"
    assert holiday_name(date(2026, 4, 6)) == "2. påskedag"
    assert holiday_name(date(2026, 5, 25)) == "2. pinsedag"
    assert holiday_name(date(2023, 5, 5)) == "Store bededag"
    assert holiday_name(date(2026, 5, 1)) is None  # not a closing day by default
    assert holiday_name(date(2026, 12, 1)) is None


def test_extra_closing_days_are_skipped_by_default():
    assert [d.name for d in DEFAULT_EXTRA_CLOSING_DAYS] == [
        "Grundlovsdag", "Juleaften", "Nytårsaftensdag",
    ]  # fmt: skip
    # 2026: 5 June is a Friday, 24 and 31 December are Thursdays.
    fridays = planned_dates(weekly(date(2026, 6, 1), date(2026, 6, 30), weekday=4))
    assert fridays[0] == PlannedDate(date(2026, 6, 5), "Grundlovsdag")
    thursdays = planned_dates(weekly(date(2026, 12, 1), date(2026, 12, 31), weekday=3))
    assert {pd.date.day: pd.skip_reason for pd in thursdays if pd.skipped} == {
        24: "Juleaften", 31: "Nytårsaftensdag",
    }  # fmt: skip


def test_extra_closing_days_can_be_replaced():
    p = weekly(date(2026, 4, 27), date(2026, 5, 10), weekday=4)  # Fri 1 May, Fri 8 May
    may_day = (FixedClosingDay(5, 1, "Arbejdernes kampdag"),)
    assert planned_dates(p)[0].skip_reason is None
    assert planned_dates(p, may_day)[0].skip_reason == "Arbejdernes kampdag"
    june = weekly(date(2026, 6, 1), date(2026, 6, 30), weekday=4)
    assert not planned_dates(june, extra_closing_days=())[0].skipped


def test_holidays_are_kept_when_not_skipping():
    p = weekly(date(2026, 12, 1), date(2026, 12, 31), weekday=4, skip_holidays=False)
    assert all(not pd.skipped for pd in planned_dates(p))
    assert date(2026, 12, 25) in occurrence_dates(p)


def test_closing_periods_are_skipped_with_their_name():
    autumn = ClosingPeriod("Efterårsferie", date(2026, 10, 12), date(2026, 10, 18))
    p = weekly(date(2026, 10, 1), date(2026, 10, 31), weekday=0, closing_periods=(autumn,))
    assert planned_dates(p) == [
        PlannedDate(date(2026, 10, 5)),
        PlannedDate(date(2026, 10, 12), "Lukket: Efterårsferie"),
        PlannedDate(date(2026, 10, 19)),
        PlannedDate(date(2026, 10, 26)),
    ]
    kept = weekly(
        date(2026, 10, 1), date(2026, 10, 31), weekday=0,
        closing_periods=(autumn,), skip_closing_periods=False,
    )  # fmt: skip
    assert len(occurrence_dates(kept)) == 4


def test_closing_period_ends_are_inclusive():
    summer = ClosingPeriod("Sommerferie", date(2026, 7, 6), date(2026, 7, 27))
    p = weekly(date(2026, 6, 29), date(2026, 8, 10), weekday=0, closing_periods=(summer,))
    assert occurrence_dates(p) == [date(2026, 6, 29), date(2026, 8, 3), date(2026, 8, 10)]


def test_public_holiday_name_wins_over_closing_period():
    christmas = ClosingPeriod("Juleferie", date(2026, 12, 21), date(2027, 1, 3))
    p = weekly(date(2026, 12, 21), date(2026, 12, 31), weekday=4, closing_periods=(christmas,))
    assert [pd.skip_reason for pd in planned_dates(p)] == ["1. juledag"]


def test_weekly_starts_on_first_matching_weekday():
    p = weekly(date(2026, 1, 1), date(2026, 1, 31), weekday=1)  # Thursday start, Tuesdays
    assert occurrence_dates(p) == [date(2026, 1, d) for d in (6, 13, 20, 27)]


def test_weekday_defaults_to_start_dates_weekday():
    p = weekly(date(2026, 1, 7), date(2026, 1, 31))
    assert occurrence_dates(p) == [date(2026, 1, d) for d in (7, 14, 21, 28)]


def test_biweekly_counts_from_first_date():
    p = SeriesPattern(
        Recurrence.BIWEEKLY, date(2026, 8, 10), date(2026, 9, 30), time(17, 30), time(19),
        weekday=2,
    )  # fmt: skip
    assert occurrence_dates(p) == [
        date(2026, 8, 12),
        date(2026, 8, 26),
        date(2026, 9, 9),
        date(2026, 9, 23),
    ]


def test_monthly_first_tuesday():
    p = SeriesPattern(
        Recurrence.MONTHLY_WEEKDAY, date(2026, 1, 6), date(2026, 6, 30), time(10), time(12)
    )
    assert occurrence_dates(p) == [
        date(2026, 1, 6), date(2026, 2, 3), date(2026, 3, 3),
        date(2026, 4, 7), date(2026, 5, 5), date(2026, 6, 2),
    ]  # fmt: skip


def test_monthly_last_friday_from_a_fifth_friday_and_across_new_year():
    p = SeriesPattern(
        Recurrence.MONTHLY_WEEKDAY, date(2026, 10, 30), date(2027, 3, 31), time(10), time(12)
    )
    assert p.effective_week_of_month == -1
    assert planned_dates(p) == [
        PlannedDate(date(2026, 10, 30)),
        PlannedDate(date(2026, 11, 27)),
        PlannedDate(date(2026, 12, 25), "1. juledag"),
        PlannedDate(date(2027, 1, 29)),
        PlannedDate(date(2027, 2, 26)),
        PlannedDate(date(2027, 3, 26), "Langfredag"),
    ]


def test_monthly_first_date_before_start_date_is_left_out():
    p = SeriesPattern(
        Recurrence.MONTHLY_WEEKDAY, date(2026, 1, 10), date(2026, 3, 31), time(10), time(12),
        weekday=1, week_of_month=1,
    )  # fmt: skip
    assert occurrence_dates(p) == [date(2026, 2, 3), date(2026, 3, 3)]


def test_single_uses_start_date_only():
    p = SeriesPattern(Recurrence.SINGLE, date(2026, 1, 6), date(2026, 1, 6), time(15), time(17))
    assert planned_dates(p) == [PlannedDate(date(2026, 1, 6))]


def test_single_on_a_holiday_has_no_dates_left():
    p = SeriesPattern(Recurrence.SINGLE, date(2026, 12, 24), date(2026, 12, 24), time(15), time(17))
    assert planned_dates(p) == [PlannedDate(date(2026, 12, 24), "Juleaften")]
    with pytest.raises(CalendarRuleError, match=r"Serien har ingen datoer tilbage.*\(Juleaften\)"):
        occurrence_dates(p)


def test_no_matching_weekday_in_range():
    p = weekly(date(2026, 1, 6), date(2026, 1, 6), weekday=2)
    with pytest.raises(CalendarRuleError, match="Serien har ingen datoer: der er ingen onsdage"):
        planned_dates(p)


def test_all_dates_in_closing_period():
    summer = ClosingPeriod("Sommerferie", date(2026, 7, 1), date(2026, 7, 31))
    p = weekly(date(2026, 7, 1), date(2026, 7, 31), closing_periods=(summer,))
    with pytest.raises(CalendarRuleError, match="Serien har ingen datoer tilbage"):
        occurrence_dates(p)


RECURRING = st.sampled_from([Recurrence.WEEKLY, Recurrence.BIWEEKLY, Recurrence.MONTHLY_WEEKDAY])


@st.composite
def patterns(draw):
    start = draw(st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)))
    end = start + timedelta(days=draw(st.integers(min_value=0, max_value=3 * 365)))
    return SeriesPattern(
        draw(RECURRING), start, end, time(15), time(17),
        weekday=draw(st.none() | st.integers(0, 6)),
        week_of_month=draw(st.none() | st.sampled_from([1, 2, 3, 4, -1])),
        skip_holidays=draw(st.booleans()),
    )  # fmt: skip


@given(patterns())
def test_generated_dates_follow_the_pattern(p):
    try:
        dates = [pd.date for pd in planned_dates(p)]
    except CalendarRuleError:
        # Only allowed when the range is too short to contain the weekday at all.
        assert (p.end_date - p.start_date).days < (
            35 if p.recurrence == Recurrence.MONTHLY_WEEKDAY else 7
        )
        return
    assert all(p.start_date <= d <= p.end_date for d in dates)
    assert all(d.weekday() == p.effective_weekday for d in dates)
    assert dates == sorted(set(dates))
    gaps = {(b - a).days for a, b in itertools.pairwise(dates)}
    if p.recurrence == Recurrence.WEEKLY:
        assert gaps <= {7}
        assert dates[0] - p.start_date < timedelta(days=7)
        assert p.end_date - dates[-1] < timedelta(days=7)
    elif p.recurrence == Recurrence.BIWEEKLY:
        assert gaps <= {14}
        assert p.end_date - dates[-1] < timedelta(days=14)
    else:
        months = [(d.year, d.month) for d in dates]
        assert len(months) == len(set(months))
        for d in dates:
            if p.effective_week_of_month == -1:
                assert (d + timedelta(days=7)).month != d.month
            else:
                assert (d.day - 1) // 7 + 1 == p.effective_week_of_month


@given(patterns())
def test_skip_reasons_only_on_holidays_and_only_when_asked(p):
    try:
        planned = planned_dates(p)
    except CalendarRuleError:
        return
    for pd in planned:
        expected = holiday_name(pd.date) if p.skip_holidays else None
        assert pd.skip_reason == expected


# --- descriptions -----------------------------------------------------------


def test_describe_weekly():
    p = weekly(date(2026, 1, 6), date(2026, 6, 23))
    assert describe_pattern(p) == "Hver tirsdag kl. 15–17, 6. jan. – 23. jun. 2026"


def test_describe_uses_first_and_last_date_actually_held():
    # Thursday 1 January 2026 is skipped, and so is the last Thursday, 24 December.
    p = weekly(date(2026, 1, 1), date(2026, 12, 30), weekday=3)
    assert describe_pattern(p) == "Hver torsdag kl. 15–17, 8. jan. – 17. dec. 2026"


def test_describe_biweekly_across_years():
    p = SeriesPattern(
        Recurrence.BIWEEKLY, date(2026, 8, 12), date(2027, 6, 23), time(17, 30), time(19)
    )
    # 23 June 2027 is an "off" Wednesday: the last date held is 16 June.
    assert describe_pattern(p) == "Hver anden onsdag kl. 17.30–19, 12. aug. 2026 – 16. jun. 2027"


def test_describe_monthly():
    first = SeriesPattern(
        Recurrence.MONTHLY_WEEKDAY, date(2026, 1, 6), date(2026, 5, 31), time(10), time(12)
    )
    assert describe_pattern(first) == "Første tirsdag i måneden kl. 10–12, 6. jan. – 5. maj 2026"
    last = SeriesPattern(
        Recurrence.MONTHLY_WEEKDAY, date(2026, 1, 1), date(2026, 3, 31), time(10), time(12),
        weekday=4, week_of_month=-1,
    )  # fmt: skip
    assert describe_pattern(last) == "Sidste fredag i måneden kl. 10–12, 30. jan. – 27. mar. 2026"


def test_describe_single_and_one_date_series():
    single = SeriesPattern(
        Recurrence.SINGLE, date(2026, 1, 6), date(2026, 1, 6), time(15), time(17)
    )
    assert describe_pattern(single) == "tirsdag 6. januar 2026 kl. 15–17"
    one = weekly(date(2026, 1, 6), date(2026, 1, 12))
    assert describe_pattern(one) == "Hver tirsdag kl. 15–17, 6. jan. 2026"


def test_describe_validates():
    with pytest.raises(CalendarRuleError):
        describe_pattern(weekly(date(2026, 6, 1), date(2026, 5, 1)))


def test_several_weekdays_weekly_and_biweekly():
    from boligsocial_desktop.domain.danish import count_noun

    weekly = SeriesPattern(Recurrence.WEEKLY, date(2027, 9, 1), date(2027, 9, 20), time(15), time(17),
                           weekdays=(3, 0))
    assert [pd.date.day for pd in planned_dates(weekly)] == [2, 6, 9, 13, 16, 20]
    assert describe_pattern(weekly).startswith("Hver mandag og torsdag kl. 15–17")
    biweekly = SeriesPattern(Recurrence.BIWEEKLY, date(2027, 9, 1), date(2027, 9, 30), time(15), time(17),
                             weekdays=(0, 3))
    assert [pd.date.day for pd in planned_dates(biweekly)] == [2, 13, 16, 27, 30]
    assert (count_noun(1, "helligdag", "helligdage"), count_noun(2, "dato", "datoer")) == ("1 helligdag", "2 datoer")
