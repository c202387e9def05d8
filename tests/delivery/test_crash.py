"""Crash safety: a Danish dialog with a copyable report, the app goes on, the database stays intact;
hard crashes leave a crash log that the next start shows; a killed save loses nothing that was saved."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
import time

import pytest
from delivery_helpers import program_env
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from boligsocial_desktop import backups
from boligsocial_desktop.crash import CrashHandler, SessionMarker, is_fatal, take_previous_crash
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.models import Estate
from boligsocial_desktop.ui.maintenance.crash_dialog import CrashDialog


@pytest.fixture
def crash_handler(qapp):
    handler = CrashHandler().install()
    yield handler
    handler.uninstall()


def test_error_in_a_slot_shows_the_dialog_and_the_program_goes_on(qtbot, app_context, crash_handler, caplog):
    db = app_context.db

    def save_then_fail() -> None:
        with db.transaction() as session:
            session.add(Estate(name="Halvt gemt"))
            session.flush()
            raise ZeroDivisionError("division by zero i testen")

    button = QPushButton("Gem")
    qtbot.addWidget(button)
    button.clicked.connect(save_then_fail)
    seen = {}

    def use_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CrashDialog)
        seen["title"] = dialog.windowTitle()
        seen["report"] = dialog.ui.reportText.toPlainText()
        seen["continue"] = dialog.ui.continueButton.text()
        dialog.ui.copyButton.click()
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["copied"] = dialog.ui.copiedLabel.text()
        dialog.ui.continueButton.click()

    QTimer.singleShot(200, use_dialog)
    with caplog.at_level(logging.CRITICAL):
        button.click()  # the slot raises; PySide hands the exception to sys.excepthook
    assert seen["title"] == "Uventet fejl"
    assert "ZeroDivisionError: division by zero i testen" in seen["report"]
    assert "Boligsocial Desktop 0." in seen["report"] and seen["clipboard"] == seen["report"]
    assert seen["copied"] == "Kopieret." and seen["continue"] == "&Arbejd videre"
    assert any("ZeroDivisionError" in record.getMessage() for record in caplog.records)
    # Nothing half-saved, the database is healthy, and the program still works.
    assert PlacesService(db).estates() == []
    PlacesService(db).create_estate("Søparken")
    assert backups.integrity_ok(db.path)


def test_fatal_errors_offer_only_to_close(danish_qapp):
    assert is_fatal(MemoryError()) and is_fatal(sqlite3.DatabaseError("database disk image is malformed"))
    assert not is_fatal(sqlite3.OperationalError("database is locked")) and not is_fatal(ValueError())
    dialog = CrashDialog("rapport", can_continue=False)
    assert dialog.ui.continueButton.isHidden() and "lukke nu" in dialog.ui.advice.text()


def test_errors_in_a_loop_stop_offering_to_go_on(qapp):
    shown, quits = [], []
    handler = CrashHandler(present=lambda report, can_continue: shown.append(can_continue) or True,
                           quit=quits.append)
    for _ in range(7):
        try:
            raise RuntimeError("igen")
        except RuntimeError as exc:
            handler.handle(type(exc), exc, exc.__traceback__)
    assert shown[:5] == [True] * 5 and shown[5:] == [False, False]
    assert quits == [1, 1]  # the program closes after the errors that may not be ignored


HARD_CRASH = """
import faulthandler, sys
from pathlib import Path
from boligsocial_desktop.crash import SessionMarker
from boligsocial_desktop.logsetup import enable_crash_log
logs = Path(sys.argv[1])
logs.mkdir(parents=True, exist_ok=True)
SessionMarker(logs).start()
enable_crash_log(logs)
faulthandler._sigsegv()
"""


def test_hard_crash_log_is_shown_at_the_next_start_once(tmp_path, danish_qapp):
    logs = tmp_path / "logs"
    crashed = subprocess.run([sys.executable, "-c", HARD_CRASH, str(logs)], capture_output=True)
    assert crashed.returncode != 0
    marker = SessionMarker(logs)
    assert marker.previous_run_ended_abnormally()
    report = take_previous_crash(logs, marker.previous_run_ended_abnormally())
    assert report is not None and "Fatal Python error" in report
    assert list(logs.glob("crash-*.log")) and not (logs / "crash.log").exists()
    assert take_previous_crash(logs) is None  # shown once
    dialog = CrashDialog(report, previous_crash=True)
    assert dialog.windowTitle() == "Programmet stoppede uventet" and dialog.ui.quitButton.isHidden()


def test_crash_log_of_a_normal_run_is_not_shown(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "crash.log").write_text("Windows fatal exception: code 0x8001010d\n")
    assert take_previous_crash(logs, ended_abnormally=False) is None
    assert not (logs / "crash.log").exists()


WRITER = """
import sys
from pathlib import Path
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.engine import open_database
db = open_database(path=Path(sys.argv[1]))
places = PlacesService(db)
n = 0
while True:
    n += 1
    places.create_estate(f"Afdeling {n:05d}", "Vej " + "x" * 150)
    print(n, flush=True)
"""


def test_killed_during_saves_the_database_stays_intact(tmp_path):
    db_path = tmp_path / "kontor.sqlite"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True,
                              env=program_env(tmp_path / "data"))
    confirmed = 0
    deadline = time.monotonic() + 60
    try:
        while confirmed < 40 and time.monotonic() < deadline:
            confirmed = int(writer.stdout.readline())
    finally:
        writer.kill()  # SIGKILL on Linux, TerminateProcess on Windows: no clean-up runs
        writer.wait()
        writer.stdout.close()
    assert confirmed >= 40
    assert db_path.with_name(db_path.name + "-wal").exists()  # killed with the write-ahead log open
    assert backups.integrity_ok(db_path)
    from boligsocial_desktop.storage.engine import open_database

    db = open_database(path=db_path)  # also the thorough check after an unclean close
    try:
        names = [e.name for e in PlacesService(db).estates()]
    finally:
        db.dispose()
    assert len(names) >= confirmed  # every save that was reported done is there
    assert names[:confirmed] == [f"Afdeling {n:05d}" for n in range(1, confirmed + 1)]
