"""Estates (boligafdelinger), their community houses (fælleshuse) and rooms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.danish import clock_range, danish_sort_key, short_date
from ..domain.enums import SessionStatus
from ..errors import NotFoundError, ValidationError
from ..storage.engine import Database
from ..storage.models import Activity, ActivitySession, ClosingPeriod, Estate, House, Room
from ..storage.types import utcnow
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
    archived: bool = False


@dataclass(frozen=True)
class RoomInfo:
    id: str
    house_id: str
    estate_id: str
    name: str
    house_name: str
    capacity: int
    archived: bool = False

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


@dataclass(frozen=True)
class PlannedSession:
    """A planned session that falls in a closing period: the user cancels or keeps it."""

    id: str
    label: str


ARCHIVED, DELETED = "arkiveret", "slettet"


def _house_info(h: House) -> HouseInfo:
    return HouseInfo(h.id, h.estate_id, h.name, h.address, h.opens_at, h.closes_at, h.archived_at is not None)


class PlacesService:
    def __init__(self, db: Database):
        self.db = db

    def estates(self) -> list[EstateInfo]:
        with self.db.reading() as session:
            rows = session.scalars(select(Estate).where(Estate.deleted_at.is_(None)))
            return sorted((EstateInfo(r.id, r.name, r.address) for r in rows), key=lambda e: danish_sort_key(e.name))

    def houses(self, estate_id: str | None = None, include_archived: bool = False) -> list[HouseInfo]:
        with self.db.reading() as session:
            query = select(House).where(House.deleted_at.is_(None))
            if not include_archived:
                query = query.where(House.archived_at.is_(None))
            if estate_id:
                query = query.where(House.estate_id == estate_id)
            houses = [_house_info(h) for h in session.scalars(query)]
        return sorted(houses, key=lambda h: danish_sort_key(h.name))

    def rooms(self, estate_id: str | None = None, house_id: str | None = None,
              include_archived: bool = False) -> list[RoomInfo]:
        """Rooms to book (archived ones only when asked for, e.g. by the settings page)."""
        with self.db.reading() as session:
            query = (
                select(Room, House)
                .join(House, Room.house_id == House.id)
                .where(Room.deleted_at.is_(None), House.deleted_at.is_(None))
            )
            if not include_archived:
                query = query.where(Room.archived_at.is_(None), House.archived_at.is_(None))
            if estate_id:
                query = query.where(House.estate_id == estate_id)
            if house_id:
                query = query.where(Room.house_id == house_id)
            rooms = [RoomInfo(r.id, h.id, h.estate_id, r.name, h.name, r.capacity,
                              r.archived_at is not None or h.archived_at is not None)
                     for r, h in session.execute(query)]
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
            _refuse_same_room_name(session, house, name)
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
            return _house_info(row)

    def update_room(self, room_id: str, name: str, capacity: int) -> RoomInfo:
        name = required_text(name, "lokalets navn", "name", 120)
        capacity = positive_int(capacity, "kapacitet", "capacity", 2_000)
        with self.db.transaction() as session:
            row = self._get(session, Room, room_id, "Lokalet")
            house = session.get_one(House, row.house_id)  # a room's house: a foreign key
            _refuse_same_room_name(session, house, name, room_id)
            row.name, row.capacity = name, capacity
            return RoomInfo(row.id, house.id, house.estate_id, row.name, house.name, row.capacity)

    def closing_periods(self) -> list[ClosingPeriodInfo]:
        with self.db.reading() as session:
            rows = session.scalars(select(ClosingPeriod).where(ClosingPeriod.deleted_at.is_(None))
                                   .order_by(ClosingPeriod.start_date))
            return [ClosingPeriodInfo(r.id, r.estate_id, r.name, r.start_date, r.end_date) for r in rows]

    def create_closing_period(self, name: str, start: date, end: date,
                              estate_id: str | None = None) -> ClosingPeriodInfo:
        """A period with no activities (e.g. the school summer holiday); no estate means all estates."""
        name = _checked_closing(name, start, end)
        with self.db.transaction() as session:
            row = ClosingPeriod(name=name, start_date=start, end_date=end, estate_id=estate_id)
            session.add(row)
            session.flush()
            return ClosingPeriodInfo(row.id, row.estate_id, row.name, row.start_date, row.end_date)

    def update_closing_period(self, period_id: str, name: str, start: date, end: date,
                              estate_id: str | None = None) -> ClosingPeriodInfo:
        name = _checked_closing(name, start, end)
        with self.db.transaction() as session:
            row = self._get(session, ClosingPeriod, period_id, "Lukkeperioden")
            row.name, row.start_date, row.end_date, row.estate_id = name, start, end, estate_id
            return ClosingPeriodInfo(row.id, row.estate_id, row.name, row.start_date, row.end_date)

    def delete_closing_period(self, period_id: str) -> None:
        with self.db.transaction() as session:
            self._get(session, ClosingPeriod, period_id, "Lukkeperioden").deleted_at = utcnow()

    def planned_sessions_in(self, start: date, end: date, estate_id: str | None = None) -> list[PlannedSession]:
        """Planned (not cancelled, not held) sessions from `start` to `end`, in one estate or all."""
        query = (select(ActivitySession, Activity.title, Room.name, House.name)
                 .join(Activity, Activity.id == ActivitySession.activity_id)
                 .join(Room, Room.id == ActivitySession.room_id).join(House, House.id == Room.house_id)
                 .where(ActivitySession.day.between(start, end), ActivitySession.deleted_at.is_(None),
                        Activity.deleted_at.is_(None), ActivitySession.status == SessionStatus.PLANNED.value)
                 .order_by(ActivitySession.day, ActivitySession.start_time, Activity.title))
        if estate_id:
            query = query.where(House.estate_id == estate_id)
        with self.db.reading() as session:
            return [PlannedSession(s.id, f"{short_date(s.day)} {clock_range(s.start_time, s.end_time)} {title} "
                                         f"({house} – {room})")
                    for s, title, room, house in session.execute(query)]

    def cancel_for_closing(self, session_ids: list[str], period_name: str) -> int:
        """Cancel the chosen planned sessions in one transaction, with the closing period as the reason."""
        reason = f"Lukket: {period_name.strip()}"[:200]
        with self.db.transaction() as session:
            rows = session.scalars(select(ActivitySession).where(
                ActivitySession.id.in_(session_ids), ActivitySession.deleted_at.is_(None),
                ActivitySession.status == SessionStatus.PLANNED.value)).all() if session_ids else []
            for row in rows:
                row.status, row.cancel_reason = SessionStatus.CANCELLED.value, reason
            return len(rows)

    # --- removing houses and rooms -------------------------------------------

    def remove_room(self, room_id: str) -> str:
        """Delete a room that never held a session; archive one with history. Returns which."""
        with self.db.transaction() as session:
            row = self._get(session, Room, room_id, "Lokalet")
            return _archive_or_delete(session, [row], row)

    def remove_house(self, house_id: str) -> str:
        """Delete a house (and its rooms) without sessions; archive it and its rooms otherwise."""
        with self.db.transaction() as session:
            house = self._get(session, House, house_id, "Fælleshuset")
            rooms = list(session.scalars(select(Room).where(Room.house_id == house_id, Room.deleted_at.is_(None))))
            return _archive_or_delete(session, rooms, house)

    def restore_archived(self, kind: str, row_id: str) -> None:
        """Offer an archived house or room for bookings again."""
        model, label = (House, "Fælleshuset") if kind == "house" else (Room, "Lokalet")
        with self.db.transaction() as session:
            row = self._get(session, model, row_id, label)
            if isinstance(row, Room):
                _refuse_same_room_name(session, session.get_one(House, row.house_id), row.name, row.id)
            row.archived_at = None

    @staticmethod
    def _get(session: Session, model: type[Any], row_id: str, label: str) -> Any:
        row = session.get(model, row_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError(f"{label} findes ikke længere. Den kan være slettet på en anden pc.")
        return row


def _checked_closing(name: str, start: date, end: date) -> str:
    name = required_text(name, "navn", "name", 120)
    if end < start:
        raise ValidationError("Lukkeperiodens sidste dag ligger før den første.", "end_date")
    if (end - start).days > 120:
        raise ValidationError("En lukkeperiode kan højst vare 120 dage.", "end_date")
    return name


def _refuse_same_room_name(session: Session, house: House, name: str, room_id: str | None = None) -> None:
    """Two rooms with one name in one house make every booking a guess: refused."""
    names = session.scalars(select(Room.name).where(
        Room.house_id == house.id, Room.deleted_at.is_(None), Room.archived_at.is_(None),
        Room.id != (room_id or "")))
    if any(other.casefold() == name.casefold() for other in names):
        raise ValidationError(f"{house.name} har allerede et lokale ved navn »{name}«. Giv lokalet et andet navn, "
                              "eller ret det lokale, der findes.", "name")


def _archive_or_delete(session: Session, rooms: list[Room], row: Room | House) -> str:
    room_ids = [r.id for r in rooms]
    used = bool(room_ids) and bool(session.scalar(select(func.count()).select_from(ActivitySession).where(
        ActivitySession.room_id.in_(room_ids))) or session.scalar(select(func.count()).select_from(Activity).where(
            Activity.room_id.in_(room_ids), Activity.deleted_at.is_(None))))
    now = utcnow()
    for target in {*rooms, row}:
        if used:
            target.archived_at = target.archived_at or now
        else:
            target.deleted_at = now
    return ARCHIVED if used else DELETED
