"""The Hjælp menu's user guide (docs/guide, bundled with the installed program, shown in the program's
own help window) and log folder."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ...paths import resolve_paths
from ..help.guide import guide_dir

__all__ = ["add_help_actions", "guide_dir"]


class _HelpActions(QObject):
    def __init__(self, window: QWidget, menu: QMenu):
        super().__init__(window)
        self.window = window
        self.guide = QAction(self.tr("&User guide"), window)
        self.guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide.setToolTip(self.tr("Open the user guide: one page per task"))
        self.guide.triggered.connect(self.open_guide)
        self.logs = QAction(self.tr("Show the &log files"), window)
        self.logs.setToolTip(self.tr("Open the folder with the program's log files, for whoever helps you"))
        self.logs.triggered.connect(self.open_logs)
        existing = menu.actions()
        if existing:
            menu.insertActions(existing[0], [self.guide, self.logs])
            menu.insertSeparator(existing[0])
        else:
            menu.addActions([self.guide, self.logs])

    def open_guide(self) -> bool:
        """The guide in the program's help window, at the page (and tab's section) of the current view."""
        folder = guide_dir()
        if not (folder / "README.md").exists():
            QMessageBox.information(self.window, self.tr("User guide"),
                                    self.tr("The user guide is in the folder %1.").replace("%1", str(folder)))
            return False
        from ..help.window import show_help

        show_help(self.window)
        return True

    def open_logs(self) -> None:
        from ...logsetup import current_log_dir

        folder = current_log_dir() or resolve_paths().logs
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def add_help_actions(window: QWidget, menu: QMenu) -> _HelpActions:
    """The actions live as long as the window, their parent."""
    return _HelpActions(window, menu)
