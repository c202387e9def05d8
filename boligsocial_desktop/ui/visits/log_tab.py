"""Log og statistik: the whole log with filters, fetched a page at a time, and statistics for the filtered set.

The tab loads nothing until it is first shown; a save that changes what it shows reloads it
when it is on screen, else the next time it is shown.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ...errors import AppError
from ...services.validation import MAX_SEARCH_LENGTH
from ...services.visits import (
    PageKey,
    ReferenceData,
    VisitFilter,
    VisitLogService,
    VisitPage,
    VisitService,
    VisitStatistics,
)
from .. import clock
from ..forms.visits_log_tab_ui import Ui_LogTab
from ..qt_dates import pydate, qdate
from ..watched_tables import ADVICE, ADVICE_CHOICES
from .common import by_name, current_id, is_plain_enter, setup_table
from .labels import fmt_count, fmt_month, fmt_stat
from .models import ROW_ID_ROLE, LazyVisitModel

if TYPE_CHECKING:
    from .page import VisitsPage


def first_day_shown(today: date) -> date:
    """The log starts on the first of the same month a year ago (in December: on 1 January)."""
    return date(today.year - 1, today.month, 1) if today.month < 12 else date(today.year, 1, 1)


class LogTab(QWidget):
    def __init__(self, page: VisitsPage):
        super().__init__(page)
        self.page = page
        self.context = page.context
        self.ui = ui = Ui_LogTab()
        ui.setupUi(self)
        self.setObjectName("logTab")
        self.service = VisitLogService(self.context.db)
        self.choices = VisitService(self.context.db)
        self.model = LazyVisitModel(self._request, ("date", "time", "office", "estate", "topics", "referrals",
                                                    "staff", "language", "duration", "notes"), self)
        setup_table(ui.logTable, self.model, stretch_column=4)
        ui.logSplitter.setStretchFactor(0, 3)
        ui.logSplitter.setStretchFactor(1, 1)
        today = clock.today()
        ui.fromDate.setDate(qdate(first_day_shown(today)))
        ui.toDate.setDate(qdate(today))
        ui.noteSearchEdit.setMaxLength(MAX_SEARCH_LENGTH)
        ui.applyFilterButton.clicked.connect(self.apply)
        for widget in (ui.fromDate, ui.toDate, ui.noteSearchEdit, ui.filterEstateCombo, ui.filterTopicCombo,
                       ui.filterReferralCombo, ui.filterStaffCombo):
            widget.installEventFilter(self)
        ui.logTable.doubleClicked.connect(lambda index: page.open_visit(index.data(ROW_ID_ROLE)))
        ui.logTable.installEventFilter(self)
        ui.importButton.clicked.connect(page.import_visits)
        self.filter = VisitFilter()
        self.statistics: VisitStatistics | None = None
        self.loaded = False
        self.stale_choices = True
        self.context.watch(self, ADVICE_CHOICES, self._choices_changed)
        self.context.watch(self, ADVICE, self._visits_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if is_plain_enter(event):
            if watched is self.ui.logTable:
                self.page.open_visit(current_id(self.ui.logTable))
            else:
                self.apply()
            return True
        return super().eventFilter(watched, event)

    # --- loading --------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale_choices:
            self.load_choices()
        if not self.loaded:
            self.apply()

    def _choices_changed(self) -> None:
        self.stale_choices = True
        if self.isVisible():
            self.load_choices()
        self._visits_changed()  # the names in the log

    def _visits_changed(self) -> None:
        if self.isVisible():
            self.apply()
        else:
            self.loaded = False  # shown again: loaded again

    def load_choices(self) -> None:
        self.stale_choices = False
        self.context.tasks.run(self.choices.reference_data, self.fill_choices, self.page.background_failed)

    def fill_choices(self, reference: ReferenceData) -> None:
        ui = self.ui
        everything = self.tr("(all)")
        for combo, choices in ((ui.filterEstateCombo, by_name(reference.estates)),
                               (ui.filterTopicCombo, reference.topics),
                               (ui.filterReferralCombo, reference.referrals),
                               (ui.filterStaffCombo, by_name(reference.staff))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for choice in choices:
                combo.addItem(choice.name, choice.id)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))

    def apply_role(self, adviser: bool) -> None:
        ui = self.ui
        ui.noteSearchLabel.setVisible(adviser)
        ui.noteSearchEdit.setVisible(adviser)
        if not adviser:
            ui.noteSearchEdit.clear()
        if self.loaded:
            self.apply()

    def current_filter(self) -> VisitFilter:
        ui = self.ui
        return VisitFilter(
            date_from=pydate(ui.fromDate.date()), date_to=pydate(ui.toDate.date()),
            estate_id=ui.filterEstateCombo.currentData(), topic_id=ui.filterTopicCombo.currentData(),
            referral_id=ui.filterReferralCombo.currentData(), staff_id=ui.filterStaffCombo.currentData(),
            note_text=ui.noteSearchEdit.text() if self.page.is_adviser() else None)

    def apply(self) -> None:
        staff = self.page.staff
        if staff is None:
            return
        self.loaded = True
        self.filter = flt = self.current_filter()
        self.statistics = None
        self.ui.statsBrowser.setHtml("")
        self.model.restart()
        self.context.tasks.run(lambda: self.service.statistics(staff, flt), self._show_statistics,
                               self._failed_statistics)

    def _request(self, after: PageKey | None, generation: int) -> None:
        staff, flt = self.page.staff, self.filter
        self.context.tasks.run(lambda: self.service.page(staff, flt, after),
                               lambda result: self._page_loaded(generation, result),
                               lambda exc: self._page_failed(generation, exc))

    def _page_loaded(self, generation: int, result: VisitPage) -> None:
        self.model.add_page(generation, result)
        self._update_count()

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        self.model.page_failed(generation)
        self.ui.logCountLabel.setText(exc.message if isinstance(exc, AppError) else str(exc))

    def _failed_statistics(self, exc: BaseException) -> None:
        self.ui.statsBrowser.setPlainText(exc.message if isinstance(exc, AppError) else str(exc))

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        if self.statistics is None:
            text = self.tr("%1 visits shown").replace("%1", fmt_count(shown))
        else:
            text = self.tr("%1 of %2 visits shown (more load as you scroll)") if self.model.has_more else \
                self.tr("%1 of %2 visits shown")
            text = text.replace("%1", fmt_count(shown)).replace("%2", fmt_count(self.statistics.visits))
        self.ui.logCountLabel.setText(text)

    # --- statistics -----------------------------------------------------------

    def _show_statistics(self, stats: VisitStatistics) -> None:
        self.statistics = stats
        self._update_count()
        self.ui.statsBrowser.setHtml(self.statistics_html(stats))

    def statistics_html(self, stats: VisitStatistics) -> str:
        visits_header = self.tr("Visits")

        def table(rows: list[tuple[str, int]], first: str) -> str:
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
        html += f"<h4>{escape(topics_heading)}</h4>" + table(list(stats.by_topic), self.tr("Topic"))
        if stats.by_referral:
            html += f"<h4>{escape(referrals_heading)}</h4>" + table(list(stats.by_referral), self.tr("Referral"))
        if stats.by_month:
            html += f"<h4>{escape(months_heading)}</h4>" + table(
                [(fmt_month(month), count) for month, count in reversed(stats.by_month)], self.tr("Month"))
        html += f"<p><small>{escape(footnote)}</small></p>"
        return html
