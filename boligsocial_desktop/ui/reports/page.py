"""Rapporter: choose a period, estates and focus areas; see the figures, a chart and the targets;
export the status report as PDF, XLSX or CSV, or the advice visits as a list.

The page puts its panels together and computes the report on the worker when a choice changes or a
save writes what it counts (at once if the page is seen, else when it is shown): choices_bar (period,
estates, focus areas; reads them again after saves to places and the plan), figures (the tables, a tab
each), chart_pane and export_bar.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ...domain.report_layout import Report
from ...errors import AppError, ValidationError
from ...services.reports import ReportService
from ...settings import Settings
from ..context import AppContext
from ..forms.reports_page_ui import Ui_ReportsPage
from ..keyboard import new_item_shortcut
from ..messages import show_error
from ..status_colours import themed
from ..watched_tables import ACTIVITIES, ADVICE, AMBASSADORS
from .chart_pane import ReportChartPane
from .choices_bar import ReportChoicesBar
from .export_bar import ReportExportBar
from .figures import ReportFigures

REFRESH_DELAY_MS = 250
PROBLEM_STYLE = "color: #a33;"


class ReportsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = ReportService(context.db)
        ui = self.ui = Ui_ReportsPage()
        ui.setupUi(self)
        self.report: Report | None = None
        self._generation = itertools.count(1)
        self._shown_generation = 0
        self._stale = False  # a save changed the figures while the page was hidden
        self.choices = ReportChoicesBar(context, self)
        ui.layout.insertWidget(1, self.choices)  # under the title row, as the form's rows go
        self.exports = ReportExportBar(context, self.choices.current_choices, self)
        ui.actionRow.addWidget(self.exports)
        self.chart_pane = ReportChartPane(ui.splitter)
        self.figures = ReportFigures(ui.splitter)
        self._set_tab_order()
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.progressBar.hide()
        ui.progressLabel.hide()
        ui.messageLabel.hide()
        ui.hideSmallCheck.setChecked(Settings().reports_hide_small)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.choices.changed.connect(self.schedule_refresh)
        self.choices.loaded.connect(self.refresh)
        ui.hideSmallCheck.toggled.connect(self._hide_small_toggled)
        ui.showButton.clicked.connect(self.refresh)
        self.exports.started.connect(self._export_started)
        self.exports.progress.connect(self._progress)
        self.exports.finished.connect(self._export_finished)
        ui.planButton.clicked.connect(self.open_plan)
        new_item_shortcut(self, ui.planButton.click)  # a new grant period or focus area
        ui.targetsButton.clicked.connect(lambda: self.open_targets())
        self.figures.activity_opened.connect(self.open_targets)
        context.watch(self, ACTIVITIES | ADVICE | AMBASSADORS, self._figures_changed)  # the plan: choices_bar
        self.schedule_refresh()
        self.choices.load_choices()

    def _set_tab_order(self) -> None:
        """The keyboard goes through the rows as they are seen: title row, choices, actions, chart, figures."""
        ui, bar, exports = self.ui, self.choices.ui, self.exports.ui
        chain = [ui.planButton, ui.targetsButton, bar.periodKindCombo, bar.yearSpin, bar.quarterCombo,
                 bar.monthCombo, bar.fromDate, bar.toDate, bar.grantPeriodCombo, bar.estatesButton, bar.focusButton,
                 ui.showButton, ui.hideSmallCheck, exports.pdfButton, exports.xlsxButton, exports.csvButton,
                 exports.rawVisitsButton, self.chart_pane.ui.chartCombo]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- The report -----------------------------------------------------------------

    def schedule_refresh(self) -> None:
        self.refresh_timer.start()

    def _figures_changed(self) -> None:
        """A save wrote what the report counts: computed again now if seen, else when the page is shown."""
        if self.isVisible():
            self.schedule_refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.schedule_refresh()

    def refresh(self) -> None:
        self.refresh_timer.stop()
        try:
            choices = self.choices.current_choices()
        except ValidationError as exc:
            self._show_problem(exc.message)
            return
        generation = next(self._generation)
        hide_small = self.ui.hideSmallCheck.isChecked()
        service = self.service
        self.ui.periodSummary.setText(f"{choices.period.label} ({choices.period.span_text})")
        self.context.tasks.run(lambda: service.build(choices, hide_small),
                               lambda report: self._show_report(report, generation),
                               lambda exc: self._report_failed(exc, generation))

    def _report_failed(self, exc: BaseException, generation: int) -> None:
        if generation < self._shown_generation:
            return
        self._shown_generation = generation
        if isinstance(exc, AppError):
            self._show_problem(exc.message)
        else:
            show_error(self, exc)

    def _say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def _show_problem(self, message: str) -> None:
        self.report = None
        self._say(message)
        self.ui.messageLabel.setStyleSheet(themed(PROBLEM_STYLE))
        self.figures.show_report(None)
        self.chart_pane.show_report(None)
        self.exports.set_report_exports_enabled(False)

    def _show_report(self, report: Report, generation: int) -> None:
        if generation < self._shown_generation:
            return  # an older computation finished after a newer one
        self._shown_generation = generation
        self.report = report
        self.figures.show_report(report)
        self.chart_pane.show_report(report)
        messages = list(report.meta.notes)
        if report.is_empty:
            messages.insert(0, self.tr("There are no activities, advice visits, ambassadors or targets in this period. "
                                       "You can choose another period or more estates."))
        elif report.suppressed:
            messages.append(self.tr('Counts under 5 are shown as "<5"; "x" hides a number that could otherwise be '
                                    "worked out from a total."))
        self._say(" ".join(messages))
        self.ui.messageLabel.setStyleSheet("")
        self.exports.set_report_exports_enabled(not report.is_empty)

    def _hide_small_toggled(self, checked: bool) -> None:
        Settings().reports_hide_small = checked
        self.refresh()

    # --- Files ----------------------------------------------------------------------

    def _export_started(self) -> None:
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()
        self.ui.progressLabel.show()
        self.ui.progressLabel.setText(self.tr("Working…"))

    def _progress(self, percent: int, text: str) -> None:
        self.ui.progressBar.setValue(percent)
        self.ui.progressLabel.setText(text)

    def _export_finished(self, path: Path | None) -> None:
        self.ui.progressBar.hide()
        self.ui.progressLabel.hide()
        if path is not None:
            self.ui.messageLabel.setStyleSheet("")
            self._say(self.tr("Saved: %1").replace("%1", str(path)))

    # --- The plan -------------------------------------------------------------------

    def open_plan(self) -> None:
        from .plan_dialog import PlanDialog

        PlanDialog(self.context, self).exec()

    def open_targets(self, search: str = "") -> None:
        from .targets_dialog import TargetsDialog

        dialog = TargetsDialog(self.context, self.choices.grant_period_id_of_choice(), search, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()
