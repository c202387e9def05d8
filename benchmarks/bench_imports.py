"""Import limits: a 1.5-million-row XLSX is refused at the row limit (≤ 5 s; memory is checked by the tests)."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from benchmarks.registry import Figures, measure, register

SHEET = "xl/worksheets/sheet1.xml"
ROWS = 1_500_000


def _sheet_xml():
    yield (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           b'<dimension ref="A1:XFD1048576"/><sheetData>'
           b'<row r="1"><c r="A1" t="inlineStr"><is><t>Dato</t></is></c>'
           b'<c r="B1" t="inlineStr"><is><t>Emne</t></is></c></row>')
    for start in range(2, ROWS + 2, 10_000):
        yield "".join(f'<row r="{r}"><c r="A{r}"><v>46296</v></c><c r="B{r}"><v>{r}</v></c></row>'
                      for r in range(start, min(start + 10_000, ROWS + 2))).encode()
    yield b"</sheetData></worksheet>"


def _million_rows(folder: Path) -> Path:
    from openpyxl import Workbook

    base, target = folder / "base.xlsx", folder / "million.xlsx"
    book = Workbook()
    book.active.append(["Dato", "Emne"])
    book.save(base)
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for info in source.infolist():
            if info.filename == SHEET:
                with out.open(SHEET, "w", force_zip64=True) as sheet:
                    for chunk in _sheet_xml():
                        sheet.write(chunk)
            else:
                out.writestr(info.filename, source.read(info.filename))
    return target


@register("imports.row_limit_refusal")
def row_limit_refusal(db_path: Path) -> Figures:
    """Reading stops at the row limit: the refusal of a 1.5-million-row sheet (≤ 5 s)."""
    from boligsocial_desktop.services.importing import read_table
    from boligsocial_desktop.services.table_files import TableFileRefused

    with tempfile.TemporaryDirectory() as folder:
        path = _million_rows(Path(folder))

        def refuse() -> None:
            try:
                read_table(path)
            except TableFileRefused:
                return
            raise AssertionError("the file was not refused")

        return measure(refuse, repeat=3)
