"""The copy kept before a schema upgrade is sealed with the office key when the office has one."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from boligsocial_desktop import backups
from boligsocial_desktop.cli import build_parser, open_app_database
from boligsocial_desktop.crypto.keys import KeyLocation, KeyringSecretStore, create_office_key
from boligsocial_desktop.storage.engine import _alembic_config
from boligsocial_desktop.storage.migrations import SCHEMA_HEAD

PASSPHRASE = "gul-cykel-ved-søen-7"  # (not imported from conftest: another folder's conftest may hold that name)
SECRET_NAME = "Hemmelige Søparken 4711"


def database_at_0003(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0003")
        connection.execute(text("INSERT INTO estates (id, name, created_at, updated_at, version) "
                                "VALUES ('e1', :name, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"),
                           {"name": SECRET_NAME})
    engine.dispose()
    return path


def open_as_the_program(db_path: Path, data_dir: Path):
    """As the program and every command open it (cli.open_app_database)."""
    db, paths = open_app_database(build_parser().parse_args(["--db", str(db_path), "--data-dir", str(data_dir)]))
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    db.dispose()
    return paths


def test_copy_before_an_upgrade_is_sealed_with_the_office_key(tmp_path, share, qapp):
    from boligsocial_desktop.settings import Settings

    data_dir = tmp_path / "pc"
    keys = create_office_key(KeyLocation(share, data_dir), PASSPHRASE, KeyringSecretStore())
    Settings().share_dir = share  # the office key is found through the settings, as in the program
    db_path = database_at_0003(data_dir / "boligsocial.sqlite")

    paths = open_as_the_program(db_path, data_dir)

    copies = sorted(paths.backups.iterdir())
    assert len(copies) == 1, copies  # no plain copy beside it, no .part left over
    copy = copies[0]
    assert copy.name.startswith("før-opdatering-0003-") and copy.suffix == ".bsbak"
    assert backups.is_sealed_backup(copy)
    assert SECRET_NAME.encode("utf-8") not in copy.read_bytes()
    assert backups.verify_backup(copy, keys) == "0003"
    restored = tmp_path / "gendannet.sqlite"
    backups.restore(copy, restored, tmp_path / "til-side", keys=keys)
    with closing(sqlite3.connect(restored)) as conn:
        assert conn.execute("SELECT name FROM estates").fetchall() == [(SECRET_NAME,)]


def test_without_an_office_key_the_copy_before_an_upgrade_stays_plain(tmp_path, qapp):
    data_dir = tmp_path / "pc"
    db_path = database_at_0003(data_dir / "boligsocial.sqlite")

    paths = open_as_the_program(db_path, data_dir)

    copies = sorted(paths.backups.iterdir())
    assert [copy.suffix for copy in copies] == [".sqlite"]
    assert copies[0].name.startswith("før-opdatering-0003-")
    assert backups.verify_backup(copies[0]) == "0003"


def test_a_database_already_at_head_makes_no_copy(tmp_path, share, qapp):
    from boligsocial_desktop.settings import Settings

    data_dir = tmp_path / "pc"
    create_office_key(KeyLocation(share, data_dir), PASSPHRASE, KeyringSecretStore())
    Settings().share_dir = share
    paths = open_as_the_program(data_dir / "boligsocial.sqlite", data_dir)  # a first start
    open_as_the_program(data_dir / "boligsocial.sqlite", data_dir)
    assert not paths.backups.exists() or not any(paths.backups.iterdir())
