"""En dag på kontoret: the whole office day in the real main window, driven as a new coordinator does it.

Set up the house on an empty database (the first-start wizard), plan last season's homework café and copy
it to next season, resolve its clash, print the month programme, make a four-language poster, log three
visits with the keyboard only, and find help on the poster page with F1. At each step the test checks
what the user sees and what landed in the database.

With BOLIGSOCIAL_SHOTS=<folder> every step also saves a picture of the window as the user saw it; the user
guide's "En dag på kontoret" pictures are made this way (`uv run python docs/make_screenshots.py --office-day`).
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from pdf_checks import assert_text_on_page
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from sqlalchemy import func, select

from boligsocial_desktop.app import DANISH, install_translators, resolve_staff
from boligsocial_desktop.domain.danish import month_name
from boligsocial_desktop.services.calendar import CalendarService
from boligsocial_desktop.services.flyers import FlyerService
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.models import Activity, ActivitySession, AdviceVisit
from boligsocial_desktop.ui.calendar.activity_dialog import ActivityDialog
from boligsocial_desktop.ui.calendar.programme_dialog import ProgrammeDialog
from boligsocial_desktop.ui.calendar.session_dialog import SessionDialog
from boligsocial_desktop.ui.context import AppContext
from boligsocial_desktop.ui.first_start import FirstStartWizard
from boligsocial_desktop.ui.first_start.wizard import HOUSE_PAGE, OFFICE_PAGE, SHARE_PAGE, STAFF_PAGE
from boligsocial_desktop.ui.flyers.models import DETAIL_ROLE, ActivityListModel, TranslationModel
from boligsocial_desktop.ui.help.window import HelpWindow
from boligsocial_desktop.ui.main_window import MainWindow
from boligsocial_desktop.ui.tasks import ImmediateTaskRunner

pytestmark = pytest.mark.e2e  # the whole program end to end, in one process (it is also a "gui" test)

HOUSE = "Fælleshuset Taastrupgaard"
CAFE = "Lektiecafé"
CAFE_TEXT = "Hjælp til lektier og læsning for børn i 4.–9. klasse. Der er frugt og saft."
TRANSLATIONS = {  # what the office's translators typed: (poster language, title, description)
    "arabisk": ("ar", "مقهى الواجبات المدرسية", "مساعدة في الواجبات المدرسية والقراءة للأطفال. يوجد فاكهة وعصير."),
    "somali": ("so", "Kafeega casharrada",
               "Caawimaad casharrada iyo akhriska carruurta. Waxaa jira miro iyo cabitaan."),
    "tyrkisk": ("tr", "Ödev kafesi", "Çocuklar için ödev ve okuma yardımı. Meyve ve meyve suyu var."),
}


# --- doing things as a user does ------------------------------------------------------------------

def shot(widget: QWidget, name: str) -> None:
    """The window as the user sees it, for the user guide (only when BOLIGSOCIAL_SHOTS names a folder)."""
    folder = os.environ.get("BOLIGSOCIAL_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def when_modal(kind: type, handle) -> list:
    """Answer the next modal dialog of `kind` with `handle` once it is open, as the user would."""
    seen = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, check)
            return
        seen.append(dialog)
        try:
            handle(dialog)
        except BaseException:
            dialog.done(0)  # a failed check closes the dialog, so the test fails instead of waiting forever
            raise

    QTimer.singleShot(0, check)
    return seen


def type_text(qtbot, widget, text: str) -> None:
    """Type like a keyboard with a Danish (or the language's own) layout: QTest only knows Latin-1 keys."""
    for char in text:
        if ord(char) < 128:
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into_field(qtbot, field, text: str) -> None:
    """Click into a date or time field (its text is selected), type, and Tab on."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(12, field.height() // 2))
    qtbot.waitUntil(lambda: field.selectedText() == field.text())
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def typed(day: date) -> str:
    return f"{day.day}-{day.month}-{day.year % 100:02d}"  # as people type it: 7-1-27


def go_to(qtbot, window: MainWindow, title: str):
    navigation = window.ui.navigation
    item = navigation.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=navigation.visualItemRect(item).center())
    return window.ui.pages.currentWidget()


def thursday_on_or_after(day: date) -> date:
    return day + timedelta(days=(3 - day.weekday()) % 7)


# --- the steps -----------------------------------------------------------------------------------

def first_start(qtbot, db) -> AppContext:
    """The first start on an empty database: the office, its house and rooms, and who I am."""
    def answer(wizard: FirstStartWizard) -> None:
        assert wizard.windowTitle() == "Velkommen til Boligsocial Desktop"
        assert wizard.ui.emptyRadio.isChecked()
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.currentId() == OFFICE_PAGE
        qtbot.keyClicks(wizard.ui.estateNameEdit, "Taastrupgaard")
        type_text(qtbot, wizard.ui.estateAddressEdit, "Taastrupgårdsvej 139, 2630 Taastrup")
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.currentId() == HOUSE_PAGE and wizard.focusWidget() is wizard.ui.houseNameEdit
        type_text(qtbot, wizard.ui.houseNameEdit, HOUSE)
        table = wizard.ui.roomsTable
        table.setFocus()
        table.setCurrentCell(0, 0)
        for text in ("Salen", "60", "Lektiecaféen", "20"):  # typing opens the cell's editor, Tab the next one
            if table.state() != table.State.EditingState:
                type_text(qtbot, table, text[0])
                text = text[1:]
            editor = table.indexWidget(table.currentIndex())
            type_text(qtbot, editor, text)
            qtbot.keyClick(editor, Qt.Key.Key_Tab)
        shot(wizard, "kontordag-1-huset")
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.currentId() == STAFF_PAGE, wizard.ui.houseError.text()
        assert wizard.ui.houseError.text() == f"{HOUSE} er oprettet med 2 lokaler."
        qtbot.keyClicks(wizard.ui.nameEdit, "Mette Hansen")
        qtbot.keyClicks(wizard.ui.initialsEdit, "MH")
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        assert wizard.currentId() == SHARE_PAGE, wizard.ui.staffError.text()
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    answered = when_modal(FirstStartWizard, answer)
    staff = resolve_staff(db, ImmediateTaskRunner())  # what the program does on its first start
    assert answered and staff is not None and staff.name == "Mette Hansen" and staff.role == "koordinator"
    places = PlacesService(db)
    [estate] = places.estates()
    [house] = places.houses(estate.id)
    assert (estate.name, house.name) == ("Taastrupgaard", HOUSE)
    assert sorted((r.name, r.capacity) for r in places.rooms(house_id=house.id)) == [("Lektiecaféen", 20),
                                                                                     ("Salen", 60)]
    return AppContext(db=db, tasks=ImmediateTaskRunner(), staff=staff)


def choose_room(qtbot, combo, room: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while f"– {room} " not in combo.currentText():
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"no room {room}"


def plan(qtbot, dialog: ActivityDialog, title: str, room: str, first: date, last: date | None,
         start: str, end: str, description: str = "") -> None:
    """Fill "Ny aktivitet" with the keyboard and the weekday buttons; `last` None is a single event."""
    ui = dialog.ui
    ui.titleEdit.setFocus()
    type_text(qtbot, ui.titleEdit, title)
    choose_room(qtbot, ui.roomCombo, room)
    ui.recurrenceCombo.setFocus()
    qtbot.keyClick(ui.recurrenceCombo, Qt.Key.Key_Home)  # "Én gang" comes first, "Hver uge" next
    if last is not None:
        qtbot.keyClick(ui.recurrenceCombo, Qt.Key.Key_Down)
        assert ui.recurrenceCombo.currentText() == "Hver uge"
        for number, button in enumerate(dialog.weekday_picker.buttons):  # Thursday only
            if button.isChecked() != (number == 3):
                click(qtbot, button)
    else:
        assert ui.recurrenceCombo.currentText() == "Én gang"
    type_into_field(qtbot, ui.startDateEdit, typed(first))
    if last is not None:
        type_into_field(qtbot, ui.endDateEdit, typed(last))
    type_into_field(qtbot, ui.startTimeEdit, start)
    type_into_field(qtbot, ui.endTimeEdit, end)
    if description:
        ui.descriptionEdit.setFocus()
        type_text(qtbot, ui.descriptionEdit, description)


def save_button(dialog: ActivityDialog):
    return dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Save)


def new_activity(qtbot, page, fill) -> ActivityDialog:
    seen = when_modal(ActivityDialog, fill)
    click(qtbot, page.ui.newActivityButton)
    assert seen and seen[0].result() == ActivityDialog.DialogCode.Accepted, seen[0].ui.errorLabel.text()
    return seen[0]


def show_month(qtbot, page, month: date) -> None:
    click(qtbot, page.ui.monthButton)
    wanted = f"{month_name(month.month)} {month.year}"
    for _ in range(30):
        if wanted in page.ui.periodLabel.text():
            return
        click(qtbot, page.ui.nextButton)
    raise AssertionError(f"the calendar never showed {wanted}: {page.ui.periodLabel.text()}")


def session_rect(qtbot, grid, title: str, day: date):
    grid.repaint()
    qtbot.waitUntil(lambda: any(s.title == title and s.day == day for _r, s in grid._session_rects))
    return next(r for r, s in grid._session_rects if s.title == title and s.day == day)


def test_an_office_day(qtbot, qapp, db, tmp_path, monkeypatch):
    if not qapp.property("boligsocial_translators"):  # as the program starts: Danish
        QLocale.setDefault(DANISH)
        install_translators(qapp)
    # --- 1. First start on an empty database: the office, its house and rooms ------------------------
    context = first_start(qtbot, db)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)  # a laptop's screen
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.pages["calendar"]
    assert window.current_page_key() == "calendar" and not page.first_steps.isVisible()
    assert page.ui.estateCombo.currentText() == "Taastrupgaard"
    assert page.ui.roomCombo.findText(f"{HOUSE} – Lektiecaféen") >= 0

    # --- 2. Last season's homework café, then next season planned from it, its clash resolved -----------
    year = date.today().year + 1
    spring_start, spring_end = thursday_on_or_after(date(year, 1, 4)), thursday_on_or_after(date(year, 6, 14))
    new_activity(qtbot, page, lambda d: (plan(qtbot, d, CAFE, "Lektiecaféen", spring_start, spring_end, "15", "17",
                                              CAFE_TEXT), click(qtbot, save_button(d))))
    autumn_first = thursday_on_or_after(date(year, 8, 1))
    dinner_day = autumn_first + timedelta(days=7)  # a colleague's dinner in the café's room, a Thursday
    new_activity(qtbot, page, lambda d: (plan(qtbot, d, "Fællesspisning", "Lektiecaféen", dinner_day, None,
                                              "16", "19"), click(qtbot, save_button(d))))

    show_month(qtbot, page, date(year, 3, 1))
    march_thursday = thursday_on_or_after(date(year, 3, 1))
    rect = session_rect(qtbot, page.month_grid, CAFE, march_thursday)
    copy_seen = []

    def copy_in_session(dialog: SessionDialog) -> None:
        assert dialog.ui.activityButton.text().replace("&", "") == "Kopiér til næste sæson …"
        copy_seen.extend(when_modal(ActivityDialog, resolve_clash))
        click(qtbot, dialog.ui.activityButton)

    def resolve_clash(dialog: ActivityDialog) -> None:
        copy_seen.append(dialog)
        qtbot.waitUntil(lambda: dialog.ui.datesList.count() > 0)
        assert dialog.weekday_picker.weekdays() == (3,)
        assert dialog.ui.titleEdit.text() == CAFE
        assert dialog.ui.startDateEdit.date().toPython() == autumn_first
        assert dialog.ui.patternLabel.text().startswith("<b>Hver torsdag kl. 15–17")
        rows = [dialog.ui.datesList.item(i).text() for i in range(dialog.ui.datesList.count())]
        clashes = [row for row in rows if "optaget" in row]
        assert clashes == [f"torsdag {dinner_day:%d-%m-%Y} – optaget: »Fællesspisning« i Lektiecaféen kl. 16–19"]
        assert "1 dato støder sammen" in dialog.ui.summaryLabel.text()
        if dialog.width() < 1160:  # offscreen's 800 px screen squeezes it; on a laptop it opens 1160 px wide
            dialog.resize(1160, dialog.height())
        shot(dialog, "kontordag-2-naeste-saeson")
        click(qtbot, save_button(dialog))  # refused: the clash is not decided yet
        assert "1 dato støder sammen" in dialog.ui.errorLabel.text()
        click(qtbot, dialog.ui.skipClashesButton)
        assert dialog.ui.errorLabel.text() == "" and "støder sammen" not in dialog.ui.summaryLabel.text()
        click(qtbot, save_button(dialog))

    when_modal(SessionDialog, copy_in_session)
    qtbot.mouseDClick(page.month_grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(copy_seen) == 1 and copy_seen[0].result() == ActivityDialog.DialogCode.Accepted
    with db.reading() as session:
        copy = session.scalars(select(Activity).where(Activity.start_date == autumn_first)).one()
        days = session.scalars(select(ActivitySession.day).where(ActivitySession.activity_id == copy.id)).all()
    assert copy.title == CAFE and copy.weekday == 3 and copy.description == CAFE_TEXT
    assert days and {d.weekday() for d in days} == {3} and dinner_day not in days and autumn_first in days

    # --- 3. The month programme for the notice board --------------------------------------------------
    show_month(qtbot, page, date(year, 8, 1))
    session_rect(qtbot, page.month_grid, CAFE, autumn_first)  # the new season is in the calendar
    shot(window, "kontordag-3-kalender")
    programme_file = tmp_path / "program.pdf"
    monkeypatch.setattr("boligsocial_desktop.ui.calendar.programme_dialog.QFileDialog.getSaveFileName",
                        lambda *args: (str(programme_file), "PDF-filer (*.pdf)"))

    def save_programme(dialog: ProgrammeDialog) -> None:
        assert dialog.ui.scopeCombo.currentText() == HOUSE
        assert (dialog.ui.monthEdit.date().month(), dialog.ui.monthEdit.date().year()) == (8, year)
        qtbot.waitUntil(lambda: dialog.rendered is not None)
        assert not dialog.ui.previewLabel.pixmap().isNull() and dialog.ui.errorLabel.text() == ""
        shot(dialog, "kontordag-4-maanedsprogram")
        click(qtbot, dialog.ui.saveButton)
        click(qtbot, dialog.ui.closeButton)

    assert when_modal(ProgrammeDialog, save_programme) is not None
    click(qtbot, page.ui.programmeButton)
    programme = programme_file.read_bytes()
    for text in (f"august {year}", CAFE, "Fællesspisning", HOUSE):
        assert_text_on_page(programme, text)

    # --- 4. A poster in Danish, Arabic, Somali and Turkish ----------------------------------------------
    flyers = go_to(qtbot, window, "Plakater")
    assert window.current_page_key() == "flyers"
    table, model = flyers.activity_list.ui.activityTable, flyers.activity_list.activity_model
    details = {model.index(r, ActivityListModel.TITLE).data(DETAIL_ROLE): r for r in range(model.rowCount())
               if model.index(r, ActivityListModel.TITLE).data() == CAFE}
    assert len(details) == 2, "the two seasons' cafés are told apart by the dates under their title"
    row = next(r for detail, r in details.items() if detail.startswith(f"{autumn_first:%d-%m-%Y}"))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 0)).center())
    qtbot.waitUntil(lambda: flyers.source is not None and flyers.source.activity_id == copy.id)
    title_cell = table.visualRect(model.index(row, ActivityListModel.TITLE))
    assert table.viewport().rect().contains(title_cell), "title and dates are seen without scrolling sideways"
    assert table.fontMetrics().horizontalAdvance(CAFE) < title_cell.width(), "the title is not cut off"
    assert table.isColumnHidden(ActivityListModel.PERIOD), "the dates are shown once, under the title"
    flyers.tabs.setCurrentIndex(1)  # Sprog og layout
    languages = flyers.layout_tab.ui.languageList
    for name in TRANSLATIONS:
        item = next(languages.item(i) for i in range(languages.count())
                    if languages.item(i).text().startswith(name + " "))
        languages.setCurrentItem(item)
        languages.setFocus()
        qtbot.keyClick(languages, Qt.Key.Key_Space)
        assert item.checkState() == Qt.CheckState.Checked
    assert flyers.chosen_languages() == ["ar", "so", "tr"]
    flyers.tabs.setCurrentIndex(0)
    translations, texts = flyers.texts.ui.translationTable, flyers.texts.translation_model
    for code, title, description in TRANSLATIONS.values():
        for field, text in (("title", title), ("description", description)):
            index = texts.index(texts.row_for(code, field), TranslationModel.TRANSLATION)
            translations.setCurrentIndex(index)
            translations.setFocus()
            qtbot.keyClick(translations, Qt.Key.Key_F2)
            editor = translations.focusWidget()
            type_text(qtbot, editor, text)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: translations.state() != translations.State.EditingState)
    # saved as the user types, without pressing "Gem tekster"
    qtbot.waitUntil(lambda: flyers.texts.ui.saveStateLabel.text() == "Gemt", timeout=5000)
    saved = FlyerService(db).source(copy.id).saved
    assert saved["title"] == {code: title for code, title, _d in TRANSLATIONS.values()}
    assert saved["description"] == {code: description for code, _t, description in TRANSLATIONS.values()}
    qtbot.waitUntil(lambda: flyers.preview is not None and not flyers.preview.missing, timeout=5000)
    assert flyers.preview_panel.ui.warningLabel.text() == ""
    shot(window, "kontordag-5-plakat")
    poster_file = tmp_path / "plakat.pdf"
    monkeypatch.setattr(flyers.files, "ask_save_path", lambda *args: str(poster_file))
    click(qtbot, flyers.preview_panel.ui.savePdfButton)
    qtbot.waitUntil(poster_file.exists)
    poster = poster_file.read_bytes()
    assert_text_on_page(poster, CAFE)
    for _code, title, _description in TRANSLATIONS.values():
        assert_text_on_page(poster, title)

    # --- 5. Three walk-in visits, keyboard only --------------------------------------------------------
    window.activateWindow()  # the window manager gives the window back the focus after the dialogs
    qtbot.waitUntil(window.isActiveWindow)
    visits = go_to(qtbot, window, "Åben Rådgivning")
    assert window.current_page_key() == "visits"
    ui = visits.entry_tab.ui
    ui.estateCombo.setFocus()
    for number, (topic, language) in enumerate((("g", "ar"), ("d", ""), ("b", "so")), start=1):
        qtbot.keyClicks(ui.estateCombo, "T")
        qtbot.keyClick(ui.estateCombo, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is ui.topicList
        qtbot.keyClicks(ui.topicList, topic)
        qtbot.keyClick(ui.topicList, Qt.Key.Key_Space)
        qtbot.keyClick(ui.topicList, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is ui.languageCombo
        if language:
            qtbot.keyClicks(ui.languageCombo, language)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        with db.reading() as session:
            assert session.scalar(select(func.count()).select_from(AdviceVisit)) == number, ui.messageLabel.text()
        assert QApplication.focusWidget() is ui.estateCombo, "the form is ready for the next visitor"
        qtbot.wait(2 * QApplication.keyboardInputInterval())  # a fresh type-ahead for the next visitor
    assert "Gemt" in ui.messageLabel.text() and visits.entry_tab.recent_model.rowCount() == 3
    with db.reading() as session:
        stored = session.scalars(select(AdviceVisit)).all()
    assert sorted(v.language or "" for v in stored) == ["", "ar", "so"]
    assert all(v.staff_id == context.staff.id and v.notes is None for v in stored)
    shot(window, "kontordag-6-besoeg")

    # --- 6. Help on the poster page ----------------------------------------------------------------------
    go_to(qtbot, window, "Plakater")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow)
    qtbot.addWidget(help_window)
    qtbot.waitExposed(help_window)
    assert help_window.windowTitle() == "Brugervejledning" and help_window.current_file() == "plakater.md"
    assert help_window.browser.document().toPlainText().startswith("Plakater")
    assert help_window.visible_headings()[0] == "Vælg aktiviteten"  # the section of the tab in front
    shot(help_window, "kontordag-7-hjaelp")
    assert CalendarService(db).activity(copy.id).title == CAFE  # nothing of the day was lost
