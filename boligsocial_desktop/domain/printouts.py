"""What a printed roster, week plan, personal plan, sign-up sheet or tick-off list holds: plain data for
the PDF code."""

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


@dataclass(frozen=True)
class SignupSheetPrint:
    title: str
    when: str
    place: str
    address: str | None
    capacity: int | None
    seats_left: int | None
    waiting: int
    contact: str | None
    qr_payload: str | None
    qr_caption: str | None
    first_day: date | None
    description: str = ""


@dataclass(frozen=True)
class TickSheetPrint:
    title: str
    period: str  # "januar 2026"
    place: str
    days: tuple[date, ...]
    names: tuple[str, ...]
    ticked: frozenset[tuple[int, int]]  # (name row, day column) already ticked in the program
    extra_rows: int = 6
