"""Shared machinery of the demo generator: batched Core inserts with change capture,
deterministic ids and timestamps, and the Danish calendar (holidays, seasons, closing).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

import holidays
from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from ..storage.models import Base
from ..storage.outbox import record_inserts

# Parents before children: rows are written (and captured in the outbox) in this order,
# so foreign keys hold after every batch and another PC can replay the outbox in order.
TABLE_ORDER: tuple[str, ...] = (
    "estates",
    "houses",
    "rooms",
    "closing_periods",
    "partners",
    "staff_members",
    "activities",
    "activity_targets",
    "participants",
    "signups",
    "sessions",
    "attendances",
    "attendance_counts",
    "attendance_ticks",
    "attendance_extras",
    "ambassadors",
    "ambassador_languages",
    "duties",
    "move_ins",
    "welcome_visits",
    "duty_assignments",
    "advice_cases",
    "advice_visits",
    "advice_visit_topics",
    "advice_visit_referrals",
)

# Not public holidays by law, but offices and community houses are closed
# (the same days as the calendar's DEFAULT_EXTRA_CLOSING_DAYS).
EXTRA_CLOSING_DAYS: tuple[tuple[int, int, str], ...] = (
    (6, 5, "Grundlovsdag"),
    (12, 24, "Juleaften"),
    (12, 31, "Nytårsaftensdag"),
)


class BatchWriter:
    """Collects rows per table and writes them with Core executemany in batches.

    Writing a table first writes every table before it in TABLE_ORDER, so a child
    row never reaches the database before its parent. Every batch is recorded in
    the outbox with `record_inserts`, in the same transaction.
    """

    def __init__(self, session: Session, batch_size: int = 5000):
        self.session = session
        self.connection = session.connection()
        self.batch_size = batch_size
        self.tables: dict[str, Table] = {name: Base.metadata.tables[name] for name in TABLE_ORDER}
        self.buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_ORDER}
        self.rank = {name: i for i, name in enumerate(TABLE_ORDER)}
        self.counts: dict[str, int] = {name: 0 for name in TABLE_ORDER}

    def add(self, table: str, row: dict[str, Any]) -> None:
        buffer = self.buffers[table]
        buffer.append(row)
        if len(buffer) >= self.batch_size:
            self.flush(upto=table)

    def flush(self, upto: str | None = None) -> None:
        last = self.rank[upto] if upto is not None else len(TABLE_ORDER) - 1
        for name in TABLE_ORDER[: last + 1]:
            rows = self.buffers[name]
            if not rows:
                continue
            self.connection.execute(insert(self.tables[name]), rows)
            record_inserts(self.session, name, rows)
            self.counts[name] += len(rows)
            self.buffers[name] = []


_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


def new_uuid(rng: random.Random) -> str:
    """A version-4 UUID drawn from the seeded generator, so ids repeat with the seed.

    Same text as str(uuid.UUID(int=rng.getrandbits(128), version=4)), built faster.
    """
    h = f"{(rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --- Time ----------------------------------------------------------------------


def _last_sunday(year: int, month: int) -> date:
    last = (date(year, month + 1, 1) if month < 12 else date(year + 1, 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


@lru_cache(maxsize=8192)
def _utc_offset(day: date) -> timedelta:
    """Danish time: CEST (+2) from the last Sunday of March to the last Sunday of October."""
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return timedelta(hours=2 if summer else 1)


def local_stamp(day: date, clock: time) -> datetime:
    """Danish wall-clock time on a day, as an aware UTC datetime."""
    return datetime.combine(day, clock, tzinfo=UTC) - _utc_offset(day)


def easter_sunday(year: int) -> date:
    """Gregorian Easter (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


ISLAMIC_YEAR_DAYS = 354.367
_EID_AL_FITR_2024 = date(2024, 4, 10)


def eid_days(year: int) -> list[date]:
    """Approximate Eid al-Fitr and Eid al-Adha dates in a year (± a day is good enough here)."""
    result = []
    for offset in (0, 70):  # Eid al-Adha falls about 70 days after Eid al-Fitr
        k = math.floor((date(year, 1, 1) - _EID_AL_FITR_2024).days / ISLAMIC_YEAR_DAYS)
        for n in (k, k + 1, k + 2):
            d = _EID_AL_FITR_2024 + timedelta(days=round(n * ISLAMIC_YEAR_DAYS) + offset)
            if d.year == year:
                result.append(d)
    return sorted(set(result))


def poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def daterange(start: date, end: date) -> Iterable[date]:
    for n in range((end - start).days + 1):
        yield start + timedelta(days=n)


@dataclass(frozen=True)
class Season:
    name: str  # "Forår 2026", "Efterår 2026"
    start: date
    end: date
    year: int
    spring: bool


PLANNED_AHEAD = timedelta(days=183)  # the demo's calendar reaches at least six months past today


def seasons_between(first_day: date, today: date) -> list[Season]:
    """Spring (ISO weeks 2–25) and autumn (weeks 33–50) seasons from `first_day` on.

    Seasons that start later than today are planned too, until the calendar reaches at least
    six months ahead: next season, its clashes and "copy to next season" can be tried.
    """
    result: list[Season] = []
    for year in range(first_day.year, today.year + 3):
        for spring in (True, False):
            if spring:
                start, end = date.fromisocalendar(year, 2, 1), date.fromisocalendar(year, 25, 5)
            else:
                start, end = date.fromisocalendar(year, 33, 1), date.fromisocalendar(year, 50, 5)
            if start < first_day:
                continue
            if start > today and result and result[-1].end >= today + PLANNED_AHEAD:
                return result
            result.append(Season(f"{'Forår' if spring else 'Efterår'} {year}", start, end, year, spring))
    return result


@dataclass
class DanishCalendar:
    """Which days the houses are closed, and the school holidays when children's
    activities take a break."""

    years: range
    closing_periods: list[tuple[str, date, date]] = field(default_factory=list)
    closed: dict[date, str] = field(default_factory=dict)
    holidays: dict[date, str] = field(default_factory=dict)  # public holidays and extra closing days
    school_holiday: dict[date, str] = field(default_factory=dict)

    @classmethod
    def build(cls, years: range) -> DanishCalendar:
        cal = cls(years)
        for year in years:
            for d, name in holidays.country_holidays("DK", years=year, language="da").items():
                cal.holidays[d] = name
            for month, day, name in EXTRA_CLOSING_DAYS:
                cal.holidays.setdefault(date(year, month, day), name)
            cal.closed.update(cal.holidays)
            summer = (
                f"Sommerferie {year}",
                date.fromisocalendar(year, 26, 6),
                date.fromisocalendar(year, 31, 7),
            )
            christmas = (f"Juleferie {year}/{year + 1}", date(year, 12, 23), date(year + 1, 1, 1))
            cal.closing_periods += [summer, christmas]
            for name, start, end in (summer, christmas):
                for d in daterange(start, end):
                    cal.closed.setdefault(d, f"Lukket: {name}")
            for d in daterange(date.fromisocalendar(year, 7, 1), date.fromisocalendar(year, 7, 7)):
                cal.school_holiday[d] = "Vinterferie"
            for d in daterange(date.fromisocalendar(year, 42, 1), date.fromisocalendar(year, 42, 7)):
                cal.school_holiday[d] = "Efterårsferie"
            easter = easter_sunday(year)
            for d in daterange(easter - timedelta(days=6), easter - timedelta(days=4)):
                cal.school_holiday[d] = "Påskeferie"
        return cal

    def is_closed(self, d: date) -> bool:
        return d in self.closed


ProgressCallback = Callable[[int, str], None]


@dataclass
class HostCandidate:
    """A session where ambassadors may host (a vagt linked to the calendar)."""

    session_id: str
    estate: int
    day: date
    start: time
    end: time
    needed: int
    title: str
