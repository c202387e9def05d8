"""One rule for every cell this program writes to a CSV or XLSX file: user text is never a formula.

A spreadsheet runs a cell as a formula (or as DDE) when its text starts with "=", "+", "-",
"@", a tab or a carriage return, so an activity called `=HYPERLINK("http://x";"klik")` would
become a live link in Excel. Every writer (table export, report, raw visits, audit log,
translator files) passes its cells through here:

- CSV: `csv_cell` puts an apostrophe in front of such text ("'=HYPERLINK(…)"); Excel and
  LibreOffice then show it as text. `csv_uncell` takes the apostrophe off again when the
  program reads its own CSV back (the translator files).
- XLSX: `xlsx_cell` gives openpyxl's cell the text as a string cell (openpyxl would
  otherwise store text starting with "=" as a formula); the streaming writer in
  reports/xlsx_stream.py writes every str as an inline string, never as <f>.

Only text is touched: numbers (also negative ones), dates and None stay what they are.

`danish_text` is the one way a value becomes CSV text for Danish Excel (table export,
report, audit log): decimal comma and no thousands separator ("1234,5"), dates as
dd-mm-åååå, date-times as "dd-mm-åååå tt:mm" in Danish time, times as "tt:mm", yes/no
as "ja"/"nej". Rounding, when asked for, is the one rule of domain/rounding.py, so a
figure in the CSV reads as in the XLSX and the PDF. Danish Excel reads every one of
these as a number or a date.

`xlsx_value` is its XLSX twin: dates and numbers stay typed cells, date-times become
Danish time (a spreadsheet has no time zones) with `XLSX_DATE`/`XLSX_DATE_TIME` formats.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from ..domain.danish import short_date
from ..domain.dates import COPENHAGEN
from ..domain.rounding import round_half_up, to_decimal

# Excel number formats; Danish Excel shows "#,##0.0" as 1.234,5 (its own separators).
XLSX_DATE = "dd\\-mm\\-yyyy"
XLSX_DATE_TIME = "dd\\-mm\\-yyyy\\ hh:mm"

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_cell(value: Any) -> Any:
    """A value for csv.writer: text that a spreadsheet would run gets a leading apostrophe."""
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(v) for v in values]


def csv_uncell(text: str) -> str:
    """The text csv_cell was given: "'=x" -> "=x"; any other text is returned as it is."""
    if text.startswith("'") and is_formula_like(text[1:]):
        return text[1:]
    return text


def xlsx_cell(cell: Any, value: Any) -> Any:
    """Put `value` in an openpyxl cell; text is always a string cell, never a formula."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def danish_time(value: datetime) -> datetime:
    """An aware moment as Danish wall-clock time (naive); a naive one is taken as already Danish."""
    return value.astimezone(COPENHAGEN).replace(tzinfo=None) if value.tzinfo else value


def danish_decimal(value: int | float | Decimal, decimals: int | None = None) -> str:
    """1234.5 -> "1234,5"; with `decimals`, rounded half up: (1.25, 1) -> "1,3". Never "1E+3" or "-0"."""
    exact = to_decimal(value) if decimals is None else round_half_up(value, decimals)
    if exact == 0:
        exact = abs(exact)
    return format(exact, "f").replace(".", ",")


def danish_text(value: Any, decimals: int | None = None, *, seconds: bool = False) -> str:
    """A value as Danish Excel reads it from a CSV file (see the module text); text goes through csv_cell.

    Use it instead of csv_row for cells that may hold numbers: csv_row would put an
    apostrophe before the text of a negative number.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return str(csv_cell(value))
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, datetime):
        return danish_time(value).strftime("%d-%m-%Y %H:%M:%S" if seconds else "%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if seconds and value.second else "%H:%M")
    if isinstance(value, int) and decimals is None:
        return str(value)
    if isinstance(value, (int, float, Decimal)):
        return danish_decimal(value, decimals)
    return str(value)


def xlsx_value(value: Any) -> tuple[Any, str | None]:
    """(cell value, number format or None) for an XLSX cell: typed dates and numbers, Danish time."""
    if isinstance(value, datetime):
        return danish_time(value), XLSX_DATE_TIME
    if isinstance(value, date):
        return value, XLSX_DATE
    return value, None
