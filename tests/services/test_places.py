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


def test_update_and_closing_periods(db):
    from datetime import date

    places = PlacesService(db)
    estate = places.create_estate("Hastrupparken")
    house = places.create_house(estate.id, "Huset")
    room = places.create_room(house.id, "Salen", 40)
    assert places.update_room(room.id, "Store sal", 60).capacity == 60
    assert places.update_house(house.id, "Beboerhuset", None, time(9), time(21)).opens_at == time(9)
    with pytest.raises(ValidationError, match="før den første"):
        places.create_closing_period("Sommerferie", date(2027, 8, 6), date(2027, 6, 26))
    summer = places.create_closing_period("Sommerferie", date(2027, 6, 26), date(2027, 8, 8))
    assert places.closing_periods() == [summer]
    places.delete_closing_period(summer.id)
    assert places.closing_periods() == []


def test_places_sort_the_danish_way(db):
    places = PlacesService(db)
    for name in ("Åparken", "Østerbo", "Æblehaven", "Zinnia", "Agerholm"):
        places.create_estate(name)
    assert [e.name for e in places.estates()] == ["Agerholm", "Zinnia", "Æblehaven", "Østerbo", "Åparken"]
