"""Rapporter: choose a period, estates and focus areas; see the figures, a chart and the targets;
export the status report as PDF, XLSX or CSV, or the advice visits as a list."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMenu, QTableView, QWidget

from ...domain.danish import month_name
from ...domain.report_layout import Report, RowStyle
from ...errors import AppError, ValidationError
from ...services.places import EstateInfo, PlacesService
from ...services.reports import (
    ExportFormat,
    PeriodKind,
    PlanService,
    ReportChoices,
    ReportPeriod,
    ReportService,
    custom_period,
    grant_period_period,
    month_period,
    quarter_period,
    year_period,
)
from ...services.reports.plan import GrantPeriodInfo
from ..context import AppContext
from ..forms.reports_page_ui import Ui_ReportsPage
from ..keyboard import new_item_shortcut
from ..messages import show_error
from ..status_colours import themed
from ..watched_tables import PLACES, PLAN
from .chart import StackedBarChart
from .models import ProgressDelegate, ReportTableModel

SETTING_HIDE_SMALL = "reports/hide_small"
SETTING_FOLDER = "reports/folder"

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


@dataclass(frozen=True)
class _Choices:
    estates: list[EstateInfo]
    grant_periods: list[GrantPeriodInfo]


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ReportsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.service = ReportService(context.db)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.choices = _Choices([], [])
        self.report: Report | None = None
        self._generation = itertools.count(1)
        self._shown_generation = 0
        self.models: dict[str, ReportTableModel] = {}
        for view_name, key in TABLE_VIEWS.items():
            view: QTableView = getattr(self.ui, view_name)
            model = ReportTableModel(self)
            view.setModel(model)
            view.verticalHeader().hide()
            view.setAlternatingRowColors(True)
            view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.models[key] = model
        self.progress_delegate = ProgressDelegate(self)
        self.chart = StackedBarChart(self)
        self.ui.chartLayout.addWidget(self.chart, 1)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.progressBar.hide()
        self.ui.progressLabel.hide()
        self.ui.messageLabel.hide()

        kinds = ((PeriodKind.YEAR, self.tr("Year")), (PeriodKind.QUARTER, self.tr("Quarter")),
                 (PeriodKind.MONTH, self.tr("Month")), (PeriodKind.CUSTOM, self.tr("Custom period")),
                 (PeriodKind.GRANT_PERIOD, self.tr("Whole grant period")))
        for kind, label in kinds:
            self.ui.periodKindCombo.addItem(label, kind.value)
        for quarter in range(1, 5):
            self.ui.quarterCombo.addItem(self.tr("%1. quarter").replace("%1", str(quarter)), quarter)
        for month in range(1, 13):
            self.ui.monthCombo.addItem(month_name(month), month)
        self.ui.chartCombo.addItem(self.tr("Attendance by focus area"), "fremmoede")
        self.ui.chartCombo.addItem(self.tr("Advice visits"), "raadgivning")
        self.ui.yearSpin.setValue(self.today.year)
        self.ui.quarterCombo.setCurrentIndex((self.today.month - 1) // 3)
        self.ui.monthCombo.setCurrentIndex(self.today.month - 1)
        self.ui.fromDate.setDate(qdate(self.today.replace(month=1, day=1)))
        self.ui.toDate.setDate(qdate(self.today))
        self.ui.periodKindCombo.setCurrentIndex(self.ui.periodKindCombo.findData(PeriodKind.QUARTER.value))
        self.ui.hideSmallCheck.setChecked(QSettings().value(SETTING_HIDE_SMALL, False, type=bool))

        self.estates_menu = QMenu(self)
        self.focus_menu = QMenu(self)
        self.ui.estatesButton.setMenu(self.estates_menu)
        self.ui.focusButton.setMenu(self.focus_menu)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(250)
        self.refresh_timer.timeout.connect(self.refresh)
        self.ui.periodKindCombo.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.ui.yearSpin.valueChanged, self.ui.quarterCombo.currentIndexChanged,
                       self.ui.monthCombo.currentIndexChanged, self.ui.fromDate.dateChanged,
                       self.ui.toDate.dateChanged, self.ui.grantPeriodCombo.currentIndexChanged):
            signal.connect(self.schedule_refresh)
        self.ui.hideSmallCheck.toggled.connect(self._hide_small_toggled)
        self.ui.showButton.clicked.connect(self.refresh)
        self.ui.chartCombo.currentIndexChanged.connect(self._show_chart)
        self.ui.pdfButton.clicked.connect(lambda: self.export(ExportFormat.PDF))
        self.ui.xlsxButton.clicked.connect(lambda: self.export(ExportFormat.XLSX))
        self.ui.csvButton.clicked.connect(lambda: self.export(ExportFormat.CSV))
        self.ui.rawVisitsButton.clicked.connect(self.export_raw_visits)
        self.ui.planButton.clicked.connect(self.open_plan)
        new_item_shortcut(self, self.ui.planButton.click)  # a new grant period or focus area
        self.ui.targetsButton.clicked.connect(lambda: self.open_targets())
        self.ui.activitiesTable.activated.connect(self._activity_double_clicked)
        context.watch(self, PLACES | PLAN, self.load_choices)
        self._kind_changed()
        self.load_choices()

    # --- Choices --------------------------------------------------------------------

    def load_choices(self) -> None:
        db = self.context.db

        def load() -> _Choices:
            return _Choices(PlacesService(db).estates(), PlanService(db).grant_periods())

        self.context.tasks.run(load, self._show_choices, lambda exc: show_error(self, exc))

    def _show_choices(self, choices: _Choices) -> None:
        previous_estates, previous_areas = set(self.selected_estates()), set(self.selected_focus_areas())
        self.choices = choices
        combo = self.ui.grantPeriodCombo
        previous_period = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for period in choices.grant_periods:
            combo.addItem(period.label, period.id)
        index = combo.findData(previous_period)
        if index < 0:
            index = next((i for i, p in enumerate(choices.grant_periods) if p.start <= self.today <= p.end),
                         len(choices.grant_periods) - 1)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._fill_menu(self.estates_menu, self.tr("All estates"),
                        [(e.id, e.name) for e in choices.estates], previous_estates)
        areas = [(a.id, a.name, p.name) for p in choices.grant_periods for a in p.focus_areas]
        self._fill_menu(self.focus_menu, self.tr("All focus areas"), areas, previous_areas)
        self._update_filter_buttons()
        self.refresh()

    def _fill_menu(self, menu: QMenu, all_label: str, items: list[tuple], selected: set[str]) -> None:
        menu.clear()
        everything = menu.addAction(all_label)
        everything.setCheckable(True)
        everything.setData(None)
        everything.triggered.connect(lambda checked, m=menu: self._choose_all(m))
        menu.addSeparator()
        section = None
        for item in items:
            row_id, name = item[0], item[1]
            if len(item) > 2 and item[2] != section:
                section = item[2]
                menu.addSection(section)
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setData(row_id)
            action.setChecked(row_id in selected)
            action.triggered.connect(self._filter_changed)
        everything.setChecked(not any(a.isChecked() for a in menu.actions() if a.data()))

    def _choose_all(self, menu: QMenu) -> None:
        for action in menu.actions():
            action.setChecked(action.data() is None and not action.isSeparator())
        self._filter_changed()

    def _filter_changed(self) -> None:
        for menu in (self.estates_menu, self.focus_menu):
            chosen = any(a.isChecked() for a in menu.actions() if a.data())
            for action in menu.actions():
                if action.data() is None and action.isCheckable():
                    action.setChecked(not chosen)
        self._update_filter_buttons()
        self.schedule_refresh()

    def _update_filter_buttons(self) -> None:
        estates = [a.text() for a in self.estates_menu.actions() if a.data() and a.isChecked()]
        areas = [a.text() for a in self.focus_menu.actions() if a.data() and a.isChecked()]
        self.ui.estatesButton.setText(self.tr("Estates: %1").replace(
            "%1", ", ".join(estates) if estates else self.tr("all")))
        self.ui.focusButton.setText(self.tr("Focus areas: %1").replace(
            "%1", self.tr("%1 chosen").replace("%1", str(len(areas))) if areas else self.tr("all")))

    def selected_estates(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self.estates_menu.actions() if a.data() and a.isChecked())

    def selected_focus_areas(self) -> tuple[str, ...]:
        return tuple(a.data() for a in self.focus_menu.actions() if a.data() and a.isChecked())

    def set_estates(self, estate_ids: list[str]) -> None:
        for action in self.estates_menu.actions():
            if action.data():
                action.setChecked(action.data() in estate_ids)
        self._filter_changed()

    def _kind_changed(self) -> None:
        kind = PeriodKind(self.ui.periodKindCombo.currentData())
        self.ui.yearSpin.setVisible(kind in (PeriodKind.YEAR, PeriodKind.QUARTER, PeriodKind.MONTH))
        self.ui.quarterCombo.setVisible(kind is PeriodKind.QUARTER)
        self.ui.monthCombo.setVisible(kind is PeriodKind.MONTH)
        for widget in (self.ui.fromDate, self.ui.toLabel, self.ui.toDate):
            widget.setVisible(kind is PeriodKind.CUSTOM)
        self.ui.grantPeriodCombo.setVisible(kind is PeriodKind.GRANT_PERIOD)
        self.schedule_refresh()

    def current_period(self) -> ReportPeriod:
        """The chosen period; raises ValidationError with a Danish message when it cannot be."""
        kind = PeriodKind(self.ui.periodKindCombo.currentData())
        year = self.ui.yearSpin.value()
        if kind is PeriodKind.YEAR:
            return year_period(year)
        if kind is PeriodKind.QUARTER:
            return quarter_period(year, self.ui.quarterCombo.currentData())
        if kind is PeriodKind.MONTH:
            return month_period(year, self.ui.monthCombo.currentData())
        if kind is PeriodKind.CUSTOM:
            start = pydate(self.ui.fromDate.date()) if self.ui.fromDate.date().isValid() else None
            end = pydate(self.ui.toDate.date()) if self.ui.toDate.date().isValid() else None
            return custom_period(start, end)
        period = next((p for p in self.choices.grant_periods if p.id == self.ui.grantPeriodCombo.currentData()), None)
        if period is None:
            raise ValidationError("Der er ingen bevillingsperiode at vælge. Du kan oprette en under "
                                  "»Bevillingsperioder og indsatsområder«.")
        return grant_period_period(period.span)

    def current_choices(self) -> ReportChoices:
        return ReportChoices(self.current_period(), self.selected_estates(), self.selected_focus_areas())

    # --- The report -----------------------------------------------------------------

    def schedule_refresh(self) -> None:
        self.refresh_timer.start()

    def refresh(self) -> None:
        self.refresh_timer.stop()
        try:
            choices = self.current_choices()
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
        self.ui.messageLabel.setStyleSheet(themed("color: #a33;"))
        for model in self.models.values():
            model.set_table(None)
        self.chart.set_chart(None)
        self._set_exports_enabled(False)

    def _show_report(self, report: Report, generation: int) -> None:
        if generation < self._shown_generation:
            return  # an older computation finished after a newer one
        self._shown_generation = generation
        self.report = report
        for key, model in self.models.items():
            model.set_table(report.table(key))
        self.ui.targetsTable.setItemDelegateForColumn(report.table("maaltal").progress_column,
                                                      self.progress_delegate)
        for view_name in TABLE_VIEWS:
            view: QTableView = getattr(self.ui, view_name)
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            for column in range(header.count()):
                header.resizeSection(column, min(header.sectionSize(column), 320))
        self.ui.targetsTable.setColumnWidth(8, 140)
        self._show_chart()
        messages = list(report.meta.notes)
        if report.is_empty:
            messages.insert(0, self.tr("There are no activities, advice visits, ambassadors or targets in this period. "
                                       "You can choose another period or more estates."))
        elif report.suppressed:
            messages.append(self.tr('Counts under 5 are shown as "<5"; "x" hides a number that could otherwise be '
                                    "worked out from a total."))
        self._say(" ".join(messages))
        self.ui.messageLabel.setStyleSheet("")
        self._set_exports_enabled(not report.is_empty)

    def _show_chart(self) -> None:
        if self.report is None:
            self.chart.set_chart(None)
            return
        self.chart.set_chart(self.report.chart(self.ui.chartCombo.currentData()))

    def _set_exports_enabled(self, enabled: bool) -> None:
        for button in (self.ui.pdfButton, self.ui.xlsxButton, self.ui.csvButton):
            button.setEnabled(enabled)

    def _hide_small_toggled(self, checked: bool) -> None:
        QSettings().setValue(SETTING_HIDE_SMALL, checked)
        self.refresh()

    # --- Files ----------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, file_filter: str) -> Path | None:
        folder = QSettings().value(SETTING_FOLDER) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        QSettings().setValue(SETTING_FOLDER, str(path.parent))
        return path

    def export(self, fmt: ExportFormat) -> None:
        try:
            choices = self.current_choices()
        except ValidationError as exc:
            show_error(self, exc)
            return
        label = choices.period.label
        if fmt is ExportFormat.PDF:
            path = self._ask_path(self.tr("Save status report"), f"Status {label}.pdf", self.tr("PDF (*.pdf)"))
        elif fmt is ExportFormat.XLSX:
            path = self._ask_path(self.tr("Save report for Excel"), f"Rapport {label}.xlsx",
                                  self.tr("Excel workbook (*.xlsx)"))
        else:
            path = self._ask_path(self.tr("Save report as CSV"), f"Rapport {label}.csv", self.tr("CSV (*.csv)"))
        if path is None:
            return
        if path.suffix.lower() != f".{fmt.value}":
            path = path.with_name(f"{path.name}.{fmt.value}")
        service, staff = self.service, self.context.staff
        self._run_file_task(lambda progress: service.export(choices, fmt, path, staff_id=staff.id if staff else None,
                                                            progress=progress), path)

    def export_raw_visits(self) -> None:
        try:
            choices = self.current_choices()
        except ValidationError as exc:
            show_error(self, exc)
            return
        path = self._ask_path(self.tr("Save advice visits"), f"Rådgivningsbesøg {choices.period.label}.xlsx",
                              self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        service, staff = self.service, self.context.staff
        self._run_file_task(lambda progress: service.export_raw_visits(
            choices, path, staff_id=staff.id if staff else None, progress=progress), path)

    def _run_file_task(self, work, path: Path) -> None:
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()
        self.ui.progressLabel.show()
        self.ui.progressLabel.setText(self.tr("Working…"))

        def done(_result) -> None:
            self._progress_finished()
            self.ui.messageLabel.setStyleSheet("")
            self._say(self.tr("Saved: %1").replace("%1", str(path)))

        def failed(exc: BaseException) -> None:
            self._progress_finished()
            show_error(self, exc)

        self.context.tasks.run(work, done, failed, progress=self._progress)

    def _progress(self, percent: int, text: str) -> None:
        self.ui.progressBar.setValue(percent)
        self.ui.progressLabel.setText(text)

    def _progress_finished(self) -> None:
        self.ui.progressBar.hide()
        self.ui.progressLabel.hide()

    # --- The plan -------------------------------------------------------------------

    def open_plan(self) -> None:
        from .plan_dialog import PlanDialog

        PlanDialog(self.context, self).exec()

    def open_targets(self, search: str = "") -> None:
        from .targets_dialog import TargetsDialog

        period_id = None
        try:
            start = self.current_period().start
            period_id = next((p.id for p in self.choices.grant_periods if p.start <= start <= p.end), None)
        except ValidationError:
            pass
        dialog = TargetsDialog(self.context, period_id, search, self)
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def _activity_double_clicked(self, index) -> None:
        table = self.models["aktiviteter"].table
        if table is None or not index.isValid():
            return
        title = table.rows[index.row()][1]
        if table.styles[index.row()] is RowStyle.NORMAL:
            self.open_targets(title)
