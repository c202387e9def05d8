"""Eksportér til Outlook: a chooser preset from the filters (house, the estate's houses, one activity)."""

from __future__ import annotations

import os
from datetime import date, time

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from boligsocial_desktop.services.calendar import CalendarService
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.ui.calendar.page import CalendarPage


def _page(qtbot, app_context, tmp_path, monkeypatch):
    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    page.show()
    page.ui.estateCombo.setCurrentIndex(page.ui.estateCombo.findText("Taastrupgaard"))
    page.window().statusBar = lambda: type("Bar", (), {"showMessage": lambda *a: None})()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, name, filters: asked.append(name) or (str(tmp_path / name), ""))
    return page, asked


def _titles(path) -> set[str]:
    return {str(e["SUMMARY"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_an_estate_with_one_house_needs_no_choice(qtbot, app_context, place, weekly, tmp_path, monkeypatch):
    CalendarService(app_context.db).save_series(weekly())
    page, asked = _page(qtbot, app_context, tmp_path, monkeypatch)
    assert page.ui.houseCombo.currentData() is None  # "Alle huse"

    def press_enter(dialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.house_radio.isChecked() and dialog.house_combo.currentText() == "Fælleshuset"
        assert not dialog.estate_radio.isVisible()
        assert dialog.windowTitle() == "Eksportér til Outlook"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        return dialog.result() == dialog.DialogCode.Accepted

    page.ask_export_choice = press_enter
    qtbot.mouseClick(page.ui.icsButton, Qt.MouseButton.LeftButton)
    assert asked == ["Fælleshuset.ics"]
    assert _titles(tmp_path / "Fælleshuset.ics") == {"Lektiecafé"}


def test_estate_or_one_activity(qtbot, app_context, place, weekly, tmp_path, monkeypatch):
    places = PlacesService(app_context.db)
    annex = places.create_room(places.create_house(place.estate.id, "Pavillonen").id, "Klubrummet", 20)
    calendar = CalendarService(app_context.db)
    calendar.save_series(weekly())
    calendar.save_series(weekly("Strikkeklub", room_id=annex.id, start_time=time(10), end_time=time(12),
                                expected_headcount=10, end_date=date(2027, 2, 1)))
    page, asked = _page(qtbot, app_context, tmp_path, monkeypatch)

    def estate_preset(dialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.estate_radio.isChecked() and dialog.estate_radio.text().replace("&", "") == \
            "Alle huse i afdelingen Taastrupgaard"
        if os.environ.get("BOLIGSOCIAL_SHOTS"):
            dialog.grab().save(os.path.join(os.environ["BOLIGSOCIAL_SHOTS"], "outlook_export.png"))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        return True

    page.ask_export_choice = estate_preset
    qtbot.mouseClick(page.ui.icsButton, Qt.MouseButton.LeftButton)
    assert _titles(tmp_path / "Taastrupgaard.ics") == {"Lektiecafé", "Strikkeklub"}

    def one_activity(dialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.mouseClick(dialog.activity_radio, Qt.MouseButton.LeftButton)
        combo = dialog.activity_combo
        assert combo.isEnabled()
        combo.setCurrentIndex(combo.findText("Strikkeklub", Qt.MatchFlag.MatchStartsWith))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        return True

    page.ask_export_choice = one_activity
    qtbot.mouseClick(page.ui.icsButton, Qt.MouseButton.LeftButton)
    assert asked[-1] == "Strikkeklub.ics"
    assert _titles(tmp_path / "Strikkeklub.ics") == {"Strikkeklub"}


def test_a_wheel_passing_over_the_choosers_combos_changes_nothing(qtbot, app_context, place, weekly, tmp_path,
                                                                   monkeypatch):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    places = PlacesService(app_context.db)
    annex = places.create_room(places.create_house(place.estate.id, "Pavillonen").id, "Klubrummet", 20)
    calendar = CalendarService(app_context.db)
    calendar.save_series(weekly())
    calendar.save_series(weekly("Strikkeklub", room_id=annex.id, expected_headcount=10))
    page, _asked = _page(qtbot, app_context, tmp_path, monkeypatch)

    def wheel_down(field) -> None:
        QApplication.sendEvent(field, QWheelEvent(
            QPointF(5, 5), QPointF(field.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False))

    def scroll_past(dialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        for radio, combo in ((dialog.house_radio, dialog.house_combo), (dialog.activity_radio, dialog.activity_combo)):
            radio.setChecked(True)
            radio.setFocus()
            assert combo.isEnabled() and combo.count() == 2 and combo.currentIndex() == 0
            wheel_down(combo)
            assert combo.currentIndex() == 0, "a wheel passing over an unfocused combo changes nothing"
        dialog.activity_combo.setFocus()
        assert dialog.activity_combo.hasFocus()
        wheel_down(dialog.activity_combo)
        assert dialog.activity_combo.currentIndex() == 1, "the combo the user clicked into takes the wheel"
        return False

    page.ask_export_choice = scroll_past
    qtbot.mouseClick(page.ui.icsButton, Qt.MouseButton.LeftButton)
