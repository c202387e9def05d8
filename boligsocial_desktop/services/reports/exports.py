"""Reports as files: XLSX (one sheet per section), CSV for Danish Excel, and the raw visit list.

- XLSX: a header row in bold on a coloured background, frozen, with a filter; numbers as
  numbers with Excel's own formats (thousands separator, one decimal for hours, percent),
  hidden small counts as the text "<5" or "x", column widths to fit, totals in bold.
- CSV: semicolon-separated, UTF-8 with BOM and CRLF, so Danish Excel opens it directly
  with æ, ø, å intact; decimal comma; every section after the other with its title.
- Raw visits: one row per advice visit (no notes, no names, no repeat tokens), written
  by the streaming writer in xlsx_stream.py (openpyxl's write-only mode was too slow).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.formatting.rule import DataBarRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ...domain.danish import number
from ...domain.report_layout import Kind, Report, RowStyle, Table
from ...domain.rounding import percent_points
from ..atomic_write import write_atomically
from ..spreadsheet_cells import csv_row, danish_text, xlsx_cell, xlsx_value
from . import xlsx_stream

Progress = Callable[[int, str], None]

HEADER_FILL = PatternFill("solid", fgColor="1F5F8B")
HEADER_FONT = Font(bold=True, color="FFFFFF")
SUBTOTAL_FILL = PatternFill("solid", fgColor="E8F0F6")
TOTAL_BORDER = Border(top=Side(style="thin", color="1F5F8B"))
NUMBER_FORMATS = {Kind.COUNT: "#,##0", Kind.NUMBER: "#,##0", Kind.HOURS: "#,##0.0", Kind.PERCENT: "0%"}
_FORBIDDEN_IN_SHEET_NAMES = str.maketrans({c: "-" for c in "[]:*?/\\"})


def sheet_name(title: str, taken: set[str]) -> str:
    base = title.translate(_FORBIDDEN_IN_SHEET_NAMES)[:31]
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(name.casefold())
    return name


def report_xlsx(report: Report) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.title = f"{report.meta.plan_name}: {report.meta.period_label}"
    workbook.properties.creator = "Boligsocial Desktop"
    taken: set[str] = set()
    for table in report.tables:
        _write_sheet(workbook.create_sheet(sheet_name(table.title, taken)), table)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_sheet(sheet: Any, table: Table) -> None:
    columns = table.columns
    for c, column in enumerate(columns, start=1):
        cell = xlsx_cell(sheet.cell(row=1, column=c), column.title)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(horizontal="left" if column.kind is Kind.TEXT else "right", vertical="center",
                                   wrap_text=True)
        sheet.column_dimensions[get_column_letter(c)].width = column.width + 2
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 30
    for r in range(len(table.rows)):
        style = table.styles[r]
        for c in range(len(columns)):
            value, date_format = xlsx_value(table.value(r, c))
            kind = table.kind(r, c)
            cell = xlsx_cell(sheet.cell(row=r + 2, column=c + 1), value)
            if date_format:
                cell.number_format = date_format
            elif isinstance(value, str):
                if kind is not Kind.TEXT:  # "<5" or "x" where a number would be
                    cell.alignment = Alignment(horizontal="right")
                elif len(value) > columns[c].width:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif kind in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[kind]
                if kind is Kind.PERCENT and value is not None:  # the percent the PDF and CSV print
                    cell.value = float(percent_points(value) / 100)
            if style is not RowStyle.NORMAL:
                cell.font = Font(bold=True)
                cell.fill = SUBTOTAL_FILL if style is RowStyle.SUBTOTAL else PatternFill()
                if style is RowStyle.TOTAL:
                    cell.border = TOTAL_BORDER
    last_row = len(table.rows) + 1
    if table.rows:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last_row}"
    if table.progress_column is not None and table.rows:
        letter = get_column_letter(table.progress_column + 1)
        sheet.conditional_formatting.add(f"{letter}2:{letter}{last_row}", DataBarRule(
            start_type="num", start_value=0, end_type="num", end_value=1, color="5B9BD5"))
    notes = [table.empty_text] if not table.rows and table.empty_text else []
    notes += [table.note] if table.note else []
    for offset, text in enumerate(notes):
        cell = xlsx_cell(sheet.cell(row=last_row + 2 + offset, column=1), text)
        cell.font = Font(italic=True, color="555555")
    sheet.page_setup.orientation = "landscape" if len(columns) > 5 else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"


def csv_text(value: Any, kind: Kind) -> str:
    """A cell as Danish Excel reads it: no thousands separator, decimal comma, dates as dd-mm-åååå.

    Rounded by the same rule (half up) and to the same decimals as the PDF and the XLSX; text is
    kept from running as a formula, a negative number stays a number.
    """
    if kind is Kind.PERCENT and isinstance(value, (int, float)):
        return f"{percent_points(value)} %"
    if kind is Kind.HOURS or (isinstance(value, float) and not value.is_integer()):
        return danish_text(value, 1)
    if isinstance(value, float):
        return danish_text(int(value))
    return danish_text(value)


def report_csv(report: Report) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for index, table in enumerate(report.tables):
        if index:
            writer.writerow([])
        writer.writerow(csv_row([table.title]))
        writer.writerow(csv_row(c.title for c in table.columns))
        for r in range(len(table.rows)):
            writer.writerow([csv_text(table.value(r, c), table.kind(r, c)) for c in range(len(table.columns))])
        if not table.rows and table.empty_text:
            writer.writerow(csv_row([table.empty_text]))
        if table.note:
            writer.writerow(csv_row([table.note]))
    return buffer.getvalue().encode("utf-8-sig")


# --- Raw advice visits -------------------------------------------------------------------

RAW_VISIT_COLUMNS = (("Tidspunkt", 16), ("Kontor", 18), ("Bopæl", 18), ("Emner", 40), ("Henvisninger", 30),
                     ("Sprog", 8), ("Tolk", 6), ("Aldersgruppe", 12), ("Køn", 9), ("Varighed (min.)", 10),
                     ("Opfølgning senest", 12), ("Opfølgning udført", 12))


def raw_visits_xlsx(rows: Sequence[tuple[Any, ...]], target: Path, progress: Progress | None = None) -> int:
    """Write visit rows (as RAW_VISIT_COLUMNS; None for an empty cell) to an XLSX file; returns the count."""
    def text(done: int, total: int) -> str:
        return f"{number(done)} af {number(total)} besøg …"

    write_atomically(target, lambda path: xlsx_stream.write_xlsx(
        path, "Rådgivningsbesøg", RAW_VISIT_COLUMNS, rows, title="Rådgivningsbesøg (uden navne og noter)",
        progress=progress, progress_text=text))
    if progress:
        progress(100, "Filen er gemt.")
    return len(rows)


