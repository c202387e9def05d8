"""Fremmøde: quick entry of the week's headcounts, one session after the other."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QSpinBox, QWidget

from ...domain.danish import long_date, short_date, week_number, weekday_name
from ...domain.vocabulary import AGE_BANDS
from ...errors import AppError
from ...services.attendance import ATTENDANCE_GENDERS, AttendanceRecord, AttendanceRow, AttendanceService
from .. import clock
from ..context import AppContext
from ..forms.calendar_attendance_dialog_ui import Ui_AttendanceDialog
from ..status_colours import themed
from ..unsaved import GuardedDialog
from .activity_dialog import ERROR_STYLE

BAND_KEYS = ("0_5", "6_12", "13_17", "18_24", "25_64", "65")


class AttendanceDialog(GuardedDialog):
    def __init__(self, context: AppContext, monday: date, estate_id: str | None, parent: QWidget | None = None,
                 focus_session: str | None = None):
        super().__init__(parent)
        self.context = context
        self.service = AttendanceService(context.db)
        self.monday = monday
        self.estate_id = estate_id
        self.rows: list[AttendanceRow] = []
        self._focus_session = focus_session
        self.ui = Ui_AttendanceDialog()
        self.ui.setupUi(self)
        self.count_spins: dict[tuple[str, str], QSpinBox] = {}
        for band, key in zip(AGE_BANDS, BAND_KEYS, strict=False):
            for gender, prefix in zip(ATTENDANCE_GENDERS, ("female", "male"), strict=False):
                spin = getattr(self.ui, f"{prefix}{key}Spin")
                spin.valueChanged.connect(self._update_total)
                self.count_spins[(band, gender)] = spin
        self.ui.previousWeekButton.clicked.connect(lambda: self.change_week(-1))
        self.ui.nextWeekButton.clicked.connect(lambda: self.change_week(1))
        self.ui.sessionList.currentRowChanged.connect(self.show_row)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.reject)  # through the unsaved-input question
        self.load()

    def change_week(self, direction: int) -> None:
        self.monday += timedelta(weeks=direction)
        self._focus_session = None
        self.load()

    def load(self) -> None:
        week = self.tr("Week %1").replace("%1", str(week_number(self.monday)))  # (lupdate misses tr in f-strings)
        self.ui.weekLabel.setText(f"<b>{week}</b> · "
                                  f"{short_date(self.monday)} – {short_date(self.monday + timedelta(days=6))}")
        self.ui.nextWeekButton.setEnabled(self.monday + timedelta(days=7) <= clock.today())
        service, monday, estate_id = self.service, self.monday, self.estate_id
        self.context.tasks.run(lambda: service.week(monday, estate_id), self._show_rows, self._failed)

    def _show_rows(self, rows: list[AttendanceRow]) -> None:
        self.rows = rows
        listing = self.ui.sessionList
        listing.blockSignals(True)
        listing.clear()
        for row in rows:
            mark = "✓ " if row.record else "   "
            item = QListWidgetItem(f"{mark}{weekday_name(row.day)[:3]} {row.day.day}/{row.day.month}  {row.title}")
            if row.record:
                item.setToolTip(self.tr("Recorded: %n participant(s)", "", row.record.total))
            listing.addItem(item)
        listing.blockSignals(False)
        has_rows = bool(rows)
        self.ui.saveButton.setEnabled(has_rows)
        if not has_rows:
            self.ui.sessionHeading.setText(self.tr("No sessions held this week."))
            return
        start = next((i for i, r in enumerate(rows) if r.session_id == self._focus_session), None)
        if start is None:
            start = next((i for i, r in enumerate(rows) if r.record is None), 0)
        listing.setCurrentRow(start)
        self.show_row(start)

    def show_row(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        record = row.record or AttendanceRecord(row.session_id)
        self.ui.sessionHeading.setText(f"<h3>{row.title}</h3>{long_date(row.day)}")
        for key, spin in self.count_spins.items():
            spin.setValue(record.counts.get(key, 0))
        self.ui.newSpin.setValue(record.new_participants)
        self.ui.returningSpin.setValue(record.returning_participants)
        self.ui.volunteersSpin.setValue(record.volunteers_present)
        self.ui.hoursSpin.setValue(record.volunteer_hours)
        self.ui.errorLabel.clear()
        first = self.count_spins[(AGE_BANDS[0], ATTENDANCE_GENDERS[0])]
        first.setFocus()
        first.selectAll()
        self.remember_input()

    def input_state(self) -> object:
        """The counts typed for the shown session (compared with what was recorded)."""
        return self.current_record()

    def _update_total(self) -> None:
        total = sum(spin.value() for spin in self.count_spins.values())
        self.ui.totalLabel.setText(self.tr("In all: %n participant(s)", "", total))

    def current_record(self) -> AttendanceRecord | None:
        index = self.ui.sessionList.currentRow()
        if not 0 <= index < len(self.rows):
            return None
        counts = {key: spin.value() for key, spin in self.count_spins.items() if spin.value()}
        return AttendanceRecord(self.rows[index].session_id, counts, self.ui.newSpin.value(),
                                self.ui.returningSpin.value(), self.ui.volunteersSpin.value(),
                                self.ui.hoursSpin.value())

    def save(self) -> None:
        record = self.current_record()
        if record is None:
            return
        service = self.service
        staff_id = self.context.staff.id if self.context.staff else None
        index = self.ui.sessionList.currentRow()

        def saved(_result) -> None:
            self.rows[index] = replace(self.rows[index], record=record)
            self.remember_input()
            self.ui.sessionList.item(index).setText("✓ " + self.ui.sessionList.item(index).text()[2:])
            if index + 1 < len(self.rows):
                self.ui.sessionList.setCurrentRow(index + 1)
            else:
                self.ui.errorLabel.setStyleSheet("")
                self.ui.errorLabel.setText(self.tr("All sessions of the week are recorded."))

        self.context.tasks.run(lambda: service.record(record, staff_id), saved, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.setStyleSheet(themed(ERROR_STYLE))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)
