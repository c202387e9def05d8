"""The month's programme for a community house, as a poster for the notice board.

Entries are listed by week ("Uge 49") and day ("tirsdag 1. december"). The type
is made as large as the month allows: one column with big type for a quiet
month, two columns with smaller type for a busy one (a 60-entry month still fits
on one page). Only a month too full for the smallest type runs onto more pages.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from itertools import groupby
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from boligsocial_desktop.domain.danish import (
    clock_range,
    long_date,
    month_name,
    week_number,
    weekday_name,
)
from boligsocial_desktop.pdf.column_flow import Block, Column, flow_into_columns, overflows
from boligsocial_desktop.pdf.fonts import BOLD, REGULAR, register_fonts

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


def _text_line(text: str, font: str, size: float, color: Color, strike: bool = False):
    """A drawer for one line of text whose baseline sits one font size below `top`."""

    def draw(c: Canvas, x: float, top: float) -> None:
        baseline = top - size
        c.setFillColor(color)
        c.setFont(font, size)
        c.drawString(x, baseline, text)
        if strike:
            c.setStrokeColor(color)
            c.setLineWidth(size / 14)
            c.line(
                x, baseline + size * 0.3, x + stringWidth(text, font, size), baseline + size * 0.3
            )

    return draw


def _entry_block(entry: ProgrammeEntry, width: float, s: float, time_width: float) -> Block:
    size = ENTRY_SIZE * s
    style = ParagraphStyle(
        "entry", fontName=REGULAR, fontSize=size, leading=size * 1.18, textColor=TEXT
    )
    title = f"<b>{escape(entry.title)}</b>"
    # The no-break space keeps the room together with its dot when the line wraps.
    room_font = f'<font color="{MUTED.hexval()}" size="{size * 0.88:.2f}">'
    room = f"{room_font} ·\u00a0{escape(entry.room)}</font>"
    if entry.cancelled:
        title = f'<font color="{MUTED.hexval()}"><strike>{title}</strike></font>'
        room += f' <font color="{CANCELLED_RED.hexval()}"><b>AFLYST</b></font>'
    text = Paragraph(title + room, style)
    _, text_height = text.wrap(width - INDENT * s - time_width, PAGE_H)
    times = clock_range(entry.start, entry.end)
    draw_time = _text_line(
        times, REGULAR, size, MUTED if entry.cancelled else TEXT, entry.cancelled
    )

    def draw(c: Canvas, x: float, top: float) -> None:
        draw_time(c, x + INDENT * s, top)
        text.drawOn(c, x + INDENT * s + time_width, top - text_height)

    return Block(max(text_height, style.leading), 1.6 * s, draw)


def _week_block(label: str, width: float, s: float) -> Block:
    draw_label = _text_line(label, BOLD, 14 * s, ACCENT)
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
        size * 1.27, space_before, _text_line(label, BOLD, size, TEXT), keep_with_next=True
    )


def _notice_blocks(programme: MonthProgramme, width: float, s: float) -> list[Block]:
    blocks = []
    for notice in programme.notices:
        text, size = _fit_line(notice, BOLD, 12 * s, width)
        blocks.append(Block(size * 1.3, 0 if not blocks else 2 * s, _text_line(text, BOLD, size, CANCELLED_RED)))
    return blocks


def _blocks(
    programme: MonthProgramme, weeks: list[WeekGroup], width: float, s: float
) -> list[Block]:
    notices = _notice_blocks(programme, width, s)
    if not weeks:
        text = f"Der er ingen aktiviteter i {month_name(programme.month)} {programme.year}."
        return notices + [Block(13 * s * 1.3, 0, _text_line(text, REGULAR, 13 * s, TEXT))]
    time_width = 14 * s + max(
        stringWidth(clock_range(e.start, e.end), REGULAR, ENTRY_SIZE * s)
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


def _fit_line(text: str, font: str, size: float, width: float) -> tuple[str, float]:
    """Shrink the type to at most 70 %, then shorten the text with "…", so it fits width."""
    smallest = size * 0.7
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    while len(text) > 1 and stringWidth(text, font, size) > width:
        text = text[:-2].rstrip() + "…"
    return text, size


def _draw_header_line(
    c: Canvas, text: str, font: str, size: float, color: Color, baseline: float
) -> None:
    text, size = _fit_line(text, font, size, PAGE_W - 2 * MARGIN)
    c.setFillColor(color)
    c.setFont(font, size)
    c.drawString(MARGIN, baseline, text)


def _draw_header(c: Canvas, programme: MonthProgramme) -> None:
    top = PAGE_H - MARGIN
    _draw_header_line(c, programme.title, BOLD, 18, ACCENT, top - 18)
    if programme.subtitle:
        _draw_header_line(c, programme.subtitle, REGULAR, 11, MUTED, top - 35)
    heading = f"Program for {month_name(programme.month)} {programme.year}"
    _draw_header_line(c, heading, BOLD, 32, TEXT, top - 80)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(2.5)
    c.line(MARGIN, top - 94, PAGE_W - MARGIN, top - 94)


def _draw_footer(c: Canvas, generated_on: date, page: int, pages: int) -> None:
    c.setFillColor(MUTED)
    c.setFont(REGULAR, 8.5)
    c.drawString(
        MARGIN, MARGIN, f"Udskrevet {long_date(generated_on)}. Ret til ændringer forbeholdes."
    )
    if pages > 1:
        c.drawRightString(PAGE_W - MARGIN, MARGIN, f"Side {page} af {pages}")


def render_month_programme(programme: MonthProgramme, generated_on: date | None = None) -> bytes:
    """The poster as PDF bytes; generated_on (default today) is printed in the footer."""
    if programme.paper not in ("A4", "A3"):
        raise ValueError(f"Papirformatet »{programme.paper}« kendes ikke. Vælg A4 eller A3.")
    register_fonts()
    generated_on = generated_on or date.today()
    layout = _choose_layout(programme)
    n = layout.column_count
    pages = [layout.columns[i : i + n] for i in range(0, len(layout.columns), n)]
    buffer = io.BytesIO()
    c = Canvas(
        buffer, pagesize=A3 if programme.paper == "A3" else A4,
        invariant=True, initialFontName=REGULAR, lang="da-DK",
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
