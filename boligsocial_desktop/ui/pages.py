"""The pages of the main window, in navigation order, and the placeholders for pages to come."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .context import AppContext
from .forms.placeholder_page_ui import Ui_PlaceholderPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    build: Callable[[AppContext], QWidget]


class PlaceholderPage(QWidget):
    """Says what a page will hold until its feature lands."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PlaceholderPage()
        self.ui.setupUi(self)
        self.ui.title.setText(f"<h1>{title}</h1>")
        self.ui.description.setText(description)


def _placeholder(title: str, description: str) -> Callable[[AppContext], QWidget]:
    return lambda context: PlaceholderPage(title, description)


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
