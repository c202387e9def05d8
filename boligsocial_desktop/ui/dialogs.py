"""Who is working: pick or create the staff member for this PC, switch user, set a PIN."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QWidget

from ..domain.enums import StaffRole
from ..errors import AppError
from ..services.staff import StaffInfo, StaffService
from .forms.new_staff_dialog_ui import Ui_NewStaffDialog
from .forms.sign_in_dialog_ui import Ui_SignInDialog
from .status_colours import themed


def sorted_by_name(staff: list[StaffInfo]) -> list[StaffInfo]:
    collator = QCollator(QLocale())
    return sorted(staff, key=lambda s: collator.sortKey(s.name))


def role_label(role: StaffRole) -> str:
    names = {
        StaffRole.COORDINATOR: QCoreApplication.translate("Roles", "Coordinator"),
        StaffRole.ADVISER: QCoreApplication.translate("Roles", "Adviser"),
        StaffRole.HELPER: QCoreApplication.translate("Roles", "Student helper"),
        StaffRole.ADMINISTRATOR: QCoreApplication.translate("Roles", "Administrator"),
    }
    return names[role]


def _show_error(label, exc: AppError) -> None:
    label.setText(exc.message)
    label.setStyleSheet(themed("color: #b00020;"))


class SignInDialog(QDialog):
    """Choose a staff member (with PIN when they have one); the result is `self.staff`."""

    def __init__(self, service: StaffService, os_username: str, parent: QWidget | None = None,
                 remember_default: bool = False, preselect_id: str | None = None):
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.service = service
        self.os_username = os_username
        self.staff: StaffInfo | None = None
        self._members = {member.id: member for member in service.list_staff()}
        for member in sorted_by_name(list(self._members.values())):
            self.ui.staffCombo.addItem(f"{member.name} ({role_label(member.role)})", member.id)
        self.ui.rememberCheck.setChecked(remember_default)
        if preselect_id is not None and self.ui.staffCombo.findData(preselect_id) >= 0:
            self.ui.staffCombo.setCurrentIndex(self.ui.staffCombo.findData(preselect_id))
        self.ui.staffCombo.currentIndexChanged.connect(self._update_pin_field)
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._update_pin_field()

    def _selected(self) -> StaffInfo | None:
        return self._members.get(self.ui.staffCombo.currentData())

    @staticmethod
    def _must_choose_pin(member: StaffInfo | None) -> bool:
        """An adviser or administrator from before PINs were required: they choose one now."""
        return member is not None and member.is_adviser and not member.has_pin

    def _update_pin_field(self) -> None:
        member = self._selected()
        choose = self._must_choose_pin(member)
        needs_pin = bool(member and (member.has_pin or choose))
        self.ui.pinEdit.setEnabled(needs_pin)
        self.ui.pinLabel.setEnabled(needs_pin)
        self.ui.pinLabel.setText(self.tr("Choose a new &PIN:") if choose else self.tr("&PIN:"))
        self.ui.pinEdit.clear()
        self.ui.errorLabel.clear()
        self.ui.errorLabel.setStyleSheet("")
        if choose:
            self.ui.errorLabel.setText(self.tr("Advisers and administrators must have a PIN, because they can read "
                                               "notes and named cases. Choose one (4 to 8 digits) to sign in."))

    def _accept(self) -> None:
        member = self._selected()
        if member is None:
            return
        try:
            if self._must_choose_pin(member):
                self.staff = self.service.sign_in_with_new_pin(member.id, self.ui.pinEdit.text())
            else:
                self.staff = self.service.sign_in(member.id, self.ui.pinEdit.text() or None)
            if self.ui.rememberCheck.isChecked():
                self.staff = self.service.link_os_user(member.id, self.os_username)
        except AppError as exc:
            _show_error(self.ui.errorLabel, exc)
            self.ui.pinEdit.selectAll()
            self.ui.pinEdit.setFocus()
            return
        self.accept()


class NewStaffDialog(QDialog):
    """Create the staff member for this PC's user (first start)."""

    def __init__(self, service: StaffService, os_username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NewStaffDialog()
        self.ui.setupUi(self)
        self.service = service
        self.os_username = os_username
        self.staff: StaffInfo | None = None
        for role in StaffRole:
            self.ui.roleCombo.addItem(role_label(role), role)
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _accept(self) -> None:
        try:
            self.staff = self.service.create(
                self.ui.nameEdit.text(),
                self.ui.roleCombo.currentData(),
                initials=self.ui.initialsEdit.text(),
                os_username=self.os_username,
                pin=self.ui.pinEdit.text() or None,
            )
        except AppError as exc:
            _show_error(self.ui.errorLabel, exc)
            return
        self.accept()
