"""Sikkerhedskopier under Indstillinger: the daily automatic copy, taking one now, and restoring.

Restoring replaces the database under the running program, so it closes the engine on
the background worker, restores (backups.restore checks the file and keeps the current
database aside) and then asks the user to start the program again: the window closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QMessageBox, QWidget

from ...domain.danish import clock, number, short_date
from ...paths import resolve_paths
from ...services.backup_copies import BackupCopies, BackupInfo, RestoreResult
from ...settings import Settings
from ..context import AppContext
from ..forms.maintenance_backup_panel_ui import Ui_BackupPanel
from ..messages import show_error
from ..table_model import Column, TableModel
from . import BACKUP_DIR_PROPERTY

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 20_000  # leave the start-up to the pages
CHECK_EVERY_MS = 60 * 60 * 1000  # an office PC may run for days



def default_backup_folder(context: AppContext) -> Path | None:
    """The chosen backup folder, else the data folder's backups/ (as the command line uses)."""
    db_path = context.db.path
    if db_path is None:
        return None
    app = QApplication.instance()
    started_with = app.property(BACKUP_DIR_PROPERTY) if app is not None else None
    return Settings().backup_folder(Path(started_with) if started_with else resolve_paths(db_path).backups)


def backup_copies(context: AppContext) -> BackupCopies | None:
    """This PC's database and backup folder, with the shared folder whose office key seals the copies."""
    db_path, folder = context.db.path, default_backup_folder(context)
    if db_path is None or folder is None:
        return None
    return BackupCopies(db_path, folder, Settings().share_dir)


def taken_text(moment: datetime) -> str:
    return f"{short_date(moment.date())} {clock(moment.time())}"


class BackupTableModel(TableModel[BackupInfo]):
    def declare_columns(self) -> list[Column[BackupInfo]]:
        return [
            Column(self.tr("Taken"), lambda info: taken_text(info.taken_at)),
            Column(self.tr("Size"), lambda info: self.tr("%1 MB").replace("%1", number(info.size_bytes / 1_000_000, 1)),
                   align=Qt.AlignmentFlag.AlignRight),
        ]

    def row_roles(self) -> dict[int, Callable[[BackupInfo], Any]]:
        return {Qt.ItemDataRole.ToolTipRole: lambda info: str(info.path)}

    def backup_at(self, row: int) -> BackupInfo | None:
        return self.row_at(row)


def _reopen_restored() -> None:
    """Leave the event loop with the code that makes the program open the restored database again."""
    from ...app import REOPEN_AFTER_RESTORE

    QApplication.exit(REOPEN_AFTER_RESTORE)


class BackupPanel(QWidget):
    restored = Signal(object)  # RestoreResult

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 quit_after_restore: Callable[[], None] | None = None):
        super().__init__(parent)
        self.context = context
        self.settings = Settings()
        self.ui = Ui_BackupPanel()
        self.ui.setupUi(self)
        self.model = BackupTableModel(self)
        self.ui.backupTable.setModel(self.model)
        header = self.ui.backupTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.backupTable.verticalHeader().hide()
        self._quit = quit_after_restore or _reopen_restored
        self.ui.autoCheck.setChecked(self.settings.auto_backup)
        self.ui.autoCheck.toggled.connect(self._auto_toggled)
        self.ui.keepLabel.setText(self.tr("The newest backup of each of the last %1 days, %2 weeks and %3 months "
                                          "is kept; older ones are deleted.")
                                  .replace("%1", str(self.settings.keep_daily))
                                  .replace("%2", str(self.settings.keep_weekly))
                                  .replace("%3", str(self.settings.keep_monthly)))
        self.ui.backupNowButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.restoreFileButton.clicked.connect(self.restore_from_file)
        self.ui.chooseFolderButton.clicked.connect(self.choose_folder)
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        self.ui.backupTable.activated.connect(lambda _index: self.restore_selected())
        if context.db.path is None:
            self.setEnabled(False)
            self.ui.statusLabel.setText(self.tr("Backups are made only of a database on this PC."))
        self.refresh()

    @property
    def folder(self) -> Path | None:
        return default_backup_folder(self.context)

    def refresh(self) -> None:
        folder = self.folder
        self.ui.folderValue.setText(str(folder) if folder else "–")
        if folder is None:
            return
        copies = backup_copies(self.context)
        if copies is not None:
            self.context.tasks.run(copies.taken, self._show)

    def _show(self, rows: list[BackupInfo]) -> None:
        self.model.set_rows(rows)
        self.ui.restoreButton.setEnabled(bool(rows))
        if rows:
            self.ui.backupTable.selectRow(0)

    def _auto_toggled(self, on: bool) -> None:
        self.settings.auto_backup = on

    def _selected(self) -> BackupInfo | None:
        index = self.ui.backupTable.currentIndex()
        return self.model.backup_at(index.row()) if index.isValid() else None

    def backup_now(self) -> None:
        copies = backup_copies(self.context)
        if copies is None:
            return
        self.ui.statusLabel.setText(self.tr("Taking a backup…"))

        def done(path: Path) -> None:
            self.ui.statusLabel.setText(self.tr("Backup saved: %1").replace("%1", path.name))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.ui.statusLabel.clear()
            show_error(self, exc)

        self.context.tasks.run(copies.take, done, failed)

    def choose_folder(self) -> None:
        current = str(self.folder or "")
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), current)
        if chosen:
            self.settings.backup_dir = Path(chosen)
            self.refresh()

    def open_folder(self) -> None:
        folder = self.folder
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore_selected(self) -> None:
        info = self._selected()
        if info is not None:
            self.restore(info.path, taken_text(info.taken_at))

    def restore_from_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(self.folder or ""),
                                                self.tr("Backups (*.bsbak *.sqlite *.db);;All files (*)"))
        if chosen:
            self.restore(Path(chosen), Path(chosen).name)

    def restore(self, backup_file: Path, label: str) -> None:
        """Check the file, ask, close the database, restore, and open the restored data (`_quit`)."""
        db, copies = self.context.db, backup_copies(self.context)
        if copies is None:
            return

        def checked(_revision) -> None:
            answer = QMessageBox.question(
                self, self.tr("Restore backup"),
                self.tr("Restore the database from the backup of %1?\n\nEverything entered since then disappears "
                        "from this PC. The database you have now is kept aside in the backup folder.\n\n"
                        "The program then opens the restored data by itself.").replace("%1", label),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                self.ui.statusLabel.clear()
                return
            self.ui.statusLabel.setText(self.tr("Restoring…"))
            self.context.tasks.run(restore_now, finished, failed)

        def check() -> str | None:
            return copies.check(backup_file)  # refused here, before asking, when damaged or not the office's

        def restore_now() -> RestoreResult:
            db.dispose()  # on the worker, so no other database work runs meanwhile
            staff = self.context.staff
            return copies.restore(backup_file, staff.id if staff else None)

        def finished(result: RestoreResult) -> None:
            self.restored.emit(result)
            QMessageBox.information(
                self, self.tr("Backup restored"),
                self.tr("The database has been restored. The one you had before is kept as %1.\n\n"
                        "The program opens the restored data now.")
                .replace("%1", result.kept_aside.name if result.kept_aside else "–"))
            self._quit()

        def failed(exc: BaseException) -> None:
            self.ui.statusLabel.clear()
            show_error(self, exc, self.tr("The backup cannot be restored"))

        self.ui.statusLabel.setText(self.tr("Checking the backup…"))
        self.context.tasks.run(check, checked, failed)


class BackupScheduler(QObject):
    """Takes the daily backup a little after the start, and checks again every hour."""

    made = Signal(object)
    failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None, first_ms: int = FIRST_CHECK_MS,
                 every_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check_now)
        QTimer.singleShot(first_ms, self, self.check_now)
        self.timer.start()

    def check_now(self) -> None:
        settings, copies = Settings(), backup_copies(self.context)
        if not settings.auto_backup or copies is None or not copies.due():
            return
        daily, weekly, monthly = settings.keep_daily, settings.keep_weekly, settings.keep_monthly

        def failed(exc: BaseException) -> None:
            log.warning("Den automatiske sikkerhedskopi mislykkedes: %s", exc)
            self.failed.emit(getattr(exc, "message", str(exc)))

        def taken(path: Path | None) -> None:
            if path is not None:
                self.made.emit(path)

        self.context.tasks.run(lambda: copies.take_daily(daily, weekly, monthly), taken, failed)
