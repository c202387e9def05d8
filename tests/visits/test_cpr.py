"""The CPR detector: every CPR-shaped number is found, ordinary text and numbers are not."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boligsocial_desktop.domain.cpr import contains_cpr_number, find_cpr_numbers, is_valid_birth_date

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


@pytest.mark.parametrize("text", [
    "Ringede fra 010190-1234 i går",
    "cpr 3112991234",
    "290200-1234",  # 29 February 2000
    "Nr. 150575 1234.",
    "Arabisk-indiske cifre: ٠١٠١٩٠١٢٣٤",
])
def test_examples_that_are_refused(text):
    assert contains_cpr_number(text)


@pytest.mark.parametrize("text", [
    "Telefon 43 59 10 00",
    "Ring på 43591000",
    "Mødet 01-12-2026 kl. 10.30",
    "Konto 1234-5678901234",
    "290201-1234",  # 29 February 2001 does not exist
    "310490-1234",  # 31 April does not exist
    "Huslejen er 6.500 kr. for 3 mdr.",
    "",
])
def test_examples_that_are_allowed(text):
    assert not contains_cpr_number(text)


def test_leap_days_follow_the_two_digit_year():
    assert is_valid_birth_date(29, 2, 0) and is_valid_birth_date(29, 2, 96)
    assert not is_valid_birth_date(29, 2, 97)
