"""What the ambassador dialogs share: optional date fields, estates and languages in Danish order, and
a refusal shown beside the field it names."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCollator, QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from ...domain.danish import danish_sort_key
from ...domain.languages import LANGUAGES
from ...errors import AppError
from ...services.places import EstateInfo
from ..date_fields import DateField
from ..qt_dates import pydate, qdate
from ..status_colours import themed

EMPTY_DATE = QDate(1900, 1, 1)
ERROR_STYLE = "color: #b00020;"








def make_optional(edit: DateField | QDateEdit) -> None:
    """A date edit that can be empty: its minimum date means 'no date' and shows as a dash."""
    edit.setMinimumDate(EMPTY_DATE)
    edit.setSpecialValueText("–")
    edit.setDate(EMPTY_DATE)


def optional_date(edit: DateField | QDateEdit) -> date | None:
    value = edit.date()
    return None if value == edit.minimumDate() else pydate(value)


def set_optional_date(edit: DateField | QDateEdit, value: date | None) -> None:
    edit.setDate(qdate(value) if value else edit.minimumDate())


def sorted_estates(estates: list[EstateInfo]) -> list[EstateInfo]:
    collator = QCollator(QLocale())
    return sorted(estates, key=lambda e: collator.sortKey(e.name))


def show_error(dialog: QWidget, label: QLabel, exc: BaseException, fields: Mapping[str, QWidget]) -> None:
    message = exc.message if isinstance(exc, AppError) else str(exc)
    label.setText(message)
    label.setStyleSheet(themed(ERROR_STYLE))
    widget = fields.get(getattr(exc, "field", None) or "")
    if widget is not None and widget.isEnabled():
        widget.setFocus()


COMMON_LANGUAGES = ("da", "ar", "so", "tr", "ur", "fa", "ti", "en", "pl")


def language_codes_by_name() -> list[str]:
    return sorted(LANGUAGES, key=lambda code: danish_sort_key(LANGUAGES[code]))


def language_codes_common_first() -> list[str]:
    """The languages most met in the estates first (by name), then the rest."""
    common = sorted(COMMON_LANGUAGES, key=lambda code: danish_sort_key(LANGUAGES[code]))
    return common + [code for code in language_codes_by_name() if code not in COMMON_LANGUAGES]
