"""Every status colour, light and dark, reads at 4.5:1 or better on the background it is drawn on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from visual_walk import contrast, dark_palette

from boligsocial_desktop.ui.status_colours import BACKGROUND, TEXT, themed, themed_colour

LIGHT_BACKGROUNDS = ("#ffffff", "#efefef", "#f7f7f7")  # base, window (Fusion, Windows), alternate rows
DARK_BACKGROUNDS = ("#1c1c1c", "#202020", "#2b2b2b")
ROWS_ONLY = {"#6b6b6b"}  # muted text, drawn in lists and tables only (their base is white)


@pytest.mark.parametrize("light", sorted(TEXT))
def test_text_colours_read_on_light_and_dark(light):
    for background in LIGHT_BACKGROUNDS[::2] if light in ROWS_ONLY else LIGHT_BACKGROUNDS:
        assert contrast(QColor(light), QColor(background)) >= 4.5, (light, background)
    for background in DARK_BACKGROUNDS:
        assert contrast(QColor(TEXT[light]), QColor(background)) >= 4.5, (TEXT[light], background)


@pytest.mark.parametrize("light", sorted(BACKGROUND))
def test_row_backgrounds_carry_the_palettes_text(light):
    assert contrast(QColor("#000000"), QColor(light)) >= 4.5
    assert contrast(QColor("#ffffff"), QColor(BACKGROUND[light])) >= 4.5
    for text in TEXT:  # a coloured text on a coloured row (overdue text on an overdue row)
        if text in ("#a4161a", "#b00020"):
            assert contrast(QColor(text), QColor(light)) >= 4.5, (text, light)
            assert contrast(QColor(TEXT[text]), QColor(BACKGROUND[light])) >= 4.5, (TEXT[text], BACKGROUND[light])


def test_themed_switches_with_the_palette(qapp):
    light, dark = QPalette(QColor("#efefef")), dark_palette()
    assert themed("color: #b00020;", light) == "color: #b00020;"
    assert themed("color: #b00020;", dark) == "color: #ff8a80;"
    assert themed("<b style='color:#a4161a'>3 for sent</b>", dark) == "<b style='color:#ff8a80'>3 for sent</b>"
    assert themed_colour("#fde2e1", dark).name() == "#4a2323"
    assert themed_colour("#fde2e1", light).name() == "#fde2e1"
