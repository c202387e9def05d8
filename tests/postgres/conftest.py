"""Two 'app processes' on one PostgreSQL database: separate engines (own connection pools)."""

from __future__ import annotations

from datetime import time

import pytest
from pg_helpers import Office

from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.engine import open_database


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
