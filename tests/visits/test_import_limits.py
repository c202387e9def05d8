"""Import files over the limits are refused in Danish (how fast: benchmarks/bench_imports.py),
without unpacking or keeping them whole.

The big XLSX files are written as sheet XML straight into a zip stream (openpyxl would take
minutes to write 1.5 million rows); they stay small on disk because the rows compress well.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from boligsocial_desktop.errors import AppError
from boligsocial_desktop.services.ambassadors.importer import import_ambassadors
from boligsocial_desktop.services.importing import read_table
from boligsocial_desktop.services.table_files import MAX_FIELD_CHARS, MAX_IMPORT_ROWS, TableFileRefused, read_rows
from boligsocial_desktop.services.visits.importing import import_visits

SHEET = "xl/worksheets/sheet1.xml"
HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<dimension ref="A1:XFD1048576"/><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Dato</t></is></c>'
        b'<c r="B1" t="inlineStr"><is><t>Emne</t></is></c></row>')
TAIL = b"</sheetData></worksheet>"


def replace_sheet(base: Path, target: Path, chunks) -> Path:
    """A copy of the openpyxl-made `base` whose first sheet's XML is the given byte chunks."""
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for info in source.infolist():
            if info.filename == SHEET:
                with out.open(SHEET, "w", force_zip64=True) as sheet:
                    for chunk in chunks:
                        sheet.write(chunk)
            else:
                out.writestr(info.filename, source.read(info.filename))
    return target


def many_rows(count: int):
    yield HEAD
    for start in range(2, count + 2, 10_000):
        yield "".join(f'<row r="{r}"><c r="A{r}"><v>46296</v></c><c r="B{r}"><v>{r}</v></c></row>'
                      for r in range(start, min(start + 10_000, count + 2))).encode()
    yield TAIL


@pytest.fixture(scope="module")
def base_xlsx(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "base.xlsx"
    book = Workbook()
    book.active.append(["Dato", "Emne"])
    book.save(path)
    return path


@pytest.fixture(scope="module")
def million_rows(base_xlsx) -> Path:
    return replace_sheet(base_xlsx, base_xlsx.parent / "million.xlsx", many_rows(1_500_000))


def test_a_sheet_whose_declared_size_lies_is_read_by_its_real_rows(db, office, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Besøgsdato", "Emner", "Kontor", "Medarbejder"])
    sheet.append([datetime(2026, 9, 15, 13, 45), "Sundhed", "Søparken", "SL"])
    sheet.append([datetime(2026, 9, 16), "Andet", "Ellemarken", "Ida Mikkelsen"])
    book.save(tmp_path / "made.xlsx")
    with zipfile.ZipFile(tmp_path / "made.xlsx") as made:
        xml = made.read(SHEET)
    assert b'<dimension ref="A1:D3"' in xml
    lying = replace_sheet(tmp_path / "made.xlsx", tmp_path / "lying.xlsx",
                          [xml.replace(b'<dimension ref="A1:D3"', b'<dimension ref="A1:XFD1048576"')])

    assert [len(row) for row in read_table(lying)] == [4, 4, 4]
    assert read_table(lying)[1][:2] == [datetime(2026, 9, 15, 13, 45), "Sundhed"]
    assert import_visits(db, lying, office.admin).imported == 2


def test_a_million_and_a_half_rows_are_refused_at_the_row_limit(million_rows):
    with zipfile.ZipFile(million_rows) as archive:
        assert archive.getinfo(SHEET).file_size < 200 * 1024 * 1024  # the zip check lets it through
    with pytest.raises(TableFileRefused, match=r"^Filen har flere end 20\.000 rækker\. Del den op"):
        read_table(million_rows)
    with pytest.raises(AppError, match=r"flere end 20.000 rækker"):
        import_ambassadors(None, million_rows)  # refused before the database is opened


def test_a_million_and_a_half_rows_use_little_memory(million_rows):
    script = (
        "import json, resource, sys\n"
        "from pathlib import Path\n"
        # Linux keeps ru_maxrss across exec (it would report the forked test runner's size); VmHWM is this
        # program's own high-water mark.
        "def peak_mb():\n"
        "    try:\n"
        "        for line in Path('/proc/self/status').read_text().splitlines():\n"
        "            if line.startswith('VmHWM:'):\n"
        "                return int(line.split()[1]) / 1024\n"
        "    except OSError:\n"
        "        pass\n"
        "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "from boligsocial_desktop.services.importing import read_table\n"
        "from boligsocial_desktop.services.table_files import TableFileRefused\n"
        "try:\n"
        "    read_table(Path(sys.argv[1]))\n"
        "    message = None\n"
        "except TableFileRefused as exc:\n"
        "    message = exc.message\n"
        "print(json.dumps({'message': message, 'peak_mb': peak_mb()}))\n")
    done = subprocess.run([sys.executable, "-c", script, str(million_rows)], capture_output=True, text=True,
                          timeout=60, check=True)
    result = json.loads(done.stdout)
    assert result["message"].startswith("Filen har flere end 20.000 rækker")
    assert result["peak_mb"] < 300  # the whole process, Python and SQLAlchemy included


def test_exactly_the_row_limit_is_read_and_blank_rows_below_are_allowed(base_xlsx, tmp_path):
    full = replace_sheet(base_xlsx, tmp_path / "full.xlsx",
                         [*list(many_rows(MAX_IMPORT_ROWS))[:-1],
                          b'<row r="30000"><c r="A30000" s="0"/></row>', TAIL])
    rows = read_rows(full)
    assert len(rows) == MAX_IMPORT_ROWS + 1 and rows[-1] == [46296, MAX_IMPORT_ROWS + 1]


@pytest.mark.parametrize("part, megabytes", [(SHEET, 210), ("xl/sharedStrings.xml", 60), (SHEET, 20)],
                         ids=["huge-sheet", "huge-shared-strings", "compressed-1000-times"])
def test_a_zip_bomb_is_refused_before_anything_is_unpacked(base_xlsx, tmp_path, monkeypatch, part, megabytes):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(base_xlsx) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != part:
                out.writestr(info.filename, source.read(info.filename))
        with out.open(part, "w", force_zip64=True) as huge:
            huge.write(HEAD)
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                huge.write(block)
            huge.write(TAIL)
    assert bomb.stat().st_size < 1024 * 1024

    def no_unpacking(*args, **kwargs):
        raise AssertionError("a part of the zip was opened")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_unpacking)
    with pytest.raises(TableFileRefused, match=rf"for stor til at blive indlæst: delen »{part}« fylder {megabytes} MB"):
        read_table(bomb)


def write_text(path: Path, text: str) -> Path:
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    return path


def test_a_csv_cell_over_the_limit_is_refused_with_its_row(tmp_path):
    long_cell = "Dato;Emne\r\n01-10-2026;Sundhed\r\n02-10-2026;" + "x" * (MAX_FIELD_CHARS + 1) + "\r\n"
    with pytest.raises(TableFileRefused, match=r"^Række 3 har en celle med mere end 32\.767 tegn"):
        read_table(write_text(tmp_path / "lang.csv", long_cell))
    with pytest.raises(AppError, match=r"(?m)^Række 3 har en celle med mere end 32\.767 tegn"):
        import_ambassadors(None, tmp_path / "lang.csv")  # refused before the database is opened


def test_a_csv_with_a_missing_quote_is_refused_with_its_row(tmp_path):
    # The open quote swallows the rest of the file until csv's own limit (131,072 characters) is passed.
    text = "Dato;Emne\r\n01-10-2026;Sundhed\r\n02-10-2026;\"Gæld\r\n" + "03-10-2026;Sundhed\r\n" * 10_000
    with pytest.raises(TableFileRefused, match=r"^Række 3 har en celle med mere end 32\.767 tegn.*anførselstegn"):
        read_table(write_text(tmp_path / "citat.csv", text))


def test_csv_row_limit_and_file_size(tmp_path):
    rows = "Dato;Emne\r\n" + "01-10-2026;Sundhed\r\n" * MAX_IMPORT_ROWS
    assert len(read_table(write_text(tmp_path / "fuld.csv", rows + "\r\n;\r\n" * 100))) == MAX_IMPORT_ROWS + 1
    with pytest.raises(TableFileRefused, match=r"^Filen har flere end 20\.000 rækker"):
        read_table(write_text(tmp_path / "for_mange.csv", rows + "\r\n01-10-2026;Sundhed\r\n"))
    huge = tmp_path / "stor.csv"
    with huge.open("wb") as file:
        file.truncate(60 * 1024 * 1024)  # sparse: nothing is written
    with pytest.raises(TableFileRefused, match=r"^Filen stor\.csv fylder 60 MB; der kan højst indlæses 50 MB"):
        read_table(huge)
