"""The Qt application: Danish locale and translations, the first-start questions, the main window."""

from __future__ import annotations

import getpass
import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from .paths import resources_dir
from .services.staff import StaffInfo, StaffService
from .storage.engine import Database

log = logging.getLogger(__name__)
DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName("Boligsocial")
    QCoreApplication.setApplicationName("Boligsocial Desktop")
    QLocale.setDefault(DANISH)
    install_translators(app)
    return app


def install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own Danish strings first, then ours (one .qm per feature)."""
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(Path(qt_dir), "qtbase_da.qm")]
    candidates += [(path.parent, path.name) for path in sorted((resources_dir() / "translations").glob("*_da.qm"))]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("Oversættelsen %s kunne ikke indlæses fra %s", name, folder)
    app.setProperty("boligsocial_translators", translators)
    return translators


def resolve_staff(db: Database) -> StaffInfo | None:
    """The staff member mapped to this Windows user; asks once when there is none."""
    from .ui.dialogs import NewStaffDialog, SignInDialog

    service = StaffService(db)
    username = getpass.getuser()
    staff = service.find_by_os_user(username)
    if staff is not None:
        return staff
    dialog = (SignInDialog(service, username, remember_default=True) if service.list_staff()
              else NewStaffDialog(service, username))
    return dialog.staff if dialog.exec() else None


def install_excepthook() -> None:
    def show_crash(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("Uventet fejl", exc_info=(kind, value, tb))
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("App", "Unexpected error"),
                QCoreApplication.translate("App", "Something went wrong: %1\n\nThe details are written to the log file. "
                                                  "Your saved data is not affected.").replace("%1", str(value)),
            )

    sys.excepthook = show_crash


REPORT_FIRST_PAINT = "BOLIGSOCIAL_REPORT_FIRST_PAINT"


def report_first_paint(window) -> None:
    """For the start-up benchmark: print a line when the window is first painted, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                print("painted", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    window._first_paint_filter = FirstPaint(window)
    window.installEventFilter(window._first_paint_filter)


def run_gui(db: Database, argv: list[str] | None = None) -> int:
    from .services.office import database_is_empty
    from .ui.context import AppContext
    from .ui.main_window import MainWindow
    from .ui.tasks import TaskRunner

    app = create_application(argv)
    install_excepthook()
    staff = resolve_staff(db)
    if staff is None:
        return 0
    tasks = TaskRunner()
    context = AppContext(db=db, tasks=tasks, staff=staff)
    window = MainWindow(context, offer_demo=database_is_empty(db))
    window.restore_geometry(QSettings())
    if os.environ.get(REPORT_FIRST_PAINT):
        report_first_paint(window)
    window.show()
    try:
        return app.exec()
    finally:
        tasks.shutdown()
