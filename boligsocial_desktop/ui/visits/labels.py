"""Danish labels for stored vocabularies and small formatting helpers for the advice page."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCollator, QCoreApplication, QLocale

from ...domain.danish import month_name, short_date
from ...domain.languages import language_name
from ...services.visits import suppressed

VISIT_LANGUAGES = ("da", "ar", "so", "tr", "ur", "fa", "ti", "en", "pl", "ps", "ku", "bs", "ro", "uk", "de", "fr",
                   "es", "ru", "th", "vi", "zh", "ta", "sq", "am")


def language_names() -> dict[str, str]:
    names = {code: language_name(code).capitalize() for code in VISIT_LANGUAGES}
    names["other"] = QCoreApplication.translate("VisitLabels", "Other language")
    return names


def gender_names() -> dict[str, str]:
    return {
        "kvinde": QCoreApplication.translate("VisitLabels", "Woman"),
        "mand": QCoreApplication.translate("VisitLabels", "Man"),
        "andet": QCoreApplication.translate("VisitLabels", "Other"),
    }


def consent_names() -> dict[str, str]:
    return {
        "mundtligt": QCoreApplication.translate("VisitLabels", "Orally"),
        "skriftligt": QCoreApplication.translate("VisitLabels", "In writing"),
    }


def not_given() -> str:
    return QCoreApplication.translate("VisitLabels", "–")


def fmt_date(day: date | None) -> str:
    return short_date(day) if day else ""


def fmt_time(moment: datetime | None) -> str:
    """"kl. 17.30" in local time."""
    return f"kl. {moment.astimezone():%H.%M}" if moment else ""


def fmt_local_date(moment: datetime | None) -> str:
    return fmt_date(moment.astimezone().date()) if moment else ""


def fmt_month(day: date) -> str:
    return f"{month_name(day.month)} {day.year}"


def fmt_count(count: int) -> str:
    return QLocale().toString(count)


def fmt_stat(count: int) -> str:
    """A count for statistics: 1 to 4 are shown as "<5"."""
    return suppressed(count) or fmt_count(count)


def sort_key():
    collator = QCollator(QLocale())
    return collator.sortKey
