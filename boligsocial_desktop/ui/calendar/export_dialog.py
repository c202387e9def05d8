"""Eksportér til Outlook: choose what the .ics file holds (a house, the estate's houses, one activity)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...services.calendar import ActivityInfo
from ...services.calendar_files import ICS_ACTIVITY, ICS_ESTATE, ICS_HOUSE
from ...services.places import EstateInfo, HouseInfo
from ..form_fields import fit_fields


class ExportChoiceDialog(QDialog):
    """Preset from the calendar's filters: the chosen house, else the estate's only house, else the estate."""

    def __init__(self, estate: EstateInfo, houses: list[HouseInfo], activities: list[ActivityInfo],
                 house_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.estate, self.houses, self.activities = estate, houses, activities
        self.setWindowTitle(self.tr("Export to Outlook"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which sessions should the calendar file hold?"), self))
        form = QFormLayout()
        self.group = QButtonGroup(self)
        self.house_radio = QRadioButton(self.tr("One &house:"), self)
        self.house_combo = QComboBox(self)
        for house in houses:
            self.house_combo.addItem(house.name, house.id)
        self.house_combo.setMinimumContentsLength(24)
        form.addRow(self.house_radio, self.house_combo)
        self.estate_radio = QRadioButton(self.tr("All houses in the &estate %1").replace("%1", estate.name), self)
        form.addRow(self.estate_radio)
        self.activity_radio = QRadioButton(self.tr("One a&ctivity:"), self)
        self.activity_combo = QComboBox(self)
        for activity in activities:
            self.activity_combo.addItem(f"{activity.title} ({activity.description_text})", activity.id)
        self.activity_combo.setMinimumContentsLength(24)
        form.addRow(self.activity_radio, self.activity_combo)
        layout.addLayout(form)
        for radio in (self.house_radio, self.estate_radio, self.activity_radio):
            self.group.addButton(radio)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("E&xport …"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_fields(self)  # the combos are built here, not by a form: the wheel guard and the fit by hand

        self.estate_radio.setVisible(len(houses) > 1)  # one house: the estate is that house, no choice needed
        self.house_radio.setEnabled(bool(houses))
        self.activity_radio.setEnabled(bool(activities))
        self.house_combo.currentIndexChanged.connect(lambda: self.house_radio.setChecked(True))
        self.activity_combo.activated.connect(lambda: self.activity_radio.setChecked(True))
        self.group.buttonToggled.connect(self._follow)
        if house_id and self.house_combo.findData(house_id) >= 0:
            self.house_combo.setCurrentIndex(self.house_combo.findData(house_id))
            self.house_radio.setChecked(True)
        elif len(houses) == 1:
            self.house_radio.setChecked(True)
        elif houses:
            self.estate_radio.setChecked(True)
        else:
            self.activity_radio.setChecked(True)
        self._follow()

    def _follow(self, *_args) -> None:
        self.house_combo.setEnabled(self.house_radio.isChecked())
        self.activity_combo.setEnabled(self.activity_radio.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.choice() is not None)

    def choice(self) -> tuple[str, str, str] | None:
        """(scope, id, name for the file) or None when nothing can be exported."""
        if self.house_radio.isChecked() and self.house_combo.currentData():
            return ICS_HOUSE, self.house_combo.currentData(), self.house_combo.currentText()
        if self.estate_radio.isChecked():
            return ICS_ESTATE, self.estate.id, self.estate.name
        if self.activity_radio.isChecked() and self.activity_combo.currentData():
            activity = self.activities[self.activity_combo.currentIndex()]
            return ICS_ACTIVITY, activity.id, activity.title
        return None
