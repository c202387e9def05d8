"""The sharing status in the main window's status bar: last round, PCs, conflicts, problems."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QToolButton, QWidget

from ...domain.danish import clock, long_date
from ...sync.status import SyncStatus
from ..status_colours import themed
from .controller import SyncController, controller_for
from .models import when

if TYPE_CHECKING:
    from ..main_window import MainWindow

ERROR_STYLE = "color: #b00020;"


def needs_update(status: SyncStatus | None) -> bool:
    return bool(status and status.last_round and status.last_round.needs_update)


def update_message() -> str:
    return QCoreApplication.translate("SyncStatusButton", "Another PC uses a newer version of the programme. "
                                      "Install the update here too, so that its changes can be used.")


class SyncStatusButton(QToolButton):
    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(self.tr("Sharing status"))
        controller.status_changed.connect(self.show_status)
        controller.running_changed.connect(self.refresh)  # bound slots: disconnected when the button goes
        controller.failed.connect(self.refresh)
        self.show_status(controller.status)  # what the controller already knows (None before its first read)

    def refresh(self, *_args) -> None:
        self.show_status(self.controller.status)

    def show_status(self, status: SyncStatus | None) -> None:
        controller = self.controller
        problems = len(status.serious_problems) if status else 0
        conflicts = status.open_conflicts if status else 0
        if not controller.folder():
            text = self.tr("Sharing: off")
        elif controller.running:
            text = self.tr("Sharing…")
        elif controller.error:
            text = self.tr("Sharing failed")
        elif status is not None and status.last_ok is not None:
            text = self.tr("Shared %1").replace("%1", clock(status.last_ok.astimezone().time()))
        else:
            text = self.tr("Not shared yet")
        parts = [text]
        if status is not None and controller.folder():
            peers = len(status.peers)
            parts.append(self.tr("1 other PC") if peers == 1 else self.tr("%1 other PCs").replace("%1", str(peers)))
            if conflicts:
                parts.append(self.tr("1 conflict") if conflicts == 1
                             else self.tr("%1 conflicts").replace("%1", str(conflicts)))
            if problems:
                parts.append(self.tr("1 problem") if problems == 1
                             else self.tr("%1 problems").replace("%1", str(problems)))
            if status.waiting:
                parts.append(self.tr("waiting for changes"))
            if needs_update(status):
                parts.append(self.tr("update needed"))
        self.setText(" · ".join(parts))
        alarming = bool(controller.error or problems or (status and status.conflicts_needing_decision)
                        or needs_update(status))
        self.setStyleSheet(themed(ERROR_STYLE if alarming else ""))
        self.setToolTip(self._details(status))

    def _details(self, status: SyncStatus | None) -> str:
        controller = self.controller
        if not controller.folder():
            return self.tr("The PCs do not share data yet. Choose a shared folder under Settings > Sharing.")
        lines = [self.tr("Shared folder: %1").replace("%1", html.escape(controller.folder() or ""))]
        if controller.error:
            lines.append(f"<span style='{ERROR_STYLE}'>{html.escape(controller.error)}</span>")
        if status is None:
            return "<br>".join(lines)
        if needs_update(status):
            lines.append(f"<span style='{ERROR_STYLE}'>{html.escape(update_message())}</span>")
        if status.last_ok is not None:
            local = status.last_ok.astimezone()
            lines.append(self.tr("Last shared: %1 %2").replace("%1", long_date(local.date()))
                         .replace("%2", clock(local.time())))
        lines.append(self.tr("Changes waiting to be sent: %1").replace("%1", str(status.pending_changes)))
        if status.peers:
            lines.append(self.tr("PCs seen:"))
            lines += [
                f"&nbsp;&nbsp;{html.escape(p.name or p.origin[:8])} – {when(p.last_contact)}" for p in status.peers
            ]
        for waiting in status.waiting:
            lines.append(html.escape(waiting))
        if status.open_conflicts:
            lines.append(self.tr("Open conflicts: %1").replace("%1", str(status.open_conflicts)))
        for problem in status.serious_problems[:5]:
            lines.append(html.escape(f"{problem.path.rsplit('/', 1)[-1]}: {problem.detail}"))
        return "<br>".join(lines)


def install_sync_status(window: MainWindow) -> SyncStatusButton:
    """The main window's hook: the status button, which opens Settings > Sharing. The window starts the
    rounds (`button.controller.start()`) once it is on the screen."""
    controller = controller_for(window.context)
    if controller.parent() is None:
        controller.setParent(window)  # its timers end with the window
    button = SyncStatusButton(controller, window)
    window.statusBar().addPermanentWidget(button)

    def open_tab() -> None:
        from ..settings_page import SettingsPage

        window.show_page("settings")
        page = window.pages.get("settings")
        if isinstance(page, SettingsPage):
            page.ui.tabs.setCurrentWidget(page.sync_tab)

    button.clicked.connect(open_tab)
    return button
