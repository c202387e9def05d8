"""Fonts for printed matter.

Bitstream Vera ships inside ReportLab itself, so it is there on every PC the
program runs on; it has æ, ø, å and the en dash, and it is embedded in the PDF,
so posters look the same whatever viewer or printer is used.
"""

import os
from functools import lru_cache

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "Vera"
BOLD = "Vera-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Make REGULAR and BOLD known to ReportLab (and <b> in paragraphs pick BOLD)."""
    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    pdfmetrics.registerFont(TTFont(REGULAR, os.path.join(folder, "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, os.path.join(folder, "VeraBd.ttf")))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
