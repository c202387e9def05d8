"""An empty database: each page says what to do next, and its button does it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.ui.first_steps.places import MissingRoomsBox
from boligsocial_desktop.ui.main_window import MainWindow
from boligsocial_desktop.ui.place_dialog import PlaceDialog


def make_window(qtbot, app_context) -> MainWindow:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def when_modal(handle) -> list:
    """Run `handle` on the next modal dialog once it is open (as the user would answer it)."""
    seen = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, check)
            return
        seen.append(dialog)
        handle(dialog)

    QTimer.singleShot(0, check)
    return seen


def fill_place(qtbot, name: str, capacity: int | None = None):
    def handle(dialog: PlaceDialog) -> None:
        assert isinstance(dialog, PlaceDialog)
        dialog.ui.nameEdit.setFocus()
        qtbot.keyClicks(dialog.ui.nameEdit, name)
        if capacity is not None:
            dialog.ui.capacitySpin.setValue(capacity)
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)

    return handle


def test_calendar_without_a_house_offers_to_create_it_and_its_first_room(qtbot, app_context, db):
    estate = PlacesService(db).create_estate("Taastrupgaard")
    window = make_window(qtbot, app_context)
    page = window.pages["calendar"]
    note = page.first_steps
    qtbot.waitUntil(note.isVisible)
    assert note.label.text().startswith("Afdelingen har endnu intet fælleshus.")
    titles = []

    def house(dialog) -> None:
        titles.append(dialog.windowTitle())
        fill_place(qtbot, "Fælleshuset")(dialog)
        when_modal(room)  # the first room's form follows the house's

    def room(dialog) -> None:
        titles.append(dialog.windowTitle())
        fill_place(qtbot, "Salen", 60)(dialog)

    when_modal(house)
    qtbot.mouseClick(note.button("Opret fælleshus"), Qt.MouseButton.LeftButton)
    assert titles == ["Nyt fælleshus", "Nyt lokale i Fælleshuset"]
    places = PlacesService(db)
    [made] = places.houses(estate.id)
    assert made.name == "Fælleshuset"
    assert [(r.name, r.capacity) for r in places.rooms(house_id=made.id)] == [("Salen", 60)]
    qtbot.waitUntil(lambda: not note.isVisible())
    assert page.ui.roomCombo.findText("Fælleshuset – Salen") >= 0  # the calendar shows the new room


def test_new_activity_without_rooms_explains_and_adds_the_room(qtbot, app_context, db):
    estate = PlacesService(db).create_estate("Taastrupgaard")
    house = PlacesService(db).create_house(estate.id, "Fælleshuset")
    window = make_window(qtbot, app_context)
    page = window.pages["calendar"]
    qtbot.waitUntil(page.first_steps.isVisible)
    assert page.first_steps.label.text().startswith("Fælleshuset har endnu ingen lokaler.")
    texts = []

    def explained(box) -> None:
        assert isinstance(box, MissingRoomsBox)
        texts.append(box.text())
        when_modal(fill_place(qtbot, "Køkkenet", 12))
        box.make.click()

    when_modal(explained)
    qtbot.mouseClick(page.ui.newActivityButton, Qt.MouseButton.LeftButton)
    assert texts == ["En aktivitet holdes i et lokale, og Fælleshuset har endnu ingen lokaler. Tilføj først husets "
                     "lokaler, så kan du planlægge aktiviteten."]
    assert [(r.name, r.capacity) for r in PlacesService(db).rooms(house_id=house.id)] == [("Køkkenet", 12)]
    qtbot.waitUntil(lambda: not page.first_steps.isVisible())


def test_ambassadors_page_imports_the_office_list_from_its_note(qtbot, app_context, db, tmp_path, monkeypatch):
    PlacesService(db).create_estate("Søparken")
    listing = tmp_path / "ambassadører.csv"
    listing.write_text("navn;afdeling;sprog\nHodan Ali;Søparken;somali\nOmar Yusuf;Søparken;arabisk\n",
                       encoding="utf-8-sig")
    monkeypatch.setattr("boligsocial_desktop.ui.first_steps.import_list.ask_file", lambda *args: str(listing))
    shown = []
    monkeypatch.setattr("boligsocial_desktop.ui.first_steps.import_list.QMessageBox.information",
                        lambda parent, title, text: shown.append((title, text)))
    window = make_window(qtbot, app_context)
    window.show_page("ambassadors")
    page = window.pages["ambassadors"]
    note = page.first_steps
    qtbot.waitUntil(note.isVisible)
    assert note.label.text().startswith("Der er endnu ingen beboerambassadører.")
    assert [b.text() for b in note.buttons] == ["Tilføj ambassadør", "Indlæs liste"]
    qtbot.mouseClick(note.button("Indlæs liste"), Qt.MouseButton.LeftButton)
    assert shown == [("Indlæs listen over ambassadører", "2 ambassadører er indlæst.")]
    qtbot.waitUntil(lambda: not note.isVisible())
    assert page.roster.model.rowCount() == 2


def test_add_ambassador_button_opens_the_ambassador_form(qtbot, app_context, db):
    PlacesService(db).create_estate("Søparken")
    window = make_window(qtbot, app_context)
    window.show_page("ambassadors")
    note = window.pages["ambassadors"].first_steps
    qtbot.waitUntil(note.isVisible)
    seen = when_modal(lambda dialog: dialog.reject())
    qtbot.mouseClick(note.button("Tilføj ambassadør"), Qt.MouseButton.LeftButton)
    assert type(seen[0]).__name__ == "AmbassadorDialog"


def test_posters_page_without_activities_leads_to_a_new_activity(qtbot, app_context, db):
    places = PlacesService(db)
    estate = places.create_estate("Søparken")
    places.create_room(places.create_house(estate.id, "Fælleshuset").id, "Salen", 40)
    window = make_window(qtbot, app_context)
    window.show_page("flyers")
    note = window.pages["flyers"].first_steps
    qtbot.waitUntil(note.isVisible)
    assert note.label.text().startswith("Der er endnu ingen aktiviteter at lave plakater til.")
    seen = when_modal(lambda dialog: dialog.reject())
    qtbot.mouseClick(note.button("Ny aktivitet"), Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "calendar"
    assert type(seen[0]).__name__ == "ActivityDialog" and isinstance(seen[0], QDialog)


def test_pages_with_data_show_no_note(qtbot, app_context, db):
    from boligsocial_desktop.demo.generator import generate_demo

    generate_demo(db, "small")
    window = make_window(qtbot, app_context)
    for key in ("calendar", "ambassadors", "visits", "flyers", "reports"):
        window.show_page(key)
        qtbot.wait(1)
        assert not window.pages[key].first_steps.isVisible(), key


def test_visits_and_reports_say_what_to_do_on_an_empty_database(qtbot, app_context, db):
    PlacesService(db).create_estate("Søparken")
    window = make_window(qtbot, app_context)
    window.show_page("visits")
    note = window.pages["visits"].first_steps
    qtbot.waitUntil(note.isVisible)
    assert note.label.text().startswith("Der er endnu ingen besøg.") and [b.text() for b in note.buttons] == [
        "Indlæs liste"]
    window.show_page("reports")
    note = window.pages["reports"].first_steps
    qtbot.waitUntil(note.isVisible)
    assert note.label.text().startswith("Der er endnu intet at lave rapport om.")


def test_visits_note_imports_the_earlier_log_for_this_office(qtbot, app_context, db, tmp_path, monkeypatch):
    from boligsocial_desktop.services.office import what_exists
    from boligsocial_desktop.settings import Settings

    estate = PlacesService(db).create_estate("Søparken")
    Settings().home_estate_id = estate.id
    log = tmp_path / "besøg.csv"
    log.write_text("Dato;Emne;Sprog\n01-10-2026;Gæld og budget;arabisk\n02-10-2026;Andet;dansk\n",
                   encoding="utf-8-sig")
    monkeypatch.setattr("boligsocial_desktop.ui.first_steps.import_list.ask_file", lambda *args: str(log))
    shown = []
    monkeypatch.setattr("boligsocial_desktop.ui.first_steps.import_list.QMessageBox.information",
                        lambda parent, title, text: shown.append(text))
    window = make_window(qtbot, app_context)
    window.show_page("visits")
    note = window.pages["visits"].first_steps
    qtbot.waitUntil(note.isVisible)
    qtbot.mouseClick(note.button("Indlæs liste"), Qt.MouseButton.LeftButton)
    assert shown == ["2 besøg er indlæst."]
    assert what_exists(db).visits
    qtbot.waitUntil(lambda: not note.isVisible())


def test_the_calendar_loaded_in_the_background_says_nothing_of_a_missing_estate(qtbot, app_context, db):
    """As in the program, the page's choices arrive from the worker after the note has first looked."""
    from datetime import time

    from boligsocial_desktop.ui.tasks import TaskRunner

    places = PlacesService(db)
    house = places.create_house(places.create_estate("Taastrupgaard").id, "Fælleshuset",
                                opens_at=time(8), closes_at=time(22))
    places.create_room(house.id, "Salen", 40)
    app_context.tasks = TaskRunner()
    try:
        window = make_window(qtbot, app_context)
        page = window.pages["calendar"]
        qtbot.waitUntil(lambda: page.ui.estateCombo.currentText() == "Taastrupgaard")
        qtbot.waitUntil(lambda: not app_context.tasks.busy)
        assert not page.first_steps.isVisible(), page.first_steps.label.text()
    finally:
        app_context.tasks.shutdown()
