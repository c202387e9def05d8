"""Closing an editor with unsaved input asks first: one mechanism for every dialog.

A dialog derives from `GuardedDialog` and calls `remember_input()` once its fields show
what was saved (or the blanks of a new item). Cancel, Esc and the window's close button
all go through `reject()`, which compares every input field with what was remembered
and, when something differs, asks whether to close without saving.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _value(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QListWidget):
        return tuple((widget.item(row).text(), widget.item(row).checkState().value) for row in range(widget.count()))
    return None


INPUT_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QListWidget)


def input_snapshot(root: QWidget) -> dict[str, object]:
    """The value of every input field under `root`, keyed by the field's object path."""
    values = {}
    for index, widget in enumerate(root.findChildren(QWidget)):
        if not isinstance(widget, INPUT_TYPES) or isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        values[f"{widget.objectName()}#{index}"] = _value(widget)
    return values


def ask_discard(parent: QWidget) -> bool:
    """The question; tests replace it."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("Unsaved", "Close without saving?"),
        QCoreApplication.translate("Unsaved", "You have typed something that is not saved. Close without saving?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


class GuardedDialog(QDialog):
    _remembered: object = None

    def input_state(self) -> object:
        """What counts as the user's input; a dialog whose input lives in a table model overrides it."""
        return input_snapshot(self)

    def remember_input(self) -> None:
        self._remembered = self.input_state()

    def has_unsaved_input(self) -> bool:
        return self._remembered is not None and self.input_state() != self._remembered

    def reject(self) -> None:
        if self.has_unsaved_input() and not ask_discard(self):
            return
        super().reject()
