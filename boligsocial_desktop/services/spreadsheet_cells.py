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
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_cell(value: Any) -> Any:
    """A value for csv.writer: text that a spreadsheet would run gets a leading apostrophe."""
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


def csv_row(values) -> list[Any]:
    return [csv_cell(v) for v in values]


def csv_uncell(text: str) -> str:
    """The text csv_cell was given: "'=x" -> "=x"; any other text is returned as it is."""
    if text.startswith("'") and is_formula_like(text[1:]):
        return text[1:]
    return text


def xlsx_cell(cell, value: Any):
    """Put `value` in an openpyxl cell; text is always a string cell, never a formula."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell
