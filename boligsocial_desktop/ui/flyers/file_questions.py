"""The file dialogs and message box the poster page asks through: one object a test can answer for."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class FileQuestions:
    def __init__(self, parent: QWidget):
        self.parent = parent

    @staticmethod
    def _documents() -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def ask_save_path(self, title: str, name: str, filters: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, str(Path(self._documents()) / name), filters)
        return path or None

    def ask_open_path(self, title: str, filters: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, self._documents(), filters)
        return path or None

    def ask_directory(self, title: str) -> str | None:
        return QFileDialog.getExistingDirectory(self.parent, title, self._documents()) or None

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)
