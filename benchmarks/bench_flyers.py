"""Poster speed on the large demo database.

Targets: a four-language A4 poster with Arabic ≤ 0.5 s; 100 posters in a batch ≤ 20 s;
the preview refresh while typing ≤ 150 ms. The demo has only title translations, so the
benchmarks add Arabic, Somali and Turkish texts in memory (the cached database is only read).
"""

from __future__ import annotations

import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from benchmarks.registry import Figures, measure, register

TRANSLATIONS = {
    "title": {"ar": "عشاء جماعي في Søparken", "so": "Cunto wadaag ah oo Søparken ka dhacda",
              "tr": "Søparken'de ortak akşam yemeği"},
    "description": {
        "ar": "نطبخ معًا ونأكل معًا كل يوم ثلاثاء من الساعة 17:30 إلى 19:30. الجميع مرحب بهم – أحضروا جيرانكم "
              "(الأطفال مجانًا). السعر 30 كرونة.",
        "so": "Waxaan wada karinaynaa oo wada cunaynaa. Dhammaan waa lagu soo dhaweynayaa – keen deriskaaga.",
        "tr": "Birlikte yemek yapıp birlikte yiyoruz. Herkes davetlidir – komşunuzu da getirin.",
    },
}
LANGS = ("ar", "so", "tr")


def _open(db_path: Path):
    from boligsocial_desktop.storage.engine import open_database

    return open_database(path=db_path)


def _translated_service(db):
    """The real service, with every activity's poster texts translated into Arabic, Somali and Turkish."""
    from boligsocial_desktop.services.flyers import FlyerService

    class Translated(FlyerService):
        def source(self, activity_id):
            found = super().source(activity_id)
            return replace(found, content=replace(found.content, translations=TRANSLATIONS))

    return Translated(db)


def _dinner_id(db) -> str:
    from boligsocial_desktop.storage.models import Activity

    with db.reading() as session:
        return session.scalars(select(Activity.id).where(Activity.title.like("Fællesspisning%"),
                                                         Activity.deleted_at.is_(None))
                               .order_by(Activity.start_date.desc())).first()


@register("flyers.poster")
def poster(db_path: Path) -> Figures:
    """A4 poster in Danish, Arabic, Somali and Turkish with QR code (≤ 0.5 s), from the database and render only."""
    from boligsocial_desktop.pdf.poster import PosterOptions, render_poster

    db = _open(db_path)
    service = _translated_service(db)
    activity_id = _dinner_id(db)
    source = service.source(activity_id)
    options = PosterOptions(languages=LANGS, qr=source.default_qr())

    def whole():
        found = service.source(activity_id)
        return render_poster(found.content, replace(options, qr=found.default_qr())).pdf

    started = time.perf_counter()
    first = whole()  # includes registering the fonts, as the first poster after start does
    first_seconds = time.perf_counter() - started
    figures = {
        "first_poster_after_start": round(first_seconds, 4),
        "four_languages_a4_with_database": measure(whole),
        "four_languages_a4_render_only": measure(lambda: render_poster(source.content, options)),
        "four_languages_a3_one_per_page": measure(
            lambda: render_poster(source.content, replace(options, paper="A3", one_language_per_page=True))),
        "pdf_kilobytes": round(len(first) / 1024, 1),
    }
    db.dispose()
    return figures


@register("flyers.batch")
def batch(db_path: Path) -> Figures:
    """100 four-language posters written as PDF files by the batch function (≤ 20 s)."""
    from boligsocial_desktop.storage.models import Activity

    db = _open(db_path)
    service = _translated_service(db)
    with db.reading() as session:
        ids = session.scalars(select(Activity.id).where(Activity.deleted_at.is_(None))
                              .order_by(Activity.start_date.desc()).limit(100)).all()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        result = service.batch(list(ids), Path(folder), languages=LANGS)
        seconds = time.perf_counter() - started
    db.dispose()
    return {"posters_100_seconds": round(seconds, 3), "written": len(result.written),
            "problems": list(result.problems[:3])}


@register("flyers.preview_refresh", ui=True)
def preview_refresh(db_path: Path) -> Figures:
    """The page's preview after a key press: texts and options read, poster rendered, pages drawn (≤ 150 ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.ui.context import AppContext
    from boligsocial_desktop.ui.flyers.page import FlyersPage
    from boligsocial_desktop.ui.tasks import ImmediateTaskRunner

    app = QApplication.instance() or QApplication([])
    db = _open(db_path)
    staff = next(iter(StaffService(db).list_staff()), None)
    page = FlyersPage(AppContext(db=db, tasks=ImmediateTaskRunner(), staff=staff))
    page.service = page.texts.service = _translated_service(db)
    page.resize(1280, 760)
    page.show()
    app.processEvents()
    page._show_source(page.service.source(_dinner_id(db)))
    for code in LANGS:
        page.layout_tab.set_language_checked(code, True)
    app.processEvents()
    letters = iter("Fællesspisning for hele Søparken og omegn" * 20)

    def key_press_then_refresh():
        title = page.texts.ui.titleEdit
        title.setText(title.text() + next(letters))
        page.render_preview()

    figures = {"refresh_after_typing": measure(key_press_then_refresh, repeat=9, warmup=2),
               "render_and_rasterise_in_worker": round(page.preview.seconds, 4),
               "preview_pages": len(page.preview.pages)}
    page.close()
    db.dispose()
    return figures
