from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest

from boligsocial_desktop.domain.enums import Recurrence
from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.signups.roster import SignupService
from boligsocial_desktop.services.signups.ticks import TickService
from boligsocial_desktop.services.staff import StaffInfo, StaffService


@dataclass
class Course:
    activity_id: str
    estate_id: str
    coordinator: StaffInfo
    helper: StaffInfo
    admin: StaffInfo
    adviser: StaffInfo
    session_ids: list[str]
    days: list[date]


@pytest.fixture
def course(db) -> Course:
    """A weekly family course in January–March 2026 with 12 seats."""
    places = PlacesService(db)
    estate = places.create_estate("Taastrupgaard", "Taastrupgårdsvej 139, 2630 Taastrup")
    house = places.create_house(estate.id, "Fælleshuset", opens_at=time(8), closes_at=time(22))
    hall = places.create_room(house.id, "Salen", 60)
    calendar = CalendarService(db)
    info = calendar.save_series(ActivityDraft(
        title="Familiekursus", estate_id=estate.id, room_id=hall.id, recurrence=Recurrence.WEEKLY,
        start_date=date(2026, 1, 7), end_date=date(2026, 3, 25), start_time=time(17), end_time=time(19),
        expected_headcount=12))
    staff = StaffService(db)
    coordinator = staff.create("Mette Koordinator", "koordinator", initials="MK")
    helper = staff.create("Ida Mikkelsen", "medhjælper", initials="IM")
    admin = staff.create("Bo Administrator", "administrator", initials="BA", pin="246810")
    adviser = staff.create("Sara Lindholm", "rådgiver", initials="SL", pin="135790")
    SignupService(db).set_capacity(info.id, 12, coordinator)
    sessions = calendar.sessions_between(date(2026, 1, 1), date(2026, 3, 31))
    return Course(info.id, estate.id, coordinator, helper, admin, adviser, [s.id for s in sessions],
                  [s.day for s in sessions])


@pytest.fixture
def signups(db) -> SignupService:
    return SignupService(db)


@pytest.fixture
def ticks(db) -> TickService:
    return TickService(db)
