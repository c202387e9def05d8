"""Arabic joining and right-to-left order, line by line, before anything is drawn."""

from __future__ import annotations

import unicodedata

import pytest

from boligsocial_desktop.pdf.bidi import isolate_ltr, paragraph_rtl, shape, visual, visual_text


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def forms(text: str) -> list[str]:
    """The presentation-form names of the shaped letters, e.g. 'ARABIC LETTER AIN INITIAL FORM'."""
    return [unicodedata.name(c) for c in shape(text) if not c.isspace()]


def test_letters_are_joined_initial_medial_final():
    names = forms("عشاء")  # ain-sheen-alef-hamza
    assert names[0].endswith("INITIAL FORM")
    assert names[1].endswith("MEDIAL FORM")
    assert names[2].endswith("FINAL FORM")
    assert names[3].endswith("ISOLATED FORM")  # hamza does not join
    assert nfkc(shape("عشاء")) == "عشاء"


def test_lam_alef_becomes_one_ligature_and_vowel_marks_are_kept():
    shaped = shape("لا معًا")
    assert "\ufefb" in shaped  # ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM
    assert "\u064b" in shaped  # fathatan kept
    assert nfkc(shaped) == "لا معًا"


@pytest.mark.parametrize("text", ["ثبت‌نام رایگان است", "سوپارکن میں مشترکہ کھانا۔ ہر منگل کو", "پ چ ژ گ ک ی"])
def test_farsi_and_urdu_letters_shape_to_forms_the_font_has(text):
    from boligsocial_desktop.pdf.fonts import FontBook, Script

    book = FontBook()
    font = book.font(Script.ARABIC, False)
    drawn = [c for c in shape(text) if unicodedata.category(c) != "Cf" and not c.isspace()]
    assert all(book.has_glyph(font, c) for c in drawn)


def test_pure_arabic_line_is_reversed():
    line = visual_text("كل يوم", True)
    assert nfkc(line) == "موي لك"


def test_digits_and_times_stay_left_to_right_inside_arabic():
    line = visual_text("من الساعة 17:30 إلى 19:30", True)
    # drawn left to right: the later time is on the left, each time reads 17:30, not 03:71
    assert nfkc(line).startswith("19:30 ")
    assert "17:30" in line and "03:71" not in line and "03:91" not in line
    assert nfkc(line).index("19:30") < nfkc(line).index("17:30")


def test_latin_name_inside_arabic_keeps_its_letter_order():
    line = nfkc(visual_text("عشاء جماعي في Søparken", True))
    assert line.startswith("Søparken ")
    assert line.endswith("ءاشع")


def test_brackets_are_mirrored_in_right_to_left_runs():
    line = visual_text("أحضروا (الأطفال مجانًا)", True)
    # the opening bracket is logically first, so it is drawn rightmost, and must open to the left: ")" glyph
    # so the drawn line starts with "(" (the mirrored closing bracket) and the ")" stands before أحضروا
    assert line[0] == "("
    assert [c for c in line if c in "()"] == ["(", ")"]
    assert nfkc(line).endswith(") اورضحأ")


def test_phone_number_in_an_isolate_keeps_its_pairs():
    line = visual_text(f"اتصل على {isolate_ltr('43 59 10 00')}", True)
    assert "43 59 10 00" in line
    assert "\u2066" not in line and "\u2069" not in line  # formatting controls are not drawn


def test_vowel_mark_is_drawn_just_before_its_letter_in_rtl():
    order = visual(shape("معًا"), True)
    chars = [c for _, c in order]
    mark = chars.index("\u064b")
    assert unicodedata.name(chars[mark + 1]).startswith("ARABIC LETTER AIN")


def test_danish_text_with_an_arabic_word_stays_left_to_right():
    assert not paragraph_rtl("Velkommen til عشاء", "da")
    line = visual_text("Velkommen til عشاء 30 kr.", False)
    assert line.startswith("Velkommen til ")
    assert line.endswith(" kr.")


def test_kurdish_direction_follows_the_script():
    assert paragraph_rtl("خواردنی هاوبەش", "ku")
    assert not paragraph_rtl("Xwarina hevpar", "ku")


def test_text_of_no_known_language_takes_the_direction_of_its_first_letter_outside_isolates():
    from boligsocial_desktop.pdf.bidi import AUTO, isolate

    assert paragraph_rtl("عشاء جماعي · Salen", AUTO)
    assert not paragraph_rtl("Salen · عشاء جماعي", AUTO)
    assert not paragraph_rtl(isolate("عشاء جماعي") + " · Salen", AUTO)  # the title inside does not decide
    assert not paragraph_rtl("ራት ብሓባር", AUTO) and not paragraph_rtl("12:30", AUTO)
