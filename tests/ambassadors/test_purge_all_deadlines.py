"""`boligsocial-desktop purge` applies every deadline the program applies at start: ambassadors'
contact data, advice notes, and log files older than the notes deadline."""

from __future__ import annotations

import os
import time
from datetime import date, timedelta

from ambassador_helpers import person

from boligsocial_desktop.cli import main
from boligsocial_desktop.services.ambassadors import save_settings
from boligsocial_desktop.services.deadlines import apply_deadlines, enforce_deletion_deadlines


def _stopped_long_ago(ambassadors, estate_id):
    return ambassadors.create(person("Karim Saleh", estate_id, "ar", phone="22334455", scope="gemme",
                                     status="stoppet", stop_date=date.today() - timedelta(days=400),
                                     notes="Kan lide at lave mad"))


def test_purge_command_removes_expired_ambassador_contact_data(db, db_path, estates, ambassadors, capsys):
    save_settings(db, 30, 14)
    gone = _stopped_long_ago(ambassadors, estates[0].id)
    assert main(["--db", str(db_path), "purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 stoppede ambassadører skal slettes" in out and "Karim" not in out
    assert ambassadors.get(gone.id).phone is not None
    assert main(["--db", str(db_path), "purge"]) == 0
    assert "1 stoppede ambassadører er slettet" in capsys.readouterr().out
    detail = ambassadors.get(gone.id)
    assert detail.anonymised and detail.phone is None and detail.notes is None


def test_purge_command_runs_even_when_the_start_already_ran_today(db, db_path, estates, ambassadors, capsys):
    save_settings(db, 30, 14)
    enforce_deletion_deadlines(db)  # the start's daily run: nothing due yet
    gone = _stopped_long_ago(ambassadors, estates[0].id)
    assert enforce_deletion_deadlines(db) == []  # already ran today
    assert main(["--db", str(db_path), "purge"]) == 0
    assert ambassadors.get(gone.id).anonymised


def _age(path, days):
    moment = time.time() - days * 86400
    os.utime(path, (moment, moment))


def test_logs_older_than_the_notes_deadline_are_deleted(db, tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    today = date.today()
    old_day = (today - timedelta(days=500)).strftime("%Y%m%d")
    recent_day = (today - timedelta(days=20)).strftime("%Y%m%d")
    for name in (f"boligsocial-{old_day}.log", f"boligsocial-{old_day}-2.log", f"crash-{old_day}-101010.log",
                 f"boligsocial-{recent_day}.log", f"crash-{recent_day}-101010.log", "boligsocial.log.3",
                 "boligsocial.log.1", "andet.txt"):
        (logs / name).write_text("linje\n", encoding="utf-8")
    _age(logs / "boligsocial.log.3", 500)
    _age(logs / "andet.txt", 500)
    report = apply_deadlines(db, today, log_dir=logs)  # default notes deadline: 12 months
    assert sorted(path.name for path in report.logs_removed) == sorted(
        [f"boligsocial-{old_day}.log", f"boligsocial-{old_day}-2.log", f"crash-{old_day}-101010.log",
         "boligsocial.log.3"])
    assert sorted(path.name for path in logs.iterdir()) == sorted(
        [f"boligsocial-{recent_day}.log", f"crash-{recent_day}-101010.log", "boligsocial.log.1", "andet.txt"])


def test_the_log_is_rotated_by_day(tmp_path):
    import logging

    from boligsocial_desktop.logsetup import DailyFileHandler

    handler = DailyFileHandler(tmp_path / "boligsocial.log")
    try:
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "i går", None, None)
        handler.day = date.today() - timedelta(days=1)
        handler.emit(record)  # the file holds "yesterday": the first line of today moves it aside
        handler.day = date.today() - timedelta(days=1)
        handler.emit(logging.LogRecord("x", logging.INFO, __file__, 1, "i dag", None, None))
    finally:
        handler.close()
    yesterday = (date.today() - timedelta(days=1)).strftime("%Y%m%d")
    assert (tmp_path / f"boligsocial-{yesterday}.log").read_text(encoding="utf-8").strip() == "i går"
    assert (tmp_path / "boligsocial.log").read_text(encoding="utf-8").strip() == "i dag"
