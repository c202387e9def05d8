"""The poster's facts (time, place, QR caption) in every chosen language, from the sessions actually held."""

from __future__ import annotations

import os
import subprocess
from datetime import date

from flyer_helpers import DANISH_TITLE, assert_text_on_page, make_dinner
from test_flyers_page import check_language, click_activity, open_page, window  # noqa: F401

from boligsocial_desktop.domain.poster_phrases import phrases
from boligsocial_desktop.pdf.poster.languages import poster_languages
from boligsocial_desktop.services.calendar import CalendarService

TURKISH_WHEN = "Her Salı, saat 17:30–19:30, 12 Ocak – 22 Haziran 2027, 23 ve 30 Mart hariç"


def _cancel(db, dinner_id, *days):
    calendar = CalendarService(db)
    for session in calendar.sessions_between(date(2027, 1, 1), date(2027, 12, 31)):
        if session.activity_id == dinner_id and session.day in days:
            calendar.cancel_session(session.id, "Lukket")


def test_phrase_list_covers_every_word_for_each_language():
    words = phrases()
    keys = set(words["da"])
    for code, entry in words.items():
        assert code in poster_languages(), code
        assert set(entry) >= keys - {"months_long"}, code
        assert len(entry["weekdays"]) == 7 and len(entry["months"]) == 12, code


def test_first_held_date_skipped_dates_and_facts_per_language(db):
    dinner = make_dinner(db)
    _cancel(db, dinner.id, date(2027, 1, 5), date(2027, 3, 23), date(2027, 3, 30))
    source = dinner.service.source(dinner.id)
    assert source.content.when == "Hver tirsdag kl. 17.30–19.30, 12. jan. – 22. jun. 2027, ikke 23. og 30. marts"
    assert source.content.fact("when", "tr") == TURKISH_WHEN
    assert source.content.fact("when", "so").startswith("Talaado kasta, saacadda 17:30–19:30, 12 Janaayo")
    assert source.content.fact("place", "tr") == "Yer: Køkkenet, Fælleshuset Søparken"


def test_poster_page_prints_time_place_and_qr_caption_in_each_language(qtbot, window, db, tmp_path):  # noqa: F811
    dinner = make_dinner(db)
    _cancel(db, dinner.id, date(2027, 1, 5), date(2027, 3, 23), date(2027, 3, 30))
    page = open_page(qtbot, window)
    page.reload()
    click_activity(qtbot, page, DANISH_TITLE)
    assert page.texts.ui.whenValue.text().endswith("ikke 23. og 30. marts")
    model = page.texts.translation_model
    from PySide6.QtCore import Qt

    from boligsocial_desktop.ui.flyers.models import TranslationModel
    when_cell = model.index(model.row_for("tr", "when"), TranslationModel.TRANSLATION)
    assert when_cell.data() == TURKISH_WHEN, "the time line the poster prints, shown where no translation is typed"
    assert when_cell.data(Qt.ItemDataRole.EditRole) == ""
    page.tabs.setCurrentIndex(1)
    page.layout_tab.set_language_checked("ar", False)
    page.layout_tab.set_language_checked("so", False)
    page.layout_tab.set_language_checked("tr", False)
    before = page.preview
    check_language(qtbot, page, "tyrkisk")
    qtbot.waitUntil(lambda: page.preview is not before and page.preview is not None, timeout=3000)
    pdf = page.preview.pdf
    assert_text_on_page(pdf, TURKISH_WHEN)
    assert_text_on_page(pdf, "Yer: Køkkenet, Fælleshuset Søparken")
    assert_text_on_page(pdf, "Scan og tilmeld dig")
    assert_text_on_page(pdf, "Kaydolmak için tarayın")
    if os.environ.get("BOLIGSOCIAL_SHOTS"):
        path = tmp_path / "poster.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(path),
                        os.path.join(os.environ["BOLIGSOCIAL_SHOTS"], "poster_tr")], check=True)
