"""Rules for activity series: which dates a series gives, which are skipped, and room clashes.

Everything here is plain data in, plain data out, so the calendar UI, the storage
layer and the tests can all use it without Qt or a database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache

from boligsocial_desktop.domain.danish import (
    EN_DASH,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    clock_range,
    join_words,
    long_date,
    short_date,
)
from boligsocial_desktop.domain.enums import Recurrence

MAX_SERIES_YEARS = 5


class CalendarRuleError(ValueError):
    """A series or booking breaks a rule; str(error) is a Danish message for the user."""


@dataclass(frozen=True)
class ClosingPeriod:
    """A period the house is closed, e.g. the summer holiday; both ends inclusive."""

    name: str
    start: date
    end: date


@dataclass(frozen=True)
class FixedClosingDay:
    """A day every year that is not a public holiday but on which offices close."""

    month: int
    day: int
    name: str


# Not public holidays by law, but area offices and community houses are closed.
DEFAULT_EXTRA_CLOSING_DAYS = (
    FixedClosingDay(6, 5, "Grundlovsdag"),
    FixedClosingDay(12, 24, "Juleaften"),
    FixedClosingDay(12, 31, "Nytårsaftensdag"),
)


@dataclass(frozen=True)
class SeriesPattern:
    """How a series repeats.

    weekday: 0 = Monday; defaults to start_date's weekday. The first date is the
    first such weekday on or after start_date (BIWEEKLY counts from there).
    weekdays: several weekdays (e.g. (0, 3) for Monday and Thursday); when given it
    replaces weekday. BIWEEKLY counts weeks from the week of the first date.
    week_of_month: 1–4, or -1 for the last; only for MONTHLY_WEEKDAY, defaults to
    the week start_date lies in ("last" if start_date is a 5th weekday).
    SINGLE uses start_date only.
    """

    recurrence: Recurrence
    start_date: date
    end_date: date
    start_time: time
    end_time: time
    weekday: int | None = None
    week_of_month: int | None = None
    skip_holidays: bool = True
    closing_periods: tuple[ClosingPeriod, ...] = ()
    skip_closing_periods: bool = True
    weekdays: tuple[int, ...] = ()

    @property
    def effective_weekday(self) -> int:
        if self.weekdays:
            return min(self.weekdays)
        return self.start_date.weekday() if self.weekday is None else self.weekday

    @property
    def effective_weekdays(self) -> tuple[int, ...]:
        return tuple(sorted(set(self.weekdays))) if self.weekdays else (self.effective_weekday,)

    @property
    def effective_week_of_month(self) -> int:
        if self.week_of_month is not None:
            return self.week_of_month
        ordinal = (self.start_date.day - 1) // 7 + 1
        return -1 if ordinal == 5 else ordinal


@dataclass(frozen=True)
class PlannedDate:
    date: date
    skip_reason: str | None = None

    @property
    def skipped(self) -> bool:
        return self.skip_reason is not None


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def validate_pattern(p: SeriesPattern) -> None:
    """Raise CalendarRuleError with a Danish message if the pattern cannot be used."""
    try:
        Recurrence(p.recurrence)
    except ValueError:
        raise CalendarRuleError(f"Gentagelsen »{p.recurrence}« kendes ikke.") from None
    if p.end_date < p.start_date:
        raise CalendarRuleError("Slutdatoen ligger før startdatoen.")
    if p.end_time <= p.start_time:
        raise CalendarRuleError(
            "Sluttidspunktet skal ligge efter starttidspunktet. "
            "En aktivitet kan ikke gå hen over midnat."
        )
    if p.end_date > _add_years(p.start_date, MAX_SERIES_YEARS):
        raise CalendarRuleError(
            f"En serie kan højst vare {MAX_SERIES_YEARS} år. "
            "Ret slutdatoen, eller del aktiviteten op i flere serier."
        )
    for weekday in (p.weekday, *p.weekdays):
        if weekday is not None and weekday not in range(7):
            raise CalendarRuleError(
                f"Ugedagen {weekday} findes ikke. Vælg en ugedag fra mandag til søndag."
            )
    if p.recurrence == Recurrence.MONTHLY_WEEKDAY and p.effective_week_of_month not in (
        1, 2, 3, 4, -1,
    ):  # fmt: skip
        raise CalendarRuleError(
            "Vælg hvilken uge i måneden: første, anden, tredje, fjerde eller sidste."
        )
    for period in p.closing_periods:
        if period.end < period.start:
            raise CalendarRuleError(
                f"Lukkeperioden »{period.name}« slutter, før den begynder. Ret datoerne."
            )


def _first_on_or_after(d: date, weekday: int) -> date:
    return d + timedelta(days=(weekday - d.weekday()) % 7)


def _nth_weekday_of_month(year: int, month: int, weekday: int, n: int) -> date:
    if n == -1:
        next_month = date(year + month // 12, month % 12 + 1, 1)
        last = next_month - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    return _first_on_or_after(date(year, month, 1), weekday) + timedelta(weeks=n - 1)


def _raw_dates(p: SeriesPattern) -> list[date]:
    if p.recurrence == Recurrence.SINGLE:
        return [p.start_date]
    if p.recurrence == Recurrence.MONTHLY_WEEKDAY:
        result = []
        year, month = p.start_date.year, p.start_date.month
        while (year, month) <= (p.end_date.year, p.end_date.month):
            for weekday in p.effective_weekdays:
                d = _nth_weekday_of_month(year, month, weekday, p.effective_week_of_month)
                if p.start_date <= d <= p.end_date:
                    result.append(d)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return sorted(result)
    weeks_apart = 2 if p.recurrence == Recurrence.BIWEEKLY else 1
    firsts = [_first_on_or_after(p.start_date, weekday) for weekday in p.effective_weekdays]
    first_monday = min(firsts) - timedelta(days=min(firsts).weekday())
    result = []
    for first in firsts:
        d = first
        if (d - first_monday).days // 7 % weeks_apart:
            d += timedelta(weeks=1)
        while d <= p.end_date:
            result.append(d)
            d += timedelta(weeks=weeks_apart)
    return sorted(result)


# The names calendars and posters use ("1. juledag"), where the package has the formal ones.
EVERYDAY_HOLIDAY_NAMES = {"Juledag": "1. juledag", "Anden juledag": "2. juledag",
                          "Anden påskedag": "2. påskedag", "Anden pinsedag": "2. pinsedag"}


@lru_cache(maxsize=64)
def _danish_public_holidays(year: int) -> dict[date, str]:
    import holidays  # imported on first use: it takes a noticeable part of a second

    found = holidays.country_holidays("DK", years=year, language="da")
    return {day: EVERYDAY_HOLIDAY_NAMES.get(name, name) for day, name in found.items()}


def holiday_name(
    d: date, extra_closing_days: Sequence[FixedClosingDay] = DEFAULT_EXTRA_CLOSING_DAYS
) -> str | None:
    """Danish name of the public holiday or fixed closing day on d, or None."""
    name = _danish_public_holidays(d.year).get(d)
    if name is not None:
        return name
    for extra in extra_closing_days:
        if (d.month, d.day) == (extra.month, extra.day):
            return extra.name
    return None


def day_marks(
    first: date,
    last: date,
    closing_periods: Sequence[ClosingPeriod] = (),
    extra_closing_days: Sequence[FixedClosingDay] = DEFAULT_EXTRA_CLOSING_DAYS,
) -> dict[date, str]:
    """What the calendar shows on a day besides its sessions: "1. juledag", "Lukket: juleferie"."""
    marks: dict[date, str] = {}
    day = first
    while day <= last:
        labels = [name] if (name := holiday_name(day, extra_closing_days)) else []
        labels += [f"Lukket: {p.name}" for p in closing_periods if p.start <= day <= p.end]
        if labels:
            marks[day] = " · ".join(labels)
        day += timedelta(days=1)
    return marks


def closing_notice(period: ClosingPeriod) -> str:
    """ "Huset er lukket 21. december – 3. januar (juleferie)"; one day: "Huset er lukket 24. december (…)"."""
    start = f"{period.start.day}. {MONTH_NAMES[period.start.month - 1]}"
    end = f"{period.end.day}. {MONTH_NAMES[period.end.month - 1]}"
    span = start if period.start == period.end else f"{start} {EN_DASH} {end}"
    return f"Huset er lukket {span} ({period.name})"


def _skip_reason(
    d: date, p: SeriesPattern, extra_closing_days: Sequence[FixedClosingDay]
) -> str | None:
    if p.skip_holidays and (name := holiday_name(d, extra_closing_days)):
        return name
    if p.skip_closing_periods:
        for period in p.closing_periods:
            if period.start <= d <= period.end:
                return f"Lukket: {period.name}"
    return None


def planned_dates(
    p: SeriesPattern, extra_closing_days: Sequence[FixedClosingDay] = DEFAULT_EXTRA_CLOSING_DAYS
) -> list[PlannedDate]:
    """Every date the pattern gives, in order, with the reason when it is skipped.

    Public holidays (Danish names from the `holidays` package) and
    extra_closing_days are skipped when p.skip_holidays; closing periods when
    p.skip_closing_periods.
    """
    validate_pattern(p)
    dates = _raw_dates(p)
    if not dates:
        weekday_plural = join_words([WEEKDAY_NAMES[w] + "e" for w in p.effective_weekdays], "eller")
        raise CalendarRuleError(
            f"Serien har ingen datoer: der er ingen {weekday_plural} fra "
            f"{short_date(p.start_date)} til {short_date(p.end_date)}. "
            "Ret start- eller slutdatoen."
        )
    return [PlannedDate(d, _skip_reason(d, p, extra_closing_days)) for d in dates]


def occurrence_dates(
    p: SeriesPattern, extra_closing_days: Sequence[FixedClosingDay] = DEFAULT_EXTRA_CLOSING_DAYS
) -> list[date]:
    """The dates the series is actually held (planned dates that are not skipped)."""
    planned = planned_dates(p, extra_closing_days)
    held = [pd.date for pd in planned if not pd.skipped]
    if not held:
        reasons = ", ".join(dict.fromkeys(pd.skip_reason for pd in planned if pd.skip_reason))
        raise CalendarRuleError(
            f"Serien har ingen datoer tilbage, fordi de alle springes over ({reasons}). "
            "Vælg andre datoer, eller lad være med at springe helligdage og lukkeperioder over."
        )
    return held


_ORDINALS = {1: "Første", 2: "Anden", 3: "Tredje", 4: "Fjerde", -1: "Sidste"}


def _short_day(d: date, with_year: bool) -> str:
    text = f"{d.day}. {MONTH_ABBREVIATIONS[d.month - 1]}"
    return f"{text} {d.year}" if with_year else text


def _date_span(first: date, last: date) -> str:
    if first == last:
        return _short_day(first, with_year=True)
    same_year = first.year == last.year
    return f"{_short_day(first, not same_year)} {EN_DASH} {_short_day(last, True)}"


def describe_pattern(
    p: SeriesPattern, extra_closing_days: Sequence[FixedClosingDay] = DEFAULT_EXTRA_CLOSING_DAYS
) -> str:
    """Danish text for posters, e.g. "Hver tirsdag kl. 15–17, 6. jan. – 23. jun. 2026".

    The date span runs from the first to the last date the series is actually held.
    """
    validate_pattern(p)
    times = clock_range(p.start_time, p.end_time)
    if p.recurrence == Recurrence.SINGLE:
        return f"{long_date(p.start_date)} {times}"
    weekday = join_words([WEEKDAY_NAMES[w] for w in p.effective_weekdays])
    if p.recurrence == Recurrence.WEEKLY:
        rule = f"Hver {weekday}"
    elif p.recurrence == Recurrence.BIWEEKLY:
        rule = f"Hver anden {weekday}"
    else:
        rule = f"{_ORDINALS[p.effective_week_of_month]} {weekday} i måneden"
    held = [pd.date for pd in planned_dates(p, extra_closing_days) if not pd.skipped]
    first, last = (held[0], held[-1]) if held else (p.start_date, p.end_date)
    return f"{rule} {times}, {_date_span(first, last)}"


@dataclass(frozen=True)
class Booking:
    """One room booked on one day; session_id identifies the same session across edits."""

    room_id: str
    day: date
    start: time
    end: time
    label: str
    session_id: str | None = None
    room_name: str = ""  # named in clash messages when known


@dataclass(frozen=True)
class Clash:
    candidate: Booking
    other: Booking


def _overlaps(a: Booking, b: Booking) -> bool:
    # Half-open ranges: 15–17 and 17–19 do not clash.
    return a.start < b.end and b.start < a.end


def _same_session(a: Booking, b: Booking) -> bool:
    return a.session_id is not None and a.session_id == b.session_id


def find_clashes(candidates: Sequence[Booking], existing: Sequence[Booking]) -> list[Clash]:
    """Clashes of the candidates with existing bookings and with each other.

    Two bookings clash in the same room on the same day with overlapping times.
    A booking with the same session_id as another is that booking (e.g. the saved
    version of a session being edited) and never clashes with it. A clash among
    candidates is reported once, on the later candidate. Results follow the
    order of candidates.
    """
    by_room_day: defaultdict[tuple[str, date], list[Booking]] = defaultdict(list)
    for booking in existing:
        by_room_day[(booking.room_id, booking.day)].append(booking)
    seen_candidates: defaultdict[tuple[str, date], list[Booking]] = defaultdict(list)
    clashes = []
    for candidate in candidates:
        key = (candidate.room_id, candidate.day)
        for other in (*by_room_day.get(key, ()), *seen_candidates.get(key, ())):
            if _overlaps(candidate, other) and not _same_session(candidate, other):
                clashes.append(Clash(candidate, other))
        seen_candidates[key].append(candidate)
    return clashes


def clash_label(clash: Clash) -> str:
    """The other booking in short, for a list of dates: "»Fællesspisning« i Salen kl. 16–19"."""
    o = clash.other
    room = f" i {o.room_name}" if o.room_name else ""
    return f"»{o.label}«{room} {clock_range(o.start, o.end)}"


def clash_message(clash: Clash) -> str:
    """E.g. "tirsdag 6. januar 2026 kl. 15–17: Salen er optaget af »Lektiecafé« (kl. 14–16)"."""
    c, o = clash.candidate, clash.other
    room = o.room_name or c.room_name or "lokalet"
    return (
        f"{long_date(c.day)} {clock_range(c.start, c.end)}: {room} er optaget af "
        f"»{o.label}« ({clock_range(o.start, o.end)})"
    )
