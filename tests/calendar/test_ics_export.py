"""The .ics files from the calendar: edits replace the old event on re-import, on every PC alike."""

from __future__ import annotations

import shutil

import icalendar
import pytest
from sqlalchemy import update

from boligsocial_desktop.services.calendar_files import CalendarFiles
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import Activity, ActivitySession

MINUTE_MS = 60_000


def events(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


@pytest.fixture
def wall(db, monkeypatch):
    """The database clock's wall time, moved on by hand (milliseconds)."""
    now = [db.capture.clock._wall()]
    monkeypatch.setattr(db.capture.clock, "_wall", lambda: now[0])
    return now


def test_every_edit_raises_sequence_and_dtstamp(db, calendar, weekly, wall):
    info = calendar.save_series(weekly(description="Husk madpakke"))
    files = CalendarFiles(db)
    before = events(files.activity_ics(info.id)[0])
    wall[0] += MINUTE_MS
    info = calendar.update_activity(info.id, weekly(title="Lektiecafé; 1., 2. og 3. klasse"), info.version)
    middle = events(files.activity_ics(info.id)[0])
    wall[0] += MINUTE_MS
    calendar.update_activity(info.id, weekly(title="Lektiecafé, alle klasser",
                                             description="Husk madpakke\nog blyant"), info.version)
    after = events(files.activity_ics(info.id)[0])
    assert before.keys() == middle.keys() == after.keys()
    for uid in before:
        assert int(before[uid]["SEQUENCE"]) < int(middle[uid]["SEQUENCE"]) < int(after[uid]["SEQUENCE"])
        assert before[uid]["DTSTAMP"].dt < middle[uid]["DTSTAMP"].dt < after[uid]["DTSTAMP"].dt
        assert after[uid]["LAST-MODIFIED"].dt == after[uid]["DTSTAMP"].dt
        assert str(after[uid]["SUMMARY"]) == "Lektiecafé, alle klasser"
        assert str(after[uid]["DESCRIPTION"]) == "Husk madpakke\nog blyant"


def test_moving_one_session_raises_only_its_sequence(db, calendar, weekly, wall):
    info = calendar.save_series(weekly())
    files = CalendarFiles(db)
    before = events(files.activity_ics(info.id)[0])
    first = calendar.sessions_between(info.start_date, info.end_date)[0]
    wall[0] += MINUTE_MS
    calendar.cancel_session(first.id, "Sygdom")
    after = events(files.activity_ics(info.id)[0])
    changed = [uid for uid in before if int(after[uid]["SEQUENCE"]) != int(before[uid]["SEQUENCE"])]
    assert changed == [f"{first.id}@boligsocial-desktop"]
    assert int(after[changed[0]]["SEQUENCE"]) > int(before[changed[0]]["SEQUENCE"])
    assert str(after[changed[0]]["STATUS"]) == "CANCELLED"


def test_two_pcs_with_the_same_rows_write_the_same_sequence(db, calendar, weekly, place, tmp_path, backend):
    if backend != "sqlite":
        pytest.skip("copies the SQLite file as the second PC")
    info = calendar.save_series(weekly())
    info = calendar.update_activity(info.id, weekly(title="Lektiecafé, ny"), info.version)
    here = CalendarFiles(db).house_ics(place.hall.house_id)[0]
    db.dispose()
    copy = tmp_path / "other-pc.db"
    shutil.copyfile(db.path, copy)
    other = open_database(path=copy, backup_dir=tmp_path / "other-backups")
    try:
        with other.transaction() as session:  # `version` counts this PC's own writes: not shared
            for model in (Activity, ActivitySession):
                session.execute(update(model).values(version=model.version + 7, updated_at=model.updated_at)
                                .execution_options(synchronize_session=False))
        there = CalendarFiles(other).house_ics(place.hall.house_id)[0]
    finally:
        other.dispose()
    ours, theirs = events(here), events(there)
    assert ours.keys() == theirs.keys()
    for uid in ours:
        assert int(ours[uid]["SEQUENCE"]) == int(theirs[uid]["SEQUENCE"]) > 0
        assert ours[uid]["DTSTAMP"].dt == theirs[uid]["DTSTAMP"].dt
