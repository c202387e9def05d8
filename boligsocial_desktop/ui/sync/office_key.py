"""Indstillinger › Deling › Kontornøgle: whether the share is sealed, and the administrator's three actions.

"Opret kontornøgle" (the first PC), "Tilslut denne pc" (every other PC) and "Skift adgangsfrase" call
the same code as the `key` command, on the background worker with a busy bar (scrypt takes a moment).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import StaffRole
from ...errors import AppError
from ...services import office_key
from ...services.office_key import KeyState, KeyStatus, this_pcs_secret_store
from ..context import AppContext
from ..status_colours import themed

if TYPE_CHECKING:
    from ...crypto import SecretStore

ERROR_STYLE = "color: #b00020;"
CREATE, JOIN, CHANGE = "create", "join", "change"


class PassphraseDialog(QDialog):
    """The passphrase (typed twice when it is new). Nothing is checked here; the service checks it."""

    def __init__(self, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        titles = {CREATE: self.tr("Create office key"), JOIN: self.tr("Connect this PC"),
                  CHANGE: self.tr("Change passphrase")}
        intros = {
            CREATE: self.tr("Choose a passphrase of at least 12 characters, for example several words in a row. "
                            "Every other PC is connected with it. Write it down and keep it safe: without it no "
                            "new PC can read the shared data."),
            JOIN: self.tr("Type the office's passphrase. This PC then keeps the key itself, so sharing runs "
                          "without anyone typing it again."),
            CHANGE: self.tr("Type the new passphrase twice. PCs that already have the key go on as before; new "
                            "PCs are connected with the new passphrase."),
        }
        self.setWindowTitle(titles[kind])
        self.setMinimumWidth(460)
        intro = QLabel(intros[kind])
        intro.setWordWrap(True)
        self.passphrase_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        form = QFormLayout()
        label = QLabel(self.tr("&New passphrase:") if kind == CHANGE else self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase_edit)
        form.addRow(label, self.passphrase_edit)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        if kind != JOIN:
            repeat_label = QLabel(self.tr("&Repeat:"))
            repeat_label.setBuddy(self.repeat_edit)
            form.addRow(repeat_label, self.repeat_edit)
            self.repeat_edit.setAccessibleName(self.tr("Repeat passphrase"))
        else:
            self.repeat_edit.hide()
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        text = self.passphrase_edit.text()
        return text, self.repeat_edit.text() if self.repeat_edit.isVisibleTo(self) else text


class OfficeKeyBox(QGroupBox):
    """The key's state in plain words and the three buttons (administrators only)."""

    status_changed = Signal(object)  # KeyStatus

    def __init__(self, context: AppContext, folder, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.folder = context, folder  # folder(): the chosen share folder or None
        self.status: KeyStatus | None = None
        self.setTitle(self.tr("Office key"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create office key…"))
        self.join_button = QPushButton(self.tr("Connect th&is PC…"))
        self.change_button = QPushButton(self.tr("Change &passphrase…"))
        for button, name in ((self.create_button, self.tr("Create office key")),
                             (self.join_button, self.tr("Connect this PC")),
                             (self.change_button, self.tr("Change passphrase"))):
            button.setAccessibleName(name)
        self.create_button.clicked.connect(lambda: self.run(CREATE))
        self.join_button.clicked.connect(lambda: self.run(JOIN))
        self.change_button.clicked.connect(lambda: self.run(CHANGE))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Office key progress"))
        self.progress.hide()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.join_button, self.change_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        context.signals.staff_changed.connect(lambda _staff: self._update_buttons())
        self.refresh()

    # --- seams for tests ----------------------------------------------------------------

    def secret_store(self) -> SecretStore:
        return this_pcs_secret_store()

    def ask_passphrase(self, kind: str) -> tuple[str, str] | None:
        dialog = PassphraseDialog(kind, self)
        return dialog.values() if dialog.exec() else None

    # --- state --------------------------------------------------------------------------

    def location(self, folder: str | None = None):
        return office_key.key_location(self.context.db, folder or self.folder())

    def refresh(self) -> None:
        location, store = self.location(), self.secret_store()
        self.context.tasks.run(lambda: office_key.key_status(location, store), self.show_status,
                               lambda exc: self._failed(exc))

    def show_status(self, status: KeyStatus) -> None:
        self.status = status
        texts = {
            KeyState.NO_FOLDER: self.tr("No shared folder is chosen, so nothing leaves this PC."),
            KeyState.UNSEALED: self.tr("The share is NOT sealed: the office has no office key, so the changes "
                                       "on the shared folder, personal data included, can be read by anyone who "
                                       "can open the folder. Create an office key to encrypt them."),
            KeyState.SEALED: self.tr("The share is sealed: everything this office puts on the shared folder is "
                                     "encrypted with the office key, and this PC has the key."),
            KeyState.NOT_JOINED: self.tr("The share is sealed with an office key, but this PC does not have it "
                                         "yet, so it cannot share. Connect this PC with the passphrase."),
        }
        self.state_label.setText(texts[status.state])
        warn = status.state in (KeyState.UNSEALED, KeyState.NOT_JOINED)
        self.state_label.setStyleSheet(themed(ERROR_STYLE if warn else ""))
        self._update_buttons()
        self.status_changed.emit(status)

    def _update_buttons(self) -> None:
        staff = self.context.staff
        admin = staff is not None and staff.role == StaffRole.ADMINISTRATOR
        state = self.status.state if self.status else None
        busy = self.progress.isVisible()
        self.create_button.setEnabled(admin and not busy and state == KeyState.UNSEALED)
        self.join_button.setEnabled(admin and not busy and state == KeyState.NOT_JOINED)
        self.change_button.setEnabled(admin and not busy and state == KeyState.SEALED)
        hint = "" if admin else self.tr("Only an administrator can do this.")
        for button in (self.create_button, self.join_button, self.change_button):
            button.setToolTip(hint)

    # --- actions ------------------------------------------------------------------------

    def run(self, kind: str, on_done=None, folder: str | None = None) -> None:
        """Ask for the passphrase and do `kind`; `folder` is a share not yet saved (the first-sync warning)."""
        answer = self.ask_passphrase(kind)
        if answer is None:
            return
        passphrase, repeated = answer
        location, store, actor = self.location(folder), self.secret_store(), self.context.staff
        work = {
            CREATE: lambda report: office_key.create_key(location, passphrase, repeated, store, actor, report),
            JOIN: lambda report: office_key.join_pc(location, passphrase, store, actor, report),
            CHANGE: lambda report: office_key.change_passphrase(location, passphrase, repeated, store, actor,
                                                                report),
        }[kind]
        done_texts = {CREATE: self.tr("The office key is created. Write the passphrase down and keep it safe; "
                                      "connect the other PCs with it."),
                      JOIN: self.tr("This PC now has the office key."),
                      CHANGE: self.tr("The passphrase is changed. Connect new PCs with the new one.")}
        self.message_label.clear()
        self.progress.setRange(0, 0)  # busy until the first step is reported
        self.progress.show()
        self._update_buttons()

        def done(status: KeyStatus) -> None:
            self.progress.hide()
            self.message_label.setStyleSheet("")
            self.message_label.setText(done_texts[kind])
            self.show_status(status)
            if on_done:
                on_done(status)

        self.context.tasks.run(work, done, self._failed, progress=self._progressed)

    def _progressed(self, percent: int, text: str) -> None:
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)
        self.progress.setFormat(text)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.message_label.setText(exc.message if isinstance(exc, AppError) else str(exc))
        self.message_label.setStyleSheet(themed(ERROR_STYLE))
        self._update_buttons()
