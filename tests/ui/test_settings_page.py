from __future__ import annotations

from PySide6.QtCore import Qt

from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.ui.settings_page import SettingsPage, StaffTableModel


def test_settings_page_shows_pc_facts_and_staff_sorted_danish(qtbot, app_context, qtmodeltester):
    service = StaffService(app_context.db)
    for name in ("Åse Holm", "Zainab Ali", "Ørn Berg", "Anders Lund"):
        service.create(name, "medhjælper")
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    model = page.staff_model
    qtmodeltester.check(model)
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == ["Anders Lund", "Mette Hansen", "Zainab Ali", "Ørn Berg", "Åse Holm"]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Windows-bruger"
    assert page.ui.originValue.text() == app_context.db.origin
    assert int(page.ui.pendingValue.text().replace(".", "")) >= 5


def test_empty_staff_model_passes_model_tester(qtmodeltester):
    qtmodeltester.check(StaffTableModel())


def test_houses_and_rooms_are_created_from_settings(qtbot, app_context, qtmodeltester, monkeypatch):
    from boligsocial_desktop.services.places import PlacesService
    from boligsocial_desktop.ui.place_dialog import PlaceDialog

    PlacesService(app_context.db).create_estate("Karlemoseparken")
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.places_model)
    typed = iter(["Beboerhuset", "Salen"])

    def fill_and_accept(dialog):
        qtbot.keyClicks(dialog.ui.nameEdit, next(typed))
        dialog.ui.capacitySpin.setValue(45)
        qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PlaceDialog, "exec", fill_and_accept)
    tree = page.ui.placesTree
    tree.setCurrentIndex(page.places_model.index(0, 0))
    qtbot.mouseClick(page.ui.newHouseButton, Qt.MouseButton.LeftButton)
    model = page.places_model
    house = model.index(0, 0, model.index(0, 0))
    assert house.data() == "Beboerhuset"
    tree.setCurrentIndex(house)
    qtbot.mouseClick(page.ui.newRoomButton, Qt.MouseButton.LeftButton)
    room = model.index(0, 0, model.index(0, 0, model.index(0, 0)))
    assert room.data() == "Salen" and room.siblingAtColumn(1).data() == "plads til 45"
    assert [r.capacity for r in PlacesService(app_context.db).rooms()] == [45]


def test_room_needs_a_house_selected(qtbot, app_context, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.ui.newRoomButton, Qt.MouseButton.LeftButton)
    assert shown == ["Vælg først det hus, lokalet hører til."]
