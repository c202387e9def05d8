"""The ambassador form: person, languages, consent and contact data, notes.

It saves through `context.tasks.run` and closes only when the service accepted the input; a refusal
shows the service's Danish message and puts the cursor in the field it names.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidgetItem, QMessageBox, QWidget

from ...domain.enums import AmbassadorStatus, ConsentScope
from ...domain.languages import LanguageLevel, language_name, parse_language
from ...services.ambassadors import (
    AmbassadorDetail,
    AmbassadorInput,
    AmbassadorService,
    LanguageSkill,
)
from ...services.ambassadors.common import fmt_hours
from ...services.places import EstateInfo
from .. import clock
from ..context import AppContext
from ..forms.ambassadors_ambassador_dialog_ui import Ui_AmbassadorDialog
from ..status_colours import themed
from ..unsaved import GuardedDialog
from .fields import (
    ERROR_STYLE,
    language_codes_by_name,
    make_optional,
    optional_date,
    set_optional_date,
    show_error,
    sorted_estates,
)
from .models import capitalised, consent_label


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
        self._language_edit().setPlaceholderText(self.tr("Choose or type a language"))
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
            ui.startDateEdit.setDate(clock.qdate_today())
            ui.hoursLabel.hide()
        else:
            self._show(detail)
        self._consent_changed()
        self._status_changed()
        ui.languageCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._language_edit().installEventFilter(self)  # Enter adds the typed language, it never saves
        self.remember_input()

    def _language_edit(self) -> QLineEdit:
        edit = self.ui.languageCombo.lineEdit()
        assert edit is not None  # the form makes the language combo editable
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.languageCombo.lineEdit() and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
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
                ui.consentDateEdit.setDate(clock.qdate_today())
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
            self.ui.stopDateEdit.setDate(clock.qdate_today())
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
        service = AmbassadorService(self.context.db, clock.today(), viewer=self.context.staff)
        detail = self.detail
        if (detail is not None and data.status == AmbassadorStatus.STOPPED.value
                and detail.status != AmbassadorStatus.STOPPED):
            ambassador_id = detail.id

            def asked(shifts: list[str]) -> None:
                if not shifts or self.confirm_stop(shifts):
                    self._write(service, data)

            self.context.tasks.run(lambda: service.future_shifts(ambassador_id), asked,
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
            def work() -> AmbassadorDetail:
                return service.create(data, actor_id=actor)
        else:
            def work() -> AmbassadorDetail:
                return service.update(detail.id, data, expected_version=detail.version, actor_id=actor)
        self.context.tasks.run(work, self._saved, lambda exc: show_error(self, self.ui.errorLabel, exc, self.fields))

    def _saved(self, detail: AmbassadorDetail) -> None:
        self.saved = detail
        self.accept()


__all__ = ["AmbassadorDialog"]
