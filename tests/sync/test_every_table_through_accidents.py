"""A restored PC and a cloned laptop lose nothing in any shared table, not only in the ones the other
accident tests use: an office full of demo data (every shared table has rows) goes through both accidents
while each PC deletes rows of every table. A new shared table joins this test by itself; the
test fails if the office data leaves one empty."""

from __future__ import annotations

import shutil
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_helpers import PC, dump, exchange

from boligsocial_desktop.backups import make_backup, restore
from boligsocial_desktop.services.ambassadors import common as ambassador_settings
from boligsocial_desktop.services.office import fill_with_demo_data
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.reports.plan import PlanService
from boligsocial_desktop.services.signups import retention
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import Base, shared_models
from boligsocial_desktop.sync.rules import DERIVED_TABLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def office_file(tmp_path_factory) -> Path:
    """A PC's database with at least two rows in every shared table: the small demo, more estates and
    houses, advisers with their keys, and the office-wide settings."""
    path = tmp_path_factory.mktemp("office") / "boligsocial.sqlite"
    db = open_database(path=path)
    try:
        fill_with_demo_data(db, "small")
        staff = StaffService(db)
        admin = staff.create("Jonas Berg", "administrator", pin="1357")
        staff.create("Mette Hansen", "rådgiver", pin="2468", actor_id=admin.id)
        retention.set_deadline(db, admin, 24)
        ambassador_settings.save_settings(db, 365, 30)
        plan = PlanService(db)
        plan.set_plan_name("Helhedsplan Vest", admin.id)
        for year in (2040, 2044):
            plan.create_grant_period(f"Bevilling {year}", date(year, 1, 1), date(year + 3, 12, 31))
        places = PlacesService(db)
        for name in ("Søparken", "Hedelyst", "Bredalsparken"):
            estate = places.create_estate(name)
            places.create_house(estate.id, f"Fælleshuset {name}")
    finally:
        db.dispose()
    return path


def tables() -> list:
    return [Base.metadata.tables[model.__tablename__] for model in shared_models()]


def row_ids(pc: PC, table) -> list[str]:
    with pc.db.reading() as s:
        return list(s.scalars(select(table.c.id).where(table.c.deleted_at.is_(None)).order_by(table.c.id)))


def delete_in_every_table(pc: PC, pick: int, moment: datetime) -> dict[str, str]:
    """Delete one row of every shared table (the `pick`-th), as the services do: a tombstone. Headcounts
    computed from ticks are left alone: every PC recomputes them after a round."""
    pc.wall.advance(1000)
    deleted = {}
    with pc.db.transaction() as s:
        for model in shared_models():
            if model.__tablename__ in DERIVED_TABLES:
                continue
            ids = list(s.scalars(select(model.id).where(model.deleted_at.is_(None)).order_by(model.id)))
            s.get(model, ids[pick]).deleted_at = moment
            deleted[model.__tablename__] = ids[pick]
    return deleted


def assert_deleted(pc: PC, deleted: dict[str, str]) -> None:
    with pc.db.reading() as s:
        for table in tables():
            if table.name in deleted:
                gone = s.scalar(select(table.c.deleted_at).where(table.c.id == deleted[table.name]))
                assert gone is not None, f"{pc.name}: a deleted row of {table.name} came back"


def settle(*pcs: PC) -> None:
    exchange(*pcs, rounds=4)
    for pc in pcs:
        report = pc.sync()
        assert report.ok and not report.waiting, (pc.name, report.waiting, report.error)


def office_pc(make_pc, office_file: Path, name: str) -> PC:
    pc = make_pc(name)
    pc.close()
    shutil.copy(office_file, pc.path)
    return pc.open()


def make_pcs_now(*pcs: PC) -> None:
    """The office file was written by the real clock; the simulated PCs' clocks start there too."""
    for pc in pcs:
        pc.wall.millis = int(time.time() * 1000)


def test_the_office_data_fills_every_shared_table(make_pc, office_file):
    pc = office_pc(make_pc, office_file, "kontor")
    empty = [table.name for table in tables() if len(row_ids(pc, table)) < 2]
    assert not empty, f"add rows for these tables to office_file: {empty}"


def test_a_restored_pc_gets_back_its_edits_in_every_table(make_pc, office_file, tmp_path):
    kontor, other = office_pc(make_pc, office_file, "kontor"), make_pc("anden")
    make_pcs_now(kontor, other)
    settle(kontor, other)
    backup = make_backup(kontor.path, tmp_path / "backups")

    deleted = delete_in_every_table(kontor, 0, datetime(2026, 12, 2, 9, 30, tzinfo=UTC))
    settle(kontor, other)

    kontor.close()
    restore(backup, kontor.path, tmp_path / "aside")
    kontor.open()
    settle(kontor, other)

    assert_deleted(kontor, deleted)
    assert_deleted(other, deleted)
    assert kontor.dump() == other.dump()


def test_a_cloned_laptop_and_its_original_both_keep_their_edits_in_every_table(make_pc, office_file, tmp_path):
    kontor, other = office_pc(make_pc, office_file, "kontor"), make_pc("anden")
    make_pcs_now(kontor, other)
    settle(kontor, other)
    laptop = make_pc("laptop")
    laptop.close()
    make_backup(kontor.path, tmp_path / "image").replace(laptop.path)
    laptop.open()
    make_pcs_now(laptop)

    moment = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    on_kontor = delete_in_every_table(kontor, 0, moment)
    on_laptop = delete_in_every_table(laptop, -1, moment + timedelta(minutes=5))
    settle(kontor, laptop, other)

    for pc in (kontor, laptop, other):
        assert_deleted(pc, on_kontor)
        assert_deleted(pc, on_laptop)
    assert dump(kontor.db) == dump(laptop.db) == dump(other.db)
    assert len({kontor.origin, laptop.origin, other.origin}) == 3
