"""PDF pages as images (pdfium), for previews in dialogs and for printing through QPrinter."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

PRINT_DPI = 300


def render_pages(pdf: bytes, dpi: float = 96) -> list[QImage]:
    """Each page of the PDF as an image; QImage (unlike QPixmap) may be made off the UI thread."""
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            bitmap = document[index].render(scale=dpi / 72, rev_byteorder=True)
            fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
            images.append(QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy())
    finally:
        document.close()
    return images


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> bool:
    """Show the system print dialog and print every page, scaled to the printer's page."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreview", "Print %1").replace("%1", title))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pages(printer, render_pages(pdf, PRINT_DPI))
    return True


def paint_pages(printer: QPrinter, pages: list[QImage]) -> None:
    painter = QPainter(printer)
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    finally:
        painter.end()
