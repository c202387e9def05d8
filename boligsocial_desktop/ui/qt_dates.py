"""Python dates and times to Qt's and back (PySide6's own conversions are untyped)."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second)


def pytime(value: QTime) -> time:
    return time(value.hour(), value.minute(), value.second())
