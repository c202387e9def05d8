"""After a restore the program opens the restored data itself, in a new window, without a restart."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from boligsocial_desktop import app as app_module
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.settings import Settings
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.ui.main_window import MainWindow
from boligsocial_desktop.ui.maintenance import backup_panel


def test_the_restore_exit_code_opens_the_database_again_in_a_new_window(qapp, db_path, monkeypatch):
    first = open_database(path=db_path)
    staff = StaffService(first).create("Mette Hansen", "koordinator")
    PlacesService(first).create_estate("Søparken")
    first.dispose()
    monkeypatch.setattr(app_module, "resolve_staff", lambda db, tasks=None, settings=None: staff)
    # The backups and the deletion deadlines start on timers that would outlive this test.
    monkeypatch.setattr(app_module, "start_backups", lambda context, window: None)
    monkeypatch.setattr(app_module, "enforce_deadlines", lambda context, window: None)
    opened, seen = [], []

    def opener():
        opened.append(open_database(path=db_path))
        return opened[-1]

    def look_and_leave():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append((window, [e.name for e in PlacesService(window.context.db).estates()]))
        if len(opened) == 1:
            backup_panel._reopen_restored()  # what the backup panel does once the restore is done
        else:
            QApplication.exit(0)

    real_run_window = app_module._run_window

    def run_window(*args):
        QTimer.singleShot(50, look_and_leave)
        return real_run_window(*args)

    monkeypatch.setattr(app_module, "_run_window", run_window)
    assert app_module.run_windows(qapp, opener, None, None, Settings()) == 0
    assert len(opened) == 2 and len(seen) == 2 and seen[0][0] is not seen[1][0]
    assert seen[0][1] == seen[1][1] == ["Søparken"]
