"""Spotting CPR-shaped numbers in free text, so they are never stored.

A Danish CPR number is ddmmyy-xxxx: a birth date (day, month, two-digit year) and four
digits. Since 2007 the last four digits no longer need to pass the modulus-11 check,
so only the date part can be checked. This module flags:

* ddmmyy-xxxx, with a hyphen, an en dash, a minus sign or one (no-break) space between
  the two parts, and
* ten digits in a row,

when the first six digits form a real day and month (29 February counts when the
two-digit year is divisible by 4, as some century makes it a leap year) and the
number is not part of a longer run of digits. Digits in other scripts (Arabic-Indic and
the like) count too. Pure Python, no Qt, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PATTERN = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})([-\u2013\u2212 \u00a0]?)(\d{4})(?!\d)")


@dataclass(frozen=True)
class CprMatch:
    start: int
    end: int
    text: str

    @property
    def masked(self) -> str:
        """The date part with the last four digits hidden, e.g. 010190-xxxx (for messages)."""
        return self.text[:6] + "-xxxx"


def is_valid_birth_date(day: int, month: int, two_digit_year: int) -> bool:
    try:
        date(2000 + two_digit_year, month, day)  # 2000 + yy is a leap year exactly when yy % 4 == 0
    except ValueError:
        return False
    return True


def find_cpr_numbers(text: str | None) -> list[CprMatch]:
    """Every CPR-shaped number in `text`, left to right."""
    if not text:
        return []
    found = []
    for match in _PATTERN.finditer(text):
        day, month, year, _sep, _serial = match.groups()
        if is_valid_birth_date(int(day), int(month), int(year)):
            found.append(CprMatch(match.start(), match.end(), match.group(0)))
    return found


def contains_cpr_number(text: str | None) -> bool:
    return bool(find_cpr_numbers(text))


__all__ = ["CprMatch", "contains_cpr_number", "find_cpr_numbers", "is_valid_birth_date"]
