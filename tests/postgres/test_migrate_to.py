"""Moving an office's SQLite database onto PostgreSQL: everything arrives, is checked, and works there."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import create_engine, select, text

from boligsocial_desktop.cli import main
from boligsocial_desktop.demo import generate_demo
from boligsocial_desktop.errors import AppError
from boligsocial_desktop.services import audit
from boligsocial_desktop.services.migrate_to import VerificationError, migrate_to, verify_copy
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.engine import backup_sqlite, open_database
from boligsocial_desktop.storage.models import AuditEntry, Base, LocalState, OutboxChange


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "kontor.sqlite"
    db = open_database(path=path)
    generate_demo(db, "small", seed=3, today=date(2026, 11, 1))
    with db.transaction() as session:
        audit.record(session, "eksport", staff_id=None, table_name="advice_visits", detail="rådgivning.csv")
    db.dispose()
    return path


@pytest.fixture
def office(demo_file, tmp_path):
    """A fresh copy of the demo office for this test."""
    db = open_database(path=backup_sqlite(demo_file, tmp_path / "kontor.sqlite"))
    yield db
    db.dispose()


def _counts(engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {t.name: connection.execute(select(text("count(*)")).select_from(t)).scalar()
                for t in Base.metadata.sorted_tables}


def test_everything_arrives_and_is_verified(office, pg_url):
    result = migrate_to(office, pg_url)
    target = create_engine(pg_url)
    try:
        counts = _counts(target)
    finally:
        target.dispose()
    assert counts == _counts(office.engine)
    assert {check.table for check in result.tables} == set(Base.metadata.tables)
    assert result.rows == sum(counts.values()) > 5000
    for table in (AuditEntry.__tablename__, OutboxChange.__tablename__, LocalState.__tablename__):
        assert counts[table] > 0, table


def test_the_program_works_on_the_copy(office, pg_url):
    migrate_to(office, pg_url)
    server = open_database(url=pg_url)
    try:
        assert server.origin == office.origin  # the local state came along
        places = PlacesService(server)
        estate = places.estates()[0]
        house = places.create_house(estate.id, "Nyt hus", opens_at=time(8), closes_at=time(22))
        places.create_room(house.id, "Nyt lokale", 10)  # new outbox rows continue after the copied ones
        with server.reading() as session:
            seqs = session.scalars(select(OutboxChange.seq).order_by(OutboxChange.seq)).all()
        assert len(seqs) == len(set(seqs))
    finally:
        server.dispose()


def test_a_server_with_office_data_is_refused_untouched(office, pg_url):
    server = open_database(url=pg_url)
    PlacesService(server).create_estate("Søparken")
    server.dispose()
    with pytest.raises(AppError, match="indeholder allerede data"):
        migrate_to(office, pg_url)
    target = create_engine(pg_url)
    try:
        assert _counts(target)["estates"] == 1
    finally:
        target.dispose()


def test_a_changed_row_is_found_by_the_checksum(office, pg_url):
    migrate_to(office, pg_url)
    target = create_engine(pg_url)
    try:
        with target.begin() as connection:
            connection.execute(text("UPDATE estates SET name = name || 'x' WHERE id = (SELECT min(id) FROM estates)"))
    finally:
        target.dispose()
    with pytest.raises(VerificationError, match="estates"):
        verify_copy(office, pg_url)


def test_only_postgresql_is_a_target(office, tmp_path):
    with pytest.raises(AppError, match="PostgreSQL"):
        migrate_to(office, f"sqlite:///{tmp_path / 'andet.sqlite'}")


def test_command_line(demo_file, pg_url, tmp_path, capsys):
    path = backup_sqlite(demo_file, tmp_path / "kontor.sqlite")
    assert main(["--db", str(path), "migrate-to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "flyttet og kontrolleret" in out and "advice_visits" in out
    assert main(["--db", str(path), "migrate-to", pg_url]) == 1  # second time: the server is no longer empty
    assert "allerede data" in capsys.readouterr().err
