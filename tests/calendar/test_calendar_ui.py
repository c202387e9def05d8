"""The coordinator's path through the calendar, driven through the real widgets."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from boligsocial_desktop.domain.enums import SessionStatus
from boligsocial_desktop.services.attendance import AttendanceService
from boligsocial_desktop.services.calendar import CalendarService, SessionFilter
from boligsocial_desktop.storage.models import Activity, ActivitySession
from boligsocial_desktop.ui.calendar.activity_dialog import ActivityDialog
from boligsocial_desktop.ui.calendar.attendance_dialog import AttendanceDialog
from boligsocial_desktop.ui.calendar.page import CalendarPage
from boligsocial_desktop.ui.calendar.programme_dialog import ProgrammeDialog


@pytest.fixture
def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_new_season_with_two_clashes_skipped_and_holidays(qtbot, app_context, place, weekly, db):
    calendar = CalendarService(db)
    calendar.save_series(weekly("Fællesspisning", start_date=date(2027, 8, 17), end_date=date(2027, 8, 24),
                                start_time=time(16), end_time=time(19)))
    dialog = ActivityDialog(app_context, [place.hall, place.kitchen], calendar.focus_areas(date(2026, 1, 1)),
                            place.estate.id, date(2027, 8, 10), place.hall.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.titleEdit, "Lektiecaf")
    dialog.ui.titleEdit.insert("é")  # QTest types ASCII only
    dialog.ui.endDateEdit.setDate(QDate(2027, 12, 21))
    dialog.ui.startTimeEdit.setTime(QTime(15, 0))
    dialog.ui.endTimeEdit.setTime(QTime(17, 0))
    dialog.replan()

    rows = [dialog.ui.datesList.item(i).text() for i in range(dialog.ui.datesList.count())]
    clash_rows = [r for r in rows if "optaget" in r]
    assert len(clash_rows) == 2 and "»Fællesspisning«" in clash_rows[0]
    assert "2 datoer støder sammen" in dialog.ui.summaryLabel.text()

    save = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save)
    assert save.text() == "&Gem"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "støder sammen" in dialog.ui.errorLabel.text()
    with db.reading() as session:
        assert session.scalars(select(Activity.title)).all() == ["Fællesspisning"]

    qtbot.mouseClick(dialog.ui.skipClashesButton, Qt.MouseButton.LeftButton)
    assert "støder sammen" not in dialog.ui.summaryLabel.text()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    days = {s.day for s in calendar.sessions_between(date(2027, 8, 1), date(2027, 12, 31))
            if s.title == "Lektiecafé"}
    assert date(2027, 8, 17) not in days and date(2027, 8, 24) not in days
    assert date(2027, 8, 10) in days and len(days) == 20 - 2


def test_week_view_keyboard_and_modes(qtbot, app_context, place, weekly, ui_today):
    CalendarService(app_context.db).save_series(weekly(start_date=ui_today - timedelta(days=21),
                                                       end_date=ui_today + timedelta(days=60)))
    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.ui.estateCombo.setCurrentIndex(page.ui.estateCombo.findText("Taastrupgaard"))
    grid = page.week_grid
    assert [r.name for r in grid.rooms] == ["Køkkenet", "Salen"]
    assert len(grid.sessions) == 1 and grid.sessions[0].title == "Lektiecafé"
    this_week = page.period()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert page.period()[0] == this_week[0] + timedelta(days=7)
    qtbot.keyClick(grid, Qt.Key.Key_T)
    assert page.period() == this_week
    qtbot.mouseClick(page.ui.monthButton, Qt.MouseButton.LeftButton)
    assert page.ui.views.currentWidget() is page.month_grid
    assert page.ui.periodLabel.text() == "<b>december 2026</b>"
    assert len(page.month_grid.sessions) >= 4
    page.month_grid.setFocus()
    qtbot.keyClick(page.month_grid, Qt.Key.Key_Right)  # to a day without a session
    qtbot.keyClick(page.month_grid, Qt.Key.Key_Return)
    assert page.ui.views.currentWidget() is page.day_grid
    assert page.anchor == ui_today + timedelta(days=1)
    qtbot.keyClick(page.day_grid, Qt.Key.Key_Down)
    assert page.anchor == ui_today + timedelta(days=2)


def test_enter_on_a_day_with_one_session_opens_it(qtbot, app_context, place, weekly, ui_today, monkeypatch):
    from boligsocial_desktop.ui.calendar.session_dialog import SessionDialog

    service = CalendarService(app_context.db)
    service.save_series(weekly(start_date=ui_today, end_date=ui_today + timedelta(days=7)))  # Wednesdays
    service.save_series(weekly("Syklub", start_date=ui_today + timedelta(days=1), end_date=ui_today + timedelta(days=1),
                               room_id=place.kitchen.id, recurrence="enkelt", expected_headcount=8))
    service.save_series(weekly("Seniorkaffe", start_date=ui_today + timedelta(days=1),
                               end_date=ui_today + timedelta(days=1), recurrence="enkelt"))
    opened: list[str] = []
    monkeypatch.setattr(SessionDialog, "exec", lambda dialog: opened.append(dialog.ui.headingLabel.text()) or 0)
    new_in_room: list[str] = []
    monkeypatch.setattr(ActivityDialog, "exec",
                        lambda dialog: new_in_room.append(dialog.ui.roomCombo.currentData()) or 0)
    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.ui.estateCombo.setCurrentIndex(page.ui.estateCombo.findText("Taastrupgaard"))
    page.set_mode("month")
    grid = page.month_grid
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # today: the Lektiecafé only
    assert len(opened) == 1 and "<h3>Lektiecafé</h3>onsdag 9. december 2026" in opened[0]
    assert page.ui.views.currentWidget() is grid
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # tomorrow: two sessions, so Enter opens the day
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert len(opened) == 1 and page.ui.views.currentWidget() is page.day_grid
    assert page.anchor == ui_today + timedelta(days=1)

    page.set_mode("week")  # a day in a room: Enter opens its one session, as a double-click does
    week = page.week_grid
    qtbot.mouseClick(week, Qt.MouseButton.LeftButton, pos=_cell_centre(week, ui_today, place.kitchen.id))
    qtbot.keyClick(week, Qt.Key.Key_Return)
    assert len(opened) == 1 and new_in_room == [place.kitchen.id], "an empty slot: a new activity there"
    qtbot.mouseClick(week, Qt.MouseButton.LeftButton,
                     pos=_cell_centre(week, ui_today + timedelta(days=1), place.kitchen.id))
    qtbot.keyClick(week, Qt.Key.Key_Return)
    assert len(opened) == 2 and "<h3>Syklub</h3>" in opened[1]


def _cell_centre(grid, day: date, room_id: str):
    from PySide6.QtCore import QPoint

    width, height = grid._cell_size()
    column = [r.id for r in grid.rooms].index(room_id)
    row = grid.days.index(day)
    return QPoint(int(grid.DAY_COLUMN + (column + 0.5) * width), int(grid.HEADER + (row + 0.5) * height))


def test_dropping_a_session_moves_it_or_says_why_not(qtbot, app_context, place, weekly, warnings_shown, ui_today):
    service = CalendarService(app_context.db)
    monday = ui_today - timedelta(days=ui_today.weekday())
    service.save_series(weekly(start_date=monday, end_date=monday + timedelta(days=14)))
    service.save_series(weekly("Syklub", start_date=monday + timedelta(days=1), end_date=monday + timedelta(days=1),
                               room_id=place.kitchen.id, expected_headcount=8))
    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    page.ui.estateCombo.setCurrentIndex(page.ui.estateCombo.findText("Taastrupgaard"))
    lektie = next(s for s in page.week_grid.sessions if s.title == "Lektiecafé")
    page.week_grid.sessionDropped.emit(lektie.id, monday + timedelta(days=2), place.hall.id)
    assert service.session(lektie.id).day == monday + timedelta(days=2)
    assert warnings_shown == []
    page.week_grid.sessionDropped.emit(lektie.id, monday + timedelta(days=1), place.kitchen.id)
    assert "optaget" in warnings_shown[0] and "Syklub" in warnings_shown[0]
    assert service.session(lektie.id).room_id == place.hall.id


def test_last_weeks_headcount_by_keyboard(qtbot, app_context, place, weekly, ui_today):
    last_monday = ui_today - timedelta(days=ui_today.weekday() + 7)
    CalendarService(app_context.db).save_series(weekly(start_date=last_monday, end_date=last_monday + timedelta(days=6),
                                                       recurrence="enkelt"))
    CalendarService(app_context.db).save_series(weekly("Seniorkaffe", start_date=last_monday + timedelta(days=2),
                                                       end_date=last_monday + timedelta(days=2), recurrence="enkelt"))
    dialog = AttendanceDialog(app_context, last_monday, place.estate.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.sessionList.count() == 2
    qtbot.keyClicks(dialog.focusWidget(), "6")  # first field: girls 0–5
    dialog.ui.female6_12Spin.setFocus()
    dialog.ui.female6_12Spin.selectAll()
    qtbot.keyClicks(dialog.ui.female6_12Spin, "9")
    assert dialog.ui.totalLabel.text() == "I alt: 15 deltagere"
    dialog.ui.newSpin.setValue(20)
    qtbot.keyClick(dialog.ui.newSpin, Qt.Key.Key_Return)
    assert "flere end de 15" in dialog.ui.errorLabel.text()
    dialog.ui.newSpin.setValue(4)
    dialog.ui.returningSpin.setValue(11)
    qtbot.keyClick(dialog.ui.returningSpin, Qt.Key.Key_Return)
    assert dialog.ui.sessionList.currentRow() == 1
    first = dialog.rows[0]
    stored = AttendanceService(app_context.db).get(first.session_id)
    assert stored.total == 15 and stored.counts[("0–5", "kvinde")] == 6 and stored.returning_participants == 11
    assert CalendarService(app_context.db).session(first.session_id).status == SessionStatus.HELD
    assert dialog.ui.sessionList.item(0).text().startswith("✓")
    # Counts typed for the second session but not saved: closing asks first.
    from boligsocial_desktop.ui import unsaved

    asked = []
    unsaved_ask, unsaved.ask_discard = unsaved.ask_discard, lambda parent: asked.append(parent) or False
    try:
        qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
        assert asked == [] and not dialog.isVisible()  # nothing typed yet: closes at once
        dialog.show()
        dialog.ui.newSpin.setValue(3)
        qtbot.mouseClick(dialog.ui.closeButton, Qt.MouseButton.LeftButton)
        assert len(asked) == 1 and dialog.isVisible()
    finally:
        dialog.done(0)  # leave without the question, so the test's clean-up meets no modal box
        unsaved.ask_discard = unsaved_ask


def test_month_programme_preview_and_save(qtbot, app_context, place, weekly, tmp_path, monkeypatch):
    CalendarService(app_context.db).save_series(weekly())
    houses = [h for h in __import__("boligsocial_desktop.services.places", fromlist=["PlacesService"])
              .PlacesService(app_context.db).houses(place.estate.id)]
    dialog = ProgrammeDialog(app_context, place.estate, houses, houses[0].id, date(2027, 2, 1))
    qtbot.addWidget(dialog)
    assert not dialog.ui.previewLabel.pixmap().isNull()
    assert dialog.ui.monthEdit.date() == QDate(2027, 2, 1)
    target = tmp_path / "program.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.suggested_name() == "Program februar 2027 – Fælleshuset.pdf"


def test_printing_paints_every_page(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from boligsocial_desktop.pdf.month_programme import MonthProgramme, render_month_programme
    from boligsocial_desktop.ui.pdf_preview import paint_pages, render_pages

    pdf = render_month_programme(MonthProgramme("Fælleshuset", "Taastrupgaard", 2027, 2, []))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_pages(printer, render_pages(pdf, 100))
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_export_house_calendar_for_outlook(qtbot, app_context, place, weekly, tmp_path, monkeypatch):
    service = CalendarService(app_context.db)
    service.save_series(weekly())
    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    page.ui.estateCombo.setCurrentIndex(page.ui.estateCombo.findText("Taastrupgaard"))
    page.ui.houseCombo.setCurrentIndex(page.ui.houseCombo.findText("Fælleshuset"))
    first = service.sessions_between(date(2027, 1, 1), date(2027, 1, 31), SessionFilter(room_id=place.hall.id))[0]
    service.cancel_session(first.id, "Sygdom")
    target = tmp_path / "faelleshuset.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    chosen = []
    page.ask_export_choice = lambda dialog: chosen.append(dialog.choice()) or True  # OK pressed as preset
    qtbot.mouseClick(page.ui.icsButton, Qt.MouseButton.LeftButton)
    assert chosen[0][0] == "house" and chosen[0][2] == "Fælleshuset"
    events = [c for c in Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    with app_context.db.reading() as session:
        assert len(events) == len(session.scalars(select(ActivitySession.id)).all())
    cancelled = [e for e in events if str(e.get("STATUS")) == "CANCELLED"]
    assert len(cancelled) == 1 and str(cancelled[0]["UID"]).startswith(first.id)


def test_editing_an_activity_keeps_its_dates_and_refuses_a_stale_save(qtbot, app_context, place, weekly, db):
    from dataclasses import replace

    calendar = CalendarService(db)
    info = calendar.save_series(weekly())
    dialog = ActivityDialog(app_context, [place.hall], [], place.estate.id, info.start_date, place.hall.id,
                            editing=info)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Redigér aktivitet"
    assert not dialog.ui.startDateEdit.isEnabled() and not dialog.ui.roomCombo.isEnabled()
    dialog.ui.titleEdit.selectAll()
    qtbot.keyClicks(dialog.ui.titleEdit, "Lektiehjaelp for 4.-6. klasse")
    calendar.update_activity(info.id, replace(info.draft, description="Ændret på en anden pc"), info.version)
    save = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "ændret af en anden" in dialog.ui.errorLabel.text()
    assert dialog.ui.titleEdit.text() == "Lektiehjaelp for 4.-6. klasse", "the user's input stays in the form"
    dialog.editing = calendar.activity(info.id)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    after = calendar.activity(info.id)
    assert after.title == "Lektiehjaelp for 4.-6. klasse" and after.session_count == info.session_count


def test_an_archived_room_keeps_its_sessions_in_the_calendar_but_takes_no_new_ones(qtbot, app_context, place,
                                                                                   weekly, db, monkeypatch):
    from boligsocial_desktop.services.places import ARCHIVED, PlacesService
    from boligsocial_desktop.ui.calendar import page as page_module

    CalendarService(db).save_series(
        weekly("Strikkeklub", room_id=place.kitchen.id, end_date=date(2027, 1, 5), expected_headcount=8)
    )
    assert PlacesService(db).remove_room(place.kitchen.id) == ARCHIVED
    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    page.ui.estateCombo.setCurrentIndex(page.ui.estateCombo.findData(place.estate.id))
    page.anchor = date(2027, 1, 5)
    page.set_mode(page_module.DAY)
    assert [r.name for r in page.day_grid.rooms] == ["Køkkenet", "Salen"]  # its history is still shown
    assert [s.title for s in page.day_grid.sessions] == ["Strikkeklub"]
    assert page.ui.roomCombo.findText("Fælleshuset – Køkkenet (arkiveret)") >= 0
    page.anchor = date(2027, 1, 12)
    page.reload()
    assert [r.name for r in page.day_grid.rooms] == ["Salen"]  # no sessions there: not shown
    offered = []
    monkeypatch.setattr(ActivityDialog, "exec", lambda dialog: offered.append(
        [dialog.ui.roomCombo.itemData(i) for i in range(dialog.ui.roomCombo.count())]) or 0)
    page.new_activity(date(2027, 1, 12), None)
    assert offered == [[place.hall.id]]


def test_the_calendar_opens_on_the_estate_last_shown_on_this_pc(qtbot, app_context, place):
    from boligsocial_desktop.settings import Settings

    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    names = [page.ui.estateCombo.itemText(i) for i in range(page.ui.estateCombo.count())]
    assert names == ["Søparken", "Taastrupgaard"] and Settings().calendar_estate_id == place.other_estate_room.estate_id
    page.ui.estateCombo.setCurrentIndex(1)
    assert Settings().calendar_estate_id == place.estate.id
    again = CalendarPage(app_context)
    qtbot.addWidget(again)
    assert again.ui.estateCombo.currentText() == "Taastrupgaard"


def test_tab_goes_from_the_filters_to_the_calendar_and_on_to_the_buttons_under_it(qtbot, app_context, place):
    from PySide6.QtWidgets import QApplication

    page = CalendarPage(app_context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    for button, grid in ((page.ui.monthButton, page.month_grid), (page.ui.weekButton, page.week_grid),
                         (page.ui.dayButton, page.day_grid)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        page.ui.focusCombo.setFocus()
        qtbot.keyClick(page.ui.focusCombo, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is grid, "the calendar comes after the filters above it"
        qtbot.keyClick(grid, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page.ui.newActivityButton, "then the buttons under it"
