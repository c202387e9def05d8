"""One rounding rule for every figure the program prints: half up (away from zero), in Decimal.

The PDF, the XLSX and the CSV of a report, and the Danish number formatting in danish.py,
all round through `round_half_up`, so 2,5 hours reads "2,5" and 0,125 reads "13 %" in every
file. Floats go in through their shortest decimal text (`Decimal(str(x))`), so 2.675 rounds
to 2.68 as a person would expect, not to 2.67 as float arithmetic would.

`largest_remainder` is for shares printed beside their total (e.g. percentages that must
add up to 100): the parts are rounded so that the printed parts add up to the printed total.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

Number = int | float | Decimal


def to_decimal(x: Number) -> Decimal:
    """The number as Decimal, through its shortest text for floats; raises ValueError for NaN/infinity."""
    value = x if isinstance(x, Decimal) else Decimal(str(x))
    if not value.is_finite():
        raise ValueError(f"{x} er ikke et tal, der kan vises.")
    return value


def round_half_up(x: Number, decimals: int = 0) -> Decimal:
    """0.5 -> 1, 1.5 -> 2, 2.5 -> 3, -2.5 -> -3, round_half_up(2.675, 2) -> 2.68; never "-0"."""
    if decimals < 0:
        raise ValueError("Antal decimaler kan ikke være negativt.")
    rounded = to_decimal(x).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return abs(rounded) if rounded == 0 else rounded


def percent_points(fraction: Number, decimals: int = 0) -> Decimal:
    """A fraction as rounded percent points: 0.285 -> 29, 0.125 -> 13."""
    return round_half_up(to_decimal(fraction) * 100, decimals)


def largest_remainder(parts: Sequence[Number], decimals: int = 0, total: Number | None = None) -> list[Decimal]:
    """Round `parts` so that they add up to `total` rounded half up (by default the sum of the parts).

    Every part is rounded down, then the steps still missing go to the parts with the largest
    remainders (the earlier part first on a tie). Non-negative parts only.
    """
    values = [to_decimal(p) for p in parts]
    if any(v < 0 for v in values):
        raise ValueError("Andele kan ikke være negative.")
    step = Decimal(1).scaleb(-decimals)
    target = round_half_up(sum(values, Decimal(0)) if total is None else total, decimals)
    floors = [v.quantize(step, rounding=ROUND_FLOOR) for v in values]
    missing = int((target - sum(floors, Decimal(0))) / step)
    order = sorted(range(len(values)), key=lambda i: (-(values[i] - floors[i]), i))
    for i in order[:max(0, missing)]:
        floors[i] += step
    return floors
