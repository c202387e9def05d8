"""Several weekdays at once: seven toggle buttons "ma ti on to fr lø sø" (Monday first)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from ...domain.danish import WEEKDAY_NAMES


class WeekdayPicker(QWidget):
    """Tab reaches each day; Space ticks it. `weekdays()` is sorted, 0 = Monday."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for name in WEEKDAY_NAMES:
            button = QToolButton(self)
            button.setText(name[:2])
            button.setCheckable(True)
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.setMinimumWidth(34)
            button.toggled.connect(self.changed)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.setFocusProxy(self.buttons[0])

    def weekdays(self) -> tuple[int, ...]:
        return tuple(i for i, button in enumerate(self.buttons) if button.isChecked())

    def set_weekdays(self, weekdays: tuple[int, ...] | list[int]) -> None:
        wanted = set(weekdays)
        for i, button in enumerate(self.buttons):
            button.blockSignals(True)
            button.setChecked(i in wanted)
            button.blockSignals(False)
        self.changed.emit()
