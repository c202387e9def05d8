"""Opfølgning: the signed-in staff member's open follow-ups, earliest due first; Space marks one done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from ...domain.danish import long_date
from ...services.visits import FollowUp, FollowUpService
from .. import clock
from ..forms.visits_follow_up_tab_ui import Ui_FollowUpTab
from ..watched_tables import ADVICE, ADVICE_CHOICES
from .common import current_id, is_plain_enter, key_pressed, setup_table
from .labels import fmt_count
from .models import ROW_ID_ROLE, FollowUpModel

if TYPE_CHECKING:
    from .page import VisitsPage


class FollowUpTab(QWidget):
    def __init__(self, page: VisitsPage, tabs: QTabWidget):
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.tabs = tabs  # the tab's title counts the open follow-ups
        self.ui = Ui_FollowUpTab()
        self.ui.setupUi(self)
        self.setObjectName("followUpTab")
        self.service = FollowUpService(self.context.db)
        self.model = FollowUpModel(self)
        setup_table(self.ui.followUpTable, self.model, stretch_column=4)
        self.model.done_requested.connect(self.mark_done)
        table = self.ui.followUpTable
        table.doubleClicked.connect(lambda index: page.open_visit(index.data(ROW_ID_ROLE)))
        table.installEventFilter(self)
        self.ui.openFollowUpButton.clicked.connect(lambda: page.open_visit(current_id(table)))
        self.ui.doneButton.clicked.connect(lambda: self.mark_done(current_id(table)))
        self.context.watch(self, ADVICE | ADVICE_CHOICES, self.load)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.followUpTable and key_pressed(event) is not None:
            current = current_id(self.ui.followUpTable)
            if is_plain_enter(event) and current:
                self.page.open_visit(current)
                return True
            if key_pressed(event) == Qt.Key.Key_Space and current:
                self.mark_done(current)
                return True
        return super().eventFilter(watched, event)

    def load(self) -> None:
        staff = self.page.staff
        if staff is None:
            self.model.set_rows([])
            return
        today = clock.today()
        self.context.tasks.run(lambda: self.service.open_follow_ups(staff, today=today), self._show,
                               self.page.background_failed)

    def _show(self, rows: list[FollowUp]) -> None:
        self.model.set_rows(rows)
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
        title = self.tr("&Follow-ups") + (f" ({len(rows)})" if rows else "")
        self.tabs.setTabText(self.tabs.indexOf(self), title)

    def mark_done(self, visit_id: str | None) -> None:
        staff = self.page.staff
        if not visit_id or staff is None:
            return
        self.context.tasks.run(lambda: self.service.mark_done(staff, visit_id), on_error=self.page.report_error)
