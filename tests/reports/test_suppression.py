"""The rule for hiding small counts: primary "<5", and a second cell wherever a sum would reveal one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from boligsocial_desktop.services.reports.suppression import (
    PRIMARY_MARK,
    SECONDARY_MARK,
    Equation,
    chart_value,
    suppress,
)


def grid(rows: list[list[int]]):
    """Cells (r, c) with row totals in column -1, column totals in row -1, and the equations between them."""
    values, equations = {}, []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            values[(r, c)] = value
        values[(r, -1)] = sum(row)
        equations.append(Equation(tuple((r, c) for c in range(len(row))), (r, -1)))
    for c in [*range(len(rows[0])), -1]:
        values[(-1, c)] = sum(values[(r, c)] for r in range(len(rows)))
        equations.append(Equation(tuple((r, c) for r in range(len(rows))), (-1, c)))
    return values, equations


def test_a_three_becomes_less_than_five_and_the_total_does_not_reveal_it():
    values = {"a": 3, "b": 12, "total": 15}
    result = suppress(values, sensitive=values, equations=[Equation(("a", "b"), "total")])
    assert result.mark("a") == PRIMARY_MARK
    assert result.mark("b") == SECONDARY_MARK  # else 15 - 12 = 3
    assert result.mark("total") is None  # the sum itself may stay


def test_the_total_is_hidden_when_no_other_part_can_be():
    values = {"a": 3, "b": 0, "total": 3}
    result = suppress(values, sensitive=["a", "b"], equations=[Equation(("a", "b"), "total")])
    assert result.mark("total") == SECONDARY_MARK
    assert result.mark("b") is None  # a zero is chosen last


def test_zero_and_five_are_shown():
    values = {"zero": 0, "five": 5, "four": 4}
    result = suppress(values, sensitive=values, equations=[])
    assert result.hidden == {"four"}


def test_counts_that_are_not_people_are_never_primary():
    values = {"sessions": 3, "people": 30}
    assert not suppress(values, sensitive=["people"], equations=[]).hidden


def test_hiding_spreads_through_rows_and_columns():
    values, equations = grid([[3, 20], [10, 10]])
    result = suppress(values, sensitive=list(values), equations=equations)
    assert result.mark((0, 0)) == PRIMARY_MARK
    for eq in equations:  # no row or column has exactly one hidden entry
        assert sum(cell in result.hidden for cell in (*eq.parts, eq.total)) != 1


def test_an_equation_that_does_not_hold_is_not_used():
    values = {"new": 3, "returning": 10, "attendance": 20}  # 3 + 10 != 20: nothing to work out
    result = suppress(values, sensitive=values, equations=[Equation(("new", "returning"), "attendance")])
    assert result.hidden == {"new"}


def test_derived_figures_are_hidden_with_their_source():
    values = {"actual": 3, "percent": 0.15}
    result = suppress(values, sensitive=["actual"], equations=[], derived=[("actual", "percent")])
    assert result.mark("percent") == SECONDARY_MARK


def test_the_same_input_hides_the_same_cells():
    values, equations = grid([[1, 7, 9], [8, 2, 6], [9, 9, 3]])
    first = suppress(values, list(values), equations)
    assert all(suppress(values, list(values), equations).hidden == first.hidden for _ in range(5))


def test_chart_values_under_five_are_left_out_only_when_hiding():
    assert chart_value(3, True) == 0 and chart_value(3, False) == 3 and chart_value(5, True) == 5


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.integers(0, 30), min_size=1, max_size=5), min_size=1, max_size=6)
       .filter(lambda rows: len({len(r) for r in rows}) == 1))
def test_no_hidden_count_can_be_worked_out_from_one_sum(rows):
    values, equations = grid(rows)
    result = suppress(values, sensitive=list(values), equations=equations)
    for cell, value in values.items():
        if 0 < value < 5:
            assert cell in result.hidden
    for eq in equations:
        assert sum(cell in result.hidden for cell in (*eq.parts, eq.total)) != 1
