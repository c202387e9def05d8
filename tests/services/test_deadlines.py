from __future__ import annotations

from datetime import date

from boligsocial_desktop.services.deadlines import enforce_deletion_deadlines
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.models import Ambassador


def test_deadlines_delete_what_is_due_once_a_day(db):
    estate = PlacesService(db).create_estate("Søparken")
    with db.transaction() as session:
        stopped = Ambassador(name="Hodan Ali", estate_id=estate.id, phone="22334455", status="stoppet",
                             stop_date=date(2026, 1, 10), consent_scope="gemme", consent_date=date(2025, 1, 1))
        session.add(stopped)
    messages = enforce_deletion_deadlines(db, date(2027, 3, 1))
    assert messages == ["Kontaktoplysninger for 1 stoppede ambassadører er slettet efter fristen."]
    with db.reading() as session:
        row = session.get(Ambassador, stopped.id)
        assert row.phone is None and row.anonymised_at is not None
    assert enforce_deletion_deadlines(db, date(2027, 3, 1)) == [], "at most once a day"
