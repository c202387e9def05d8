"""The few colours of their own the program uses (errors, warnings, overdue rows, notices), each with a
variant for a dark palette (Windows dark mode, high contrast). The pairs are checked for a contrast of at
least 4.5:1 against the palette's background (tests/ui/test_status_colours.py).

Code writes the light colour, as designed, and passes it through `themed` (style sheets, rich text) or
`themed_colour` (brushes); on a dark palette they give the dark variant."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Text colours: light -> dark variant.
TEXT = {
    "#b00020": "#ff8a80",  # error
    "#a4161a": "#ff8a80",  # overdue
    "#a33": "#ff8a80",  # report messages
    "#1f5f8b": "#8cc8ff",  # notice
    "#8a4b00": "#ffc774",  # warning
    "#1b6e2a": "#8fd694",  # ok
    "#1b5e20": "#8fd694",  # ok
    "#6b6b6b": "#b0b0b0",  # muted
}
# Row backgrounds: light -> dark variant (the palette's text colour is drawn on them).
BACKGROUND = {
    "#fff1d6": "#4a3a12",  # warning row
    "#fde2e1": "#4a2323",  # overdue row
    "#fde7e9": "#4a2323",  # overdue row
    "#e8f0f6": "#2c3a46",  # subtotal row
}
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


def palette_is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def themed(text: str, palette: QPalette | None = None) -> str:
    """A style sheet or rich text with its status colours in the variant for the current palette."""
    if not palette_is_dark(palette):
        return text
    return _HEX.sub(lambda match: TEXT.get(match.group(0).lower(), BACKGROUND.get(match.group(0).lower(),
                                                                                  match.group(0))), text)


def themed_colour(light: str | QColor, palette: QPalette | None = None) -> QColor:
    name = light.name() if isinstance(light, QColor) else light.lower()
    if not palette_is_dark(palette):
        return QColor(name)
    return QColor(TEXT.get(name) or BACKGROUND.get(name) or name)
