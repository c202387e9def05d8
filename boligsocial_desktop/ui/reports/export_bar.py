"""The Rapporter page's exports: the status report as PDF, XLSX or CSV, and the advice visits as a list.

The folder last saved in is remembered on this PC (Settings.reports_folder). The page shows the
progress (`started`, `progress`, `finished` with the saved file, or None when it failed).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ...errors import ValidationError
from ...services.reports import ExportFormat, ReportChoices, ReportService
from ...settings import Settings
from ..context import AppContext
from ..forms.reports_export_bar_ui import Ui_ReportExportBar
from ..messages import show_error
from ..tasks import Progress


class ReportExportBar(QWidget):
    started = Signal()
    progress = Signal(int, str)
    finished = Signal(object)  # the file written, or None when it could not be

    def __init__(self, context: AppContext, choices: Callable[[], ReportChoices], parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = ReportService(context.db)
        self.choices = choices  # the page's period, estates and focus areas; raises ValidationError
        ui = self.ui = Ui_ReportExportBar()
        ui.setupUi(self)
        ui.pdfButton.clicked.connect(lambda: self.export(ExportFormat.PDF))
        ui.xlsxButton.clicked.connect(lambda: self.export(ExportFormat.XLSX))
        ui.csvButton.clicked.connect(lambda: self.export(ExportFormat.CSV))
        ui.rawVisitsButton.clicked.connect(self.export_raw_visits)

    def set_report_exports_enabled(self, enabled: bool) -> None:
        for button in (self.ui.pdfButton, self.ui.xlsxButton, self.ui.csvButton):
            button.setEnabled(enabled)

    def ask_path(self, title: str, name: str, file_filter: str) -> Path | None:
        settings = Settings()
        folder = settings.reports_folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), file_filter)
        if not chosen:
            return None
        path = Path(chosen)
        settings.reports_folder = path.parent
        return path

    def _choices(self) -> ReportChoices | None:
        try:
            return self.choices()
        except ValidationError as exc:
            show_error(self, exc)
            return None

    def export(self, fmt: ExportFormat) -> None:
        choices = self._choices()
        if choices is None:
            return
        label = choices.period.label
        if fmt is ExportFormat.PDF:
            path = self.ask_path(self.tr("Save status report"), f"Status {label}.pdf", self.tr("PDF (*.pdf)"))
        elif fmt is ExportFormat.XLSX:
            path = self.ask_path(self.tr("Save report for Excel"), f"Rapport {label}.xlsx",
                                 self.tr("Excel workbook (*.xlsx)"))
        else:
            path = self.ask_path(self.tr("Save report as CSV"), f"Rapport {label}.csv", self.tr("CSV (*.csv)"))
        if path is None:
            return
        if path.suffix.lower() != f".{fmt.value}":
            path = path.with_name(f"{path.name}.{fmt.value}")
        service, staff_id = self.service, self._staff_id()
        self._run(lambda progress: service.export(choices, fmt, path, staff_id=staff_id, progress=progress), path)

    def export_raw_visits(self) -> None:
        choices = self._choices()
        if choices is None:
            return
        path = self.ask_path(self.tr("Save advice visits"), f"Rådgivningsbesøg {choices.period.label}.xlsx",
                             self.tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        service, staff_id = self.service, self._staff_id()
        self._run(lambda progress: service.export_raw_visits(choices, path, staff_id=staff_id, progress=progress),
                  path)

    def _staff_id(self) -> str | None:
        staff = self.context.staff
        return staff.id if staff else None

    def _run(self, work: Callable[[Progress], Any], path: Path) -> None:
        self.started.emit()

        def failed(exc: BaseException) -> None:
            self.finished.emit(None)
            show_error(self, exc)

        self.context.tasks.run(work, lambda _result: self.finished.emit(path), failed,
                               progress=self.progress.emit)
