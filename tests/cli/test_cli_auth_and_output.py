"""The command line authenticates (--staff with a PIN), refuses -o on the database, backups or share,
audits restores."""

from __future__ import annotations

import hashlib
import json
from datetime import date, time

import pytest
from sqlalchemy import select

from boligsocial_desktop.cli import main
from boligsocial_desktop.domain.enums import Recurrence
from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.settings import Settings
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import AdviceCase, AuditEntry


@pytest.fixture
def office(tmp_path, monkeypatch):
    monkeypatch.delenv("BOLIGSOCIAL_PIN", raising=False)
    data = tmp_path / "data"
    data.mkdir()
    path = data / "boligsocial.sqlite"
    db = open_database(path=path)
    places = PlacesService(db)
    estate = places.create_estate("Ellemarken")
    house = places.create_house(estate.id, "Fælleshuset")
    room = places.create_room(house.id, "Salen", 50)
    activity = CalendarService(db).save_series(ActivityDraft(
        title="Fællesspisning", estate_id=estate.id, room_id=room.id, recurrence=Recurrence.WEEKLY,
        start_date=date(2026, 12, 2), end_date=date(2027, 1, 27), start_time=time(17, 30), end_time=time(20)))
    staff = StaffService(db)
    staff.create("Nese Yilmaz", "rådgiver", initials="NY", pin="4711")
    staff.create("Mie Holm", "medhjælper", initials="MH")
    with db.transaction() as s:
        s.add(AdviceCase(name="Fatima Hassan", consent_kind="mundtligt", consent_date=date(2026, 1, 5),
                         consent_scope="gæld"))
    db.dispose()
    return {"db": path, "house": house.id, "activity": activity.id, "tmp": tmp_path}


def cli(office, *args: str) -> int:
    return main(["--db", str(office["db"]), *args])


def audits(office, action: str) -> list[AuditEntry]:
    db = open_database(path=office["db"])
    try:
        with db.reading() as s:
            return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))
    finally:
        db.dispose()


# --- PIN ---------------------------------------------------------------------------------------


def test_staff_with_a_pin_and_no_pin_fails_in_danish(office, capsys):
    target = office["tmp"] / "sager.json"
    assert cli(office, "export", "advice_cases", "--staff", "NY", "-o", str(target)) == 1
    err = capsys.readouterr().err
    assert "pinkode" in err and "BOLIGSOCIAL_PIN" in err and "--pin-file" in err
    assert not target.exists()


def test_pin_from_the_environment(office, monkeypatch):
    monkeypatch.setenv("BOLIGSOCIAL_PIN", "4711")
    target = office["tmp"] / "sager.json"
    assert cli(office, "export", "advice_cases", "--staff", "Nese Yilmaz", "-o", str(target)) == 0
    assert json.loads(target.read_text("utf-8"))[0]["name"] == "Fatima Hassan"
    assert len(audits(office, "log ind")) == 1 and len(audits(office, "eksport")) == 1


def test_pin_from_a_file(office):
    pin = office["tmp"] / "pin.txt"
    pin.write_text("4711\n", encoding="utf-8")
    target = office["tmp"] / "sager.json"
    assert cli(office, "export", "advice_cases", "--staff", "ny", "--pin-file", str(pin), "-o", str(target)) == 0
    assert target.exists()


def test_a_wrong_pin_is_refused_and_audited(office, monkeypatch, capsys):
    monkeypatch.setenv("BOLIGSOCIAL_PIN", "1234")
    target = office["tmp"] / "sager.json"
    assert cli(office, "export", "advice_cases", "--staff", "NY", "-o", str(target)) == 1
    assert "Pinkoden er forkert" in capsys.readouterr().err
    assert not target.exists() and len(audits(office, "forkert pinkode")) == 1
    assert audits(office, "eksport") == []


def test_pin_is_asked_for_in_a_window(office, monkeypatch):
    import getpass
    import sys

    class Tty:
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Tty())
    asked = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: asked.append(prompt) or "4711")
    target = office["tmp"] / "sager.json"
    assert cli(office, "export", "advice_cases", "--staff", "NY", "-o", str(target)) == 0
    assert asked == ["Pinkode for Nese Yilmaz: "]


def test_a_helper_cannot_export_named_cases(office, capsys):
    target = office["tmp"] / "sager.json"
    assert cli(office, "export", "advice_cases", "--staff", "MH", "-o", str(target)) == 1
    assert "personoplysninger" in capsys.readouterr().err and not target.exists()


def test_without_staff_personal_columns_are_masked(office, capsys):
    target = office["tmp"] / "staff.json"
    assert cli(office, "export", "staff_members", "-o", str(target)) == 0
    assert "pbkdf2" not in target.read_text("utf-8")
    assert "skjult" in capsys.readouterr().err


# --- -o ----------------------------------------------------------------------------------------


def _commands(office, output: str) -> dict[str, list[str]]:
    return {
        "export": ["export", "estates", "-o", output],
        "report": ["report", "--from", "01-12-2026", "--to", "31-12-2026", "--format", "csv", "-o", output],
        "flyer": ["flyer", office["activity"], "-o", output],
        "ics": ["ics", "--house", office["house"], "-o", output],
        "program": ["program", "--house", office["house"], "--month", "2026-12", "-o", output],
        "screenshot": ["screenshot", "--size", "600x400", "-o", output],
        "backup": ["backup", "-o", output],
    }


FORBIDDEN = ("database", "wal", "shm", "backups", "chosen-backups", "share")
COMMANDS = ("export", "report", "flyer", "ics", "program", "screenshot", "backup")


def _forbidden_target(office, kind: str):
    db = office["db"]
    share = office["tmp"] / "fælles"
    chosen = office["tmp"] / "kopier"
    for folder in (share, chosen, db.parent / "backups"):
        folder.mkdir(exist_ok=True)
    settings = Settings()
    settings.share_dir = share
    settings.backup_dir = chosen
    settings.sync()
    return {"database": db, "wal": db.with_name(db.name + "-wal"), "shm": db.with_name(db.name + "-shm"),
            "backups": db.parent / "backups" / "x.pdf", "chosen-backups": chosen / "x.pdf",
            "share": share / "x.pdf"}[kind]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", FORBIDDEN)
@pytest.mark.parametrize("command", COMMANDS)
def test_o_on_the_database_backups_or_share_is_refused(office, command, kind, capsys):
    target = _forbidden_target(office, kind)
    existed = target.exists()
    before = _digest(office["db"])
    assert cli(office, *_commands(office, str(target))[command]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fejl: ") and ("database" in err or "sikkerhedskopier" in err or "fælles mappe" in err)
    assert _digest(office["db"]) == before
    assert target.exists() == existed


@pytest.mark.parametrize("command", COMMANDS)
def test_o_as_a_folder_or_in_a_missing_folder_gets_a_danish_message(office, command, capsys):
    folder = office["tmp"] / "ud"
    folder.mkdir()
    assert cli(office, *_commands(office, str(folder))[command]) == 1
    assert "er en mappe" in capsys.readouterr().err
    missing = office["tmp"] / "findes-ikke" / "fil.pdf"
    assert cli(office, *_commands(office, str(missing))[command]) == 1
    assert "findes ikke" in capsys.readouterr().err and not missing.parent.exists()


def test_o_beside_the_database_with_another_name_is_fine(office):
    target = office["db"].parent / "huse.ics"
    assert cli(office, "ics", "--house", office["house"], "-o", str(target)) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")


# --- screenshot and restore ----------------------------------------------------------------------


def test_screenshot_is_taken_as_a_neutral_user(office, monkeypatch):
    import getpass

    from boligsocial_desktop import screenshot

    db = open_database(path=office["db"])
    adviser = next(m for m in StaffService(db).list_staff() if m.initials == "NY")
    StaffService(db).link_os_user(adviser.id, getpass.getuser())
    db.dispose()
    seen = []
    real = screenshot.render_view

    def spy(db, view, output, width, height, activity_id=None):
        from boligsocial_desktop.ui import context

        original = context.AppContext.__init__

        def init(self, *args, **kwargs):
            seen.append(kwargs.get("staff"))
            original(self, *args, **kwargs)

        monkeypatch.setattr(context.AppContext, "__init__", init)
        real(db, view, output, width, height, activity_id=activity_id)

    monkeypatch.setattr(screenshot, "render_view", spy)
    target = office["tmp"] / "raadgivning.png"
    assert cli(office, "screenshot", "--view", "visits", "--size", "800x600", "-o", str(target)) == 0
    assert seen and seen[0].id != adviser.id and seen[0].name == "Demo" and not seen[0].is_adviser


def test_a_restore_is_audited(office, capsys):
    copy = office["tmp"] / "kopi.sqlite"
    assert cli(office, "backup", "-o", str(copy)) == 0
    assert cli(office, "restore", str(copy)) == 0
    entries = audits(office, "gendan sikkerhedskopi")
    assert len(entries) == 1 and "kopi.sqlite" in entries[0].detail and "kommandolinje" in entries[0].detail


def test_the_first_adviser_sign_in_seals_and_the_file_then_holds_no_name(office, monkeypatch):
    """The command line's sign-in with the PIN opens the advisers' key: the older database's plain case is
    sealed then, the export (by that adviser) is readable, and the file itself holds no name."""
    import sqlite3
    from contextlib import closing

    monkeypatch.setenv("BOLIGSOCIAL_PIN", "4711")
    target = office["tmp"] / "sager.json"
    assert cli(office, "export", "advice_cases", "--staff", "NY", "-o", str(target)) == 0
    assert json.loads(target.read_text("utf-8"))[0]["name"] == "Fatima Hassan"
    with closing(sqlite3.connect(office["db"])) as raw:
        names = [n for (n,) in raw.execute("SELECT name FROM advice_cases")]
        outbox = " ".join(f for (f,) in raw.execute("SELECT fields FROM outbox WHERE exported = 0"))
    assert names[0].startswith("bsv1:") and "Fatima" not in outbox
