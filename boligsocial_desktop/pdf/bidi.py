"""Right-to-left text for ReportLab: Arabic joining and the Unicode bidirectional algorithm.

ReportLab draws code points left to right exactly as given, and its own `direction=`
and `shaping=` options silently do nothing without extra libraries. So the poster
does it in three steps:

1. `shape()` turns Arabic letters into their joined presentation forms (initial, medial,
   final, isolated, and the lam-alef ligatures) with arabic-reshaper. The text stays in
   logical (typing) order, vowel marks (harakat) are kept.
2. The layout wraps the shaped text into lines in logical order. Widths do not depend on
   the order of the characters, so wrapping before reordering is exact.
3. `visual()` puts each line's characters into display order. The embedding levels come
   from python-bidi's implementation of UAX #9 (which has bracket pairs and isolates);
   the line rules L1–L4 are applied here: trailing spaces reset, runs reversed (a letter and
   its vowel marks as one cluster, the marks drawn first so they sit over their letter),
   brackets mirrored in right-to-left runs, and formatting
   characters (LRM, RLM, isolates, ZWJ, ZWNJ) dropped since they have no glyph.

Digits, times, phone numbers and Latin names inside Arabic text stay left-to-right.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bidi import get_display
from bidi.mirror import MIRRORED

# Languages written right to left (with the Arabic script, or Hebrew).
RTL_LANGUAGES = frozenset({"ar", "fa", "ur", "ps", "he", "ckb", "ug", "yi", "dv", "sd"})

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"

_LEVEL = re.compile(r"Level\(\s*(\d+)")
_RTL_CLASSES = frozenset({"R", "AL", "RLE", "RLO", "RLI"})
_TRAILING_CLASSES = frozenset({"WS", "LRI", "RLI", "FSI", "PDI", "BN", "LRE", "RLE", "LRO", "RLO", "PDF"})


# Languages written in either direction (Kurmanji in Latin letters, Sorani in Arabic letters).
EITHER_DIRECTION = frozenset({"ku"})
# Text of no known language (an activity title in a table): the first letter decides, as dir="auto".
AUTO = "auto"


@lru_cache(maxsize=1)
def _reshaper():
    """Arabic letters joined; loaded at the first Arabic text (a Danish-only PDF starts faster without it)."""
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={
        "delete_harakat": False,
        "support_ligatures": True,
        # Only the letter ligatures every Arabic font has (lam-alef); word ligatures such as
        # ALLAH map a whole word to one code point that fonts often lack.
        "ARABIC LIGATURE ALLAH": False,
    })


def is_rtl_language(code: str) -> bool:
    return code in RTL_LANGUAGES


def paragraph_rtl(text: str, lang: str) -> bool:
    """Whether a paragraph in `lang` runs right to left (and so is right-aligned and reordered)."""
    if lang in RTL_LANGUAGES:
        return has_rtl(text)
    if lang in EITHER_DIRECTION or lang == AUTO:
        depth = 0  # UAX #9 P2: text inside an isolate (a title wrapped by `isolate`) does not decide
        for char in text:
            kind = unicodedata.bidirectional(char)
            if kind in ("LRI", "RLI", "FSI"):
                depth += 1
            elif kind == "PDI":
                depth = max(0, depth - 1)
            elif depth == 0 and kind in ("L", "R", "AL"):
                return kind != "L"
    return False


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


def has_arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u08ff" for char in text)


@lru_cache(maxsize=4096)
def shape(text: str) -> str:
    """Joined Arabic letters (presentation forms), logical order; other text unchanged."""
    return _reshaper().reshape(text) if has_arabic(text) else text


def isolate(text: str) -> str:
    """Wrap text of any direction (a title typed in any language) so the line around it keeps its own order."""
    return f"{FSI}{text}{PDI}"


def isolate_ltr(text: str) -> str:
    """Wrap a left-to-right item (phone number, time, URL) so a right-to-left sentence keeps it whole."""
    return f"{LRI}{text}{PDI}"


def resolved_levels(line: str, rtl: bool) -> list[int]:
    """The UAX #9 embedding level of each character of one line (paragraph level 1 when `rtl`)."""
    dump = get_display(line, base_dir="R" if rtl else "L", debug=True)
    start, end = dump.find("levels:"), dump.find("paragraphs:")
    byte_levels = [int(value) for value in _LEVEL.findall(dump, start, end)] if 0 <= start < end else []
    if len(byte_levels) != len(line.encode("utf-8")):
        # python-bidi reports levels per UTF-8 byte in its debug output; a new version that
        # changes that must fail loudly (tests catch it), never print reversed text.
        raise RuntimeError("python-bidi gav ikke indlejringsniveauer i det ventede format")
    levels, position = [], 0
    for char in line:
        levels.append(byte_levels[position])
        position += len(char.encode("utf-8"))
    return levels


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Me", "Mc")


def _is_control(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def visual(line: str, rtl: bool) -> list[tuple[int, str]]:
    """(logical index, character to draw) for one line, in display order, left to right.

    Characters in right-to-left runs that have a mirrored twin (brackets, «») are given
    as that twin; formatting controls are left out.
    """
    if not rtl and not has_rtl(line):
        return [(i, char) for i, char in enumerate(line) if not _is_control(char)]
    levels = resolved_levels(line, rtl)
    base = 1 if rtl else 0
    # L1: whitespace and isolate controls at the end of the line take the paragraph level.
    i = len(line) - 1
    while i >= 0 and unicodedata.bidirectional(line[i]) in _TRAILING_CLASSES:
        levels[i] = base
        i -= 1
    # Clusters: a letter with its vowel marks moves as one (L3).
    clusters: list[tuple[int, list[int]]] = []
    for index, char in enumerate(line):
        if clusters and _is_mark(char):
            clusters[-1][1].append(index)
        else:
            clusters.append((levels[index], [index]))
    # L2: from the highest level down to the lowest odd level, reverse runs at that level or higher.
    odd = [level for level, _ in clusters if level % 2]
    if odd:
        lowest_odd = min(odd)
        for level in range(max(level for level, _ in clusters), lowest_odd - 1, -1):
            start = 0
            while start < len(clusters):
                if clusters[start][0] >= level:
                    end = start
                    while end < len(clusters) and clusters[end][0] >= level:
                        end += 1
                    clusters[start:end] = clusters[start:end][::-1]
                    start = end
                else:
                    start += 1
    out: list[tuple[int, str]] = []
    for level, indices in clusters:
        # The bundled Arabic font draws its zero-width vowel marks to the right of the pen,
        # so in a right-to-left run a mark goes before its letter (over it); in left-to-right
        # runs marks follow their letter as usual.
        for index in (reversed(indices) if level % 2 else indices):
            char = line[index]
            if _is_control(char):
                continue
            if levels[index] % 2 and char in MIRRORED:
                char = MIRRORED[char]  # L4
            out.append((index, char))
    return out


def visual_text(text: str, rtl: bool) -> str:
    """Shape and reorder one line for display (a convenience for tests and short labels)."""
    return "".join(char for _, char in visual(shape(text), rtl))
