"""Opening the database: PRAGMAs, refusing bad files untouched, migrations and their backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select, text

from boligsocial_desktop.errors import StorageError
from boligsocial_desktop.storage.engine import CACHE_KIB, _alembic_config, head_revision, open_database
from boligsocial_desktop.storage.models import AdviceTopic, Base, Estate, FocusArea, GrantPeriod


@pytest.mark.sqlite_only
def test_pragmas_are_set(db):
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() > 0
        assert connection.execute(text("PRAGMA cache_size")).scalar() == -CACHE_KIB  # KiB, not pages


def test_empty_database_is_migrated_to_head_with_every_table(db):
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()


def test_reference_lists_are_seeded_with_same_ids_on_every_pc(tmp_path):
    first = open_database(path=tmp_path / "a.sqlite")
    second = open_database(path=tmp_path / "b.sqlite")
    with first.reading() as a, second.reading() as b:
        topics_a = a.execute(select(AdviceTopic.id, AdviceTopic.name).order_by(AdviceTopic.id)).all()
        assert topics_a == b.execute(select(AdviceTopic.id, AdviceTopic.name).order_by(AdviceTopic.id)).all()
        assert "Huslejerestance" in {name for _, name in topics_a}
        periods = {p.name: p for p in a.scalars(select(GrantPeriod))}
        assert set(periods) == {"Helhedsplan 2015–2018", "Helhedsplan 2019–2026"}
        areas = a.scalars(
            select(FocusArea.name).where(FocusArea.grant_period_id == periods["Helhedsplan 2019–2026"].id)
        ).all()
        assert "Kriminalitetsforebyggelse" in areas
    first.dispose()
    second.dispose()


def test_database_at_first_revision_is_upgraded_with_data_intact(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")
        connection.execute(text(
            "INSERT INTO estates (id, name, created_at, updated_at, version) "
            "VALUES ('e1', 'Karlemoseparken', '2020-01-01 00:00:00', '2020-01-01 00:00:00', 1)"
        ))
    engine.dispose()

    db = open_database(path=path, backup_dir=tmp_path / "backups")
    with db.reading() as session:
        assert session.get(Estate, "e1").name == "Karlemoseparken"
        assert session.scalars(select(AdviceTopic)).first() is not None
    db.dispose()
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    assert len(backups) == 1, "a backup is made before migrating"
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM estates").fetchall() == [("Karlemoseparken",)]


def test_database_from_newer_program_is_refused_untouched(db_path):
    db = open_database(path=db_path)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="nyere version"):
        open_database(path=db_path)
    assert db_path.read_bytes() == before


def test_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Indkøbsliste: kaffe, te")
    with pytest.raises(StorageError, match="ikke en database"):
        open_database(path=path)
    assert path.read_text() == "Indkøbsliste: kaffe, te"
    assert not Path(f"{path}-wal").exists()


def _filled(db_path):
    db = open_database(path=db_path)
    with db.transaction() as session:
        for number in range(300):
            session.add(Estate(name=f"Afdeling {number}", address="x" * 200))
    db.dispose()


def test_database_with_broken_schema_page_is_refused_untouched(db_path):
    _filled(db_path)
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page, after the file header
    db_path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="beskadiget"):
        open_database(path=db_path)
    assert db_path.read_bytes() == bytes(data)


def test_after_an_unclean_stop_every_page_is_checked(db_path):
    _filled(db_path)
    data = bytearray(db_path.read_bytes())
    data[4096 * 3: 4096 * 3 + 2000] = b"\xff" * 2000  # a page in the middle
    db_path.write_bytes(bytes(data))
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"\0" * 32)  # what a crash leaves behind
    with pytest.raises(StorageError, match="beskadiget"):
        open_database(path=db_path)
    assert db_path.read_bytes() == bytes(data)


def test_relative_path_is_accepted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open_database(path=Path("kontor.sqlite")).dispose()
    open_database(path=Path("kontor.sqlite")).dispose()
    assert (tmp_path / "kontor.sqlite").exists()


def test_schema_head_constant_matches_the_migrations():
    from boligsocial_desktop.storage.migrations import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD
