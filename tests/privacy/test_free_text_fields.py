"""Every free-text field of every service refuses a CPR number, in Danish, naming the field; nothing is saved.

Also: NUL and bidi override characters in names and titles, and the length limit of search boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest
from sqlalchemy import func, select

from boligsocial_desktop.domain.enums import Recurrence
from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.ambassadors import AmbassadorInput, AmbassadorService, RosterFilter
from boligsocial_desktop.services.ambassadors.duties import DutyInput, DutyService
from boligsocial_desktop.services.ambassadors.welcome import MoveInInput, WelcomeVisitService
from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
from boligsocial_desktop.services.flyers import FlyerService
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.reports import PlanService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.services.validation import MAX_SEARCH_LENGTH
from boligsocial_desktop.services.visits import VisitFilter, VisitLogService, VisitService
from boligsocial_desktop.storage.models import Activity, Ambassador, ClosingPeriod, Estate, MoveIn, Room, StaffMember

TODAY = date(2026, 3, 4)
CPR_SPELLINGS = ["010190-1234", "01.01.90\u20131234", "Ring ٠١٠١٩٠ ١٢٣٤ i morgen", "0101\u200b90\n1234"]


@dataclass
class Env:
    db: object
    estate_id: str
    house_id: str
    room_id: str
    activity_id: str
    activity_version: int
    session_id: str


@pytest.fixture
def env(db) -> Env:
    places = PlacesService(db)
    estate = places.create_estate("Søparken")
    house = places.create_house(estate.id, "Fælleshuset", opens_at=time(8), closes_at=time(22))
    room = places.create_room(house.id, "Salen", 40)
    calendar = CalendarService(db)
    activity = calendar.save_series(draft(estate.id, room.id))
    session = calendar.sessions_between(date(2027, 1, 1), date(2027, 12, 31))[0]
    return Env(db, estate.id, house.id, room.id, activity.id, activity.version, session.id)


def draft(estate_id: str, room_id: str, **changes) -> ActivityDraft:
    values = dict(title="Lektiecafé", estate_id=estate_id, room_id=room_id, recurrence=Recurrence.WEEKLY,
                  start_date=date(2027, 1, 5), end_date=date(2027, 2, 23), start_time=time(15), end_time=time(17))
    values.update(changes)
    return ActivityDraft(**values)


def ambassador(env: Env, **changes):
    values = dict(name="Amina Yusuf", estate_id=env.estate_id, consent_scope="gemme", consent_date=date(2026, 1, 10))
    values.update(changes)
    return AmbassadorService(env.db, TODAY).create(AmbassadorInput(**values))


def move_in(env: Env, **changes):
    values = dict(estate_id=env.estate_id, address="Søparken 12, 2. tv.", move_in_date=date(2026, 3, 1))
    values.update(changes)
    return WelcomeVisitService(env.db, TODAY).register_move_in(MoveInInput(**values))


def activity(env: Env, **changes):
    changes = {"start_time": time(18), "end_time": time(20), **changes}  # after the fixture's own series
    return CalendarService(env.db).save_series(draft(env.estate_id, env.room_id, **changes))


def flyer(env: Env, title="Lektiecafé", description="", translations=None):
    return FlyerService(env.db).save_texts(env.activity_id, env.activity_version, title, description,
                                           translations or {})


# (test id, field named in the error, Danish field name in the message, how to save `text` in that field)
FIELDS = [
    ("ambassador name", "name", "Navn", lambda env, text: ambassador(env, name=text)),
    ("ambassador address", "address", "Adresse", lambda env, text: ambassador(env, address=text)),
    ("ambassador notes", "notes", "Noter", lambda env, text: ambassador(env, notes=text)),
    ("ambassador training", "training_course", "Uddannelsesforløb",
     lambda env, text: ambassador(env, training_course=text)),
    ("ambassador phone", "phone", "Telefon", lambda env, text: ambassador(env, phone=text)),
    ("ambassador e-mail", "email", "E-mail", lambda env, text: ambassador(env, email=f"{text}@eksempel.dk")),
    ("move-in address", "address", "Adressen", lambda env, text: move_in(env, address=text)),
    ("move-in note", "note", "Noten", lambda env, text: move_in(env, note=text)),
    ("activity title", "title", "Titel", lambda env, text: activity(env, title=text)),
    ("activity description", "description", "Beskrivelse", lambda env, text: activity(env, description=text)),
    ("activity contact", "contact", "Kontakt", lambda env, text: activity(env, contact=text)),
    ("activity season", "season", "Sæson", lambda env, text: activity(env, season=text[:40])),
    ("flyer title", "title", "Titel", lambda env, text: flyer(env, title=text)),
    ("flyer description", "description", "Beskrivelse", lambda env, text: flyer(env, description=text)),
    ("flyer translation", "translations", "Titel på arabisk",
     lambda env, text: flyer(env, translations={"title": {"ar": text}})),
    ("cancel reason", "cancel_reason", "Årsag",
     lambda env, text: CalendarService(env.db).cancel_session(env.session_id, text)),
    ("duty description", "description", "Beskrivelse",
     lambda env, text: DutyService(env.db, TODAY).create_duty(DutyInput(
         kind="andet", estate_id=env.estate_id, day=date(2026, 3, 10), start_time=time(10), end_time=time(12),
         description=text))),
    ("staff name", "name", "Navn", lambda env, text: StaffService(env.db).create(text, "koordinator")),
    ("staff initials", "initials", "Initialer",
     lambda env, text: StaffService(env.db).create("Sara", "koordinator", initials=text)),
    ("estate name", "name", "Afdelingens navn", lambda env, text: PlacesService(env.db).create_estate(text)),
    ("estate address", "address", "Adresse",
     lambda env, text: PlacesService(env.db).create_estate("Ellemarken", text)),
    ("house name", "name", "Husets navn", lambda env, text: PlacesService(env.db).create_house(env.estate_id, text)),
    ("room name", "name", "Lokalets navn", lambda env, text: PlacesService(env.db).create_room(env.house_id, text, 10)),
    ("closing period name", "name", "Navn", lambda env, text: PlacesService(env.db).create_closing_period(
        text, date(2026, 7, 1), date(2026, 7, 31))),
]


def _counts(db) -> tuple[int, ...]:
    with db.reading() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (Ambassador, MoveIn, Activity, StaffMember, Estate, Room, ClosingPeriod))


@pytest.mark.parametrize(("field", "label", "save"), [f[1:] for f in FIELDS], ids=[f[0] for f in FIELDS])
def test_every_free_text_field_refuses_a_cpr_number(env, field, label, save):
    before = _counts(env.db)
    for cpr in CPR_SPELLINGS:
        if field == "initials":  # at most 10 characters
            cpr = "0101901234" if cpr.isascii() else "٠١٠١٩٠١٢٣٤"
        with pytest.raises(ValidationError) as caught:
            save(env, cpr)
        assert caught.value.field == field
        assert f"Feltet »{label}« ligner et CPR-nummer. Skriv ikke CPR-numre i programmet." in caught.value.message
    assert _counts(env.db) == before


@pytest.mark.parametrize(("field", "label", "save"), [f[1:] for f in FIELDS], ids=[f[0] for f in FIELDS])
def test_every_free_text_field_accepts_ordinary_numbers(env, field, label, save):
    text = {"email": "amina", "phone": "43 59 10 00", "initials": "AY2", "season": "Forår 2027"}.get(field)
    save(env, text or f"{label} 01-12-2026 kl. 10.30, tlf. +45 12 34 56 78")


def test_the_visit_fields_refuse_cpr_numbers_too(db):
    from datetime import UTC, datetime, timedelta

    from boligsocial_desktop.services.visits import VisitInput

    staff = StaffService(db).create("Sara Lindholm", "rådgiver", pin="2468")
    estate = PlacesService(db).create_estate("Søparken")
    service = VisitService(db)
    topic = service.reference_data().topics[0].id
    base = dict(visited_at=datetime.now(UTC) - timedelta(minutes=5), office_estate_id=estate.id, staff_id=staff.id,
                topic_ids=(topic,))
    for field, label in (("notes", "Noter"), ("outcome", "Resultat")):
        with pytest.raises(ValidationError, match=f"Feltet »{label}« ligner et CPR-nummer") as caught:
            service.log_visit(staff, VisitInput(**base, **{field: "Ring\u00a001\u201101\u201190\u00a01234"}))
        assert caught.value.field == field


# --- NUL and bidi control characters ------------------------------------------------------------------

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("char", BIDI, ids=[f"U+{ord(c):04X}" for c in BIDI])
def test_names_and_titles_refuse_bidi_overrides(env, char):
    with pytest.raises(ValidationError, match="Feltet »Navn« indeholder usynlige tegn") as caught:
        ambassador(env, name=f"Amina {char}fusuY")
    assert caught.value.field == "name"
    with pytest.raises(ValidationError, match="Feltet »Titel« indeholder usynlige tegn"):
        activity(env, title=f"Lektie{char}café")
    with pytest.raises(ValidationError, match="Feltet »Lokalets navn« indeholder usynlige tegn"):
        PlacesService(env.db).create_room(env.house_id, f"Sal{char}en", 10)


@pytest.mark.parametrize(("field", "label", "save"), [f[1:] for f in FIELDS], ids=[f[0] for f in FIELDS])
def test_every_free_text_field_refuses_nul(env, field, label, save):
    with pytest.raises(ValidationError, match="ugyldigt tegn \\(NUL\\)") as caught:
        save(env, "Amina\x00" if field != "email" else "amina\x00")
    assert caught.value.field == field


def test_longer_texts_keep_arabic_and_direction_marks(env):
    ambassador(env, name="أمينة يوسف", notes="\u202bمرحبا\u202c – taler arabisk")
    activity(env, title="مقهى الواجبات \u200f(lektiecafé)", description="\u2067عربي\u2069 og dansk")


# --- Search boxes ----------------------------------------------------------------------------------


def test_search_text_is_length_limited(env):
    long = "a" * (MAX_SEARCH_LENGTH + 1)
    with pytest.raises(ValidationError, match=f"Søgeteksten må højst være {MAX_SEARCH_LENGTH} tegn"):
        AmbassadorService(env.db, TODAY).roster(RosterFilter(text=long))
    assert AmbassadorService(env.db, TODAY).roster(RosterFilter(text="a" * MAX_SEARCH_LENGTH)) == []
    adviser = StaffService(env.db).create("Sara", "rådgiver", pin="2468")
    with pytest.raises(ValidationError, match="Søgeteksten") as caught:
        VisitLogService(env.db).page(adviser, VisitFilter(note_text=long))
    assert caught.value.field == "note_text"
    plan = PlanService(env.db)
    period = plan.grant_periods()[0]
    with pytest.raises(ValidationError, match="Søgeteksten"):
        plan.activity_choices(period.id, long)
