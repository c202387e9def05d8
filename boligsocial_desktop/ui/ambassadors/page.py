"""Beboerambassadører: the roster, the week's shift plan and the welcome-visit queue, one tab widget each
(`roster_tab`, `shifts_tab`, `welcome_tab`).

The page holds what the tabs share: the estates in their filters, the office's deadlines, the notice line,
today, and the seams tests drive: dialogs are opened through `exec_dialog` and printouts go through
`print_document` (the system print dialog). All database and file work goes through `context.tasks.run`;
each tab refreshes itself when a save wrote the tables it shows.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from ...errors import AppError
from ...services.ambassadors import AmbassadorSettings, load_settings, retention
from ...services.places import EstateInfo, PlacesService
from .. import clock
from ..context import AppContext
from ..form_fields import refill_combo
from ..forms.ambassadors_page_ui import Ui_AmbassadorsPage
from ..keyboard import new_item_shortcut
from ..pdf_preview import print_pdf
from ..status_colours import themed
from .fields import sorted_estates

NOTICE_STYLE = "color: #1f5f8b;"
ERROR_STYLE = "color: #b00020;"
BASICS_TABLES = frozenset({"estates", "office_settings"})  # the estates in every tab's filter, the deadlines


@dataclass(frozen=True)
class _Basics:
    estates: list[EstateInfo]
    settings: AmbassadorSettings


class AmbassadorsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self._today = today
        self.ui = Ui_AmbassadorsPage()
        self.ui.setupUi(self)
        self.estates: list[EstateInfo] = []
        self.settings = AmbassadorSettings()
        self.last_pdf: bytes | None = None  # the PDF printed last (for tests and a second look)
        self.roster, self.shifts, self.welcome = self.ui.rosterTab, self.ui.shiftsTab, self.ui.queueTab
        for tab in (self.roster, self.shifts, self.welcome):
            tab.attach(self)
        new_item_shortcut(self, self.new_item)
        context.watch(self, BASICS_TABLES, self.refresh)
        self.run_retention()
        self.refresh()

    @property
    def today(self) -> date:
        return self._today or clock.today()

    @property
    def actor_id(self) -> str | None:
        return self.context.staff.id if self.context.staff else None

    def notice(self, text: str, error: bool = False) -> None:
        self.ui.retentionLabel.setText(text)
        self.ui.retentionLabel.setStyleSheet(themed(ERROR_STYLE if error else NOTICE_STYLE))

    def fail(self, exc: BaseException) -> None:
        self.notice(exc.message if isinstance(exc, AppError) else str(exc), error=True)

    def new_item(self) -> None:
        """Ctrl+N: a new ambassador, shift or move-in, after the tab in front."""
        tab = self.ui.tabs.currentWidget()
        {self.shifts: self.ui.newDutyButton, self.welcome: self.ui.newMoveInButton}.get(
            tab, self.ui.newAmbassadorButton).click()

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Modal dialogs go through here (tests replace it to drive the dialog)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self, pdf: bytes, title: str) -> bool:
        """The system print dialog (saving as PDF is one of its printers); False when the user cancels."""
        return print_pdf(self, pdf, title)

    def print_made_pdf(self, suggested: str, make: Callable[[Path], Path]) -> None:
        """`make` writes the PDF to the path it is given and returns where it wrote it. It runs off the UI thread
        (in a temporary folder, removed at once); then the PDF is printed."""
        title = Path(suggested).stem

        def work() -> bytes:
            with tempfile.TemporaryDirectory(prefix="boligsocial-udskrift-") as folder:
                return make(Path(folder) / suggested).read_bytes()

        def done(pdf: bytes) -> None:
            self.last_pdf = pdf
            if self.print_document(pdf, title):
                self.notice(self.tr("%1 is sent to the printer.").replace("%1", title))
            else:
                self.notice(self.tr("The printing is cancelled."))

        self.context.tasks.run(work, done, self.fail)

    # --- loading ----------------------------------------------------------

    def run_retention(self) -> None:
        """At app start, on the worker: delete contact data of ambassadors stopped past the deadline."""
        db, today = self.context.db, self.today

        def done(result: retention.RetentionResult) -> None:
            if result.anonymised:
                self.notice(self.tr("Contact data of stopped ambassadors was deleted after the deadline: %1.")
                            .replace("%1", str(result.anonymised)))

        self.context.tasks.run(lambda: retention.run_if_due(db, today), done, self.fail)

    def refresh(self) -> None:
        """The estates and deadlines, then every tab."""
        db = self.context.db

        def load() -> _Basics:
            return _Basics(PlacesService(db).estates(), load_settings(db))

        self.context.tasks.run(load, self._show_basics, self.fail)

    def _show_basics(self, basics: _Basics) -> None:
        self.estates = sorted_estates(basics.estates)
        self.settings = basics.settings
        for combo in (self.ui.estateFilter, self.ui.shiftEstateFilter, self.ui.queueEstateFilter):
            refill_combo(combo, [(estate.name, estate.id) for estate in self.estates], self.tr("All estates"))
        self.roster.load()
        self.shifts.load()
        self.welcome.load()


__all__ = ["AmbassadorsPage"]
