"""How errors reach the user: a Danish message box for known errors, the crash path for the rest."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import AppError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    if isinstance(exc, AppError):
        QMessageBox.warning(parent, title or QCoreApplication.translate("Messages", "Cannot do that"), exc.message)
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question before something that cannot simply be undone; tests replace it."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
