"""Månedsprogram: the month's programme for a house or the whole estate, previewed, printed or saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...domain.danish import month_name
from ...errors import AppError
from ...services.calendar_files import PAPERS, CalendarFiles
from ...services.places import EstateInfo, HouseInfo
from ..context import AppContext
from ..forms.calendar_programme_dialog_ui import Ui_ProgrammeDialog
from ..pdf_preview import print_pdf, render_pages
from ..screen_fit import resize_within_screen
from ..status_colours import themed
from .activity_dialog import ERROR_STYLE


@dataclass(frozen=True)
class _Rendered:
    pdf: bytes
    pages: list[QImage]


class ProgrammeDialog(QDialog):
    def __init__(self, context: AppContext, estate: EstateInfo, houses: list[HouseInfo], house_id: str | None,
                 month: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.files = CalendarFiles(context.db)
        self.rendered: _Rendered | None = None
        self.ui = Ui_ProgrammeDialog()
        self.ui.setupUi(self)
        resize_within_screen(self, QSize(760, 820))  # the page preview scrolls on a small screen
        for house in houses:
            self.ui.scopeCombo.addItem(house.name, ("house", house.id))
        self.ui.scopeCombo.addItem(self.tr("All of %1").replace("%1", estate.name), ("estate", estate.id))
        self.ui.scopeCombo.setCurrentIndex(max(0, self.ui.scopeCombo.findData(("house", house_id))))
        for paper in PAPERS:
            self.ui.paperCombo.addItem(paper, paper)
        self.ui.monthEdit.setDate(QDate(month.year, month.month, 1))
        self.ui.scopeCombo.currentIndexChanged.connect(self.render_preview)
        self.ui.monthEdit.dateChanged.connect(self.render_preview)
        self.ui.paperCombo.currentIndexChanged.connect(self.render_preview)
        self.ui.printButton.clicked.connect(self.print_programme)
        self.ui.saveButton.clicked.connect(self.save_pdf)
        self.ui.closeButton.clicked.connect(self.accept)
        self.render_preview()

    def choice(self) -> tuple[int, int, dict]:
        kind, target = self.ui.scopeCombo.currentData()
        chosen = self.ui.monthEdit.date()
        where = {"house_id": target} if kind == "house" else {"estate_id": target}
        return chosen.year(), chosen.month(), {**where, "paper": self.ui.paperCombo.currentData()}

    def render_preview(self) -> None:
        year, month, where = self.choice()
        files = self.files
        self._set_buttons(False)

        def work() -> _Rendered:
            pdf = files.month_programme_pdf(year, month, **where)
            return _Rendered(pdf, render_pages(pdf, dpi=80))

        self.context.tasks.run(work, self._show, self._failed)

    def _show(self, rendered: _Rendered) -> None:
        self.rendered = rendered
        self.ui.errorLabel.clear()
        pages = rendered.pages
        width = max(p.width() for p in pages)
        height = sum(p.height() for p in pages) + 12 * (len(pages) - 1)
        sheet = QPixmap(width, height)
        sheet.fill(self.palette().window().color())
        painter = QPainter(sheet)
        y = 0
        for page in pages:
            painter.drawImage(0, y, page)
            y += page.height() + 12
        painter.end()
        self.ui.previewLabel.setPixmap(sheet)
        self._set_buttons(True)

    def _set_buttons(self, enabled: bool) -> None:
        self.ui.printButton.setEnabled(enabled)
        self.ui.saveButton.setEnabled(enabled)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.setStyleSheet(themed(ERROR_STYLE))

    def suggested_name(self) -> str:
        year, month, _ = self.choice()
        return f"Program {month_name(month)} {year} – {self.ui.scopeCombo.currentText()}.pdf"

    def print_programme(self) -> None:
        if self.rendered:
            print_pdf(self, self.rendered.pdf, self.suggested_name())

    def save_pdf(self) -> None:
        if not self.rendered:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save month programme"), self.suggested_name(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            pdf = self.rendered.pdf
            self.context.tasks.run(lambda: Path(path).write_bytes(pdf), None, self._failed)
