"""Report periods: naming, checks with Danish messages, and the bars over time."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.reports.periods import (
    BucketSize,
    GrantPeriodSpan,
    buckets,
    check_against_grant_periods,
    custom_period,
    local_day_bounds,
    month_period,
    period_from_dates,
    quarter_period,
    year_period,
)

PRESETS = [GrantPeriodSpan("a", "Helhedsplan 2015–2018", date(2015, 1, 1), date(2018, 12, 31)),
           GrantPeriodSpan("b", "Helhedsplan 2019–2026", date(2019, 1, 1), date(2026, 12, 31))]


def test_periods_are_named_the_danish_way():
    assert quarter_period(2026, 3).label == "3. kvartal 2026"
    assert (quarter_period(2026, 3).start, quarter_period(2026, 3).end) == (date(2026, 7, 1), date(2026, 9, 30))
    assert month_period(2024, 2).label == "februar 2024" and month_period(2024, 2).end == date(2024, 2, 29)
    assert year_period(2026).span_text == "01-01-2026 – 31-12-2026"
    assert custom_period(date(2026, 1, 1), date(2026, 3, 15)).label == "01-01-2026 – 15-03-2026"


def test_typed_dates_get_the_name_of_what_they_are():
    assert period_from_dates(date(2026, 7, 1), date(2026, 9, 30), PRESETS).label == "3. kvartal 2026"
    assert period_from_dates(date(2026, 2, 1), date(2026, 2, 28), PRESETS).label == "februar 2026"
    assert period_from_dates(date(2026, 1, 1), date(2026, 12, 31), PRESETS).label == "2026"
    assert period_from_dates(date(2019, 1, 1), date(2026, 12, 31), PRESETS).label == "Helhedsplan 2019–2026"
    assert period_from_dates(date(2026, 7, 2), date(2026, 9, 30), PRESETS).label == "02-07-2026 – 30-09-2026"


def test_an_empty_period_says_what_to_do():
    with pytest.raises(ValidationError, match=r"Perioden er tom. Du kan skrive både en fra-dato og en til-dato"):
        custom_period(None, date(2026, 1, 1))


def test_an_end_before_the_start_is_refused():
    with pytest.raises(ValidationError, match=r"slutdato \(01-07-2026\) ligger før startdatoen \(30-09-2026\)"):
        custom_period(date(2026, 9, 30), date(2026, 7, 1))


def test_a_period_outside_every_grant_period_is_refused():
    with pytest.raises(ValidationError, match="ligger uden for alle bevillingsperioder"):
        check_against_grant_periods(year_period(2010), PRESETS)
    with pytest.raises(ValidationError, match="Der er ingen bevillingsperioder"):
        check_against_grant_periods(year_period(2026), [])


def test_a_period_partly_outside_gets_a_note():
    assert check_against_grant_periods(year_period(2026), PRESETS) == []
    notes = check_against_grant_periods(custom_period(date(2014, 7, 1), date(2015, 6, 30)), PRESETS)
    assert notes and "01-07-2014 – 31-12-2014" in notes[0]
    assert "2027" in check_against_grant_periods(custom_period(date(2026, 7, 1), date(2027, 6, 30)), PRESETS)[0]


def test_wrong_quarter_month_and_year_are_refused():
    for make in (lambda: quarter_period(2026, 5), lambda: month_period(2026, 13), lambda: year_period(20026)):
        with pytest.raises(ValidationError):
            make()


def test_bars_are_months_then_quarters_then_years():
    months = buckets(date(2026, 7, 1), date(2026, 9, 30))
    assert [b.short_label for b in months] == ["jul.", "aug.", "sep."]
    quarters = buckets(date(2023, 1, 1), date(2026, 12, 31))
    assert quarters[0].size is BucketSize.QUARTER and len(quarters) == 16 and quarters[-1].label == "4. kvartal 2026"
    years = buckets(date(2016, 11, 24), date(2026, 11, 23))
    assert [b.label for b in years][:2] == ["2016", "2017"] and len(years) == 11
    assert years[0].start == date(2016, 11, 24) and years[-1].end == date(2026, 11, 23)  # cut to the period


def test_day_bounds_are_danish_midnights_in_utc():
    summer, winter = local_day_bounds(date(2026, 7, 1), date(2026, 12, 31))
    assert summer == datetime(2026, 6, 30, 22, 0, tzinfo=UTC)
    assert winter == datetime(2026, 12, 31, 23, 0, tzinfo=UTC)
