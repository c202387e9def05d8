"""The status report for the steering group as PDF (ReportLab): key figures, charts, tables.

Takes a finished `domain.report_layout.Report` (always with small counts hidden, as it
leaves the office) and lays it out on A4: the plan's name and period, key figures as
tiles, attendance by month stacked by focus area (ReportLab's own bar chart), the
activities by focus area, targets with progress bars, age and gender, advice visits
and ambassadors. Text is set by pdf/text.py with the bundled Noto fonts, as on the posters:
an activity or focus area named in Arabic, Tigrinya or Polish prints joined, in its
direction and with the font that has its letters; every font is embedded.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import (
    Table as PdfTable,
)

from ..domain.danish import long_date, number
from ..domain.report_layout import SUPPRESSION_NOTE, Chart, Kind, Report, RowStyle, Table
from .bidi import isolate
from .fonts import Script, font_book
from .table_widths import fit_widths, widest_words
from .text import TextStyle, draw_line, line_width
from .text_flowable import TextFlowable

ACCENT = colors.HexColor("#1f5f8b")
LIGHT = colors.HexColor("#e8f0f6")
GRID = colors.HexColor("#b8c7d3")
GREY = colors.HexColor("#555555")
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN


def _regular() -> str:
    """The bundled regular font (charts and the canvas's initial font; every font is embedded)."""
    return font_book().font(Script.LATIN, False)


class _Styles:
    def __init__(self) -> None:
        self.title = TextStyle(20, bold=True, color=ACCENT)
        self.subtitle = TextStyle(13, bold=True, space_before=1 * mm)
        self.meta = TextStyle(9, color=GREY, space_before=1 * mm)
        self.heading = TextStyle(13, bold=True, color=ACCENT, space_before=6 * mm, space_after=2 * mm)
        self.sub_heading = TextStyle(10.5, bold=True, color=ACCENT, space_before=3 * mm, space_after=2 * mm)
        self.cell = TextStyle(8.5)
        self.cell_bold = TextStyle(8.5, bold=True)
        self.number = TextStyle(8.5, align="right")
        self.number_bold = TextStyle(8.5, bold=True, align="right")
        self.head = TextStyle(8.5, bold=True, color=colors.white)
        self.head_number = TextStyle(8.5, bold=True, color=colors.white, align="right")
        self.note = TextStyle(8, color=GREY, space_before=1.5 * mm)
        self.tile_value = TextStyle(17, bold=True, color=ACCENT)
        self.tile_value_small = TextStyle(13, bold=True, color=ACCENT, space_before=3.5)
        self.tile_label = TextStyle(8, color=GREY)
        self.legend = TextStyle(7.5)

    @staticmethod
    def p(text: str, style: TextStyle) -> TextFlowable:
        return TextFlowable(text, style)


class ProgressBar(Flowable):
    """A target's progress: a bar filled to the share reached (capped at the full width) and the percent."""

    def __init__(self, fraction: float | None, text: str, width: float = 40 * mm, height: float = 3.2 * mm):
        super().__init__()
        self.fraction, self.text = fraction, text
        self.width, self.height = width, height

    def wrap(self, available_width, available_height):
        return self.width, self.height + 1

    def draw(self) -> None:
        canvas = self.canv
        bar = self.width - 13 * mm
        canvas.setFillColor(LIGHT)
        canvas.setStrokeColor(GRID)
        canvas.rect(0, 0.5, bar, self.height, stroke=1, fill=1)
        if self.fraction:
            reached = colors.HexColor("#3a9d5d") if self.fraction >= 1 else ACCENT
            canvas.setFillColor(reached)
            canvas.rect(0, 0.5, bar * min(self.fraction, 1), self.height, stroke=0, fill=1)
        draw_line(canvas, self.text, self.width, 1.2, 8, align="right")


def status_report_pdf(report: Report) -> bytes:
    styles = _Styles()
    buffer = io.BytesIO()
    meta = report.meta
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{meta.plan_name}: status for {meta.period_label}",
        author="Boligsocial Desktop",
        subject="Status for styregruppen",
        initialFontName=_regular(),
    )
    story: list = [
        styles.p(meta.plan_name, styles.title),  # alone on its line: its first letter decides the direction
        styles.p(f"Status for {meta.period_label}", styles.subtitle),
        styles.p(f"{meta.span_text}   ·   Afdelinger: {isolate(meta.estates_text)}   ·   "
                 f"Indsatsområder: {isolate(meta.focus_areas_text)}", styles.meta),
        styles.p(f"Lavet {long_date(meta.made_on)}", styles.meta),
    ]
    for note in meta.notes:
        story.append(styles.p(note, styles.note))
    story += [Spacer(1, 4 * mm), _tiles(styles, report.table("overblik"))]
    story += _chart_block(styles, report.chart("fremmoede"))
    story += _section(styles, "Måltal", report.table("maaltal"), _target_columns(report.table("maaltal")))
    story += _section(styles, "Fremmøde fordelt på alder og køn", report.table("alder_koen"), width=0.62)
    story += _section(styles, "Forskellige deltagere ved aktiviteter med tilmelding",
                      report.table("forskellige_deltagere"), width=0.62)
    story += _section(styles, "Åben Rådgivning", report.table("raadgivning"), width=0.62)
    story += _chart_block(styles, report.chart("raadgivning"), height=55 * mm)
    story += _section(styles, "Emner", report.table("raadgivning_emner"), width=0.62, sub=True)
    story += _section(styles, "Henvisninger", report.table("raadgivning_henvisninger"), width=0.62, sub=True)
    story += _section(styles, "Beboerambassadører og velkomstbesøg", report.table("ambassadoerer"), width=0.62)
    activities = report.table("aktiviteter")
    different = next(i for i, c in enumerate(activities.columns) if c.title == "Forskellige deltagere")
    # The per-activity different participants do not fit across A4: they are in the XLSX and CSV, and the
    # PDF has them by age band above and in the targets.
    story += _section(styles, "Aktiviteter fordelt på indsatsområder", activities,
                      _auto_columns(activities, skip=(0, different, different + 1)), group_column=0)
    if report.suppressed:
        story.append(Spacer(1, 4 * mm))
        story.append(styles.p(SUPPRESSION_NOTE, styles.note))

    def footer(canvas, doc) -> None:
        canvas.saveState()
        draw_line(canvas, f"{isolate(meta.plan_name)} · status for {meta.period_label}", MARGIN, MARGIN - 2 * mm, 7.5,
                  color=GREY)
        draw_line(canvas, f"Side {doc.page}", PAGE_WIDTH - MARGIN, MARGIN - 2 * mm, 7.5, color=GREY, align="right")
        canvas.restoreState()

    document.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()


# --- Parts -------------------------------------------------------------------------


def _tiles(styles: _Styles, overview: Table) -> PdfTable:
    per_row = 5
    cells = [[styles.p(overview.text(r, 1), styles.tile_value if len(overview.text(r, 1)) <= 7
                       else styles.tile_value_small),
              styles.p(overview.rows[r][0], styles.tile_label)]
             for r in range(len(overview.rows))]
    rows = []
    for start in range(0, len(cells), per_row):
        chunk: list[Any] = cells[start:start + per_row]
        chunk += [""] * (per_row - len(chunk))
        rows.append(chunk)
    table = PdfTable(rows, colWidths=[CONTENT_WIDTH / per_row] * per_row)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), _regular()),  # a table's own default is Helvetica, never embedded
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
        ("LINEBELOW", (0, 0), (-1, -2), 2, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _chart_block(styles: _Styles, chart: Chart, height: float = 80 * mm) -> list:
    heading = styles.p(chart.title, styles.heading)
    if chart.is_empty:
        return [KeepTogether([heading, styles.p("Ingen tal at vise for perioden.", styles.note)])]
    legend = _legend(styles, chart)
    parts = [heading, bar_chart_drawing(chart, CONTENT_WIDTH, height - (legend.wrap(CONTENT_WIDTH, height)[1]
                                                                        if legend else 0))]
    if legend:
        parts.append(legend)
    if chart.note:
        parts.append(styles.p(chart.note, styles.note))
    return [CondPageBreak(height + 20 * mm), KeepTogether(parts)]


class _Swatch(Flowable):
    """A series' colour in the legend."""

    def __init__(self, colour: str, size: float = 7):
        super().__init__()
        self.colour, self.width, self.height = colors.HexColor(colour), size, size

    def draw(self) -> None:
        self.canv.setFillColor(self.colour)
        self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)


def _legend(styles: _Styles, chart: Chart) -> PdfTable | None:
    """The focus areas beside their colours, two to a row; names set like all text (any script)."""
    if len(chart.series) < 2:
        return None
    cells = [[_Swatch(series.colour), styles.p(series.name, styles.legend)] for series in chart.series]
    cells += [["", ""]] * (len(cells) % 2)
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    half = (CONTENT_WIDTH - 38) / 2
    table = PdfTable(rows, colWidths=[11, half - 11] * 2, hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), _regular()),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def bar_chart_drawing(chart: Chart, width: float, height: float) -> Drawing:
    """Stacked bars (one series per focus area), ReportLab's VerticalBarChart; the legend is `_legend`."""
    drawing = Drawing(width, height)
    drawing.initialFontName = _regular()  # else the drawing starts in Helvetica, a font the PDF would not embed
    bars = VerticalBarChart()
    bars.x, bars.y = 38, 26
    bars.width, bars.height = width - bars.x - 6, height - bars.y - 6
    bars.data = [list(series.values) for series in chart.series]
    bars.categoryAxis.style = "stacked"
    labels = [f"{c}\n{y}" if y else c for c, y in zip(chart.categories, chart.years, strict=False)]
    bars.categoryAxis.categoryNames = labels
    many = len(labels) > 14
    regular = _regular()
    bars.categoryAxis.labels.fontName = regular
    bars.categoryAxis.labels.fontSize = 6.5 if many else 7.5
    bars.categoryAxis.labels.boxAnchor = "n"
    bars.categoryAxis.labels.dy = -2
    bars.categoryAxis.strokeColor = GRID
    bars.valueAxis.valueMin = 0
    bars.valueAxis.labels.fontName = regular
    bars.valueAxis.labels.fontSize = 7.5
    bars.valueAxis.labelTextFormat = lambda value: number(value)
    bars.valueAxis.strokeColor = GRID
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = colors.HexColor("#dde5ec")
    bars.valueAxis.gridStrokeWidth = 0.5
    bars.barSpacing = 0
    bars.groupSpacing = 4 if many else 8
    bars.barWidth = 10
    for i, series in enumerate(chart.series):
        bars.bars[i].fillColor = colors.HexColor(series.colour)
        bars.bars[i].strokeColor = colors.white
        bars.bars[i].strokeWidth = 0.3
    drawing.add(bars)
    return drawing


@dataclass(frozen=True)
class _Column:
    title: str
    width: float  # points; 0 = share what is left
    numeric: bool
    cell: Callable[[int], str | Flowable]


def _header_width(title: str) -> float:
    """Room for the header's longest word (plus the cell's padding): a header never breaks inside a word."""
    return max(line_width(word, 8.5, bold=True) for word in title.split()) + 8


def _auto_columns(table: Table, skip: tuple[int, ...] = ()) -> list[_Column]:
    columns = []
    for c, column in enumerate(table.columns):
        if c in skip:
            continue
        numeric = column.kind is not Kind.TEXT
        width = max(16 * mm, _header_width(column.title)) if numeric else 0
        def text_of(r: int, c: int = c) -> str:
            return table.text(r, c)

        columns.append(_Column(column.title, width, numeric, text_of))
    return columns


def _target_columns(table: Table) -> list[_Column]:
    """Targets: activity with estate and season in one column, the metric with its year, a progress bar."""
    def activity(r: int) -> str:
        title, estate, season = table.rows[r][0:3]
        details = ", ".join(part for part in (estate, season) if part)
        return f"{isolate(title)} ({details})" if details else title

    def progress(r: int) -> Flowable:
        hidden = (r, 8) in table.marks
        return ProgressBar(None if hidden else table.rows[r][8], table.text(r, 8), 40 * mm)

    return [_Column("Aktivitet", 0, False, activity),
            _Column("Måltal", 50 * mm, False, lambda r: f"{table.rows[r][3]}, {table.rows[r][4].lower()}"),
            _Column("Mål", 14 * mm, True, lambda r: table.text(r, 6)),
            _Column("Opnået", 16 * mm, True, lambda r: table.text(r, 7)),
            _Column("Opfyldt", 44 * mm, False, progress)]


def _section(styles: _Styles, heading: str, table: Table, columns: list[_Column] | None = None, *,
             width: float = 1.0, sub: bool = False, group_column: int | None = None) -> list:
    style = styles.sub_heading if sub else styles.heading
    title = styles.p(heading, style)
    if not table.rows:
        return [KeepTogether([title, styles.p(table.empty_text or "Ingen tal.", styles.note)])]
    columns = columns or _auto_columns(table)
    available = CONTENT_WIDTH * width
    fixed = sum(c.width for c in columns)
    flexible = [c for c in columns if not c.width]
    share = max(25 * mm, (available - fixed) / max(len(flexible), 1))
    col_widths = [c.width or share for c in columns]
    header = [styles.p(c.title, styles.head_number if c.numeric else styles.head) for c in columns]
    data: list[list[Any]] = [header]
    commands = [
        ("FONT", (0, 0), (-1, -1), _regular()),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    current_group = None
    for r in range(len(table.rows)):
        row_style = table.styles[r]
        if group_column is not None and row_style is RowStyle.NORMAL and table.rows[r][group_column] != current_group:
            current_group = table.rows[r][group_column]
            data.append([styles.p(current_group, styles.cell_bold)] + [""] * (len(columns) - 1))
            commands += [("SPAN", (0, len(data) - 1), (-1, len(data) - 1)),
                         ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), LIGHT)]
        bold = row_style is not RowStyle.NORMAL
        cells = []
        for column in columns:
            value = column.cell(r)
            if isinstance(value, Flowable):
                cells.append(value)
                continue
            if group_column is not None and row_style is RowStyle.SUBTOTAL and column is columns[0]:
                value = "I alt"
            cell_style = (styles.number_bold if bold else styles.number) if column.numeric else \
                (styles.cell_bold if bold else styles.cell)
            cells.append(styles.p(value, cell_style))
        data.append(cells)
        if row_style is RowStyle.TOTAL:
            commands.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 0.8, ACCENT))
    # A column narrower than its longest word (a header like "Beboerambassadører") takes room from the others.
    col_widths = fit_widths(col_widths, widest_words(data, 6)) or col_widths
    pdf_table = PdfTable(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    pdf_table.setStyle(TableStyle(commands))
    parts = [KeepTogether([title, pdf_table])] if len(data) < 14 else [CondPageBreak(40 * mm), title, pdf_table]
    if table.note:
        parts.append(styles.p(table.note, styles.note))
    return parts
