"""Keyboard habits every page shares.

Lists and tables open their row with `activated` (double-click and Enter both send it), not with
`doubleClicked`, so the keyboard can do what the mouse does. Ctrl+N makes a new item on the page
that has the keyboard (a page decides what "new" means where it has several lists).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def new_item_shortcut(page: QWidget, make_new: Callable[[], object]) -> QShortcut:
    """Ctrl+N on `page` (while the keyboard is on the page or one of its widgets) calls `make_new`."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), page, lambda: make_new())
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return shortcut


def put_last_in_tab_order(window: QWidget, widget: QWidget) -> None:
    """Move `widget` to the end of `window`'s Tab order (after widgets added since it was made)."""
    last = window.previousInFocusChain()
    if last is not None and last is not widget:
        QWidget.setTabOrder(last, widget)
