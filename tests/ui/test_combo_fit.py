"""A combo box filled after it was first shown (as the pages fill theirs) still shows its names whole."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from boligsocial_desktop.ui.combo_fit import fit_combo, text_is_cut
from boligsocial_desktop.ui.form_fields import fit_fields


def test_a_filter_combo_filled_after_showing_shows_alle_afdelinger_whole(qtbot, qapp):
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    combo = QComboBox()
    layout.addWidget(QLabel("Afdeling:"))
    layout.addWidget(combo)
    layout.addStretch()
    fit_fields(row)
    row.show()
    qtbot.waitExposed(row)
    combo.addItems(["Alle afdelinger", "Taastrupgaard"])  # the worker's answer arrives after the first show
    row.resize(row.minimumSizeHint())
    qtbot.wait(1)
    assert not text_is_cut(combo)
    combo.setCurrentIndex(1)
    assert not text_is_cut(combo)


def test_a_name_too_long_for_its_combo_is_in_the_tooltip(qtbot, qapp):
    combo = QComboBox()
    qtbot.addWidget(combo)
    fit_combo(combo)
    combo.addItems(["Kort", "Fælleshuset Taastrupgaard – Lektierummet og Mødelokalet"])
    combo.setMaximumWidth(120)
    combo.show()
    combo.setCurrentIndex(1)
    assert text_is_cut(combo) and combo.toolTip() == combo.currentText()
    combo.setCurrentIndex(0)
    assert combo.toolTip() == ""
