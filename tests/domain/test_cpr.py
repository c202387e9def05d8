"""The CPR detector: every CPR-shaped number is found, ordinary text and numbers are not."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boligsocial_desktop.domain.cpr import cell_holds_cpr, contains_cpr_number, find_cpr_numbers, is_valid_birth_date

SEPARATORS = ["-", "", " ", "\u2013"]


@st.composite
def cpr_numbers(draw) -> str:
    day = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
    serial = draw(st.integers(0, 9999))
    separator = draw(st.sampled_from(SEPARATORS))
    return f"{day:%d%m%y}{separator}{serial:04d}"


# Text around a number that cannot glue more digits onto it.
surrounding = st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=30)


@given(prefix=surrounding, number=cpr_numbers(), suffix=surrounding)
def test_every_cpr_number_is_found_wherever_it_stands(prefix, number, suffix):
    text = prefix + number + suffix
    matches = find_cpr_numbers(text)
    assert [m.text for m in matches] == [number]
    assert matches[0].start == len(prefix)
    assert matches[0].masked.endswith("-xxxx") and "x" not in matches[0].masked[:6]


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd",)), max_size=200))
def test_text_without_digits_is_never_refused(text):
    assert not contains_cpr_number(text)


@given(st.integers(32, 99), st.integers(1, 12), st.integers(0, 99), st.integers(0, 9999))
def test_impossible_days_are_not_cpr_numbers(day, month, year, serial):
    assert not contains_cpr_number(f"{day:02d}{month:02d}{year:02d}-{serial:04d}")


@given(st.integers(1, 28), st.integers(13, 99), st.integers(0, 99), st.integers(0, 9999))
def test_impossible_months_are_not_cpr_numbers(day, month, year, serial):
    assert not contains_cpr_number(f"{day:02d}{month:02d}{year:02d}{serial:04d}")


@given(number=cpr_numbers(), extra=st.integers(0, 9))
def test_digits_inside_a_longer_number_are_not_cpr_numbers(number, extra):
    digits = number.replace("-", "").replace(" ", "").replace("\u2013", "")
    assert not contains_cpr_number(f"{digits}{extra}")
    assert not contains_cpr_number(f"{extra}{digits}")


ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")

# Every spelling a CPR number turns up in; each must be refused.
REFUSED = [
    # plain and with the ordinary separators
    "0101901234",
    "010190-1234",
    "010190 1234",
    "Ringede fra 010190-1234 i går",
    "cpr 3112991234",
    "290200-1234",  # 29 February 2000
    "Nr. 150575 1234.",
    "01 01 90 1234",
    "010190 - 1234",
    "01.01.90-1234",
    "01/01/90 1234",
    "01-01-90-1234",
    "01.01.90.1234",
    "010190.1234",
    "010190/1234",
    "01 01 90 12 34",
    "0 1 0 1 9 0 1 2 3 4",
    "0101 901234",
    "010190 -- 1234",
    "010190 / 1234",
    "(010190-1234)",
    "cpr:010190-1234",
    "CPR-nr.: 010190-1234.",
    "Født 010190-1234, ringer igen",
    "tlf 12345678 010190-1234",
    "A0101901234",
    "0101901234x",
    # every dash and hyphen
    "010190\u20101234",
    "010190\u20111234",
    "010190\u20121234",
    "010190\u20131234",
    "010190\u20141234",
    "010190\u20151234",
    "010190\u22121234",
    "010190\uff0d1234",
    "010190\ufe631234",
    # soft hyphen and zero-width characters (invisible, so they join the digits)
    "010190\u00ad1234",
    "0101\u200b901234",
    "010190\u200c1234",
    "010190\u200d1234",
    "01\u206001901234",
    "\ufeff0101901234",
    "010190\u200e-\u200f1234",
    "\u202e0101901234\u202c",
    "0\u200b1\u200b0\u200b1\u200b9\u200b0\u200b1\u200b2\u200b3\u200b4",
    # spaces of every width, tabs and line breaks
    "010190\u00a01234",
    "010190\u202f1234",
    "010190\u20071234",
    "010190\u20091234",
    "010190\u30001234",
    "010190\t1234",
    "010190\n1234",
    "010190\r\n1234",
    "Noter:\n010190\n1234\nslut",
    "010190-\n1234",
    "01 01 90\n12 34",
    "010190\u20281234",
    # digits of other scripts, alone and mixed with ASCII
    "0101901234".translate(ARABIC_INDIC),
    "010190-1234".translate(ARABIC_INDIC),
    "Arabisk-indiske cifre: ٠١٠١٩٠١٢٣٤",
    "0101901234".translate(PERSIAN),
    "0101901234".translate(FULL_WIDTH),
    "010190－1234".translate(FULL_WIDTH),
    "01．01．90 1234".translate(FULL_WIDTH),
    "0101901234".translate(DEVANAGARI),
    "010190" + "1234".translate(ARABIC_INDIC),
    # full-width dots and slashes
    "01\uff0e01\uff0e90\uff0d1234",
    "01\uff0f01\uff0f90 1234",
    # the last day of months and leap days
    "311299-0000",
    "300490-9999",
    "290296 1234",
    "010100-0001",
    # right-to-left text around it
    "رقم ٠١٠١٩٠-١٢٣٤ شكرا",
]


# Everyday texts with numbers; none may be refused.
ALLOWED = [
    "",
    "Telefon 43 59 10 00",
    "Ring på 43591000",
    "+45 12 34 56 78",
    "+45 20 11 90 12",
    "0045 12 34 56 78",
    "Tlf. 12 34 56 78, mobil 87 65 43 21",
    "Mødet 01-12-2026 kl. 10.30",
    "01-12-2026",
    "01.12.2026",
    "2026-12-01",
    "Sæson 01-09-2026 - 31-12-2026",
    "Fra 2026-12-01 til 2026-12-31",
    "01/09/2026 – 31/12/2026",
    "Mødet 01.12.26 10.30",
    "Mødet 01.12.26 10.30-12.00",
    "kl. 10.00-12.00 og 13.00-15.00",
    "10:30-12:00",
    "Konto 1234-5678901234",
    "290201-1234",  # 29 February 2001 does not exist
    "310490-1234",  # 31 April does not exist
    "320190-1234",  # no 32nd day
    "011390-1234",  # no 13th month
    "000190-1234",
    "Huslejen er 6.500 kr. for 3 mdr.",
    "1.234,50 kr.",
    "Beløb: 12.345,00 kr. og 1.234,50 kr.",
    "2630 Taastrup",
    "Hovedgaden 12, 2. tv., 4600 Køge",
    "Ordre 2024-0001-5566",
    "Ordrenr. 3213001234",
    "Sag 123456-7890",
    "EAN 5790001234567",
    "01019012345",  # eleven digits in a row
    "9010190123",  # day 90
    "Uge 12, 2026",
    "Version 1.2.3",
    "IP 192.168.101.190",
    "Hold 1/2 og 3/4",
    "40 børn pr. år i 4 år",
    "Reg.nr. 1234 kontonr. 1234567890",
    "Cafe kl. 14-16, 12 pladser",
]


@pytest.mark.parametrize("text", REFUSED)
def test_examples_that_are_refused(text):
    assert contains_cpr_number(text), text


@pytest.mark.parametrize("text", ALLOWED)
def test_examples_that_are_allowed(text):
    assert not contains_cpr_number(text), text


def test_the_tables_are_large_enough():
    assert len(set(REFUSED)) >= 60 and len(set(ALLOWED)) >= 30


def test_a_match_knows_its_place_and_hides_the_serial():
    text = "Ring \u0661\u0665\u0660\u0665\u0667\u0665 - 1234 i dag"
    (match,) = find_cpr_numbers(text)
    assert text[match.start:match.end] == match.text and match.text.startswith("\u0661")
    assert match.digits == "1505751234" and match.masked == "150575-xxxx"


@pytest.mark.parametrize(("value", "refused"), [
    (101901234, True),  # 0101901234 in an Excel number cell
    (101901234.0, True),
    (1501901234, True),
    ("0101901234", True),
    ("010190-1234", True),
    (43591000, False),
    (123456789, False),  # 0123456789: the 34th month
    (2630, False),
    (1234.5, False),
    (float("nan"), False),
    (True, False),
    (None, False),
])
def test_spreadsheet_cells(value, refused):
    assert cell_holds_cpr(value) is refused


def test_leap_days_follow_the_two_digit_year():
    assert is_valid_birth_date(29, 2, 0) and is_valid_birth_date(29, 2, 96)
    assert not is_valid_birth_date(29, 2, 97)
