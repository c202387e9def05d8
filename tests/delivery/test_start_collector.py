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
    # The backups and the deletion deadlines start on timers that would outlive this test.
    monkeypatch.setattr(app_module, "start_backups", lambda context, window: None)
    monkeypatch.setattr(app_module, "enforce_deadlines", lambda context, window: None)
    seen = []
    real_resume = start_collector.resume

    def resume_and_leave() -> None:  # what the window connects to its first paint
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append(("told of the first paint", window._first_paint_told, "collecting", gc.isenabled()))
        real_resume()
        seen.append(("collecting", gc.isenabled()))
        QTimer.singleShot(0, lambda: QApplication.exit(0))

    monkeypatch.setattr(start_collector, "resume", resume_and_leave)
    give_up = QTimer(singleShot=True, interval=10_000)  # never hang: `seen` then tells what went wrong
    give_up.timeout.connect(lambda: QApplication.exit(0))
    start_collector.pause()
    try:
        give_up.start()
        assert app_module.run_windows(qapp, db, None, None, Settings()) == 0
        assert seen == [("told of the first paint", True, "collecting", False), ("collecting", True)]
        assert gc.get_freeze_count() > 0
    finally:
        give_up.stop()  # left running, it would end a later test's event loop
        real_resume()
        gc.unfreeze()
        gc.enable()
        db.dispose()
