"""A backup copy is a single file: no -wal or -shm beside it, also after it has been checked and listed."""

from __future__ import annotations

from boligsocial_desktop import backups
from boligsocial_desktop.services.places import PlacesService


def test_a_backup_of_the_live_database_leaves_no_wal_or_shm(db, db_path, tmp_path):
    PlacesService(db).create_estate("Søparken")  # the program keeps its database open in WAL mode
    folder = tmp_path / "kopier"
    made = backups.make_backup(db_path, folder)
    assert backups.verify_backup(made)
    assert [b.path for b in backups.list_backups(folder)] == [made]
    checked = backups.checked_copy(db_path, tmp_path / "ud" / "kopi.sqlite")
    assert backups.verify_backup(checked)
    assert sorted(p.name for p in folder.iterdir()) == [made.name]
    assert sorted(p.name for p in checked.parent.iterdir()) == ["kopi.sqlite"]
