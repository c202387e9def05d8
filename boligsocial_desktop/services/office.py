"""Facts about the office's data as a whole."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..errors import NotFoundError, ValidationError
from ..storage.engine import Database
from ..storage.models import Activity, AdviceVisit, Ambassador, Estate, House, Room
from .validation import optional_text, required_text

if TYPE_CHECKING:
    from ..demo.generator import DemoSize, DemoSummary

USER_DATA_MODELS = (Estate, Activity, Ambassador, AdviceVisit)


def database_is_empty(db: Database) -> bool:
    """True until the office has entered (or loaded) data; reference lists from migrations don't count."""
    with db.reading() as session:
        return all(session.scalars(select(model.id).limit(1)).first() is None for model in USER_DATA_MODELS)


@dataclass(frozen=True)
class FirstHouse:
    house_id: str
    name: str
    rooms: tuple[tuple[str, int], ...]  # (name, capacity)


def create_house_with_rooms(db: Database, estate_id: str, name: str, address: str | None,
                            rooms: list[tuple[str, str]]) -> FirstHouse:
    """The office's first community house and its rooms, in one transaction (the first-start wizard).

    `rooms` are (name, capacity) as typed; rows left empty are ignored, and at least one room is
    needed, because activities are held in rooms.
    """
    name = required_text(name, "husets navn", "house_name", 120)
    address = optional_text(address, "husets adresse", "house_address", 200)
    checked: list[tuple[str, int]] = []
    for number, (room_name, capacity_text) in enumerate(rooms, start=1):
        room_name, capacity_text = (room_name or "").strip(), (capacity_text or "").strip()
        if not room_name and not capacity_text:
            continue
        label = f"lokale {number}" if not room_name else f"lokalet »{room_name}«"
        room_name = required_text(room_name, f"navnet på lokale {number}", "rooms", 120)
        if not capacity_text.isdigit() or not 1 <= int(capacity_text) <= 2_000:
            raise ValidationError(f"Skriv, hvor mange personer der er plads til i {label} (et tal fra 1 til 2000).",
                                  "rooms")
        if room_name.casefold() in (known.casefold() for known, _ in checked):
            raise ValidationError(f"Lokalet »{room_name}« står der to gange.", "rooms")
        checked.append((room_name, int(capacity_text)))
    if not checked:
        raise ValidationError("Skriv mindst ét lokale med navn og antal pladser; aktiviteter holdes i lokaler.",
                              "rooms")
    with db.transaction() as session:
        if session.get(Estate, estate_id) is None:
            raise NotFoundError("Afdelingen findes ikke længere.")
        house = House(estate_id=estate_id, name=name, address=address)
        session.add(house)
        session.flush()
        session.add_all(Room(house_id=house.id, name=room, capacity=capacity) for room, capacity in checked)
        return FirstHouse(house.id, name, tuple(checked))


@dataclass(frozen=True)
class WhatExists:
    """Which kinds of data the office has entered yet: the pages' "what to do next" notes read it."""

    houses: bool
    rooms: bool
    activities: bool
    ambassadors: bool
    visits: bool


def what_exists(db: Database) -> WhatExists:
    with db.reading() as session:
        def any_of(model: type[Any]) -> bool:
            return session.scalars(select(model.id).where(model.deleted_at.is_(None)).limit(1)).first() is not None

        return WhatExists(any_of(House), any_of(Room), any_of(Activity), any_of(Ambassador), any_of(AdviceVisit))


def fill_with_demo_data(db: Database, size: DemoSize = "small",
                        progress: Callable[[int, str], None] | None = None) -> DemoSummary:
    """Fill an empty database with made-up demo data (refused, in Danish, when it holds data already)."""
    from ..demo.generator import generate_demo

    if not database_is_empty(db):
        raise ValidationError("Databasen er ikke tom; demodata kan kun lægges i en tom database.")
    return generate_demo(db, size, progress=progress)
