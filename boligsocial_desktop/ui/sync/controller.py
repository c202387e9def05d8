"""Runs sync rounds in the background: at start, every few minutes, and when asked.

One controller per window context (`controller_for`). Every round and every status
read goes through `context.tasks.run`, so the UI never waits for the share.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from ...errors import AppError
from ...services.sharing import SharingRounds
from ...settings import Settings
from ...sync.status import SyncStatus, check_share_folder, read_status
from ..context import AppContext

if TYPE_CHECKING:
    from ...sync.engine import RoundReport

log = logging.getLogger(__name__)
INTERVAL_MS = 5 * 60 * 1000
FIRST_ROUND_DELAY_MS = 3000


class SyncController(QObject):
    status_changed = Signal(object)  # SyncStatus
    running_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.status: SyncStatus | None = None
        self.running = False
        self.error: str | None = None
        self._rounds: SharingRounds | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)

    # --- the folder --------------------------------------------------------------------

    def folder(self) -> str | None:
        share = Settings().share_dir
        return str(share) if share else None

    def choose_folder(self, folder: str, on_error) -> None:
        """Check the folder off the UI thread (a network drive can be slow), then save it and share."""
        db = self.context.db

        def saved(path: Path) -> None:
            Settings().share_dir = path
            self._rounds = None
            self.sync_now()

        self.context.tasks.run(lambda: check_share_folder(folder, db), saved, on_error)

    def stop_sharing(self) -> None:
        Settings().share_dir = None
        self._rounds = None
        self.refresh()

    # --- rounds ----------------------------------------------------------------------------

    def start(self) -> None:
        self.refresh()
        if self.folder():
            QTimer.singleShot(FIRST_ROUND_DELAY_MS, self, self.sync_now)
        self.timer.start()

    def sync_now(self) -> None:
        folder = self.folder()
        if not folder or self.running:
            if not folder:
                self.refresh()
            return
        if self._rounds is None or self._rounds.folder != folder:
            self._rounds = SharingRounds(self.context.db, folder)
        self._set_running(True)
        self.context.tasks.run(self._rounds.run_round, self._finished, self._failed)

    def refresh(self) -> None:
        db = self.context.db
        self.context.tasks.run(lambda: read_status(db), self._show, self._failed_status)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.running_changed.emit(running)

    def _finished(self, result: tuple[RoundReport, SyncStatus]) -> None:
        report, status = result
        self._set_running(False)
        self.error = report.error
        if report.error:
            self.failed.emit(report.error)
        self._show(status)

    def _failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.error = exc.message if isinstance(exc, AppError) else str(exc)
        log.error("Delingen fejlede", exc_info=exc)
        self.failed.emit(self.error)
        self.refresh()

    def _failed_status(self, exc: BaseException) -> None:
        log.error("Delingens status kunne ikke læses", exc_info=exc)

    def _show(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)


def controller_for(context: AppContext) -> SyncController:
    """The one controller of this context, made (not started) on first use."""
    controller = context.__dict__.get("_sync_controller")
    if controller is None or not shiboken6.isValid(controller):
        controller = SyncController(context)
        context.__dict__["_sync_controller"] = controller
    return controller
