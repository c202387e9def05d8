"""Copying a series to next season, the weekday picker and the clash list, driven as the coordinator does."""

from __future__ import annotations

import os
from datetime import date, time

from PySide6.QtCore import Qt
from sqlalchemy import select

from boligsocial_desktop.services.calendar import CalendarService
from boligsocial_desktop.storage.models import Activity, ActivitySession
from boligsocial_desktop.ui.calendar.activity_dialog import ActivityDialog
from boligsocial_desktop.ui.calendar.session_dialog import SessionDialog


def _rows(dialog) -> list[str]:
    return [dialog.ui.datesList.item(i).text() for i in range(dialog.ui.datesList.count())]


def _save(dialog):
    return dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save)


def test_copy_to_next_season_keeps_thursday_and_lists_clashes(qtbot, app_context, place, weekly, db):
    calendar = CalendarService(db)
    # Saved as the demo data does: "from" a Monday, held on Thursdays.
    spring = calendar.save_series(weekly(start_date=date(2027, 1, 4), end_date=date(2027, 6, 21), weekday=3))
    assert "Hver torsdag" in spring.description_text
    calendar.save_series(weekly("Fællesspisning", start_date=date(2027, 8, 12), end_date=date(2027, 8, 12),
                                recurrence="enkelt", start_time=time(16), end_time=time(19)))
    session = calendar.sessions_between(date(2027, 3, 1), date(2027, 3, 31))[0]
    assert session.day.weekday() == 3

    session_dialog = SessionDialog(app_context, session, [place.hall, place.kitchen])
    qtbot.addWidget(session_dialog)
    assert session_dialog.ui.activityButton.text().replace("&", "").startswith("Kopiér til næste sæson")
    qtbot.mouseClick(session_dialog.ui.activityButton, Qt.MouseButton.LeftButton)
    draft = session_dialog.copy_draft
    assert draft is not None

    dialog = ActivityDialog(app_context, [place.hall, place.kitchen], [], place.estate.id, draft.start_date,
                            draft.room_id, draft)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.weekday_picker.weekdays() == (3,)
    assert dialog.ui.startDateEdit.date().toPython() == date(2027, 8, 5), "first Thursday of the new season"
    assert dialog.ui.endDateEdit.date().toPython() - date(2027, 8, 5) == date(2027, 6, 21) - date(2027, 1, 4)
    assert dialog.ui.patternLabel.text().startswith("<b>Hver torsdag kl. 15–17")
    rows = _rows(dialog)
    assert all(row.startswith("torsdag") for row in rows)
    clash_rows = [row for row in rows if "optaget" in row]
    assert len(clash_rows) == 1 and "12-08-2027" in clash_rows[0]
    assert clash_rows[0] == "torsdag 12-08-2027 – optaget: »Fællesspisning« i Salen kl. 16–19"
    assert "1 dato støder sammen" in dialog.ui.summaryLabel.text()

    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert "1 dato støder sammen" in dialog.ui.errorLabel.text()
    if os.environ.get("BOLIGSOCIAL_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["BOLIGSOCIAL_SHOTS"], "activity_copy_clash.png"))
    qtbot.mouseClick(dialog.ui.skipClashesButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == "", "the error goes once the clash is resolved"
    assert "støder sammen" not in dialog.ui.summaryLabel.text()
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.reading() as s:
        copy = s.scalars(select(Activity).where(Activity.start_date == date(2027, 8, 5))).one()
        days = s.scalars(select(ActivitySession.day).where(ActivitySession.activity_id == copy.id)).all()
        assert copy.weekday == 3 and copy.room_id == place.hall.id
    assert days and {d.weekday() for d in days} == {3} and date(2027, 8, 12) not in days


def test_weekday_picker_plans_two_weekdays(qtbot, app_context, place, weekly, db):
    dialog = ActivityDialog(app_context, [place.hall], [], place.estate.id, date(2027, 9, 6), place.hall.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.titleEdit, "Motion for kvinder")
    assert dialog.weekday_picker.weekdays() == (0,), "the clicked day's weekday to begin with"
    assert dialog.weekday_label.text() == "&Ugedage:"
    qtbot.mouseClick(dialog.weekday_picker.buttons[3], Qt.MouseButton.LeftButton)  # "to"
    assert dialog.weekday_picker.buttons[3].text() == "to"
    dialog.replan()
    assert dialog.ui.patternLabel.text().startswith("<b>Hver mandag og torsdag kl. 15–17")
    firsts = _rows(dialog)[:3]
    assert firsts == ["mandag 06-09-2027", "torsdag 09-09-2027", "mandag 13-09-2027"]
    qtbot.mouseClick(dialog.weekday_picker.buttons[0], Qt.MouseButton.LeftButton)  # Monday off again
    dialog.replan()
    assert _rows(dialog)[0] == "torsdag 09-09-2027"
    qtbot.mouseClick(dialog.weekday_picker.buttons[0], Qt.MouseButton.LeftButton)
    dialog.replan()
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    info = CalendarService(db).activity(dialog.saved.id)
    assert info.draft.weekdays == (0, 3) and info.description_text.startswith("Hver mandag og torsdag")
    with db.reading() as s:
        days = s.scalars(select(ActivitySession.day)).all()
    assert {d.weekday() for d in days} == {0, 3}
