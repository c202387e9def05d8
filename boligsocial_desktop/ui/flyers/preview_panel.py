"""The poster page's preview: the poster redrawn on the worker a moment after a change, print and save.

A poster with a missing translation shows a red note here; print and "Save as PDF" refuse it (strict
rendering) until the text is there or the language is deselected.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from ...errors import AppError
from ...pdf.poster import PAPERS, PosterContent, PosterOptions, missing_message
from ...services.flyers import FlyerService, safe_file_name
from ..context import AppContext
from ..forms.flyers_preview_panel_ui import Ui_PosterPreviewPanel
from ..pdf_preview import print_pdf, render_pages
from ..status_colours import themed
from .file_questions import FileQuestions
from .message_line import ERROR_STYLE, MessageLine

PREVIEW_DELAY_MS = 300
PAGE_GAP = 12

Draft = Callable[[], tuple[PosterContent, PosterOptions] | None]  # None before an activity is chosen


@dataclass(frozen=True)
class Preview:
    pdf: bytes
    pages: list[QImage]
    missing: list[tuple[str, str]]
    seconds: float


class PosterPreviewPanel(QWidget):
    def __init__(self, context: AppContext, files: FileQuestions, messages: MessageLine, draft: Draft,
                 title: Callable[[], str], before_render: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.files = files
        self.messages = messages
        self.draft = draft  # the poster as typed and laid out; raises AppError when a choice is wrong
        self.title = title
        self.before_render = before_render
        self.preview: Preview | None = None
        self.last_pdf_path: Path | None = None
        self._busy = False
        self._dirty = False
        ui = self.ui = Ui_PosterPreviewPanel()
        ui.setupUi(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.render_preview)
        ui.printButton.clicked.connect(self.print_poster)
        ui.savePdfButton.clicked.connect(self.save_pdf)

    def set_output_enabled(self, enabled: bool) -> None:
        self.ui.printButton.setEnabled(enabled)
        self.ui.savePdfButton.setEnabled(enabled)

    def schedule_preview(self) -> None:
        self.timer.start()

    def preview_dpi(self, paper: str) -> float:
        width_pt = PAPERS[paper][0]
        available = max(200, self.ui.previewArea.viewport().width() - 24)
        return max(30.0, min(96.0, available / (width_pt / 72)))

    def _draft(self) -> tuple[PosterContent, PosterOptions] | None:
        try:
            return self.draft()
        except AppError as exc:
            self.messages.show_problem(exc)
            return None

    def render_preview(self) -> None:
        self.timer.stop()
        self.before_render()
        draft = self._draft()
        if draft is None:
            return
        if self._busy:
            self._dirty = True
            return
        self._busy = True
        content, options = draft
        dpi = self.preview_dpi(options.paper)

        def work() -> Preview:
            started = time.perf_counter()
            rendered = FlyerService.render(content, options, strict=False)
            pages = render_pages(rendered.pdf, dpi)
            return Preview(rendered.pdf, pages, rendered.report.missing, time.perf_counter() - started)

        self.context.tasks.run(work, self._show_preview, self._preview_failed)

    def _show_preview(self, preview: Preview) -> None:
        self._busy = False
        self.preview = preview
        pages = preview.pages
        sheet = QPixmap(max(p.width() for p in pages), sum(p.height() for p in pages) + PAGE_GAP * (len(pages) - 1))
        sheet.fill(self.palette().window().color())
        painter = QPainter(sheet)
        y = 0
        for page in pages:
            painter.drawImage(0, y, page)
            y += page.height() + PAGE_GAP
        painter.end()
        self.ui.previewLabel.setPixmap(sheet)
        self.messages.clear()
        self.ui.pageInfo.setText(self.tr("%n page(s)", "", len(pages)))
        if preview.missing:
            self.ui.warningLabel.setText(missing_message(preview.missing))
            self.ui.warningLabel.setStyleSheet(themed(ERROR_STYLE))
        else:
            self.ui.warningLabel.clear()
        if self._dirty:
            self._dirty = False
            self.render_preview()

    def _preview_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._dirty = False
        self.messages.show_problem(exc)

    # --- Output -------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        return safe_file_name(f"Plakat – {self.title().strip() or 'aktivitet'}") + ".pdf"

    def _final_pdf(self, then: Callable[[bytes], None]) -> None:
        """The finished poster (missing translations refused) on the worker, then `then(pdf)` on the UI thread."""
        draft = self._draft()
        if draft is None:
            return
        content, options = draft
        self.context.tasks.run(lambda: FlyerService.render(content, options, strict=True).pdf, then,
                               self.messages.show_problem)

    def print_poster(self) -> None:
        def send(pdf: bytes) -> None:
            print_pdf(self, pdf, self.suggested_name())

        self._final_pdf(send)

    def save_pdf(self) -> None:
        path = self.files.ask_save_path(self.tr("Save poster"), self.suggested_name(), self.tr("PDF files (*.pdf)"))
        if not path:
            return

        def write(pdf: bytes) -> None:
            def save() -> Path:
                Path(path).write_bytes(pdf)
                return Path(path)

            self.context.tasks.run(save, self._saved_pdf, self.messages.show_problem)

        self._final_pdf(write)

    def _saved_pdf(self, path: Path) -> None:
        self.last_pdf_path = path
        self.messages.show_notice(self.tr("Saved: %1").replace("%1", str(path)))
