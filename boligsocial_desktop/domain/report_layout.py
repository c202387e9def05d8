"""A finished report as plain data: tables, charts and their cells, as the page, the PDF, the XLSX
and the CSV show it. Built by services/reports/tables.py; small counts are already marked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from .danish import number, short_date
from .rounding import percent_points

SUPPRESSION_NOTE = ("Tal under 5 vises som »<5«, så ingen beboer kan genkendes. »x« er et tal, der er skjult, "
                    "fordi et skjult tal ellers kunne regnes ud fra en sum.")


class Kind(StrEnum):
    TEXT = "tekst"
    COUNT = "personer"  # a count of people: hidden when small
    NUMBER = "tal"  # a count of things (sessions, targets): never hidden
    HOURS = "timer"
    PERCENT = "procent"  # a fraction, 0.75 = 75 %


class RowStyle(StrEnum):
    NORMAL = "normal"
    SUBTOTAL = "subtotal"
    TOTAL = "total"


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind
    width: int = 12  # in characters, as Excel counts column widths


@dataclass(frozen=True)
class Table:
    key: str
    title: str  # also the sheet name: at most 31 characters
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    styles: tuple[RowStyle, ...]
    kinds: dict[tuple[int, int], Kind] = field(default_factory=dict)  # cells whose kind differs from the column's
    marks: dict[tuple[int, int], str] = field(default_factory=dict)  # hidden cells: "<5" or "x"
    note: str = ""
    progress_column: int | None = None  # a PERCENT column shown as a bar
    empty_text: str = ""

    def kind(self, row: int, column: int) -> Kind:
        return self.kinds.get((row, column), self.columns[column].kind)

    def value(self, row: int, column: int) -> Any:
        """What is shown: the number, or the mark of a hidden cell."""
        return self.marks.get((row, column), self.rows[row][column])

    def text(self, row: int, column: int) -> str:
        value = self.value(row, column)
        if isinstance(value, str) or value is None:
            return value or ""
        return format_value(value, self.kind(row, column))


def format_value(value: Any, kind: Kind) -> str:
    if value is None:
        return ""
    if kind is Kind.HOURS:
        return number(value, 1)
    if kind is Kind.PERCENT:
        return f"{number(percent_points(value))} %"
    if kind in (Kind.COUNT, Kind.NUMBER):
        return number(value)
    return str(value)


@dataclass(frozen=True)
class ChartSeries:
    name: str
    colour: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    categories: tuple[str, ...]  # short labels: "sep.", "3. kvt.", "2026"
    years: tuple[str, ...]  # a second label line: the year where it changes ("" elsewhere)
    series: tuple[ChartSeries, ...]
    note: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(v for s in self.series for v in s.values)


@dataclass(frozen=True)
class ReportMeta:
    plan_name: str
    period_label: str
    start: date
    end: date
    estates_text: str
    focus_areas_text: str
    made_on: date
    notes: tuple[str, ...] = ()

    @property
    def span_text(self) -> str:
        return f"{short_date(self.start)} – {short_date(self.end)}"


@dataclass(frozen=True)
class Report:
    meta: ReportMeta
    tables: tuple[Table, ...]
    charts: tuple[Chart, ...]
    suppressed: bool
    is_empty: bool

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def chart(self, key: str) -> Chart:
        return next(c for c in self.charts if c.key == key)
