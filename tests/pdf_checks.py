"""Checks of any PDF the program writes, independent of the program's own text code.

Text and fonts read back with pypdf, glyphs checked against the bundled fonts' cmaps with
fontTools, fonts listed by poppler's `pdffonts`, pages rendered by `pdftoppm`. Used by the
poster tests and by the tests of the month programme, the status report and the rosters.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from boligsocial_desktop.paths import resources_dir

# Titles in the residents' languages, as an office types them (the scripts every PDF must draw).
TITLES = {
    "ar": "عشاء جماعي في Søparken",
    "fa": "شام دسته‌جمعی در سوپارکن",
    "ur": "سوپارکن میں اجتماعی کھانا",
    "so": "Cunto wadaag ah oo Søparken ka dhacda",
    "tr": "Søparken'de ortak akşam yemeği – Şule İlknur",
    "ti": "ራት ብሓባር ኣብ ሶፓርከን",
    "pl": "Wspólna kolacja – zażółć gęślą jaźń",
}

def _rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def pdf_lines(pdf: bytes, page: int = 0) -> list[tuple[float, list[tuple[str, str]]]]:
    """(baseline, [(text, font)]) per drawn line, pieces in drawing order (left to right), in drawing order."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    pieces: list[tuple[float, str, str]] = []

    def visit(text, _cm, tm, font, _size):
        if text:
            pieces.append((round(tm[5], 1), text, str(font.get("/BaseFont", "")) if font else ""))

    reader.pages[page].extract_text(visitor_text=visit)
    # Pieces drawn one after the other on the same baseline make a line (the poster draws line by line;
    # two elements that happen to share a baseline, like the logo and a title line, stay apart).
    lines: list[tuple[float, list[tuple[str, str]]]] = []
    for y, text, font in pieces:
        if lines and lines[-1][0] == y:
            lines[-1][1].append((text.replace("\n", ""), font))
        else:
            lines.append((y, [(text.replace("\n", ""), font)]))
    return lines


def logical_text(pdf: bytes, page: int = 0) -> str:
    """The page's text in reading (logical) order, independent of the poster code.

    pypdf turns each right-to-left piece of a drawn string back into logical order but
    reports the pieces left to right; on a line with Arabic the pieces are read right to
    left, keeping neighbouring left-to-right pieces (digits, Latin names) in their order.
    """
    out = []
    for _y, pieces in pdf_lines(pdf, page):
        texts = [text for text, _font in pieces]
        if any(_rtl(c) for t in texts for c in t):
            groups: list[list[str]] = []
            for text in texts:
                ltr = not any(_rtl(c) for c in text) and any(c.isalnum() for c in text)
                if groups and ltr and groups[-1][0] == "ltr":
                    groups[-1][1].append(text)
                else:
                    groups.append(["ltr" if ltr else "rtl", [text]])
            texts = [t for _kind, parts in reversed(groups) for t in parts]
        out.append(" ".join(texts))
    return "\n".join(out)


def words(text: str) -> list[str]:
    """Words (letters, vowel marks, digits) after NFKC, which turns Arabic presentation forms into letters."""
    normal = unicodedata.normalize("NFKC", text)
    return re.findall(r"(?:[^\W_]|[\u064b-\u065f\u0670])+", normal)


def contains_in_order(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i:i + n] == needle for i in range(len(haystack) - n + 1))


def assert_text_on_page(pdf: bytes, text: str, page: int = 0) -> None:
    found = words(logical_text(pdf, page))
    expected = words(text)
    assert contains_in_order(found, expected), f"{text!r} not found in order in {found!r}"


FONT_FILES = {
    "NotoSans-Regular": "NotoSans-Regular.ttf", "NotoSans-Bold": "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular": "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
    "NotoSansEthiopic-Regular": "NotoSansEthiopic-Regular.ttf",
    # ReportLab's names for the fonts (the report's runs)
    "NotoSans": "NotoSans-Regular.ttf", "NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "NotoSansEthiopic": "NotoSansEthiopic-Regular.ttf",
}


@cache
def cmap_of(font_name: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    base = font_name.split("+")[-1].lstrip("/")
    return frozenset(TTFont(resources_dir() / "fonts" / FONT_FILES[base]).getBestCmap())


def missing_glyphs_in_pdf(pdf: bytes) -> list[tuple[str, str]]:
    """(character, font) drawn with an embedded font whose TTF cmap lacks it.

    ReportLab writes a character its font lacks as code 0 (.notdef, the blank box), which
    reads back as U+0000; that, other control characters and U+FFFD count as missing too.
    """
    from pypdf import PdfReader

    missing = []
    for page in range(len(PdfReader(io.BytesIO(pdf)).pages)):
        for _y, pieces in pdf_lines(pdf, page):
            for text, font in pieces:
                for char in text:
                    if char.isspace() and unicodedata.category(char) != "Cc":
                        continue
                    notdef = unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn") or char == "\ufffd"
                    if notdef or ord(char) not in cmap_of(font):
                        missing.append((char, font))
    return missing


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """BaseFont -> whether the font program is embedded (FontFile2 in its descriptor)."""
    from pypdf import PdfReader

    out = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            out[str(font["/BaseFont"])] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return out


def need_tool(name: str) -> str:
    """The tool's path; skip when it is missing on a developer PC, fail when it is missing in CI."""
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} mangler i CI; .ci/run skal installere det")
        pytest.skip(f"{name} er ikke installeret")
    return path


def page_png(pdf: bytes, tmp_path: Path, dpi: int = 150, page: int = 1) -> Path:
    source = tmp_path / "poster.pdf"
    source.write_bytes(pdf)
    prefix = tmp_path / f"page{page}"
    subprocess.run([need_tool("pdftoppm"), "-png", "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", str(source), str(prefix)], check=True)
    return prefix.with_suffix(".png")


def pdffonts(pdf: bytes, tmp_path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) for every font poppler's pdffonts lists in the PDF."""
    source = tmp_path / "fonts-check.pdf"
    source.write_bytes(pdf)
    out = subprocess.run([need_tool("pdffonts"), str(source)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]  # after the header and its rule
    # columns: name type [type] encoding emb sub uni object ID; "emb" is the fifth field from the end
    return [(row.split()[0], row.split()[-5] == "yes") for row in rows if row.strip()]


def assert_every_font_embedded_and_every_glyph_there(pdf: bytes, tmp_path: Path) -> set[str]:
    """pdffonts lists only embedded fonts (no Helvetica/Times), and no drawn character is a blank box.

    Returns the fonts' names without the subset prefix, to check which scripts were drawn.
    """
    fonts = pdffonts(pdf, tmp_path)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert missing_glyphs_in_pdf(pdf) == []
    return {name.split("+")[-1] for name, _ in fonts}


def raw_text(pdf: bytes) -> str:
    """Every page's text as pypdf reads it (Arabic as drawn: presentation forms)."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def is_joined_arabic(text: str) -> bool:
    """Drawn Arabic is shaped: its letters are presentation forms (joined), never bare letters."""
    return any("\ufb50" <= c <= "\ufeff" for c in text) and not any("\u0621" <= c <= "\u064a" for c in text)
