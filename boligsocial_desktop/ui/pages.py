"""The pages of the main window, in navigation order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .context import AppContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    build: Callable[[AppContext], QWidget]


def page_specs() -> list[PageSpec]:
    from .ambassadors import AmbassadorsPage
    from .calendar.page import CalendarPage
    from .flyers import FlyersPage
    from .reports import ReportsPage
    from .settings_page import SettingsPage
    from .visits import VisitsPage

    return [
        PageSpec("calendar", QCoreApplication.translate("Pages", "Calendar"), "x-office-calendar", CalendarPage),
        PageSpec("ambassadors", QCoreApplication.translate("Pages", "Resident ambassadors"), "system-users",
                 AmbassadorsPage),
        PageSpec("visits", QCoreApplication.translate("Pages", "Open advice"), "help-browser", VisitsPage),
        PageSpec("flyers", QCoreApplication.translate("Pages", "Posters"), "document-print", FlyersPage),
        PageSpec("reports", QCoreApplication.translate("Pages", "Reports"), "x-office-spreadsheet", ReportsPage),
        PageSpec("settings", QCoreApplication.translate("Pages", "Settings"), "preferences-system", SettingsPage),
    ]
