"""`TextFlowable`: a paragraph of pdf/text.py (any script) for ReportLab's platypus: table cells,
headings and notes of the status report, the rosters and the sign-up lists.

Kept out of text.py because platypus takes a long time to import, and the month programme and
the posters draw their text without it (`TextBlock.draw_on`).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from .bidi import AUTO
from .fonts import FontBook
from .text import Span, TextBlock, TextStyle


class TextFlowable(TextBlock, Flowable):
    """A `TextBlock` that platypus lays out: `wrap` as the block's, drawn by Flowable.drawOn."""

    def __init__(self, text: str | tuple[Span, ...], style: TextStyle, book: FontBook | None = None,
                 what: str = "teksten", lang: str = AUTO):
        Flowable.__init__(self)
        TextBlock.__init__(self, text, style, book, what, lang)
        self.spaceBefore, self.spaceAfter = style.space_before, style.space_after

    def draw(self) -> None:
        self._draw(self.canv)


__all__ = ["TextFlowable"]
