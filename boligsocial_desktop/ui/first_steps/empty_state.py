"""A note at the top of a page that has nothing to show yet: what to do next, and buttons that do it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ...services.office import WhatExists, what_exists
from ..context import AppContext
from ..watched_tables import ACTIVITIES, ADVICE, AMBASSADORS, PLACES

Action = tuple[str, Callable[[], object]]  # a button's title and what it does (its result is not used)


class EmptyState(QFrame):
    """Hidden until `show_note`; `watch` shows it by itself while a kind of data is missing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#emptyState { background: palette(alternate-base); }")
        self.row = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.row.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self._check: Callable[[WhatExists], tuple[str, list[Action]] | None] | None = None
        self._context: AppContext | None = None
        self.hide()

    def show_note(self, text: str, actions: list[Action]) -> None:
        self.label.setText(text)
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for title, run in actions:
            button = QPushButton(title, self)
            button.clicked.connect(lambda _checked=False, run=run: run())
            self.row.addWidget(button)
            self.buttons.append(button)
        self.show()

    def clear(self) -> None:
        self.hide()

    def button(self, title: str) -> QPushButton:
        return next(b for b in self.buttons if b.text().replace("&", "") == title)

    # --- by itself, from what the database holds -------------------------------------------------

    def watch(self, context: AppContext, check: Callable[[WhatExists], tuple[str, list[Action]] | None]) -> None:
        """Re-checked when data changes and whenever the page is shown again."""
        self._context, self._check = context, check
        context.watch(self, PLACES | ACTIVITIES | AMBASSADORS | ADVICE, self.refresh)
        page = self.parentWidget()
        if page is not None:
            page.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.parentWidget():
            self.refresh()
        return False

    def refresh(self) -> None:
        if self._context is None:
            return
        db = self._context.db
        self._context.tasks.run(lambda: what_exists(db), self._decide, lambda _exc: None)

    def _decide(self, exists: WhatExists) -> None:
        note = self._check(exists) if self._check else None
        if note is None:
            self.clear()
        else:
            self.show_note(*note)
