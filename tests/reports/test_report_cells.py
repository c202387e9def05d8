"""User text that looks like a formula is text in every report file; numbers stay numbers; Danish CSV numbers."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date

import openpyxl
import pytest
from sqlalchemy import select
from test_report_files import Q3_2026, _libreoffice

from boligsocial_desktop.domain.report_layout import Kind
from boligsocial_desktop.services.reports.exports import csv_text
from boligsocial_desktop.storage.models import Activity

EVIL = {"Lektiecafé": '=HYPERLINK("http://x","klik")', "Jobcafé": "+45 12 34 56 78", "Strikkeklub": "-tirsdag"}


@pytest.fixture
def evil_office(db, office):
    with db.transaction() as s:
        for row in s.scalars(select(Activity).where(Activity.title.in_(EVIL))):
            row.title = EVIL[row.title]
    return office


def test_report_xlsx_writes_formula_like_titles_as_text(reports, evil_office, tmp_path):
    target = tmp_path / "rapport.xlsx"
    reports.export(Q3_2026, "xlsx", target)
    sheet = openpyxl.load_workbook(target)["Aktiviteter"]
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)}
    for title in EVIL.values():
        assert cells[title].data_type == "s", title
    titles = [c.value for c in sheet[1]]
    attendance = sheet.cell(row=2, column=titles.index("Fremmøde") + 1)
    assert attendance.data_type == "n" and isinstance(attendance.value, int)


def test_report_csv_puts_an_apostrophe_before_formula_like_titles(reports, evil_office, tmp_path):
    target = tmp_path / "rapport.csv"
    reports.export(Q3_2026, "csv", target)
    cells = [cell for row in csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig")), delimiter=";")
             for cell in row]
    for title in EVIL.values():
        assert "'" + title in cells and title not in cells
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)


@pytest.mark.parametrize(("value", "kind", "expected"), [
    (1.5, Kind.HOURS, "1,5"), (1.25, Kind.HOURS, "1,3"), (2.675, Kind.HOURS, "2,7"), (6, Kind.HOURS, "6,0"),
    (0.285, Kind.PERCENT, "29 %"), (1234, Kind.COUNT, "1234"), (-3, Kind.NUMBER, "-3"),
    (date(2026, 12, 1), Kind.TEXT, "01-12-2026"), (None, Kind.COUNT, ""),
])
def test_csv_numbers_and_dates_are_danish(value, kind, expected):
    assert csv_text(value, kind) == expected


def test_libreoffice_shows_the_formula_text_literally(reports, evil_office, tmp_path):
    office_program = _libreoffice()
    if office_program is None:
        pytest.skip("LibreOffice is not installed here")
    source = tmp_path / "in" / "rapport.xlsx"
    reports.export(Q3_2026, "xlsx", source)
    workbook = openpyxl.load_workbook(source)
    for name in workbook.sheetnames:
        if name != "Aktiviteter":
            del workbook[name]  # LibreOffice converts the first sheet to CSV
    workbook.save(source)
    out = tmp_path / "out"
    result = subprocess.run(
        [office_program, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    text = (out / "rapport.csv").read_text(encoding="utf-8")
    assert "HYPERLINK" in text and "+45 12 34 56 78" in text and "-tirsdag" in text
    assert "klik;" not in text  # not run as a formula, which would show only "klik"


@pytest.mark.sqlite_only
def test_danish_calc_reads_the_report_csv_as_the_xlsx_has_it(reports, office, tmp_path, danish_calc):
    """The same figure in CSV and XLSX: hours with a decimal comma and percents become the XLSX's numbers."""
    reports.export(Q3_2026, "csv", tmp_path / "rapport.csv")
    reports.export(Q3_2026, "xlsx", tmp_path / "rapport.xlsx")
    from_csv = danish_calc(tmp_path / "rapport.csv")
    homework = next(row for row in from_csv if row[1] == "Lektiecafé")
    assert homework[5:9] == [30, 7, 23, 6]
    workbook = openpyxl.load_workbook(tmp_path / "rapport.xlsx")
    sheet_row = next(row for row in workbook["Aktiviteter"].iter_rows(values_only=True) if row[1] == "Lektiecafé")
    assert list(sheet_row[5:9]) == homework[5:9]
    targets = next(r for r, row in enumerate(from_csv) if row[0] == "Måltal")
    csv_percents = [row[8] for row in from_csv[targets + 2:] if row[0] and isinstance(row[8], float)]
    xlsx_percents = [row[8] for row in workbook["Måltal"].iter_rows(min_row=2, values_only=True)
                     if isinstance(row[8], float)]
    assert csv_percents and csv_percents == xlsx_percents
