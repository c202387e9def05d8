from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.calendar import CalendarService, SessionFilter
from boligsocial_desktop.services.places import ARCHIVED, DELETED, PlacesService
from boligsocial_desktop.storage.models import ActivitySession, Room


def _house(db):
    places = PlacesService(db)
    estate = places.create_estate("Søparken")
    house = places.create_house(estate.id, "Fælleshuset")
    return places, estate, house


def _session_in(db, estate_id, room_id, day):
    from boligsocial_desktop.domain.enums import Recurrence
    from boligsocial_desktop.services.calendar import ActivityDraft

    draft = ActivityDraft(title="Lektiecafé", estate_id=estate_id, room_id=room_id, recurrence=Recurrence.SINGLE,
                          start_date=day, end_date=day, start_time=time(16), end_time=time(18))
    return CalendarService(db).save_series(draft)


def test_a_second_room_with_the_same_name_in_one_house_is_refused(db):
    places, estate, house = _house(db)
    places.create_room(house.id, "Salen", 40)
    with pytest.raises(ValidationError, match="allerede et lokale ved navn »salen«") as caught:
        places.create_room(house.id, "salen", 10)
    assert caught.value.field == "name"
    other = places.create_room(house.id, "Køkkenet", 10)
    with pytest.raises(ValidationError, match="allerede et lokale"):
        places.update_room(other.id, "SALEN", 10)
    second_house = places.create_house(estate.id, "Pavillonen")
    places.create_room(second_house.id, "Salen", 20)  # another house may use the name


def test_a_room_with_sessions_is_archived_and_keeps_its_history(db):
    places, estate, house = _house(db)
    used = places.create_room(house.id, "Salen", 40)
    unused = places.create_room(house.id, "Køkkenet", 10)
    _session_in(db, estate.id, used.id, date(2026, 3, 4))
    assert places.remove_room(unused.id) == DELETED
    assert places.remove_room(used.id) == ARCHIVED
    assert [r.name for r in places.rooms()] == []
    assert [(r.name, r.archived) for r in places.rooms(include_archived=True)] == [("Salen", True)]
    history = CalendarService(db).sessions_between(date(2026, 3, 1), date(2026, 3, 31), SessionFilter())
    assert [s.room_name for s in history] == ["Salen"]
    places.create_room(house.id, "Salen", 40)  # the name is free again for a new room


def test_a_house_with_sessions_is_archived_with_its_rooms(db):
    places, estate, house = _house(db)
    room = places.create_room(house.id, "Salen", 40)
    _session_in(db, estate.id, room.id, date(2026, 3, 4))
    assert places.remove_house(house.id) == ARCHIVED
    assert places.houses() == [] and places.rooms() == []
    assert places.houses(include_archived=True)[0].archived
    empty = places.create_house(estate.id, "Tom")
    places.create_room(empty.id, "Rummet", 5)
    assert places.remove_house(empty.id) == DELETED
    with db.reading() as session:
        assert session.scalars(select(Room).where(Room.name == "Rummet")).one().deleted_at is not None


def test_closing_period_lists_planned_sessions_and_cancels_the_chosen(db):
    places, estate, house = _house(db)
    room = places.create_room(house.id, "Salen", 40)
    first = _session_in(db, estate.id, room.id, date(2026, 7, 6))
    _session_in(db, estate.id, room.id, date(2026, 7, 8))
    _session_in(db, estate.id, room.id, date(2026, 9, 1))
    period = places.create_closing_period("Sommerferie", date(2026, 7, 1), date(2026, 7, 31), estate.id)
    planned = places.planned_sessions_in(period.start_date, period.end_date, estate.id)
    assert len(planned) == 2 and "Lektiecafé" in planned[0].label and "Salen" in planned[0].label
    with db.reading() as session:
        first_session = session.scalars(select(ActivitySession.id).where(
            ActivitySession.activity_id == first.id)).one()
    assert places.cancel_for_closing([first_session], "Sommerferie") == 1
    assert len(places.planned_sessions_in(period.start_date, period.end_date, estate.id)) == 1
    changed = places.update_closing_period(period.id, "Sommerlukket", date(2026, 7, 1), date(2026, 7, 20), None)
    assert (changed.name, changed.end_date, changed.estate_id) == ("Sommerlukket", date(2026, 7, 20), None)
    with pytest.raises(ValidationError, match="før den første"):
        places.update_closing_period(period.id, "x", date(2026, 7, 20), date(2026, 7, 1))
