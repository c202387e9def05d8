from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest

from boligsocial_desktop.domain.enums import Recurrence
from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
from boligsocial_desktop.services.flyers import FlyerService
from boligsocial_desktop.services.places import PlacesService

from flyer_helpers import DANISH_DESCRIPTION, DANISH_TITLE, TRANSLATIONS


@dataclass
class Dinner:
    id: str
    estate_id: str
    service: FlyerService


def make_dinner(db, translations=TRANSLATIONS, **changes) -> Dinner:
    places = PlacesService(db)
    estate = places.create_estate("Søparken", "Søparken 12, 4600 Køge")
    house = places.create_house(estate.id, "Fælleshuset Søparken", "Søparken 40, 4600 Køge")
    kitchen = places.create_room(house.id, "Køkkenet", 50)
    values = dict(title=DANISH_TITLE, estate_id=estate.id, room_id=kitchen.id, recurrence=Recurrence.WEEKLY,
                  start_date=date(2027, 1, 5), end_date=date(2027, 6, 22), start_time=time(17, 30),
                  end_time=time(19, 30), description=DANISH_DESCRIPTION, price_kr=30.0, signup_required=True,
                  signup_url="https://soeparken.dk/spisning", contact="Mette Hansen, områdekontoret, 43 59 10 00",
                  languages=("da", "ar", "so", "tr"))
    values.update(changes)
    info = CalendarService(db).save_series(ActivityDraft(**values))
    service = FlyerService(db)
    if translations:
        service.save_texts(info.id, info.version, info.title, values["description"] or "", translations)
    return Dinner(info.id, estate.id, service)


@pytest.fixture
def dinner(db) -> Dinner:
    return make_dinner(db)
