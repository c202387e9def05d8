"""Tilmeldinger: sign up participants, see the waiting list move up, tick off who came (signups_ticks).

Keyboard first: the new-participant form is filled top to bottom and Enter signs up; on the
tick-off tab the list has the focus, typing filters the names, Space ticks the current name,
Backspace and Esc edit or clear the filter. Every tick is saved at once (on the worker), and the
session's headcount follows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QPushButton, QTableWidgetItem, QWidget

from ...domain.danish import short_date
from ...domain.enums import ConsentKind, Gender
from ...domain.vocabulary import AGE_BANDS
from ...errors import AppError
from ...services.signups import retention
from ...services.signups.common import ParticipantInput, language_text
from ...services.signups.printouts import SignupPrintouts
from ...services.signups.roster import SignupOverview, SignupRow, SignupService
from .. import clock
from ..context import AppContext
from ..forms.calendar_signups_dialog_ui import Ui_SignupsDialog
from ..status_colours import themed
from .activity_dialog import ERROR_STYLE
from .signups_ticks import TickOffTab

OK_STYLE = "color: #1b6e2a;"


class SignupsDialog(QDialog):
    def __init__(self, context: AppContext, activity_id: str, parent: QWidget | None = None,
                 session_id: str | None = None, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self.activity_id = activity_id
        self.today = today or clock.today()
        self.signups = SignupService(context.db)
        self.overview: SignupOverview | None = None
        self.ui = Ui_SignupsDialog()
        self.ui.setupUi(self)
        self.gender_labels = {Gender.FEMALE.value: self.tr("Female"), Gender.MALE.value: self.tr("Male"),
                              Gender.OTHER.value: self.tr("Other"), Gender.UNKNOWN.value: self.tr("Unknown")}
        for combo in (self.ui.ageCombo, self.ui.extraBandCombo):
            for band in AGE_BANDS:
                combo.addItem(self.tr("%1 years").replace("%1", band), band)
        for combo in (self.ui.genderCombo, self.ui.extraGenderCombo):
            for value, label in self.gender_labels.items():
                combo.addItem(label, value)
        self.ui.consentCombo.addItem(self.tr("No consent: no contact data"), None)
        self.ui.consentCombo.addItem(self.tr("Oral consent"), ConsentKind.ORAL.value)
        self.ui.consentCombo.addItem(self.tr("Written consent"), ConsentKind.WRITTEN.value)
        headers = [self.tr("Name"), self.tr("Age"), self.tr("Gender"), self.tr("Language"), self.tr("Contact")]
        for table in (self.ui.signedUpTable, self.ui.waitingTable):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.ui.signUpButton.clicked.connect(self.sign_up)
        self.ui.cancelSignupButton.clicked.connect(self.cancel_selected)
        signed, waiting = self.ui.signedUpTable, self.ui.waitingTable
        signed.itemSelectionChanged.connect(lambda: self._only_one_selection(signed, waiting))
        waiting.itemSelectionChanged.connect(lambda: self._only_one_selection(waiting, signed))
        self.ui.capacityButton.clicked.connect(self.save_capacity)
        self.ui.importButton.clicked.connect(self.import_list)
        self.ui.deadlineButton.clicked.connect(self.save_deadline)
        self.tick_off = TickOffTab(context, self.ui, activity_id, self.today, session_id, self._say, self._failed, self)
        self.ui.printSheetButton.clicked.connect(self.print_sheet)
        self.ui.printMonthButton.clicked.connect(self.print_month)
        self.ui.closeButton.clicked.connect(self.accept)
        for button in self.findChildren(QPushButton):  # Enter belongs to the field it is typed in
            button.setAutoDefault(False)
            button.setDefault(False)
        self._signing_up = False  # Enter pressed twice signs up once
        for edit in (self.ui.nameEdit, self.ui.householdEdit, self.ui.languageEdit, self.ui.phoneEdit,
                     self.ui.emailEdit):
            edit.returnPressed.connect(self.sign_up)
        self.load()
        if session_id:
            self.ui.tabs.setCurrentWidget(self.ui.ticksTab)

    # --- sign-ups -----------------------------------------------------------------------

    def load(self) -> None:
        service, activity_id, actor = self.signups, self.activity_id, self.context.staff
        self.context.tasks.run(lambda: service.overview(activity_id, actor), self._show_overview, self._failed)
        self.tick_off.load()
        db = self.context.db
        self.context.tasks.run(lambda: retention.get_deadline(db), self.ui.deadlineSpin.setValue, self._failed)

    def _show_overview(self, overview: SignupOverview) -> None:
        self.overview = overview
        self.setWindowTitle(self.tr("Sign-ups – %1").replace("%1", overview.title))
        if overview.capacity is None:
            seats = self.tr("%1 signed up, no limit on seats").replace("%1", str(len(overview.signed_up)))
        else:
            seats = (self.tr("%1 of %2 seats taken · %3 free · %4 on the waiting list")
                     .replace("%1", str(len(overview.signed_up))).replace("%2", str(overview.capacity))
                     .replace("%3", str(overview.seats_left)).replace("%4", str(len(overview.waiting))))
        self.ui.headingLabel.setText(f"<h3>{_escape(overview.title)}</h3>{short_date(overview.start_date)} – "
                                     f"{short_date(overview.end_date)} · {seats}")
        self._fill(self.ui.signedUpTable, overview.signed_up)
        self._fill(self.ui.waitingTable, overview.waiting)
        self.ui.capacitySpin.setValue(overview.capacity or 0)

    def _fill(self, table, rows: tuple[SignupRow, ...]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = f"{row.position}. {row.name}" if row.position else row.name
            if row.moved_up:
                name += " " + self.tr("(moved up)")
            values = (name, row.age_band or "", self.gender_labels.get(row.gender, row.gender),
                      language_text(row.language), row.contact)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.signup_id)
                table.setItem(r, c, item)

    def current_input(self) -> ParticipantInput:
        ui = self.ui
        return ParticipantInput(ui.nameEdit.text(), ui.ageCombo.currentData(), ui.genderCombo.currentData(),
                                ui.languageEdit.text() or None, ui.householdEdit.text() or None,
                                ui.phoneEdit.text() or None, ui.emailEdit.text() or None,
                                ui.consentCombo.currentData())

    def sign_up(self) -> None:
        if self._signing_up:
            return
        self._signing_up = True
        data, service, activity_id, actor = self.current_input(), self.signups, self.activity_id, self.context.staff

        def failed(exc: BaseException) -> None:
            self._signing_up = False
            self._failed(exc)

        def done(result) -> None:
            self._signing_up = False
            if result.position:
                text = self.tr("%1 is number %2 on the waiting list.").replace("%1", data.name.strip()) \
                    .replace("%2", str(result.position))
            else:
                text = self.tr("%1 is signed up.").replace("%1", data.name.strip())
            self._say(text)
            for edit in (self.ui.nameEdit, self.ui.phoneEdit, self.ui.emailEdit):
                edit.clear()
            self.ui.consentCombo.setCurrentIndex(0)
            self.ui.nameEdit.setFocus()
            self.load()

        self.context.tasks.run(lambda: service.sign_up(activity_id, data, actor), done, failed)

    def selected_signup(self) -> str | None:
        """The sign-up chosen in either list (choosing in one list clears the other)."""
        for table in (self.ui.signedUpTable, self.ui.waitingTable):
            items = table.selectedItems()
            if items:
                return items[0].data(Qt.ItemDataRole.UserRole)
        return None

    def _only_one_selection(self, chosen, other) -> None:
        if chosen.selectedItems():
            other.clearSelection()

    def cancel_selected(self) -> None:
        signup_id = self.selected_signup()
        if signup_id is None:
            self._say(self.tr("Choose the sign-up to cancel in one of the lists first."), error=True)
            return
        service, actor = self.signups, self.context.staff

        def done(result) -> None:
            if result.moved_up:
                self._say(self.tr("Cancelled. Moved up from the waiting list: %1. Remember to tell them.")
                          .replace("%1", ", ".join(result.moved_up)))
            else:
                self._say(self.tr("Cancelled."))
            self.load()

        self.context.tasks.run(lambda: service.cancel(signup_id, actor), done, self._failed)

    def import_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a participant list"), "",
                                              self.tr("Lists (*.csv *.xlsx *.txt)"))
        if not path:
            return
        db, activity_id, actor = self.context.db, self.activity_id, self.context.staff

        def work():
            from ...services.signups.importing import import_participants

            return import_participants(db, activity_id, Path(path), actor)

        def done(result) -> None:
            self._say(self.tr("%1 signed up, %2 on the waiting list, %3 were there already.")
                      .replace("%1", str(result.signed_up)).replace("%2", str(result.waiting))
                      .replace("%3", str(result.skipped)) + "".join("\n" + line for line in result.notes()))
            self.load()

        def failed(exc: BaseException) -> None:
            problems = getattr(exc, "problems", None)
            if isinstance(exc, AppError) and problems:
                self._say(exc.message + "\n" + "\n".join(problems[:8]), error=True)
                return
            self._failed(exc)

        self.context.tasks.run(work, done, failed)

    def save_capacity(self) -> None:
        seats = self.ui.capacitySpin.value() or None
        service, activity_id, actor = self.signups, self.activity_id, self.context.staff

        def done(result) -> None:
            moved = (self.tr(" Moved up from the waiting list: %1.").replace("%1", ", ".join(result.moved_up))
                     if result.moved_up else "")
            self._say(self.tr("Seats saved.") + moved)
            self.load()

        self.context.tasks.run(lambda: service.set_capacity(activity_id, seats, actor), done, self._failed)

    def save_deadline(self) -> None:
        months, db, actor = self.ui.deadlineSpin.value(), self.context.db, self.context.staff
        self.context.tasks.run(lambda: retention.set_deadline(db, actor, months),
                               lambda _: self._say(self.tr("Deletion deadline saved for the whole office.")),
                               self._failed)

    # --- print --------------------------------------------------------------------------

    def _save_pdf(self, title: str, name: str, make) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, self.tr("PDF files (*.pdf)"))
        if not path:
            return

        def write() -> str:
            from ...services.atomic_write import write_atomically

            write_atomically(Path(path), make())
            return path

        self.context.tasks.run(write, lambda saved: self._say(self.tr("Saved: %1").replace("%1", saved)),
                               self._failed)

    def print_sheet(self) -> None:
        printouts, activity_id, actor = SignupPrintouts(self.context.db), self.activity_id, self.context.staff
        title = self.overview.title if self.overview else "tilmelding"
        self._save_pdf(self.tr("Save sign-up sheet"), self.tr("Sign-up %1.pdf").replace("%1", title),
                       lambda: printouts.signup_sheet_pdf(activity_id, actor))

    def print_month(self) -> None:
        day = self.today
        if self.tick_off.tick_list is not None:
            day = self.tick_off.tick_list.day
        printouts, activity_id, actor = SignupPrintouts(self.context.db), self.activity_id, self.context.staff
        title = self.overview.title if self.overview else "afkrydsning"
        self._save_pdf(self.tr("Save the month's tick list"),
                       self.tr("Tick list %1 %2.pdf").replace("%1", title).replace("%2", f"{day:%Y-%m}"),
                       lambda: printouts.month_tick_sheet_pdf(activity_id, day.year, day.month, actor))

    # --- messages -----------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(themed(ERROR_STYLE if error else OK_STYLE))

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self._say(exc.message, error=True)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

