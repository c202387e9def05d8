"""The pages of the main window, in navigation order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    build: Callable[[AppContext], QWidget]


def _built_by(module: str, class_name: str) -> Callable[[AppContext], QWidget]:
    """A page's class is imported when the page is first shown, so start-up loads only the first one."""
    return lambda context: getattr(import_module(module, __package__), class_name)(context)


def page_specs() -> list[PageSpec]:
    return [
        PageSpec(
            "calendar",
            QCoreApplication.translate("Pages", "Calendar"),
            "x-office-calendar",
            _built_by(".calendar.page", "CalendarPage"),
        ),
        PageSpec(
            "ambassadors",
            QCoreApplication.translate("Pages", "Resident ambassadors"),
            "system-users",
            _built_by(".ambassadors", "AmbassadorsPage"),
        ),
        PageSpec(
            "visits",
            QCoreApplication.translate("Pages", "Open advice"),
            "help-browser",
            _built_by(".visits", "VisitsPage"),
        ),
        PageSpec(
            "flyers",
            QCoreApplication.translate("Pages", "Posters"),
            "document-print",
            _built_by(".flyers", "FlyersPage"),
        ),
        PageSpec(
            "reports",
            QCoreApplication.translate("Pages", "Reports"),
            "x-office-spreadsheet",
            _built_by(".reports", "ReportsPage"),
        ),
        PageSpec(
            "settings",
            QCoreApplication.translate("Pages", "Settings"),
            "preferences-system",
            _built_by(".settings_page", "SettingsPage"),
        ),
    ]
