"""Keyboard and screen-reader checks over every page and dialog (tests/ui/walk.py opens them)."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGroupBox, QLabel,
                               QLineEdit, QMainWindow, QPlainTextEdit, QTabBar, QTextEdit, QWidget)

from walk import every_window, visible_widgets


def mnemonic(text: str) -> str | None:
    """The Alt letter of a text with an &-mnemonic ("&&" is a literal ampersand)."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt letter -> the texts that use it, among what is visible in `window` (menus included)."""
    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions() if action.isVisible()]
    for widget in visible_widgets(window):
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    found: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            found[letter].append(text.replace("&", ""))
    return found


def test_every_alt_shortcut_is_unique_within_its_window(qtbot, app_context):
    clashes = []
    for name, window in every_window(qtbot, app_context):
        for letter, texts in sorted(mnemonics(window).items()):
            if len(texts) > 1:
                clashes.append(f"{name}: Alt+{letter.upper()} = {' / '.join(texts)}")
    assert not clashes, "\n".join(clashes)


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit, QTextEdit)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, the text, or the buddy label's text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_widgets(window: QWidget) -> list[str]:
    found = []
    for widget in visible_widgets(window):
        if not isinstance(widget, INTERACTIVE) or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or spin box: the outer widget carries the name
        if isinstance(widget, QAbstractButton) and isinstance(widget.parent(), (QTabBar, QAbstractSpinBox)):
            continue  # scroll arrows of a tab bar
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
            continue
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName() or '(uden navn)'}")
    return found


def test_every_interactive_widget_has_a_name_a_screen_reader_can_say(qtbot, app_context):
    missing = []
    for name, window in every_window(qtbot, app_context):
        missing += [f"{name}: {widget}" for widget in unnamed_widgets(window)]
    assert not missing, "\n".join(dict.fromkeys(missing))
