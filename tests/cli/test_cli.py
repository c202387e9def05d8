"""The command line: version, errors as one Danish line, export, screenshot, program and ics."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, time

import pytest

from boligsocial_desktop import __version__
from boligsocial_desktop.cli import main
from boligsocial_desktop.domain.enums import Recurrence
from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.engine import open_database


@pytest.fixture
def filled_db(tmp_path):
    path = tmp_path / "kontor.sqlite"
    db = open_database(path=path)
    places = PlacesService(db)
    estate = places.create_estate("Ellemarken")
    house = places.create_house(estate.id, "Fælleshuset")
    room = places.create_room(house.id, "Salen", 50)
    activity = CalendarService(db).save_series(ActivityDraft(
        title="Fællesspisning", estate_id=estate.id, room_id=room.id, recurrence=Recurrence.WEEKLY,
        start_date=date(2026, 12, 2), end_date=date(2027, 1, 27), start_time=time(17, 30), end_time=time(20)))
    db.dispose()
    return path, house.id, activity.id


def test_version_and_module_entry_point():
    result = subprocess.run([sys.executable, "-m", "boligsocial_desktop", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"Boligsocial Desktop {__version__}"


def test_errors_are_one_danish_line_without_traceback(tmp_path, capsys):
    bad = tmp_path / "noter.sqlite"
    bad.write_text("ikke en database")
    assert main(["--db", str(bad), "export", "estates", "-o", str(tmp_path / "x.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fejl: Filen") and "ikke en database" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_export_is_byte_identical_twice(filled_db, tmp_path):
    path, _, _ = filled_db
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    assert main(["--db", str(path), "export", "sessions", "--format", "csv", "-o", str(first)]) == 0
    assert main(["--db", str(path), "export", "sessions", "--format", "csv", "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_text("utf-8-sig").count("\n") == 1 + 9  # header and nine Wednesdays


def test_program_and_ics(filled_db, tmp_path, capsys):
    path, house_id, activity_id = filled_db
    pdf = tmp_path / "dec.pdf"
    assert main(["--db", str(path), "program", "--house", house_id, "--month", "2026-12", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(path), "program", "--house", house_id, "--month", "december", "-o", str(pdf)]) == 1
    assert "ÅÅÅÅ-MM" in capsys.readouterr().err
    ics = tmp_path / "hus.ics"
    assert main(["--db", str(path), "ics", "--house", house_id, "-o", str(ics)]) == 0
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 9
    assert main(["--db", str(path), "ics", "--activity", activity_id, "-o", str(ics)]) == 0
    assert b"TZID:Europe/Copenhagen" in ics.read_bytes()
    assert main(["--db", str(path), "ics", "--house", "ukendt", "-o", str(ics)]) == 1


def test_screenshot_renders_each_view(filled_db, tmp_path):
    path, _, _ = filled_db
    for view in ("calendar", "settings"):
        target = tmp_path / f"{view}.png"
        assert main(["--db", str(path), "screenshot", "--view", view, "-o", str(target), "--size", "900x600"]) == 0
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_size_is_checked(filled_db, tmp_path, capsys):
    path, _, _ = filled_db
    assert main(["--db", str(path), "screenshot", "-o", str(tmp_path / "x.png"), "--size", "stor"]) == 1
    assert "BREDDExHØJDE" in capsys.readouterr().err


def test_export_json_lists_rows(filled_db, tmp_path):
    path, _, _ = filled_db
    target = tmp_path / "estates.json"
    main(["--db", str(path), "export", "estates", "-o", str(target)])
    assert [row["name"] for row in json.loads(target.read_text("utf-8"))] == ["Ellemarken"]


def test_a_command_in_its_own_process_collects_garbage_again_once_the_database_is_open(filled_db, monkeypatch,
                                                                                         tmp_path):
    """Run as the process's own command line (argv None), the collector pauses while the modules load and
    the database opens, then resumes with what the start made frozen; the ics file is the same."""
    import gc

    from boligsocial_desktop.storage import engine

    path, house_id, _ = filled_db
    seen = []
    real_open = engine.open_database

    def spying_open(**kwargs):
        seen.append(gc.isenabled())
        return real_open(**kwargs)

    monkeypatch.setattr(engine, "open_database", spying_open)
    paused, usual = tmp_path / "paused.ics", tmp_path / "usual.ics"
    monkeypatch.setattr(sys, "argv", ["boligsocial-desktop", "--db", str(path), "ics", "--house", house_id,
                                      "-o", str(paused)])
    try:
        assert main() == 0
        assert seen == [False] and gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
    assert main(["--db", str(path), "ics", "--house", house_id, "-o", str(usual)]) == 0
    assert seen == [False, True] and gc.isenabled()
    assert paused.read_bytes().replace(b"\r\n", b"\n").count(b"BEGIN:VEVENT") == \
        usual.read_bytes().replace(b"\r\n", b"\n").count(b"BEGIN:VEVENT") > 0
