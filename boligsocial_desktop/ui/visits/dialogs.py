"""Dialogs of the advice page: a new named case (consent first) and one visit's details."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain.danish import long_date
from ...errors import AppError
from ...services.visits import CaseInput, VisitDetail
from .. import clock
from ..forms.visits_case_dialog_ui import Ui_CaseDialog
from ..forms.visits_visit_dialog_ui import Ui_VisitDialog
from ..qt_dates import pydate
from ..status_colours import themed
from ..unsaved import GuardedDialog
from .labels import consent_names, fmt_time, gender_names, language_names

ERROR_STYLE = "color: #b00020;"


class CaseDialog(GuardedDialog):
    """Collects consent and the resident's details and emits `submitted(CaseInput)`; the caller saves it in
    the background and calls accept() or show_error(exc), so a refused case keeps everything typed."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        for value, label in consent_names().items():
            self.ui.consentKindCombo.addItem(label, value)
        today = clock.qdate_today()
        self.ui.consentDateEdit.setDate(today)
        self.ui.consentDateEdit.setMaximumDate(today)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save case"))
        self.ui.buttons.accepted.connect(self.accept_input)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.errorLabel.setStyleSheet(themed(ERROR_STYLE))
        self.remember_input()

    def case_input(self) -> CaseInput:
        return CaseInput(
            name=self.ui.nameEdit.text(), consent_kind=self.ui.consentKindCombo.currentData(),
            consent_date=pydate(self.ui.consentDateEdit.date()), consent_scope=self.ui.consentScopeEdit.text(),
            phone=self.ui.phoneEdit.text() or None, email=self.ui.emailEdit.text() or None)

    def accept_input(self) -> None:
        self.ui.errorLabel.clear()
        self.submitted.emit(self.case_input())

    def show_error(self, exc: BaseException) -> None:
        self.ui.errorLabel.setText(exc.message if isinstance(exc, AppError) else str(exc))
        field = {"name": self.ui.nameEdit, "phone": self.ui.phoneEdit, "email": self.ui.emailEdit,
                 "consent_scope": self.ui.consentScopeEdit, "consent_date": self.ui.consentDateEdit,
                 "consent_kind": self.ui.consentKindCombo}.get(getattr(exc, "field", None) or "")
        if field is not None:
            field.setFocus()


class VisitDialog(QDialog):
    """One visit in full; the note and case only reach advisers (the service decides)."""

    def __init__(self, detail: VisitDetail, can_delete: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        self.detail = detail
        self.ui.deleteButton.setVisible(can_delete)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.details.setHtml(self.html())

    def html(self) -> str:
        visit = self.detail.row
        local = visit.visited_at.astimezone()
        languages = language_names()
        rows = [
            (self.tr("When"), f"{long_date(local.date())} {fmt_time(visit.visited_at)}"),
            (self.tr("Office"), visit.office_name),
            (self.tr("Resident's estate"), visit.estate_name or "–"),
            (self.tr("Staff member"), visit.staff_name),
            (self.tr("Topics"), ", ".join(visit.topics)),
            (self.tr("Referred to"), ", ".join(visit.referrals) or "–"),
            (self.tr("Language"), (languages.get(visit.language, "–") if visit.language else "–")
             + (self.tr(", interpreter used") if visit.interpreter_used else "")),
            (self.tr("Duration"), self.tr("%n minute(s)", "", visit.duration_minutes)
             if visit.duration_minutes else "–"),
            (self.tr("Age band"), visit.age_band or "–"),
            (self.tr("Gender"), gender_names().get(visit.gender, "–") if visit.gender else "–"),
            (self.tr("Outcome"), visit.outcome or "–"),
            (self.tr("Follow-up"), (self.tr("done") if visit.follow_up_done else long_date(visit.follow_up_due))
             if visit.follow_up_due else "–"),
            (self.tr("Repeat code"), self.tr("yes, %1 visits with this code").replace("%1", str(visit.repeat_count))
             if visit.repeat_count else "–"),
        ]
        if self.detail.case_name:
            rows.append((self.tr("Named case"), self.detail.case_name))
        body = "".join(f"<tr><th align='left' style='padding-right:12px'>{escape(k)}</th><td>{escape(v)}</td></tr>"
                       for k, v in rows)
        html = f"<table>{body}</table>"
        if self.detail.notes:
            note_heading = self.tr("Note")
            html += f"<h3>{escape(note_heading)}</h3><p>{escape(self.detail.notes).replace(chr(10), '<br>')}</p>"
        return html
