"""Translations typed on the poster page are never lost: saved as typed and before another activity is shown."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import time

from flyer_helpers import ARABIC, DANISH_TITLE, SOMALI, make_dinner
from PySide6.QtCore import Qt
from test_flyers_page import click_activity, open_page, type_translation, window  # noqa: F401

from boligsocial_desktop.services.calendar import CalendarService
from boligsocial_desktop.services.flyers import FlyerService
from boligsocial_desktop.ui.flyers.models import TranslationModel


def _second_activity(db, dinner_id: str) -> str:
    calendar = CalendarService(db)
    draft = calendar.activity(dinner_id).draft
    return calendar.save_series(replace(draft, title="Lektiecafé", start_time=time(15), end_time=time(17),
                                        description="Hjælp til lektier.")).id


def _cell(page, lang, field):
    model = page.texts.translation_model
    return model.index(model.row_for(lang, field), TranslationModel.TRANSLATION).data(Qt.ItemDataRole.EditRole)


def test_typed_translation_survives_choosing_another_activity(qtbot, window, db):  # noqa: F811
    dinner = make_dinner(db, translations=None)
    _second_activity(db, dinner.id)
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    type_translation(qtbot, page, "ar", "title", ARABIC)
    assert page.texts.ui.saveStateLabel.text() == "Ikke gemt endnu …"
    assert page.texts.save_timer.isActive()

    click_activity(qtbot, page, "Lektiecafé")  # at once, before the pause is over
    assert FlyerService(db).source(dinner.id).saved["title"] == {"ar": ARABIC}
    click_activity(qtbot, page, DANISH_TITLE)
    assert _cell(page, "ar", "title") == ARABIC


def test_translation_is_saved_a_moment_after_typing(qtbot, window, db):  # noqa: F811
    dinner = make_dinner(db, translations=None)
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    type_translation(qtbot, page, "so", "title", SOMALI)
    qtbot.waitUntil(lambda: page.texts.ui.saveStateLabel.text() == "Gemt", timeout=3000)
    assert FlyerService(db).source(dinner.id).saved["title"] == {"so": SOMALI}
    type_translation(qtbot, page, "so", "title", SOMALI + " 2")  # a second save uses the newer version
    qtbot.waitUntil(lambda: page.texts.ui.saveStateLabel.text() == "Gemt", timeout=3000)
    assert FlyerService(db).source(dinner.id).saved["title"] == {"so": SOMALI + " 2"}
    assert page.messages.text() == ""
    if os.environ.get("BOLIGSOCIAL_SHOTS"):
        window.grab().save(os.path.join(os.environ["BOLIGSOCIAL_SHOTS"], "flyers_saved.png"))


def test_a_text_that_cannot_be_saved_keeps_its_activity_on_screen(qtbot, window, db):  # noqa: F811
    dinner = make_dinner(db, translations=None)
    _second_activity(db, dinner.id)
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    page.texts.ui.titleEdit.setFocus()
    page.texts.ui.titleEdit.selectAll()
    qtbot.keyClick(page.texts.ui.titleEdit, Qt.Key.Key_Delete)  # an empty title cannot be saved
    type_translation(qtbot, page, "ar", "description", ARABIC)
    table = page.activity_list.ui.activityTable
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Lektiecafé")
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 0)).center())
    assert page.source.activity_id == dinner.id
    assert "titel" in page.messages.text().lower()
    assert _cell(page, "ar", "description") == ARABIC, "the typed translation is still there"
    assert page.texts.ui.saveStateLabel.text() == "Ikke gemt"


def test_closing_the_window_saves_what_was_just_typed(qtbot, window, db):  # noqa: F811
    dinner = make_dinner(db, translations=None)
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    type_translation(qtbot, page, "so", "title", SOMALI)
    window.close()
    assert FlyerService(db).source(dinner.id).saved["title"] == {"so": SOMALI}


def test_a_change_elsewhere_to_other_fields_does_not_stop_the_save(qtbot, window, db):  # noqa: F811
    dinner = make_dinner(db, translations=None)
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    calendar = CalendarService(db)
    info = calendar.activity(dinner.id)
    calendar.update_activity(dinner.id, replace(info.draft, contact="Ali, 43 59 10 01"), info.version)  # another PC
    type_translation(qtbot, page, "so", "title", SOMALI)
    page.texts.save_texts()
    assert FlyerService(db).source(dinner.id).saved["title"] == {"so": SOMALI}
    assert page.texts.ui.saveStateLabel.text() == "Gemt"


def test_a_change_in_the_calendar_shows_on_the_poster_but_typed_texts_stay(qtbot, window, db):  # noqa: F811
    dinner = make_dinner(db, translations=None)
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    description = page.texts.ui.descriptionEdit
    calendar = CalendarService(db)
    info = calendar.activity(dinner.id)
    calendar.update_activity(dinner.id, replace(info.draft, description="Nu med dessert."), info.version)
    qtbot.waitUntil(lambda: description.toPlainText() == "Nu med dessert.")  # else the old text is printed
    assert page.source is not None and page.source.content.description == "Nu med dessert."
    assert page.texts.ui.saveStateLabel.text() == "Teksterne gemmes, mens du skriver."

    type_translation(qtbot, page, "so", "title", SOMALI)  # typed, not saved yet
    info = calendar.activity(dinner.id)
    calendar.update_activity(dinner.id, replace(info.draft, contact="Ali, 43 59 10 01"), info.version)
    assert _cell(page, "so", "title") == SOMALI  # the change elsewhere does not wipe what is typed
    qtbot.waitUntil(lambda: page.texts.ui.saveStateLabel.text() == "Gemt", timeout=3000)
    assert FlyerService(db).source(dinner.id).saved["title"] == {"so": SOMALI}
