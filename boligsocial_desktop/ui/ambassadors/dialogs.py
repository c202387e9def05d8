"""Dialogs of the ambassador page: ambassador details, new shift, move-in, choose ambassador, deadlines.

Each dialog saves through `context.tasks.run` and closes only when the service accepted the
input; a refusal shows the service's Danish message and puts the cursor in the field it names.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCollator, QDate, QEvent, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.danish import clock_range_exact, danish_sort_key, long_date
from ...domain.enums import AmbassadorStatus, ConsentScope, DutyKind
from ...domain.languages import LANGUAGES, LanguageLevel, language_name, parse_language
from ...errors import AppError
from ...services.ambassadors import (
    AmbassadorDetail,
    AmbassadorInput,
    AmbassadorService,
    DutyInput,
    DutyService,
    LanguageSkill,
    MoveInInput,
    RosterRow,
    WelcomeVisitService,
    save_settings,
)
from ...services.ambassadors.common import fmt_hours, language_list
from ...services.ambassadors.duties import FOLLOWING, ONE, DutyRow, SavedShifts
from ...services.places import EstateInfo
from ..context import AppContext
from ..forms.ambassadors_ambassador_dialog_ui import Ui_AmbassadorDialog
from ..forms.ambassadors_choose_ambassador_dialog_ui import Ui_ChooseAmbassadorDialog
from ..forms.ambassadors_duty_dialog_ui import Ui_DutyDialog
from ..forms.ambassadors_move_in_dialog_ui import Ui_MoveInDialog
from ..forms.ambassadors_settings_dialog_ui import Ui_AmbassadorSettingsDialog
from ..status_colours import themed
from ..unsaved import GuardedDialog
from .models import capitalised, consent_label

EMPTY_DATE = QDate(1900, 1, 1)
ERROR_STYLE = "color: #b00020;"


def make_optional(edit: QDateEdit) -> None:
    """A date edit that can be empty: its minimum date means 'no date' and shows as a dash."""
    edit.setMinimumDate(EMPTY_DATE)
    edit.setSpecialValueText("–")
    edit.setDate(EMPTY_DATE)


def optional_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == edit.minimumDate() else value.toPython()


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value) if value else edit.minimumDate())


def sorted_estates(estates: list[EstateInfo]) -> list[EstateInfo]:
    collator = QCollator(QLocale())
    return sorted(estates, key=lambda e: collator.sortKey(e.name))


def show_error(dialog: QWidget, label, exc: BaseException, fields: dict[str, QWidget]) -> None:
    message = exc.message if isinstance(exc, AppError) else str(exc)
    label.setText(message)
    label.setStyleSheet(themed(ERROR_STYLE))
    widget = fields.get(getattr(exc, "field", None) or "")
    if widget is not None and widget.isEnabled():
        widget.setFocus()


COMMON_LANGUAGES = ("da", "ar", "so", "tr", "ur", "fa", "ti", "en", "pl")


def language_codes_by_name() -> list[str]:
    return sorted(LANGUAGES, key=lambda code: danish_sort_key(LANGUAGES[code]))


def language_codes_common_first() -> list[str]:
    """The languages most met in the estates first (by name), then the rest."""
    common = sorted(COMMON_LANGUAGES, key=lambda code: danish_sort_key(LANGUAGES[code]))
    return common + [code for code in language_codes_by_name() if code not in COMMON_LANGUAGES]


class AmbassadorDialog(GuardedDialog):
    """Create or edit one ambassador: person, languages, consent and contact data, notes."""

    def __init__(self, context: AppContext, estates: list[EstateInfo], detail: AmbassadorDetail | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AmbassadorDialog()
        self.ui.setupUi(self)
        self.context = context
        self.detail = detail
        self.saved: AmbassadorDetail | None = None
        ui = self.ui
        for estate in sorted_estates(estates):
            ui.estateCombo.addItem(estate.name, estate.id)
        for status in AmbassadorStatus:
            ui.statusCombo.addItem(capitalised(status.value), status.value)
        for scope in (ConsentScope.NONE, ConsentScope.STORE, ConsentScope.STORE_AND_SHARE):
            ui.consentScopeCombo.addItem(consent_label(scope), scope.value)
        for code in language_codes_by_name():
            ui.languageCombo.addItem(f"{language_name(code)} ({code})", code)
        ui.languageCombo.setCurrentIndex(-1)
        ui.languageCombo.lineEdit().setPlaceholderText(self.tr("Choose or type a language"))
        for level in LanguageLevel:
            ui.levelCombo.addItem(level.value, level.value)
        ui.levelCombo.setCurrentIndex(list(LanguageLevel).index(LanguageLevel.GOOD))
        for edit in (ui.startDateEdit, ui.stopDateEdit, ui.trainingDateEdit, ui.consentDateEdit):
            make_optional(edit)
        ui.consentScopeCombo.currentIndexChanged.connect(self._consent_changed)
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        ui.addLanguageButton.clicked.connect(self._add_language)
        ui.removeLanguageButton.clicked.connect(self._remove_language)
        ui.buttons.accepted.connect(self._save)
        ui.buttons.rejected.connect(self.reject)
        self.fields = {"name": ui.nameEdit, "estate": ui.estateCombo, "status": ui.statusCombo,
                       "start_date": ui.startDateEdit, "stop_date": ui.stopDateEdit,
                       "training_course": ui.trainingCourseEdit, "training_date": ui.trainingDateEdit,
                       "languages": ui.languageCombo, "consent_scope": ui.consentScopeCombo,
                       "consent_date": ui.consentDateEdit, "address": ui.addressEdit, "phone": ui.phoneEdit,
                       "email": ui.emailEdit, "notes": ui.notesEdit}
        if detail is None:
            self.setWindowTitle(self.tr("New ambassador"))
            ui.startDateEdit.setDate(QDate.currentDate())
            ui.hoursLabel.hide()
        else:
            self._show(detail)
        self._consent_changed()
        self._status_changed()
        ui.languageCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        ui.languageCombo.lineEdit().installEventFilter(self)  # Enter adds the typed language, it never saves
        self.remember_input()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.ui.languageCombo.lineEdit() and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if self.ui.languageCombo.currentText().strip():
                self._add_language()
            return True
        return super().eventFilter(watched, event)

    def _show(self, d: AmbassadorDetail) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Ambassador: %1").replace("%1", d.name))
        ui.nameEdit.setText(d.name)
        ui.estateCombo.setCurrentIndex(max(0, ui.estateCombo.findData(d.estate_id)))
        ui.statusCombo.setCurrentIndex(ui.statusCombo.findData(d.status.value))
        set_optional_date(ui.startDateEdit, d.start_date)
        set_optional_date(ui.stopDateEdit, d.stop_date)
        ui.trainingCourseEdit.setText(d.training_course or "")
        set_optional_date(ui.trainingDateEdit, d.training_date)
        for skill in d.languages:
            self._add_language_item(skill.code, skill.level.value)
        ui.consentScopeCombo.setCurrentIndex(ui.consentScopeCombo.findData(d.consent_scope.value))
        set_optional_date(ui.consentDateEdit, d.consent_date)
        ui.addressEdit.setText(d.address or "")
        ui.phoneEdit.setText(d.phone or "")
        ui.emailEdit.setText(d.email or "")
        ui.notesEdit.setPlainText(d.notes or "")
        ui.hoursLabel.setText(self.tr("Hours logged: %1 on %2 shifts done.")
                              .replace("%1", fmt_hours(d.hours_logged) or "0").replace("%2", str(d.duties_done)))
        if d.anonymised:
            ui.buttons.button(ui.buttons.StandardButton.Ok).setEnabled(False)
            ui.errorLabel.setText(self.tr("This ambassador has been anonymised and cannot be changed."))

    def _consent_changed(self) -> None:
        ui = self.ui
        consented = ui.consentScopeCombo.currentData() != ConsentScope.NONE.value
        for widget in (ui.addressEdit, ui.phoneEdit, ui.emailEdit, ui.consentDateEdit):
            widget.setEnabled(consented)
        if not consented:
            for edit in (ui.addressEdit, ui.phoneEdit, ui.emailEdit):
                edit.clear()
            set_optional_date(ui.consentDateEdit, None)
            ui.consentHint.setText(self.tr("Without consent no address, phone or e-mail is stored."))
        else:
            if optional_date(ui.consentDateEdit) is None:
                ui.consentDateEdit.setDate(QDate.currentDate())
            if ui.consentScopeCombo.currentData() == ConsentScope.STORE_AND_SHARE.value:
                ui.consentHint.setText(self.tr("The phone number is shown to the other ambassadors on printed "
                                               "rosters."))
            else:
                ui.consentHint.setText(self.tr("The contact data is stored for the office only; printed rosters "
                                               "do not show the phone number."))

    def _status_changed(self) -> None:
        stopped = self.ui.statusCombo.currentData() == AmbassadorStatus.STOPPED.value
        self.ui.stopDateEdit.setEnabled(stopped)
        if stopped and optional_date(self.ui.stopDateEdit) is None:
            self.ui.stopDateEdit.setDate(QDate.currentDate())
        if not stopped:
            set_optional_date(self.ui.stopDateEdit, None)

    def _add_language_item(self, code: str, level: str) -> None:
        for row in range(self.ui.languageList.count()):
            item = self.ui.languageList.item(row)
            if item.data(Qt.ItemDataRole.UserRole)[0] == code:
                self.ui.languageList.takeItem(row)
                break
        item = QListWidgetItem(f"{language_name(code)} – {level}")
        item.setData(Qt.ItemDataRole.UserRole, (code, level))
        self.ui.languageList.addItem(item)

    def _add_language(self) -> bool:
        combo = self.ui.languageCombo
        text = combo.currentText().strip()
        code = combo.currentData() if combo.currentIndex() >= 0 and combo.itemText(combo.currentIndex()) == text \
            else parse_language(text.split(" (")[0])
        if not code:
            self.ui.errorLabel.setText(self.tr("The language »%1« is not known. Choose one from the list.")
                                       .replace("%1", text))
            self.ui.errorLabel.setStyleSheet(themed(ERROR_STYLE))
            combo.setFocus()
            return False
        self.ui.errorLabel.clear()
        self._add_language_item(code, self.ui.levelCombo.currentData())
        combo.setCurrentIndex(-1)
        combo.setEditText("")
        return True

    def _remove_language(self) -> None:
        row = self.ui.languageList.currentRow()
        if row >= 0:
            self.ui.languageList.takeItem(row)

    def languages(self) -> tuple[LanguageSkill, ...]:
        skills = []
        for row in range(self.ui.languageList.count()):
            code, level = self.ui.languageList.item(row).data(Qt.ItemDataRole.UserRole)
            skills.append(LanguageSkill(code, LanguageLevel(level)))
        return tuple(skills)

    def input(self) -> AmbassadorInput:
        ui = self.ui
        return AmbassadorInput(
            name=ui.nameEdit.text(), estate_id=ui.estateCombo.currentData() or "", languages=self.languages(),
            address=ui.addressEdit.text(), phone=ui.phoneEdit.text(), email=ui.emailEdit.text(),
            status=ui.statusCombo.currentData(), start_date=optional_date(ui.startDateEdit),
            stop_date=optional_date(ui.stopDateEdit), training_course=ui.trainingCourseEdit.text(),
            training_date=optional_date(ui.trainingDateEdit), notes=ui.notesEdit.toPlainText(),
            consent_scope=ui.consentScopeCombo.currentData(), consent_date=optional_date(ui.consentDateEdit))

    def _save(self) -> None:
        if self.ui.languageCombo.currentText().strip() and not self._add_language():
            return  # a language typed but not added is added now, or the user hears why not
        data = self.input()
        service = AmbassadorService(self.context.db, viewer=self.context.staff)
        detail = self.detail
        stopping = (detail is not None and data.status == AmbassadorStatus.STOPPED.value
                    and detail.status != AmbassadorStatus.STOPPED)
        if stopping:
            def asked(shifts: list[str]) -> None:
                if not shifts or self.confirm_stop(shifts):
                    self._write(service, data)

            self.context.tasks.run(lambda: service.future_shifts(detail.id), asked,
                                   lambda exc: show_error(self, self.ui.errorLabel, exc, self.fields))
            return
        self._write(service, data)

    def confirm_stop(self, shifts: list[str]) -> bool:
        """Stopping leaves coming shifts: list them and ask. Tests replace it."""
        name = self.ui.nameEdit.text().strip()
        text = (self.tr("%1 is on these coming shifts. When %1 stops, the places are marked as cancelled and must "
                        "be filled by others:").replace("%1", name) + "\n\n" + "\n".join(shifts) + "\n\n"
                + self.tr("Stop %1 anyway?").replace("%1", name))
        answer = QMessageBox.question(self, self.tr("Stop ambassador"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, service: AmbassadorService, data: AmbassadorInput) -> None:
        actor = self.context.staff.id if self.context.staff else None
        detail = self.detail
        if detail is None:
            def work():
                return service.create(data, actor_id=actor)
        else:
            def work():
                return service.update(detail.id, data, expected_version=detail.version, actor_id=actor)
        self.context.tasks.run(work, self._saved, lambda exc: show_error(self, self.ui.errorLabel, exc, self.fields))

    def _saved(self, detail: AmbassadorDetail) -> None:
        self.saved = detail
        self.accept()


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
        self.saved = None
        self.result_info: SavedShifts | None = None
        ui = self.ui
        for kind in DutyKind:
            ui.kindCombo.addItem(capitalised(kind.value), kind.value)
        for estate in sorted_estates(estates):
            ui.estateCombo.addItem(estate.name, estate.id)
        ui.dateEdit.setDate(QDate(day))
        ui.startEdit.setTime(QTime(16, 0))
        ui.endEdit.setTime(QTime(18, 0))
        ui.sessionCombo.addItem(self.tr("None"), None)
        self.repeat_check = QCheckBox(self.tr("&Repeat every week until:"))
        self.repeat_check.setAccessibleName(self.tr("Repeat every week"))
        self.repeat_until_edit = QDateEdit(QDate(day).addDays(7 * 8))
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
        self._sessions = {}
        if duty is not None:
            self.setWindowTitle(self.tr("Edit shift"))
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(duty.kind.value))
            ui.estateCombo.setCurrentIndex(ui.estateCombo.findData(duty.estate_id))
            ui.dateEdit.setDate(QDate(duty.day))
            ui.startEdit.setTime(QTime(duty.start_time.hour, duty.start_time.minute))
            ui.endEdit.setTime(QTime(duty.end_time.hour, duty.end_time.minute))
            ui.neededSpin.setValue(duty.needed)
            ui.descriptionEdit.setText(duty.description or "")
        self._load_sessions()
        self.remember_input()

    def _load_sessions(self) -> None:
        day = self.ui.dateEdit.date().toPython()
        estate_id = self.ui.estateCombo.currentData()
        service = DutyService(self.context.db)
        self.context.tasks.run(lambda: service.sessions_on(day, estate_id), self._show_sessions,
                               lambda exc: show_error(self, self.ui.errorLabel, exc, {}))

    def _show_sessions(self, sessions) -> None:
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
        self.ui.startEdit.setTime(QTime(choice.start_time.hour, choice.start_time.minute))
        self.ui.endEdit.setTime(QTime(choice.end_time.hour, choice.end_time.minute))
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(DutyKind.EVENT_HOST.value))

    def input(self) -> DutyInput:
        ui = self.ui
        repeat = self.repeat_until_edit.date().toPython() if self.duty is None and self.repeat_check.isChecked() \
            else None
        return DutyInput(kind=ui.kindCombo.currentData(), estate_id=ui.estateCombo.currentData() or "",
                         day=ui.dateEdit.date().toPython(), start_time=ui.startEdit.time().toPython(),
                         end_time=ui.endEdit.time().toPython(), needed=ui.neededSpin.value(),
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
        service = DutyService(self.context.db)
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
            def work():
                return service.create_shifts(data, actor_id=actor)
        else:
            scope = FOLLOWING if duty.series_id and self.following_radio.isChecked() else ONE

            def work():
                return service.update_duty(duty.id, data, scope, actor_id=actor)
        self.context.tasks.run(work, self._saved, lambda exc: show_error(self, self.ui.errorLabel, exc, self.fields))

    def _saved(self, result: SavedShifts) -> None:
        self.result_info = result
        self.saved = result.first
        self.accept()


class MoveInDialog(GuardedDialog):
    """Register a move-in; a welcome visit is created, due after the office's deadline."""

    def __init__(self, context: AppContext, estates: list[EstateInfo], due_days: int, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MoveInDialog()
        self.ui.setupUi(self)
        self.context = context
        self.due_days = due_days
        self.saved = None
        ui = self.ui
        for estate in sorted_estates(estates):
            ui.estateCombo.addItem(estate.name, estate.id)
        for code in language_codes_common_first():
            item = QListWidgetItem(language_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.languageList.addItem(item)
        ui.dateEdit.setDate(QDate(today))
        ui.dateEdit.dateChanged.connect(self._show_due)
        ui.buttons.accepted.connect(self._save)
        ui.buttons.rejected.connect(self.reject)
        self.fields = {"estate": ui.estateCombo, "address": ui.addressEdit, "move_in_date": ui.dateEdit,
                       "languages": ui.languageList, "note": ui.noteEdit}
        self._show_due()
        self.remember_input()

    def _show_due(self) -> None:
        due = self.ui.dateEdit.date().addDays(self.due_days).toPython()
        self.ui.dueLabel.setText(self.tr("The welcome visit is due by %1.").replace("%1", long_date(due)))

    def check_language(self, code: str, checked: bool = True) -> None:
        for row in range(self.ui.languageList.count()):
            item = self.ui.languageList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def languages(self) -> tuple[str, ...]:
        items = (self.ui.languageList.item(row) for row in range(self.ui.languageList.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def input(self) -> MoveInInput:
        ui = self.ui
        return MoveInInput(estate_id=ui.estateCombo.currentData() or "", address=ui.addressEdit.text(),
                           move_in_date=ui.dateEdit.date().toPython(), languages=self.languages(),
                           note=ui.noteEdit.text())

    def _save(self) -> None:
        data = self.input()
        service = WelcomeVisitService(self.context.db)
        actor = self.context.staff.id if self.context.staff else None
        self.context.tasks.run(lambda: service.register_move_in(data, actor_id=actor), self._saved,
                               lambda exc: show_error(self, self.ui.errorLabel, exc, self.fields))

    def _saved(self, row) -> None:
        self.saved = row
        self.accept()


class ChooseAmbassadorDialog(QDialog):
    """Pick one ambassador from a list (to put on a shift, or to swap with)."""

    def __init__(self, rows: list[RosterRow], info: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ChooseAmbassadorDialog()
        self.ui.setupUi(self)
        self.chosen_id: str | None = None
        self.ui.infoLabel.setText(info)
        collator = QCollator(QLocale())
        for row in sorted(rows, key=lambda r: collator.sortKey(r.name)):
            text = f"{row.name} – {row.estate_name}"
            if row.languages:
                text += f" – {language_list(row.languages)}"
            if row.status != AmbassadorStatus.ACTIVE:
                text += f" ({row.status.value})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.ui.ambassadorList.addItem(item)
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ui.ambassadorList.itemDoubleClicked.connect(lambda _item: self._accept())
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first_visible = None
        for row in range(self.ui.ambassadorList.count()):
            item = self.ui.ambassadorList.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None:
            self.ui.ambassadorList.setCurrentItem(first_visible)

    def choose(self, ambassador_id: str) -> None:
        for row in range(self.ui.ambassadorList.count()):
            item = self.ui.ambassadorList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == ambassador_id:
                self.ui.ambassadorList.setCurrentItem(item)

    def _accept(self) -> None:
        item = self.ui.ambassadorList.currentItem()
        if item is None or item.isHidden():
            self.ui.errorLabel.setText(self.tr("Choose an ambassador in the list."))
            self.ui.errorLabel.setStyleSheet(themed(ERROR_STYLE))
            return
        self.chosen_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()


class AmbassadorSettingsDialog(GuardedDialog):
    """The office's deadlines: deletion of stopped ambassadors' contact data, welcome-visit due days."""

    def __init__(self, context: AppContext, deletion_days: int, due_days: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AmbassadorSettingsDialog()
        self.ui.setupUi(self)
        self.context = context
        self.saved = None
        self.ui.deletionSpin.setValue(deletion_days)
        self.ui.dueSpin.setValue(due_days)
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        self.remember_input()

    def _save(self) -> None:
        db = self.context.db
        deletion, due = self.ui.deletionSpin.value(), self.ui.dueSpin.value()
        fields = {"contact_deletion_days": self.ui.deletionSpin, "welcome_visit_due_days": self.ui.dueSpin}
        self.context.tasks.run(lambda: save_settings(db, deletion, due), self._saved,
                               lambda exc: show_error(self, self.ui.errorLabel, exc, fields))

    def _saved(self, settings) -> None:
        self.saved = settings
        self.accept()


__all__ = ["AmbassadorDialog", "AmbassadorSettingsDialog", "ChooseAmbassadorDialog", "DutyDialog", "MoveInDialog"]
