"""The rendered poster checked from the outside: text read back, glyphs, boxes, QR codes."""

from __future__ import annotations

import urllib.parse

import pytest
from flyer_helpers import (
    ARABIC,
    ARABIC_DESCRIPTION,
    DANISH_DESCRIPTION,
    DANISH_TITLE,
    SOMALI,
    SOMALI_DESCRIPTION,
    TRANSLATIONS,
    TURKISH,
    TURKISH_DESCRIPTION,
    assert_inside_boxes,
    assert_text_on_page,
    decode_qr,
    embedded_fonts,
    logical_text,
    missing_glyphs_in_pdf,
    page_png,
    words,
)

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.pdf.fonts import FontBook, FontMissingError, UnsupportedCharacterError
from boligsocial_desktop.pdf.poster import PosterContent, PosterOptions, make_qr, render_poster
from boligsocial_desktop.pdf.poster.qr import to_uri
from boligsocial_desktop.pdf.text import TextOverflowError

CONTENT = PosterContent(
    title=DANISH_TITLE, description=DANISH_DESCRIPTION, when="Hver tirsdag kl. 17.30–19.30, 5. jan. – 22. jun. 2027",
    place="Køkkenet, Fælleshuset Søparken", address="Søparken 40, 4600 Køge", price="30 kr.",
    signup="Tilmelding nødvendig: soeparken.dk/spisning", contact="Mette Hansen, 43 59 10 00", estate="Søparken",
    organisation="Boligselskabet Køge", translations=TRANSLATIONS)
LANGS = ("ar", "so", "tr")
TEXTS = [DANISH_TITLE, DANISH_DESCRIPTION, ARABIC, ARABIC_DESCRIPTION, SOMALI, SOMALI_DESCRIPTION, TURKISH,
         TURKISH_DESCRIPTION]


@pytest.mark.parametrize("template", ["overskrift", "foto", "kopi"])
def test_every_language_can_be_read_back_from_the_pdf(template):
    poster = render_poster(CONTENT, PosterOptions(languages=LANGS, template=template))
    assert poster.report.pages == 1
    for text in TEXTS:
        assert_text_on_page(poster.pdf, text)
    assert_text_on_page(poster.pdf, CONTENT.when)


def test_arabic_read_back_is_in_logical_order_not_drawn_order():
    poster = render_poster(CONTENT, PosterOptions(languages=("ar",)))
    found = words(logical_text(poster.pdf))
    expected = words(ARABIC_DESCRIPTION)
    reversed_words = [w[::-1] for w in reversed(expected)]
    assert expected[0] in found and found.index(expected[0]) < found.index(expected[-1])
    assert not any(found[i:i + 3] == reversed_words[:3] for i in range(len(found)))


def test_one_language_per_page():
    poster = render_poster(CONTENT, PosterOptions(languages=LANGS, one_language_per_page=True))
    assert poster.report.pages == 4
    assert_text_on_page(poster.pdf, DANISH_DESCRIPTION, page=0)
    assert_text_on_page(poster.pdf, ARABIC, page=1)
    assert_text_on_page(poster.pdf, ARABIC_DESCRIPTION, page=1)
    assert_text_on_page(poster.pdf, DANISH_TITLE, page=1)  # the Danish title stays small on every page
    assert_text_on_page(poster.pdf, SOMALI_DESCRIPTION, page=2)
    assert_text_on_page(poster.pdf, TURKISH_DESCRIPTION, page=3)
    assert ARABIC_DESCRIPTION[:5] not in logical_text(poster.pdf, 2)


@pytest.mark.parametrize("paper", ["A5", "A4", "A3"])
@pytest.mark.parametrize("template", ["overskrift", "foto", "kopi"])
def test_no_text_leaves_its_box_and_every_glyph_is_in_its_embedded_font(paper, template):
    poster = render_poster(CONTENT, PosterOptions(languages=LANGS, paper=paper, template=template,
                                                  qr=make_qr("url", "https://soeparken.dk/spisning")))
    assert_inside_boxes(poster.report)
    assert missing_glyphs_in_pdf(poster.pdf) == []
    fonts = embedded_fonts(poster.pdf)
    assert fonts and all(fonts.values()), fonts
    assert {name.split("+")[-1] for name in fonts} <= {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular",
                                                      "NotoSansArabic-Bold"}


def test_report_runs_use_fonts_that_have_every_character():
    from flyer_helpers import cmap_of

    poster = render_poster(CONTENT, PosterOptions(languages=LANGS))
    runs = [run for placed in poster.report.texts for line in placed.setting.lines for run in line.runs]
    assert any("Arabic" in run.font for run in runs)
    for run in runs:
        assert all(ord(c) in cmap_of(run.font) for c in run.text if not c.isspace()), run


def test_very_long_danish_title_and_arabic_description_shrink_and_wrap_inside_their_boxes():
    title = "Stor fællesspisning for hele Søparken med musik, fortællinger og mad fra mange af verdens køkkener " * 2
    arabic = (ARABIC_DESCRIPTION + " ") * 6
    content = PosterContent(title=title.strip(), description=DANISH_DESCRIPTION, when=CONTENT.when,
                            place=CONTENT.place, estate="Søparken",
                            translations={"title": {"ar": ARABIC}, "description": {"ar": arabic.strip()}})
    poster = render_poster(content, PosterOptions(languages=("ar",)))
    assert_inside_boxes(poster.report)
    title_setting = next(p.setting for p in poster.report.texts if p.element == "title")
    assert title_setting.size < 58 and len([line for line in title_setting.lines if line.para.kind == "title:da"]) >= 3
    body = next(p.setting for p in poster.report.texts if p.element == "body")
    arabic_lines = [line for line in body.lines if line.para.kind == "description:ar"]
    assert len(arabic_lines) >= 8 and all(line.rtl for line in arabic_lines)
    assert_text_on_page(poster.pdf, title)
    assert_text_on_page(poster.pdf, arabic)
    assert missing_glyphs_in_pdf(poster.pdf) == []


def test_text_too_long_for_any_size_is_refused_not_cut():
    content = PosterContent(title=DANISH_TITLE, description="Meget lang tekst om alt muligt. " * 400)
    with pytest.raises(TextOverflowError, match=r"for lang til plakaten.*forkorte beskrivelsen på dansk"):
        render_poster(content, PosterOptions())


@pytest.mark.parametrize("kind,target,payload", [
    ("url", "https://soeparken.dk/spisning?uge=2", "https://soeparken.dk/spisning?uge=2"),
    ("tel", "43 59 10 00", "tel:+4543591000"),
    ("sms", "+45 43 59 10 00", "SMSTO:+4543591000:TILMELD"),
])
def test_qr_code_decodes_to_its_content(tmp_path, kind, target, payload):
    qr = make_qr(kind, target, "TILMELD" if kind == "sms" else None)
    poster = render_poster(CONTENT, PosterOptions(languages=LANGS, qr=qr))
    assert poster.report.qr_payload == payload
    assert decode_qr(page_png(poster.pdf, tmp_path, dpi=100)) == [payload]


def test_web_address_with_danish_letters_is_encoded_as_a_uri(tmp_path):
    host = "www." + "søparken".encode("idna").decode("ascii") + ".dk"
    expected = f"https://{host}/tilmeld/" + urllib.parse.quote("æblekage")
    assert expected == "https://www.xn--sparken-q1a.dk/tilmeld/%C3%A6blekage"
    qr = make_qr("url", "https://www.søparken.dk/tilmeld/æblekage")
    assert qr.payload == expected
    poster = render_poster(CONTENT, PosterOptions(languages=LANGS, qr=qr))
    assert decode_qr(page_png(poster.pdf, tmp_path, dpi=100)) == [expected]


@pytest.mark.parametrize("typed,uri", [
    ("www.bøger.dk/tilmeld", "https://www." + "bøger".encode("idna").decode() + ".dk/tilmeld"),
    ("søparken.dk", "https://" + "søparken".encode("idna").decode() + ".dk"),
    ("https://soeparken.dk/a%20b?ret=ø&uge=2#å", "https://soeparken.dk/a%20b?ret=%C3%B8&uge=2#%C3%A5"),
    ("HTTPS://Søparken.DK:8080/", "https://" + "søparken".encode("idna").decode() + ".dk:8080/"),
    ("https://soeparken.dk/spisning?uge=2", "https://soeparken.dk/spisning?uge=2"),
    ("Ring 43 59 10 00", "Ring 43 59 10 00"),
    ("Tilmelding hos Mette i køkkenet", "Tilmelding hos Mette i køkkenet"),
    ("43591000", "43591000"),
])
def test_to_uri(typed, uri):
    assert to_uri(typed) == uri
    assert to_uri(typed).isascii() or to_uri(typed) == typed


def test_sms_text_with_danish_letters_keeps_its_text():
    assert (
        make_qr("sms", "43 59 10 00", "Jeg kommer til æblekage").payload == "SMSTO:+4543591000:Jeg kommer til æblekage"
    )


def test_qr_code_decodes_on_a5_copier_template(tmp_path):
    qr = make_qr("url", "https://soeparken.dk/tilmelding/faellesspisning-foraar-2027")
    poster = render_poster(CONTENT, PosterOptions(languages=LANGS, qr=qr, paper="A5", template="kopi"))
    assert decode_qr(page_png(poster.pdf, tmp_path, dpi=150)) == [qr.payload]


def test_tigrinya_uses_the_ethiopic_font():
    content = PosterContent(title="Sprogcafé", description="Øv dansk.",
                            translations={"title": {"ti": "ናይ ቋንቋ ካፈ 2027"}, "description": {"ti": "ዳኒሽ ተለማመዱ።"}})
    poster = render_poster(content, PosterOptions(languages=("ti",)))
    assert_text_on_page(poster.pdf, "ናይ ቋንቋ ካፈ 2027")
    assert missing_glyphs_in_pdf(poster.pdf) == []
    assert any("Ethiopic" in name for name in embedded_fonts(poster.pdf))


def test_farsi_and_urdu_posters_read_back():
    content = PosterContent(title="Fællesspisning", description="Alle er velkomne.", translations={
        "title": {"fa": "شام جمعی", "ur": "اجتماعی کھانا"},
        "description": {"fa": "ثبت‌نام رایگان است. همه خوش آمدید!", "ur": "سب کو خوش آمدید۔ ہر منگل کو شام 5:30 بجے"}})
    poster = render_poster(content, PosterOptions(languages=("fa", "ur")))
    for text in ("شام جمعی", "اجتماعی کھانا", "همه خوش آمدید", "ہر منگل کو شام 5:30 بجے"):
        assert_text_on_page(poster.pdf, text)
    assert missing_glyphs_in_pdf(poster.pdf) == []


# --- Bad input: clear Danish messages, never a poster silently missing a text ---------------


def test_missing_translation_is_refused_for_print_and_marked_in_the_preview():
    content = PosterContent(title=DANISH_TITLE, description=DANISH_DESCRIPTION,
                            translations={"title": {"ar": ARABIC, "so": SOMALI}})
    with pytest.raises(ValidationError, match=r"mangler oversættelser \(arabisk: beskrivelse; somali: beskrivelse\)"):
        render_poster(content, PosterOptions(languages=("ar", "so")))
    preview = render_poster(content, PosterOptions(languages=("ar", "so")), strict=False)
    assert preview.report.missing == [("ar", "description"), ("so", "description")]
    assert_text_on_page(preview.pdf, "Mangler: beskrivelse på arabisk")


def test_a_language_without_a_title_translation_is_refused():
    content = PosterContent(title=DANISH_TITLE)
    with pytest.raises(ValidationError, match="tyrkisk: titel"):
        render_poster(content, PosterOptions(languages=("tr",)))


def test_unknown_and_unprintable_languages_are_refused():
    with pytest.raises(ValidationError, match="Sproget »xx« kender programmet ikke"):
        render_poster(CONTENT, PosterOptions(languages=("xx",)))
    with pytest.raises(ValidationError, match="ingen skrifttype til det alfabet"):
        render_poster(CONTENT, PosterOptions(languages=("th",)))


def test_character_no_font_has_is_refused_with_its_name():
    content = PosterContent(title="Fællesspisning 🍲")
    with pytest.raises(UnsupportedCharacterError, match=r"U\+1F372.*titlen på dansk.*tom firkant"):
        render_poster(content, PosterOptions())


def test_missing_font_file_gives_a_danish_message(tmp_path):
    with pytest.raises(FontMissingError, match=r"Skrifttypen NotoSans-Regular.ttf mangler i mappen"):
        render_poster(CONTENT, PosterOptions(), fonts=FontBook(tmp_path))


def test_broken_font_file_gives_a_danish_message(tmp_path):
    (tmp_path / "NotoSans-Regular.ttf").write_bytes(b"not a font")
    with pytest.raises(FontMissingError, match="kan ikke læses"):
        render_poster(CONTENT, PosterOptions(), fonts=FontBook(tmp_path))


@pytest.mark.parametrize("kind,target,message", [
    ("url", "ikke en adresse", "er ikke en webadresse"),
    ("tel", "ring til Mette", "er ikke et telefonnummer"),
    ("tel", "123 45", "er ikke et telefonnummer"),
    ("url", "", "Skriv tilmeldingslinket"),
    ("url", "https://soeparken.dk/" + "x" * 400, "højst indeholde 300 tegn"),
    ("sms", "43591000", None),
])
def test_qr_content_is_checked(kind, target, message):
    if message is None:
        assert make_qr(kind, target).payload == "SMSTO:+4543591000:"
        return
    with pytest.raises(ValidationError, match=message):
        make_qr(kind, target)


def test_empty_title_and_wrong_paper_are_refused():
    with pytest.raises(ValidationError, match="skal have en titel"):
        render_poster(PosterContent(title="  "), PosterOptions())
    with pytest.raises(ValidationError, match="Vælg A5, A4 eller A3"):
        render_poster(CONTENT, PosterOptions(paper="Letter"))


def test_the_glyph_check_catches_a_character_drawn_with_the_wrong_font():
    import io

    from reportlab.pdfgen.canvas import Canvas

    from boligsocial_desktop.pdf.fonts import Script, font_book

    name = font_book().font(Script.LATIN, False)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=name)
    canvas.setFont(name, 20)
    canvas.drawString(50, 700, "Hej \u0639")  # Arabic ain with the Latin font: a blank box on paper
    canvas.save()
    assert missing_glyphs_in_pdf(buffer.getvalue()) == [("\x00", "/AAAAAA+NotoSans-Regular")]


def test_a_damaged_stored_logo_gives_the_estate_name_instead():
    content = PosterContent(title=DANISH_TITLE, estate="Søparken", logo=b"not an image")
    poster = render_poster(content, PosterOptions())
    assert_text_on_page(poster.pdf, "Søparken")


@pytest.mark.parametrize("payload", ["https://www.xn--bger-gra.dk/tilmeld?hus=1", "tel:+4543591000",
                                     "SMSTO:43591000:Ja"])
def test_the_qr_modules_are_reportlabs_own_without_its_barcode_package(payload):
    """The encoder is loaded on its own (the barcode package would load ReportLab's graphics and platypus);
    it gives exactly the modules of ReportLab's reportlab.graphics.barcode.qrencoder."""
    from reportlab.graphics.barcode import qrencoder

    from boligsocial_desktop.pdf.poster.qr import modules

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.make()
    count = qr.getModuleCount()
    assert modules(payload) == [[bool(qr.isDark(row, col)) for col in range(count)] for row in range(count)]
