"""Setting text for every PDF: paragraphs in any script, wrapped in logical order, shrunk to fit.

This is the one place where PDF text is shaped and drawn; posters, the month programme,
the status report and the rosters all draw through it, so Arabic, Farsi and Urdu come out
joined and right to left, Tigrinya in the Ethiopic font and Polish or Turkish letters in
Noto Sans, and no PDF uses a font it does not embed.

A `Para` is one paragraph in one language (or `AUTO`: the first letter decides the
direction, for titles typed in any language); it may be made of `Span`s in different
weights, sizes and colours. `prepare` shapes it (Arabic joining), picks a font for each
character (runs per font) and measures every character. `fit` finds the largest type
size, between the box's largest and smallest, at which all paragraphs fit the box; if
even the smallest size does not fit it raises `TextOverflowError` (a Danish message that
names the box), so a poster never goes out with text cut off. `draw` puts the lines on
the canvas, each line reordered for display (bidi) and drawn run by run.

For the other PDFs: `draw_line` draws one line on a canvas (headers, footers),
`fit_line` shrinks and then shortens a line at a word to fit a width, `line_width`
measures one, and `TextBlock` is a paragraph that measures and draws itself at a point (the
month programme); `text_flowable.TextFlowable` is the same paragraph for ReportLab's platypus
(tables, reports), kept apart so that a PDF without platypus does not load it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from ..errors import ValidationError
from .bidi import AUTO, paragraph_rtl, shape, visual
from .fonts import FontBook, Script, font_book, script_of

# "start"/"end" follow the paragraph's direction (right-aligned Arabic); "left"/"right" do not.
Align = Literal["start", "center", "end", "left", "right"]

# Vertical extent of a line per script, in ems: what the glyphs (with accents and vowel
# marks) really use. Arabic needs more room above and below than Latin.
METRICS = {Script.LATIN: (0.95, 0.25), Script.ARABIC: (1.05, 0.45), Script.ETHIOPIC: (0.95, 0.25)}
ETHIOPIC_LANGUAGES = frozenset({"ti", "am", "om"})


class TextOverflowError(ValidationError):
    """The text does not fit its box even at the smallest type size the template allows."""


@dataclass(frozen=True)
class Span:
    """A piece of a paragraph in its own weight, size and colour, e.g. "Strikkeklub" in bold, " · Salen" small."""

    text: str
    bold: bool = False
    scale: float = 1.0  # relative to the paragraph's size
    color: Any = None  # a ReportLab colour; None: the paragraph's colour
    strike: bool = False


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
    spans: tuple[Span, ...] = ()  # when given, the paragraph's text in pieces (text is then their sum)
    drop_missing: bool = False  # leave out characters no bundled font has (an emoji) instead of refusing

    def pieces(self) -> tuple[Span, ...]:
        return self.spans or (Span(self.text, self.bold),)


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
    span_of: list[int] = field(default_factory=list)  # per character: its index in para.pieces()


@dataclass(frozen=True)
class Run:
    font: str
    text: str
    x: float
    width: float
    span: Span | None = None  # the piece it belongs to (its scale, colour, strike)


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
    if para.lang == AUTO:
        first = next((script_of(c) for c in text if script_of(c) is not None), None)
        return first if first in (Script.LATIN, Script.ETHIOPIC) else Script.LATIN
    if para.lang in ETHIOPIC_LANGUAGES and any("\u1200" <= c <= "\u139f" for c in text):
        return Script.ETHIOPIC
    return Script.LATIN


_SPACES = re.compile(r"[^\S\u00a0\u202f]+")  # every space but the no-break ones, which keep words together


def _span_texts(para: Para, book: FontBook) -> list[str]:
    """Each piece in NFC with runs of spaces and line breaks as one space (one paragraph), shaped.

    A no-break space stays: the wrapping only breaks at ordinary spaces."""
    texts = [_SPACES.sub(" ", unicodedata.normalize("NFC", span.text)) for span in para.pieces()]
    if para.drop_missing:
        texts = ["".join(c for c in text if book.can_draw(c)) for text in texts]
    texts[0] = texts[0].lstrip()
    texts[-1] = texts[-1].rstrip()
    return [shape(text) for text in texts]


def prepare(para: Para, book: FontBook) -> Prepared:
    spans = para.pieces()
    pieces = _span_texts(para, book)
    shaped = "".join(pieces)
    rtl = paragraph_rtl(shaped, para.lang)
    script = _script_for(para, shaped, rtl)
    fonts: list[str] = []
    widths: list[float] = []
    span_of: list[int] = []
    for index, (span, piece) in enumerate(zip(spans, pieces, strict=False)):
        drawable = [c for c in piece if unicodedata.category(c) != "Cf"]
        drawn = iter(book.assign("".join(drawable), script, span.bold, para.what))
        last_font = book.font(script, span.bold)
        for char in piece:
            if unicodedata.category(char) == "Cf":
                fonts.append(last_font)
                widths.append(0.0)
            else:
                last_font = next(drawn)
                fonts.append(last_font)
                widths.append(book.width(last_font, char) * span.scale)
            span_of.append(index)
    used_scripts = {script} | {Script.ARABIC for f in fonts if "Arabic" in f}
    largest = max(span.scale for span in spans)
    ascent = max(METRICS[s][0] for s in used_scripts) * largest
    descent = max(METRICS[s][1] for s in used_scripts) * largest
    return Prepared(para, shaped, fonts, widths, rtl, script, ascent, descent, span_of)


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
    span_of = p.span_of[start:end] if p.span_of else [0] * (end - start)
    spans = p.para.pieces()
    order = visual(logical, p.rtl)
    groups: list[tuple[tuple[str, int], list[str]]] = []
    for index, char in order:
        key = (book_fonts[index], span_of[index])
        if groups and groups[-1][0] == key:
            groups[-1][1].append(char)
        else:
            groups.append((key, [char]))
    widths = p.widths[start:end]
    width = sum(widths[i] for i, _ in order) * size
    if align == "center":
        x = box.x + (box.w - width) / 2
    elif align == "right" or (align in ("start", "end") and (align == "end") != p.rtl):
        x = box.x + box.w - width
    else:
        x = box.x
    runs, cursor = [], x
    position = iter(order)
    for (font, span), chars in groups:
        run_width = sum(widths[next(position)[0]] for _ in chars) * size
        runs.append(Run(font, "".join(chars), cursor, run_width, spans[span] if p.para.spans else None))
        cursor += run_width
    return SetLine(p.para, logical, tuple(runs), baseline, size, x, x + width,
                   baseline + p.ascent * size, baseline - p.descent * size, p.rtl)


def draw(canvas: Canvas, setting: Setting, colors: dict) -> None:
    for line in setting.lines:
        draw_runs(canvas, line, colors.get(line.para.color, colors["text"]))


def draw_runs(canvas: Canvas, line: SetLine, color: Color) -> None:
    """One set line, run by run, in `color` unless a piece has its own; struck-out pieces get a line."""
    for run in line.runs:
        size = line.size * (run.span.scale if run.span else 1.0)
        run_color = run.span.color if run.span and run.span.color is not None else color
        canvas.setFillColor(run_color)
        canvas.setFont(run.font, size)
        canvas.drawString(run.x, line.baseline, run.text)
        if run.span and run.span.strike:
            canvas.setStrokeColor(run_color)
            canvas.setLineWidth(size / 14)
            canvas.line(run.x, line.baseline + size * 0.3, run.x + run.width, line.baseline + size * 0.3)


# --- One line and platypus paragraphs, for the month programme, the report and the rosters ----------


def _one_line_para(text: str | tuple[Span, ...], bold: bool, what: str, lang: str = AUTO) -> Para:
    spans = (Span(text, bold),) if isinstance(text, str) else text
    return Para("".join(s.text for s in spans), lang, bold, what=what, spans=spans, drop_missing=True)


def line_width(text: str | tuple[Span, ...], size: float, bold: bool = False, book: FontBook | None = None) -> float:
    """The width of `text` drawn on one line at `size` (points)."""
    prepared = prepare(_one_line_para(text, bold, "teksten"), book or font_book())
    return sum(prepared.widths) * size


def draw_line(canvas: Canvas, text: str | tuple[Span, ...], x: float, baseline: float, size: float, *,
              bold: bool = False, color: Color = black, align: Align = "left", width: float = 0.0,
              book: FontBook | None = None) -> SetLine | None:
    """One line of text (never wrapped) in any script; `x` is the left edge, or the right edge for
    align="right" when `width` is 0. Returns the drawn line (its extent), None for empty text."""
    prepared = prepare(_one_line_para(text, bold, "teksten"), book or font_book())
    if not prepared.text:
        return None
    if align == "right" and not width:
        x -= sum(prepared.widths) * size
        align = "left"
    box = Box(x, baseline, width or sum(prepared.widths) * size, size)
    line = _line(prepared, 0, len(prepared.text), size, baseline, box, align)
    draw_runs(canvas, line, color)
    return line


def fit_line(text: str, size: float, width: float, *, bold: bool = False, smallest: float = 0.7,
             book: FontBook | None = None) -> tuple[str, float]:
    """(text, size) that fit `width` on one line: the type shrunk to `smallest` of `size` at most, then the
    text shortened after its last whole word that fits, with "…" (a single long word is cut)."""
    book = book or font_book()
    fits = lambda t, s: line_width(t, s, bold, book) <= width  # noqa: E731
    least = size * smallest
    while size > least and not fits(text, size):
        size = max(least, size - 0.5)
    if fits(text, size):
        return text, size
    words = text.split()
    for count in range(len(words) - 1, 0, -1):
        shorter = " ".join(words[:count]).rstrip(",;:–-") + " …"
        if fits(shorter, size):
            return shorter, size
    while len(text) > 1 and not fits(text + "…", size):
        text = text[:-1]
    return text.rstrip() + "…", size


@dataclass(frozen=True)
class TextStyle:
    """How a `TextBlock` looks: size and spacing in points, `leading` as in `fit`."""

    size: float
    bold: bool = False
    color: Color = black
    align: Align = "left"
    leading: float = 1.0
    space_before: float = 0.0
    space_after: float = 0.0


class TextBlock:
    """A paragraph set by this module, in any script, that wraps to a width (`wrap`) and draws itself
    (`draw_on`); `text_flowable.TextFlowable` hands the same to platypus (table cells, headings, notes).

    Line breaks in the text start new paragraphs. Text in no known language (AUTO): the
    first letter decides the direction; a Danish line with a title in any language in it
    is lang="da" with the title wrapped in `bidi.isolate`. Characters no bundled font has
    are left out.
    """

    def __init__(self, text: str | tuple[Span, ...], style: TextStyle, book: FontBook | None = None,
                 what: str = "teksten", lang: str = AUTO):
        self.style = style
        self.book = book or font_book()
        lines = [text] if not isinstance(text, str) else text.split("\n")
        paras = [_one_line_para(line, style.bold, what, lang) for line in lines]
        self.prepared = [prepare(p, self.book) for p in paras]
        self.width = self.height = 0.0

    @property
    def text(self) -> str:
        """The paragraphs' text as set (logical order, shaped)."""
        return "\n".join(p.text for p in self.prepared)

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.height = self._height(available_width)
        return self.width, self.height

    def _height(self, width: float) -> float:
        size, leading = self.style.size, self.style.leading
        return sum((p.ascent + p.descent) * size * (1 + (len(wrap(p, size, width)) - 1) * leading)
                   for p in self.prepared if p.text)

    def first_baseline(self) -> float:
        """How far below the top the first line's baseline sits (to put a label beside it)."""
        first = next((p for p in self.prepared if p.text), None)
        return first.ascent * self.style.size if first else 0.0

    def min_width(self) -> float:
        """The widest word: a column narrower than this breaks a word."""
        return max((_widest_word(p) * self.style.size for p in self.prepared if p.text), default=0.0)

    def set_lines(self) -> list[SetLine]:
        box = Box(0, 0, self.width, self.height)
        present = [p for p in self.prepared if p.text]
        return _set_lines(present, self.style.size, box, self.style.leading, self.style.align, self.height)

    def draw_on(self, canvas: Canvas, x: float, y: float) -> None:
        """Draw the wrapped paragraph with its bottom left corner at (x, y)."""
        canvas.saveState()
        canvas.translate(x, y)
        self._draw(canvas)
        canvas.restoreState()

    def _draw(self, canvas: Canvas) -> None:
        for line in self.set_lines():
            draw_runs(canvas, line, self.style.color)
