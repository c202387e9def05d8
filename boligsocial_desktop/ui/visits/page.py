"""Åben Rådgivning: log a walk-in visit by keyboard in seconds, follow-ups, log, cases, deadlines, audit.

The entry form saves on Enter from any field (Shift+Enter makes a new line in the
notes), keeps the office and staff member, and clears the rest for the next visitor.
Everything that touches the database runs through `context.tasks`.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTableView,
    QWidget,
)

from ...domain.danish import long_date
from ...domain.enums import StaffRole
from ...errors import AppError
from ...services.staff import StaffInfo
from ...services.visits import (
    AGE_BANDS,
    LANGUAGE_CODES,
    FollowUp,
    FollowUpService,
    ReferenceData,
    VisitDetail,
    VisitInput,
    VisitRow,
    VisitService,
    daily_check,
)
from ..context import AppContext
from ..dialogs import role_label
from ..forms.visits_visits_page_ui import Ui_VisitsPage
from ..import_dialog import ImportDialog, ask_import_file
from ..keyboard import new_item_shortcut
from ..status_colours import themed
from ..watched_tables import ADVICE, ADVICE_CHOICES
from .dialogs import VisitDialog
from .labels import fmt_count, fmt_time, gender_names, language_names, sort_key
from .models import ROW_ID_ROLE, FollowUpModel, VisitRowsModel
from .tabs import AuditTab, CasesTab, LogTab, RetentionTab

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
RECENT_LIMIT = 15
MAX_COLUMN_WIDTH = 130
WIDE_COLUMN_WIDTH = 240
OFFICE_SETTING = "visits/office"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_plain_enter(event) -> bool:
    return (event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


class VisitsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_VisitsPage()
        self.ui.setupUi(self)
        self.visits = VisitService(context.db)
        self.follow_ups = FollowUpService(context.db)
        self.reference: ReferenceData | None = None
        self.case_id: str | None = None
        self.visit_dialog: VisitDialog | None = None
        self._saving = False
        self._time_touched = False
        self.confirm = self._ask_yes_no  # replaced in tests
        self.last_error_box: QMessageBox | None = None

        self.recent_model = VisitRowsModel(("date", "time", "estate", "topics", "referrals", "language", "staff",
                                            "follow_up", "repeat", "notes"), self)
        self._setup_table(self.ui.recentTable, self.recent_model, stretch_column=3)
        self.follow_up_model = FollowUpModel(self)
        self._setup_table(self.ui.followUpTable, self.follow_up_model, stretch_column=4)
        self.follow_up_model.done_requested.connect(self.mark_done)

        self.log_tab = LogTab(self)
        self.cases_tab = CasesTab(self)
        self.retention_tab = RetentionTab(self)
        self.audit_tab = AuditTab(self)

        self._setup_entry()
        self.ui.recentTable.doubleClicked.connect(lambda index: self.open_visit(index.data(ROW_ID_ROLE)))
        self.ui.recentTable.installEventFilter(self)
        self.ui.followUpTable.doubleClicked.connect(lambda index: self.open_visit(index.data(ROW_ID_ROLE)))
        self.ui.followUpTable.installEventFilter(self)
        self.ui.openFollowUpButton.clicked.connect(
            lambda: self.open_visit(self._current_id(self.ui.followUpTable)))
        self.ui.doneButton.clicked.connect(lambda: self.mark_done(self._current_id(self.ui.followUpTable)))
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        self.ui.importButton.clicked.connect(self.import_visits)
        new_item_shortcut(self, self.focus_new_visit)
        self.import_dialog: ImportDialog | None = None

        context.signals.staff_changed.connect(self.apply_role)
        context.watch(self, ADVICE_CHOICES, self.refresh)
        context.watch(self, ADVICE, self.refresh_lists)
        self.apply_role(context.staff)
        self.refresh()
        context.tasks.run(lambda: daily_check(context.db), self._daily_check_done, self._background_failed)
        self.ui.estateCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- setup --------------------------------------------------------------

    @staticmethod
    def _setup_table(view: QTableView, model, stretch_column: int) -> None:
        """Compact one-line rows; columns fit their contents (capped) once data arrives; the wide column
        (topics, names) gets more room and the last column fills what is left."""
        view.setModel(model)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.setTabKeyNavigation(False)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setProperty("fitted", False)

        def fit() -> None:
            if view.property("fitted") or model.rowCount() == 0:
                return
            view.setProperty("fitted", True)
            for column in range(model.columnCount()):
                view.resizeColumnToContents(column)
                cap = WIDE_COLUMN_WIDTH if column == stretch_column else MAX_COLUMN_WIDTH
                view.setColumnWidth(column, min(view.columnWidth(column) + 8, cap))

        model.modelReset.connect(fit)
        model.rowsInserted.connect(fit)

    def _setup_entry(self) -> None:
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
        self._clock.setInterval(15_000)
        self._clock.timeout.connect(self._follow_clock)
        self._clock.start()
        ui.followUpDate.setDate(QDate.currentDate().addDays(7))
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

    # --- roles --------------------------------------------------------------

    @property
    def staff(self) -> StaffInfo | None:
        return self.context.staff

    def is_adviser(self) -> bool:
        return bool(self.staff and self.staff.is_adviser)

    def is_admin(self) -> bool:
        return bool(self.staff and self.staff.role == StaffRole.ADMINISTRATOR)

    def apply_role(self, staff: StaffInfo | None = None) -> None:
        adviser, admin = self.is_adviser(), self.is_admin()
        self.ui.notesLabel.setVisible(adviser)
        self.ui.notesEdit.setVisible(adviser)
        if not adviser:
            self.ui.notesEdit.clear()
            self.set_case(None, None)
        tabs = self.ui.tabs
        tabs.setTabVisible(tabs.indexOf(self.ui.casesTab), adviser)
        tabs.setTabVisible(tabs.indexOf(self.ui.retentionTab), admin)
        tabs.setTabVisible(tabs.indexOf(self.ui.auditTab), admin)
        self.log_tab.apply_role(adviser)
        if self.staff is None:
            self.ui.roleHint.setText(self.tr("Choose who you are (File > Switch user) to log visits."))
        elif adviser:
            self.ui.roleHint.clear()
        else:
            self.ui.roleHint.setText(self.tr("You are signed in as %1: notes and named cases are only for advisers "
                                             "and administrators, so they are hidden here.")
                                     .replace("%1", role_label(self.staff.role).lower()))
        self.ui.roleHint.setVisible(bool(self.ui.roleHint.text()))
        if staff is not None and self.reference is not None:
            self._select_data(self.ui.staffCombo, staff.id)
        self.refresh_lists()

    # --- loading ------------------------------------------------------------

    def refresh(self) -> None:
        self.context.tasks.run(self.visits.reference_data, self._fill_reference, self._background_failed)
        self.refresh_lists()

    def refresh_lists(self) -> None:
        staff = self.staff
        if staff is None:
            self.recent_model.set_rows([])
            self.follow_up_model.set_rows([])
            return
        self.context.tasks.run(lambda: self.visits.recent(staff, RECENT_LIMIT), self.recent_model.set_rows,
                               self._background_failed)
        self.refresh_follow_ups()

    def refresh_follow_ups(self) -> None:
        staff = self.staff
        if staff is None:
            return
        self.context.tasks.run(lambda: self.follow_ups.open_follow_ups(staff), self._show_follow_ups,
                               self._background_failed)

    def _fill_reference(self, reference: ReferenceData) -> None:
        self.reference = reference
        key = sort_key()
        estates = sorted(reference.estates, key=lambda c: key(c.name))
        staff = sorted(reference.staff, key=lambda c: key(c.name))
        office_id = self.ui.officeCombo.currentData() or QSettings().value(OFFICE_SETTING)
        estate_id = self.ui.estateCombo.currentData()
        staff_id = self.ui.staffCombo.currentData() or (self.staff.id if self.staff else None)
        combos = ((self.ui.officeCombo, estates, None), (self.ui.estateCombo, estates, self.tr("– not noted")),
                  (self.ui.staffCombo, staff, None))
        for combo, choices, empty in combos:
            combo.blockSignals(True)
            combo.clear()
            if empty:
                combo.addItem(empty, None)
            for choice in choices:
                combo.addItem(choice.name, choice.id)
            combo.blockSignals(False)
        self._select_data(self.ui.officeCombo, office_id)
        self._select_data(self.ui.estateCombo, estate_id)
        self._select_data(self.ui.staffCombo, staff_id)
        for widget, choices in ((self.ui.topicList, reference.topics), (self.ui.referralList, reference.referrals)):
            ticked = self._ticked(widget)
            widget.clear()
            for choice in choices:
                item = QListWidgetItem(choice.name, widget)
                item.setData(ROW_ID_ROLE, choice.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if choice.id in ticked else Qt.CheckState.Unchecked)
        self.log_tab.fill_reference(reference, estates, staff)

    @staticmethod
    def _select_data(combo, value) -> None:
        index = combo.findData(value) if value is not None else -1
        combo.setCurrentIndex(index if index >= 0 else 0)

    @staticmethod
    def _ticked(widget) -> list[str]:
        return [widget.item(i).data(ROW_ID_ROLE) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    # --- the entry form -----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if watched is self.ui.notesEdit and is_plain_enter(event):
                self.save_visit()
                return True
            if watched is self.ui.entryGroup and is_plain_enter(event):
                self.save_visit()
                return True
            if watched in (self.ui.recentTable, self.ui.followUpTable):
                current = self._current_id(watched)
                if is_plain_enter(event) and current:
                    self.open_visit(current)
                    return True
                if event.key() == Qt.Key.Key_Delete and watched is self.ui.recentTable and current:
                    self.delete_visit(current)
                    return True
                if event.key() == Qt.Key.Key_Space and watched is self.ui.followUpTable and current:
                    self.mark_done(current)
                    return True
        return super().eventFilter(watched, event)

    def _reset_time(self) -> None:
        self._time_touched = False
        self._follow_clock()

    def _follow_clock(self) -> None:
        """Show the time now, unless the user has typed another time for this visit."""
        if self._time_touched:
            return
        now = QDateTime.currentDateTime()
        for edit in (self.ui.visitDateEdit, self.ui.visitTimeEdit):
            edit.blockSignals(True)
        self.ui.visitDateEdit.setMaximumDate(now.date().addDays(1))
        self.ui.visitDateEdit.setDate(now.date())
        self.ui.visitTimeEdit.setTime(now.time())
        for edit in (self.ui.visitDateEdit, self.ui.visitTimeEdit):
            edit.blockSignals(False)

    def _time_edited(self, _value) -> None:
        self._time_touched = True

    def _office_changed(self, _index: int) -> None:
        office = self.ui.officeCombo.currentData()
        if office:
            QSettings().setValue(OFFICE_SETTING, office)

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
            visited_at = datetime.combine(ui.visitDateEdit.date().toPython(),
                                          ui.visitTimeEdit.time().toPython()).astimezone()
        else:
            visited_at = datetime.now().astimezone()
        follow_up = ui.followUpDate.date().toPython() if ui.followUpCheck.isChecked() else None
        return VisitInput(
            visited_at=visited_at,
            office_estate_id=ui.officeCombo.currentData(),
            staff_id=ui.staffCombo.currentData(),
            topic_ids=tuple(self._ticked(ui.topicList)),
            estate_id=ui.estateCombo.currentData(),
            language=ui.languageCombo.currentData(),
            interpreter_used=ui.interpreterCheck.isChecked(),
            duration_minutes=ui.durationSpin.value() or None,
            age_band=ui.ageCombo.currentData(),
            gender=ui.genderCombo.currentData(),
            referral_ids=tuple(self._ticked(ui.referralList)),
            outcome=ui.outcomeEdit.text(),
            follow_up_due=follow_up,
            repeat_token=ui.tokenEdit.text(),
            case_id=self.case_id,
            notes=ui.notesEdit.toPlainText() if self.is_adviser() else None,
        )

    def save_visit(self) -> None:
        if self._saving:
            return
        staff = self.staff
        data = self.visit_input()
        self._saving = True
        self.context.tasks.run(lambda: self.visits.log_visit(staff, data), self._saved, self._save_failed)

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

    def _field_widget(self, field: str | None):
        ui = self.ui
        return {"visited_at": ui.visitDateEdit, "office": ui.officeCombo, "staff": ui.staffCombo,
                "estate": ui.estateCombo, "topics": ui.topicList, "language": ui.languageCombo,
                "duration": ui.durationSpin, "age_band": ui.ageCombo, "gender": ui.genderCombo,
                "referrals": ui.referralList, "outcome": ui.outcomeEdit, "follow_up_due": ui.followUpDate,
                "repeat_token": ui.tokenEdit, "notes": ui.notesEdit, "case": ui.clearCaseButton}.get(field or "")

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
        ui.estateCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- visits and follow-ups ----------------------------------------------

    @staticmethod
    def _current_id(view) -> str | None:
        index = view.currentIndex()
        return index.data(ROW_ID_ROLE) if index.isValid() else None

    def open_visit(self, visit_id: str | None) -> None:
        staff = self.staff
        if not visit_id or staff is None:
            return
        self.context.tasks.run(lambda: self.visits.detail(staff, visit_id), self._show_visit, self._report_error)

    def _show_visit(self, detail: VisitDetail) -> None:
        can_delete = self.is_adviser() or (self.staff is not None and detail.row.staff_id == self.staff.id)
        dialog = VisitDialog(detail, can_delete, self)
        dialog.setWindowTitle(self.tr("Visit %1").replace("%1", long_date(detail.row.visited_at.astimezone().date())))
        dialog.ui.deleteButton.clicked.connect(lambda: self.delete_visit(detail.row.id, dialog))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.visit_dialog = dialog
        dialog.open()

    def delete_visit(self, visit_id: str, dialog: VisitDialog | None = None) -> None:
        staff = self.staff
        if staff is None or not self.confirm(self.tr("Delete visit"),
                                             self.tr("Delete this visit? Its note is deleted too. This cannot be "
                                                     "undone.")):
            return

        def done(_result) -> None:
            if dialog is not None:
                dialog.accept()
            self.show_message(self.tr("The visit is deleted."), ok=True)

        self.context.tasks.run(lambda: self.visits.delete_visit(staff, visit_id), done, self._report_error)

    def _show_follow_ups(self, rows: list[FollowUp]) -> None:
        self.follow_up_model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        if not rows:
            text = self.tr("You have no open follow-ups.")
        else:
            single = (self.tr("1 open follow-up, and it is overdue. Tick Done (or press Space) when it is handled.")
                      if overdue else
                      self.tr("1 open follow-up, not yet due. Tick Done (or press Space) when it is handled."))
            text = (single if len(rows) == 1 else
                    self.tr("%1 open follow-ups, %2 overdue. Tick Done (or press Space) when one is handled.")) \
                .replace("%1", fmt_count(len(rows))).replace("%2", fmt_count(overdue))
            text += " " + self.tr("Next due: %1.").replace("%1", long_date(rows[0].due))
        self.ui.followUpSummary.setText(text)
        tabs = self.ui.tabs
        title = self.tr("&Follow-ups") + (f" ({len(rows)})" if rows else "")
        tabs.setTabText(tabs.indexOf(self.ui.followUpTab), title)

    def mark_done(self, visit_id: str | None) -> None:
        staff = self.staff
        if not visit_id or staff is None:
            return
        self.context.tasks.run(lambda: self.follow_ups.mark_done(staff, visit_id), on_error=self._report_error)

    # --- misc -----------------------------------------------------------------

    def focus_new_visit(self) -> None:
        """Ctrl+N: to the form for the next visit, keyboard in its first field (what is typed stays)."""
        self.ui.tabs.setCurrentWidget(self.ui.entryTab)
        self.ui.estateCombo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_changed(self, index: int) -> None:
        widget = self.ui.tabs.widget(index)
        for tab in (self.log_tab, self.cases_tab, self.retention_tab, self.audit_tab):
            if widget is tab.widget:
                tab.shown()

    def _daily_check_done(self, report) -> None:
        self.retention_tab.daily_check_done(report)

    def _background_failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, AppError) else str(exc)
        log.warning("Åben Rådgivning: %s", message, exc_info=not isinstance(exc, AppError))
        self.show_message(message, ok=False)

    def _report_error(self, exc: BaseException) -> None:
        if isinstance(exc, AppError):
            self.show_message(exc.message, ok=False)
            self.error_box(exc.message)
        else:
            log.error("Åben Rådgivning: uventet fejl", exc_info=exc)
            self.error_box(str(exc))

    def error_box(self, text: str) -> None:
        """A non-blocking message box (the page goes on working; tests can read it)."""
        if not self.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Open advice"), text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_error_box = box
        box.open()

    def ask_import_path(self):
        return ask_import_file(self, self.tr("Import visits"))

    def import_visits(self) -> None:
        """Import a visit log on the worker; the import page shows progress, asks about duplicates and shows the
        same summary as `import visits` on the command line. Rows without a Kontor column get the office chosen
        in the entry form."""
        from ...services.visits.importing import import_visits

        path = self.ask_import_path()
        if path is None:
            return
        db, actor, office_id = self.context.db, self.staff, self.ui.officeCombo.currentData()

        def run(policy, report):
            return import_visits(db, path, actor, office_id=office_id, duplicates=policy, progress=report)

        dialog = ImportDialog.replace(self.import_dialog, self.context.tasks, run, path, self.tr("Import visits"),
                                      self)
        self.import_dialog = dialog
        dialog.open()
        dialog.start()

    def _ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

