"""Navngivne sager (advisers and administrators): consent, access (JSON) and erasure.

Loaded each time the tab is shown, and again when a save changes the cases while it is on screen.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from ...domain.danish import long_date
from ...services.visits import CaseDetail, CaseRow, CaseService
from .. import clock
from ..forms.visits_cases_tab_ui import Ui_CasesTab
from ..watched_tables import ADVICE
from .common import setup_table
from .dialogs import CaseDialog
from .labels import consent_names, fmt_date, fmt_local_date, fmt_time
from .models import CaseTableModel

if TYPE_CHECKING:
    from .page import VisitsPage


class CasesTab(QWidget):
    def __init__(self, page: VisitsPage):
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.ui = ui = Ui_CasesTab()
        ui.setupUi(self)
        self.setObjectName("casesTab")
        self.service = CaseService(self.context.db)
        self.model = CaseTableModel(self)
        setup_table(ui.caseTable, self.model, stretch_column=0)
        self.dialog: CaseDialog | None = None
        self.ask_save_path = self._ask_save_path  # replaced in tests
        ui.caseSearchButton.clicked.connect(self.load)
        ui.caseSearchEdit.returnPressed.connect(self.load)
        ui.newCaseButton.clicked.connect(self.new_case)
        ui.showCaseButton.clicked.connect(self.show_case)
        ui.caseTable.activated.connect(lambda _index: self.show_case())
        ui.visitForCaseButton.clicked.connect(self.visit_for_case)
        ui.exportCaseButton.clicked.connect(self.export_case)
        ui.eraseCaseButton.clicked.connect(self.erase_case)
        self.context.watch(self, ADVICE, self._cases_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def _cases_changed(self) -> None:
        if self.isVisible():
            self.load()

    def _current(self) -> CaseRow | None:
        index = self.ui.caseTable.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def load(self) -> None:
        staff, text = self.page.staff, self.ui.caseSearchEdit.text()
        if staff is None or not staff.is_adviser:
            self.model.set_rows([])
            return
        self.context.tasks.run(lambda: self.service.list_cases(staff, text), self.model.set_rows,
                               self.page.report_error)

    def new_case(self) -> None:
        staff, today = self.page.staff, clock.today()
        dialog = CaseDialog(self.page)
        dialog.submitted.connect(lambda data: self.context.tasks.run(
            lambda: self.service.create_case(staff, data, today=today), lambda case: self._created(dialog, case),
            dialog.show_error))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()

    def _created(self, dialog: CaseDialog, case: CaseRow) -> None:
        dialog.accept()
        self.page.show_message(self.tr("The case for %1 is created.").replace("%1", case.name), ok=True)
        self.load()

    def show_case(self) -> None:
        case, staff = self._current(), self.page.staff
        if case is None or staff is None:
            return
        self.context.tasks.run(lambda: self.service.case_detail(staff, case.id), self._show_detail,
                               self.page.report_error)

    def _show_detail(self, detail: CaseDetail) -> None:
        case = detail.case
        rows = [(self.tr("Name"), case.name), (self.tr("Phone"), case.phone or "–"),
                (self.tr("Email"), case.email or "–"),
                (self.tr("Consent"), f"{consent_names().get(case.consent_kind, case.consent_kind)} "
                                     f"{fmt_date(case.consent_date)}: {case.consent_scope}"),
                (self.tr("Deleted after"), long_date(case.delete_after) if case.delete_after else "–")]
        html = "<table>" + "".join(f"<tr><th align='left' style='padding-right:10px'>{escape(k)}</th>"
                                   f"<td>{escape(v)}</td></tr>" for k, v in rows) + "</table>"
        visits_heading = self.tr("Visits")
        html += f"<h4>{escape(visits_heading)}</h4><ul>"
        for visit in detail.visits:
            line = f"{fmt_local_date(visit.visited_at)} {fmt_time(visit.visited_at)}: {', '.join(visit.topics)}"
            note = detail.notes.get(visit.id)
            html += f"<li>{escape(line)}" + (f"<br><i>{escape(note)}</i>" if note else "") + "</li>"
        html += "</ul>"
        self.ui.caseDetail.setHtml(html)

    def visit_for_case(self) -> None:
        case = self._current()
        if case is None:
            return
        self.page.new_visit_for_case(case.id, case.name)

    def export_case(self) -> None:
        case, staff = self._current(), self.page.staff
        if case is None or staff is None:
            return
        path = self.ask_save_path(self.tr("Export case"), f"sag-{clock.today():%Y-%m-%d}.json",
                                  self.tr("JSON files (*.json)"))
        if not path:
            return
        target = Path(path)
        self.context.tasks.run(
            lambda: self.service.export_case(staff, case.id, target),
            lambda count: self.page.show_message(self.tr("The case is exported with %1 visits to %2.")
                                                 .replace("%1", str(count)).replace("%2", target.name), ok=True),
            self.page.report_error)

    def erase_case(self) -> None:
        case, staff = self._current(), self.page.staff
        if case is None or staff is None:
            return
        if not self.page.confirm(self.tr("Erase case"),
                                 self.tr("Erase the case for %1 completely? The name, contact details and the notes "
                                         "of its visits are deleted on every PC. The anonymous visits stay in the "
                                         "statistics. This cannot be undone.").replace("%1", case.name)):
            return

        def done(count: int) -> None:
            self.page.show_message(self.tr("The case is erased; %1 visits were cleaned.").replace("%1", str(count)),
                                   ok=True)
            self.ui.caseDetail.clear()
            self.load()

        self.context.tasks.run(lambda: self.service.erase_case(staff, case.id), done, self.page.report_error)

    def _ask_save_path(self, title: str, name: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.page, title, name, filters)
        return path
