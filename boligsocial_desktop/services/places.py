"""Estates (boligafdelinger), their community houses (fælleshuse) and rooms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select

from ..domain.danish import danish_sort_key
from ..errors import NotFoundError, ValidationError
from ..storage.engine import Database
from ..storage.models import ClosingPeriod, Estate, House, Room
from .validation import optional_text, positive_int, required_text


@dataclass(frozen=True)
class EstateInfo:
    id: str
    name: str
    address: str | None


@dataclass(frozen=True)
class HouseInfo:
    id: str
    estate_id: str
    name: str
    address: str | None
    opens_at: time | None
    closes_at: time | None


@dataclass(frozen=True)
class RoomInfo:
    id: str
    house_id: str
    estate_id: str
    name: str
    house_name: str
    capacity: int

    @property
    def label(self) -> str:
        return f"{self.house_name} – {self.name}"


@dataclass(frozen=True)
class ClosingPeriodInfo:
    id: str
    estate_id: str | None
    name: str
    start_date: date
    end_date: date


class PlacesService:
    def __init__(self, db: Database):
        self.db = db

    def estates(self) -> list[EstateInfo]:
        with self.db.reading() as session:
            rows = session.scalars(select(Estate).where(Estate.deleted_at.is_(None)))
            return sorted((EstateInfo(r.id, r.name, r.address) for r in rows), key=lambda e: danish_sort_key(e.name))

    def houses(self, estate_id: str | None = None) -> list[HouseInfo]:
        with self.db.reading() as session:
            query = select(House).where(House.deleted_at.is_(None))
            if estate_id:
                query = query.where(House.estate_id == estate_id)
            houses = [HouseInfo(h.id, h.estate_id, h.name, h.address, h.opens_at, h.closes_at)
                      for h in session.scalars(query)]
        return sorted(houses, key=lambda h: danish_sort_key(h.name))

    def rooms(self, estate_id: str | None = None, house_id: str | None = None) -> list[RoomInfo]:
        with self.db.reading() as session:
            query = (
                select(Room, House)
                .join(House, Room.house_id == House.id)
                .where(Room.deleted_at.is_(None), House.deleted_at.is_(None))
            )
            if estate_id:
                query = query.where(House.estate_id == estate_id)
            if house_id:
                query = query.where(Room.house_id == house_id)
            rooms = [RoomInfo(r.id, h.id, h.estate_id, r.name, h.name, r.capacity) for r, h in session.execute(query)]
        return sorted(rooms, key=lambda r: (danish_sort_key(r.house_name), danish_sort_key(r.name)))

    def create_estate(self, name: str, address: str | None = None) -> EstateInfo:
        name = required_text(name, "afdelingens navn", "name", 120)
        address = optional_text(address, "adresse", "address", 200)
        with self.db.transaction() as session:
            if session.scalars(select(Estate.id).where(Estate.name == name, Estate.deleted_at.is_(None))).first():
                raise ValidationError(f"Der findes allerede en afdeling ved navn »{name}«.", "name")
            row = Estate(name=name, address=address)
            session.add(row)
            session.flush()
            return EstateInfo(row.id, row.name, row.address)

    def create_house(self, estate_id: str, name: str, address: str | None = None,
                     opens_at: time | None = None, closes_at: time | None = None) -> HouseInfo:
        name = required_text(name, "husets navn", "name", 120)
        if opens_at and closes_at and closes_at <= opens_at:
            raise ValidationError("Lukketiden skal ligge efter åbningstiden.", "closes_at")
        with self.db.transaction() as session:
            if session.get(Estate, estate_id) is None:
                raise NotFoundError("Afdelingen findes ikke længere.")
            row = House(estate_id=estate_id, name=name, address=optional_text(address, "adresse", "address", 200),
                        opens_at=opens_at, closes_at=closes_at)
            session.add(row)
            session.flush()
            return HouseInfo(row.id, estate_id, row.name, row.address, row.opens_at, row.closes_at)

    def create_room(self, house_id: str, name: str, capacity: int) -> RoomInfo:
        name = required_text(name, "lokalets navn", "name", 120)
        capacity = positive_int(capacity, "kapacitet", "capacity", 2_000)
        with self.db.transaction() as session:
            house = session.get(House, house_id)
            if house is None:
                raise NotFoundError("Fælleshuset findes ikke længere.")
            row = Room(house_id=house_id, name=name, capacity=capacity)
            session.add(row)
            session.flush()
            return RoomInfo(row.id, house.id, house.estate_id, row.name, house.name, row.capacity)

    def update_estate(self, estate_id: str, name: str, address: str | None) -> EstateInfo:
        name = required_text(name, "afdelingens navn", "name", 120)
        with self.db.transaction() as session:
            row = self._get(session, Estate, estate_id, "Afdelingen")
            row.name, row.address = name, optional_text(address, "adresse", "address", 200)
            return EstateInfo(row.id, row.name, row.address)

    def update_house(self, house_id: str, name: str, address: str | None, opens_at: time | None,
                     closes_at: time | None) -> HouseInfo:
        name = required_text(name, "husets navn", "name", 120)
        if opens_at and closes_at and closes_at <= opens_at:
            raise ValidationError("Lukketiden skal ligge efter åbningstiden.", "closes_at")
        with self.db.transaction() as session:
            row = self._get(session, House, house_id, "Fælleshuset")
            row.name, row.address = name, optional_text(address, "adresse", "address", 200)
            row.opens_at, row.closes_at = opens_at, closes_at
            return HouseInfo(row.id, row.estate_id, row.name, row.address, row.opens_at, row.closes_at)

    def update_room(self, room_id: str, name: str, capacity: int) -> RoomInfo:
        name = required_text(name, "lokalets navn", "name", 120)
        capacity = positive_int(capacity, "kapacitet", "capacity", 2_000)
        with self.db.transaction() as session:
            row = self._get(session, Room, room_id, "Lokalet")
            row.name, row.capacity = name, capacity
            house = session.get(House, row.house_id)
            return RoomInfo(row.id, house.id, house.estate_id, row.name, house.name, row.capacity)

    def closing_periods(self) -> list[ClosingPeriodInfo]:
        with self.db.reading() as session:
            rows = session.scalars(select(ClosingPeriod).where(ClosingPeriod.deleted_at.is_(None))
                                   .order_by(ClosingPeriod.start_date))
            return [ClosingPeriodInfo(r.id, r.estate_id, r.name, r.start_date, r.end_date) for r in rows]

    def create_closing_period(self, name: str, start: date, end: date,
                              estate_id: str | None = None) -> ClosingPeriodInfo:
        """A period with no activities (e.g. the school summer holiday); no estate means all estates."""
        name = required_text(name, "navn", "name", 120)
        if end < start:
            raise ValidationError("Lukkeperiodens sidste dag ligger før den første.", "end_date")
        if (end - start).days > 120:
            raise ValidationError("En lukkeperiode kan højst vare 120 dage.", "end_date")
        with self.db.transaction() as session:
            row = ClosingPeriod(name=name, start_date=start, end_date=end, estate_id=estate_id)
            session.add(row)
            session.flush()
            return ClosingPeriodInfo(row.id, row.estate_id, row.name, row.start_date, row.end_date)

    def delete_closing_period(self, period_id: str) -> None:
        from ..storage.types import utcnow

        with self.db.transaction() as session:
            self._get(session, ClosingPeriod, period_id, "Lukkeperioden").deleted_at = utcnow()

    @staticmethod
    def _get(session, model, row_id: str, label: str):
        row = session.get(model, row_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(f"{label} findes ikke længere. Den kan være slettet på en anden pc.")
        return row
