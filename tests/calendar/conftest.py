from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest

from boligsocial_desktop.domain.enums import Recurrence
from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
from boligsocial_desktop.services.places import EstateInfo, PlacesService, RoomInfo


@dataclass
class Place:
    estate: EstateInfo
    hall: RoomInfo
    kitchen: RoomInfo
    other_estate_room: RoomInfo


@pytest.fixture
def place(db) -> Place:
    places = PlacesService(db)
    estate = places.create_estate("Taastrupgaard", "Taastrupgårdsvej 139, 2630 Taastrup")
    house = places.create_house(estate.id, "Fælleshuset", opens_at=time(8), closes_at=time(22))
    hall = places.create_room(house.id, "Salen", 60)
    kitchen = places.create_room(house.id, "Køkkenet", 12)
    other = places.create_estate("Søparken")
    other_room = places.create_room(places.create_house(other.id, "Beboerhuset").id, "Klubben", 30)
    return Place(estate, hall, kitchen, other_room)


@pytest.fixture
def calendar(db) -> CalendarService:
    return CalendarService(db)


@pytest.fixture
def weekly(place: Place):
    """A weekly series draft in the hall, spring 2027; keyword arguments change it."""
    return lambda title="Lektiecafé", **changes: _weekly(place, title, **changes)


def _weekly(place: Place, title: str, **changes) -> ActivityDraft:
    values = dict(title=title, estate_id=place.estate.id, room_id=place.hall.id, recurrence=Recurrence.WEEKLY,
                  start_date=date(2027, 1, 5), end_date=date(2027, 6, 22), start_time=time(15), end_time=time(17),
                  expected_headcount=25)
    values.update(changes)
    return ActivityDraft(**values)
