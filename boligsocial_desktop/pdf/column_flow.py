"""Flow blocks of known height into columns, keeping headings with what follows them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas


@dataclass
class Block:
    """A piece that is never split, e.g. a heading or one list entry.

    draw(canvas, x, top) draws it with its top edge at `top`. space_before is
    dropped at the top of a column. continued_heading is put first when the
    block has to start a new column (e.g. "tirsdag 1. december (fortsat)").
    """

    height: float
    space_before: float
    draw: Callable[[Canvas, float, float], None]
    keep_with_next: bool = False
    continued_heading: Block | None = None


Column = list[tuple[Block, float]]  # each block with its offset from the column top


def flow_into_columns(blocks: list[Block], column_height: float) -> list[Column]:
    """Fill columns top to bottom; as many columns as needed."""
    columns: list[Column] = [[]]
    used = 0.0
    for i, block in enumerate(blocks):
        group = [block]
        while group[-1].keep_with_next and i + len(group) < len(blocks):
            group.append(blocks[i + len(group)])
        needed = sum(b.space_before + b.height for b in group)
        if columns[-1] and used + needed > column_height:
            columns.append([])
            used = 0.0
        if i > 0 and not columns[-1] and block.continued_heading is not None:
            columns[-1].append((block.continued_heading, 0.0))
            used = block.continued_heading.height
        if columns[-1]:
            used += block.space_before
        columns[-1].append((block, used))
        used += block.height
    return columns


def overflows(columns: list[Column], column_height: float) -> bool:
    """True if a block sticks out below the column (a block taller than a whole column)."""
    return any(
        offset + block.height > column_height + 0.5 for col in columns for block, offset in col
    )
