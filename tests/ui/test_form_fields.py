"""A real dialog's fields keep the program's habits with no application-wide event filter: the wheel
over an unfocused field changes nothing, combo boxes show their names whole, new dates start today."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.ui.combo_fit import MINIMUM_CHARACTERS, ComboFit, text_is_cut
from boligsocial_desktop.ui.place_dialog import PlaceDialog
from boligsocial_desktop.ui.settings_page import SettingsPage
from boligsocial_desktop.ui.wheel_guard import WheelGuard


def _wheel_down(field: QWidget) -> None:
    wheel = QWheelEvent(QPointF(5, 5), QPointF(field.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(field, wheel)


def _open_from_the_page(qtbot, monkeypatch, page: SettingsPage, button, check) -> None:
    """Click the page's button; `check` gets the dialog it opens, shown."""
    seen = []

    def shown(dialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        check(dialog)
        seen.append(dialog)
        return 0

    monkeypatch.setattr(PlaceDialog, "exec", shown)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen, "the page opened its dialog"


def test_the_closing_period_dialog_starts_today_and_its_fields_ignore_a_passing_wheel(qtbot, app_context,
                                                                                       monkeypatch, ui_today):
    places = PlacesService(app_context.db)
    for name in ("Taastrupgaard", "Søparken"):
        places.create_estate(name)
    page = SettingsPage(app_context)
    qtbot.addWidget(page)

    def check(dialog: PlaceDialog) -> None:
        ui = dialog.ui
        assert ui.fromEdit.date().toPython() == ui_today and ui.toEdit.date().toPython() == ui_today
        assert ui.fromEdit.text() == "09-12-2026"
        combo = ui.estateCombo
        assert combo.findChild(WheelGuard) is not None and combo.findChild(ComboFit) is not None
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus, "the wheel cannot give it the focus"
        ui.nameEdit.setFocus()
        assert ui.nameEdit.hasFocus()
        for field in (combo, ui.fromEdit, ui.toEdit):
            _wheel_down(field)
        assert combo.currentIndex() == 0 and ui.fromEdit.date().toPython() == ui_today
        assert combo.minimumContentsLength() >= MINIMUM_CHARACTERS and combo.currentText() == "Alle afdelinger"
        assert not text_is_cut(combo)
        combo.setFocus()
        assert combo.hasFocus()
        _wheel_down(combo)
        assert combo.currentIndex() == 1, "the field the user clicked into takes the wheel"

    page.ui.tabs.setCurrentWidget(page.ui.closingTab)
    _open_from_the_page(qtbot, monkeypatch, page, page.ui.newClosingButton, check)


def test_the_room_dialog_capacity_ignores_a_passing_wheel_and_takes_the_arrows(qtbot, app_context, monkeypatch):
    places = PlacesService(app_context.db)
    places.create_house(places.create_estate("Søparken").id, "Fælleshuset")
    page = SettingsPage(app_context)
    qtbot.addWidget(page)

    def check(dialog: PlaceDialog) -> None:
        spin = dialog.ui.capacitySpin
        before = spin.value()
        dialog.ui.nameEdit.setFocus()
        _wheel_down(spin)
        assert spin.value() == before
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        assert spin.value() == before + 1

    page.ui.tabs.setCurrentWidget(page.ui.placesTab)
    house = page.places_model.index(0, 0, page.places_model.index(0, 0))
    page.ui.placesTree.setCurrentIndex(house)
    _open_from_the_page(qtbot, monkeypatch, page, page.ui.newRoomButton, check)
