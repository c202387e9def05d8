"""Åben Rådgivning: the tabs (new visit, follow-ups, log and statistics, cases, deadlines, audit log) and what
they share: who is working, one visit's dialog, messages, the daily deletion check and importing a log.

Each tab is a widget in its own module that loads and refreshes what it shows (`context.watch`).
Everything that touches the database runs through `context.tasks`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.danish import long_date
from ...domain.enums import StaffRole
from ...errors import AppError
from ...services.staff import StaffInfo
from ...services.visits import PurgeReport, VisitDetail, VisitService, daily_check
from ..context import AppContext
from ..forms.visits_visits_page_ui import Ui_VisitsPage
from ..import_dialog import ImportDialog, ask_import_file
from ..keyboard import new_item_shortcut
from .audit_tab import AuditTab
from .cases_tab import CasesTab
from .dialogs import VisitDialog
from .entry_tab import EntryTab
from .follow_up_tab import FollowUpTab
from .log_tab import LogTab
from .retention_tab import RetentionTab

log = logging.getLogger(__name__)


class VisitsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_VisitsPage()
        self.ui.setupUi(self)
        self.visits = VisitService(context.db)
        self.visit_dialog: VisitDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.confirm: Callable[[str, str], bool] = self._ask_yes_no  # replaced in tests
        self.last_error_box: QMessageBox | None = None

        self.entry_tab = EntryTab(self)
        self.follow_up_tab = FollowUpTab(self, self.ui.tabs)
        self.log_tab = LogTab(self)
        self.cases_tab = CasesTab(self)
        self.retention_tab = RetentionTab(self)
        self.audit_tab = AuditTab(self)
        for tab in (self.entry_tab, self.follow_up_tab, self.log_tab, self.cases_tab, self.retention_tab,
                    self.audit_tab):
            self.ui.tabs.addTab(tab, tab.windowTitle())
        new_item_shortcut(self, self.focus_new_visit)

        context.signals.staff_changed.connect(self.apply_role)
        self.apply_role(context.staff)
        self.entry_tab.refresh()
        context.tasks.run(lambda: daily_check(context.db), self._daily_check_done, self.background_failed)
        self.entry_tab.focus_first_field()

    # --- roles --------------------------------------------------------------

    @property
    def staff(self) -> StaffInfo | None:
        return self.context.staff

    def is_adviser(self) -> bool:
        return bool(self.staff and self.staff.is_adviser)

    def is_admin(self) -> bool:
        return bool(self.staff and self.staff.role == StaffRole.ADMINISTRATOR)

    def apply_role(self, staff: StaffInfo | None = None) -> None:
        """Named cases only for advisers, deadlines and the audit log only for administrators."""
        adviser, admin = self.is_adviser(), self.is_admin()
        tabs = self.ui.tabs
        tabs.setTabVisible(tabs.indexOf(self.cases_tab), adviser)
        tabs.setTabVisible(tabs.indexOf(self.retention_tab), admin)
        tabs.setTabVisible(tabs.indexOf(self.audit_tab), admin)
        self.entry_tab.apply_role(self.staff)
        self.log_tab.apply_role(adviser)
        self.follow_up_tab.load()

    # --- one visit ----------------------------------------------------------

    def open_visit(self, visit_id: str | None) -> None:
        staff = self.staff
        if not visit_id or staff is None:
            return
        self.context.tasks.run(lambda: self.visits.detail(staff, visit_id), self._show_visit, self.report_error)

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

        def done(_result: None) -> None:
            if dialog is not None:
                dialog.accept()
            self.show_message(self.tr("The visit is deleted."), ok=True)

        self.context.tasks.run(lambda: self.visits.delete_visit(staff, visit_id), done, self.report_error)

    def new_visit_for_case(self, case_id: str, name: str) -> None:
        """From the cases tab: the next visit is linked to this case."""
        self.entry_tab.set_case(case_id, name)
        self.ui.tabs.setCurrentWidget(self.entry_tab)
        self.entry_tab.focus_first_field()

    def focus_new_visit(self) -> None:
        """Ctrl+N: to the form for the next visit, keyboard in its first field (what is typed stays)."""
        self.ui.tabs.setCurrentWidget(self.entry_tab)
        self.entry_tab.focus_first_field(Qt.FocusReason.ShortcutFocusReason)

    # --- messages -------------------------------------------------------------

    def show_message(self, text: str, *, ok: bool) -> None:
        """Under the entry form, where the desk looks."""
        self.entry_tab.show_message(text, ok=ok)

    def _daily_check_done(self, report: PurgeReport | None) -> None:
        self.retention_tab.daily_check_done(report)

    def background_failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, AppError) else str(exc)
        log.warning("Åben Rådgivning: %s", message, exc_info=not isinstance(exc, AppError))
        self.show_message(message, ok=False)

    def report_error(self, exc: BaseException) -> None:
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

    def _ask_yes_no(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- import ---------------------------------------------------------------

    def ask_import_path(self) -> Path | None:
        return ask_import_file(self, self.tr("Import visits"))

    def import_visits(self) -> None:
        """Import a visit log on the worker; the import page shows progress, asks about duplicates and shows the
        same summary as `import visits` on the command line. Rows without a Kontor column get the office chosen
        in the entry form."""
        from ...services.visits.importing import import_visits

        path = self.ask_import_path()
        if path is None:
            return
        db, actor, office_id = self.context.db, self.staff, self.entry_tab.office_id()

        def run(policy: Any, report: Any) -> Any:
            return import_visits(db, path, actor, office_id=office_id, duplicates=policy, progress=report)

        dialog = ImportDialog.replace(self.import_dialog, self.context.tasks, run, path, self.tr("Import visits"),
                                      self)
        self.import_dialog = dialog
        dialog.open()
        dialog.start()
