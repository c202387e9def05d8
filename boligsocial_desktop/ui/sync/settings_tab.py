"""Indstillinger > Deling: the shared folder, the status of sharing, other PCs and odd files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QHeaderView, QMessageBox, QTableView, QWidget

from ...domain.danish import clock, long_date
from ...errors import AppError
from ...services import office_key
from ...services.office_key import KeyState
from ...sync.status import SyncStatus, check_share_folder
from ..context import AppContext
from ..forms.sync_settings_tab_ui import Ui_SyncSettingsTab
from ..status_colours import themed
from .conflicts_dialog import ConflictsDialog
from .controller import controller_for
from .models import PeersModel, ProblemsModel
from .office_key import CREATE, OfficeKeyBox
from .status_widget import needs_update, update_message


def _fit(table: QTableView, stretch: int) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()


class SyncSettingsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.controller = controller_for(context)
        self.ui = Ui_SyncSettingsTab()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(themed(self.ui.errorLabel.styleSheet()))  # dark mode: its variant
        self._peers_beside_problems()
        self.peers_model = PeersModel(self)
        self.problems_model = ProblemsModel(self)
        self.ui.peersTable.setModel(self.peers_model)
        self.ui.problemsTable.setModel(self.problems_model)
        _fit(self.ui.peersTable, 0)
        _fit(self.ui.problemsTable, 2)
        self.ui.chooseButton.clicked.connect(self.choose_folder)
        self.ui.stopButton.clicked.connect(self.controller.stop_sharing)
        self.ui.syncButton.clicked.connect(self.controller.sync_now)
        self.ui.conflictsButton.clicked.connect(self.show_conflicts)
        self.key_box = OfficeKeyBox(context, self.controller.folder, self)
        self.ui.layout.insertWidget(1, self.key_box)
        self._shown_folder = self.controller.folder()
        self.controller.status_changed.connect(self.show_status)
        self.controller.running_changed.connect(self.running_changed)  # a bound slot: disconnected with the tab
        self.controller.failed.connect(self.ui.errorLabel.setText)
        self.show_status(self.controller.status)
        if self.controller.status is None:
            self.controller.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("SyncSettingsTab", "Sharing")

    def ask_folder(self) -> str:
        """The folder dialog; tests replace this."""
        return QFileDialog.getExistingDirectory(
            self, self.tr("Choose the shared folder"), self.controller.folder() or ""
        )

    def ask_unsealed(self) -> str:
        """Before the first sharing of an office without a key: "create", "plain" or "" (cancel). Tests replace it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The office has no office key"),
                          self.tr("The office has no office key. If you share now, the changes, personal data "
                                  "included (ambassadors' phone numbers, welcome visits, advice visits), are put "
                                  "on the shared folder unencrypted, readable by anyone who can open it.\n\n"
                                  "Create an office key first, or share without one?"), parent=self)
        create = box.addButton(self.tr("Create office key first"), QMessageBox.ButtonRole.AcceptRole)
        plain = box.addButton(self.tr("Share without a key"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(create)
        box.exec()
        clicked = box.clickedButton()
        return "create" if clicked == create else "plain" if clicked == plain else ""

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if not folder:
            return
        self.ui.errorLabel.clear()

        def failed(exc: BaseException) -> None:
            self.ui.errorLabel.setText(exc.message if isinstance(exc, AppError) else str(exc))

        status = self.controller.status
        first = status is None or status.last_ok is None
        db = self.context.db
        location, store = office_key.key_location(db, folder), self.key_box.secret_store()

        def check() -> office_key.KeyStatus:
            check_share_folder(folder, db)  # a folder that cannot be used is refused before any question
            return office_key.key_status(location, store)

        def checked(key: office_key.KeyStatus) -> None:
            if first and key.state == KeyState.UNSEALED:
                choice = self.ask_unsealed()
                if choice == "create":
                    self.key_box.run(CREATE, lambda _s: self.controller.choose_folder(folder, failed), folder)
                    return
                if choice != "plain":
                    return
            self.controller.choose_folder(folder, failed)

        self.context.tasks.run(check, checked, failed)

    def show_conflicts(self) -> None:
        ConflictsDialog(self.context, self).exec()
        self.controller.refresh()

    def running_changed(self, _running: bool) -> None:
        self.show_status(self.controller.status)

    def show_status(self, status: SyncStatus | None) -> None:
        folder = self.controller.folder()
        if folder != self._shown_folder:
            self._shown_folder = folder
            self.key_box.refresh()
        self.ui.folderValue.setText(folder or self.tr("Not chosen"))
        self.ui.stopButton.setEnabled(bool(folder))
        self.ui.syncButton.setEnabled(bool(folder) and not self.controller.running)
        self.ui.syncButton.setText(self.tr("Sharing…") if self.controller.running else self.tr("&Share now"))
        if self.controller.error:
            self.ui.errorLabel.setText(self.controller.error)
        elif needs_update(status):
            self.ui.errorLabel.setText(update_message())
        else:
            self.ui.errorLabel.clear()
        if status is None:
            return
        if status.last_ok is not None:
            local = status.last_ok.astimezone()
            self.ui.lastValue.setText(f"{long_date(local.date())} {clock(local.time())}")
        else:
            self.ui.lastValue.setText(self.tr("Never"))
        self.ui.pendingValue.setText(QLocale().toString(status.pending_changes))
        self.ui.waitingValue.setText("\n".join(status.waiting) or self.tr("Nothing"))
        if status.open_conflicts:
            text = self.tr("%n open", "", status.open_conflicts)
            if status.conflicts_needing_decision:
                text += " " + self.tr("(%1 must be decided)").replace("%1", str(status.conflicts_needing_decision))
        else:
            text = self.tr("None")
        self.ui.conflictsValue.setText(text)
        self.ui.conflictsButton.setEnabled(status.open_conflicts > 0)
        self.peers_model.set_rows(list(status.peers))
        self.problems_model.set_rows(list(status.problems))


    def _peers_beside_problems(self) -> None:
        """The two lists side by side, so the tab fits a 1280×720 screen (stacked it needed 727 pixels)."""
        layout = self.ui.layout
        index = layout.indexOf(self.ui.peersGroup)
        row = QHBoxLayout()
        for group in (self.ui.peersGroup, self.ui.problemsGroup):
            layout.removeWidget(group)
            row.addWidget(group)
        layout.insertLayout(index, row, 1)


def add_sync_tab(page) -> SyncSettingsTab:
    """The settings page's hook: the Deling tab, last among its tabs."""
    tab = SyncSettingsTab(page.context, page)
    page.ui.tabs.addTab(tab, SyncSettingsTab.title())
    return tab
