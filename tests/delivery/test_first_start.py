"""Første start: demo data or empty, the office, the first staff member, the shared folder; asked once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWizard

from boligsocial_desktop.app import resolve_staff
from boligsocial_desktop.services.office import database_is_empty
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.settings import Settings
from boligsocial_desktop.ui.first_start import FirstStartWizard
from boligsocial_desktop.ui.first_start.wizard import DATA_PAGE, HOUSE_PAGE, OFFICE_PAGE, SHARE_PAGE, STAFF_PAGE
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
    assert wizard.currentId() == HOUSE_PAGE
    fill_house(qtbot, wizard, "Fælleshuset Karlemosen", [("Salen", "60"), ("Køkkenet", "12")])
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


def type_text(qtbot, widget, text: str) -> None:
    """Type like a Danish keyboard: QTest's own key table lacks æ and å."""
    for char in text:
        if ord(char) < 128:
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Type into a cell: typing starts the editor, Tab commits it and opens the next cell's editor."""
    if (table.currentRow(), table.currentColumn()) != (row, column) or table.state() != table.State.EditingState:
        table.setFocus()
        table.setCurrentCell(row, column)
        type_text(qtbot, table, text[0])
        text = text[1:]
    editor = table.indexWidget(table.currentIndex())  # after Tab the next cell's editor is already open
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def fill_house(qtbot, wizard, name: str, rooms: list[tuple[str, str]]) -> None:
    assert wizard.focusWidget() is wizard.ui.houseNameEdit
    type_text(qtbot, wizard.ui.houseNameEdit, name)
    for row, (room, capacity) in enumerate(rooms):
        type_in_cell(qtbot, wizard.ui.roomsTable, row, 0, room)
        type_in_cell(qtbot, wizard.ui.roomsTable, row, 1, capacity)
    assert wizard.room_lines()[:len(rooms)] == rooms, wizard.ui.houseError.text()


def test_first_start_creates_the_house_and_its_rooms(qtbot, danish_qapp, db):
    wizard = make_wizard(qtbot, danish_qapp, db)
    click_next(qtbot, wizard)
    qtbot.keyClicks(wizard.ui.estateNameEdit, "Taastrupgaard")
    click_next(qtbot, wizard)
    assert wizard.currentId() == HOUSE_PAGE
    assert wizard.currentPage().title() == "Jeres fælleshus"
    click_next(qtbot, wizard)  # nothing typed: the house needs a name
    assert wizard.currentId() == HOUSE_PAGE and "husets navn" in wizard.ui.houseError.text()
    fill_house(qtbot, wizard, "Fælleshuset Taastrupgaard", [("Salen", "")])
    click_next(qtbot, wizard)  # a room without places
    assert wizard.currentId() == HOUSE_PAGE
    assert wizard.ui.houseError.text() == ("Skriv, hvor mange personer der er plads til i lokalet »Salen« "
                                           "(et tal fra 1 til 2000).")
    type_in_cell(qtbot, wizard.ui.roomsTable, 0, 1, "80")
    qtbot.mouseClick(wizard.ui.addRoomButton, Qt.MouseButton.LeftButton)
    assert wizard.ui.roomsTable.rowCount() == 5
    for row, (room, capacity) in enumerate([("Mødelokalet", "12"), ("Værkstedet", "15")], start=1):
        type_in_cell(qtbot, wizard.ui.roomsTable, row, 0, room)
        type_in_cell(qtbot, wizard.ui.roomsTable, row, 1, capacity)
    type_in_cell(qtbot, wizard.ui.roomsTable, 4, 0, "Lektiecaféen")
    type_in_cell(qtbot, wizard.ui.roomsTable, 4, 1, "20")
    click_next(qtbot, wizard)
    assert wizard.currentId() == STAFF_PAGE
    assert wizard.ui.houseError.text() == "Fælleshuset Taastrupgaard er oprettet med 4 lokaler."

    places = PlacesService(db)
    [estate] = places.estates()
    [house] = places.houses(estate.id)
    assert house.name == "Fælleshuset Taastrupgaard"
    assert sorted((r.name, r.capacity) for r in places.rooms(house_id=house.id)) == [
        ("Lektiecaféen", 20), ("Mødelokalet", 12), ("Salen", 80), ("Værkstedet", 15)]
    wizard.back()  # going back and forth makes no second house
    wizard.back()
    assert wizard.currentId() == OFFICE_PAGE
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert len(places.houses()) == 1


def test_demo_data_then_choose_an_estate_from_it(qtbot, danish_qapp, db):
    wizard = make_wizard(qtbot, danish_qapp, db)
    wizard.ui.demoRadio.setChecked(True)
    click_next(qtbot, wizard)
    assert wizard.demo_loaded and not database_is_empty(db)
    assert wizard.currentId() == OFFICE_PAGE and wizard.ui.existingEstateRadio.isChecked()
    assert wizard.ui.estateCombo.count() >= 1
    chosen = wizard.ui.estateCombo.currentData()
    click_next(qtbot, wizard)
    assert wizard.currentId() == STAFF_PAGE  # the demo's estate has houses: no house page
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
