"""The Vagtplan tab: one week's shifts, the ambassadors on the selected shift, swaps and the printed week.

The tab's widgets come from the page's Designer form (`ui/ambassadors/page.ui` promotes the tab to this
class); `attach` wires them once the form is built.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QWidget

from ...domain.danish import long_date
from ...domain.enums import AssignmentState, StaffRole
from ...services.ambassadors import (
    STATUS_ACTIVE_OR_PAUSED,
    AmbassadorService,
    AssignmentRow,
    AssignResult,
    DutyRow,
    DutyService,
    RosterFilter,
    RosterRow,
    WeekPlan,
    printouts,
)
from ...services.ambassadors.common import fmt_date, week_start
from ..status_colours import themed
from ..watched_tables import AMBASSADOR_SHIFTS
from .dialogs import ChooseAmbassadorDialog
from .duty_dialog import DutyDialog
from .models import AssignmentModel, DutyModel
from .tables import selected_row, set_up_table

if TYPE_CHECKING:
    from ..forms.ambassadors_page_ui import Ui_AmbassadorsPage
    from .page import AmbassadorsPage


@dataclass(frozen=True)
class _Week:
    plan: WeekPlan
    assignable: list[RosterRow]  # who can be put on a shift: active and paused, not anonymised


class ShiftsTab(QWidget):
    """The week's shifts (browse with the arrows), who is on each, and the actions on them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duty_model = DutyModel(self)
        self.assignment_model = AssignmentModel(self)
        self.plan: WeekPlan | None = None
        self.assignable: list[RosterRow] = []
        self._select_duty_id: str | None = None

    def attach(self, page: AmbassadorsPage) -> None:
        """Wire the tab's widgets on `page`'s form and refresh when the shifts' tables change."""
        self.page, self.context = page, page.context
        self.ui: Ui_AmbassadorsPage = page.ui
        self.monday = week_start(page.today)
        ui = self.ui
        set_up_table(ui.dutyTable, self.duty_model, 5, [80, 115, 190, 110, 95, 0, 210, 200])
        set_up_table(ui.assignmentTable, self.assignment_model, 3, [200, 100, 60, 0])
        ui.shiftsSplitter.setStretchFactor(0, 3)
        ui.shiftsSplitter.setStretchFactor(1, 2)
        ui.shiftsSplitter.setSizes([380, 220])

        ui.previousWeekButton.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        ui.nextWeekButton.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        ui.thisWeekButton.clicked.connect(lambda: self.show_week(self.page.today))
        ui.shiftEstateFilter.currentIndexChanged.connect(self.load)
        ui.newDutyButton.clicked.connect(self.new_duty)
        ui.editDutyButton.clicked.connect(self.edit_duty)
        ui.dutyTable.activated.connect(self.edit_duty)
        ui.deleteDutyButton.clicked.connect(self.delete_duty)
        ui.printWeekButton.clicked.connect(self.print_week)
        ui.dutyTable.selectionModel().selectionChanged.connect(self._show_assignments)
        ui.assignmentTable.selectionModel().selectionChanged.connect(self.update_buttons)
        ui.assignButton.clicked.connect(self.assign_to_duty)
        ui.confirmButton.clicked.connect(lambda: self.set_assignment_state(AssignmentState.CONFIRMED))
        ui.cancelButton.clicked.connect(lambda: self.set_assignment_state(AssignmentState.CANCELLED))
        ui.doneButton.clicked.connect(self.mark_done)
        ui.swapButton.clicked.connect(self.request_swap)
        ui.approveSwapButton.clicked.connect(self.approve_swap)
        ui.rejectSwapButton.clicked.connect(self.reject_swap)
        ui.removeAssignmentButton.clicked.connect(self.remove_assignment)
        self.context.watch(self, AMBASSADOR_SHIFTS, self.load)
        self.context.signals.staff_changed.connect(self._staff_changed)

    def ask_hours(self, suggested: float) -> float | None:
        """The hours spent on a shift done (tests replace it); None when the user cancels."""
        hours, ok = QInputDialog.getDouble(self, self.tr("Hours"), self.tr("Hours spent on the shift:"), suggested,
                                           0.25, 24, 2)
        return hours if ok else None

    def _staff_changed(self, _staff: object) -> None:
        self.update_buttons()  # only a coordinator approves swaps

    def _duty_service(self) -> DutyService:
        return DutyService(self.context.db, self.page.today)

    # --- loading ----------------------------------------------------------

    def show_week(self, day: date) -> None:
        self.monday = week_start(day)
        self.load()

    def load(self) -> None:
        duties = self._duty_service()
        roster = AmbassadorService(self.context.db, self.page.today, viewer=self.context.staff)
        monday, estate_id = self.monday, self.ui.shiftEstateFilter.currentData()

        def load() -> _Week:
            assignable = roster.roster(RosterFilter(status=STATUS_ACTIVE_OR_PAUSED))
            return _Week(duties.week_plan(monday, estate_id), [r for r in assignable if not r.anonymised])

        self.context.tasks.run(load, self._show, self.page.fail)

    def _show(self, week: _Week) -> None:
        plan, ui = week.plan, self.ui
        self.assignable = week.assignable
        selected = self.selected_duty()
        wanted = self._select_duty_id or (selected.id if selected else None)
        self._select_duty_id = None
        self.plan = plan
        _year, number, _ = plan.monday.isocalendar()
        ui.weekLabel.setText(self.tr("<b>Week %1</b>, %2 – %3").replace("%1", str(number))
                             .replace("%2", fmt_date(plan.monday)).replace("%3", fmt_date(plan.sunday)))
        self.duty_model.set_rows(list(plan.duties))
        if plan.warnings:
            items = "".join(f"<li>{html.escape(w)}</li>" for w in plan.warnings)
            heading = self.tr("Warnings this week:")
            ui.warningsLabel.setText(f"<b>{heading}</b><ul style='margin:0'>{items}</ul>")
            ui.warningsLabel.setStyleSheet(themed("color: #8a4b00;"))
        else:
            ui.warningsLabel.setText(self.tr("No warnings this week."))
            ui.warningsLabel.setStyleSheet("")
        if wanted is not None:
            for row, duty in enumerate(plan.duties):
                if duty.id == wanted:
                    ui.dutyTable.selectRow(row)
        self._show_assignments()

    def selected_duty(self) -> DutyRow | None:
        return self.duty_model.row_at(selected_row(self.ui.dutyTable))

    def selected_assignment(self) -> AssignmentRow | None:
        return self.assignment_model.row_at(selected_row(self.ui.assignmentTable))

    def _show_assignments(self) -> None:
        duty = self.selected_duty()
        self.assignment_model.set_rows(list(duty.assignments) if duty else [])
        if duty is not None:
            self.ui.assignmentGroup.setTitle(self.tr("Ambassadors on %1, %2").replace("%1", duty.kind.value)
                                             .replace("%2", long_date(duty.day)))
        else:
            self.ui.assignmentGroup.setTitle(self.tr("Ambassadors on the selected shift"))
        self.update_buttons()

    def update_buttons(self) -> None:
        ui = self.ui
        duty = self.selected_duty()
        ui.deleteDutyButton.setEnabled(duty is not None)
        ui.editDutyButton.setEnabled(duty is not None)
        ui.assignButton.setEnabled(duty is not None)
        assignment = self.selected_assignment()
        staff = self.context.staff
        coordinator = bool(staff and staff.role in (StaffRole.COORDINATOR, StaffRole.ADMINISTRATOR))
        ui.approveSwapButton.setToolTip("" if coordinator else self.tr("Only a coordinator can approve a swap."))
        if assignment is None:
            for button in (ui.confirmButton, ui.cancelButton, ui.doneButton, ui.swapButton, ui.approveSwapButton,
                           ui.rejectSwapButton, ui.removeAssignmentButton):
                button.setEnabled(False)
            return
        state = assignment.state
        ui.confirmButton.setEnabled(state != AssignmentState.CONFIRMED)
        ui.cancelButton.setEnabled(state != AssignmentState.CANCELLED)
        ui.doneButton.setEnabled(duty is not None and duty.day <= self.page.today)
        ui.swapButton.setEnabled(state in (AssignmentState.PROPOSED, AssignmentState.CONFIRMED))
        ui.approveSwapButton.setEnabled(assignment.swap_pending and coordinator)
        ui.rejectSwapButton.setEnabled(assignment.swap_pending)
        ui.removeAssignmentButton.setEnabled(state != AssignmentState.DONE)

    # --- shifts -----------------------------------------------------------

    def new_duty(self) -> None:
        today = self.page.today
        day = max(self.monday, today) if self.monday <= today <= self.monday + timedelta(days=6) else self.monday
        dialog = DutyDialog(self.context, self.page.estates, day, parent=self.page)
        if self.page.exec_dialog(dialog) and dialog.saved:
            info = dialog.result_info
            if info is not None and info.count > 1:
                text = self.tr("%1 weekly shifts are created. Add ambassadors to each of them below.") \
                    .replace("%1", str(info.count))
                if info.skipped:
                    text += " " + self.tr("Skipped: %1.").replace("%1", "; ".join(info.skipped))
                self.page.notice(text)
            else:
                self.page.notice(self.tr("The shift is created. Add ambassadors to it below."))
            self.monday = week_start(dialog.saved.day)
            self._select_duty_id = dialog.saved.id
            self.load()

    def edit_duty(self) -> None:
        duty = self.selected_duty()
        if duty is None:
            return
        dialog = DutyDialog(self.context, self.page.estates, duty.day, parent=self.page, duty=duty)
        if self.page.exec_dialog(dialog) and dialog.result_info:
            info = dialog.result_info
            text = (self.tr("The shift is saved.") if info.count == 1
                    else self.tr("%1 shifts are saved.").replace("%1", str(info.count)))
            self.page.notice(" ".join([text, *info.warnings]), error=bool(info.warnings))
            self.monday = week_start(info.first.day)
            self._select_duty_id = info.first.id
            self.load()

    def delete_duty(self) -> None:
        duty = self.selected_duty()
        if duty is None:
            return
        service, actor, duty_id = self._duty_service(), self.page.actor_id, duty.id

        def deleted(_result: object) -> None:
            self.page.notice(self.tr("The shift is deleted."))
            self.load()

        self.context.tasks.run(lambda: service.delete_duty(duty_id, actor_id=actor), deleted, self.page.fail)

    def print_week(self) -> None:
        from ...pdf.roster import write_week_roster_pdf

        db, actor, today, monday = self.context.db, self.page.actor_id, self.page.today, self.monday
        estate_id = self.ui.shiftEstateFilter.currentData()
        week = monday.isocalendar()[1]
        self.page.print_made_pdf(f"vagtplan-uge-{week}.pdf", lambda path: write_week_roster_pdf(
            path, printouts.week_roster_print(db, monday, estate_id=estate_id, today=today, actor_id=actor)))

    # --- ambassadors on a shift ---------------------------------------------

    def _after_assignment(self, warnings: tuple[str, ...] = ()) -> None:
        if warnings:
            self.page.notice(" ".join(warnings), error=True)
        self.load()

    def _choose_ambassador(self, duty: DutyRow, info: str) -> str | None:
        """Ask who (of those not on `duty` yet); None when the user cancels."""
        taken = {a.ambassador_id for a in duty.assignments if a.state != AssignmentState.CANCELLED}
        dialog = ChooseAmbassadorDialog([r for r in self.assignable if r.id not in taken], info, parent=self.page)
        return dialog.chosen_id if self.page.exec_dialog(dialog) else None

    def assign_to_duty(self) -> None:
        duty = self.selected_duty()
        if duty is None:
            return
        chosen = self._choose_ambassador(duty, self.tr("Who takes the shift %1 %2?")
                                         .replace("%1", duty.kind.value).replace("%2", long_date(duty.day)))
        if not chosen:
            return
        service, actor, duty_id = self._duty_service(), self.page.actor_id, duty.id

        def done(result: AssignResult) -> None:
            self.page.notice(self.tr("%1 is on the shift.").replace("%1", result.assignment.ambassador_name))
            self._after_assignment(result.warnings)

        self.context.tasks.run(lambda: service.assign(duty_id, chosen, actor_id=actor), done, self.page.fail)

    def set_assignment_state(self, state: AssignmentState, hours: float | None = None) -> None:
        assignment = self.selected_assignment()
        if assignment is None:
            return
        service, actor, assignment_id = self._duty_service(), self.page.actor_id, assignment.id
        self.context.tasks.run(lambda: service.set_state(assignment_id, state.value, hours, actor_id=actor),
                               lambda _row: self._after_assignment(), self.page.fail)

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
        chosen = self._choose_ambassador(duty, self.tr(
            "%1 wants to swap the shift %2. Who takes it over? A coordinator approves the swap.")
            .replace("%1", assignment.ambassador_name).replace("%2", long_date(duty.day)))
        if not chosen:
            return
        service, actor, assignment_id = self._duty_service(), self.page.actor_id, assignment.id

        def done(_row: object) -> None:
            self.page.notice(self.tr("The swap is recorded and waits for a coordinator's approval."))
            self._after_assignment()

        self.context.tasks.run(lambda: service.request_swap(assignment_id, chosen, actor_id=actor), done,
                               self.page.fail)

    def approve_swap(self) -> None:
        assignment = self.selected_assignment()
        if assignment is None:
            return
        service, actor, assignment_id = self._duty_service(), self.page.actor_id or "", assignment.id

        def done(result: AssignResult) -> None:
            self.page.notice(self.tr("Swap approved: %1 takes the shift.")
                             .replace("%1", result.assignment.ambassador_name))
            self._after_assignment(result.warnings)

        self.context.tasks.run(lambda: service.approve_swap(assignment_id, actor), done, self.page.fail)

    def reject_swap(self) -> None:
        assignment = self.selected_assignment()
        if assignment is None:
            return
        service, actor, assignment_id = self._duty_service(), self.page.actor_id, assignment.id
        self.context.tasks.run(lambda: service.reject_swap(assignment_id, actor_id=actor),
                               lambda _row: self._after_assignment(), self.page.fail)

    def remove_assignment(self) -> None:
        assignment = self.selected_assignment()
        if assignment is None:
            return
        service, actor, assignment_id = self._duty_service(), self.page.actor_id, assignment.id
        self.context.tasks.run(lambda: service.remove_assignment(assignment_id, actor_id=actor),
                               lambda _row: self._after_assignment(), self.page.fail)


__all__ = ["ShiftsTab"]
