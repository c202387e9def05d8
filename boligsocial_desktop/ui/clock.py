"""Today and now as the windows see them, read in one place so a test can fix the date.

Services take `today` as an argument; the UI asks here instead of calling `date.today()` itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from PySide6.QtCore import QDate

_fixed_now: datetime | None = None


def now() -> datetime:
    """The local time, with its offset."""
    return _fixed_now if _fixed_now is not None else datetime.now().astimezone()


def today() -> date:
    return now().date()


def qdate_today() -> QDate:
    day = today()
    return QDate(day.year, day.month, day.day)


@contextmanager
def fixed_at(moment: datetime) -> Iterator[None]:
    """Let the windows believe it is `moment` (aware) until the block ends."""
    global _fixed_now
    previous, _fixed_now = _fixed_now, moment
    try:
        yield
    finally:
        _fixed_now = previous
