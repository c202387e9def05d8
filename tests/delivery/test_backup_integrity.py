"""A damaged database is never backed up: no new copy, and the good copies are not rotated out.
Backups, the data folder and its files are for this user only (Linux)."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from contextlib import closing
from datetime import datetime, timedelta

import pytest

from boligsocial_desktop import backups
from boligsocial_desktop.cli import main
from boligsocial_desktop.errors import StorageError
from boligsocial_desktop.storage.engine import open_database


def _damage(path):
    """Break the b-tree of a big table in place, so the file opens but the integrity check fails."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE fyld (id INTEGER PRIMARY KEY, tekst TEXT)")
        conn.executemany("INSERT INTO fyld (tekst) VALUES (?)", [("x" * 200,) for _ in range(3000)])
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='fyld'").fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size + 8)  # the root page's cell pointers
        handle.write(b"\xff\xf0" * 40)
    assert not backups.integrity_ok(path)


@pytest.fixture
def good_then_damaged(db_path, tmp_path):
    open_database(path=db_path).dispose()
    folder = tmp_path / "kopier"
    start = datetime(2026, 3, 1, 9, 0, 0)
    for day in range(10):
        backups.make_backup(db_path, folder, start + timedelta(days=day))
    backups.rotate(folder)
    before = sorted(path.name for path in folder.iterdir())
    _damage(db_path)
    return folder, before, start + timedelta(days=40)


def test_a_damaged_database_is_not_backed_up_nor_rotated_over_good_copies(db_path, good_then_damaged):
    folder, before, later = good_then_damaged
    with pytest.raises(StorageError, match=r"beskadiget.*tidligere sikkerhedskopier er bevaret"):
        backups.daily_backup(db_path, folder, later)
    assert sorted(path.name for path in folder.iterdir()) == before  # no new copy, no .part, none rotated out


def test_a_damaged_database_is_not_sealed_into_a_backup_either(db_path, good_then_damaged, tmp_path):
    from boligsocial_desktop.crypto.keys import KeyLocation, MemorySecretStore, create_office_key

    folder, before, later = good_then_damaged
    keys = create_office_key(KeyLocation(tmp_path / "fælles", tmp_path / "pc"), "gul-cykel-ved-søen-7",
                             MemorySecretStore())
    with pytest.raises(StorageError, match="beskadiget"):
        backups.make_backup(db_path, folder, later, keys=keys)
    assert sorted(path.name for path in folder.iterdir()) == before


def test_cli_backup_of_a_damaged_database(db_path, good_then_damaged, tmp_path, capsys, qapp):
    from boligsocial_desktop.settings import Settings

    folder, before, _ = good_then_damaged
    Settings().backup_dir = folder
    assert main(["--db", str(db_path), "backup"]) == 1
    assert "beskadiget" in capsys.readouterr().err
    assert sorted(path.name for path in folder.iterdir()) == before
    assert main(["--db", str(db_path), "backup", "-o", str(tmp_path / "enkelt.sqlite")]) == 1
    assert not (tmp_path / "enkelt.sqlite").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_data_folder_database_backups_and_logs_are_for_the_user_only(tmp_path, qapp):
    data_dir = tmp_path / "ny" / "data"
    assert main(["--data-dir", str(data_dir), "backup"]) == 1  # no database yet; the log folder is made
    db = open_database(path=data_dir / "boligsocial.sqlite")
    db.dispose()
    made = backups.make_backup(data_dir / "boligsocial.sqlite", data_dir / "backups")
    logs = data_dir / "logs"

    def mode(path):
        return stat.S_IMODE(os.stat(path).st_mode)

    assert mode(data_dir) == 0o700 and mode(data_dir.parent) == 0o700
    assert mode(data_dir / "boligsocial.sqlite") == 0o600
    assert mode(data_dir / "backups") == 0o700 and mode(made) == 0o600
    assert mode(logs) == 0o700
    assert all(mode(path) == 0o600 for path in logs.iterdir() if path.is_file()) and any(logs.iterdir())
