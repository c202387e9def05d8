"""Nyt besøg: log a walk-in visit by keyboard in seconds; the visits entered last are listed below.

The form saves on Enter from any field (Shift+Enter makes a new line in the notes), keeps
the office and staff member, and clears the rest for the next visitor. The time follows the
clock until the adviser types one.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from ...errors import AppError
from ...services.staff import StaffInfo
from ...services.visits import AGE_BANDS, LANGUAGE_CODES, ReferenceData, VisitInput, VisitRow, VisitService
from ...settings import Settings
from .. import clock
from ..dialogs import role_label
from ..forms.visits_entry_tab_ui import Ui_EntryTab
from ..qt_dates import pydate, pytime, qdate, qtime
from ..status_colours import themed
from ..watched_tables import ADVICE, ADVICE_CHOICES
from .common import by_name, current_id, is_plain_enter, key_pressed, setup_table
from .labels import fmt_time, gender_names, language_names, sort_key
from .models import ROW_ID_ROLE, VisitRowsModel

if TYPE_CHECKING:
    from .page import VisitsPage

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
RECENT_LIMIT = 15
CLOCK_INTERVAL_MS = 15_000


def select_data(combo: QComboBox, value: object) -> None:
    """Select the item holding `value`, else the first."""
    index = combo.findData(value) if value is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0)


def ticked(widget: QListWidget) -> list[str]:
    return [widget.item(i).data(ROW_ID_ROLE) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class EntryTab(QWidget):
    def __init__(self, page: VisitsPage):
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.ui = Ui_EntryTab()
        self.ui.setupUi(self)
        self.setObjectName("entryTab")
        self.visits = VisitService(self.context.db)
        self.settings = Settings()
        self.reference: ReferenceData | None = None
        self.case_id: str | None = None
        self._saving = False
        self._time_touched = False
        self.recent_model = VisitRowsModel(("date", "time", "estate", "topics", "referrals", "language", "staff",
                                            "follow_up", "repeat", "notes"), self)
        setup_table(self.ui.recentTable, self.recent_model, stretch_column=3)
        self.ui.recentTable.doubleClicked.connect(lambda index: page.open_visit(index.data(ROW_ID_ROLE)))
        self.ui.recentTable.installEventFilter(self)
        self._setup_form()
        self.context.watch(self, ADVICE_CHOICES, self.refresh)  # the lists and the names in the recent visits
        self.context.watch(self, ADVICE, self.load_recent)

    def _setup_form(self) -> None:
        ui = self.ui
        ui.saveButton.setAutoDefault(True)
        ui.clearButton.setAutoDefault(True)
        ui.entryGroup.installEventFilter(self)
        ui.notesEdit.installEventFilter(self)
        ui.saveButton.clicked.connect(self.save_visit)
        ui.clearButton.clicked.connect(lambda: self.clear_form(keep_message=False))
        ui.clearCaseButton.clicked.connect(lambda: self.set_case(None, None))
        ui.followUpCheck.toggled.connect(self._follow_up_toggled)
        ui.visitDateEdit.dateChanged.connect(self._time_edited)
        ui.visitTimeEdit.timeChanged.connect(self._time_edited)
        ui.visitDateEdit.setMaximumWidth(130)
        ui.visitTimeEdit.setMaximumWidth(70)
        self._clock = QTimer(self)  # the untouched time follows the clock: a visit is logged "now"
        self._clock.setInterval(CLOCK_INTERVAL_MS)
        self._clock.timeout.connect(self._follow_clock)
        self._clock.start()
        ui.followUpDate.setDate(clock.qdate_today().addDays(7))
        ui.officeCombo.currentIndexChanged.connect(self._office_changed)
        languages = language_names()
        ui.languageCombo.addItem(self.tr("– not noted"), None)
        ui.languageCombo.addItem(languages["da"], "da")
        key = sort_key()
        for code in sorted((c for c in LANGUAGE_CODES if c not in ("da", "other")), key=lambda c: key(languages[c])):
            ui.languageCombo.addItem(languages[code], code)
        ui.languageCombo.addItem(languages["other"], "other")
        ui.ageCombo.addItem(self.tr("– not noted"), None)
        for band in AGE_BANDS:
            ui.ageCombo.addItem(self.tr("%1 years").replace("%1", band), band)
        ui.genderCombo.addItem(self.tr("– not noted"), None)
        for value, label in gender_names().items():
            ui.genderCombo.addItem(label, value)
        ui.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._reset_time()

    # --- roles and loading --------------------------------------------------

    def apply_role(self, staff: StaffInfo | None) -> None:
        """Notes and named cases only for advisers; a hint says why they are hidden."""
        adviser = bool(staff and staff.is_adviser)
        self.ui.notesLabel.setVisible(adviser)
        self.ui.notesEdit.setVisible(adviser)
        if not adviser:
            self.ui.notesEdit.clear()
            self.set_case(None, None)
        if staff is None:
            self.ui.roleHint.setText(self.tr("Choose who you are (File > Switch user) to log visits."))
        elif adviser:
            self.ui.roleHint.clear()
        else:
            self.ui.roleHint.setText(self.tr("You are signed in as %1: notes and named cases are only for advisers "
                                             "and administrators, so they are hidden here.")
                                     .replace("%1", role_label(staff.role).lower()))
        self.ui.roleHint.setVisible(bool(self.ui.roleHint.text()))
        if staff is not None and self.reference is not None:
            select_data(self.ui.staffCombo, staff.id)
        self.load_recent()

    def refresh(self) -> None:
        self.load_reference()
        self.load_recent()

    def load_reference(self) -> None:
        self.context.tasks.run(self.visits.reference_data, self._fill_reference, self.page.background_failed)

    def load_recent(self) -> None:
        staff = self.page.staff
        if staff is None:
            self.recent_model.set_rows([])
            return
        self.context.tasks.run(lambda: self.visits.recent(staff, RECENT_LIMIT), self.recent_model.set_rows,
                               self.page.background_failed)

    def _fill_reference(self, reference: ReferenceData) -> None:
        self.reference = reference
        ui = self.ui
        estates, staff = by_name(reference.estates), by_name(reference.staff)
        office_id = ui.officeCombo.currentData() or self.settings.visits_office_id
        estate_id = ui.estateCombo.currentData()
        staff_id = ui.staffCombo.currentData() or (self.page.staff.id if self.page.staff else None)
        combos = ((ui.officeCombo, estates, None), (ui.estateCombo, estates, self.tr("– not noted")),
                  (ui.staffCombo, staff, None))
        for combo, choices, empty in combos:
            combo.blockSignals(True)
            combo.clear()
            if empty:
                combo.addItem(empty, None)
            for choice in choices:
                combo.addItem(choice.name, choice.id)
            combo.blockSignals(False)
        select_data(ui.officeCombo, office_id)
        select_data(ui.estateCombo, estate_id)
        select_data(ui.staffCombo, staff_id)
        for widget, options in ((ui.topicList, reference.topics), (ui.referralList, reference.referrals)):
            kept = ticked(widget)
            widget.clear()
            for choice in options:
                item = QListWidgetItem(choice.name, widget)
                item.setData(ROW_ID_ROLE, choice.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if choice.id in kept else Qt.CheckState.Unchecked)

    def office_id(self) -> str | None:
        return self.ui.officeCombo.currentData()

    # --- keyboard -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ui = self.ui
        if watched in (ui.notesEdit, ui.entryGroup) and is_plain_enter(event):
            self.save_visit()
            return True
        if watched is ui.recentTable and key_pressed(event) is not None:
            current = current_id(ui.recentTable)
            if is_plain_enter(event) and current:
                self.page.open_visit(current)
                return True
            if key_pressed(event) == Qt.Key.Key_Delete and current:
                self.page.delete_visit(current)
                return True
        return super().eventFilter(watched, event)

    def focus_first_field(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        self.ui.estateCombo.setFocus(reason)

    # --- the form -----------------------------------------------------------

    def _reset_time(self) -> None:
        self._time_touched = False
        self._follow_clock()

    def _follow_clock(self) -> None:
        """Show the time now, unless the user has typed another time for this visit."""
        if self._time_touched:
            return
        now = clock.now()
        today = qdate(now.date())
        for edit in (self.ui.visitDateEdit, self.ui.visitTimeEdit):
            edit.blockSignals(True)
        self.ui.visitDateEdit.setMaximumDate(today.addDays(1))
        self.ui.visitDateEdit.setDate(today)
        self.ui.visitTimeEdit.setTime(qtime(now.time()))
        for edit in (self.ui.visitDateEdit, self.ui.visitTimeEdit):
            edit.blockSignals(False)

    def _time_edited(self, _value: object) -> None:
        self._time_touched = True

    def _office_changed(self, _index: int) -> None:
        office = self.ui.officeCombo.currentData()
        if office:
            self.settings.visits_office_id = office

    def _follow_up_toggled(self, checked: bool) -> None:
        self.ui.followUpDate.setEnabled(checked)
        if checked:
            visit_day = self.ui.visitDateEdit.date()
            self.ui.followUpDate.setDate(visit_day.addDays(7))

    def set_case(self, case_id: str | None, name: str | None) -> None:
        """Link the next visit to a named case (from the cases tab); None removes the link."""
        self.case_id = case_id
        self.ui.caseLabel.setText(self.tr("Named case: %1").replace("%1", name) if case_id and name else "")
        self.ui.clearCaseButton.setVisible(bool(case_id))

    def visit_input(self) -> VisitInput:
        ui = self.ui
        if self._time_touched:
            day, moment = pydate(ui.visitDateEdit.date()), pytime(ui.visitTimeEdit.time())
            visited_at = datetime.combine(day, moment).astimezone()
        else:
            visited_at = clock.now()
        follow_up = pydate(ui.followUpDate.date()) if ui.followUpCheck.isChecked() else None
        return VisitInput(
            visited_at=visited_at,
            office_estate_id=ui.officeCombo.currentData(),
            staff_id=ui.staffCombo.currentData(),
            topic_ids=tuple(ticked(ui.topicList)),
            estate_id=ui.estateCombo.currentData(),
            language=ui.languageCombo.currentData(),
            interpreter_used=ui.interpreterCheck.isChecked(),
            duration_minutes=ui.durationSpin.value() or None,
            age_band=ui.ageCombo.currentData(),
            gender=ui.genderCombo.currentData(),
            referral_ids=tuple(ticked(ui.referralList)),
            outcome=ui.outcomeEdit.text(),
            follow_up_due=follow_up,
            repeat_token=ui.tokenEdit.text(),
            case_id=self.case_id,
            notes=ui.notesEdit.toPlainText() if self.page.is_adviser() else None,
        )

    def save_visit(self) -> None:
        if self._saving:
            return
        staff, data, now = self.page.staff, self.visit_input(), clock.now()
        self._saving = True
        self.context.tasks.run(lambda: self.visits.log_visit(staff, data, now=now), self._saved, self._save_failed)

    def _saved(self, row: VisitRow) -> None:
        self._saving = False
        self.show_message(self.tr("Saved: visit %1 – %2. Ready for the next visit.")
                          .replace("%1", fmt_time(row.visited_at)).replace("%2", ", ".join(row.topics)), ok=True)
        self.clear_form(keep_message=True)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if not isinstance(exc, AppError):
            log.error("Besøget kunne ikke gemmes", exc_info=exc)
            self.show_message(self.tr("The visit could not be saved: %1").replace("%1", str(exc)), ok=False)
            return
        self.show_message(exc.message, ok=False)
        field = self._field_widget(getattr(exc, "field", None))
        if field is not None and field.isVisible():
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_widget(self, field: str | None) -> QWidget | None:
        ui = self.ui
        fields: dict[str, QWidget] = {
            "visited_at": ui.visitDateEdit, "office": ui.officeCombo, "staff": ui.staffCombo,
            "estate": ui.estateCombo, "topics": ui.topicList, "language": ui.languageCombo,
            "duration": ui.durationSpin, "age_band": ui.ageCombo, "gender": ui.genderCombo,
            "referrals": ui.referralList, "outcome": ui.outcomeEdit, "follow_up_due": ui.followUpDate,
            "repeat_token": ui.tokenEdit, "notes": ui.notesEdit, "case": ui.clearCaseButton}
        return fields.get(field or "")

    def show_message(self, text: str, *, ok: bool) -> None:
        self.ui.messageLabel.setStyleSheet(themed(OK_STYLE if ok else ERROR_STYLE))
        self.ui.messageLabel.setText(text)

    def clear_form(self, *, keep_message: bool) -> None:
        """Ready for the next visitor: keeps date/time (now), office and staff member."""
        ui = self.ui
        self._reset_time()
        ui.estateCombo.setCurrentIndex(0)
        for widget in (ui.topicList, ui.referralList):
            for i in range(widget.count()):
                widget.item(i).setCheckState(Qt.CheckState.Unchecked)
            widget.setCurrentRow(-1)
            widget.clearSelection()
        for combo in (ui.languageCombo, ui.ageCombo, ui.genderCombo):
            combo.setCurrentIndex(0)
        ui.interpreterCheck.setChecked(False)
        ui.durationSpin.setValue(0)
        ui.tokenEdit.clear()
        ui.outcomeEdit.clear()
        ui.followUpCheck.setChecked(False)
        ui.notesEdit.clear()
        self.set_case(None, None)
        if not keep_message:
            ui.messageLabel.clear()
        self.focus_first_field()
