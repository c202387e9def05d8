"""Slettefrister (administrators): the deletion deadlines, the purge (preview, run now) and the last automatic run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ...domain.danish import long_date
from ...services.visits import PurgeReport, RetentionPolicy, get_policy, last_daily_run, purge, set_policy
from ..forms.visits_retention_tab_ui import Ui_RetentionTab
from ..watched_tables import OFFICE_SETTINGS

if TYPE_CHECKING:
    from datetime import date

    from .page import VisitsPage


class RetentionTab(QWidget):
    def __init__(self, page: VisitsPage):
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.ui = ui = Ui_RetentionTab()
        ui.setupUi(self)
        self.setObjectName("retentionTab")
        self.last_report: PurgeReport | None = None
        ui.savePolicyButton.clicked.connect(self.save_policy)
        ui.previewPurgeButton.clicked.connect(lambda: self.run_purge(dry_run=True))
        ui.runPurgeButton.clicked.connect(lambda: self.run_purge(dry_run=False))
        self.context.watch(self, OFFICE_SETTINGS, self._policy_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def _policy_changed(self) -> None:
        if self.isVisible():
            self.load()

    def load(self) -> None:
        db = self.context.db
        self.context.tasks.run(lambda: (get_policy(db), last_daily_run(db)), self._show_policy,
                               self.page.report_error)

    def _show_policy(self, result: tuple[RetentionPolicy, date | None]) -> None:
        policy, last = result
        ui = self.ui
        ui.notesMonthsSpin.setValue(policy.notes_months)
        ui.casesMonthsSpin.setValue(policy.cases_months)
        ui.tokensMonthsSpin.setValue(policy.tokens_months)
        ui.lastRunLabel.setText(self.tr("The daily check last ran on this PC: %1.").replace(
            "%1", long_date(last)) if last else self.tr("The daily check has not run on this PC yet."))

    def save_policy(self) -> None:
        ui, staff, db = self.ui, self.page.staff, self.context.db
        policy = RetentionPolicy(ui.notesMonthsSpin.value(), ui.casesMonthsSpin.value(), ui.tokensMonthsSpin.value())
        self.context.tasks.run(lambda: set_policy(db, staff, policy),
                               lambda _p: self.page.show_message(self.tr("The deadlines are saved."), ok=True),
                               self.page.report_error)

    def run_purge(self, *, dry_run: bool) -> None:
        staff, db = self.page.staff, self.context.db
        if not dry_run and not self.page.confirm(
                self.tr("Delete now"), self.tr("Delete everything whose deadline has passed, on every PC? "
                                               "This cannot be undone.")):
            return
        self.context.tasks.run(lambda: purge(db, staff, dry_run=dry_run, source="manuelt"),
                               self._show_report, self.page.report_error)

    def _show_report(self, report: PurgeReport) -> None:
        self.last_report = report
        lines = [item.description for item in report.items]
        if not lines:
            lines = [self.tr("Nothing is due for deletion.")]
        lines.append("")
        lines.append(report.summary())
        self.ui.purgeList.setPlainText("\n".join(lines))

    def daily_check_done(self, report: PurgeReport | None) -> None:
        if report is not None:
            self.last_report = report
            if report.items:
                self.ui.lastRunLabel.setText(self.tr("Today's check deleted: %1").replace("%1", report.summary()))
