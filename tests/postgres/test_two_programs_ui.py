"""Two programs on one PostgreSQL server edit the same activity: the second save is refused in the dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from pg_helpers import Office, single
from PySide6.QtCore import Qt

from boligsocial_desktop.services.calendar import CalendarService
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.ui.calendar.activity_dialog import ActivityDialog


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_second_program_saving_first_is_shown_and_the_input_stays(qtbot, app_context, db, pg_url):
    places = PlacesService(db)
    estate = places.create_estate("Taastrupgaard")
    house = places.create_house(estate.id, "Fælleshuset", opens_at=time(8), closes_at=time(22))
    office = Office(estate.id, places.create_room(house.id, "Salen", 60))
    info = CalendarService(db).save_series(single(office, "Lektiecafé"))
    dialog = ActivityDialog(app_context, [office.hall], [], estate.id, info.start_date, office.hall.id, editing=info)
    qtbot.addWidget(dialog)
    dialog.ui.titleEdit.selectAll()
    qtbot.keyClicks(dialog.ui.titleEdit, "Lektiehjælp")

    other_program = open_database(url=pg_url)  # another PC, its own connections
    try:
        theirs = CalendarService(other_program).activity(info.id)
        CalendarService(other_program).update_activity(
            info.id, replace(theirs.draft, description="Ændret på en anden pc"), theirs.version)
    finally:
        other_program.dispose()

    qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    message = dialog.ui.errorLabel.text()
    assert "ændret af en anden" in message and "beskrivelse" in message
    assert dialog.ui.titleEdit.text() == "Lektiehjælp", "the user's input stays in the form"
    assert dialog.result() != dialog.DialogCode.Accepted
    assert CalendarService(db).activity(info.id).draft.description == "Ændret på en anden pc"
