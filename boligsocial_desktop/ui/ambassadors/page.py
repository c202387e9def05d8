"""Beboerambassadører: the roster, the week's shift plan and the welcome-visit queue.

All database and file work goes through `context.tasks.run`; the page only shows rows
from the services. Dialogs are opened through `exec_dialog`, printouts go through
`print_document` (the system print dialog) and hours through `ask_hours`, so tests can drive them.
"""

from __future__ import annotations

import html
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QTableView,
    QWidget,
)

from ...domain.danish import long_date
from ...domain.enums import (
    AmbassadorStatus,
    AssignmentState,
    StaffRole,
    WelcomeVisitState,
)
from ...domain.languages import language_name
from ...errors import AppError
from ...services.ambassadors import (
    STATUS_ACTIVE_OR_PAUSED,
    AmbassadorService,
    AmbassadorSettings,
    DutyService,
    RosterFilter,
    RosterRow,
    Suggestions,
    WeekPlan,
    WelcomeVisitService,
    load_settings,
    printouts,
    retention,
)
from ...services.ambassadors.common import fmt_date, week_start
from ...services.places import EstateInfo, PlacesService
from ...services.validation import MAX_SEARCH_LENGTH
from ..context import AppContext
from ..forms.ambassadors_page_ui import Ui_AmbassadorsPage
from ..import_dialog import ImportDialog, ask_import_file
from ..keyboard import new_item_shortcut
from ..pdf_preview import print_pdf
from ..status_colours import themed
from ..watched_tables import AMBASSADORS
from .dialogs import (
    AmbassadorDialog,
    AmbassadorSettingsDialog,
    ChooseAmbassadorDialog,
    DutyDialog,
    MoveInDialog,
    language_codes_by_name,
    sorted_estates,
)
from .models import AssignmentModel, DutyModel, QueueModel, RosterModel, SuggestionModel

NOTICE_STYLE = "color: #1f5f8b;"
ERROR_STYLE = "color: #b00020;"


@dataclass(frozen=True)
class _Basics:
    estates: list[EstateInfo]
    settings: AmbassadorSettings


def _stretch_table(table: QTableView, stretch_column: int) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()


class AmbassadorsPage(QWidget):
    _last_closed = None

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self._today = today
        self.ui = Ui_AmbassadorsPage()
        self.ui.setupUi(self)
        self.estates: list[EstateInfo] = []
        self.settings = AmbassadorSettings()
        self.assignable: list[RosterRow] = []
        self.plan: WeekPlan | None = None
        self.suggestions: Suggestions | None = None
        self.monday = week_start(self.today)
        self.last_pdf: bytes | None = None  # the PDF printed last (for tests and a second look)
        self._select_duty_id: str | None = None

        ui = self.ui
        self.roster_model = RosterModel(self)
        self.duty_model = DutyModel(self)
        self.assignment_model = AssignmentModel(self)
        self.queue_model = QueueModel(self)
        self.suggestion_model = SuggestionModel(self)
        for table, model, stretch in ((ui.rosterTable, self.roster_model, 2), (ui.dutyTable, self.duty_model, 5),
                                      (ui.assignmentTable, self.assignment_model, 3),
                                      (ui.queueTable, self.queue_model, 1),
                                      (ui.suggestionTable, self.suggestion_model, 1)):
            table.setModel(model)
            _stretch_table(table, stretch)
        ui.rosterTable.sortByColumn(RosterModel.NAME, Qt.SortOrder.AscendingOrder)
        for table, widths in ((ui.rosterTable, [190, 120, 0, 70, 100, 110, 90, 90]),
                              (ui.dutyTable, [80, 115, 190, 110, 95, 0, 210, 200]),
                              (ui.assignmentTable, [200, 100, 60, 0]),
                              (ui.queueTable, [95, 0, 120, 95, 160, 150, 170]),
                              (ui.suggestionTable, [200, 0, 140, 120])):
            for column, width in enumerate(widths):
                if width:
                    table.setColumnWidth(column, width)
        ui.shiftsSplitter.setStretchFactor(0, 3)
        ui.shiftsSplitter.setStretchFactor(1, 2)
        ui.queueSplitter.setStretchFactor(0, 3)
        ui.queueSplitter.setStretchFactor(1, 2)
        ui.shiftsSplitter.setSizes([380, 220])
        ui.queueSplitter.setSizes([330, 270])

        ui.statusFilter.addItem(self.tr("Active and paused"), STATUS_ACTIVE_OR_PAUSED)
        ui.statusFilter.addItem(self.tr("Active"), AmbassadorStatus.ACTIVE.value)
        ui.statusFilter.addItem(self.tr("Paused"), AmbassadorStatus.PAUSED.value)
        ui.statusFilter.addItem(self.tr("Stopped"), AmbassadorStatus.STOPPED.value)
        ui.statusFilter.addItem(self.tr("Everyone"), None)
        ui.languageFilter.addItem(self.tr("All languages"), None)
        for code in language_codes_by_name():
            ui.languageFilter.addItem(language_name(code), code)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.load_roster)
        ui.searchEdit.setMaxLength(MAX_SEARCH_LENGTH)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (ui.estateFilter, ui.languageFilter, ui.statusFilter):
            combo.currentIndexChanged.connect(self.load_roster)
        ui.newAmbassadorButton.clicked.connect(self.new_ambassador)
        new_item_shortcut(self, self.new_item)
        ui.editAmbassadorButton.clicked.connect(self.edit_ambassador)
        ui.rosterTable.activated.connect(lambda _index: self.edit_ambassador())
        ui.importButton.clicked.connect(self.import_list)
        self.import_dialog: ImportDialog | None = None
        ui.printRosterButton.clicked.connect(self.print_roster)
        ui.printPersonalButton.clicked.connect(self.print_personal)
        ui.settingsButton.clicked.connect(self.edit_settings)
        ui.rosterTable.selectionModel().selectionChanged.connect(self._update_buttons)

        ui.previousWeekButton.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        ui.nextWeekButton.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        ui.thisWeekButton.clicked.connect(lambda: self.show_week(self.today))
        ui.shiftEstateFilter.currentIndexChanged.connect(self.load_week)
        ui.newDutyButton.clicked.connect(self.new_duty)
        ui.deleteDutyButton.clicked.connect(self.delete_duty)
        ui.printWeekButton.clicked.connect(self.print_week)
        ui.dutyTable.selectionModel().selectionChanged.connect(self._show_assignments)
        ui.assignmentTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.assignButton.clicked.connect(self.assign_to_duty)
        ui.confirmButton.clicked.connect(lambda: self.set_assignment_state(AssignmentState.CONFIRMED))
        ui.cancelButton.clicked.connect(lambda: self.set_assignment_state(AssignmentState.CANCELLED))
        ui.doneButton.clicked.connect(self.mark_done)
        ui.swapButton.clicked.connect(self.request_swap)
        ui.approveSwapButton.clicked.connect(self.approve_swap)
        ui.rejectSwapButton.clicked.connect(self.reject_swap)
        ui.removeAssignmentButton.clicked.connect(self.remove_assignment)

        ui.newMoveInButton.clicked.connect(self.new_move_in)
        ui.queueEstateFilter.currentIndexChanged.connect(self.load_queue)
        ui.showClosedCheck.toggled.connect(self.load_queue)
        ui.queueTable.selectionModel().selectionChanged.connect(self.load_suggestions)
        ui.showEveryoneCheck.toggled.connect(self.load_suggestions)
        ui.suggestionTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.suggestionTable.activated.connect(lambda _index: self.assign_visit())
        ui.assignVisitButton.clicked.connect(self.assign_visit)
        ui.unassignVisitButton.clicked.connect(self.unassign_visit)
        ui.visitDoneButton.clicked.connect(lambda: self.close_visit(WelcomeVisitState.DONE))
        ui.notHomeButton.clicked.connect(lambda: self.close_visit(WelcomeVisitState.NOT_HOME))
        ui.declinedButton.clicked.connect(lambda: self.close_visit(WelcomeVisitState.DECLINED))
        ui.reopenVisitButton.clicked.connect(self.reopen_visit)
        ui.editDutyButton.clicked.connect(self.edit_duty)
        ui.dutyTable.activated.connect(self.edit_duty)
        self._last_closed = None  # the visit closed last: "Genåbn besøg" undoes it even when it left the list

        context.watch(self, AMBASSADORS | {"estates"}, self.refresh)
        context.signals.staff_changed.connect(lambda _staff: self._update_buttons())
        self.run_retention()
        self.refresh()

    # --- small helpers ----------------------------------------------------

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def actor_id(self) -> str | None:
        return self.context.staff.id if self.context.staff else None

    def notice(self, text: str, error: bool = False) -> None:
        self.ui.retentionLabel.setText(text)
        self.ui.retentionLabel.setStyleSheet(themed(ERROR_STYLE if error else NOTICE_STYLE))

    def fail(self, exc: BaseException) -> None:
        self.notice(exc.message if isinstance(exc, AppError) else str(exc), error=True)

    def new_item(self) -> None:
        """Ctrl+N: a new ambassador, shift or move-in, after the tab in front."""
        tab = self.ui.tabs.currentWidget()
        {self.ui.shiftsTab: self.ui.newDutyButton, self.ui.queueTab: self.ui.newMoveInButton}.get(
            tab, self.ui.newAmbassadorButton).click()

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Modal dialogs go through here (tests replace it to drive the dialog)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self, pdf: bytes, title: str) -> bool:
        """The system print dialog (saving as PDF is one of its printers); False when the user cancels."""
        return print_pdf(self, pdf, title)

    def ask_import_path(self) -> Path | None:
        return ask_import_file(self, self.tr("Import ambassadors"))

    def ask_hours(self, suggested: float) -> float | None:
        hours, ok = QInputDialog.getDouble(self, self.tr("Hours"), self.tr("Hours spent on the shift:"), suggested,
                                           0.25, 24, 2)
        return hours if ok else None

    def _estate_combos(self):
        return (self.ui.estateFilter, self.ui.shiftEstateFilter, self.ui.queueEstateFilter)

    # --- loading ----------------------------------------------------------

    def run_retention(self) -> None:
        """At app start, on the worker: delete contact data of ambassadors stopped past the deadline."""
        db = self.context.db

        def done(result: retention.RetentionResult) -> None:
            if result.anonymised:
                self.notice(self.tr("Contact data of stopped ambassadors was deleted after the deadline: %1.")
                            .replace("%1", str(result.anonymised)))

        today = self._today
        self.context.tasks.run(lambda: retention.run_if_due(db, today), done, self.fail)

    def refresh(self) -> None:
        db = self.context.db

        def load() -> _Basics:
            return _Basics(PlacesService(db).estates(), load_settings(db))

        self.context.tasks.run(load, self._show_basics, self.fail)

    def _show_basics(self, basics: _Basics) -> None:
        self.estates = sorted_estates(basics.estates)
        self.settings = basics.settings
        for combo in self._estate_combos():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All estates"), None)
            for estate in self.estates:
                combo.addItem(estate.name, estate.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
        self.load_roster()
        self.load_week()
        self.load_queue()

    def roster_filter(self) -> RosterFilter:
        ui = self.ui
        return RosterFilter(estate_id=ui.estateFilter.currentData(), language=ui.languageFilter.currentData(),
                            status=ui.statusFilter.currentData(), text=ui.searchEdit.text())

    def load_roster(self) -> None:
        service = AmbassadorService(self.context.db, self._today, viewer=self.context.staff)
        flt = self.roster_filter()

        def load():
            return service.roster(flt), service.roster(RosterFilter(status=STATUS_ACTIVE_OR_PAUSED))

        self.context.tasks.run(load, self._show_roster, self.fail)

    def _show_roster(self, result) -> None:
        rows, assignable = result
        self.assignable = [r for r in assignable if not r.anonymised]
        self.roster_model.set_rows(rows)
        count = self.roster_model.total()
        self.ui.rosterCountLabel.setText(self.tr("1 ambassador") if count == 1
                                         else self.tr("%1 ambassadors").replace("%1", str(count)))
        self._update_buttons()

    def show_week(self, day: date) -> None:
        self.monday = week_start(day)
        self.load_week()

    def load_week(self) -> None:
        service = DutyService(self.context.db, self._today)
        monday, estate_id = self.monday, self.ui.shiftEstateFilter.currentData()
        self.context.tasks.run(lambda: service.week_plan(monday, estate_id), self._show_week, self.fail)

    def _show_week(self, plan: WeekPlan) -> None:
        selected = self.selected_duty()
        wanted = self._select_duty_id or (selected.id if selected else None)
        self._select_duty_id = None
        self.plan = plan
        _year, week, _ = plan.monday.isocalendar()
        self.ui.weekLabel.setText(self.tr("<b>Week %1</b>, %2 – %3").replace("%1", str(week))
                                  .replace("%2", fmt_date(plan.monday)).replace("%3", fmt_date(plan.sunday)))
        self.duty_model.set_rows(list(plan.duties))
        if plan.warnings:
            items = "".join(f"<li>{html.escape(w)}</li>" for w in plan.warnings)
            heading = self.tr("Warnings this week:")
            self.ui.warningsLabel.setText(f"<b>{heading}</b><ul style='margin:0'>{items}</ul>")
            self.ui.warningsLabel.setStyleSheet(themed("color: #8a4b00;"))
        else:
            self.ui.warningsLabel.setText(self.tr("No warnings this week."))
            self.ui.warningsLabel.setStyleSheet("")
        if wanted is not None:
            for row, duty in enumerate(plan.duties):
                if duty.id == wanted:
                    self.ui.dutyTable.selectRow(row)
        self._show_assignments()

    def load_queue(self) -> None:
        service = WelcomeVisitService(self.context.db, self._today)
        estate_id, closed = self.ui.queueEstateFilter.currentData(), self.ui.showClosedCheck.isChecked()
        self.context.tasks.run(lambda: service.queue(estate_id=estate_id, include_closed=closed), self._show_queue,
                               self.fail)

    def _show_queue(self, rows) -> None:
        selected = self.selected_visit()
        self.queue_model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        if overdue:
            text = (self.tr("1 visit is overdue") if overdue == 1
                    else self.tr("%1 visits are overdue").replace("%1", str(overdue)))
            self.ui.overdueLabel.setText(themed(f"<b style='color:#a4161a'>{text}</b>"))
        else:
            self.ui.overdueLabel.setText(self.tr("No overdue visits"))
        reselected = False
        if selected is not None:
            for row, visit in enumerate(rows):
                if visit.visit_id == selected.visit_id:
                    self.ui.queueTable.selectRow(row)
                    reselected = True
        if not reselected:
            self.load_suggestions()

    def load_suggestions(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            self.suggestions = None
            self.suggestion_model.set_rows([])
            self.ui.suggestionInfo.setText(self.tr("Choose a welcome visit in the list."))
            self._update_buttons()
            return
        service = WelcomeVisitService(self.context.db, self._today)
        everyone = self.ui.showEveryoneCheck.isChecked()
        self.context.tasks.run(lambda: service.suggestions(visit.visit_id, show_everyone=everyone),
                               self._show_suggestions, self.fail)

    def _show_suggestions(self, suggestions: Suggestions) -> None:
        self.suggestions = suggestions
        visit = self.selected_visit()
        self.suggestion_model.set_rows(list(suggestions.rows))
        languages = visit.language_names if visit and visit.languages else self.tr("no language given")
        estate = visit.estate_name if visit else ""
        if suggestions.no_match:
            text = self.tr("No active ambassador in %1 speaks %2. Tick »Show everyone« to choose among all.") \
                .replace("%1", estate).replace("%2", languages)
        elif suggestions.matched == 1:
            text = self.tr("1 active ambassador in %1 speaks %2.").replace("%1", estate).replace("%2", languages)
        else:
            text = self.tr("%1 active ambassadors in %2 speak %3; the least busy first.") \
                .replace("%1", str(suggestions.matched)).replace("%2", estate).replace("%3", languages)
        self.ui.suggestionInfo.setText(text)
        if suggestions.rows:
            self.ui.suggestionTable.selectRow(0)
        self._update_buttons()

    # --- selection --------------------------------------------------------

    def _selected_row(self, table: QTableView) -> int:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_ambassador(self) -> RosterRow | None:
        return self.roster_model.row_at(self._selected_row(self.ui.rosterTable))

    def selected_duty(self):
        return self.duty_model.row_at(self._selected_row(self.ui.dutyTable))

    def selected_assignment(self):
        return self.assignment_model.row_at(self._selected_row(self.ui.assignmentTable))

    def selected_visit(self):
        return self.queue_model.row_at(self._selected_row(self.ui.queueTable))

    def selected_suggestion(self):
        return self.suggestion_model.row_at(self._selected_row(self.ui.suggestionTable))

    def _show_assignments(self) -> None:
        duty = self.selected_duty()
        self.assignment_model.set_rows(list(duty.assignments) if duty else [])
        if duty is not None:
            self.ui.assignmentGroup.setTitle(self.tr("Ambassadors on %1, %2").replace("%1", duty.kind.value)
                                             .replace("%2", long_date(duty.day)))
        else:
            self.ui.assignmentGroup.setTitle(self.tr("Ambassadors on the selected shift"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ambassador = self.selected_ambassador()
        ui.editAmbassadorButton.setEnabled(ambassador is not None)
        ui.printPersonalButton.setEnabled(ambassador is not None and not ambassador.anonymised)
        duty = self.selected_duty()
        ui.deleteDutyButton.setEnabled(duty is not None)
        ui.editDutyButton.setEnabled(duty is not None)
        ui.assignButton.setEnabled(duty is not None)
        assignment = self.selected_assignment()
        has = assignment is not None
        ui.confirmButton.setEnabled(has and assignment.state != AssignmentState.CONFIRMED)
        ui.cancelButton.setEnabled(has and assignment.state != AssignmentState.CANCELLED)
        ui.doneButton.setEnabled(has and duty is not None and duty.day <= self.today)
        ui.swapButton.setEnabled(has and assignment.state in (AssignmentState.PROPOSED, AssignmentState.CONFIRMED))
        coordinator = bool(self.context.staff and self.context.staff.role in (StaffRole.COORDINATOR,
                                                                              StaffRole.ADMINISTRATOR))
        ui.approveSwapButton.setEnabled(has and assignment.swap_pending and coordinator)
        ui.approveSwapButton.setToolTip("" if coordinator else self.tr("Only a coordinator can approve a swap."))
        ui.rejectSwapButton.setEnabled(has and assignment.swap_pending)
        ui.removeAssignmentButton.setEnabled(has and assignment.state != AssignmentState.DONE)
        visit = self.selected_visit()
        open_visit = visit is not None and visit.state in (WelcomeVisitState.OPEN, WelcomeVisitState.PLANNED)
        ui.assignVisitButton.setEnabled(open_visit and self.selected_suggestion() is not None)
        ui.unassignVisitButton.setEnabled(open_visit and visit.ambassador_id is not None)
        for button in (ui.visitDoneButton, ui.notHomeButton, ui.declinedButton):
            button.setEnabled(open_visit)
        ui.visitDoneButton.setEnabled(open_visit and visit.ambassador_id is not None)
        ui.reopenVisitButton.setEnabled(self._visit_to_reopen() is not None)

    def _visit_to_reopen(self):
        visit = self.selected_visit()
        if visit is not None and visit.state not in (WelcomeVisitState.OPEN, WelcomeVisitState.PLANNED):
            return visit
        return self._last_closed

    # --- roster actions ---------------------------------------------------

    def new_ambassador(self) -> None:
        dialog = AmbassadorDialog(self.context, self.estates, parent=self)
        if self.exec_dialog(dialog) and dialog.saved:
            self.notice(self.tr("%1 is on the roster.").replace("%1", dialog.saved.name))
            self.load_roster()

    def edit_ambassador(self) -> None:
        row = self.selected_ambassador()
        if row is None:
            return
        service = AmbassadorService(self.context.db, self._today, viewer=self.context.staff)
        self.context.tasks.run(lambda: service.get(row.id), self._edit_loaded, self.fail)

    def _edit_loaded(self, detail) -> None:
        dialog = AmbassadorDialog(self.context, self.estates, detail, parent=self)
        if self.exec_dialog(dialog) and dialog.saved:
            self.notice(self.tr("The changes to %1 are saved.").replace("%1", dialog.saved.name))
            self.load_roster()
            self.load_week()
            self.load_queue()

    def import_list(self) -> None:
        """Import an ambassador list on the worker; the import page shows progress, asks about duplicates and
        shows the same summary as `import ambassadors` on the command line."""
        from ...services.ambassadors.importer import import_ambassadors

        path = self.ask_import_path()
        if path is None:
            return
        db, today, actor_id = self.context.db, self._today, self.actor_id

        def run(policy, report):
            return import_ambassadors(db, path, today=today, actor_id=actor_id, duplicates=policy, progress=report)

        dialog = ImportDialog.replace(self.import_dialog, self.context.tasks, run, path,
                                      self.tr("Import ambassadors"), self)
        self.import_dialog = dialog
        dialog.open()
        dialog.start()

    def edit_settings(self) -> None:
        dialog = AmbassadorSettingsDialog(self.context, self.settings.contact_deletion_days,
                                          self.settings.welcome_visit_due_days, parent=self)
        if self.exec_dialog(dialog) and dialog.saved:
            self.settings = dialog.saved
            self.notice(self.tr("The deadlines are saved."))

    def _write_pdf(self, suggested: str, make) -> None:
        """Make the PDF off the UI thread (in a temporary folder, removed at once), then print it."""
        title = Path(suggested).stem

        def work() -> bytes:
            with tempfile.TemporaryDirectory(prefix="boligsocial-udskrift-") as folder:
                return Path(make(Path(folder) / suggested)).read_bytes()

        def done(pdf: bytes) -> None:
            self.last_pdf = pdf
            if self.print_document(pdf, title):
                self.notice(self.tr("%1 is sent to the printer.").replace("%1", title))
            else:
                self.notice(self.tr("The printing is cancelled."))

        self.context.tasks.run(work, done, self.fail)

    def print_roster(self) -> None:
        from ...pdf.roster import write_roster_pdf

        db, flt, actor, today = self.context.db, self.roster_filter(), self.actor_id, self.today
        title = self.tr("Resident ambassadors")
        estate = self.ui.estateFilter.currentData()
        if estate:
            title += f" – {self.ui.estateFilter.currentText()}"
        self._write_pdf(f"ambassadører-{today.isoformat()}.pdf", lambda path: write_roster_pdf(
            path, printouts.roster_print(db, flt, title, today=today, actor_id=actor)))

    def print_personal(self) -> None:
        from ...pdf.roster import write_personal_schedule_pdf

        row = self.selected_ambassador()
        if row is None:
            return
        db, actor, today = self.context.db, self.actor_id, self.today
        self._write_pdf(f"vagtplan-{row.name}.pdf", lambda path: write_personal_schedule_pdf(
            path, printouts.personal_schedule_print(db, row.id, today, today=today, actor_id=actor)))

    def print_week(self) -> None:
        from ...pdf.roster import write_week_roster_pdf

        db, actor, today, monday = self.context.db, self.actor_id, self.today, self.monday
        estate_id = self.ui.shiftEstateFilter.currentData()
        week = monday.isocalendar()[1]
        self._write_pdf(f"vagtplan-uge-{week}.pdf", lambda path: write_week_roster_pdf(
            path, printouts.week_roster_print(db, monday, estate_id=estate_id, today=today, actor_id=actor)))

    # --- shift actions ----------------------------------------------------

    def new_duty(self) -> None:
        day = max(self.monday, self.today) if self.monday <= self.today <= self.monday + timedelta(days=6) \
            else self.monday
        dialog = DutyDialog(self.context, self.estates, day, parent=self)
        if self.exec_dialog(dialog) and dialog.saved:
            info = dialog.result_info
            if info is not None and info.count > 1:
                text = self.tr("%1 weekly shifts are created. Add ambassadors to each of them below.") \
                    .replace("%1", str(info.count))
                if info.skipped:
                    text += " " + self.tr("Skipped: %1.").replace("%1", "; ".join(info.skipped))
                self.notice(text)
            else:
                self.notice(self.tr("The shift is created. Add ambassadors to it below."))
            self.monday = week_start(dialog.saved.day)
            self._select_duty_id = dialog.saved.id
            self.load_week()

    def edit_duty(self) -> None:
        duty = self.selected_duty()
        if duty is None:
            return
        dialog = DutyDialog(self.context, self.estates, duty.day, parent=self, duty=duty)
        if self.exec_dialog(dialog) and dialog.result_info:
            info = dialog.result_info
            text = (self.tr("The shift is saved.") if info.count == 1
                    else self.tr("%1 shifts are saved.").replace("%1", str(info.count)))
            self.notice(" ".join([text, *info.warnings]), error=bool(info.warnings))
            self.monday = week_start(info.first.day)
            self._select_duty_id = info.first.id
            self.load_week()

    def delete_duty(self) -> None:
        duty = self.selected_duty()
        if duty is None:
            return
        service, actor = DutyService(self.context.db, self._today), self.actor_id
        self.context.tasks.run(lambda: service.delete_duty(duty.id, actor_id=actor),
                               lambda _r: (self.notice(self.tr("The shift is deleted.")), self.load_week()), self.fail)

    def _after_assignment(self, warnings: tuple[str, ...] = ()) -> None:
        if warnings:
            self.notice(" ".join(warnings), error=True)
        self.load_week()

    def assign_to_duty(self) -> None:
        duty = self.selected_duty()
        if duty is None:
            return
        taken = {a.ambassador_id for a in duty.assignments if a.state != AssignmentState.CANCELLED}
        rows = [r for r in self.assignable if r.id not in taken]
        info = self.tr("Who takes the shift %1 %2?").replace("%1", duty.kind.value) \
            .replace("%2", long_date(duty.day))
        dialog = ChooseAmbassadorDialog(rows, info, parent=self)
        if not self.exec_dialog(dialog) or not dialog.chosen_id:
            return
        service, actor, chosen = DutyService(self.context.db, self._today), self.actor_id, dialog.chosen_id

        def done(result) -> None:
            self.notice(self.tr("%1 is on the shift.").replace("%1", result.assignment.ambassador_name))
            self._after_assignment(result.warnings)

        self.context.tasks.run(lambda: service.assign(duty.id, chosen, actor_id=actor), done, self.fail)

    def set_assignment_state(self, state: AssignmentState, hours: float | None = None) -> None:
        assignment = self.selected_assignment()
        if assignment is None:
            return
        service, actor = DutyService(self.context.db, self._today), self.actor_id
        self.context.tasks.run(lambda: service.set_state(assignment.id, state.value, hours, actor_id=actor),
                               lambda _row: self._after_assignment(), self.fail)

    def mark_done(self) -> None:
        duty, assignment = self.selected_duty(), self.selected_assignment()
        if duty is None or assignment is None:
            return
        hours = self.ask_hours(assignment.hours or duty.duration_hours)
        if hours is not None:
            self.set_assignment_state(AssignmentState.DONE, hours)

    def request_swap(self) -> None:
        duty, assignment = self.selected_duty(), self.selected_assignment()
        if duty is None or assignment is None:
            return
        taken = {a.ambassador_id for a in duty.assignments if a.state != AssignmentState.CANCELLED}
        rows = [r for r in self.assignable if r.id not in taken]
        info = self.tr("%1 wants to swap the shift %2. Who takes it over? A coordinator approves the swap.") \
            .replace("%1", assignment.ambassador_name).replace("%2", long_date(duty.day))
        dialog = ChooseAmbassadorDialog(rows, info, parent=self)
        if not self.exec_dialog(dialog) or not dialog.chosen_id:
            return
        service, actor, chosen = DutyService(self.context.db, self._today), self.actor_id, dialog.chosen_id

        def done(row) -> None:
            self.notice(self.tr("The swap is recorded and waits for a coordinator's approval."))
            self._after_assignment()

        self.context.tasks.run(lambda: service.request_swap(assignment.id, chosen, actor_id=actor), done, self.fail)

    def approve_swap(self) -> None:
        assignment = self.selected_assignment()
        if assignment is None:
            return
        service, actor = DutyService(self.context.db, self._today), self.actor_id or ""

        def done(result) -> None:
            self.notice(self.tr("Swap approved: %1 takes the shift.").replace("%1", result.assignment.ambassador_name))
            self._after_assignment(result.warnings)

        self.context.tasks.run(lambda: service.approve_swap(assignment.id, actor), done, self.fail)

    def reject_swap(self) -> None:
        assignment = self.selected_assignment()
        if assignment is None:
            return
        service, actor = DutyService(self.context.db, self._today), self.actor_id
        self.context.tasks.run(lambda: service.reject_swap(assignment.id, actor_id=actor),
                               lambda _row: self._after_assignment(), self.fail)

    def remove_assignment(self) -> None:
        assignment = self.selected_assignment()
        if assignment is None:
            return
        service, actor = DutyService(self.context.db, self._today), self.actor_id
        self.context.tasks.run(lambda: service.remove_assignment(assignment.id, actor_id=actor),
                               lambda _row: self._after_assignment(), self.fail)

    # --- welcome visits ---------------------------------------------------

    def new_move_in(self) -> None:
        dialog = MoveInDialog(self.context, self.estates, self.settings.welcome_visit_due_days, self.today,
                              parent=self)
        if self.exec_dialog(dialog) and dialog.saved:
            self.notice(self.tr("The move-in at %1 is registered; the welcome visit is due by %2.")
                        .replace("%1", dialog.saved.address).replace("%2", long_date(dialog.saved.due_date)))
            self.load_queue()

    def assign_visit(self) -> None:
        visit, suggestion = self.selected_visit(), self.selected_suggestion()
        if visit is None or suggestion is None:
            return
        service, actor = WelcomeVisitService(self.context.db, self._today), self.actor_id

        def done(row) -> None:
            self.notice(self.tr("%1 makes the welcome visit at %2.").replace("%1", row.ambassador_name or "")
                        .replace("%2", row.address))
            self.load_queue()

        self.context.tasks.run(lambda: service.assign(visit.visit_id, suggestion.ambassador_id, actor_id=actor),
                               done, self.fail)

    def unassign_visit(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        service, actor = WelcomeVisitService(self.context.db, self._today), self.actor_id
        self.context.tasks.run(lambda: service.unassign(visit.visit_id, actor_id=actor),
                               lambda _row: self.load_queue(), self.fail)

    def close_visit(self, state: WelcomeVisitState) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        service, actor = WelcomeVisitService(self.context.db, self._today), self.actor_id

        def closed(row) -> None:
            self._last_closed = row
            self.notice(self.tr("The visit to %1 is closed as »%2«. Press Reopen visit to undo it.")
                        .replace("%1", row.address).replace("%2", row.state.value))
            self.load_queue()

        self.context.tasks.run(lambda: service.close(visit.visit_id, state.value, actor_id=actor), closed, self.fail)

    def reopen_visit(self) -> None:
        visit = self._visit_to_reopen()
        if visit is None:
            return
        service, actor = WelcomeVisitService(self.context.db, self._today), self.actor_id

        def reopened(row) -> None:
            self._last_closed = None
            self.notice(self.tr("The visit to %1 is open again.").replace("%1", row.address))
            self.load_queue()

        self.context.tasks.run(lambda: service.reopen(visit.visit_id, actor_id=actor), reopened, self.fail)


__all__ = ["AmbassadorsPage"]
