"""Independent checks of a rendered poster: text read back from the PDF, glyphs, boxes, QR codes."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from pdf_checks import (  # noqa: F401  (the poster tests import them from here)
    FONT_FILES,
    assert_text_on_page,
    cmap_of,
    contains_in_order,
    embedded_fonts,
    logical_text,
    missing_glyphs_in_pdf,
    need_tool,
    page_png,
    pdf_lines,
    words,
)

from boligsocial_desktop.domain.enums import Recurrence
from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
from boligsocial_desktop.services.flyers import FlyerService
from boligsocial_desktop.services.places import PlacesService

ARABIC = "عشاء جماعي في Søparken"
ARABIC_DESCRIPTION = ("نطبخ معًا ونأكل معًا كل يوم ثلاثاء من الساعة 17:30 إلى 19:30. الجميع مرحب بهم – "
                      "أحضروا جيرانكم (الأطفال مجانًا). السعر 30 كرونة.")
SOMALI = "Cunto wadaag ah oo Søparken ka dhacda"
SOMALI_DESCRIPTION = ("Waxaan wada karinaynaa oo wada cunaynaa. Dhammaan waa lagu soo dhaweynayaa – keen "
                      "deriskaaga. Carruurtu bilaash bay wax ku cunaan.")
TURKISH = "Søparken'de ortak akşam yemeği"
TURKISH_DESCRIPTION = ("Birlikte yemek yapıp birlikte yiyoruz. Herkes davetlidir – komşunuzu da getirin. "
                       "Çocuklar ücretsiz yer.")
DANISH_TITLE = "Fællesspisning i Søparken"
DANISH_DESCRIPTION = "Vi laver mad sammen og spiser sammen. Alle er velkomne – tag naboen med. Børn spiser gratis."

TRANSLATIONS = {
    "title": {"ar": ARABIC, "so": SOMALI, "tr": TURKISH},
    "description": {"ar": ARABIC_DESCRIPTION, "so": SOMALI_DESCRIPTION, "tr": TURKISH_DESCRIPTION},
}


def decode_qr(png: Path) -> list[str]:
    result = subprocess.run([need_tool("zbarimg"), "--raw", "-q", str(png)], capture_output=True, text=True)
    return [line for line in result.stdout.splitlines() if line]


def assert_inside_boxes(report) -> None:
    """Every drawn line lies inside its element's box (a hair of rounding allowed)."""
    eps = 0.05
    for placed in report.texts:
        box = placed.box
        for line in placed.setting.lines:
            assert line.left >= box.x - eps and line.right <= box.x + box.w + eps, (placed.element, line.logical)
            assert line.bottom >= box.y - eps and line.top <= box.y + box.h + eps, (placed.element, line.logical)


@dataclass
class Dinner:
    id: str
    estate_id: str
    service: FlyerService


def make_dinner(db, translations=TRANSLATIONS, **changes) -> Dinner:
    places = PlacesService(db)
    estate = places.create_estate("Søparken", "Søparken 12, 4600 Køge")
    house = places.create_house(estate.id, "Fælleshuset Søparken", "Søparken 40, 4600 Køge")
    kitchen = places.create_room(house.id, "Køkkenet", 50)
    values = dict(title=DANISH_TITLE, estate_id=estate.id, room_id=kitchen.id, recurrence=Recurrence.WEEKLY,
                  start_date=date(2027, 1, 5), end_date=date(2027, 6, 22), start_time=time(17, 30),
                  end_time=time(19, 30), description=DANISH_DESCRIPTION, price_kr=30.0, signup_required=True,
                  signup_url="https://soeparken.dk/spisning", contact="Mette Hansen, områdekontoret, 43 59 10 00",
                  languages=("da", "ar", "so", "tr"))
    values.update(changes)
    info = CalendarService(db).save_series(ActivityDraft(**values))
    service = FlyerService(db)
    if translations:
        service.save_texts(info.id, info.version, info.title, values["description"] or "", translations)
    return Dinner(info.id, estate.id, service)
