"""The printed roster list and personal schedule: Danish text, consent decides the phone numbers."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, time

import pytest
from ambassador_helpers import TODAY, person

from boligsocial_desktop.pdf.roster import write_personal_schedule_pdf, write_roster_pdf, write_week_roster_pdf
from boligsocial_desktop.services.ambassadors import (
    DutyInput,
    DutyService,
    MoveInInput,
    RosterFilter,
    WelcomeVisitService,
)
from boligsocial_desktop.services.ambassadors.printouts import (
    personal_schedule_print,
    roster_print,
    week_roster_print,
)


def pdf_text(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_roster_pdf_shows_only_shared_phones(db, estates, ambassadors, tmp_path):
    soeparken, ellemarken = estates
    ambassadors.create(person("Şule Yılmaz", ellemarken.id, ("tr", "modersmål"), phone="26 45 78 90",
                              scope="gemme_og_dele"))
    ambassadors.create(person("Åse Mikkelsen", soeparken.id, "da", phone="20 30 40 50", scope="gemme"))
    ambassadors.create(person("Omar Yusuf", soeparken.id, "ar"))
    data = roster_print(db, RosterFilter(), "Beboerambassadører", today=TODAY)
    assert [(p.name, p.phone) for p in data.people] == [("Omar Yusuf", None), ("Şule Yılmaz", "26 45 78 90"),
                                                        ("Åse Mikkelsen", None)]
    text = pdf_text(write_roster_pdf(tmp_path / "liste.pdf", data))
    assert "Beboerambassadører" in text and "Udskrevet onsdag 4. marts 2026" in text
    assert "Şule Yılmaz" in text and "26 45 78 90" in text and "tyrkisk" in text
    assert "Åse Mikkelsen" in text and "20 30 40 50" not in text


def test_personal_schedule_and_empty_week(db, estates, ambassadors, tmp_path):
    soeparken, _ = estates
    hodan = ambassadors.create(person("Hodan Ali", soeparken.id, "so"))
    duties = DutyService(db, today=TODAY)
    duty = duties.create_duty(DutyInput("vaskekælder-introduktion", soeparken.id, date(2026, 3, 9), time(16),
                                        time(17, 30)))
    duties.assign(duty.id, hodan.id, "bekræftet")
    visits = WelcomeVisitService(db, today=TODAY)
    visit = visits.register_move_in(MoveInInput(soeparken.id, "Søparken 12, st. th.", TODAY, ("so", "ar")))
    visits.assign(visit.visit_id, hodan.id)
    data = personal_schedule_print(db, hodan.id, TODAY, today=TODAY)
    text = pdf_text(write_personal_schedule_pdf(tmp_path / "hodan.pdf", data))
    assert "Vagtplan for Hodan Ali" in text
    assert "Mandag 9. marts 2026" in text and "kl. 16.00–17.30" in text and "Vaskekælder-introduktion" in text
    assert "Søparken 12, st. th." in text and "somali, arabisk" in text and "Senest 18-03-2026" in text
    empty = pdf_text(write_week_roster_pdf(tmp_path / "uge.pdf", week_roster_print(db, date(2026, 4, 1),
                                                                                      today=TODAY)))
    assert "uge 14" in empty and "Der er ingen vagter i denne uge." in empty


@pytest.mark.sqlite_only
def test_names_in_every_script_print_with_embedded_fonts_and_their_glyphs(db, estates, ambassadors, tmp_path):
    from pdf_checks import TITLES, assert_every_font_embedded_and_every_glyph_there, is_joined_arabic, raw_text, words

    soeparken, _ = estates
    names = {"ar": "عمر يوسف", "ti": "ሰላም ተስፋይ", "pl": "Małgorzata Żółkiewska", "ur": "عائشہ خان"}
    people = {lang: ambassadors.create(person(name, soeparken.id, lang)) for lang, name in names.items()}
    duties = DutyService(db, today=TODAY)
    duty = duties.create_duty(DutyInput("vaskekælder-introduktion", soeparken.id, date(2026, 3, 9), time(16),
                                        time(17, 30), needed=4, description=TITLES["ti"]))
    for someone in people.values():
        duties.assign(duty.id, someone.id, "bekræftet")
    pdfs = {
        "liste": write_roster_pdf(tmp_path / "liste.pdf", roster_print(db, RosterFilter(), TITLES["ar"], today=TODAY)),
        "uge": write_week_roster_pdf(tmp_path / "uge.pdf", week_roster_print(db, date(2026, 3, 9), today=TODAY)),
        "person": write_personal_schedule_pdf(tmp_path / "omar.pdf",
                                              personal_schedule_print(db, people["ar"].id, TODAY, today=TODAY)),
    }
    for kind, path in pdfs.items():
        pdf = path.read_bytes()
        fonts = assert_every_font_embedded_and_every_glyph_there(pdf, tmp_path)
        assert {"NotoSans-Regular", "NotoSans-Bold"} <= fonts and any("Arabic" in f for f in fonts), kind
        found = set(words(raw_text(pdf)))
        assert set(words(names["ar"])) <= found, kind
        assert is_joined_arabic("".join(c for c in raw_text(pdf) if "\u0600" <= c <= "\u06ff" or
                                        "\ufb50" <= c <= "\ufeff")), kind
        if kind != "person":
            assert set(words(names["ti"] + " " + names["pl"] + " " + names["ur"])) <= found, kind
    assert set(words(TITLES["ti"])) <= set(words(raw_text(pdfs["uge"].read_bytes())))
