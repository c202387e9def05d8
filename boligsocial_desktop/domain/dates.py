"""One grammar for dates and times in imported files (visits and ambassadors) and in form fields. Pure Python.

Dates: ``03-03-2024``, ``3-3-24``, ``3/3/2024``, ``03.03.24``, ``2024-03-03``, ``3. marts 2024``,
``3 mar. 24``, Excel date cells (``date``/``datetime``) and Excel serial numbers (``45354``, the
number a date cell shows when it is formatted as a number). Day first, as in Denmark.
Times: ``10.30``, ``10:30``, ``kl. 10.30``, ``10:30:15``, Excel time cells and fractions of a day.
Local times are Danish time (Europe/Copenhagen) whatever time zone the PC is set to.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
EXCEL_EPOCH = date(1899, 12, 30)  # Excel's serial 1 is 1900-01-01 (with its leap-year bug for 1900-02-29)
MAX_EXCEL_SERIAL = 2_958_465  # 9999-12-31
DATE_EXAMPLE = "fx 03-03-2024, 3/3/2024, 2024-03-03 eller 3. marts 2024"

MONTHS = {
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "marts": 3, "mar": 3, "april": 4, "apr": 4, "maj": 5,
    "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

_NUMERIC = re.compile(r"(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NAMED = re.compile(r"(\d{1,2})\.?\s*([a-zæøå]+)\.?,?\s*(\d{4}|\d{2})")
_TIME = re.compile(r"(?:kl\.?\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?")
_SERIAL = re.compile(r"\d{5}(?:[.,]\d+)?")


class DateTextError(ValueError):
    """The text is not a date or time; the message is Danish."""


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900  # like Excel: 00–29 … here 00–69 is this century
    return year


def _make(year: int, month: int, day: int, original: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateTextError(f"datoen »{original}« kan ikke læses: den dag findes ikke") from None


def excel_serial(value: float) -> datetime:
    """The date and time an Excel serial number stands for (1900 date system)."""
    if not 0 < value <= MAX_EXCEL_SERIAL:
        raise DateTextError(f"tallet {value} er ikke en dato")
    start = datetime.combine(EXCEL_EPOCH, time())
    return start + timedelta(days=int(value), seconds=round((value - int(value)) * 86_400))


def _time_parts(hours: str, minutes: str, seconds: str | None, original: str) -> time:
    h, m, s = int(hours), int(minutes), int(seconds or 0)
    if h > 23 or m > 59 or s > 59:
        raise DateTextError(f"klokkeslættet »{original}« kan ikke læses (skriv fx 10.30 eller 10:30)")
    return time(h, m, s)


def parse_date_time(value: object) -> tuple[date, time | None]:
    """A date cell's date and, if the cell holds one, its time of day. Raises DateTextError."""
    if isinstance(value, datetime):
        return value.date(), (value.time() if value.time() != time() else None)
    if isinstance(value, date):
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        moment = excel_serial(float(value))
        return moment.date(), (moment.time() if moment.time() != time() else None)
    original = " ".join(str(value or "").split())
    text = original.casefold()
    if not text:
        raise DateTextError("datoen mangler")
    if _SERIAL.fullmatch(text):
        moment = excel_serial(float(text.replace(",", ".")))
        return moment.date(), (moment.time() if moment.time() != time() else None)
    text = text.replace("t", " ", 1) if _ISO.match(text) and "t" in text[10:11] else text
    for pattern, order in ((_ISO, "ymd"), (_NUMERIC, "dmy"), (_NAMED, "dMy")):
        match = pattern.match(text)
        if not match:
            continue
        first, second, third = match.groups()
        if order == "ymd":
            day = _make(int(first), int(second), int(third), original)
        elif order == "dmy":
            day = _make(_year(third), int(second), int(first), original)
        else:
            month = MONTHS.get(second)
            if month is None:
                raise DateTextError(f"måneden »{second}« i »{original}« kendes ikke")
            day = _make(_year(third), month, int(first), original)
        rest = text[match.end():].strip(" ,")
        if not rest:
            return day, None
        return day, parse_time(rest)
    raise DateTextError(f"datoen »{original}« kan ikke læses ({DATE_EXAMPLE})")


def parse_date(value: object) -> date:
    return parse_date_time(value)[0]


def parse_time(value: object) -> time | None:
    """A time cell: ``10.30``, ``10:30``, ``kl. 10.30``, an Excel time cell or fraction of a day; None if empty."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.time()
    if isinstance(value, time):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86_400)
        return time(seconds // 3600, seconds % 3600 // 60, seconds % 60) if seconds < 86_400 else time(23, 59, 59)
    original = " ".join(str(value).split())
    match = _TIME.fullmatch(original.casefold())
    if not match:
        raise DateTextError(f"klokkeslættet »{original}« kan ikke læses (skriv fx 10.30 eller 10:30)")
    hour_text, minute_text, second_text = match.groups()
    return _time_parts(hour_text, minute_text, second_text, original)


# --- Typed into a form field -------------------------------------------------------------

TYPED_DATE_EXAMPLE = "fx 3/12, 3-12-26, 03122026, i dag eller i morgen"
_RELATIVE_DAYS = {"i dag": 0, "idag": 0, "i morgen": 1, "imorgen": 1, "i går": -1, "igår": -1,
                  "i overmorgen": 2, "i forgårs": -2}
_DAY_MONTH = re.compile(r"(\d{1,2})\s*[-./]\s*(\d{1,2})\.?")
_DIGITS = re.compile(r"\d{4}|\d{6}|\d{8}")
_HOURS_ONLY = re.compile(r"(?:kl\.?\s*)?(\d{1,2})")
_TIME_DIGITS = re.compile(r"(?:kl\.?\s*)?(\d{1,2})(\d{2})")


def parse_typed_date(text: str, today: date) -> date:
    """A date as people type it into a field: everything `parse_date` reads, and ``3/12`` or ``3-12``
    (this year), ``03122026``, ``031226``, ``0312``, ``i dag``, ``i morgen``, ``i går``. Raises DateTextError."""
    original = " ".join(str(text or "").split())
    typed = original.casefold()
    if not typed:
        raise DateTextError("datoen mangler")
    if typed in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[typed])
    if _DIGITS.fullmatch(typed):
        day_of_month, month = int(typed[:2]), int(typed[2:4])
        year = today.year if len(typed) == 4 else _year(typed[4:])
        return _make(year, month, day_of_month, original)
    if match := _DAY_MONTH.fullmatch(typed):
        return _make(today.year, int(match.group(2)), int(match.group(1)), original)
    try:
        day, clock_time = parse_date_time(original)
    except DateTextError:
        raise DateTextError(f"datoen »{original}« kan ikke læses ({TYPED_DATE_EXAMPLE})") from None
    if clock_time is not None:
        raise DateTextError(f"skriv kun datoen, ikke klokkeslættet »{original}«")
    return day


def parse_typed_time(text: str) -> time:
    """A time as people type it: ``15``, ``1530``, ``930``, ``15.30``, ``15:30``, ``kl. 15``. Raises DateTextError."""
    original = " ".join(str(text or "").split())
    typed = original.casefold()
    if not typed:
        raise DateTextError("klokkeslættet mangler")
    for pattern in (_HOURS_ONLY, _TIME_DIGITS):
        if match := pattern.fullmatch(typed):
            hours, minutes = (match.group(1), "00") if pattern is _HOURS_ONLY else match.groups()
            return _time_parts(hours, minutes, None, original)
    found = parse_time(original)
    assert found is not None  # the text is not empty
    return found.replace(second=0)


def local_moment(day: date, clock: time) -> datetime:
    """The moment the Danish date and time stand for, in Danish time (not the PC's time zone)."""
    return datetime.combine(day, clock).replace(tzinfo=COPENHAGEN)
