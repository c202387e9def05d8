"""Første start: demo data or empty, the office, the first staff member, the shared folder; asked once."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from boligsocial_desktop.app import resolve_staff
from boligsocial_desktop.services.office import database_is_empty
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.settings import Settings
from boligsocial_desktop.ui.first_start import FirstStartWizard
from boligsocial_desktop.ui.first_start.wizard import DATA_PAGE, OFFICE_PAGE, SHARE_PAGE, STAFF_PAGE
from boligsocial_desktop.ui.tasks import ImmediateTaskRunner


def make_wizard(qtbot, danish_qapp, db) -> FirstStartWizard:
    wizard = FirstStartWizard(db, ImmediateTaskRunner(), "kontorpc")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click_next(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_empty_database_new_office_and_staff_member(qtbot, danish_qapp, db, tmp_path):
    share = tmp_path / "Deling"
    share.mkdir()
    wizard = make_wizard(qtbot, danish_qapp, db)
    assert wizard.windowTitle() == "Velkommen til Boligsocial Desktop"
    assert wizard.currentId() == DATA_PAGE and wizard.ui.emptyRadio.isChecked()
    click_next(qtbot, wizard)
    assert wizard.currentId() == OFFICE_PAGE and wizard.ui.newEstateRadio.isChecked()
    assert not wizard.ui.estateCombo.isVisible()  # no estates yet
    click_next(qtbot, wizard)  # without a name
    assert wizard.currentId() == OFFICE_PAGE and "navn" in wizard.ui.officeError.text()
    qtbot.keyClicks(wizard.ui.estateNameEdit, "Karlemoseparken")
    qtbot.keyClicks(wizard.ui.estateAddressEdit, "Karlemosevej 12, 4600 Køge")
    click_next(qtbot, wizard)
    assert wizard.currentId() == STAFF_PAGE
    qtbot.keyClicks(wizard.ui.nameEdit, "Aisha Khalil")
    qtbot.keyClicks(wizard.ui.initialsEdit, "AK")
    qtbot.keyClicks(wizard.ui.pinEdit, "12")  # too short
    click_next(qtbot, wizard)
    assert wizard.currentId() == STAFF_PAGE and "4 til 8 cifre" in wizard.ui.staffError.text()
    wizard.ui.pinEdit.clear()
    click_next(qtbot, wizard)
    assert wizard.currentId() == SHARE_PAGE
    qtbot.keyClicks(wizard.ui.shareEdit, str(tmp_path / "findes ikke"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and "kan ikke findes" in wizard.ui.shareError.text()
    wizard.ui.shareEdit.setText(str(share))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted

    estates = PlacesService(db).estates()
    assert [(e.name, e.address) for e in estates] == [("Karlemoseparken", "Karlemosevej 12, 4600 Køge")]
    staff = StaffService(db).find_by_os_user("kontorpc")
    assert staff is not None and staff.name == "Aisha Khalil" and staff.role == "koordinator"
    assert wizard.staff == staff
    settings = Settings()
    assert settings.first_start_done and settings.home_estate_id == estates[0].id
    assert QSettings().value("sync/share_dir") == str(share)  # where the sync feature reads it


def test_demo_data_then_choose_an_estate_from_it(qtbot, danish_qapp, db):
    wizard = make_wizard(qtbot, danish_qapp, db)
    wizard.ui.demoRadio.setChecked(True)
    click_next(qtbot, wizard)
    assert wizard.demo_loaded and not database_is_empty(db)
    assert wizard.currentId() == OFFICE_PAGE and wizard.ui.existingEstateRadio.isChecked()
    assert wizard.ui.estateCombo.count() >= 1
    chosen = wizard.ui.estateCombo.currentData()
    click_next(qtbot, wizard)
    qtbot.keyClicks(wizard.ui.nameEdit, "Lars Holm")
    click_next(qtbot, wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert Settings().home_estate_id == chosen and Settings().share_dir is None
    assert len(PlacesService(db).estates()) == wizard.ui.estateCombo.count()  # no extra estate


def test_cancelled_demo_leaves_the_database_empty(qtbot, danish_qapp, db, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    wizard = make_wizard(qtbot, danish_qapp, db)
    wizard.ui.demoRadio.setChecked(True)
    original_set_value = QProgressDialog.setValue
    labels = []

    def press_cancel_midway(self, value):
        original_set_value(self, value)
        labels.append(self.findChild(QPushButton).text())
        if value >= 5:
            self.findChild(QPushButton).click()  # the user presses Annuller

    monkeypatch.setattr(QProgressDialog, "setValue", press_cancel_midway)
    click_next(qtbot, wizard)
    assert labels[0] == "Annuller"
    assert wizard.currentId() == DATA_PAGE and not wizard.demo_loaded
    assert "afbrudt" in wizard.ui.dataNote.text()
    assert database_is_empty(db)  # one transaction: nothing of the demo was kept


def test_nothing_is_asked_again(qtbot, danish_qapp, db, monkeypatch):
    StaffService(db).create("Aisha Khalil", "koordinator", os_username="kontorpc")
    monkeypatch.setattr("getpass.getuser", lambda: "kontorpc")
    monkeypatch.setattr(FirstStartWizard, "exec", lambda self: pytest_fail("the wizard was shown again"))
    staff = resolve_staff(db)
    assert staff is not None and staff.name == "Aisha Khalil"


def pytest_fail(message: str):
    raise AssertionError(message)


def test_resolve_staff_opens_the_wizard_on_a_database_without_staff(qtbot, danish_qapp, db, monkeypatch):
    shown = []
    monkeypatch.setattr(FirstStartWizard, "exec", lambda self: shown.append(self) or 0)
    assert resolve_staff(db) is None and len(shown) == 1
