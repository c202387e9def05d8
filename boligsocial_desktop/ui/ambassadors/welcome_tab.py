"""The Velkomstbesøg tab: the queue of welcome visits after move-ins, and who could make the selected one.

The tab's widgets come from the page's Designer form (`ui/ambassadors/page.ui` promotes the tab to this
class); `attach` wires them once the form is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...domain.danish import long_date
from ...domain.enums import WelcomeVisitState
from ...services.ambassadors import QueueRow, Suggestion, Suggestions, WelcomeVisitService
from ..status_colours import themed
from ..watched_tables import WELCOME_VISITS
from .dialogs import MoveInDialog
from .models import QueueModel, SuggestionModel
from .tables import selected_row, set_up_table

if TYPE_CHECKING:
    from ..forms.ambassadors_page_ui import Ui_AmbassadorsPage
    from .page import AmbassadorsPage

OPEN_STATES = (WelcomeVisitState.OPEN, WelcomeVisitState.PLANNED)


class WelcomeTab(QWidget):
    """Open (and, ticked, closed) welcome visits; the ambassadors who speak the household's languages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue_model = QueueModel(self)
        self.suggestion_model = SuggestionModel(self)
        self.suggestions: Suggestions | None = None
        self._last_closed: QueueRow | None = None  # closed last: "Genåbn besøg" undoes it even when it left the list

    def attach(self, page: AmbassadorsPage) -> None:
        """Wire the tab's widgets on `page`'s form and refresh when the visits' tables change."""
        self.page, self.context = page, page.context
        self.ui: Ui_AmbassadorsPage = page.ui
        ui = self.ui
        set_up_table(ui.queueTable, self.queue_model, 1, [95, 0, 120, 95, 160, 150, 170])
        set_up_table(ui.suggestionTable, self.suggestion_model, 1, [200, 0, 140, 120])
        ui.queueSplitter.setStretchFactor(0, 3)
        ui.queueSplitter.setStretchFactor(1, 2)
        ui.queueSplitter.setSizes([330, 270])

        ui.newMoveInButton.clicked.connect(self.new_move_in)
        ui.queueEstateFilter.currentIndexChanged.connect(self.load)
        ui.showClosedCheck.toggled.connect(self.load)
        ui.queueTable.selectionModel().selectionChanged.connect(self.load_suggestions)
        ui.showEveryoneCheck.toggled.connect(self.load_suggestions)
        ui.suggestionTable.selectionModel().selectionChanged.connect(self.update_buttons)
        ui.suggestionTable.activated.connect(lambda _index: self.assign_visit())
        ui.assignVisitButton.clicked.connect(self.assign_visit)
        ui.unassignVisitButton.clicked.connect(self.unassign_visit)
        ui.visitDoneButton.clicked.connect(lambda: self.close_visit(WelcomeVisitState.DONE))
        ui.notHomeButton.clicked.connect(lambda: self.close_visit(WelcomeVisitState.NOT_HOME))
        ui.declinedButton.clicked.connect(lambda: self.close_visit(WelcomeVisitState.DECLINED))
        ui.reopenVisitButton.clicked.connect(self.reopen_visit)
        self.context.watch(self, WELCOME_VISITS, self.load)

    def _service(self) -> WelcomeVisitService:
        return WelcomeVisitService(self.context.db, self.page.today)

    # --- loading ----------------------------------------------------------

    def load(self) -> None:
        service = self._service()
        estate_id, closed = self.ui.queueEstateFilter.currentData(), self.ui.showClosedCheck.isChecked()
        self.context.tasks.run(lambda: service.queue(estate_id=estate_id, include_closed=closed), self._show,
                               self.page.fail)

    def _show(self, rows: list[QueueRow]) -> None:
        ui = self.ui
        selected = self.selected_visit()
        self.queue_model.set_rows(rows)
        overdue = sum(1 for r in rows if r.overdue)
        if overdue:
            text = (self.tr("1 visit is overdue") if overdue == 1
                    else self.tr("%1 visits are overdue").replace("%1", str(overdue)))
            ui.overdueLabel.setText(themed(f"<b style='color:#a4161a'>{text}</b>"))
        else:
            ui.overdueLabel.setText(self.tr("No overdue visits"))
        reselected = False
        if selected is not None:
            for row, visit in enumerate(rows):
                if visit.visit_id == selected.visit_id:
                    ui.queueTable.selectRow(row)
                    reselected = True
        if not reselected:
            self.load_suggestions()

    def load_suggestions(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            self.suggestions = None
            self.suggestion_model.set_rows([])
            self.ui.suggestionInfo.setText(self.tr("Choose a welcome visit in the list."))
            self.update_buttons()
            return
        service, visit_id = self._service(), visit.visit_id
        everyone = self.ui.showEveryoneCheck.isChecked()
        self.context.tasks.run(lambda: service.suggestions(visit_id, show_everyone=everyone),
                               self._show_suggestions, self.page.fail)

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
        self.update_buttons()

    def selected_visit(self) -> QueueRow | None:
        return self.queue_model.row_at(selected_row(self.ui.queueTable))

    def selected_suggestion(self) -> Suggestion | None:
        return self.suggestion_model.row_at(selected_row(self.ui.suggestionTable))

    def _visit_to_reopen(self) -> QueueRow | None:
        visit = self.selected_visit()
        if visit is not None and visit.state not in OPEN_STATES:
            return visit
        return self._last_closed

    def update_buttons(self) -> None:
        ui = self.ui
        visit = self.selected_visit()
        open_visit = visit is not None and visit.state in OPEN_STATES
        has_ambassador = open_visit and visit is not None and visit.ambassador_id is not None
        ui.assignVisitButton.setEnabled(open_visit and self.selected_suggestion() is not None)
        ui.unassignVisitButton.setEnabled(has_ambassador)
        ui.notHomeButton.setEnabled(open_visit)
        ui.declinedButton.setEnabled(open_visit)
        ui.visitDoneButton.setEnabled(has_ambassador)
        ui.reopenVisitButton.setEnabled(self._visit_to_reopen() is not None)

    # --- actions ----------------------------------------------------------

    def new_move_in(self) -> None:
        dialog = MoveInDialog(self.context, self.page.estates, self.page.settings.welcome_visit_due_days,
                              self.page.today, parent=self.page)
        if self.page.exec_dialog(dialog) and dialog.saved:
            self.page.notice(self.tr("The move-in at %1 is registered; the welcome visit is due by %2.")
                             .replace("%1", dialog.saved.address).replace("%2", long_date(dialog.saved.due_date)))
            self.load()

    def assign_visit(self) -> None:
        visit, suggestion = self.selected_visit(), self.selected_suggestion()
        if visit is None or suggestion is None:
            return
        service, actor = self._service(), self.page.actor_id
        visit_id, ambassador_id = visit.visit_id, suggestion.ambassador_id

        def done(row: QueueRow) -> None:
            self.page.notice(self.tr("%1 makes the welcome visit at %2.").replace("%1", row.ambassador_name or "")
                             .replace("%2", row.address))
            self.load()

        self.context.tasks.run(lambda: service.assign(visit_id, ambassador_id, actor_id=actor), done,
                               self.page.fail)

    def unassign_visit(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        service, actor, visit_id = self._service(), self.page.actor_id, visit.visit_id
        self.context.tasks.run(lambda: service.unassign(visit_id, actor_id=actor),
                               lambda _row: self.load(), self.page.fail)

    def close_visit(self, state: WelcomeVisitState) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        service, actor, visit_id = self._service(), self.page.actor_id, visit.visit_id

        def closed(row: QueueRow) -> None:
            self._last_closed = row
            self.page.notice(self.tr("The visit to %1 is closed as »%2«. Press Reopen visit to undo it.")
                             .replace("%1", row.address).replace("%2", row.state.value))
            self.load()

        self.context.tasks.run(lambda: service.close(visit_id, state.value, actor_id=actor), closed, self.page.fail)

    def reopen_visit(self) -> None:
        visit = self._visit_to_reopen()
        if visit is None:
            return
        service, actor, visit_id = self._service(), self.page.actor_id, visit.visit_id

        def reopened(row: QueueRow) -> None:
            self._last_closed = None
            self.page.notice(self.tr("The visit to %1 is open again.").replace("%1", row.address))
            self.load()

        self.context.tasks.run(lambda: service.reopen(visit_id, actor_id=actor), reopened, self.page.fail)


__all__ = ["WelcomeTab"]
