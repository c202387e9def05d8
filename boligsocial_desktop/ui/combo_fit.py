"""Combo boxes never cut a name without saying it in full.

A combo box is sized when it is first shown; the pages fill theirs afterwards (from the background
worker), so one sized while empty showed "Alle afde" and "Taastrupga". `fit_combo(combo)` (every form's
combos get it when the form is set up, see form_fields.py) makes the combo at least MINIMUM_CHARACTERS
wide, unless its code asked for more, and shows a chosen text still too wide for it (a long room or
activity name) in full as its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

MINIMUM_CHARACTERS = 12  # wide "X"s: "Alle afdelinger", "Taastrupgaard"
_FITTED = "boligsocial_combo_fitted"


def text_is_cut(combo: QComboBox) -> bool:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) + icon > field.width() + 1


class ComboFit(QObject):
    """Watches one combo, its parent. The width is settled when the combo is polished (before it is first
    shown), so a minimum or a tooltip its own code sets after building it is respected."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo)
        self.combo = combo
        self.polished = False
        self.own_tooltip = False
        combo.currentIndexChanged.connect(self.update_tooltip)
        if combo.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            self.polish()

    def polish(self) -> None:
        self.polished = True
        if self.combo.minimumContentsLength() < MINIMUM_CHARACTERS:
            self.combo.setMinimumContentsLength(MINIMUM_CHARACTERS)
        self.own_tooltip = bool(self.combo.toolTip())

    def update_tooltip(self) -> None:
        if self.polished and not self.own_tooltip:
            self.combo.setToolTip(self.combo.currentText() if text_is_cut(self.combo) else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and not self.polished:
            self.polish()
        elif kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update_tooltip()
        return False


def fit_combo(combo: QComboBox) -> None:
    if combo.property(_FITTED):
        return
    combo.setProperty(_FITTED, True)
    combo.installEventFilter(ComboFit(combo))
