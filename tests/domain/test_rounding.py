"""The one rounding rule (half up, Decimal) and the largest-remainder rule for shares."""

from __future__ import annotations

from decimal import Decimal

import pytest

from boligsocial_desktop.domain.danish import number
from boligsocial_desktop.domain.rounding import largest_remainder, percent_points, round_half_up


@pytest.mark.parametrize(("value", "decimals", "expected"), [
    (0.5, 0, "1"), (1.5, 0, "2"), (2.5, 0, "3"), (-2.5, 0, "-3"), (-0.4, 0, "0"),
    (Decimal("2.675"), 2, "2.68"), (2.675, 2, "2.68"), (1.05, 1, "1.1"), (0.125, 2, "0.13"), (7, 1, "7.0"),
])
def test_half_up(value, decimals, expected):
    assert round_half_up(value, decimals) == Decimal(expected)
    assert str(round_half_up(value, decimals)) == expected


def test_danish_number_uses_the_same_rule():
    assert number(2.5) == "3" and number(2.675, 2) == "2,68" and number(1234.45, 1) == "1.234,5"


@pytest.mark.parametrize(("fraction", "expected"), [(0.285, 29), (0.125, 13), (0.75, 75), (1 / 3, 33)])
def test_percent_points(fraction, expected):
    assert percent_points(fraction) == expected


def test_nan_and_negative_decimals_are_refused():
    with pytest.raises(ValueError):
        round_half_up(float("nan"))
    with pytest.raises(ValueError):
        round_half_up(1, -1)


@pytest.mark.parametrize(("parts", "decimals", "expected"), [
    ([100 / 3] * 3, 0, [34, 33, 33]),
    ([12.5, 12.5, 75], 0, [13, 12, 75]),
    ([0.25, 0.25, 0.5], 1, [Decimal("0.3"), Decimal("0.2"), Decimal("0.5")]),
    ([], 0, []),
])
def test_largest_remainder_parts_add_up(parts, decimals, expected):
    rounded = largest_remainder(parts, decimals)
    assert rounded == [Decimal(str(e)) for e in expected]
    assert sum(rounded, Decimal(0)) == round_half_up(sum(Decimal(str(p)) for p in parts) if parts else 0, decimals)


def test_largest_remainder_to_a_given_total():
    assert sum(largest_remainder([1 / 7] * 7, 0, total=1)) == 1
