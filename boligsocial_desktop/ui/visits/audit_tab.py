"""Revisionslog (administrators): who read or exported what, newest first, fetched in pages; export to CSV."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ...services.visits import AuditLogService
from ...services.visits.audit_log import AUDIT_PAGE
from .. import clock
from ..forms.visits_audit_tab_ui import Ui_AuditTab
from ..watched_tables import AUDIT
from .common import setup_table
from .models import AuditTableModel

if TYPE_CHECKING:
    from .page import VisitsPage


class AuditTab(QWidget):
    def __init__(self, page: VisitsPage):
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.ui = ui = Ui_AuditTab()
        ui.setupUi(self)
        self.setObjectName("auditTab")
        self.service = AuditLogService(self.context.db)
        self.model = AuditTableModel(self._request, AUDIT_PAGE, self)
        setup_table(ui.auditTable, self.model, stretch_column=5)
        ui.refreshAuditButton.clicked.connect(self.model.restart)
        ui.exportAuditButton.clicked.connect(self.export)
        self.context.watch(self, AUDIT, self._entries_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.restart()

    def _entries_changed(self) -> None:
        if self.isVisible():
            self.model.restart()

    def _request(self, before: tuple[datetime, str] | None) -> None:
        staff = self.page.staff
        self.context.tasks.run(lambda: self.service.entries(staff, before=before), self.model.add_page,
                               self.page.report_error)

    def export(self) -> None:
        staff = self.page.staff
        path = self.page.cases_tab.ask_save_path(self.tr("Export audit log"),
                                                 f"revisionslog-{clock.today():%Y-%m-%d}.csv",
                                                 self.tr("CSV files (*.csv)"))
        if not path:
            return
        target = Path(path)
        self.context.tasks.run(
            lambda: self.service.export_csv(staff, target),
            lambda count: self.page.show_message(self.tr("%Ln audit entry(ies) exported to %1.", "", count)
                                                 .replace("%1", target.name), ok=True),
            self.page.report_error)
