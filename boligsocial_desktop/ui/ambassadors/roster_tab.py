"""The Ambassadører tab: the roster with its filters, the ambassador form, import, printouts and deadlines.

The tab's widgets come from the page's Designer form (`ui/ambassadors/page.ui` promotes the tab to this
class); `attach` wires them once the form is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

from ...domain.enums import AmbassadorStatus
from ...domain.languages import language_name
from ...services.ambassadors import (
    STATUS_ACTIVE_OR_PAUSED,
    AmbassadorDetail,
    AmbassadorService,
    RosterFilter,
    RosterRow,
    printouts,
)
from ...services.validation import MAX_SEARCH_LENGTH
from ..import_dialog import ImportDialog, ask_import_file
from ..watched_tables import AMBASSADOR_ROSTER
from .ambassador_dialog import AmbassadorDialog
from .dialogs import AmbassadorSettingsDialog
from .fields import language_codes_by_name
from .models import RosterModel
from .tables import selected_row, set_up_table

if TYPE_CHECKING:
    from pathlib import Path

    from ...services.importing import DuplicatePolicy, ImportResult
    from ...services.importing.pipeline import Progress
    from ..forms.ambassadors_page_ui import Ui_AmbassadorsPage
    from .page import AmbassadorsPage


class RosterTab(QWidget):
    """The ambassadors, filtered by estate, language, status and name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RosterModel(self)
        self.import_dialog: ImportDialog | None = None

    def attach(self, page: AmbassadorsPage) -> None:
        """Wire the tab's widgets on `page`'s form and refresh when the roster's tables change."""
        self.page, self.context = page, page.context
        self.ui: Ui_AmbassadorsPage = page.ui
        ui = self.ui
        set_up_table(ui.rosterTable, self.model, 2, [190, 120, 0, 70, 100, 110, 90, 90])
        ui.rosterTable.sortByColumn(RosterModel.NAME, Qt.SortOrder.AscendingOrder)
        ui.statusFilter.addItem(self.tr("Active and paused"), STATUS_ACTIVE_OR_PAUSED)
        ui.statusFilter.addItem(self.tr("Active"), AmbassadorStatus.ACTIVE.value)
        ui.statusFilter.addItem(self.tr("Paused"), AmbassadorStatus.PAUSED.value)
        ui.statusFilter.addItem(self.tr("Stopped"), AmbassadorStatus.STOPPED.value)
        ui.statusFilter.addItem(self.tr("Everyone"), None)
        ui.languageFilter.addItem(self.tr("All languages"), None)
        for code in language_codes_by_name():
            ui.languageFilter.addItem(language_name(code), code)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.load)
        ui.searchEdit.setMaxLength(MAX_SEARCH_LENGTH)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (ui.estateFilter, ui.languageFilter, ui.statusFilter):
            combo.currentIndexChanged.connect(self.load)
        ui.newAmbassadorButton.clicked.connect(self.new_ambassador)
        ui.editAmbassadorButton.clicked.connect(self.edit_ambassador)
        ui.rosterTable.activated.connect(lambda _index: self.edit_ambassador())
        ui.importButton.clicked.connect(self.import_list)
        ui.printRosterButton.clicked.connect(self.print_roster)
        ui.printPersonalButton.clicked.connect(self.print_personal)
        ui.settingsButton.clicked.connect(self.edit_settings)
        ui.rosterTable.selectionModel().selectionChanged.connect(self.update_buttons)
        self.context.watch(self, AMBASSADOR_ROSTER, self.load)

    def ask_import_path(self) -> Path | None:
        """The file to import (tests replace it)."""
        return ask_import_file(self, self.tr("Import ambassadors"))

    # --- loading ----------------------------------------------------------

    def roster_filter(self) -> RosterFilter:
        ui = self.ui
        return RosterFilter(estate_id=ui.estateFilter.currentData(), language=ui.languageFilter.currentData(),
                            status=ui.statusFilter.currentData(), text=ui.searchEdit.text())

    def load(self) -> None:
        service = AmbassadorService(self.context.db, self.page.today, viewer=self.context.staff)
        flt = self.roster_filter()
        self.context.tasks.run(lambda: service.roster(flt), self._show, self.page.fail)

    def _show(self, rows: list[RosterRow]) -> None:
        self.model.set_rows(rows)
        count = self.model.total()
        self.ui.rosterCountLabel.setText(self.tr("1 ambassador") if count == 1
                                         else self.tr("%1 ambassadors").replace("%1", str(count)))
        self.update_buttons()

    def selected(self) -> RosterRow | None:
        return self.model.row_at(selected_row(self.ui.rosterTable))

    def update_buttons(self) -> None:
        ambassador = self.selected()
        self.ui.editAmbassadorButton.setEnabled(ambassador is not None)
        self.ui.printPersonalButton.setEnabled(ambassador is not None and not ambassador.anonymised)

    # --- actions ----------------------------------------------------------

    def new_ambassador(self) -> None:
        dialog = AmbassadorDialog(self.context, self.page.estates, parent=self.page)
        if self.page.exec_dialog(dialog) and dialog.saved:
            self.page.notice(self.tr("%1 is on the roster.").replace("%1", dialog.saved.name))
            self.load()

    def edit_ambassador(self) -> None:
        row = self.selected()
        if row is None:
            return
        service = AmbassadorService(self.context.db, self.page.today, viewer=self.context.staff)
        self.context.tasks.run(lambda: service.get(row.id), self._edit_loaded, self.page.fail)

    def _edit_loaded(self, detail: AmbassadorDetail) -> None:
        dialog = AmbassadorDialog(self.context, self.page.estates, detail, parent=self.page)
        if self.page.exec_dialog(dialog) and dialog.saved:
            self.page.notice(self.tr("The changes to %1 are saved.").replace("%1", dialog.saved.name))
            self.load()  # the other tabs watch the ambassadors' tables themselves

    def import_list(self) -> None:
        """Import an ambassador list on the worker; the import page shows progress, asks about duplicates and
        shows the same summary as `import ambassadors` on the command line."""
        from ...services.ambassadors.importer import import_ambassadors

        path = self.ask_import_path()
        if path is None:
            return
        db, today, actor_id = self.context.db, self.page.today, self.page.actor_id

        def run(policy: DuplicatePolicy, report: Progress) -> ImportResult:
            return import_ambassadors(db, path, today=today, actor_id=actor_id, duplicates=policy, progress=report)

        dialog = ImportDialog.replace(self.import_dialog, self.context.tasks, run, path,
                                      self.tr("Import ambassadors"), self.page)
        self.import_dialog = dialog
        dialog.open()
        dialog.start()

    def edit_settings(self) -> None:
        settings = self.page.settings
        dialog = AmbassadorSettingsDialog(self.context, settings.contact_deletion_days,
                                          settings.welcome_visit_due_days, parent=self.page)
        if self.page.exec_dialog(dialog) and dialog.saved:
            self.page.settings = dialog.saved
            self.page.notice(self.tr("The deadlines are saved."))

    def print_roster(self) -> None:
        from ...pdf.roster import write_roster_pdf

        db, flt, actor, today = self.context.db, self.roster_filter(), self.page.actor_id, self.page.today
        title = self.tr("Resident ambassadors")
        if self.ui.estateFilter.currentData():
            title += f" – {self.ui.estateFilter.currentText()}"
        self.page.print_made_pdf(f"ambassadører-{today.isoformat()}.pdf", lambda path: write_roster_pdf(
            path, printouts.roster_print(db, flt, title, today=today, actor_id=actor)))

    def print_personal(self) -> None:
        from ...pdf.roster import write_personal_schedule_pdf

        row = self.selected()
        if row is None:
            return
        db, actor, today, ambassador_id = self.context.db, self.page.actor_id, self.page.today, row.id
        self.page.print_made_pdf(f"vagtplan-{row.name}.pdf", lambda path: write_personal_schedule_pdf(
            path, printouts.personal_schedule_print(db, ambassador_id, today, today=today, actor_id=actor)))


__all__ = ["RosterTab"]
