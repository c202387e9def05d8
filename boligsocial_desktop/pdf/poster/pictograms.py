"""Simple line pictograms drawn as vectors: the activity's picture when there is no photo,
and the small icons in front of time, place, price, sign-up and contact.

Each is drawn in a unit square (0..1, y up) scaled to the requested box, so it is sharp at
any paper size and needs no image files.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas

# key -> Danish label shown in the program
PICTOGRAMS: dict[str, str] = {
    "mad": "Mad og fællesspisning",
    "lektier": "Lektier og læsning",
    "kaffe": "Kaffe og café",
    "sport": "Sport og bevægelse",
    "familie": "Familie og fællesskab",
    "snak": "Snak og rådgivning",
}

_KEYWORDS = (
    ("mad", ("spisning", "mad", "middag", "køkken", "madklub", "frokost", "morgenmad", "grill")),
    ("lektier", ("lektie", "læse", "lektiecafé", "skole", "bibliotek", "kursus", "sprog")),
    ("kaffe", ("kaffe", "café", "cafe", "te ", "kage")),
    ("sport", ("fodbold", "sport", "idræt", "gymnastik", "svøm", "løb", "motion", "yoga", "dans")),
    ("familie", ("familie", "forældre", "børn", "baby", "mødre", "fædre")),
    ("snak", ("rådgivning", "snak", "netværk", "møde", "vejledning")),
)


def guess_pictogram(title: str) -> str | None:
    """A pictogram that suits the activity's title, e.g. "Fællesspisning" -> "mad"."""
    lower = f"{title.lower()} "
    for key, words in _KEYWORDS:
        if any(word in lower for word in words):
            return key
    return None


def _unit(canvas: Canvas, x: float, y: float, size: float, line: float) -> None:
    canvas.translate(x, y)
    canvas.scale(size, size)
    canvas.setLineWidth(line)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)


def _food(c: Canvas) -> None:
    c.circle(0.5, 0.5, 0.3, stroke=1, fill=0)
    c.circle(0.5, 0.5, 0.2, stroke=1, fill=0)
    c.line(0.1, 0.2, 0.1, 0.8)  # fork
    for dx in (0.05, 0.1, 0.15):
        c.line(dx, 0.62, dx, 0.8)
    c.line(0.05, 0.62, 0.15, 0.62)
    c.line(0.9, 0.2, 0.9, 0.8)  # knife
    p = c.beginPath()
    p.moveTo(0.9, 0.8)
    p.curveTo(0.84, 0.7, 0.84, 0.56, 0.9, 0.5)
    c.drawPath(p, stroke=1, fill=0)


def _book(c: Canvas) -> None:
    p = c.beginPath()
    p.moveTo(0.5, 0.22)
    p.curveTo(0.38, 0.3, 0.22, 0.3, 0.1, 0.25)
    p.lineTo(0.1, 0.78)
    p.curveTo(0.22, 0.83, 0.38, 0.83, 0.5, 0.75)
    p.curveTo(0.62, 0.83, 0.78, 0.83, 0.9, 0.78)
    p.lineTo(0.9, 0.25)
    p.curveTo(0.78, 0.3, 0.62, 0.3, 0.5, 0.22)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.line(0.5, 0.22, 0.5, 0.75)
    for y in (0.4, 0.52, 0.64):
        c.line(0.18, y, 0.42, y + 0.02)
        c.line(0.58, y + 0.02, 0.82, y)


def _cup(c: Canvas) -> None:
    p = c.beginPath()
    p.moveTo(0.18, 0.6)
    p.lineTo(0.7, 0.6)
    p.lineTo(0.66, 0.28)
    p.curveTo(0.64, 0.2, 0.6, 0.18, 0.54, 0.18)
    p.lineTo(0.34, 0.18)
    p.curveTo(0.28, 0.18, 0.24, 0.2, 0.22, 0.28)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    handle = c.beginPath()
    handle.moveTo(0.69, 0.52)
    handle.curveTo(0.9, 0.54, 0.88, 0.3, 0.66, 0.32)
    c.drawPath(handle, stroke=1, fill=0)
    c.line(0.1, 0.1, 0.8, 0.1)
    for x in (0.32, 0.44, 0.56):
        steam = c.beginPath()
        steam.moveTo(x, 0.68)
        steam.curveTo(x - 0.05, 0.76, x + 0.05, 0.8, x, 0.9)
        c.drawPath(steam, stroke=1, fill=0)


def _ball(c: Canvas) -> None:
    c.circle(0.5, 0.5, 0.38, stroke=1, fill=0)
    points = [(0.5 + 0.13 * math.cos(math.radians(90 + 72 * i)), 0.5 + 0.13 * math.sin(math.radians(90 + 72 * i)))
              for i in range(5)]
    p = c.beginPath()
    p.moveTo(*points[0])
    for point in points[1:]:
        p.lineTo(*point)
    p.close()
    c.drawPath(p, stroke=1, fill=1)
    for px, py in points:
        dx, dy = px - 0.5, py - 0.5
        c.line(px, py, 0.5 + dx * 2.9, 0.5 + dy * 2.9)


def _people(c: Canvas) -> None:
    for cx, head, body in ((0.3, 0.1, 0.17), (0.7, 0.1, 0.17), (0.5, 0.075, 0.12)):
        scale = body / 0.17
        base = 0.18
        c.circle(cx, base + 0.42 * scale + head, head, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(cx - body, base)
        p.curveTo(cx - body, base + 0.36 * scale, cx + body, base + 0.36 * scale, cx + body, base)
        c.drawPath(p, stroke=1, fill=0)
    c.line(0.08, 0.18, 0.92, 0.18)


def _chat(c: Canvas) -> None:
    c.roundRect(0.08, 0.42, 0.52, 0.4, 0.08, stroke=1, fill=0)
    c.line(0.2, 0.42, 0.16, 0.3)
    c.line(0.16, 0.3, 0.3, 0.42)
    c.roundRect(0.42, 0.16, 0.5, 0.34, 0.08, stroke=1, fill=0)
    c.line(0.8, 0.16, 0.84, 0.06)
    c.line(0.84, 0.06, 0.7, 0.16)


_DRAW: dict[str, Callable[[Canvas], None]] = {
    "mad": _food, "lektier": _book, "kaffe": _cup, "sport": _ball, "familie": _people, "snak": _chat,
}


def draw_pictogram(canvas: Canvas, key: str, x: float, y: float, size: float, color) -> None:
    canvas.saveState()
    canvas.setStrokeColor(color)
    canvas.setFillColor(color)
    _unit(canvas, x, y, size, 0.045)
    _DRAW[key](canvas)
    canvas.restoreState()


# --- Small icons for the facts ------------------------------------------------


def _clock(c: Canvas) -> None:
    c.circle(0.5, 0.5, 0.4, stroke=1, fill=0)
    c.line(0.5, 0.5, 0.5, 0.78)
    c.line(0.5, 0.5, 0.7, 0.4)


def _pin(c: Canvas) -> None:
    p = c.beginPath()
    p.moveTo(0.5, 0.08)
    p.curveTo(0.3, 0.35, 0.18, 0.5, 0.18, 0.64)
    p.curveTo(0.18, 0.84, 0.34, 0.94, 0.5, 0.94)
    p.curveTo(0.66, 0.94, 0.82, 0.84, 0.82, 0.64)
    p.curveTo(0.82, 0.5, 0.7, 0.35, 0.5, 0.08)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.circle(0.5, 0.64, 0.12, stroke=1, fill=0)


def _tag(c: Canvas) -> None:
    p = c.beginPath()
    p.moveTo(0.1, 0.9)
    p.lineTo(0.5, 0.9)
    p.lineTo(0.92, 0.48)
    p.lineTo(0.52, 0.08)
    p.lineTo(0.1, 0.5)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.circle(0.3, 0.7, 0.07, stroke=1, fill=0)


def _signup(c: Canvas) -> None:
    c.roundRect(0.14, 0.08, 0.6, 0.8, 0.06, stroke=1, fill=0)
    c.line(0.26, 0.66, 0.6, 0.66)
    c.line(0.26, 0.5, 0.6, 0.5)
    c.line(0.3, 0.28, 0.42, 0.18)
    c.line(0.42, 0.18, 0.86, 0.6)


def _phone(c: Canvas) -> None:
    c.roundRect(0.28, 0.06, 0.44, 0.88, 0.08, stroke=1, fill=0)
    c.line(0.44, 0.16, 0.56, 0.16)
    c.line(0.28, 0.78, 0.72, 0.78)


ICONS: dict[str, Callable[[Canvas], None]] = {
    "clock": _clock, "pin": _pin, "price": _tag, "signup": _signup, "contact": _phone,
}


def draw_icon(canvas: Canvas, key: str, x: float, y: float, size: float, color) -> None:
    canvas.saveState()
    canvas.setStrokeColor(color)
    canvas.setFillColor(color)
    _unit(canvas, x, y, size, 0.09)
    ICONS[key](canvas)
    canvas.restoreState()
