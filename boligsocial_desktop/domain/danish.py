"""Danish formatting of dates, times, money, numbers and phone numbers, and Danish sorting.

Follows the conventions in DOMAIN.md: "tirsdag 1. december 2026" in prose,
"01-12-2026" in tables, "kl. 17.30", "kl. 15–17", "uge 49", "1.234,50 kr.",
"43 59 10 00", and æ, ø, å after z.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from decimal import Decimal
from functools import lru_cache

from .rounding import round_half_up

MONTH_NAMES = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = (
    "jan.", "feb.", "mar.", "apr.", "maj", "jun.",
    "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
)  # fmt: skip
WEEKDAY_NAMES = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

EN_DASH = "\u2013"


def month_name(month: int) -> str:
    """1 -> "januar"."""
    if not 1 <= month <= 12:
        raise ValueError(f"Måned {month} findes ikke. Brug et tal fra 1 til 12.")
    return MONTH_NAMES[month - 1]


def weekday_name(d: date) -> str:
    """date(2026, 12, 1) -> "tirsdag"."""
    return WEEKDAY_NAMES[d.weekday()]


def long_date(d: date) -> str:
    """date(2026, 12, 1) -> "tirsdag 1. december 2026"."""
    return f"{weekday_name(d)} {d.day}. {month_name(d.month)} {d.year}"


def short_date(d: date) -> str:
    """date(2026, 12, 1) -> "01-12-2026"."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


_DAY_FIRST = re.compile(r"(\d{1,2})([-.])(\d{1,2})\2(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_short_date(text: str) -> date:
    """Read "01-12-2026", "1-12-2026", "1.12.2026" or "2026-12-01".

    Raises ValueError with a Danish message the user can act on.
    """
    cleaned = text.strip()
    if match := _DAY_FIRST.fullmatch(cleaned):
        day, _, month, year = match.groups()
    elif match := _ISO.fullmatch(cleaned):
        year, month, day = match.groups()
    else:
        raise ValueError(
            f"»{cleaned}« kan ikke læses som en dato. Skriv datoen som dd-mm-åååå, fx 01-12-2026."
        )
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"»{cleaned}« er ikke en dato, der findes. Tjek dag og måned.") from None


def join_words(words: list[str], last: str = "og") -> str:
    """["mandag", "onsdag", "fredag"] -> "mandag, onsdag og fredag"."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def count_noun(n: int, singular: str, plural: str) -> str:
    """Danish number agreement: (1, "dato", "datoer") -> "1 dato"; 2 -> "2 datoer"; 0 -> "0 datoer"."""
    return f"{number(n)} {singular if n == 1 else plural}"


def _hour_minute(t: time) -> str:
    # Danish prose writes the hour without a leading zero and drops ".00".
    return f"{t.hour}" if t.minute == 0 else f"{t.hour}.{t.minute:02d}"


def clock(t: time) -> str:
    """time(17, 30) -> "kl. 17.30"; time(9) -> "kl. 9"."""
    return f"kl. {_hour_minute(t)}"


def clock_range(start: time, end: time) -> str:
    """(15:00, 17:00) -> "kl. 15–17"; (15:30, 17:00) -> "kl. 15.30–17"."""
    return f"kl. {_hour_minute(start)}{EN_DASH}{_hour_minute(end)}"


def clock_exact(t: time) -> str:
    """time(9) -> "09.00" (tables, where times line up)."""
    return f"{t.hour:02d}.{t.minute:02d}"


def clock_range_exact(start: time, end: time) -> str:
    """(15:00, 17:30) -> "kl. 15.00–17.30" (rosters and shift tables)."""
    return f"kl. {clock_exact(start)}{EN_DASH}{clock_exact(end)}"


def number(x: float | int | Decimal, decimals: int = 0) -> str:
    """1234.5 -> "1.235"; number(1234.5, 1) -> "1.234,5". Rounds half away from zero."""
    rounded = round_half_up(x, decimals)  # the one rounding rule, shared with CSV and XLSX
    english = f"{rounded:,.{decimals}f}"
    return english.translate(str.maketrans(",.", ".,"))


def money(kr: float | int | Decimal) -> str:
    """30 -> "30 kr."; 1234.5 -> "1.234,50 kr." (øre only when there are any)."""
    amount = round_half_up(kr, 2)
    decimals = 0 if amount == amount.to_integral_value() else 2
    return f"{number(amount, decimals)} kr."


_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]")
_DANISH_PHONE = re.compile(r"(?:(\+45|0045))?(\d{8})")


def phone(text: str) -> str:
    """ "43591000" -> "43 59 10 00"; "+4543591000" -> "+45 43 59 10 00".

    Anything that is not an 8-digit Danish number (with or without +45 / 0045)
    is returned as typed, only trimmed.
    """
    typed = text.strip()
    match = _DANISH_PHONE.fullmatch(_PHONE_SEPARATORS.sub("", typed))
    if not match:
        return typed
    prefix, digits = match.groups()
    pairs = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return f"+45 {pairs}" if prefix else pairs


def week_number(d: date) -> int:
    """ISO 8601 week number, which is what Danish calendars use (weeks start Monday)."""
    return d.isocalendar().week


def week_label(d: date) -> str:
    """date(2026, 12, 1) -> "uge 49"."""
    return f"uge {week_number(d)}"


# æ, ø, å are placed right after z; ä/ö/ü are sorted with æ/ø/y as Danish dictionaries do.
_DANISH_LETTERS = {"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|", "ü": "y"}


def _primary_char(ch: str) -> str:
    if ch in _DANISH_LETTERS:
        return _DANISH_LETTERS[ch]
    if unicodedata.combining(ch):
        return ""
    # Other accented letters sort with their base letter (é with e).
    return unicodedata.normalize("NFD", ch)[0]


@lru_cache(maxsize=16_384)  # rosters sort thousands of names on every refresh
def danish_sort_key(s: str) -> tuple[str, str]:
    """Key for sorted(): case-insensitive, with æ, ø, å after z.

    The second element breaks ties deterministically ("Anna" before "anna").
    """
    folded = unicodedata.normalize("NFC", s).casefold()
    return ("".join(_primary_char(ch) for ch in folded), s)
