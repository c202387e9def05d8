"""Backups: consistent copies, rotation 7/4/12, and a restore that checks first and keeps the old database."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from boligsocial_desktop import backups
from boligsocial_desktop.cli import main
from boligsocial_desktop.errors import StorageError
from boligsocial_desktop.paths import resolve_paths
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.engine import open_database


def estate_names(path: Path) -> list[str]:
    db = open_database(path=path)
    try:
        return [estate.name for estate in PlacesService(db).estates()]
    finally:
        db.dispose()


def test_backup_is_consistent_while_the_program_writes(db, db_path, tmp_path):
    places = PlacesService(db)
    places.create_estate("Søparken")
    made = backups.make_backup(db_path, tmp_path / "kopier", datetime(2026, 3, 2, 9, 0, 0))
    places.create_estate("Ellemarken")  # after the copy
    assert made.name == "boligsocial-20260302-090000.sqlite"
    assert backups.integrity_ok(made)
    assert estate_names(made) == ["Søparken"]
    assert [info.path for info in backups.list_backups(tmp_path / "kopier")] == [made]


def fake_backups(folder: Path, moments: list[datetime]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for moment in moments:
        (folder / f"boligsocial-{moment:%Y%m%d-%H%M%S}.sqlite").write_bytes(b"x")


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    folder = tmp_path / "kopier"
    today = datetime(2026, 6, 30, 12, 0)
    # A copy every day for two years, two on the newest day; plus files rotation must never touch.
    moments = [today - timedelta(days=n) for n in range(730)] + [today.replace(hour=8)]
    fake_backups(folder, moments)
    (folder / "før-opdatering-0001-20250101-100000.sqlite").write_bytes(b"x")
    (folder / "noter.txt").write_text("behold")
    removed = backups.rotate(folder, daily=7, weekly=4, monthly=12)
    kept = sorted(info.taken_at for info in backups.list_backups(folder))
    days = {t.date() for t in kept}
    from datetime import date

    daily = {date(2026, 6, d) for d in range(24, 31)}
    weekly = {date(2026, 6, 30), date(2026, 6, 28), date(2026, 6, 21), date(2026, 6, 14)}  # newest of 4 ISO weeks
    month_ends = {date(2026, 6, 30), date(2026, 5, 31), date(2026, 4, 30), date(2026, 3, 31), date(2026, 2, 28),
                  date(2026, 1, 31), date(2025, 12, 31), date(2025, 11, 30), date(2025, 10, 31), date(2025, 9, 30),
                  date(2025, 8, 31), date(2025, 7, 31)}
    assert days == daily | weekly | month_ends
    assert today in kept and today.replace(hour=8) not in kept  # the newest copy of a day is the one kept
    assert len(removed) == len(moments) - len(kept)
    assert (folder / "noter.txt").exists() and (folder / "før-opdatering-0001-20250101-100000.sqlite").exists()


def test_daily_backup_only_once_a_day(db, db_path, tmp_path):
    folder = tmp_path / "kopier"
    morning = datetime(2026, 3, 2, 8, 0)
    assert backups.backup_due(folder, morning.date())
    first = backups.daily_backup(db_path, folder, morning)
    assert first is not None and backups.daily_backup(db_path, folder, morning + timedelta(hours=6)) is None
    assert backups.daily_backup(db_path, folder, morning + timedelta(days=1)) is not None
    assert len(backups.list_backups(folder)) == 2


def test_restore_round_trip_keeps_the_current_database_aside(db_path, tmp_path):
    db = open_database(path=db_path)
    PlacesService(db).create_estate("Søparken")
    copy = backups.make_backup(db_path, tmp_path / "kopier")
    PlacesService(db).create_estate("Ellemarken")
    db.dispose()  # the program closes its engine first

    result = backups.restore(copy, db_path, tmp_path / "kopier")

    assert estate_names(db_path) == ["Søparken"]
    assert result.kept_aside is not None and result.kept_aside.name.startswith("før-gendannelse-")
    assert estate_names(result.kept_aside) == ["Ellemarken", "Søparken"]
    assert backups.integrity_ok(db_path)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "other-database"])
def test_restore_refuses_a_bad_file_and_leaves_the_database(db_path, tmp_path, damage):
    db = open_database(path=db_path)
    PlacesService(db).create_estate("Søparken")
    good = backups.make_backup(db_path, tmp_path / "kopier")
    db.dispose()
    bad = tmp_path / "dårlig.sqlite"
    if damage == "garbage":
        bad.write_bytes(b"dette er ikke en database" * 100)
    elif damage == "truncated":
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    else:
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE noget (x)")
        conn.close()
    with pytest.raises(StorageError) as error:
        backups.restore(bad, db_path, tmp_path / "kopier")
    assert "Boligsocial Desktop" in error.value.message or "beskadiget" in error.value.message \
        or "kan ikke læses" in error.value.message
    assert estate_names(db_path) == ["Søparken"]
    assert not list((tmp_path / "kopier").glob("før-gendannelse-*"))


def test_cli_backup_and_restore(db_path, tmp_path, capsys, qapp):
    db = open_database(path=db_path)
    PlacesService(db).create_estate("Søparken")
    db.dispose()
    assert main(["--db", str(db_path), "backup"]) == 0
    copy = backups.list_backups(resolve_paths(db_path).backups)[0].path
    assert str(copy) in capsys.readouterr().out
    db = open_database(path=db_path)
    PlacesService(db).create_estate("Ellemarken")
    db.dispose()
    assert main(["--db", str(db_path), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Databasen er gendannet" in out and "før-gendannelse-" in out
    assert estate_names(db_path) == ["Søparken"]
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    assert copy.name in capsys.readouterr().out


def test_cli_restore_refuses_while_the_program_runs(db_path, tmp_path, capsys, qapp):
    from boligsocial_desktop.paths import resolve_paths
    from boligsocial_desktop.single_instance import SingleInstance

    db = open_database(path=db_path)
    db.dispose()
    copy = backups.make_backup(db_path, tmp_path / "kopier")
    paths = resolve_paths(db_path)
    running = SingleInstance(str(paths.database.resolve()), paths.data_dir)
    assert running.acquire(notify=False)
    try:
        assert main(["--db", str(db_path), "restore", str(copy)]) == 1
    finally:
        running.release()
    assert "Luk programmet" in capsys.readouterr().err
