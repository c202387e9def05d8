"""Combo boxes never cut a name without saying it in full.

A combo box is sized when it is first shown; the pages fill theirs afterwards (from the background
worker), so one sized while empty showed "Alle afde" and "Taastrupga". Installed once on the
application: every combo box is at least MINIMUM_CHARACTERS wide, and one whose chosen text is still
too wide for it (a long room or activity name) shows that text in full as its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

MINIMUM_CHARACTERS = 12  # wide "X"s: "Alle afdelinger", "Taastrupgaard"
_FITTED = "boligsocial_combo_fitted"


def text_is_cut(combo: QComboBox) -> bool:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) + icon > field.width() + 1


def _update_tooltip(combo: QComboBox) -> None:
    own = combo.property("boligsocial_own_tooltip")
    if own:
        return
    combo.setToolTip(combo.currentText() if text_is_cut(combo) else "")


class ComboFit(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QComboBox) and not watched.property(_FITTED):
            watched.setProperty(_FITTED, True)
            if watched.minimumContentsLength() < MINIMUM_CHARACTERS:
                watched.setMinimumContentsLength(MINIMUM_CHARACTERS)
            watched.setProperty("boligsocial_own_tooltip", bool(watched.toolTip()))
            watched.currentIndexChanged.connect(lambda _index, combo=watched: _update_tooltip(combo))
        elif kind in (QEvent.Type.Resize, QEvent.Type.Show) and isinstance(watched, QComboBox) \
                and watched.property(_FITTED):
            _update_tooltip(watched)
        return False


def install_combo_fit(app: QApplication) -> ComboFit:
    fit = getattr(app, "_combo_fit", None)
    if fit is None:
        fit = ComboFit(app)
        app.installEventFilter(fit)
        app._combo_fit = fit  # type: ignore[attr-defined]  # one filter per application
    return fit
