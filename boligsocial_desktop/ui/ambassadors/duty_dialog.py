"""The shift form: a new shift (or a weekly series), or an edit of one or of the following in its series.

It saves through `context.tasks.run` and closes only when the service accepted the input; a refusal
shows the service's Danish message and puts the cursor in the field it names.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QRadioButton, QVBoxLayout, QWidget

from ...domain.danish import clock_range_exact
from ...domain.enums import DutyKind
from ...services.ambassadors import DutyInput, DutyService, SessionChoice
from ...services.ambassadors.duties import FOLLOWING, ONE, DutyRow, SavedShifts
from ...services.places import EstateInfo
from .. import clock
from ..context import AppContext
from ..date_fields import DateField
from ..forms.ambassadors_duty_dialog_ui import Ui_DutyDialog
from ..qt_dates import pydate, pytime, qdate, qtime
from ..unsaved import GuardedDialog
from .fields import show_error, sorted_estates
from .models import capitalised


class DutyDialog(GuardedDialog):
    """A new shift (or a weekly series of them), or an edit of one: kind, estate, date and time, how many are
    needed, optionally a calendar activity. Editing a repeating shift asks: this one, or this and the following."""

    def __init__(self, context: AppContext, estates: list[EstateInfo], day: date, parent: QWidget | None = None,
                 duty: DutyRow | None = None):
        super().__init__(parent)
        self.ui = Ui_DutyDialog()
        self.ui.setupUi(self)
        self.context = context
        self.duty = duty
        self.saved: DutyRow | None = None
        self.result_info: SavedShifts | None = None
        ui = self.ui
        for kind in DutyKind:
            ui.kindCombo.addItem(capitalised(kind.value), kind.value)
        for estate in sorted_estates(estates):
            ui.estateCombo.addItem(estate.name, estate.id)
        ui.dateEdit.setDate(qdate(day))
        ui.startEdit.setTime(QTime(16, 0))
        ui.endEdit.setTime(QTime(18, 0))
        ui.sessionCombo.addItem(self.tr("None"), None)
        self.repeat_check = QCheckBox(self.tr("&Repeat every week until:"))
        self.repeat_check.setAccessibleName(self.tr("Repeat every week"))
        self.repeat_until_edit = DateField()
        self.repeat_until_edit.setDate(qdate(day).addDays(7 * 8))
        self.repeat_until_edit.setCalendarPopup(True)
        self.repeat_until_edit.setEnabled(False)
        self.repeat_until_edit.setAccessibleName(self.tr("Repeat until"))
        self.repeat_check.toggled.connect(self.repeat_until_edit.setEnabled)
        self.only_this_radio = QRadioButton(self.tr("Only this shi&ft"))
        self.following_radio = QRadioButton(self.tr("This and the followin&g shifts"))
        self.only_this_radio.setChecked(True)
        self.following_radio.toggled.connect(lambda on: ui.dateEdit.setEnabled(not on))
        scope = QWidget()
        scope_layout = QVBoxLayout(scope)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        scope_layout.addWidget(self.only_this_radio)
        scope_layout.addWidget(self.following_radio)
        if duty is None:
            ui.form.addRow(self.repeat_check, self.repeat_until_edit)
        elif duty.series_id:
            scope_label = QLabel(self.tr("Change:"))
            ui.form.addRow(scope_label, scope)
        ui.dateEdit.dateChanged.connect(self._load_sessions)
        ui.estateCombo.currentIndexChanged.connect(self._load_sessions)
        ui.sessionCombo.activated.connect(self._session_chosen)
        ui.buttons.accepted.connect(self._save)
        ui.buttons.rejected.connect(self.reject)
        self.fields = {"kind": ui.kindCombo, "estate": ui.estateCombo, "day": ui.dateEdit, "end_time": ui.endEdit,
                       "needed": ui.neededSpin, "session": ui.sessionCombo, "description": ui.descriptionEdit,
                       "repeat_until": self.repeat_until_edit}
        self._sessions: dict[str, SessionChoice] = {}
        if duty is not None:
            self.setWindowTitle(self.tr("Edit shift"))
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(duty.kind.value))
            ui.estateCombo.setCurrentIndex(ui.estateCombo.findData(duty.estate_id))
            ui.dateEdit.setDate(qdate(duty.day))
            ui.startEdit.setTime(qtime(duty.start_time))
            ui.endEdit.setTime(qtime(duty.end_time))
            ui.neededSpin.setValue(duty.needed)
            ui.descriptionEdit.setText(duty.description or "")
        self._load_sessions()
        self.remember_input()

    def _load_sessions(self) -> None:
        day = pydate(self.ui.dateEdit.date())
        estate_id = self.ui.estateCombo.currentData()
        service = DutyService(self.context.db, clock.today())
        self.context.tasks.run(lambda: service.sessions_on(day, estate_id), self._show_sessions,
                               lambda exc: show_error(self, self.ui.errorLabel, exc, {}))

    def _show_sessions(self, sessions: list[SessionChoice]) -> None:
        untouched = not self.has_unsaved_input()  # the sessions arrive later: part of the starting point
        combo = self.ui.sessionCombo
        wanted = combo.currentData() or (self.duty.session_id if self.duty else None)
        combo.clear()
        combo.addItem(self.tr("None"), None)
        self._sessions = {s.id: s for s in sessions}
        for choice in sessions:
            combo.addItem(choice.label, choice.id)
        combo.setEnabled(bool(sessions))
        combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted else 0)
        if untouched and self._remembered is not None:
            self.remember_input()

    def _session_chosen(self) -> None:
        choice = self._sessions.get(self.ui.sessionCombo.currentData())
        if choice is None:
            return
        self.ui.startEdit.setTime(qtime(choice.start_time))
        self.ui.endEdit.setTime(qtime(choice.end_time))
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(DutyKind.EVENT_HOST.value))

    def input(self) -> DutyInput:
        ui = self.ui
        repeat = pydate(self.repeat_until_edit.date()) if self.duty is None and self.repeat_check.isChecked() \
            else None
        return DutyInput(kind=ui.kindCombo.currentData(), estate_id=ui.estateCombo.currentData() or "",
                         day=pydate(ui.dateEdit.date()), start_time=pytime(ui.startEdit.time()),
                         end_time=pytime(ui.endEdit.time()), needed=ui.neededSpin.value(),
                         description=ui.descriptionEdit.text(), session_id=ui.sessionCombo.currentData(),
                         repeat_until=repeat)

    def confirm_second_shift(self, others: list[DutyRow]) -> bool:
        """The question when the activity already has a shift; tests replace it."""
        first = others[0]
        text = self.tr("The activity already has a shift (%1, %2). Save another shift for it?") \
            .replace("%1", clock_range_exact(first.start_time, first.end_time)) \
            .replace("%2", capitalised(first.kind.value))
        answer = QMessageBox.question(self, self.tr("A second shift"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _save(self) -> None:
        data = self.input()
        service = DutyService(self.context.db, clock.today())
        own_id = self.duty.id if self.duty else None

        def checked(others: list[DutyRow]) -> None:
            if others and not self.confirm_second_shift(others):
                return
            self._write(service, data)

        self.context.tasks.run(lambda: service.shifts_for_session(data.session_id, own_id), checked,
                               lambda exc: show_error(self, self.ui.errorLabel, exc, self.fields))

    def _write(self, service: DutyService, data: DutyInput) -> None:
        actor = self.context.staff.id if self.context.staff else None
        duty = self.duty
        if duty is None:
            def work() -> SavedShifts:
                return service.create_shifts(data, actor_id=actor)
        else:
            scope = FOLLOWING if duty.series_id and self.following_radio.isChecked() else ONE

            def work() -> SavedShifts:
                return service.update_duty(duty.id, data, scope, actor_id=actor)
        self.context.tasks.run(work, self._saved, lambda exc: show_error(self, self.ui.errorLabel, exc, self.fields))

    def _saved(self, result: SavedShifts) -> None:
        self.result_info = result
        self.saved = result.first
        self.accept()


__all__ = ["DutyDialog"]
