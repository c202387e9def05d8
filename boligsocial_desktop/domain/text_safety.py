"""Characters that must not reach a stored name or title: NUL and the bidi overrides and isolates.

NUL (U+0000) cuts text short in C libraries, PDF writers and some spreadsheet readers.
The bidi embedding/override characters (U+202A–U+202E) and isolates (U+2066–U+2069) turn
the display order of the text after them around, so a name can look like another one in
a list or on a poster ("Trojan Source"). Ordinary right-to-left text (Arabic, Farsi, Urdu)
needs none of them: the letters carry their own direction. The invisible direction marks
LRM/RLM (U+200E, U+200F, U+061C) are harmless and allowed.

Pure Python, no Qt, no database.
"""

from __future__ import annotations

NUL = "\x00"
BIDI_CONTROLS = frozenset(chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
UNSAFE = BIDI_CONTROLS | {NUL}
_STRIP = {ord(ch): None for ch in UNSAFE}


def has_nul(text: str | None) -> bool:
    return bool(text) and NUL in text  # type: ignore[operator]


def has_bidi_control(text: str | None) -> bool:
    return bool(text) and any(ch in BIDI_CONTROLS for ch in text)  # type: ignore[union-attr]


def has_unsafe_characters(text: str | None) -> bool:
    return has_nul(text) or has_bidi_control(text)


def strip_unsafe_characters(text: str) -> str:
    """The text without NUL and bidi override/isolate characters."""
    return text.translate(_STRIP)


__all__ = ["BIDI_CONTROLS", "NUL", "UNSAFE", "has_bidi_control", "has_nul", "has_unsafe_characters",
           "strip_unsafe_characters"]
