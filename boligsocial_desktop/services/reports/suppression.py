"""Small counts are hidden so that no resident can be recognised in a report.

THE RULE (applied to everything that leaves the app, and in the app when the setting asks):

1. Primary suppression. A count of people (participants, visitors, ambassadors,
   households) from 1 to 4 is shown as "<5". Zero is shown: "nobody" points at no one.
   Counts of things that are not people (sessions held, hours, targets) are never hidden.

2. Secondary suppression. Wherever the report publishes a sum, the parts and the sum
   form an equation: a row or column with its total, a focus area's activities with
   the focus area's subtotal, the months with the year, a figure in the overview that is
   the same as a total elsewhere. If exactly one entry of an equation is hidden, it can
   be worked out from the others (total − the rest). So in every equation the number of
   hidden entries must be 0 or at least 2: when it is 1, a second entry is hidden too,
   shown as "x". The second entry is the smallest non-zero part (it costs the reader the
   least information); only when no part is left is the total hidden instead, and a zero
   is picked last. Hiding one entry can leave another equation with exactly one hidden
   entry, so the rule runs again until no equation has exactly one: it always ends,
   because entries are only ever hidden, never shown again.

   An equation is only used when it holds in the data (parts really add up to the total);
   one that does not hold would not let anyone work out a hidden value.

3. Derived figures (a percentage of a target) are hidden ("x") with the count they are
   computed from (the `derived` pairs).

4. Charts that leave the app draw a bar segment under 5 as nothing (see `chart_value`),
   since a bar can be measured against the axis.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

THRESHOLD = 5
PRIMARY_MARK = "<5"
SECONDARY_MARK = "x"
CellId = TypeVar("CellId", bound=Hashable)  # how the caller names a cell, e.g. (table, row, column)


@dataclass(frozen=True)
class Equation(Generic[CellId]):
    """parts add up to total (a one-part equation means: the two are the same figure)."""

    parts: tuple[CellId, ...]
    total: CellId


@dataclass
class SuppressionResult(Generic[CellId]):
    primary: set[CellId] = field(default_factory=set)
    secondary: set[CellId] = field(default_factory=set)

    def mark(self, cell: CellId) -> str | None:
        if cell in self.primary:
            return PRIMARY_MARK
        if cell in self.secondary:
            return SECONDARY_MARK
        return None

    @property
    def hidden(self) -> set[CellId]:
        return self.primary | self.secondary


def is_small(value: float | int | None) -> bool:
    return value is not None and 0 < value < THRESHOLD


def chart_value(value: float, suppress: bool) -> float:
    """What a chart draws: with suppression, a segment under 5 is left out."""
    return 0 if suppress and is_small(value) else value


def suppress(values: Mapping[CellId, float | int], sensitive: Iterable[CellId], equations: Iterable[Equation[CellId]],
             derived: Iterable[tuple[CellId, CellId]] = ()) -> SuppressionResult[CellId]:
    """Which cells to hide. `values` holds every cell that takes part; `sensitive` are the counts of people;
    `derived` pairs (source, figure computed from it) hide the figure whenever the source is hidden."""
    result = SuppressionResult[CellId]()
    result.primary = {cell for cell in sensitive if is_small(values.get(cell))}
    usable = [eq for eq in equations if _holds(eq, values)]
    by_cell: dict[CellId, list[Equation[CellId]]] = {}
    for eq in usable:
        for cell in (*eq.parts, eq.total):
            by_cell.setdefault(cell, []).append(eq)
    hidden = set(result.primary)
    # Work list: only equations that contain a newly hidden cell can have changed.
    # (sorted, so the same report hides the same cells on every run and PC)
    pending = [eq for cell in sorted(hidden, key=repr, reverse=True) for eq in reversed(by_cell.get(cell, []))]
    while pending:
        eq = pending.pop()
        entries = (*eq.parts, eq.total)
        if sum(1 for cell in entries if cell in hidden) != 1:
            continue
        candidates = [cell for cell in entries if cell not in hidden]
        choice = min(candidates, key=lambda cell: (values[cell] == 0, cell == eq.total, values[cell]))
        hidden.add(choice)
        result.secondary.add(choice)
        pending.extend(by_cell.get(choice, ()))
    for source, figure in derived:
        if source in hidden and figure not in hidden:
            result.secondary.add(figure)
    return result


def _holds(eq: Equation[CellId], values: Mapping[CellId, float | int]) -> bool:
    if eq.total not in values or any(part not in values for part in eq.parts):
        return False
    return abs(sum(values[part] for part in eq.parts) - values[eq.total]) < 1e-9
