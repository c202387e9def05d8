"""Names where the command line used to want ids: one resolver for estates, houses, rooms, activities, staff.

A word given on the command line is matched, in this order, against
1. the id itself (what scripts and older instructions use),
2. the whole name, without regard to case, spaces or how æ, ø, å are spelled ("Taastrupgaard"
   finds "Taastrupgård"); initials count as a name for staff,
3. the beginning of a name (a prefix), when only one name begins so.
An activity may end in a date ("Loppemarked 12-09-2026") when the same title comes back: only
activities running on that day are then considered. When a word fits several rows, the
error lists them with their ids, so the next try can use an id; when it fits none, it says
how to see the names (`list`). The `list` command prints the same entries.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.danish import danish_sort_key, parse_short_date
from ..errors import NotFoundError, ValidationError
from ..storage.engine import Database
from ..storage.models import Activity, Estate, House, Room, StaffMember


@dataclass(frozen=True)
class Entry:
    """One row as the command line shows and finds it."""

    kind: str
    id: str
    name: str
    detail: str = ""  # where it is, when it runs: tells two equal names apart
    aliases: tuple[str, ...] = ()  # further names that find it (a staff member's initials)
    span: tuple[date, date] | None = None  # an activity's first and last day


@dataclass(frozen=True)
class Kind:
    key: str  # the word for `list`
    singular: str  # "Huset": the subject of a sentence
    several: str  # "Flere huse"


KINDS = {
    "estates": Kind("estates", "Afdelingen", "Flere afdelinger"),
    "houses": Kind("houses", "Huset", "Flere huse"),
    "rooms": Kind("rooms", "Lokalet", "Flere lokaler"),
    "activities": Kind("activities", "Aktiviteten", "Flere aktiviteter"),
    "staff": Kind("staff", "Medarbejderen", "Flere medarbejdere"),
}
LISTED_IN_MESSAGE = 12  # at most this many candidates are named in one error message
_TRAILING_DATE = re.compile(r"^(?P<name>.*\S)\s+(?P<day>\d{1,4}[-./]\d{1,2}[-./]\d{1,4})$")
_SPELLINGS = str.maketrans({"å": "aa", "æ": "ae", "ø": "oe", "é": "e"})


def folded(text: str) -> str:
    """Case, runs of spaces and the Danish letters' ASCII spellings do not matter."""
    return " ".join(text.casefold().translate(_SPELLINGS).split())


def _dates(span: tuple[date, date]) -> str:
    start, end = span
    return f"{start:%d-%m-%Y}" if start == end else f"{start:%d-%m-%Y} – {end:%d-%m-%Y}"


class Lookup:
    def __init__(self, db: Database):
        self.db = db

    # --- the rows, as `list` prints them ------------------------------------------------------

    def entries(self, kind: str) -> list[Entry]:
        if kind not in KINDS:
            raise ValidationError(f"»{kind}« kan ikke vises. Vælg en af: {', '.join(KINDS)}.", "kind")
        with self.db.reading() as session:
            rows = getattr(self, f"_{kind}")(session)
        return sorted(rows, key=lambda e: (danish_sort_key(e.name), e.span or (date.min, date.min), e.detail))

    @staticmethod
    def _estates(session: Session) -> list[Entry]:
        rows = session.execute(select(Estate.id, Estate.name, Estate.address).where(Estate.deleted_at.is_(None)))
        return [Entry("estates", row_id, name, address or "") for row_id, name, address in rows]

    @staticmethod
    def _houses(session: Session) -> list[Entry]:
        rows = session.execute(select(House.id, House.name, Estate.name).join(Estate, Estate.id == House.estate_id)
                               .where(House.deleted_at.is_(None), Estate.deleted_at.is_(None)))
        return [Entry("houses", row_id, name, f"afdeling {estate}") for row_id, name, estate in rows]

    @staticmethod
    def _rooms(session: Session) -> list[Entry]:
        rows = session.execute(select(Room.id, Room.name, Room.capacity, House.name)
                               .join(House, House.id == Room.house_id)
                               .where(Room.deleted_at.is_(None), House.deleted_at.is_(None)))
        return [Entry("rooms", row_id, name, f"{house}, {capacity} pladser") for row_id, name, capacity, house in rows]

    @staticmethod
    def _activities(session: Session) -> list[Entry]:
        rows = session.execute(select(Activity.id, Activity.title, Activity.start_date, Activity.end_date, House.name)
                               .outerjoin(Room, Room.id == Activity.room_id)
                               .outerjoin(House, House.id == Room.house_id)
                               .where(Activity.deleted_at.is_(None)))
        return [Entry("activities", row_id, title, f"{_dates((start, end))}" + (f", {house}" if house else ""),
                      span=(start, end)) for row_id, title, start, end, house in rows]

    @staticmethod
    def _staff(session: Session) -> list[Entry]:
        rows = session.execute(select(StaffMember.id, StaffMember.name, StaffMember.initials, StaffMember.role)
                               .where(StaffMember.deleted_at.is_(None), StaffMember.active.is_(True)))
        return [Entry("staff", row_id, name, f"{initials or '–'}, {role}", aliases=(initials,) if initials else ())
                for row_id, name, initials, role in rows]

    # --- one row from a word ------------------------------------------------------------------

    def estate(self, word: str) -> str:
        return self.find("estates", word).id

    def house(self, word: str) -> str:
        return self.find("houses", word).id

    def room(self, word: str) -> str:
        return self.find("rooms", word).id

    def activity(self, word: str) -> str:
        return self.find("activities", word).id

    def staff(self, word: str) -> str:
        return self.find("staff", word).id

    def find(self, kind: str, word: str) -> Entry:
        text = " ".join((word or "").split())
        if not text:
            raise ValidationError(f"Skriv et navn eller et id ({KINDS[kind].singular.lower()}).", kind)
        entries = self.entries(kind)
        by_id = [e for e in entries if e.id == text]
        if by_id:
            return by_id[0]
        name, day = text, None
        if kind == "activities" and (match := _TRAILING_DATE.match(text)):
            with contextlib.suppress(ValueError):  # not a date after all: the whole text is the title
                name, day = match["name"], parse_short_date(match["day"])
        return pick(kind, text, entries, name, day)


def pick(kind: str, text: str, entries: list[Entry], name: str, day: date | None = None) -> Entry:
    """The one entry `name` (and `day`) stands for, or a Danish error naming the candidates."""
    wanted = folded(name)
    if day is not None:
        entries = [e for e in entries if e.span and e.span[0] <= day <= e.span[1]]

    def keys(entry: Entry) -> list[str]:
        return [folded(entry.name), *(folded(alias) for alias in entry.aliases)]

    exact = [e for e in entries if wanted in keys(e)]
    found = exact or [e for e in entries if any(key.startswith(wanted) for key in keys(e))]
    if len(found) == 1:
        return found[0]
    info = KINDS[kind]
    if not found:
        on = f" den {day:%d-%m-%Y}" if day else ""
        if entries and len(entries) <= LISTED_IN_MESSAGE:
            choices = "Du kan vælge en af disse: " + "; ".join(describe(e) for e in entries) + "."
        else:
            choices = f"Se navnene med »boligsocial-desktop list {info.key}«."
        raise NotFoundError(f"{info.singular} »{name}«{on} findes ikke. {choices}")
    shown = "; ".join(describe(e) for e in found[:LISTED_IN_MESSAGE])
    more = f"; og {len(found) - LISTED_IN_MESSAGE} til" if len(found) > LISTED_IN_MESSAGE else ""
    hint = ", eller tilføj datoen, fx »Loppemarked 12-09-2026«" if kind == "activities" and day is None else ""
    raise ValidationError(f"{info.several} passer på »{text}«: {shown}{more}. "
                          f"Skriv hele navnet eller id'et{hint}.", kind)


def describe(entry: Entry) -> str:
    return f"{entry.name} ({entry.detail}, id {entry.id})" if entry.detail else f"{entry.name} (id {entry.id})"
