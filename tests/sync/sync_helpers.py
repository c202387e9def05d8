"""Simulated PCs for the sync tests: each its own SQLite file, fake wall clock and view of one share."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from boligsocial_desktop.storage.clock import HybridLogicalClock
from boligsocial_desktop.storage.engine import Database, open_database
from boligsocial_desktop.storage.models import Base, shared_models
from boligsocial_desktop.storage.outbox import to_json_value
from boligsocial_desktop.sync.engine import RoundReport, SyncEngine, SyncOptions
from boligsocial_desktop.sync.share import Faults, FaultyShare, LocalShare

START_MS = 1_795_000_000_000  # a Monday in November 2026, 10:13 UTC
LOCAL_COLUMNS = {"version"}  # a local counter for optimistic locking; updated_at is the same everywhere


@dataclass
class FakeWall:
    millis: int = START_MS
    skew: int = 0

    def __call__(self) -> int:
        return self.millis + self.skew

    def advance(self, ms: int) -> None:
        self.millis += ms


def dump(db: Database) -> dict[str, list[dict]]:
    """Every shared table in a fixed order, without the columns that are local by design."""
    result = {}
    with db.reading() as session:
        for model in shared_models():
            table = Base.metadata.tables[model.__tablename__]
            rows = session.execute(select(table).order_by(table.c.id)).mappings()
            result[table.name] = [{k: to_json_value(v) for k, v in row.items() if k not in LOCAL_COLUMNS}
                                  for row in rows]
    return result


@dataclass
class PC:
    name: str
    path: Path
    share_root: Path
    wall: FakeWall
    faults: Faults | None = None
    seed: int = 0
    options: SyncOptions = field(default_factory=lambda: SyncOptions(snapshot_interval_ms=None))
    db: Database | None = None
    online: bool = True

    def open(self) -> PC:
        self.db = open_database(path=self.path, backup_dir=self.path.parent / "backups")
        clock = self.db.capture.clock
        self.db.capture.clock = HybridLogicalClock(clock.origin, clock.last, wall=self.wall)
        inner = LocalShare(self.share_root)
        self.share = FaultyShare(inner, self.faults, self.seed) if self.faults else inner
        self.engine = SyncEngine(self.db, self.share, wall=self.wall, options=self.options, pc_name=self.name)
        return self

    def close(self) -> None:
        if self.db is not None:
            self.db.dispose()
            self.db = None

    def reopen(self) -> PC:
        self.close()
        return self.open()

    @property
    def origin(self) -> str:
        return self.db.origin

    def sync(self) -> RoundReport:
        return self.engine.run_round()

    def dump(self) -> dict[str, list[dict]]:
        return dump(self.db)


def exchange(*pcs: PC, rounds: int = 3) -> list[RoundReport]:
    """Rounds on every PC until nothing moves (at most `rounds` passes after the first quiet one)."""
    reports = []
    for _ in range(rounds):
        for pc in pcs:
            report = pc.sync()
            assert report.ok, report.error
            reports.append(report)
    return reports


def pretty(data) -> str:
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True)


# --- a small office to edit -------------------------------------------------------------

ESTATE, HOUSE, ROOM, ACTIVITY, SESSION = (
    "00000000-0000-4000-8000-00000000000" + str(i) for i in range(1, 6))
STAFF = "00000000-0000-4000-8000-000000000009"


def seed_office(pc: PC) -> None:
    """Estate, house, room, an activity with one session, a staff member: fixed ids."""
    from datetime import date, time

    from boligsocial_desktop.storage.models import Activity, ActivitySession, Estate, House, Room, StaffMember

    with pc.db.transaction() as s:
        s.add(Estate(id=ESTATE, name="Søparken"))
        s.add(House(id=HOUSE, estate_id=ESTATE, name="Fælleshuset"))
        s.add(Room(id=ROOM, house_id=HOUSE, name="Salen", capacity=40))
        s.add(StaffMember(id=STAFF, name="Mette Hansen", role="rådgiver"))
        s.flush()
        s.add(Activity(id=ACTIVITY, title="Lektiecafé", estate_id=ESTATE, room_id=ROOM, recurrence="enkelt",
                       start_date=date(2026, 12, 1), end_date=date(2026, 12, 1), start_time=time(15),
                       end_time=time(17)))
        s.flush()
        s.add(ActivitySession(id=SESSION, activity_id=ACTIVITY, room_id=ROOM, day=date(2026, 12, 1),
                              start_time=time(15), end_time=time(17)))


_LAST_EDIT = [0]


def edit(pc: PC, model, row_id: str, **values) -> None:
    """Edit a row on one PC; successive calls happen one second apart in (unskewed) time, in call order."""
    _LAST_EDIT[0] = max(_LAST_EDIT[0], pc.wall.millis) + 1000
    pc.wall.millis = _LAST_EDIT[0]
    with pc.db.transaction() as s:
        row = s.get(model, row_id)
        for key, value in values.items():
            setattr(row, key, value)


def open_conflicts(pc: PC) -> list:
    from boligsocial_desktop.storage.models import SyncConflict

    with pc.db.reading() as s:
        return list(s.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
                              .order_by(SyncConflict.kind, SyncConflict.field)))
