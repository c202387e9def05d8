"""The advice page's other tabs: log and statistics, named cases, deletion deadlines, audit log.

Each tab is a small controller over widgets of the page's Designer form; it loads its
data the first time the tab is shown, never at start-up.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog

from ...domain.danish import long_date
from ...errors import AppError
from ...services.validation import MAX_SEARCH_LENGTH
from ...services.visits import (
    AuditLogService,
    CaseDetail,
    CaseRow,
    CaseService,
    PageKey,
    PurgeReport,
    ReferenceData,
    RetentionPolicy,
    VisitFilter,
    VisitLogService,
    VisitPage,
    VisitStatistics,
    get_policy,
    last_daily_run,
    purge,
    set_policy,
)
from ...services.visits.audit_log import AUDIT_PAGE
from .dialogs import CaseDialog
from .labels import (
    consent_names,
    fmt_count,
    fmt_date,
    fmt_local_date,
    fmt_month,
    fmt_stat,
    fmt_time,
)
from .models import ROW_ID_ROLE, AuditTableModel, CaseTableModel, LazyVisitModel

if TYPE_CHECKING:
    from .page import VisitsPage


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class LogTab(QObject):
    """The whole log with filters, fetched a page at a time, and statistics for the filtered set."""

    def __init__(self, page: VisitsPage):
        super().__init__(page)
        self.page = page
        ui = page.ui
        self.widget = ui.logTab
        self.service = VisitLogService(page.context.db)
        self.model = LazyVisitModel(self._request, ("date", "time", "office", "estate", "topics", "referrals",
                                                    "staff", "language", "duration", "notes"), self)
        page._setup_table(ui.logTable, self.model, stretch_column=4)
        ui.logSplitter.setStretchFactor(0, 3)
        ui.logSplitter.setStretchFactor(1, 1)
        today = date.today()
        start = date(today.year - 1, today.month, 1) if today.month < 12 else date(today.year, 1, 1)
        ui.fromDate.setDate(_qdate(start))
        ui.toDate.setDate(_qdate(today))
        ui.noteSearchEdit.setMaxLength(MAX_SEARCH_LENGTH)
        ui.applyFilterButton.clicked.connect(self.apply)
        for widget in (ui.fromDate, ui.toDate, ui.noteSearchEdit, ui.filterEstateCombo, ui.filterTopicCombo,
                       ui.filterReferralCombo, ui.filterStaffCombo):
            widget.installEventFilter(self)
        ui.logTable.doubleClicked.connect(lambda index: page.open_visit(index.data(ROW_ID_ROLE)))
        ui.logTable.installEventFilter(self)
        self.filter = VisitFilter()
        self.statistics: VisitStatistics | None = None
        self.loaded = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from .page import is_plain_enter

        if event.type() == QEvent.Type.KeyPress and is_plain_enter(event):
            if watched is self.page.ui.logTable:
                self.page.open_visit(self.page._current_id(watched))
            else:
                self.apply()
            return True
        return super().eventFilter(watched, event)

    def fill_reference(self, reference: ReferenceData, estates, staff) -> None:
        ui = self.page.ui
        everything = self.tr("(all)")
        for combo, choices in ((ui.filterEstateCombo, estates), (ui.filterTopicCombo, reference.topics),
                               (ui.filterReferralCombo, reference.referrals), (ui.filterStaffCombo, staff)):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for choice in choices:
                combo.addItem(choice.name, choice.id)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))

    def apply_role(self, adviser: bool) -> None:
        ui = self.page.ui
        ui.noteSearchLabel.setVisible(adviser)
        ui.noteSearchEdit.setVisible(adviser)
        if not adviser:
            ui.noteSearchEdit.clear()
        if self.loaded:
            self.apply()

    def shown(self) -> None:
        if not self.loaded:
            self.apply()

    def current_filter(self) -> VisitFilter:
        ui = self.page.ui
        return VisitFilter(
            date_from=ui.fromDate.date().toPython(), date_to=ui.toDate.date().toPython(),
            estate_id=ui.filterEstateCombo.currentData(), topic_id=ui.filterTopicCombo.currentData(),
            referral_id=ui.filterReferralCombo.currentData(), staff_id=ui.filterStaffCombo.currentData(),
            note_text=ui.noteSearchEdit.text() if self.page.is_adviser() else None)

    def apply(self) -> None:
        if self.page.staff is None:
            return
        self.loaded = True
        self.filter = self.current_filter()
        self.statistics = None
        self.page.ui.statsBrowser.setHtml("")
        self.model.restart()
        staff, flt = self.page.staff, self.filter
        self.page.context.tasks.run(lambda: self.service.statistics(staff, flt), self._show_statistics,
                                    self._failed_statistics)

    def _request(self, after: PageKey | None, generation: int) -> None:
        staff, flt = self.page.staff, self.filter
        self.page.context.tasks.run(lambda: self.service.page(staff, flt, after),
                                    lambda result: self._page_loaded(generation, result),
                                    lambda exc: self._page_failed(generation, exc))

    def _page_loaded(self, generation: int, result: VisitPage) -> None:
        self.model.add_page(generation, result)
        self._update_count()

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        self.model.page_failed(generation)
        self.page.ui.logCountLabel.setText(exc.message if isinstance(exc, AppError) else str(exc))

    def _failed_statistics(self, exc: BaseException) -> None:
        self.page.ui.statsBrowser.setPlainText(exc.message if isinstance(exc, AppError) else str(exc))

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.statistics is None:
            text = self.tr("%1 visits shown").replace("%1", fmt_count(shown))
        else:
            text = self.tr("%1 of %2 visits shown (more load as you scroll)") if self.model.has_more else \
                self.tr("%1 of %2 visits shown")
            text = text.replace("%1", fmt_count(shown)).replace("%2", fmt_count(self.statistics.visits))
        self.page.ui.logCountLabel.setText(text)

    def _show_statistics(self, stats: VisitStatistics) -> None:
        self.statistics = stats
        self._update_count()
        self.page.ui.statsBrowser.setHtml(self.statistics_html(stats))

    def statistics_html(self, stats: VisitStatistics) -> str:
        visits_header = self.tr("Visits")

        def table(rows, first: str) -> str:
            body = "".join(f"<tr><td>{escape(name)}</td><td align='right'>{escape(fmt_stat(count))}</td></tr>"
                           for name, count in rows)
            return (f"<table width='100%' cellspacing='0' cellpadding='2'><tr><th align='left'>{escape(first)}</th>"
                    f"<th align='right'>{escape(visits_header)}</th></tr>{body}</table>")

        summary = [
            (self.tr("Visits"), stats.visits),
            (self.tr("Different visitors (with repeat code)"), stats.different_visitors),
            (self.tr("Visits without repeat code"), stats.visits_without_token),
            (self.tr("Visits with interpreter"), stats.interpreter_visits),
        ]
        heading = self.tr("Statistics for the filter")
        topics_heading = self.tr("Topics")
        referrals_heading = self.tr("Referred to")
        months_heading = self.tr("Months")
        footnote = self.tr("Counts from 1 to 4 are shown as <5, so no resident can be recognised.")
        html = f"<h3>{escape(heading)}</h3>"
        html += table(summary, self.tr("In total"))
        html += f"<h4>{escape(topics_heading)}</h4>" + table(stats.by_topic, self.tr("Topic"))
        if stats.by_referral:
            html += f"<h4>{escape(referrals_heading)}</h4>" + table(stats.by_referral, self.tr("Referral"))
        if stats.by_month:
            html += f"<h4>{escape(months_heading)}</h4>" + table(
                [(fmt_month(month), count) for month, count in reversed(stats.by_month)], self.tr("Month"))
        html += f"<p><small>{escape(footnote)}</small></p>"
        return html


class CasesTab(QObject):
    """Named cases (advisers and administrators): consent, access (JSON) and erasure."""

    def __init__(self, page: VisitsPage):
        super().__init__(page)
        self.page = page
        ui = page.ui
        self.widget = ui.casesTab
        self.service = CaseService(page.context.db)
        self.model = CaseTableModel(self)
        page._setup_table(ui.caseTable, self.model, stretch_column=0)
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

    def shown(self) -> None:
        self.load()

    def _current(self) -> CaseRow | None:
        index = self.page.ui.caseTable.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def load(self) -> None:
        staff, text = self.page.staff, self.page.ui.caseSearchEdit.text()
        if staff is None or not staff.is_adviser:
            self.model.set_rows([])
            return
        self.page.context.tasks.run(lambda: self.service.list_cases(staff, text), self.model.set_rows,
                                    self.page._report_error)

    def new_case(self) -> None:
        staff = self.page.staff
        dialog = CaseDialog(self.page)
        dialog.submitted.connect(lambda data: self.page.context.tasks.run(
            lambda: self.service.create_case(staff, data), lambda case: self._created(dialog, case),
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
        self.page.context.tasks.run(lambda: self.service.case_detail(staff, case.id), self._show_detail,
                                    self.page._report_error)

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
        self.page.ui.caseDetail.setHtml(html)

    def visit_for_case(self) -> None:
        case = self._current()
        if case is None:
            return
        self.page.set_case(case.id, case.name)
        self.page.ui.tabs.setCurrentWidget(self.page.ui.entryTab)
        self.page.ui.estateCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_case(self) -> None:
        case, staff = self._current(), self.page.staff
        if case is None or staff is None:
            return
        path = self.ask_save_path(self.tr("Export case"), f"sag-{date.today():%Y-%m-%d}.json",
                                  self.tr("JSON files (*.json)"))
        if not path:
            return
        target = Path(path)
        self.page.context.tasks.run(
            lambda: self.service.export_case(staff, case.id, target),
            lambda count: self.page.show_message(self.tr("The case is exported with %1 visits to %2.")
                                                 .replace("%1", str(count)).replace("%2", target.name), ok=True),
            self.page._report_error)

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
            self.page.ui.caseDetail.clear()
            self.load()

        self.page.context.tasks.run(lambda: self.service.erase_case(staff, case.id), done, self.page._report_error)

    def _ask_save_path(self, title: str, name: str, filters: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.page, title, name, filters)
        return path


class RetentionTab(QObject):
    """Deletion deadlines (administrators) and the purge: preview, run now, last automatic run."""

    def __init__(self, page: VisitsPage):
        super().__init__(page)
        self.page = page
        ui = page.ui
        self.widget = ui.retentionTab
        self.last_report: PurgeReport | None = None
        ui.savePolicyButton.clicked.connect(self.save_policy)
        ui.previewPurgeButton.clicked.connect(lambda: self.run_purge(dry_run=True))
        ui.runPurgeButton.clicked.connect(lambda: self.run_purge(dry_run=False))

    def shown(self) -> None:
        db = self.page.context.db
        self.page.context.tasks.run(lambda: (get_policy(db), last_daily_run(db)), self._show_policy,
                                    self.page._report_error)

    def _show_policy(self, result) -> None:
        policy, last = result
        ui = self.page.ui
        ui.notesMonthsSpin.setValue(policy.notes_months)
        ui.casesMonthsSpin.setValue(policy.cases_months)
        ui.tokensMonthsSpin.setValue(policy.tokens_months)
        ui.lastRunLabel.setText(self.tr("The daily check last ran on this PC: %1.").replace(
            "%1", long_date(last)) if last else self.tr("The daily check has not run on this PC yet."))

    def save_policy(self) -> None:
        ui, staff, db = self.page.ui, self.page.staff, self.page.context.db
        policy = RetentionPolicy(ui.notesMonthsSpin.value(), ui.casesMonthsSpin.value(), ui.tokensMonthsSpin.value())
        self.page.context.tasks.run(lambda: set_policy(db, staff, policy),
                                    lambda _p: self.page.show_message(self.tr("The deadlines are saved."), ok=True),
                                    self.page._report_error)

    def run_purge(self, *, dry_run: bool) -> None:
        staff, db = self.page.staff, self.page.context.db
        if not dry_run and not self.page.confirm(
                self.tr("Delete now"), self.tr("Delete everything whose deadline has passed, on every PC? "
                                               "This cannot be undone.")):
            return
        self.page.context.tasks.run(lambda: purge(db, staff, dry_run=dry_run, source="manuelt"),
                                    self._show_report, self.page._report_error)

    def _show_report(self, report: PurgeReport) -> None:
        self.last_report = report
        lines = [item.description for item in report.items]
        if not lines:
            lines = [self.tr("Nothing is due for deletion.")]
        lines.append("")
        lines.append(report.summary())
        self.page.ui.purgeList.setPlainText("\n".join(lines))

    def daily_check_done(self, report: PurgeReport | None) -> None:
        if report is not None:
            self.last_report = report
            if report.items:
                self.page.ui.lastRunLabel.setText(self.tr("Today's check deleted: %1").replace("%1", report.summary()))


class AuditTab(QObject):
    """The audit log (administrators), newest first, fetched in pages; export to CSV."""

    def __init__(self, page: VisitsPage):
        super().__init__(page)
        self.page = page
        ui = page.ui
        self.widget = ui.auditTab
        self.service = AuditLogService(page.context.db)
        self.model = AuditTableModel(self._request, AUDIT_PAGE, self)
        page._setup_table(ui.auditTable, self.model, stretch_column=5)
        ui.refreshAuditButton.clicked.connect(self.model.restart)
        ui.exportAuditButton.clicked.connect(self.export)

    def shown(self) -> None:
        self.model.restart()

    def _request(self, before) -> None:
        staff = self.page.staff
        self.page.context.tasks.run(lambda: self.service.entries(staff, before=before), self.model.add_page,
                                    self.page._report_error)

    def export(self) -> None:
        staff = self.page.staff
        path = self.page.cases_tab.ask_save_path(self.tr("Export audit log"),
                                                 f"revisionslog-{date.today():%Y-%m-%d}.csv",
                                                 self.tr("CSV files (*.csv)"))
        if not path:
            return
        target = Path(path)
        self.page.context.tasks.run(
            lambda: self.service.export_csv(staff, target),
            lambda count: (self.page.show_message(self.tr("%Ln audit entry(ies) exported to %1.", "", count)
                                                  .replace("%1", target.name),
                                                  ok=True), self.model.restart()),
            self.page._report_error)
