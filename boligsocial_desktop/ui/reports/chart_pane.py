"""The Rapporter page's chart: attendance by focus area or advice visits, as stacked bars."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...domain.report_layout import Report
from ..forms.reports_chart_pane_ui import Ui_ReportChartPane
from .chart import StackedBarChart


class ReportChartPane(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        ui = self.ui = Ui_ReportChartPane()
        ui.setupUi(self)
        self.report: Report | None = None
        ui.chartCombo.addItem(self.tr("Attendance by focus area"), "fremmoede")
        ui.chartCombo.addItem(self.tr("Advice visits"), "raadgivning")
        self.chart = StackedBarChart(self)
        ui.chartLayout.addWidget(self.chart, 1)
        ui.chartCombo.currentIndexChanged.connect(self._show_chart)

    def show_report(self, report: Report | None) -> None:
        self.report = report
        self._show_chart()

    def _show_chart(self) -> None:
        report = self.report
        self.chart.set_chart(report.chart(self.ui.chartCombo.currentData()) if report is not None else None)
