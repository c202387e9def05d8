"""Report periods: a year, a quarter, a month, a custom span or a whole grant period.

Every period is checked before any figure is computed: both dates given, the end not
before the start, and at least part of it inside a grant period (the focus areas and
targets belong to a grant period, so a report outside all of them has nothing to report
against). A period that is only partly inside gets a note instead of an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from ...domain.danish import EN_DASH, MONTH_ABBREVIATIONS, month_name, short_date
from ...errors import ValidationError

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
MAX_REPORT_DAYS = 366 * 30  # longer spans are almost surely a typo in the year


class PeriodKind(StrEnum):
    YEAR = "år"
    QUARTER = "kvartal"
    MONTH = "måned"
    CUSTOM = "egen"
    GRANT_PERIOD = "bevillingsperiode"


@dataclass(frozen=True)
class GrantPeriodSpan:
    """The few facts about a grant period that checking a report period needs."""

    id: str
    name: str
    start: date
    end: date


@dataclass(frozen=True)
class ReportPeriod:
    start: date
    end: date
    label: str  # "3. kvartal 2026", "september 2026", "2026", "Helhedsplan 2019–2026", "01-01-2026 – 15-03-2026"

    @property
    def span_text(self) -> str:
        return f"{short_date(self.start)} {EN_DASH} {short_date(self.end)}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def year_period(year: int) -> ReportPeriod:
    _check_year(year)
    return ReportPeriod(date(year, 1, 1), date(year, 12, 31), str(year))


def quarter_period(year: int, quarter: int) -> ReportPeriod:
    _check_year(year)
    if not 1 <= quarter <= 4:
        raise ValidationError("Vælg et kvartal fra 1 til 4.", "quarter")
    start = date(year, 3 * quarter - 2, 1)
    return ReportPeriod(start, _month_end(year, 3 * quarter), f"{quarter}. kvartal {year}")


def month_period(year: int, month: int) -> ReportPeriod:
    _check_year(year)
    if not 1 <= month <= 12:
        raise ValidationError("Vælg en måned fra januar til december.", "month")
    return ReportPeriod(date(year, month, 1), _month_end(year, month), f"{month_name(month)} {year}")


def custom_period(start: date | None, end: date | None) -> ReportPeriod:
    if start is None or end is None:
        raise ValidationError("Perioden er tom. Du kan skrive både en fra-dato og en til-dato, fx 01-07-2026 og "
                              "30-09-2026.", "start" if start is None else "end")
    if end < start:
        raise ValidationError(f"Periodens slutdato ({short_date(end)}) ligger før startdatoen ({short_date(start)}). "
                              "Du kan bytte om på de to datoer.", "end")
    if (end - start).days > MAX_REPORT_DAYS:
        raise ValidationError("Perioden er længere end 30 år. Tjek årstallene.", "end")
    return ReportPeriod(start, end, f"{short_date(start)} {EN_DASH} {short_date(end)}")


def grant_period_period(period: GrantPeriodSpan) -> ReportPeriod:
    return ReportPeriod(period.start, period.end, period.name)


def period_from_dates(start: date | None, end: date | None,
                      grant_periods: Sequence[GrantPeriodSpan] = ()) -> ReportPeriod:
    """A period typed as two dates, named as a month, quarter, year or grant period when it is exactly one."""
    period = custom_period(start, end)
    assert start is not None and end is not None  # custom_period refuses an open end
    for g in grant_periods:
        if (g.start, g.end) == (start, end):
            return grant_period_period(g)
    if start.day == 1 and end == _month_end(end.year, end.month) and start.year == end.year:
        if start.month == end.month:
            return month_period(start.year, start.month)
        if start.month % 3 == 1 and end.month == start.month + 2:
            return quarter_period(start.year, (start.month - 1) // 3 + 1)
        if (start.month, end.month) == (1, 12):
            return year_period(start.year)
    return period


def check_against_grant_periods(period: ReportPeriod, grant_periods: list[GrantPeriodSpan]) -> list[str]:
    """Refuse a period outside every grant period; notes (Danish) for a period partly outside."""
    custom_period(period.start, period.end)  # the same basic checks for every kind of period
    if not grant_periods:
        raise ValidationError("Der er ingen bevillingsperioder. Du kan oprette en under »Bevillingsperioder og "
                              "måltal« eller genskabe standardperioderne 2015–2018 og 2019–2026.")
    overlapping = [g for g in grant_periods if g.start <= period.end and g.end >= period.start]
    if not overlapping:
        first, last = min(g.start for g in grant_periods), max(g.end for g in grant_periods)
        raise ValidationError(
            f"Perioden {period.span_text} ligger uden for alle bevillingsperioder "
            f"(de dækker {short_date(first)} {EN_DASH} {short_date(last)}). Du kan vælge en periode inden for dem "
            "eller oprette en ny bevillingsperiode.", "start")
    uncovered = _uncovered_days(period, overlapping)
    if not uncovered:
        return []
    spans = ", ".join(f"{short_date(a)} {EN_DASH} {short_date(b)}" if a != b else short_date(a) for a, b in uncovered)
    return [f"En del af perioden ligger uden for bevillingsperioderne ({spans}). Tal fra de dage er med, "
            "men de hører ikke til noget indsatsområde."]


class BucketSize(StrEnum):
    MONTH = "måned"
    QUARTER = "kvartal"
    YEAR = "år"


@dataclass(frozen=True)
class Bucket:
    """One bar of a chart and one line of a table over time: a month, quarter or year (cut to the period)."""

    start: date
    end: date
    size: BucketSize

    @property
    def label(self) -> str:
        """"september 2026", "3. kvartal 2026", "2026"."""
        if self.size is BucketSize.MONTH:
            return f"{month_name(self.start.month)} {self.start.year}"
        if self.size is BucketSize.QUARTER:
            return f"{(self.start.month - 1) // 3 + 1}. kvartal {self.start.year}"
        return str(self.start.year)

    @property
    def short_label(self) -> str:
        """For a chart's axis: "sep.", "3. kvt.", "2026" (the year goes on a second line)."""
        if self.size is BucketSize.MONTH:
            return MONTH_ABBREVIATIONS[self.start.month - 1]
        if self.size is BucketSize.QUARTER:
            return f"{(self.start.month - 1) // 3 + 1}. kvt."
        return str(self.start.year)


def bucket_size(start: date, end: date) -> BucketSize:
    """Months up to two years, quarters up to five years, then years: at most 24 bars, readable at a glance."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months <= 24:
        return BucketSize.MONTH
    return BucketSize.QUARTER if months <= 60 else BucketSize.YEAR


def buckets(start: date, end: date) -> list[Bucket]:
    size = bucket_size(start, end)
    step = {BucketSize.MONTH: 1, BucketSize.QUARTER: 3, BucketSize.YEAR: 12}[size]
    first_month = {BucketSize.MONTH: start.month, BucketSize.QUARTER: (start.month - 1) // 3 * 3 + 1,
                   BucketSize.YEAR: 1}[size]
    current = date(start.year, first_month, 1)
    result = []
    while current <= end:
        following = _add_months(current, step)
        result.append(Bucket(max(current, start), min(following - timedelta(days=1), end), size))
        current = following
    return result


def bucket_bounds(parts: list[Bucket]) -> list[date]:
    """Start of every bucket and the day after the last: the bounds for storage.periods_sql.bucket_index."""
    return [b.start for b in parts] + [parts[-1].end + timedelta(days=1)]


def local_day_bounds(start: date, end: date) -> tuple[datetime, datetime]:
    """[start 00:00, the day after end 00:00) in Danish time, as aware UTC datetimes (for timestamps)."""
    return local_midnight(start), local_midnight(end + timedelta(days=1))


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=COPENHAGEN).astimezone(UTC)


def _next_month(d: date) -> date:
    return _add_months(d, 1)


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _month_end(year: int, month: int) -> date:
    return _next_month(date(year, month, 1)) - timedelta(days=1)


def _check_year(year: int) -> None:
    if not 1990 <= year <= 2100:
        raise ValidationError(f"Året {year} ser forkert ud. Vælg et år mellem 1990 og 2100.", "year")


def _uncovered_days(period: ReportPeriod, grant_periods: list[GrantPeriodSpan]) -> list[tuple[date, date]]:
    """The stretches of the report period that no grant period covers."""
    gaps, cursor = [], period.start
    for g in sorted(grant_periods, key=lambda g: g.start):
        if g.start > cursor:
            gaps.append((cursor, min(g.start - timedelta(days=1), period.end)))
        cursor = max(cursor, g.end + timedelta(days=1))
        if cursor > period.end:
            break
    if cursor <= period.end:
        gaps.append((cursor, period.end))
    return [(a, b) for a, b in gaps if a <= b]
