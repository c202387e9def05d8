"""The program's window starts with Python's collector paused and resumes it after its first paint, with
what the start made frozen (a command resumes it once its database is open: tests/cli/test_cli.py)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from boligsocial_desktop import app as app_module
from boligsocial_desktop import start_collector
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.settings import Settings
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.ui.main_window import MainWindow


def test_the_window_collects_again_after_its_first_paint(qapp, db_path, monkeypatch):
    db = open_database(path=db_path)
    staff = StaffService(db).create("Mette Hansen", "koordinator")
    monkeypatch.setattr(app_module, "resolve_staff", lambda db, tasks=None, settings=None: staff)
    seen = []

    def window_shown() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        seen.append(gc.isenabled())
        window.first_painted.connect(lambda: QTimer.singleShot(0, leave))

    def leave() -> None:
        seen.append(gc.isenabled())
        QApplication.exit(0)

    start_collector.pause()
    try:
        QTimer.singleShot(0, window_shown)
        QTimer.singleShot(10_000, lambda: QApplication.exit(0))  # never hang: `seen` then tells what went wrong
        assert app_module.run_windows(qapp, db, None, None, Settings()) == 0
        assert seen == [False, True] and gc.get_freeze_count() > 0
    finally:
        start_collector.resume()
        gc.unfreeze()
        gc.enable()
        db.dispose()
