"""Table columns as wide as their longest word, so no word in a PDF table is split mid-word ("Bemandin/g")."""

from __future__ import annotations

from collections.abc import Sequence


def fit_widths(widths: Sequence[float], needed: Sequence[float]) -> list[float] | None:
    """Column widths as close to `widths` as may be with every column at least `needed` wide: the room a
    narrow column lacks is taken from the others' slack, in proportion. None when the total is too small."""
    if sum(needed) > sum(widths) + 0.01:
        return None
    short = sum(max(n - w, 0) for w, n in zip(widths, needed, strict=True))
    slack = [max(w - n, 0) for w, n in zip(widths, needed, strict=True)]
    total_slack = sum(slack)
    return [max(w, n) if n >= w else w - short * s / total_slack for w, n, s in zip(widths, needed, slack, strict=True)]


def widest_words(rows: Sequence[Sequence[object]], padding: float) -> list[float]:
    """Per column, the widest word of its text cells (TextFlowable.min_width) plus the cell padding."""
    columns = len(rows[0]) if rows else 0
    needed = [0.0] * columns
    for row in rows:
        for column, cell in enumerate(row[:columns]):
            min_width = getattr(cell, "min_width", None)
            if callable(min_width):
                needed[column] = max(needed[column], min_width() + padding)
    return needed
