"""An older database (no PINs, plain notes, cases and repeat-code key) is sealed at the first adviser's sign-in."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from boligsocial_desktop.services import advisers_key
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import PinRequired, StaffService
from boligsocial_desktop.services.visits import (
    CaseInput,
    CaseService,
    VisitFilter,
    VisitInput,
    VisitLogService,
    VisitService,
)
from boligsocial_desktop.storage.models import AdviserKey, StaffMember

NOTE = "Rykker-fra-inkasso-og-udlejer"


def _old_adviser(db, name: str) -> str:
    """An adviser as an older version stored one: no PIN."""
    member = StaffService(db).create(name, "medhjælper")
    with db.transaction() as session:
        session.get(StaffMember, member.id).role = "rådgiver"
    return member.id


def test_plain_values_are_sealed_at_the_first_adviser_sign_in_in_one_go(db, db_path):
    adviser_id = _old_adviser(db, "Nese Yilmaz")
    adviser = StaffService(db).get(adviser_id)
    estate = PlacesService(db).create_estate("Søparken")
    visits = VisitService(db)
    topic = visits.reference_data().topics[0].id
    # No adviser has a PIN yet, so there is no advisers' key: values are stored plain, as before.
    first = visits.log_visit(adviser, VisitInput(visited_at=datetime.now(UTC) - timedelta(minutes=9),
                                                 office_estate_id=estate.id, staff_id=adviser.id,
                                                 topic_ids=(topic,), notes=NOTE, repeat_token="QW1999"))
    CaseService(db).create_case(adviser, CaseInput("Fatima Hassan", "mundtligt", date.today(), "opfølgning",
                                                   phone="12345678"))
    with closing(sqlite3.connect(db_path)) as raw:
        assert raw.execute("SELECT notes FROM advice_visits").fetchone()[0] == NOTE
    before = VisitLogService(db).statistics(adviser, VisitFilter())

    with pytest.raises(PinRequired):
        StaffService(db).sign_in(adviser_id, None)
    adviser = StaffService(db).sign_in_with_new_pin(adviser_id, "8642")

    with closing(sqlite3.connect(db_path)) as raw:
        tables = [n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        dump = "\n".join(repr(r) for t in tables if t != "outbox" for r in raw.execute(f'SELECT * FROM "{t}"'))
        unsent = " ".join(f for (f,) in raw.execute("SELECT fields FROM outbox WHERE exported = 0"))
    for text in (NOTE, "Fatima Hassan", "12345678"):
        assert text not in dump and text not in unsent, text
    assert VisitService(db).detail(adviser, first.id).notes == NOTE
    assert CaseService(db).list_cases(adviser)[0].name == "Fatima Hassan"
    assert VisitLogService(db).statistics(adviser, VisitFilter()) == before
    # The repeat-code key is the same key, only sealed: the same visitor still counts once.
    again = visits.log_visit(adviser, VisitInput(visited_at=datetime.now(UTC) - timedelta(minutes=2),
                                                 office_estate_id=estate.id, staff_id=adviser.id,
                                                 topic_ids=(topic,), repeat_token="qw 1999"))
    assert again.repeat_count == 2


def test_two_pcs_sealing_the_same_old_note_write_the_same_text(db):
    """The nonce comes from key, place and text: sealing one old value twice gives one value (no merge conflict)."""
    from boligsocial_desktop.crypto.sealed_values import new_key, seal_value

    key = new_key()
    place = advisers_key.place("advice_visits", "notes", "v1")
    assert seal_value("a-1", key, NOTE, place) == seal_value("a-1", key, NOTE, place)
    assert seal_value("a-1", key, NOTE, place) != seal_value("a-1", key, NOTE, advisers_key.place(
        "advice_visits", "notes", "v2"))


def test_the_first_adviser_with_a_pin_makes_one_key_and_the_file_holds_it_only_wrapped(db, db_path):
    staff = StaffService(db)
    adviser = staff.create("Nese Yilmaz", "rådgiver", pin="2468")
    staff.create("Bo Administrator", "administrator", pin="1357")
    with db.reading() as session:
        keys = session.scalars(select(AdviserKey).where(AdviserKey.kind == "key")).all()
        key = advisers_key.holder_in(session).keys[keys[0].key_id]
        grants = session.scalars(select(AdviserKey).where(AdviserKey.kind == "grant")).all()
    assert len(keys) == 1 and len(grants) == 2
    with closing(sqlite3.connect(db_path)) as raw:
        rows = repr(raw.execute("SELECT * FROM adviser_keys").fetchall())
    import base64

    assert key.hex() not in rows and base64.b64encode(key).decode() not in rows
    staff.sign_in(adviser.id, "2468")
    with pytest.raises(Exception, match="forkert"):
        staff.sign_in(adviser.id, "1111")
