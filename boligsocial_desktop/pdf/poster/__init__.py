"""Posters and flyers for one activity, in Danish and the residents' languages.

The text itself is set by the modules every PDF shares, one level up:
pdf/fonts  bundled Noto fonts, a font per script, runs per font, glyph checks
pdf/bidi   Arabic joining and right-to-left reordering (python-bidi + arabic-reshaper)
pdf/text   paragraphs wrapped in logical order and fitted into boxes

templates  the declarative JSON templates in resources/templates/
layout     the poster itself: render_poster(content, options) -> PDF bytes and a report
qr, images, pictograms, languages: the QR code, pictures, vector pictograms, language names
"""

from .layout import (
    FIELDS,
    PAPERS,
    REQUIRED_FIELDS,
    PosterContent,
    PosterOptions,
    PosterReport,
    RenderedPoster,
    missing_message,
    missing_translations,
    render_poster,
)
from .qr import QrCode, QrKind, make_qr
from .templates import DEFAULT_TEMPLATE, all_templates

__all__ = [
    "DEFAULT_TEMPLATE", "FIELDS", "PAPERS", "REQUIRED_FIELDS", "PosterContent", "PosterOptions", "PosterReport",
    "QrCode", "QrKind", "RenderedPoster", "all_templates", "make_qr", "missing_message", "missing_translations",
    "render_poster",
]
