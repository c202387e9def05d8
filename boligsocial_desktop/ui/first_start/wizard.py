"""Velkommen: the short first-start wizard on a database without staff.

Pages: demo data or an empty database, this PC's office (an estate, created here if the
database has none), the office's community house and its rooms (asked only when the chosen
estate has no house yet), the first staff member (this PC's Windows user), and optionally the
shared folder (`Settings.share_dir`, which the sync feature reads). Each answer is saved when
its page is left, so nothing is asked again on the next start: staff linked to this user
skip the wizard, and `Settings.first_start_done` hides the empty-database banner.

The small writes (one estate, one house with its rooms, one staff member) run directly, like the sign-in dialog
that came before the main window; loading the demo data runs on the task runner with a
progress dialog that can cancel it (the demo is one transaction, so a cancel leaves the
database empty).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLabel, QProgressDialog, QWidget, QWizard

from ...domain.enums import StaffRole
from ...errors import AppError
from ...services.office import FirstHouse, create_house_with_rooms, database_is_empty
from ...services.places import PlacesService
from ...services.staff import StaffInfo, StaffService
from ...settings import Settings
from ..dialogs import role_label
from ..forms.first_start_wizard_ui import Ui_FirstStartWizard
from ..tasks import ImmediateTaskRunner, TaskRunner

if TYPE_CHECKING:
    from ...demo.generator import DemoSize
    from ...storage.engine import Database

DATA_PAGE, OFFICE_PAGE, HOUSE_PAGE, STAFF_PAGE, SHARE_PAGE = range(5)
DEMO_SIZE: DemoSize = "small"


class DemoCancelled(Exception):
    pass


def _show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setStyleSheet("color: palette(highlight); font-weight: bold;")


class FirstStartWizard(QWizard):
    def __init__(self, db: Database, tasks: TaskRunner | ImmediateTaskRunner, os_username: str,
                 settings: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstStartWizard()
        self.ui.setupUi(self)
        self.db, self.tasks, self.os_username = db, tasks, os_username
        self.settings = settings or Settings()
        self.places = PlacesService(db)
        self.staff_service = StaffService(db)
        self.staff: StaffInfo | None = None
        self.estate_id: str | None = None
        self.house: FirstHouse | None = None
        self._estate_has_house = False
        self.demo_loaded = False
        self._validating = False
        self._cancel_demo = threading.Event()
        self._progress: QProgressDialog | None = None
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        for role in StaffRole:
            self.ui.roleCombo.addItem(role_label(role), role)
        self.ui.roleCombo.setCurrentIndex(self.ui.roleCombo.findData(StaffRole.COORDINATOR)
                                          if self.ui.roleCombo.findData(StaffRole.COORDINATOR) >= 0 else 0)
        self.ui.browseButton.clicked.connect(self.browse_share)
        self.ui.addRoomButton.clicked.connect(self.add_room_line)
        self.ui.roomsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.roomsTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.estateNameEdit.textEdited.connect(lambda _t: self.ui.newEstateRadio.setChecked(True))
        self.ui.estateCombo.activated.connect(lambda _i: self.ui.existingEstateRadio.setChecked(True))
        self.currentIdChanged.connect(self._entered)
        if self.settings.share_dir:
            self.ui.shareEdit.setText(str(self.settings.share_dir))
        if not database_is_empty(db):
            self.ui.emptyRadio.setEnabled(False)
            self.ui.demoRadio.setEnabled(False)
            self.ui.dataNote.setText(self.tr("The database already holds data, so you start with that."))

    # --- moving between pages --------------------------------------------------------------

    def _entered(self, page_id: int) -> None:
        if page_id == OFFICE_PAGE:
            self._fill_estates()
        elif page_id == HOUSE_PAGE:
            self.ui.houseNameEdit.setFocus()
        elif page_id == STAFF_PAGE:
            self.ui.nameEdit.setFocus()

    def nextId(self) -> int:
        """The house page only when the chosen estate has no community house yet (not after demo data)."""
        following = super().nextId()
        if following == HOUSE_PAGE and self._estate_has_house:
            return STAFF_PAGE
        return following

    def validateCurrentPage(self) -> bool:
        self._validating = True
        try:
            page = self.currentId()
            if page == DATA_PAGE:
                return self._leave_data_page()
            if page == OFFICE_PAGE:
                return self._leave_office_page()
            if page == HOUSE_PAGE:
                return self._leave_house_page()
            if page == STAFF_PAGE:
                return self._leave_staff_page()
            if page == SHARE_PAGE:
                return self._leave_share_page()
            return True
        finally:
            self._validating = False

    def _leave_data_page(self) -> bool:
        wants_demo = self.ui.demoRadio.isChecked() and self.ui.demoRadio.isEnabled()
        if not wants_demo or self.demo_loaded:
            return True
        self.load_demo()
        return self.demo_loaded  # True at once with the synchronous runner of the tests

    def load_demo(self) -> None:
        from ...services.office import fill_with_demo_data

        self._cancel_demo.clear()
        progress = QProgressDialog(self.tr("Loading demo data…"), self.tr("Cancel"), 0, 100, self)
        progress.setWindowTitle(self.tr("Demo data"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(self._cancel_demo.set)
        progress.setValue(0)
        self._progress = progress
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)
        db, cancel = self.db, self._cancel_demo

        def work(report) -> None:
            def checked_report(percent: int, text: str) -> None:
                if cancel.is_set():
                    raise DemoCancelled()
                report(percent, text)

            fill_with_demo_data(db, DEMO_SIZE, progress=checked_report)

        def show_progress(percent: int, text: str) -> None:
            progress.setValue(percent)
            progress.setLabelText(text)

        self.tasks.run(work, self._demo_done, self._demo_failed, progress=show_progress)

    def _finish_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self.button(QWizard.WizardButton.NextButton).setEnabled(True)

    def _demo_done(self, _summary) -> None:
        self._finish_progress()
        self.demo_loaded = True
        self.ui.demoRadio.setEnabled(False)
        self.ui.emptyRadio.setEnabled(False)
        self.ui.dataNote.setText(self.tr("The demo data is loaded."))
        if not self._validating:
            QTimer.singleShot(0, self.next)

    def _demo_failed(self, exc: BaseException) -> None:
        self._finish_progress()
        if isinstance(exc, DemoCancelled):
            self.ui.dataNote.setText(self.tr("Loading the demo data was cancelled. The database is still empty."))
            return
        message = exc.message if isinstance(exc, AppError) else str(exc)
        _show_error(self.ui.dataNote, self.tr("The demo data could not be loaded: %1").replace("%1", message))

    def _fill_estates(self) -> None:
        estates = self.places.estates()
        combo = self.ui.estateCombo
        combo.clear()
        for estate in estates:
            combo.addItem(estate.name, estate.id)
        has_estates = bool(estates)
        for widget in (self.ui.existingEstateRadio, self.ui.estateCombo):
            widget.setVisible(has_estates)
        self.ui.newEstateRadio.setVisible(has_estates)
        wanted = self.estate_id or self.settings.home_estate_id
        if wanted and combo.findData(wanted) >= 0:
            combo.setCurrentIndex(combo.findData(wanted))
        if has_estates:
            self.ui.existingEstateRadio.setChecked(True)
            combo.setFocus()
        else:
            self.ui.newEstateRadio.setChecked(True)
            self.ui.estateNameEdit.setFocus()

    def _leave_office_page(self) -> bool:
        self.ui.officeError.clear()
        if self.ui.existingEstateRadio.isVisible() and self.ui.existingEstateRadio.isChecked():
            self.estate_id = self.ui.estateCombo.currentData()
            self.settings.home_estate_id = self.estate_id
            self._estate_has_house = bool(self.estate_id and self.places.houses(self.estate_id))
            return self.estate_id is not None
        try:
            estate = self.places.create_estate(self.ui.estateNameEdit.text(), self.ui.estateAddressEdit.text() or None)
        except AppError as exc:
            _show_error(self.ui.officeError, exc.message)
            self.ui.estateNameEdit.setFocus()
            return False
        self.estate_id = estate.id
        self.settings.home_estate_id = estate.id
        self._estate_has_house = False
        self.ui.estateNameEdit.clear()
        self.ui.estateAddressEdit.clear()
        return True

    def add_room_line(self) -> None:
        table = self.ui.roomsTable
        table.insertRow(table.rowCount())
        table.setCurrentCell(table.rowCount() - 1, 0)
        table.setFocus()

    def room_lines(self) -> list[tuple[str, str]]:
        table = self.ui.roomsTable
        table.setCurrentCell(-1, -1)  # an open editor commits its text first

        def cell(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        return [(cell(row, 0), cell(row, 1)) for row in range(table.rowCount())]

    def _leave_house_page(self) -> bool:
        if self.house is not None:
            return True
        self.ui.houseError.clear()
        if self.estate_id is None:  # the office page chose or created the estate first
            return False
        try:
            self.house = create_house_with_rooms(self.db, self.estate_id, self.ui.houseNameEdit.text(),
                                                 self.ui.houseAddressEdit.text(), self.room_lines())
        except AppError as exc:
            _show_error(self.ui.houseError, exc.message)
            field = getattr(exc, "field", None)
            (self.ui.roomsTable if field == "rooms" else self.ui.houseNameEdit).setFocus()
            return False
        for widget in (self.ui.houseNameEdit, self.ui.houseAddressEdit, self.ui.roomsTable, self.ui.addRoomButton):
            widget.setEnabled(False)
        rooms = len(self.house.rooms)
        self.ui.houseError.setStyleSheet("")  # a confirmation, not an error
        self.ui.houseError.setText((self.tr("%1 is created with 1 room.") if rooms == 1 else
                                    self.tr("%1 is created with %2 rooms.")).replace("%1", self.house.name)
                                   .replace("%2", str(rooms)))
        self._estate_has_house = True
        return True

    def _leave_staff_page(self) -> bool:
        if self.staff is not None:
            return True
        self.ui.staffError.clear()
        try:
            pin = self.ui.pinEdit.text() or None
            self.staff = self.staff_service.create(
                self.ui.nameEdit.text(), self.ui.roleCombo.currentData(), initials=self.ui.initialsEdit.text(),
                os_username=self.os_username, pin=pin)
            if self.staff.is_adviser:  # signed in with the PIN: opens the advisers' key (and keeps it for next time)
                self.staff = self.staff_service.sign_in(self.staff.id, pin)
        except AppError as exc:
            _show_error(self.ui.staffError, exc.message)
            field = {"name": self.ui.nameEdit, "pin": self.ui.pinEdit, "initials": self.ui.initialsEdit}
            field.get(getattr(exc, "field", None) or "name", self.ui.nameEdit).setFocus()
            return False
        for widget in (self.ui.nameEdit, self.ui.initialsEdit, self.ui.roleCombo, self.ui.pinEdit):
            widget.setEnabled(False)
        self.ui.staffError.setText(self.tr("%1 is created.").replace("%1", self.staff.name))
        return True

    def browse_share(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Shared folder"), self.ui.shareEdit.text())
        if chosen:
            self.ui.shareEdit.setText(str(Path(chosen)))

    def _leave_share_page(self) -> bool:
        text = self.ui.shareEdit.text().strip()
        if text and not Path(text).is_dir():
            _show_error(self.ui.shareError, self.tr("The folder %1 cannot be found. Choose a folder that exists, "
                                                    "or leave the field empty.").replace("%1", text))
            return False
        self.settings.share_dir = Path(text) if text else None
        self.settings.first_start_done = True
        self.settings.sync()
        return True
