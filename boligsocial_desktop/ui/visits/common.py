"""What the advice page's tabs share: compact tables, plain Enter, the selected row, choices by name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...services.visits import Choice
from .labels import sort_key
from .models import ROW_ID_ROLE

MAX_COLUMN_WIDTH = 130
WIDE_COLUMN_WIDTH = 240
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

C = TypeVar("C", bound=Choice)








def is_plain_enter(event: QEvent) -> bool:
    return (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


def key_pressed(event: QEvent) -> Qt.Key | None:
    """The key of a key press, else None."""
    if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
        return Qt.Key(event.key())
    return None


def current_id(view: QAbstractItemView) -> str | None:
    """The id of the row with the keyboard focus, if any."""
    index = view.currentIndex()
    return index.data(ROW_ID_ROLE) if index.isValid() else None


def by_name(choices: Iterable[C]) -> list[C]:
    """Choices in Danish alphabetical order (æ, ø, å last)."""
    key = sort_key()
    return sorted(choices, key=lambda c: key(c.name))


def setup_table(view: QTableView, model: QAbstractItemModel, stretch_column: int) -> None:
    """Compact one-line rows; columns fit their contents (capped) once data arrives; the wide column
    (topics, names) gets more room and the last column fills what is left."""
    view.setModel(model)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setProperty("fitted", False)

    def fit() -> None:
        if view.property("fitted") or model.rowCount() == 0:
            return
        view.setProperty("fitted", True)
        for column in range(model.columnCount()):
            view.resizeColumnToContents(column)
            cap = WIDE_COLUMN_WIDTH if column == stretch_column else MAX_COLUMN_WIDTH
            view.setColumnWidth(column, min(view.columnWidth(column) + 8, cap))

    model.modelReset.connect(fit)
    model.rowsInserted.connect(fit)
