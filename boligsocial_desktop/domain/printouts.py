"""What a printed roster, week plan or personal plan holds: plain data for the PDF code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class PrintedPerson:
    name: str
    estate_name: str
    languages: str
    phone: str | None  # only when the ambassador consented to share it


@dataclass(frozen=True)
class PrintedShift:
    day: date
    start_time: time
    end_time: time
    kind: str
    estate_name: str
    needed: int
    people: tuple[str, ...]  # names, "(foreslået)" after those not yet confirmed
    note: str | None


@dataclass(frozen=True)
class RosterPrint:
    title: str
    people: tuple[PrintedPerson, ...]
    printed: date


@dataclass(frozen=True)
class WeekRosterPrint:
    monday: date
    shifts: tuple[PrintedShift, ...]
    contacts: tuple[PrintedPerson, ...]
    printed: date

    @property
    def week_number(self) -> int:
        return self.monday.isocalendar()[1]


@dataclass(frozen=True)
class PrintedVisit:
    due_date: date
    address: str
    estate_name: str
    languages: str


@dataclass(frozen=True)
class PersonalSchedulePrint:
    name: str
    estate_name: str
    start: date
    shifts: tuple[PrintedShift, ...]
    visits: tuple[PrintedVisit, ...]
    printed: date
