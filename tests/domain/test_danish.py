from datetime import date, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from boligsocial_desktop.domain import danish


def test_long_date_uses_lowercase_weekday_and_month():
    assert danish.long_date(date(2026, 12, 1)) == "tirsdag 1. december 2026"
    assert danish.long_date(date(2027, 1, 3)) == "søndag 3. januar 2027"


def test_short_date_pads_day_and_month():
    assert danish.short_date(date(2026, 12, 1)) == "01-12-2026"
    assert danish.short_date(date(2026, 3, 9)) == "09-03-2026"


@pytest.mark.parametrize(
    "text", ["01-12-2026", "1-12-2026", "1.12.2026", "01.12.2026", "2026-12-01", " 1-12-2026 "]
)
def test_parse_short_date_accepts_the_usual_forms(text):
    assert danish.parse_short_date(text) == date(2026, 12, 1)


@pytest.mark.parametrize(
    "text", ["", "1/12/2026", "1-12.2026", "1-12-26", "december 2026", "2026.12.01", "12-2026"]
)
def test_parse_short_date_refuses_other_forms_in_danish(text):
    with pytest.raises(ValueError, match="kan ikke læses som en dato"):
        danish.parse_short_date(text)


def test_parse_short_date_refuses_dates_that_do_not_exist():
    with pytest.raises(ValueError, match="ikke en dato, der findes"):
        danish.parse_short_date("31-02-2026")


@given(st.dates(min_value=date(1000, 1, 1)))
def test_short_date_round_trips(d):
    assert danish.parse_short_date(danish.short_date(d)) == d
    assert danish.parse_short_date(d.isoformat()) == d


def test_clock_uses_full_stop_and_drops_zero_minutes():
    assert danish.clock(time(17, 30)) == "kl. 17.30"
    assert danish.clock(time(9, 5)) == "kl. 9.05"
    assert danish.clock(time(17)) == "kl. 17"


def test_clock_range_uses_en_dash():
    assert danish.clock_range(time(15), time(17)) == "kl. 15–17"
    assert danish.clock_range(time(15, 30), time(17)) == "kl. 15.30–17"
    assert danish.clock_range(time(17, 30), time(19, 15)) == "kl. 17.30–19.15"
    assert "\u2013" in danish.clock_range(time(15), time(17))


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (0, 0, "0"),
        (999, 0, "999"),
        (1234, 0, "1.234"),
        (1234.5, 1, "1.234,5"),
        (1234567.891, 2, "1.234.567,89"),
        (2.5, 0, "3"),  # half away from zero, not banker's rounding
        (-1234.5, 1, "-1.234,5"),
        (-0.04, 1, "0,0"),
        (Decimal("0.125"), 2, "0,13"),
    ],
)
def test_number_uses_danish_separators(value, decimals, expected):
    assert danish.number(value, decimals) == expected


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), Decimal("-Infinity")])
def test_number_refuses_non_finite_values(bad):
    with pytest.raises(ValueError, match="ikke et tal"):
        danish.number(bad)
    with pytest.raises(ValueError, match="ikke et tal"):
        danish.money(bad)


@pytest.mark.parametrize(
    ("kr", "expected"),
    [(30, "30 kr."), (30.0, "30 kr."), (1234.5, "1.234,50 kr."), (Decimal("0.5"), "0,50 kr.")],
)
def test_money(kr, expected):
    assert danish.money(kr) == expected


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_number_of_integer_reads_back(n):
    text = danish.number(n)
    assert int(text.replace(".", "")) == n
    groups = text.lstrip("-").split(".")
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("43591000", "43 59 10 00"),
        ("43 59 10 00", "43 59 10 00"),
        ("4359-1000", "43 59 10 00"),
        ("+4543591000", "+45 43 59 10 00"),
        ("+45 4359 1000", "+45 43 59 10 00"),
        ("004543591000", "+45 43 59 10 00"),
        (" 1234 ", "1234"),
        ("+46 70 123 45 67", "+46 70 123 45 67"),
        ("ring på kontoret", "ring på kontoret"),
    ],
)
def test_phone_pairs_danish_numbers_and_leaves_others(typed, expected):
    assert danish.phone(typed) == expected


def test_week_label_is_iso_week():
    assert danish.week_label(date(2026, 12, 1)) == "uge 49"
    # 1 January 2027 is a Friday and belongs to week 53 of 2026.
    assert danish.week_label(date(2027, 1, 1)) == "uge 53"
    assert danish.week_label(date(2026, 1, 1)) == "uge 1"


@given(st.dates())
def test_weeks_start_on_monday(d):
    monday = date.fromordinal(d.toordinal() - d.weekday())
    assert danish.week_label(d) == danish.week_label(monday)
    assert danish.weekday_name(monday) == "mandag"


def test_month_and_weekday_names():
    assert danish.month_name(3) == "marts"
    assert danish.month_name(5) == "maj"
    assert danish.weekday_name(date(2026, 12, 5)) == "lørdag"
    with pytest.raises(ValueError, match="Måned 13 findes ikke"):
        danish.month_name(13)
    with pytest.raises(ValueError):
        danish.month_name(0)


def test_danish_sort_puts_aeoeaa_after_z_case_insensitively():
    names = ["Åse", "Zenia", "ærlig", "Ole", "øjvind", "anna", "Bo", "Ægir", "Østerbro", "åben"]
    assert sorted(names, key=danish.danish_sort_key) == [
        "anna", "Bo", "Ole", "Zenia", "Ægir", "ærlig", "øjvind", "Østerbro", "åben", "Åse",
    ]  # fmt: skip


def test_danish_sort_handles_foreign_accents_and_decomposed_letters():
    names = ["Éva", "Emil", "Ömer", "Øre", "Ahmed", "A\u030ase"]  # last is "Åse" decomposed
    ordered = sorted(names, key=danish.danish_sort_key)
    assert ordered.index("Emil") < ordered.index("Éva") < ordered.index("Ömer")
    assert ordered[-1] == "A\u030ase"


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ "),
    st.text("æøåÆØÅ", min_size=1),
)
def test_words_starting_with_aeoeaa_sort_after_plain_latin_words(latin, danish_word):
    if latin.strip():
        assert danish.danish_sort_key(latin) < danish.danish_sort_key(danish_word)


@given(st.lists(st.text(alphabet="abcxyzæøåABCXYZÆØÅ")))
def test_sorting_ignores_case(words):
    by_original = [w.casefold() for w in sorted(words, key=danish.danish_sort_key)]
    by_lower = sorted((w.casefold() for w in words), key=danish.danish_sort_key)
    assert by_original == by_lower
