"""Helpers for the PostgreSQL tests (imported by name, like reports_helpers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from boligsocial_desktop.domain.enums import Recurrence
from boligsocial_desktop.services.calendar import ActivityDraft
from boligsocial_desktop.services.places import RoomInfo


@dataclass
class Office:
    estate_id: str
    hall: RoomInfo


def single(office: Office, title: str, day: date = date(2027, 3, 2), start: int = 15, end: int = 17) -> ActivityDraft:
    return ActivityDraft(title=title, estate_id=office.estate_id, room_id=office.hall.id,
                         recurrence=Recurrence.SINGLE, start_date=day, end_date=day,
                         start_time=time(start), end_time=time(end))
