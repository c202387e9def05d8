import re
import shutil
import subprocess
from datetime import date, time, timedelta
from xml.etree import ElementTree

import pytest

from boligsocial_desktop.pdf.month_programme import (
    MonthProgramme,
    ProgrammeEntry,
    group_by_week,
    render_month_programme,
)

GENERATED = date(2026, 11, 23)

# (weekday, start, end, title, room): a busy house, 13 weekly activities.
WEEKLY = [
    (0, time(15), time(17), "Lektiecafé for skolebørn", "Salen"),
    (0, time(18), time(20, 30), "Strikkeklub", "Mødelokalet"),
    (1, time(10), time(12), "Seniorkaffe", "Salen"),
    (1, time(15), time(17), "Lektiecafé for skolebørn", "Salen"),
    (1, time(17, 30), time(19), "Fællesspisning – alle er velkomne, tag naboen med", "Køkkenet"),
    (2, time(16), time(18), "Familiecafé", "Salen"),
    (2, time(19), time(21), "Sportsaften for unge (13–17 år)", "Hallen"),
    (3, time(9, 30), time(11, 30), "Dansk sprogcafé", "Mødelokalet"),
    (3, time(15), time(17), "Lektiecafé for skolebørn", "Salen"),
    (4, time(14), time(16), "Computerhjælp: MitID og e-Boks", "Mødelokalet"),
    (4, time(17), time(22), "Ungeklub", "Kælderen"),
    (5, time(10), time(13), "Åbent værksted – cykelreparation", "Værkstedet"),
    (6, time(11), time(13), "Søndagsbrunch", "Salen"),
]


def december(activities=WEEKLY, copies=1):
    entries = []
    day = date(2026, 12, 1)
    while day.month == 12:
        for weekday, start, end, title, room in activities * copies:
            if day.weekday() == weekday:
                entries.append(ProgrammeEntry(day, start, end, title, room, cancelled=day.day == 9))
        day += timedelta(days=1)
    return entries


def programme(entries, paper="A4"):
    return MonthProgramme(
        "Fælleshuset Søparken", "Boligsocial helhedsplan Køge", 2026, 12, entries, paper
    )


def page_count(pdf: bytes) -> int:
    return int(re.search(rb"/Count (\d+) /Kids \[[^]]*\] /Type /Pages", pdf).group(1))


# --- grouping -----------------------------------------------------------------


def test_group_by_week_orders_and_labels_in_danish():
    entries = [
        ProgrammeEntry(date(2026, 12, 2), time(16), time(18), "Familiecafé", "Salen"),
        ProgrammeEntry(date(2026, 12, 1), time(15), time(17), "Lektiecafé", "Salen"),
        ProgrammeEntry(date(2026, 12, 1), time(10), time(12), "Seniorkaffe", "Salen"),
        ProgrammeEntry(date(2026, 12, 8), time(10), time(12), "Seniorkaffe", "Salen"),
        ProgrammeEntry(date(2026, 11, 30), time(10), time(12), "I november", "Salen"),
        ProgrammeEntry(date(2027, 1, 1), time(10), time(12), "Nytår", "Salen"),
        ProgrammeEntry(date(2025, 12, 1), time(10), time(12), "Sidste år", "Salen"),
    ]
    weeks = group_by_week(programme(entries))
    assert [w.label for w in weeks] == ["Uge 49", "Uge 50"]
    assert [d.label for d in weeks[0].days] == ["tirsdag 1. december", "onsdag 2. december"]
    assert [e.title for e in weeks[0].days[0].entries] == ["Seniorkaffe", "Lektiecafé"]
    assert [d.label for d in weeks[1].days] == ["tirsdag 8. december"]


def test_week_53_at_the_end_of_2026():
    weeks = group_by_week(programme(december()))
    assert [w.week for w in weeks] == [49, 50, 51, 52, 53]
    assert weeks[-1].days[-1].label == "torsdag 31. december"
    assert sum(len(d.entries) for w in weeks for d in w.days) == len(december())


def test_empty_month_has_no_groups():
    assert group_by_week(programme([])) == []


# --- rendering ----------------------------------------------------------------


def test_busy_month_fits_one_a4_page():
    entries = december()
    assert len(entries) == 59
    pdf = render_month_programme(programme(entries), generated_on=GENERATED)  # speed: calendar.files benchmark
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert page_count(pdf) == 1


def test_fonts_are_embedded_truetype():
    pdf = render_month_programme(programme(december()), generated_on=GENERATED)
    assert b"NotoSans-Regular" in pdf and b"NotoSans-Bold" in pdf
    assert b"/Helvetica" not in pdf


def test_a3_page_size():
    pdf = render_month_programme(programme(december(), paper="A3"), generated_on=GENERATED)
    assert re.search(rb"/MediaBox \[ 0 0 841\.889\d* 1190\.551\d* \]", pdf)
    assert page_count(pdf) == 1


def test_unknown_paper_is_refused():
    with pytest.raises(ValueError, match="Papirformatet »Letter« kendes ikke"):
        render_month_programme(programme([], paper="Letter"), generated_on=GENERATED)


def test_same_data_gives_same_bytes():
    first = render_month_programme(programme(december()), generated_on=GENERATED)
    assert first == render_month_programme(programme(december()), generated_on=GENERATED)
    assert first != render_month_programme(
        programme(december()), generated_on=GENERATED + timedelta(days=1)
    )


def test_overfull_month_runs_onto_more_pages():
    pdf = render_month_programme(programme(december(copies=3)), generated_on=GENERATED)
    assert page_count(pdf) > 1


# --- what a reader sees (needs poppler's pdftotext) -----------------------------

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed"
)


def words_by_page(pdf: bytes) -> list[list[tuple[str, float, float, float, float]]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout
    root = ElementTree.fromstring(html)
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    pages = []
    for page in root.iterfind(".//x:page", ns):
        pages.append([
            (w.text, *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
            for w in page.iterfind("x:word", ns)
        ])  # fmt: skip
        pages[-1].append(("__page__", 0, 0, float(page.get("width")), float(page.get("height"))))
    return pages


def plain_text(pdf: bytes) -> str:
    """The poster's words with all line breaks and spacing made single spaces."""
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return " ".join(out.decode().split())


@needs_pdftotext
def test_poster_text_is_danish_and_complete():
    entries = [*december(), ProgrammeEntry(date(2027, 1, 4), time(10), time(12), "Januarmøde", "Salen")]
    text = plain_text(render_month_programme(programme(entries), generated_on=GENERATED))
    for expected in [
        "Fælleshuset Søparken", "Program for december 2026", "Uge 49", "Uge 53",
        "tirsdag 1. december", "torsdag 31. december", "kl. 17.30–19", "kl. 9.30–11.30",
        "Åbent værksted – cykelreparation", "AFLYST", "Udskrevet mandag 23. november 2026",
    ]:  # fmt: skip
        assert expected in text, expected
    assert "Januarmøde" not in text
    assert "Side 1" not in text
    assert text.count("AFLYST") == 2  # the two activities on Wednesday 9 December


@needs_pdftotext
def test_special_characters_and_long_titles():
    long_title = "Mor & barn <3 – " + "rigtig lang titel " * 12
    entries = [ProgrammeEntry(date(2026, 12, 1), time(15), time(17), long_title, "Salen & køkken")]
    text = plain_text(render_month_programme(programme(entries), generated_on=GENERATED))
    assert "Mor & barn <3" in text
    assert "Salen & køkken" in text


@needs_pdftotext
def test_empty_month_says_so():
    text = plain_text(render_month_programme(programme([]), generated_on=GENERATED))
    assert "Der er ingen aktiviteter i december 2026." in text


def overlapping(a, b) -> bool:
    # Shrink boxes a little: glyph boxes of neighbouring lines may touch.
    _, ax0, ay0, ax1, ay1 = a
    _, bx0, by0, bx1, by1 = b
    return ax0 + 0.5 < bx1 and bx0 + 0.5 < ax1 and ay0 + 1.5 < by1 and by0 + 1.5 < ay1


@needs_pdftotext
@pytest.mark.parametrize("copies", [1, 3])
@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_nothing_overlaps_or_leaves_the_page(copies, paper):
    pdf = render_month_programme(
        programme(december(copies=copies), paper=paper), generated_on=GENERATED
    )
    for page in words_by_page(pdf):
        *words, (_, _, _, width, height) = page
        margin = 20 * (2**0.5 if paper == "A3" else 1)
        for _, x0, y0, x1, y1 in words:
            assert margin <= x0 and x1 <= width - margin and margin <= y0 and y1 <= height - margin
        clashes = [
            (a[0], b[0]) for i, a in enumerate(words) for b in words[i + 1 :] if overlapping(a, b)
        ]
        assert clashes == []


# --- titles in every script the residents read ---------------------------------------------


def test_titles_in_every_script_are_drawn_with_embedded_fonts_that_have_their_glyphs(tmp_path):
    from pdf_checks import (
        TITLES,
        assert_every_font_embedded_and_every_glyph_there,
        assert_text_on_page,
        is_joined_arabic,
        raw_text,
    )

    entries = [ProgrammeEntry(date(2026, 12, 1 + i), time(17), time(19), title, "Salen", cancelled=i == 1)
               for i, title in enumerate(TITLES.values())]
    house = MonthProgramme(TITLES["ar"], TITLES["ti"], 2026, 12, entries)
    pdf = render_month_programme(house, generated_on=GENERATED)
    fonts = assert_every_font_embedded_and_every_glyph_there(pdf, tmp_path)
    assert {"NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Bold", "NotoSansEthiopic-Regular"} <= fonts
    for title in (TITLES["ar"].removesuffix(" Søparken"), TITLES["fa"], TITLES["ur"], TITLES["ti"], TITLES["pl"],
                  TITLES["so"], TITLES["tr"]):
        assert_text_on_page(pdf, title.replace("\u200c", ""))  # the zero-width non-joiner is not drawn
    arabic = "".join(c for c in raw_text(pdf) if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff")
    assert is_joined_arabic(arabic)


def test_a_long_arabic_house_name_is_shortened_at_a_word_not_inside_one():
    from boligsocial_desktop.pdf.text import fit_line, line_width

    name = "فيلق " * 40
    text, size = fit_line(name.strip(), 18, 300, bold=True)
    assert text.endswith(" …") and text.removesuffix(" …") in name and size == 18 * 0.7
    assert line_width(text, size, bold=True) <= 300


def test_a_character_no_bundled_font_has_is_left_out_never_a_blank_box(tmp_path):
    from pdf_checks import assert_every_font_embedded_and_every_glyph_there

    entries = [ProgrammeEntry(date(2026, 12, 1), time(17), time(19), "Fællesspisning 🍲", "Køkkenet")]
    pdf = render_month_programme(programme(entries), generated_on=GENERATED)
    assert_every_font_embedded_and_every_glyph_there(pdf, tmp_path)
    assert "Fællesspisning · Køkkenet" in " ".join(subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode().split())
