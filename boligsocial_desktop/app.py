"""The Qt application: Danish locale and translations, the first-start questions, the main window."""

from __future__ import annotations

import getpass
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from . import start_collector
from .paths import AppPaths, NetworkDatabaseError, resources_dir
from .services.staff import StaffInfo, StaffService
from .storage.engine import Database

log = logging.getLogger(__name__)
DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


def create_application(argv: list[str] | None = None) -> QApplication:
    from .settings import APPLICATION, ORGANIZATION, ensure_identity

    app = cast(QApplication, QApplication.instance()) or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    ensure_identity()
    QLocale.setDefault(DANISH)
    install_translators(app)
    _follow_colour_scheme(app)
    icon = resources_dir() / "icons" / "boligsocial.png"
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))
    return app


def _follow_colour_scheme(app: QApplication) -> None:
    """Windows 10's classic style ignores dark mode; Fusion follows the system palette (Qt 6.5+)."""
    from PySide6.QtCore import Qt

    if sys.platform == "win32" and app.style().name().lower() == "windowsvista" \
            and app.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        app.setStyle("Fusion")


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


def show_start_problem(message: str, log_file: Path | None) -> None:
    """A start that cannot go on says why in a Danish message box: the windowed program has no console."""
    create_application()
    if log_file is not None:
        message += "\n\n" + QCoreApplication.translate("App", "Details are in the log file %1.").replace(
            "%1", str(log_file))
    QMessageBox.critical(None, "Boligsocial Desktop", message)


def offer_share_instead(problem: NetworkDatabaseError, local_database: Path) -> bool:
    """A database on a network drive is refused with the reason; its folder is offered as the shared folder
    instead, while this PC keeps its own database in `local_database`. True when the user takes the offer
    (the folder is then saved as this PC's shared folder)."""
    from .settings import Settings

    create_application()
    folder = problem.database.parent
    box = QMessageBox(QMessageBox.Icon.Warning, "Boligsocial Desktop", problem.message)
    use = None
    if folder.is_dir():
        box.setInformativeText(QCoreApplication.translate(
            "App", "Do you want to share through %1 instead? This PC then keeps its own database in %2, and the "
                   "other PCs that choose the same shared folder get its changes.")
            .replace("%1", str(folder)).replace("%2", str(local_database.parent)))
        use = box.addButton(QCoreApplication.translate("App", "Share through this folder"),
                            QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QCoreApplication.translate("App", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(use or close)
    box.exec()
    if use is None or box.clickedButton() is not use:
        log.info("Databasen på netværksdrevet blev afvist, og programmet lukkes")
        return False
    settings = Settings()
    settings.share_dir = folder
    settings.sync()
    log.info("Databasen på netværksdrevet blev afvist; mappen %s bruges i stedet som delt mappe", folder)
    return True


def resolve_staff(db: Database, tasks=None, settings=None) -> StaffInfo | None:
    """The staff member mapped to this Windows user; on a database without staff, the first-start wizard."""
    from .ui.dialogs import SignInDialog

    service = StaffService(db)
    username = getpass.getuser()
    staff = service.find_by_os_user(username)
    if staff is not None and not (staff.is_adviser and not staff.has_pin):
        return service.resume(staff.id)  # an adviser's key from their own credential store, if kept there
    if service.list_staff():  # (an adviser without a PIN chooses one in the dialog first)
        dialog = SignInDialog(service, username, remember_default=True, preselect_id=staff.id if staff else None)
        return dialog.staff if dialog.exec() else None
    from .ui.first_start import FirstStartWizard
    from .ui.tasks import ImmediateTaskRunner

    wizard = FirstStartWizard(db, tasks or ImmediateTaskRunner(), username, settings)
    return wizard.staff if wizard.exec() else None


def install_excepthook(show_dialog: bool = True):
    """The crash handler (crash.py): log, Danish dialog with a copyable report, go on when safe."""
    from .crash import CrashHandler

    return CrashHandler(show_dialog=show_dialog).install()


REPORT_FIRST_PAINT = "BOLIGSOCIAL_REPORT_FIRST_PAINT"
FIRST_PAINT_MARKER = "BOLIGSOCIAL_FIRST_PAINT_MARKER"


def report_first_paint(window, marker: str | None = None) -> None:
    """For the start-up benchmark and the installer check: when the window is first painted, print a line
    (or, for the windowed program, which has no stdout, write "painted" to the file `marker`), then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                if marker:
                    Path(marker).write_text("painted\n", encoding="utf-8")
                else:
                    print("painted", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    window._first_paint_filter = FirstPaint(window)
    window.installEventFilter(window._first_paint_filter)


def run_gui(db: Database | Callable[[], Database], argv: list[str] | None = None, *,
            paths: AppPaths | None = None, instance_key: str | None = None) -> int:
    """Start the program. With `paths`, only one process per user and database runs (a second start
    raises the first window), the crash log of a crashed last run is shown, and backups are taken."""
    from .crash import ENV_NO_DIALOG, SessionMarker, take_previous_crash
    from .logsetup import enable_crash_log, install_qt_message_handler
    from .settings import Settings
    from .single_instance import SingleInstance

    app = create_application(argv)
    install_excepthook(show_dialog=not os.environ.get(ENV_NO_DIALOG))
    install_qt_message_handler()
    instance = marker = None
    previous_crash = None
    if paths is not None:
        instance = SingleInstance(instance_key or str(paths.database.resolve()), paths.data_dir)
        if not instance.acquire():
            if not instance.answered_by_first:
                QMessageBox.information(None, "Boligsocial Desktop", QCoreApplication.translate(
                    "App", "Boligsocial Desktop is already running, but does not answer. Wait a moment and try again."))
            return 0
        from .ui.maintenance import BACKUP_DIR_PROPERTY

        app.setProperty(BACKUP_DIR_PROPERTY, str(paths.backups))
        marker = SessionMarker(paths.logs)
        previous_crash = take_previous_crash(paths.logs, marker.previous_run_ended_abnormally())
        enable_crash_log(paths.logs)
        marker.start()
    try:
        return run_windows(app, db, previous_crash, instance, Settings())
    finally:
        if marker is not None:
            marker.finish()
        if instance is not None:
            instance.release()


DEADLINE_CHECK_DELAY_MS = 3_000


def enforce_deadlines(context, window) -> None:
    """Once a day, on the worker: delete what is past the office's deletion deadlines; say so in the status bar."""
    from .services.deadlines import enforce_deletion_deadlines

    db = context.db

    def done(messages: list[str]) -> None:
        if messages:
            window.statusBar().showMessage(" ".join(messages), 15_000)

    context.tasks.run(lambda: enforce_deletion_deadlines(db), done)


def start_backups(context, window) -> None:
    """The daily automatic backup (its first check comes well after the start), kept alive by the window."""
    from .ui.maintenance.backup_panel import BackupScheduler

    window.backup_scheduler = BackupScheduler(context, window)


def open_with_retry(opener: Callable[[], Database], ask_retry: Callable[[str], bool]) -> Database:
    """Open the database; while the server is unreachable, show why and let the user try again.
    Annuller raises ServerGivenUpError: the user has read the message once, it is not shown again."""
    from .storage.postgres import ServerGivenUpError, ServerUnavailableError

    while True:
        try:
            return opener()
        except ServerUnavailableError as exc:
            log.warning("Databaseserveren svarer ikke: %s", exc.message)
            if not ask_retry(exc.message):
                raise ServerGivenUpError(exc.message) from exc


def _ask_retry(message: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, "Boligsocial Desktop", message,
                      QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Retry).setText(QCoreApplication.translate("App", "&Try again"))
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("App", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    return box.exec() == QMessageBox.StandardButton.Retry


REOPEN_AFTER_RESTORE = 75  # the exit code of the event loop when a restore asks for the restored data


def run_windows(app: QApplication, db_or_opener, previous_crash: str | None, instance, settings) -> int:
    """The main window; after a restore (REOPEN_AFTER_RESTORE) the database is opened again and a new
    window shows the restored data, in the same process (so the single-instance lock stays held)."""
    while True:
        code = _run_window(app, db_or_opener, previous_crash, instance, settings)
        if code != REOPEN_AFTER_RESTORE:
            return code
        if not callable(db_or_opener):  # a database handed in cannot be opened again
            return 0
        log.info("Databasen åbnes igen efter gendannelsen")
        previous_crash = None


def _run_window(app: QApplication, db_or_opener, previous_crash: str | None, instance, settings) -> int:
    from .errors import AppError
    from .services.office import database_is_empty
    from .single_instance import bring_to_front
    from .storage.postgres import ServerGivenUpError
    from .ui.context import AppContext
    from .ui.main_window import MainWindow
    from .ui.tasks import TaskRunner

    try:
        db = open_with_retry(db_or_opener, _ask_retry) if callable(db_or_opener) else db_or_opener
    except ServerGivenUpError:
        return 1  # Annuller: the message was shown once, in the question
    except AppError as exc:  # e.g. a damaged database: the installed program has no console to print to
        log.error("Databasen kunne ikke åbnes: %s", exc.message)
        QMessageBox.critical(None, "Boligsocial Desktop", exc.message)
        return 1
    if previous_crash:
        from .ui.maintenance.crash_dialog import CrashDialog

        CrashDialog(previous_crash, previous_crash=True).exec()
    tasks = TaskRunner(on_unhandled_error=lambda exc: sys.excepthook(type(exc), exc, exc.__traceback__))
    window = raise_connection = context = None
    try:
        staff = resolve_staff(db, tasks, settings)
        if staff is None:
            return 0
        context = AppContext(db=db, tasks=tasks, staff=staff)
        window = MainWindow(context, offer_demo=not settings.first_start_done and database_is_empty(db))
        window.restore_geometry(settings)
        if instance is not None:
            raise_connection = instance.raise_requested.connect(lambda: bring_to_front(window))
        window.first_painted.connect(lambda: start_backups(context, window))
        window.first_painted.connect(start_collector.resume)  # paused by a process started for the window
        reporting = os.environ.get(REPORT_FIRST_PAINT) or os.environ.get(FIRST_PAINT_MARKER)
        if reporting:
            report_first_paint(window, os.environ.get(FIRST_PAINT_MARKER))
        window.show()
        log.info("Hovedvinduet vises")
        if not reporting:
            QTimer.singleShot(DEADLINE_CHECK_DELAY_MS, lambda: enforce_deadlines(context, window))
        return app.exec()
    finally:
        if raise_connection is not None:
            instance.raise_requested.disconnect(raise_connection)
        if window is not None:
            window.close()
            window.deleteLater()
        controller = context.__dict__.get("_sync_controller") if context is not None else None
        if controller is not None:  # no timer of the closed window's sharing may touch the old database
            controller.timer.stop()
            controller.deleteLater()
        tasks.shutdown()
        db.dispose()
