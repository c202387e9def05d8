"""Danish labels for stored vocabularies and small formatting helpers for the advice page.

Formatting is local because the shared `domain.danish` helpers are not in this branch
yet: dates "01-12-2026" in tables, "tirsdag 1. december 2026" in prose, times "kl. 17.30".
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCollator, QCoreApplication, QDate, QLocale

from ...domain.enums import StaffRole
from ...services.visits import suppressed


def language_names() -> dict[str, str]:
    return {
        "da": QCoreApplication.translate("VisitLabels", "Danish"),
        "ar": QCoreApplication.translate("VisitLabels", "Arabic"),
        "so": QCoreApplication.translate("VisitLabels", "Somali"),
        "tr": QCoreApplication.translate("VisitLabels", "Turkish"),
        "ur": QCoreApplication.translate("VisitLabels", "Urdu"),
        "fa": QCoreApplication.translate("VisitLabels", "Farsi"),
        "ti": QCoreApplication.translate("VisitLabels", "Tigrinya"),
        "en": QCoreApplication.translate("VisitLabels", "English"),
        "pl": QCoreApplication.translate("VisitLabels", "Polish"),
        "ps": QCoreApplication.translate("VisitLabels", "Pashto"),
        "ku": QCoreApplication.translate("VisitLabels", "Kurdish"),
        "bs": QCoreApplication.translate("VisitLabels", "Bosnian"),
        "ro": QCoreApplication.translate("VisitLabels", "Romanian"),
        "uk": QCoreApplication.translate("VisitLabels", "Ukrainian"),
        "de": QCoreApplication.translate("VisitLabels", "German"),
        "fr": QCoreApplication.translate("VisitLabels", "French"),
        "es": QCoreApplication.translate("VisitLabels", "Spanish"),
        "ru": QCoreApplication.translate("VisitLabels", "Russian"),
        "th": QCoreApplication.translate("VisitLabels", "Thai"),
        "vi": QCoreApplication.translate("VisitLabels", "Vietnamese"),
        "zh": QCoreApplication.translate("VisitLabels", "Chinese"),
        "ta": QCoreApplication.translate("VisitLabels", "Tamil"),
        "sq": QCoreApplication.translate("VisitLabels", "Albanian"),
        "am": QCoreApplication.translate("VisitLabels", "Amharic"),
        "other": QCoreApplication.translate("VisitLabels", "Other language"),
    }


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


def role_name(role: StaffRole) -> str:
    names = {
        StaffRole.COORDINATOR: QCoreApplication.translate("VisitLabels", "Coordinator"),
        StaffRole.ADVISER: QCoreApplication.translate("VisitLabels", "Adviser"),
        StaffRole.HELPER: QCoreApplication.translate("VisitLabels", "Student helper"),
        StaffRole.ADMINISTRATOR: QCoreApplication.translate("VisitLabels", "Administrator"),
    }
    return names.get(role, role.value)


def not_given() -> str:
    return QCoreApplication.translate("VisitLabels", "–")


def fmt_date(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def fmt_time(moment: datetime | None) -> str:
    """"kl. 17.30" in local time."""
    if moment is None:
        return ""
    return QCoreApplication.translate("VisitLabels", "at %1").replace("%1", moment.astimezone().strftime("%H.%M"))


def fmt_local_date(moment: datetime | None) -> str:
    return fmt_date(moment.astimezone().date()) if moment else ""


def fmt_long_date(day: date) -> str:
    """"tirsdag 1. december 2026" with the Danish locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d. MMMM yyyy")


def fmt_month(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")


def fmt_count(count: int) -> str:
    return QLocale().toString(count)


def fmt_stat(count: int) -> str:
    """A count for statistics: 1 to 4 are shown as "<5"."""
    return suppressed(count) or fmt_count(count)


def sort_key():
    collator = QCollator(QLocale())
    return collator.sortKey
