"""The fonts of every PDF: bundled Noto (OFL) files, one per script, and which one draws each character.

ReportLab has no font fallback: a character missing from the font it is drawn with comes
out as a blank box, silently. So every text is split into runs per font here, a
character's font is chosen from its script (Arabic letters -> Noto Sans Arabic, Ethiopic
-> Noto Sans Ethiopic, everything else -> Noto Sans), and neutral characters (spaces,
digits, punctuation) go with the script of the paragraph when that font has them, so an
Arabic sentence keeps Arabic spacing and digits. A character that no bundled font has is
refused with a Danish message instead of being printed as a box.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..errors import AppError, ValidationError
from ..paths import resources_dir


class Script(StrEnum):
    LATIN = "latin"
    ARABIC = "arabic"
    ETHIOPIC = "ethiopic"


@dataclass(frozen=True)
class FontFile:
    name: str  # the name ReportLab knows the font by
    file: str  # in resources/fonts


# Ethiopic has only a regular weight bundled (keeps the program small); bold Tigrinya uses it too.
FONT_FILES: dict[tuple[Script, bool], FontFile] = {
    (Script.LATIN, False): FontFile("NotoSans", "NotoSans-Regular.ttf"),
    (Script.LATIN, True): FontFile("NotoSans-Bold", "NotoSans-Bold.ttf"),
    (Script.ARABIC, False): FontFile("NotoSansArabic", "NotoSansArabic-Regular.ttf"),
    (Script.ARABIC, True): FontFile("NotoSansArabic-Bold", "NotoSansArabic-Bold.ttf"),
    (Script.ETHIOPIC, False): FontFile("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf"),
    (Script.ETHIOPIC, True): FontFile("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf"),
}

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_ETHIOPIC_RANGES = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))


def script_of(char: str) -> Script | None:
    """The script whose font must draw `char`; None for neutral characters (space, digits, punctuation)."""
    code = ord(char)
    for low, high in _ARABIC_RANGES:
        if low <= code <= high:
            return Script.ARABIC if not _is_neutral(char) else None
    for low, high in _ETHIOPIC_RANGES:
        if low <= code <= high:
            return Script.ETHIOPIC if not _is_neutral(char) else None
    return None if _is_neutral(char) else Script.LATIN


def _is_neutral(char: str) -> bool:
    category = unicodedata.category(char)
    return not (category.startswith("L") or category.startswith("M"))


class FontMissingError(AppError):
    """A bundled font file is gone or broken."""


class UnsupportedCharacterError(ValidationError):
    """A character that none of the bundled fonts can draw."""


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


class FontBook:
    """Registers the bundled fonts with ReportLab on first use and answers glyph questions."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or fonts_dir()
        self._lock = threading.Lock()
        self._registered: dict[str, TTFont] = {}
        self._widths: dict[str, dict[str, float]] = {}
        self._cmaps: dict[str, frozenset[int]] = {}

    def font(self, script: Script, bold: bool) -> str:
        """The ReportLab name of the font for a script and weight, registering it when needed."""
        spec = FONT_FILES[(script, bold)]
        if spec.name not in self._registered:
            self._register(spec)
        return spec.name

    def _register(self, spec: FontFile) -> None:
        with self._lock:
            if spec.name in self._registered:
                return
            path = self.folder / spec.file
            if not path.is_file():
                raise FontMissingError(
                    f"Skrifttypen {spec.file} mangler i mappen {self.folder}, så PDF-filen kan ikke laves. "
                    "Installér Boligsocial Desktop igen, eller læg filen tilbage i mappen.")
            try:
                font = TTFont(spec.name, str(path))
            except (TTFError, OSError, ValueError) as exc:
                raise FontMissingError(
                    f"Skrifttypen {spec.file} i mappen {self.folder} kan ikke læses ({exc}). "
                    "Installér Boligsocial Desktop igen.") from exc
            pdfmetrics.registerFont(font)
            self._cmaps[spec.name] = frozenset(font.face.charToGlyph)
            self._widths[spec.name] = {}
            self._registered[spec.name] = font

    def has_glyph(self, font_name: str, char: str) -> bool:
        return ord(char) in self._cmaps[font_name]

    def can_draw(self, char: str) -> bool:
        """Whether some bundled font has `char` (formatting controls need no glyph)."""
        if unicodedata.category(char) == "Cf":
            return True
        return any(self.has_glyph(self.font(script, False), char) for script in Script)

    def width(self, font_name: str, char: str) -> float:
        """Advance width of `char` at size 1 (ReportLab applies no kerning, so widths add up)."""
        cache = self._widths[font_name]
        value = cache.get(char)
        if value is None:
            face = self._registered[font_name].face
            value = face.charWidths.get(ord(char), face.defaultWidth) / 1000.0
            cache[char] = value
        return value

    def file_of(self, font_name: str) -> Path:
        return next(self.folder / spec.file for spec in FONT_FILES.values() if spec.name == font_name)

    def assign(self, text: str, context: Script, bold: bool, what: str) -> list[str]:
        """The font name for every character of `text` (logical order, no formatting controls).

        Letters and marks take their script's font, marks the font of their base letter;
        neutral characters take the paragraph's script font when it has them, else the
        first bundled font that has them. `what` names the text in the error message.
        """
        fonts: list[str] = []
        context_font = self.font(context, bold)
        latin_font = self.font(Script.LATIN, bold)
        previous: str | None = None
        for char in text:
            if unicodedata.category(char) in ("Mn", "Me") and previous is not None:
                name = previous
            else:
                script = script_of(char)
                if script is None:
                    name = context_font if self.has_glyph(context_font, char) else latin_font
                else:
                    name = self.font(script, bold)
            if not self.has_glyph(name, char):
                found = next((self.font(s, bold) for s in Script if self.has_glyph(self.font(s, bold), char)), None)
                if found is None:
                    raise UnsupportedCharacterError(_unsupported_message(char, what))
                name = found
            fonts.append(name)
            previous = name
        return fonts


def _unsupported_message(char: str, what: str) -> str:
    try:
        described = unicodedata.name(char).lower()
    except ValueError:
        described = "ukendt tegn"
    return (f"Tegnet »{char}« (U+{ord(char):04X}, {described}) i {what} kan ikke vises med programmets "
            "skrifttyper og ville blive en tom firkant. Du kan slette tegnet eller skrive det på en anden måde.")


_BOOK: FontBook | None = None
_BOOK_LOCK = threading.Lock()


def font_book() -> FontBook:
    """The process's font book (fonts are registered with ReportLab once)."""
    global _BOOK
    with _BOOK_LOCK:
        if _BOOK is None:
            _BOOK = FontBook()
        return _BOOK
