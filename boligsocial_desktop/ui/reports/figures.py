"""The Rapporter page's figures: one tab per part of the report (key figures, activities, targets, age
and gender, open advice), each a read-only table of the report computed by the page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ...domain.report_layout import Report, RowStyle
from ..forms.reports_figures_ui import Ui_ReportFigures
from .models import ProgressDelegate, ReportTableModel

# view name -> report table key
TABLE_VIEWS = {
    "overviewTable": "overblik",
    "ambassadorsTable": "ambassadoerer",
    "activitiesTable": "aktiviteter",
    "targetsTable": "maaltal",
    "ageTable": "alder_koen",
    "overTimeTable": "over_tid",
    "visitorsTable": "raadgivning",
    "adviceTimeTable": "raadgivning_tid",
    "topicsTable": "raadgivning_emner",
    "referralsTable": "raadgivning_henvisninger",
}
MAX_COLUMN_WIDTH = 320
TARGET_BAR_COLUMN, TARGET_BAR_WIDTH = 8, 140


class ReportFigures(QWidget):
    activity_opened = Signal(str)  # an activity's row was double-clicked (or Enter): its title

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        ui = self.ui = Ui_ReportFigures()
        ui.setupUi(self)
        self.models: dict[str, ReportTableModel] = {}
        for view_name, key in TABLE_VIEWS.items():
            view = self._view(view_name)
            model = ReportTableModel(self)
            view.setModel(model)
            view.verticalHeader().hide()
            view.setAlternatingRowColors(True)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            view.setTabKeyNavigation(False)  # Tab goes on to the next field, not cell by cell
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.models[key] = model
        self.progress_delegate = ProgressDelegate(self)
        ui.activitiesTable.activated.connect(self._activity_activated)

    def _view(self, name: str) -> QTableView:
        view = getattr(self.ui, name)
        assert isinstance(view, QTableView)
        return view

    def show_report(self, report: Report | None) -> None:
        """The report's tables, or empty tables when there is none."""
        for key, model in self.models.items():
            model.set_table(report.table(key) if report is not None else None)
        if report is None:
            return
        progress_column = report.table("maaltal").progress_column
        if progress_column is not None:
            self.ui.targetsTable.setItemDelegateForColumn(progress_column, self.progress_delegate)
        for view_name in TABLE_VIEWS:
            view = self._view(view_name)
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
        self.ui.targetsTable.setColumnWidth(TARGET_BAR_COLUMN, TARGET_BAR_WIDTH)

    def _activity_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        table = self.models["aktiviteter"].table
        if table is None or not index.isValid():
            return
        if table.styles[index.row()] is RowStyle.NORMAL:
            self.activity_opened.emit(table.rows[index.row()][1])
