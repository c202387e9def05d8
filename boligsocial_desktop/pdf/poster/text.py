"""Setting text into a box: paragraphs in any script, wrapped in logical order, shrunk to fit.

A `Para` is one paragraph in one language. `prepare` shapes it (Arabic joining), picks a
font for each character (runs per font) and measures every character. `fit` finds the
largest type size, between the box's largest and smallest, at which all paragraphs fit
the box; if even the smallest size does not fit it raises `TextOverflowError` (a Danish
message that names the box), so a poster never goes out with text cut off. `draw` puts
the lines on the canvas, each line reordered for display (bidi) and drawn run by run.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from reportlab.pdfgen.canvas import Canvas

from ...errors import ValidationError
from .bidi import paragraph_rtl, shape, visual
from .fonts import FontBook, Script

Align = Literal["start", "center", "end"]

# Vertical extent of a line per script, in ems: what the glyphs (with accents and vowel
# marks) really use. Arabic needs more room above and below than Latin.
METRICS = {Script.LATIN: (0.95, 0.25), Script.ARABIC: (1.05, 0.45), Script.ETHIOPIC: (0.95, 0.25)}
ETHIOPIC_LANGUAGES = frozenset({"ti", "am", "om"})


class TextOverflowError(ValidationError):
    """The text does not fit its box even at the smallest type size the template allows."""


@dataclass(frozen=True)
class Para:
    text: str
    lang: str = "da"
    bold: bool = False
    scale: float = 1.0  # size relative to the box's type size
    color: str = "text"  # a colour key of the template
    space_before: float = 0.0  # in ems of this paragraph
    what: str = "teksten"  # for messages: "den arabiske titel"
    align: Align | None = None  # None: the box's alignment
    kind: str = "text"  # what the paragraph is (title, description, tag, ...), for checks


@dataclass
class Prepared:
    para: Para
    text: str  # shaped, logical order, formatting controls kept
    fonts: list[str]  # per character
    widths: list[float]  # advance per character at size 1
    rtl: bool
    script: Script
    ascent: float
    descent: float


@dataclass(frozen=True)
class Run:
    font: str
    text: str
    x: float
    width: float


@dataclass(frozen=True)
class SetLine:
    """One drawn line: its runs in display order, baseline and extent, for drawing and for checks."""

    para: Para
    logical: str  # the shaped line in logical order (for text checks)
    runs: tuple[Run, ...]
    baseline: float
    size: float
    left: float
    right: float
    top: float
    bottom: float
    rtl: bool


@dataclass
class Setting:
    """The result of fitting paragraphs into a box."""

    size: float
    lines: list[SetLine] = field(default_factory=list)
    height: float = 0.0


@dataclass(frozen=True)
class Box:
    x: float  # left, points
    y: float  # bottom, points
    w: float
    h: float
    name: str = "tekstfeltet"

    @property
    def top(self) -> float:
        return self.y + self.h


def _script_for(para: Para, text: str, rtl: bool) -> Script:
    if rtl:
        return Script.ARABIC
    if para.lang in ETHIOPIC_LANGUAGES and any("\u1200" <= c <= "\u139f" for c in text):
        return Script.ETHIOPIC
    return Script.LATIN


def prepare(para: Para, book: FontBook) -> Prepared:
    shaped = shape(" ".join(unicodedata.normalize("NFC", para.text).split()))  # one paragraph: runs of spaces and line breaks become one space
    rtl = paragraph_rtl(shaped, para.lang)
    script = _script_for(para, shaped, rtl)
    drawable = [c for c in shaped if unicodedata.category(c) != "Cf"]
    fonts_for_drawn = book.assign("".join(drawable), script, para.bold, para.what)
    fonts: list[str] = []
    widths: list[float] = []
    drawn = iter(fonts_for_drawn)
    last_font = book.font(script, para.bold)
    for char in shaped:
        if unicodedata.category(char) == "Cf":
            fonts.append(last_font)
            widths.append(0.0)
        else:
            last_font = next(drawn)
            fonts.append(last_font)
            widths.append(book.width(last_font, char))
    used_scripts = {script} | {Script.ARABIC for f in fonts if "Arabic" in f}
    ascent = max(METRICS[s][0] for s in used_scripts)
    descent = max(METRICS[s][1] for s in used_scripts)
    return Prepared(para, shaped, fonts, widths, rtl, script, ascent, descent)


def _words(prepared: Prepared) -> list[tuple[int, int, int]]:
    """(start, end of the word, end including the spaces after it) in logical order."""
    text, out, i, n = prepared.text, [], 0, len(prepared.text)
    while i < n:
        start = i
        while i < n and text[i] != " ":
            i += 1
        word_end = i
        while i < n and text[i] == " ":
            i += 1
        out.append((start, word_end, i))
    return out


def _widest_word(prepared: Prepared) -> float:
    return max((sum(prepared.widths[start:end]) for start, end, _ in _words(prepared)), default=0.0)


def wrap(prepared: Prepared, size: float, width: float) -> list[tuple[int, int]]:
    """Lines as (start, end) logical indices; spaces at line ends are left out. Greedy, logical order."""
    widths = prepared.widths
    limit = width / size + 1e-9
    lines: list[tuple[int, int]] = []
    line_start: int | None = None
    line_end = 0
    line_width = 0.0  # up to line_end, plus pending spaces in `pending`
    pending = 0.0
    for start, word_end, space_end in _words(prepared):
        word = sum(widths[start:word_end])
        if line_start is not None and line_width + pending + word <= limit:
            line_width += pending + word
            line_end = word_end
        else:
            if line_start is not None:
                lines.append((line_start, line_end))
            if word <= limit:
                line_start, line_end, line_width = start, word_end, word
            else:  # a word longer than the line (a long web address): break it between characters
                line_start, line_end, line_width = _break_long_word(prepared, start, word_end, limit, lines)
        pending = sum(widths[word_end:space_end])
    if line_start is not None:
        lines.append((line_start, line_end))
    return lines


def _break_long_word(prepared: Prepared, start: int, end: int, limit: float,
                     lines: list[tuple[int, int]]) -> tuple[int, int, float]:
    text, widths = prepared.text, prepared.widths
    piece_start, piece_width = start, 0.0
    for i in range(start, end):
        mark = unicodedata.category(text[i]) in ("Mn", "Me", "Mc")
        if piece_width + widths[i] > limit and i > piece_start and not mark:
            lines.append((piece_start, i))
            piece_start, piece_width = i, 0.0
        piece_width += widths[i]
    return piece_start, end, piece_width


def measure(prepared: list[Prepared], size: float, width: float, leading: float) -> float:
    height = 0.0
    for index, p in enumerate(prepared):
        own = size * p.para.scale
        count = len(wrap(p, own, width))
        if not count:
            continue
        if index:
            height += p.para.space_before * own
        height += (p.ascent + p.descent) * own * (1 + (count - 1) * leading)
    return height


def fit(paras: list[Para], box: Box, max_size: float, min_size: float, book: FontBook,
        leading: float = 1.0, align: Align = "start", valign: Literal["top", "middle"] = "top") -> Setting:
    """The largest type size in [min_size, max_size] (in steps of 0.25 pt) at which `paras` fit `box`."""
    prepared = [prepare(p, book) for p in paras if p.text.strip()]
    if not prepared:
        return Setting(max_size)
    fits = lambda size: measure(prepared, size, box.w, leading) <= box.h  # noqa: E731
    if not fits(min_size):
        raise TextOverflowError(_overflow_message(paras, box))
    # Shrink rather than break a word across lines, unless even the smallest size must break it.
    widest = max(_widest_word(p) * p.para.scale for p in prepared)
    low, high = min_size, max(min_size, min(max_size, box.w / widest if widest else max_size))
    if fits(high):
        low = high
    else:
        while high - low > 0.25:
            middle = (low + high) / 2
            if fits(middle):
                low = middle
            else:
                high = middle
    size = low
    height = measure(prepared, size, box.w, leading)
    top = box.top - ((box.h - height) / 2 if valign == "middle" else 0.0)
    return Setting(size, _set_lines(prepared, size, box, leading, align, top), height)


def _overflow_message(paras: list[Para], box: Box) -> str:
    longest = max(paras, key=lambda p: len(p.text))
    return (f"Teksten i {box.name} er for lang til plakaten, også med den mindste skrift. "
            f"Du kan forkorte {longest.what}, vælge færre sprog, et større papir eller "
            "et sprog pr. side.")


def _set_lines(prepared: list[Prepared], size: float, box: Box, leading: float, align: Align,
               top: float) -> list[SetLine]:
    out: list[SetLine] = []
    y = top
    for index, p in enumerate(prepared):
        own = size * p.para.scale
        spans = wrap(p, own, box.w)
        if not spans:
            continue
        if index:
            y -= p.para.space_before * own
        step = (p.ascent + p.descent) * own * leading
        baseline = y - p.ascent * own
        for number, (start, end) in enumerate(spans):
            if number:
                baseline -= step
            out.append(_line(p, start, end, own, baseline, box, p.para.align or align))
        y = baseline - p.descent * own
    return out


def _line(p: Prepared, start: int, end: int, size: float, baseline: float, box: Box, align: Align) -> SetLine:
    logical = p.text[start:end]
    book_fonts = p.fonts[start:end]
    order = visual(logical, p.rtl)
    groups: list[tuple[str, list[str]]] = []
    for index, char in order:
        font = book_fonts[index]
        if groups and groups[-1][0] == font:
            groups[-1][1].append(char)
        else:
            groups.append((font, [char]))
    widths = p.widths[start:end]
    width = sum(widths[i] for i, _ in order) * size
    if align == "center":
        x = box.x + (box.w - width) / 2
    elif (align == "end") != p.rtl:
        x = box.x + box.w - width
    else:
        x = box.x
    runs, cursor = [], x
    position = iter(order)
    for font, chars in groups:
        run_width = sum(widths[next(position)[0]] for _ in chars) * size
        runs.append(Run(font, "".join(chars), cursor, run_width))
        cursor += run_width
    return SetLine(p.para, logical, tuple(runs), baseline, size, x, x + width,
                   baseline + p.ascent * size, baseline - p.descent * size, p.rtl)


def draw(canvas: Canvas, setting: Setting, colors: dict) -> None:
    for line in setting.lines:
        canvas.setFillColor(colors.get(line.para.color, colors["text"]))
        for run in line.runs:
            canvas.setFont(run.font, line.size)
            canvas.drawString(run.x, line.baseline, run.text)
