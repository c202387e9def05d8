"""Indstillinger › Medarbejdere: add or edit a colleague (name, initials, role, PIN, Windows user)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import StaffRole
from ..errors import AppError
from ..services.staff import StaffInfo
from ..services.staff_admin import StaffAdminService, StaffInput
from .context import AppContext
from .dialogs import role_label
from .form_fields import fit_fields
from .status_colours import themed
from .unsaved import GuardedDialog

ERROR_STYLE = "color: #b00020;"


class StaffDialog(GuardedDialog):
    """A new colleague (`member` None) or an existing one; saves through the admin service."""

    def __init__(self, context: AppContext, member: StaffInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.member = context, member
        self.saved: StaffInfo | None = None
        self.setWindowTitle(self.tr("New colleague") if member is None else self.tr("Edit colleague"))
        self.setMinimumWidth(440)
        self.name_edit, self.initials_edit = QLineEdit(), QLineEdit()
        self.name_edit.setMaxLength(120)
        self.initials_edit.setMaxLength(10)
        self.role_combo = QComboBox()
        for role in StaffRole:
            self.role_combo.addItem(role_label(role), role.value)
        self.windows_edit = QLineEdit()
        self.windows_edit.setMaxLength(120)
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.clear_pin_check = QCheckBox(self.tr("Remo&ve the PIN"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        rows = ((self.tr("&Name:"), self.name_edit), (self.tr("&Initials:"), self.initials_edit),
                (self.tr("&Role:"), self.role_combo), (self.tr("&Windows user:"), self.windows_edit),
                (self.tr("&PIN:") if member is None else self.tr("New &PIN:"), self.pin_edit))
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        if member is not None:
            form.addRow("", self.clear_pin_check)
            self.pin_edit.setPlaceholderText(self.tr("Empty: keep the PIN"))
        self.clear_pin_check.setVisible(member is not None and member.has_pin)
        self.windows_edit.setToolTip(self.tr("The Windows user name that signs this colleague in by itself."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fit_fields(self)
        self.fields = {"name": self.name_edit, "initials": self.initials_edit, "role": self.role_combo,
                       "pin": self.pin_edit, "os_username": self.windows_edit}
        if member is not None:
            self.name_edit.setText(member.name)
            self.initials_edit.setText(member.initials or "")
            self.role_combo.setCurrentIndex(self.role_combo.findData(member.role.value))
            self.windows_edit.setText(member.os_username or "")
        else:
            self.role_combo.setCurrentIndex(self.role_combo.findData(StaffRole.COORDINATOR.value))
        self.remember_input()

    def input(self) -> StaffInput:
        return StaffInput(self.name_edit.text(), self.role_combo.currentData(), self.initials_edit.text(),
                          self.windows_edit.text(), self.pin_edit.text() or None, self.clear_pin_check.isChecked())

    def _save(self) -> None:
        data, service = self.input(), StaffAdminService(self.context.db)
        actor = self.context.staff.id if self.context.staff else None
        member = self.member
        if member is None:
            def work():
                return service.create(data, actor_id=actor)
        else:
            def work():
                return service.update(member.id, data, actor_id=actor)
        self.context.tasks.run(work, self._saved, self._failed)

    def _saved(self, info: StaffInfo) -> None:
        self.saved = info
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self.error_label.setText(exc.message)
        self.error_label.setStyleSheet(themed(ERROR_STYLE))
        field = self.fields.get(getattr(exc, "field", None) or "")
        if field is not None:
            field.setFocus()
