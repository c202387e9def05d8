"""Files made from the calendar: the month programme poster (PDF) and iCalendar (.ics) exports."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, select

from ..domain.calendar_rules import closing_notice
from ..domain.enums import SessionStatus
from ..errors import NotFoundError, ValidationError
from ..storage.engine import Database
from ..storage.models import Activity, ActivitySession, Estate, House, Room
from .calendar import CalendarService

if TYPE_CHECKING:  # ReportLab is loaded only for the file that needs it (faster commands)
    from ..pdf.month_programme import MonthProgramme

PAPERS = ("A4", "A3")
ICS_HOUSE, ICS_ESTATE, ICS_ACTIVITY = "house", "estate", "activity"


class CalendarFiles:
    def __init__(self, db: Database):
        self.db = db

    def month_programme(self, year: int, month: int, *, house_id: str | None = None, estate_id: str | None = None,
                        paper: str = "A4") -> MonthProgramme:
        from ..pdf.month_programme import MonthProgramme, ProgrammeEntry

        if (house_id is None) == (estate_id is None):
            raise ValidationError("Vælg enten et fælleshus eller en afdeling til månedsprogrammet.")
        if paper not in PAPERS:
            raise ValidationError("Papirformatet skal være A4 eller A3.", "paper")
        if not (1 <= month <= 12 and 2000 <= year <= 2100):
            raise ValidationError("Måneden skal skrives som ÅÅÅÅ-MM, fx 2026-12.", "month")
        first = date(year, month, 1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        query = (select(ActivitySession.day, ActivitySession.start_time, ActivitySession.end_time, Activity.title,
                        Room.name, ActivitySession.status)
                 .join(Activity, ActivitySession.activity_id == Activity.id)
                 .join(Room, ActivitySession.room_id == Room.id).join(House, Room.house_id == House.id)
                 .where(ActivitySession.day.between(first, last), ActivitySession.deleted_at.is_(None),
                        Activity.deleted_at.is_(None))
                 .order_by(ActivitySession.day, ActivitySession.start_time, Room.name))
        with self.db.reading() as session:
            estate: Estate | None
            if house_id:
                house = session.get(House, house_id)
                if house is None or house.deleted_at is not None:
                    raise NotFoundError("Fælleshuset findes ikke længere.")
                estate = session.get_one(Estate, house.estate_id)  # a house's estate: a foreign key
                title, subtitle = house.name, estate.name
                query = query.where(House.id == house_id)
            else:
                estate = session.get(Estate, estate_id)
                if estate is None or estate.deleted_at is not None:
                    raise NotFoundError("Afdelingen findes ikke længere.")
                title, subtitle = estate.name, estate.address or ""
                query = query.where(House.estate_id == estate_id)
            entries = [ProgrammeEntry(day, start, end, activity, room, status == SessionStatus.CANCELLED.value)
                       for day, start, end, activity, room, status in session.execute(query)]
            estate_id = estate.id
        notices = [
            closing_notice(period) for period in CalendarService(self.db).closing_periods(first, last, estate_id)
        ]
        return MonthProgramme(title=title, subtitle=subtitle, year=year, month=month, entries=entries,
                              paper="A3" if paper == "A3" else "A4",
                              notices=notices)

    def month_programme_pdf(self, year: int, month: int, **where: Any) -> bytes:
        from ..pdf.month_programme import render_month_programme

        return render_month_programme(self.month_programme(year, month, **where))

    def house_ics(self, house_id: str) -> tuple[bytes, int]:
        """All sessions held in one house, as an .ics file, and how many there are."""
        with self.db.reading() as session:
            house = session.get(House, house_id)
            if house is None or house.deleted_at is not None:
                raise NotFoundError("Fælleshuset findes ikke længere. Se husenes id'er under Indstillinger.")
            name = house.name
        return self._ics(name, Room.house_id == house_id)

    def estate_ics(self, estate_id: str) -> tuple[bytes, int]:
        """All sessions held in the estate's houses, as an .ics file, and how many there are."""
        with self.db.reading() as session:
            estate = session.get(Estate, estate_id)
            if estate is None or estate.deleted_at is not None:
                raise NotFoundError("Afdelingen findes ikke længere.")
            name = estate.name
        return self._ics(name, House.estate_id == estate_id)

    def activity_ics(self, activity_id: str) -> tuple[bytes, int]:
        """All sessions of one activity, as an .ics file, and how many there are."""
        with self.db.reading() as session:
            activity = session.get(Activity, activity_id)
            if activity is None or activity.deleted_at is not None:
                raise NotFoundError("Aktiviteten findes ikke længere.")
            name = activity.title
        return self._ics(name, ActivitySession.activity_id == activity_id)

    def _ics(self, name: str, condition: ColumnElement[bool]) -> tuple[bytes, int]:
        from ..calendar_export.ics import IcsCalendar, IcsEvent, calendar_to_ics  # loaded for .ics files only

        S = ActivitySession
        # An event changes when anything it shows changes: its SEQUENCE, DTSTAMP and
        # LAST-MODIFIED follow the newest updated_at of session, activity, room and house
        # (the same on every PC, see calendar_export.ics).
        query = (select(S.id, S.day, S.start_time, S.end_time, S.status, S.updated_at, Activity.updated_at,
                        Room.updated_at, House.updated_at, Activity.title, Activity.description, Room.name,
                        House.name, House.address)
                 .join(Activity, S.activity_id == Activity.id)
                 .join(Room, S.room_id == Room.id).join(House, Room.house_id == House.id)
                 .where(condition, S.deleted_at.is_(None), Activity.deleted_at.is_(None))
                 .order_by(S.day, S.start_time))
        cancelled = SessionStatus.CANCELLED.value
        with self.db.reading() as session:
            events = [
                IcsEvent(uid=sid, title=title, day=day, start=start, end=end,
                         location=", ".join(part for part in (f"{house} – {room}", address) if part),
                         description=description or "", cancelled=status == cancelled,
                         last_modified=max(changed for changed in changes if changed is not None))
                for sid, day, start, end, status, *changes, title, description, room, house, address
                in session.execute(query)
            ]
        return calendar_to_ics(IcsCalendar(name=name, events=events)), len(events)

    def write_house_ics(self, house_id: str, path: str | Path) -> int:
        return self.write_ics(ICS_HOUSE, house_id, path)

    def write_ics(self, scope: str, target_id: str, path: str | Path) -> int:
        """Write the .ics of one house, an estate's houses or one activity (scope "house", "estate", "activity")."""
        make = {ICS_HOUSE: self.house_ics, ICS_ESTATE: self.estate_ics, ICS_ACTIVITY: self.activity_ics}.get(scope)
        if make is None:
            raise ValidationError("Vælg et hus, en afdeling eller en aktivitet at eksportere.")
        data, count = make(target_id)
        Path(path).write_bytes(data)
        return count
