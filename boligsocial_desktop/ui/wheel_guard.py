"""The mouse wheel scrolls the page; it never changes a spin box or a list box the user has not clicked into.

`guard_wheel(field)` puts the guard on one field (every form's fields get it when the form is set up,
see form_fields.py): a wheel turned over the field while it has no focus goes to the widget around it
(the scroll area scrolls) instead of changing the value. The field takes the focus from a click or Tab
only, not from the wheel. The date and time fields (date_fields.py) ignore the wheel by themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

_GUARDED = "boligsocial_wheel_guarded"


class WheelGuard(QObject):
    """Watches one field, its parent."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, (QAbstractSpinBox, QComboBox)) \
                or watched.hasFocus():
            return False
        parent = watched.parentWidget()
        if parent is not None:
            QApplication.sendEvent(parent, event)
        return True


def guard_wheel(field: QAbstractSpinBox | QComboBox) -> None:
    if field.property(_GUARDED):
        return
    field.setProperty(_GUARDED, True)
    if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:  # Qt would give it the focus on the wheel, then the value
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    field.installEventFilter(WheelGuard(field))
