"""First start and switching user, typed and clicked like a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from boligsocial_desktop.domain.enums import StaffRole
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.models import StaffMember
from boligsocial_desktop.ui.dialogs import NewStaffDialog, SignInDialog


def test_new_staff_dialog_creates_the_user_of_this_pc(qtbot, db):
    dialog = NewStaffDialog(StaffService(db), "kontorpc")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == "Udfyld navn."
    assert dialog.result() == 0
    qtbot.keyClicks(dialog.ui.nameEdit, "Fatima Ahmed")
    qtbot.keyClicks(dialog.ui.initialsEdit, "FA")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData(StaffRole.ADVISER))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # an adviser without a PIN
    assert "skal have en pinkode" in dialog.ui.errorLabel.text() and dialog.result() == 0
    qtbot.keyClicks(dialog.ui.pinEdit, "2468")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.reading() as session:
        row = session.scalars(select(StaffMember)).one()
    assert (row.name, row.initials, row.role, row.os_username) == ("Fatima Ahmed", "FA", "rådgiver", "kontorpc")


def test_sign_in_needs_the_right_pin(qtbot, db):
    service = StaffService(db)
    service.create("Anders Lund", "koordinator")
    ali = service.create("Ali Yusuf", "rådgiver", pin="2468")
    dialog = SignInDialog(service, "fælles-pc")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.staffCombo.setCurrentIndex(dialog.ui.staffCombo.findData(ali.id))
    assert dialog.ui.pinEdit.isEnabled()
    qtbot.keyClicks(dialog.ui.pinEdit, "1111")
    qtbot.keyClick(dialog.ui.pinEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == "Pinkoden er forkert. Prøv igen."
    assert dialog.staff is None
    dialog.ui.pinEdit.clear()
    qtbot.keyClicks(dialog.ui.pinEdit, "2468")
    qtbot.keyClick(dialog.ui.pinEdit, Qt.Key.Key_Return)
    assert dialog.staff is not None and dialog.staff.id == ali.id
    assert service.find_by_os_user("fælles-pc") is None, "not remembered unless ticked"


def test_staff_without_pin_has_pin_field_disabled(qtbot, db):
    service = StaffService(db)
    service.create("Anders Lund", "koordinator")
    dialog = SignInDialog(service, "pc", remember_default=True)
    qtbot.addWidget(dialog)
    assert not dialog.ui.pinEdit.isEnabled()
    qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert service.find_by_os_user("pc").name == "Anders Lund"


def test_an_adviser_without_a_pin_chooses_one_to_sign_in(qtbot, app_context, db):  # (Danish translations)
    service = StaffService(db)
    ole = service.create("Ole Åben", "medhjælper")
    with db.transaction() as session:  # an adviser from before PINs were required
        session.get(StaffMember, ole.id).role = "rådgiver"
    dialog = SignInDialog(service, "fælles-pc", preselect_id=ole.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ui.pinEdit.isEnabled() and dialog.ui.pinLabel.text() == "Vælg en ny &pinkode:"
    assert "skal have en pinkode" in dialog.ui.errorLabel.text()
    qtbot.keyClick(dialog.ui.pinEdit, Qt.Key.Key_Return)  # no PIN: refused
    assert dialog.staff is None and "4 til 8 cifre" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.pinEdit, "8642")
    qtbot.keyClick(dialog.ui.pinEdit, Qt.Key.Key_Return)
    assert dialog.staff is not None and dialog.staff.has_pin
    assert service.sign_in(ole.id, "8642").id == ole.id
