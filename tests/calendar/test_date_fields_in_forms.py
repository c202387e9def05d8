"""Dates and times typed into the activity dialog, as a coordinator does with the keyboard."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication


def _click_into(qtbot, field) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(12, field.height() // 2))
    qtbot.waitUntil(lambda: field.selectedText() == field.text())


def test_activity_dialog_dates_by_keyboard(qtbot, app_context, place, db):
    from boligsocial_desktop.ui.calendar.activity_dialog import ActivityDialog

    dialog = ActivityDialog(app_context, [place.hall], [], place.estate.id, date(2027, 1, 4), place.hall.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.keyClicks(dialog.ui.titleEdit, "Syklub")
    _click_into(qtbot, dialog.ui.startDateEdit)
    qtbot.keyClicks(dialog.ui.startDateEdit, "1-2-27")
    qtbot.keyClick(dialog.ui.startDateEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.endDateEdit
    qtbot.keyClicks(dialog.ui.endDateEdit, "01032027")  # Tab selected the text: typing replaces it
    qtbot.keyClick(dialog.ui.endDateEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.ui.startTimeEdit
    qtbot.keyClicks(dialog.ui.startTimeEdit, "10")
    qtbot.keyClick(dialog.ui.startTimeEdit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.endTimeEdit, "1215")
    qtbot.keyClick(dialog.ui.endTimeEdit, Qt.Key.Key_Tab)
    dialog.replan()
    assert dialog.ui.patternLabel.text().startswith("<b>Hver mandag kl. 10–12.15, 1. feb. – 1. mar. 2027")
    qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    from boligsocial_desktop.services.calendar import CalendarService

    info = CalendarService(db).activity(dialog.saved.id)
    assert (info.start_date, info.end_date, info.start_time, info.end_time) == (
        date(2027, 2, 1), date(2027, 3, 1), time(10), time(12, 15))
