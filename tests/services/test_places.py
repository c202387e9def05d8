from __future__ import annotations

from datetime import time

import pytest

from boligsocial_desktop.errors import NotFoundError, ValidationError
from boligsocial_desktop.services.places import PlacesService


def test_estate_house_room(db):
    places = PlacesService(db)
    estate = places.create_estate("Søparken", "Søparken 1, 4600 Køge")
    house = places.create_house(estate.id, "Fælleshuset", opens_at=time(9), closes_at=time(21))
    room = places.create_room(house.id, "Salen", 80)
    assert places.rooms(estate_id=estate.id) == [room]
    assert room.label == "Fælleshuset – Salen"


def test_bad_input_gets_danish_messages(db):
    places = PlacesService(db)
    estate = places.create_estate("Ellemarken")
    with pytest.raises(ValidationError, match="findes allerede"):
        places.create_estate(" Ellemarken ")
    with pytest.raises(ValidationError, match="Lukketiden"):
        places.create_house(estate.id, "Huset", opens_at=time(18), closes_at=time(9))
    house = places.create_house(estate.id, "Huset")
    with pytest.raises(ValidationError, match="Kapacitet skal være mindst 1"):
        places.create_room(house.id, "Køkkenet", 0)
    with pytest.raises(NotFoundError):
        places.create_room("findes-ikke", "Køkkenet", 10)
    assert places.rooms() == []
