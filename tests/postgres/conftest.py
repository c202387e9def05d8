"""Two 'app processes' on one PostgreSQL database: separate engines (own connection pools)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest

from boligsocial_desktop.domain.enums import Recurrence
from boligsocial_desktop.services.calendar import ActivityDraft
from boligsocial_desktop.services.places import PlacesService, RoomInfo
from boligsocial_desktop.storage.engine import open_database


@dataclass
class Office:
    estate_id: str
    hall: RoomInfo


@pytest.fixture
def first(pg_url):
    db = open_database(url=pg_url)
    yield db
    db.dispose()


@pytest.fixture
def second(pg_url, first):
    db = open_database(url=pg_url)
    yield db
    db.dispose()


@pytest.fixture
def office(first) -> Office:
    places = PlacesService(first)
    estate = places.create_estate("Taastrupgaard")
    house = places.create_house(estate.id, "Fælleshuset", opens_at=time(8), closes_at=time(22))
    return Office(estate.id, places.create_room(house.id, "Salen", 60))


def single(office: Office, title: str, day: date = date(2027, 3, 2), start: int = 15, end: int = 17) -> ActivityDraft:
    return ActivityDraft(title=title, estate_id=office.estate_id, room_id=office.hall.id,
                         recurrence=Recurrence.SINGLE, start_date=day, end_date=day,
                         start_time=time(start), end_time=time(end))
