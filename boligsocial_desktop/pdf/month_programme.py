"""The month's programme for a community house, as a poster for the notice board.

Entries are listed by week ("Uge 49") and day ("tirsdag 1. december"). The type
is made as large as the month allows: one column with big type for a quiet
month, two columns with smaller type for a busy one (a 60-entry month still fits
on one page). Only a month too full for the smallest type runs onto more pages.

All text goes through pdf/text.py (as on the posters): an Arabic, Tigrinya or Polish title
is drawn joined, in its direction and with the bundled font that has its letters.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from itertools import groupby
from typing import Literal

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A3, A4
from reportlab.pdfgen.canvas import Canvas

from boligsocial_desktop.domain.danish import (
    clock_range,
    long_date,
    month_name,
    week_number,
    weekday_name,
)
from boligsocial_desktop.pdf.bidi import isolate
from boligsocial_desktop.pdf.column_flow import Block, Column, flow_into_columns, overflows
from boligsocial_desktop.pdf.fonts import Script, font_book
from boligsocial_desktop.pdf.text import Span, TextBlock, TextStyle, draw_line, fit_line, line_width

ACCENT = HexColor("#1d5c57")
MUTED = HexColor("#5f6368")
CANCELLED_RED = HexColor("#b3261e")
RULE = HexColor("#c9d6d4")
TEXT = HexColor("#111111")

# Layout is done in A4 points; A3 is the same poster scaled up by √2.
PAGE_W, PAGE_H = A4
MARGIN = 36
COLUMN_GAP = 24
HEADER_H = 100
FOOTER_H = 26
BODY_TOP = PAGE_H - MARGIN - HEADER_H
BODY_HEIGHT = BODY_TOP - MARGIN - FOOTER_H
INDENT = 8
ENTRY_SIZE = 11
# (columns, type scale) from most to least room per entry; the first that fits is used.
LAYOUTS = [(1, s) for s in (1.5, 1.35, 1.2, 1.1, 1.0)] + [
    (2, s) for s in (1.0, 0.95, 0.9, 0.86, 0.82, 0.78, 0.74, 0.7, 0.66, 0.62, 0.58)
]
MULTI_PAGE_LAYOUT = (2, 0.82)  # readable type when a month needs more than one page


@dataclass(frozen=True)
class ProgrammeEntry:
    day: date
    start: time
    end: time
    title: str
    room: str
    cancelled: bool = False


@dataclass(frozen=True)
class MonthProgramme:
    """title: the house, e.g. "Fælleshuset Søparken"; subtitle: the estate or plan."""

    title: str
    subtitle: str
    year: int
    month: int
    entries: Sequence[ProgrammeEntry]
    paper: Literal["A4", "A3"] = "A4"
    notices: Sequence[str] = ()  # lines above the weeks, e.g. "Huset er lukket 21. december – 3. januar (juleferie)"


@dataclass(frozen=True)
class DayGroup:
    day: date
    label: str  # "tirsdag 1. december"
    entries: tuple[ProgrammeEntry, ...]


@dataclass(frozen=True)
class WeekGroup:
    week: int
    label: str  # "Uge 49"
    days: tuple[DayGroup, ...]


def group_by_week(programme: MonthProgramme) -> list[WeekGroup]:
    """The month's entries by week and day, in time order; entries in other months are left out."""
    in_month = sorted(
        (
            e
            for e in programme.entries
            if (e.day.year, e.day.month) == (programme.year, programme.month)
        ),
        key=lambda e: (e.day, e.start, e.end, e.title),
    )
    weeks = []
    for week, week_entries in groupby(in_month, key=lambda e: week_number(e.day)):
        days = tuple(
            DayGroup(day, f"{weekday_name(day)} {day.day}. {month_name(day.month)}", tuple(entries))
            for day, entries in groupby(week_entries, key=lambda e: e.day)
        )
        weeks.append(WeekGroup(week, f"Uge {week}", days))
    return weeks


def _text_line(text: str, bold: bool, size: float, color: Color, strike: bool = False):
    """A drawer for one line of text whose baseline sits one font size below `top`."""
    spans = (Span(text, bold, strike=strike),)

    def draw(c: Canvas, x: float, top: float) -> None:
        draw_line(c, spans, x, top - size, size, color=color)

    return draw


def _entry_block(entry: ProgrammeEntry, width: float, s: float, time_width: float) -> Block:
    size = ENTRY_SIZE * s
    # The no-break space keeps the room together with its dot when the line wraps.
    spans: tuple[Span, ...] = (
        Span(isolate(entry.title), bold=True, color=MUTED if entry.cancelled else None, strike=entry.cancelled),
        Span(f" ·\u00a0{entry.room}", scale=0.88, color=MUTED),
    )
    if entry.cancelled:
        spans += (Span(" AFLYST", bold=True, color=CANCELLED_RED),)
    text = TextBlock(spans, TextStyle(size, color=TEXT, leading=1.1), what=f"»{entry.title}«", lang="da")
    _, text_height = text.wrap(width - INDENT * s - time_width, PAGE_H)
    times = clock_range(entry.start, entry.end)
    time_spans = (Span(times, strike=entry.cancelled),)
    baseline = text.first_baseline()  # the time sits on the title's first baseline

    def draw(c: Canvas, x: float, top: float) -> None:
        draw_line(c, time_spans, x + INDENT * s, top - baseline, size, color=MUTED if entry.cancelled else TEXT)
        text.draw_on(c, x + INDENT * s + time_width, top - text_height)

    return Block(max(text_height, size * 1.18), 1.6 * s, draw)


def _week_block(label: str, width: float, s: float) -> Block:
    draw_label = _text_line(label, True, 14 * s, ACCENT)
    rule_offset = 14 * s * 1.3

    def draw(c: Canvas, x: float, top: float) -> None:
        draw_label(c, x, top)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.8)
        c.line(x, top - rule_offset, x + width, top - rule_offset)

    return Block(rule_offset + 2 * s, 11 * s, draw, keep_with_next=True)


def _day_block(label: str, s: float, space_before: float) -> Block:
    size = 11.5 * s
    return Block(
        size * 1.27, space_before, _text_line(label, True, size, TEXT), keep_with_next=True
    )


def _notice_blocks(programme: MonthProgramme, width: float, s: float) -> list[Block]:
    blocks: list[Block] = []
    for notice in programme.notices:
        text, size = fit_line(notice, 12 * s, width, bold=True)
        blocks.append(Block(size * 1.3, 0 if not blocks else 2 * s, _text_line(text, True, size, CANCELLED_RED)))
    return blocks


def _blocks(
    programme: MonthProgramme, weeks: list[WeekGroup], width: float, s: float
) -> list[Block]:
    notices = _notice_blocks(programme, width, s)
    if not weeks:
        text = f"Der er ingen aktiviteter i {month_name(programme.month)} {programme.year}."
        return [*notices, Block(13 * s * 1.3, 0, _text_line(text, False, 13 * s, TEXT))]
    time_width = 14 * s + max(
        line_width(clock_range(e.start, e.end), ENTRY_SIZE * s)
        for week in weeks for day in week.days for e in day.entries
    )  # fmt: skip
    blocks = notices
    for week in weeks:
        blocks.append(_week_block(week.label, width, s))
        for day in week.days:
            blocks.append(_day_block(day.label, s, space_before=4.5 * s))
            continued = _day_block(f"{day.label} (fortsat)", s, space_before=0)
            for entry in day.entries:
                block = _entry_block(entry, width, s, time_width)
                block.continued_heading = continued
                blocks.append(block)
    return blocks


@dataclass(frozen=True)
class _Layout:
    columns: list[Column]
    column_count: int
    column_width: float
    one_page: bool


def _layout(programme: MonthProgramme, weeks: list[WeekGroup], count: int, s: float) -> _Layout:
    width = (PAGE_W - 2 * MARGIN - COLUMN_GAP * (count - 1)) / count
    columns = flow_into_columns(_blocks(programme, weeks, width, s), BODY_HEIGHT)
    one_page = len(columns) <= count and not overflows(columns, BODY_HEIGHT)
    return _Layout(columns, count, width, one_page)


def _choose_layout(programme: MonthProgramme) -> _Layout:
    """The first of LAYOUTS that fits one page, else MULTI_PAGE_LAYOUT over several pages."""
    weeks = group_by_week(programme)
    # Each layout in LAYOUTS takes less room than the one before, so a binary
    # search finds the first that fits in about four tries instead of up to sixteen.
    tried: dict[int, _Layout] = {}
    low, high = 0, len(LAYOUTS)
    while low < high:
        middle = (low + high) // 2
        tried[middle] = _layout(programme, weeks, *LAYOUTS[middle])
        if tried[middle].one_page:
            high = middle
        else:
            low = middle + 1
    if low < len(LAYOUTS):
        return tried.get(low) or _layout(programme, weeks, *LAYOUTS[low])
    return _layout(programme, weeks, *MULTI_PAGE_LAYOUT)


def _draw_header_line(c: Canvas, text: str, bold: bool, size: float, color: Color, baseline: float) -> None:
    """Shrink the type to at most 70 %, then shorten the text after a whole word with "…", so it fits."""
    text, size = fit_line(text, size, PAGE_W - 2 * MARGIN, bold=bold)
    draw_line(c, text, MARGIN, baseline, size, bold=bold, color=color)


def _draw_header(c: Canvas, programme: MonthProgramme) -> None:
    top = PAGE_H - MARGIN
    _draw_header_line(c, programme.title, True, 18, ACCENT, top - 18)
    if programme.subtitle:
        _draw_header_line(c, programme.subtitle, False, 11, MUTED, top - 35)
    heading = f"Program for {month_name(programme.month)} {programme.year}"
    _draw_header_line(c, heading, True, 32, TEXT, top - 80)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(2.5)
    c.line(MARGIN, top - 94, PAGE_W - MARGIN, top - 94)


def _draw_footer(c: Canvas, generated_on: date, page: int, pages: int) -> None:
    printed = f"Udskrevet {long_date(generated_on)}. Ret til ændringer forbeholdes."
    draw_line(c, printed, MARGIN, MARGIN, 8.5, color=MUTED)
    if pages > 1:
        draw_line(c, f"Side {page} af {pages}", PAGE_W - MARGIN, MARGIN, 8.5, color=MUTED, align="right")


def render_month_programme(programme: MonthProgramme, generated_on: date | None = None) -> bytes:
    """The poster as PDF bytes; generated_on (default today) is printed in the footer."""
    if programme.paper not in ("A4", "A3"):
        raise ValueError(f"Papirformatet »{programme.paper}« kendes ikke. Vælg A4 eller A3.")
    regular = font_book().font(Script.LATIN, False)
    generated_on = generated_on or date.today()
    layout = _choose_layout(programme)
    n = layout.column_count
    pages = [layout.columns[i : i + n] for i in range(0, len(layout.columns), n)]
    buffer = io.BytesIO()
    c = Canvas(
        buffer, pagesize=A3 if programme.paper == "A3" else A4,
        invariant=True, initialFontName=regular, lang="da-DK",
    )  # fmt: skip
    c.setTitle(f"Program for {month_name(programme.month)} {programme.year} – {programme.title}")
    c.setAuthor("Boligsocial Desktop")
    c.setCreator("Boligsocial Desktop")
    c.setSubject(programme.subtitle)
    scale = 2**0.5 if programme.paper == "A3" else 1.0
    for number, page_columns in enumerate(pages, start=1):
        c.scale(scale, scale)
        _draw_header(c, programme)
        for index, column in enumerate(page_columns):
            x = MARGIN + index * (layout.column_width + COLUMN_GAP)
            for block, offset in column:
                block.draw(c, x, BODY_TOP - offset)
        _draw_footer(c, generated_on, number, len(pages))
        c.showPage()
    c.save()
    return buffer.getvalue()
