"""The poster service: content from the calendar, saving texts, phrase memory, translator files, batches."""

from __future__ import annotations

import csv
import io

import pytest
from flyer_helpers import (
    ARABIC,
    ARABIC_DESCRIPTION,
    DANISH_DESCRIPTION,
    DANISH_TITLE,
    SOMALI,
    assert_text_on_page,
    make_dinner,
)
from sqlalchemy import select

from boligsocial_desktop.errors import NotFoundError, StaleEditError, ValidationError
from boligsocial_desktop.pdf.poster import PosterOptions
from boligsocial_desktop.services.flyers import FlyerService, phrase_key
from boligsocial_desktop.storage.models import Activity, OfficeSetting, OutboxChange


def test_source_takes_time_and_place_from_the_calendar(dinner):
    source = dinner.service.source(dinner.id)
    content = source.content
    assert content.when == "Hver tirsdag kl. 17.30–19.30, 5. jan. – 22. jun. 2027"
    assert dinner.service.calendar.activity(dinner.id).description_text == content.when
    assert content.place == "Køkkenet, Fælleshuset Søparken"
    assert content.address == "Søparken 40, 4600 Køge"
    assert content.price == "30 kr."
    assert content.signup == "Tilmelding nødvendig: soeparken.dk/spisning"
    assert content.estate == "Søparken"
    assert source.languages == ("ar", "so", "tr")
    assert source.complete_languages() == ("ar", "so", "tr")
    assert source.default_qr().payload == "https://soeparken.dk/spisning"


def test_without_link_the_qr_code_calls_the_contact(db):
    dinner = make_dinner(db, signup_url=None, signup_required=False, price_kr=0.0)
    source = dinner.service.source(dinner.id)
    assert source.default_qr().payload == "tel:+4543591000"
    assert source.content.price == "Gratis"
    assert source.content.signup is None


def test_poster_pdf_with_chosen_languages(dinner):
    pdf, langs = dinner.service.poster_pdf(dinner.id, languages=["da", "ar", "so", "tr"], paper="A3",
                                           template="foto")
    assert langs == ("ar", "so", "tr")
    assert_text_on_page(pdf, ARABIC_DESCRIPTION)
    assert pdf.startswith(b"%PDF")


def test_poster_pdf_refuses_a_language_without_translation(dinner):
    with pytest.raises(ValidationError, match="urdu: titel og beskrivelse"):
        dinner.service.poster_pdf(dinner.id, languages=["ar", "ur"])


def test_default_languages_are_the_fully_translated_ones(db):
    dinner = make_dinner(db, translations={"title": {"ar": ARABIC, "so": SOMALI},
                                           "description": {"ar": ARABIC_DESCRIPTION}})
    _pdf, langs = dinner.service.poster_pdf(dinner.id)
    assert langs == ("ar",)


def test_save_texts_writes_activity_and_memory_in_one_go(dinner, db):
    service = dinner.service
    source = service.source(dinner.id)
    before = _outbox(db)
    saved = service.save_texts(dinner.id, source.version, "Fællesspisning i Søparken ", DANISH_DESCRIPTION,
                               {"title": {"ar": ARABIC, "ur": "اجتماعی کھانا"},
                                "description": {"ar": ARABIC_DESCRIPTION}})
    assert saved.version == source.version + 1
    with db.reading() as session:
        row = session.get(Activity, dinner.id)
        assert row.translations == {"title": {"ar": ARABIC, "ur": "اجتماعی کھانا"},
                                    "description": {"ar": ARABIC_DESCRIPTION}}
        memory = session.scalars(select(OfficeSetting).where(OfficeSetting.key == phrase_key(DANISH_TITLE))).one()
        assert memory.value["t"]["ur"] == "اجتماعی کھانا"
    assert _outbox(db) > before  # shared with the other PCs


def test_stale_save_is_refused(dinner):
    source = dinner.service.source(dinner.id)
    dinner.service.save_texts(dinner.id, source.version, DANISH_TITLE, DANISH_DESCRIPTION, {})
    with pytest.raises(StaleEditError, match="ændret af en anden"):
        dinner.service.save_texts(dinner.id, source.version, DANISH_TITLE, "Noget andet", {})


def test_bad_texts_are_refused_and_nothing_is_saved(dinner, db):
    source = dinner.service.source(dinner.id)
    with pytest.raises(ValidationError, match="Udfyld titel"):
        dinner.service.save_texts(dinner.id, source.version, " ", "", {})
    with pytest.raises(ValidationError, match="Sproget »xx«"):
        dinner.service.save_texts(dinner.id, source.version, DANISH_TITLE, "", {"title": {"xx": "?"}})
    with pytest.raises(ValidationError, match="Titel på arabisk må højst være 300 tegn"):
        dinner.service.save_texts(dinner.id, source.version, DANISH_TITLE, "", {"title": {"ar": "ع" * 301}})
    assert dinner.service.source(dinner.id).version == source.version
    with pytest.raises(NotFoundError):
        dinner.service.save_texts("no-such-id", 1, DANISH_TITLE, "", {})


def test_phrase_memory_offers_earlier_translations_for_the_same_danish(db, dinner):
    other = make_dinner_in_same_db(db, title=DANISH_TITLE, description=DANISH_DESCRIPTION)
    source = dinner.service.source(other)
    assert source.content.text("title", "ar") == ARABIC
    assert source.content.text("description", "ar") == ARABIC_DESCRIPTION
    assert ("title", "ar") in source.suggested and source.saved == {}
    assert source.complete_languages() == ("ar", "so", "tr")


def test_phrase_memory_works_sentence_by_sentence(db, dinner):
    dinner.service.remember("Alle er velkomne. Tag naboen med.", "ar", "الجميع مرحب بهم. أحضروا جيرانكم.")
    found = dinner.service.suggestions("Tag naboen med.  Alle er velkomne.")
    assert found == {"ar": "أحضروا جيرانكم. الجميع مرحب بهم."}
    assert dinner.service.suggestions("Noget helt nyt.") == {}


def make_dinner_in_same_db(db, **changes) -> str:
    from datetime import date, time

    from boligsocial_desktop.domain.enums import Recurrence
    from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
    from boligsocial_desktop.services.places import PlacesService

    room = PlacesService(db).rooms()[0]
    values = dict(title="X", estate_id=room.estate_id, room_id=room.id, recurrence=Recurrence.WEEKLY,
                  start_date=date(2027, 8, 3), end_date=date(2027, 12, 14), start_time=time(17, 30),
                  end_time=time(19, 30))
    values.update(changes)
    return CalendarService(db).save_series(ActivityDraft(**values)).id


# --- Translator files --------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_and_import_round_trip(db, tmp_path, suffix):
    dinner = make_dinner(db, translations={"title": {"ar": ARABIC}})
    service = dinner.service
    path = tmp_path / f"oversaettelse{suffix}"
    assert service.export_texts([dinner.id], ["ar", "so"], path) == 3  # title, description, when
    rows = _read(path)
    assert rows[0][:4] == ["Nøgle", "Aktivitet", "Felt", "Dansk"] and rows[0][4:] == ["ar – arabisk", "so – somali"]
    assert rows[1][3:] == [DANISH_TITLE, ARABIC, ""]
    # the translator fills in the empty cells
    rows[1][5] = SOMALI
    rows[2][4] = ARABIC_DESCRIPTION
    rows[2][5] = "Waxaan wada karinaynaa."
    rows[3][4] = "كل يوم ثلاثاء"
    _write(path, rows)
    result = service.import_texts(path)
    assert (result.updated, result.activities, result.skipped) == (4, 1, ())
    source = service.source(dinner.id)
    assert source.saved["title"] == {"ar": ARABIC, "so": SOMALI}
    assert source.saved["description"]["ar"] == ARABIC_DESCRIPTION
    assert source.saved["when"] == {"ar": "كل يوم ثلاثاء"}
    assert source.complete_languages() == ("ar", "so")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_formula_like_title_is_text_in_the_file_and_reads_back(db, tmp_path, suffix):
    import openpyxl

    dinner = make_dinner(db, translations=None)
    title = '=HYPERLINK("http://x","klik")'
    with db.transaction() as s:
        s.get(Activity, dinner.id).title = title
    path = tmp_path / f"t{suffix}"
    dinner.service.export_texts([dinner.id], ["ar"], path)
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        cell = book.active["D2"]
        assert (cell.value, cell.data_type) == (title, "s")
        book.active["E2"] = ARABIC  # the translator's Excel keeps the Danish cell as text
        book.save(path)
    else:
        rows = _read(path)
        assert rows[1][3] == "'" + title
        rows[1][4] = ARABIC
        _write(path, rows)
    result = dinner.service.import_texts(path)
    assert (result.updated, result.skipped) == (1, ())


def test_import_skips_a_text_whose_danish_changed_but_remembers_it(db, tmp_path):
    dinner = make_dinner(db, translations=None)
    service = dinner.service
    path = tmp_path / "t.csv"
    service.export_texts([dinner.id], ["ar"], path)
    rows = _read(path)
    rows[1][4] = ARABIC
    _write(path, rows)
    source = service.source(dinner.id)
    service.save_texts(dinner.id, source.version, "Fællesspisning for alle", DANISH_DESCRIPTION, {})
    result = service.import_texts(path)
    assert result.updated == 0
    assert "den danske titel i »Fællesspisning for alle« er ændret" in result.skipped[0]
    assert service.suggestions(DANISH_TITLE) == {"ar": ARABIC}


@pytest.mark.parametrize("rows,message", [
    ([["Aktivitet", "Dansk", "ar"]], "mangler kolonnerne »Nøgle« og »Dansk«"),
    ([["Nøgle", "Dansk", "klingon"]], "Kolonnen »klingon« er ikke et sprog"),
    ([["Nøgle", "Dansk", "ar – arabisk"], ["noget", "x", "y"]], "Række 2: nøglen »noget« er ikke fra programmet"),
])
def test_import_refuses_foreign_files(db, tmp_path, rows, message):
    path = tmp_path / "x.csv"
    _write(path, rows)
    with pytest.raises(ValidationError, match=message):
        FlyerService(db).import_texts(path)


def test_import_refuses_a_file_that_is_not_a_table(db, tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK not really")
    with pytest.raises(ValidationError, match="kan ikke læses som et Excel-ark"):
        FlyerService(db).import_texts(path)


def test_export_needs_a_language(dinner, tmp_path):
    with pytest.raises(ValidationError, match="Vælg mindst ét sprog"):
        dinner.service.export_texts([dinner.id], ["da"], tmp_path / "x.xlsx")


# --- Batch, logos, pictures ---------------------------------------------------------------------


def test_batch_writes_one_pdf_per_activity_and_reports_the_rest(db, tmp_path):
    dinner = make_dinner(db)
    second = make_dinner_in_same_db(db, title="Lektiecafé", description="Hjælp til lektier.")
    reports = []
    result = dinner.service.batch([dinner.id, second, dinner.id], tmp_path / "plakater", languages=["ar"],
                                  progress=lambda p, t: reports.append(p))
    assert [p.name for p in result.written] == ["Plakat – Fællesspisning i Søparken.pdf",
                                                 "Plakat – Fællesspisning i Søparken (2).pdf"]
    assert len(result.problems) == 1 and result.problems[0].startswith("Lektiecafé: Plakaten mangler oversættelser")
    assert reports == [33, 67, 100]


def test_logo_is_stored_small_and_printed(db, dinner, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGBA", (3000, 1200), (200, 30, 30, 255)).save(logo)
    dinner.service.set_logo(dinner.estate_id, logo)
    stored = dinner.service.logo(dinner.estate_id)
    with Image.open(io.BytesIO(stored)) as image:
        assert max(image.size) == 800
    assert dinner.service.source(dinner.id).content.logo == stored
    pdf, _ = dinner.service.poster_pdf(dinner.id)
    assert b"/Subtype /Image" in pdf
    dinner.service.set_logo(dinner.estate_id, None)
    assert dinner.service.logo(dinner.estate_id) is None


def test_pictures_that_are_not_pictures_or_too_big_are_refused(tmp_path, dinner):
    from PIL import Image

    from boligsocial_desktop.pdf.poster.images import load_picture

    text = tmp_path / "billede.jpg"
    text.write_text("dette er ikke et billede")
    with pytest.raises(ValidationError, match=r"»billede.jpg« er ikke et billede, programmet kan læse"):
        load_picture(text)
    empty = tmp_path / "tom.png"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="er tom"):
        load_picture(empty)
    huge = tmp_path / "kæmpe.png"
    Image.new("1", (9000, 8000)).save(huge)
    with pytest.raises(ValidationError, match="for stort \\(9000 × 8000 punkter\\)"):
        load_picture(huge)
    with pytest.raises(ValidationError, match="findes ikke længere"):
        load_picture(tmp_path / "væk.png")
    photo = tmp_path / "foto.jpg"
    Image.new("RGB", (4000, 3000), (20, 120, 200)).save(photo)
    picture = load_picture(photo)
    assert max(picture.width, picture.height) == 2400
    pdf, _ = dinner.service.poster_pdf(dinner.id, template="foto", picture=photo)
    assert len(pdf) < 2_000_000


def _outbox(db) -> int:
    with db.reading() as session:
        return len(session.scalars(select(OutboxChange.seq)).all())


def _read(path):
    if path.suffix == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        return [row for row in csv.reader(io.StringIO(text), delimiter=";")]
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    return [["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)]


def _write(path, rows):
    if path.suffix == ".csv":
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";").writerows(rows)
        path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
        return
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


def test_render_preview_marks_missing_and_print_refuses(dinner):
    source = dinner.service.source(dinner.id)
    content = FlyerService.with_texts(source, DANISH_TITLE, DANISH_DESCRIPTION, {"title": {"ar": ARABIC}})
    preview = FlyerService.render(content, PosterOptions(languages=("ar",)), strict=False)
    assert preview.report.missing == [("ar", "description")]
    with pytest.raises(ValidationError):
        FlyerService.render(content, PosterOptions(languages=("ar",)))
