"""The sign-up sheet and the month tick-off list: only embedded fonts, every glyph drawn, names in any script."""

from __future__ import annotations

from datetime import date

from pdf_checks import TITLES, assert_every_font_embedded_and_every_glyph_there, is_joined_arabic, page_png, raw_text

from boligsocial_desktop.domain.printouts import SignupSheetPrint, TickSheetPrint
from boligsocial_desktop.pdf.signups import signup_sheet_pdf, tick_sheet_pdf

ARABIC_NAME = "فاطمة الزهراء"
TIGRINYA_NAME = "ሰላም ተኽለ"


def test_signup_sheet_with_titles_in_other_scripts(tmp_path):
    sheet = SignupSheetPrint(
        title=f"Familiekursus · {TITLES['ar']} · {TITLES['ti']}", when="Hver tirsdag kl. 17–19",
        place="Fælleshuset Taastrupgaard, Lokale 1", address="Taastrupgårdsvej 107, 2630 Taastrup",
        capacity=12, seats_left=3, waiting=2, contact=f"Spørg {TIGRINYA_NAME} eller {ARABIC_NAME}",
        qr_payload="tel:+4512345678", qr_caption="Scan og ring op", first_day=date(2027, 1, 5),
        description=f"For familier. {TITLES['ar']}")
    pdf = signup_sheet_pdf(sheet)
    fonts = assert_every_font_embedded_and_every_glyph_there(pdf, tmp_path)
    assert any("Arabic" in f for f in fonts) and any("Ethiopic" in f for f in fonts), fonts
    assert is_joined_arabic("".join(c for c in raw_text(pdf) if "\u0600" <= c <= "\ufeff"))
    assert page_png(pdf, tmp_path, dpi=40).stat().st_size > 1000


def test_tick_off_list_with_arabic_and_tigrinya_names(tmp_path):
    days = tuple(date(2027, 1, d) for d in (5, 12, 19, 26))
    sheet = TickSheetPrint(title="Lektiecafé", period="januar 2027", place="Fælleshuset Taastrupgaard",
                           days=days, names=("Anders Jensen", ARABIC_NAME, TIGRINYA_NAME),
                           ticked=frozenset({(0, 0), (1, 1), (2, 2)}))
    pdf = tick_sheet_pdf(sheet)
    fonts = assert_every_font_embedded_and_every_glyph_there(pdf, tmp_path)
    assert any("Arabic" in f for f in fonts) and any("Ethiopic" in f for f in fonts), fonts
    text = raw_text(pdf)
    assert "Anders Jensen" in text and "ሰላም" in text
    assert is_joined_arabic("".join(c for c in text if "\u0600" <= c <= "\ufeff"))
