"""The poster page's one line for problems (red) and notices (blue), under the editor's tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ...errors import AppError
from ..messages import show_error
from ..status_colours import themed

ERROR_STYLE = "color: #b00020;"
NOTICE_STYLE = "color: #1f5f8b;"


class MessageLine(QLabel):
    """An AppError's Danish message in red; anything else goes to the error dialog."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self._problem = False

    def show_problem(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            show_error(self, exc)
            return
        self._say(exc.message, ERROR_STYLE)
        self._problem = True

    def show_notice(self, text: str) -> None:
        self._say(text, NOTICE_STYLE)

    def clear_problem(self) -> None:
        """Clear the line if it shows a problem (a notice stays)."""
        if self._problem:
            self.clear()

    def clear(self) -> None:
        self._problem = False
        super().clear()

    def _say(self, text: str, style: str) -> None:
        self.setText(text)
        self.setStyleSheet(themed(style))
        self._problem = False
