"""The one CPR detector: spotting CPR-shaped numbers in free text and spreadsheet cells, so they are never stored.

A Danish CPR number is ddmmyy-xxxx: a birth date (day, month, two-digit year) and four
digits. Since 2007 the last four digits no longer need to pass the modulus-11 check,
so only the date part can be checked. People type them in every spelling, so the text
is read like this before matching:

* digits of any script count (Arabic-Indic ٠١٢, Persian ۰۱۲, full-width ０１２ …);
* invisible format characters are ignored (zero-width space and joiners, soft hyphen,
  byte-order mark, bidi marks and overrides), so ``0101\u200b901234`` is ``0101901234``;
* digits may be split into groups by separators: spaces of every width, tabs, line
  breaks, every dash and hyphen (U+2010–U+2015, U+2212, U+FF0D …), dots and slashes,
  alone or a few together (``010190 - 1234``, ``01.01.90-1234``, ``01/01/90 1234``,
  ``01 01 90 12 34``, ``010190`` on one line and ``1234`` on the next).

Digits and separators make a *chain* of digit groups; any other character (a letter, a
comma, a colon, ``+``) ends it. A CPR number is a run of whole groups in a chain holding
exactly ten digits, whose first six form a real day and month (29 February counts when
the two-digit year is divisible by 4, as some century makes it a leap year). Digits are
never split inside a group, so eleven digits in a row are not a CPR number.

To keep false alarms low, two shapes are read as what they are and not as CPR digits:

* a date with a four-digit year (``01-12-2026``, ``2026-12-01``, same separator twice,
  year 1900–2099), so that ``01-09-2026 - 31-12-2026`` is a period;
* a clock time written with a dot (``10.30``, hours 0–23, minutes 00–59) that is not part
  of a dotted date, so that ``Mødet 01.12.26 10.30`` is a meeting.

Phone numbers (``+45 12 34 56 78``: day 45 does not exist), amounts (``1.234,50 kr.``:
the comma ends the chain), dates and postcodes are thus not refused.

A CPR number typed into a spreadsheet *number* cell loses its leading zero (0101901234
becomes 101901234), so :func:`cell_holds_cpr` also checks 9-digit numbers with the zero
put back.

Pure Python, no Qt, no database.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u2043\u2e3a\u2e3b")
DOTS = frozenset(".\u2024\u2027\u00b7\ufe52\uff0e\u3002")
SLASHES = frozenset("/\\\u2044\u2215\uff0f\uff3c")
MAX_SEPARATOR = 4  # at most this many separator characters between two groups (whitespace runs count once)
CPR_DIGITS = 10


@dataclass(frozen=True)
class CprMatch:
    start: int  # index of the first digit in the original text
    end: int  # index after the last digit in the original text
    text: str  # the original text from the first to the last digit
    digits: str = ""  # the ten digits, in ASCII

    @property
    def masked(self) -> str:
        """The date part with the last four digits hidden, e.g. 010190-xxxx (for messages and logs)."""
        return (self.digits or self.text)[:6] + "-xxxx"


@dataclass
class _Group:
    digits: str
    start: int
    end: int
    separator: str = ""  # the normalised separator before this group ("" for the first of a chain)


def is_valid_birth_date(day: int, month: int, two_digit_year: int) -> bool:
    try:
        date(2000 + two_digit_year, month, day)  # 2000 + yy is a leap year exactly when yy % 4 == 0
    except ValueError:
        return False
    return True


def _digit(ch: str) -> str | None:
    if "0" <= ch <= "9":
        return ch
    if ch.isdigit():
        value = unicodedata.decimal(ch, None)
        if value is not None:
            return str(value)
    return None


def _separator(ch: str) -> str | None:
    if ch.isspace():
        return " "
    if ch in DASHES:
        return "-"
    if ch in DOTS:
        return "."
    if ch in SLASHES:
        return "/"
    return None


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"  # zero-width characters, soft hyphen, BOM, bidi controls


def _chains(text: str) -> list[list[_Group]]:
    chains: list[list[_Group]] = []
    chain: list[_Group] = []
    pending: str | None = None  # separator text since the last digit; None: the chain is broken
    in_group = False
    for index, ch in enumerate(text):
        if ch >= "\u0080" and _invisible(ch):
            continue
        digit = _digit(ch)
        if digit is not None:
            if in_group:
                chain[-1].digits += digit
                chain[-1].end = index + 1
            else:
                if chain and (pending is None or len(pending) > MAX_SEPARATOR):
                    chains.append(chain)
                    chain = []
                chain.append(_Group(digit, index, index + 1, (pending or "") if chain else ""))
                in_group = True
            pending = ""
            continue
        in_group = False
        sep = _separator(ch)
        if sep is not None:
            if pending is not None and not (sep == " " and pending.endswith(" ")):
                pending += sep
            continue
        # Any other character (a letter, a comma, a colon, "+") ends the chain.
        if chain:
            chains.append(chain)
            chain = []
        pending = None
    if chain:
        chains.append(chain)
    return chains


def _is_date_with_century(groups: list[_Group], k: int) -> bool:
    """Groups k, k+1, k+2 read as d-m-yyyy or yyyy-m-d with the same separator twice."""
    if k + 2 >= len(groups):
        return False
    a, b, c = groups[k], groups[k + 1], groups[k + 2]
    if b.separator != c.separator:
        return False
    lengths = (len(a.digits), len(b.digits), len(c.digits))

    def real(day: str, month: str, year: str) -> bool:
        if not 1900 <= int(year) <= 2099:
            return False
        try:
            date(int(year), int(month), int(day))
        except ValueError:
            return False
        return True

    if lengths[0] in (1, 2) and lengths[1] in (1, 2) and lengths[2] == 4:
        return real(a.digits, b.digits, c.digits)
    if lengths[0] == 4 and lengths[1] in (1, 2) and lengths[2] in (1, 2):
        return real(c.digits, b.digits, a.digits)
    return False


def _is_dotted_time(groups: list[_Group], k: int) -> bool:
    """Groups k, k+1 read as a clock time hh.mm that is not part of a dotted date."""
    if k + 1 >= len(groups):
        return False
    a, b = groups[k], groups[k + 1]
    if b.separator != "." or len(a.digits) not in (1, 2) or len(b.digits) != 2:
        return False
    if int(a.digits) > 23 or int(b.digits) > 59:
        return False
    if k > 0 and "." in a.separator:
        return False
    return not (k + 2 < len(groups) and "." in groups[k + 2].separator)


def _protected(groups: list[_Group]) -> set[int]:
    """Indices of groups that belong to a date with a four-digit year or a dotted clock time."""
    protected: set[int] = set()
    for k in range(len(groups)):
        if _is_date_with_century(groups, k):
            protected.update((k, k + 1, k + 2))
        if _is_dotted_time(groups, k):
            protected.update((k, k + 1))
    return protected


def find_cpr_numbers(text: str | None) -> list[CprMatch]:
    """Every CPR-shaped number in `text`, left to right (overlapping candidates: the first wins)."""
    if not text:
        return []
    found: list[CprMatch] = []
    for groups in _chains(text):
        protected = _protected(groups)
        i = 0
        while i < len(groups):
            total = 0
            hit = None
            for j in range(i, len(groups)):
                total += len(groups[j].digits)
                if total >= CPR_DIGITS:
                    if total == CPR_DIGITS and not protected.intersection(range(i, j + 1)):
                        digits = "".join(g.digits for g in groups[i:j + 1])
                        if is_valid_birth_date(int(digits[0:2]), int(digits[2:4]), int(digits[4:6])):
                            hit = j
                            start, end = groups[i].start, groups[j].end
                            found.append(CprMatch(start, end, text[start:end], digits))
                    break
            i = hit + 1 if hit is not None else i + 1
    return found


def contains_cpr_number(text: str | None) -> bool:
    return bool(find_cpr_numbers(text))


def cell_holds_cpr(value: Any) -> bool:
    """True when a spreadsheet cell (text, or a number from an Excel number cell) holds a CPR number.

    A whole number of 9 digits counts when a leading 0 makes it a CPR number: Excel drops the zero
    of 0101901234 typed into a number cell and keeps 101901234.
    """
    if value is None or isinstance(value, bool):
        return False
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return False
        if value.is_integer():
            value = int(value)
    if isinstance(value, int):
        digits = str(abs(value))
        if len(digits) == CPR_DIGITS - 1:
            digits = "0" + digits
        return contains_cpr_number(digits)
    return contains_cpr_number(str(value))


__all__ = ["CprMatch", "cell_holds_cpr", "contains_cpr_number", "find_cpr_numbers", "is_valid_birth_date"]
