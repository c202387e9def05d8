"""Logging visits: validation in Danish, nothing half-saved, outbox capture, notes only for advisers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services import advisers_key
from boligsocial_desktop.services.visits import AccessDenied, VisitService
from boligsocial_desktop.services.visits.tokens import SECRET_SETTING_KEY, normalise_token, token_hash
from boligsocial_desktop.storage.models import (
    AdviceVisit,
    AdviceVisitReferral,
    AdviceVisitTopic,
    AuditEntry,
    OfficeSetting,
    OutboxChange,
)


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_visit_with_topics_and_referral_is_saved_with_its_outbox_rows(db, office):
    service = VisitService(db)
    before = count(db, OutboxChange)
    row = service.log_visit(office.adviser, office.visit(
        topic_ids=(office.topic("Gæld"), office.topic("Huslejerestance")), referral_ids=(office.referral("Gælds"),),
        estate_id=office.ellemarken.id, language="ar", interpreter_used=True, duration_minutes=25, age_band="25–64",
        gender="kvinde", outcome="Aftale om afdrag", follow_up_due=date.today() + timedelta(days=7),
        notes="Tager kontoudtog med."))
    assert row.topics == ("Gæld og budget", "Huslejerestance")
    assert row.referrals == ("Gældsrådgivningen",)
    assert row.estate_name == "Ellemarken" and row.office_name == "Søparken"
    assert row.has_notes and row.interpreter_used and row.duration_minutes == 25
    with db.reading() as session:
        tables = [c.table_name for c in session.scalars(select(OutboxChange).where(OutboxChange.seq > before))]
    assert tables.count("advice_visits") == 1
    assert tables.count("advice_visit_topics") == 2
    assert tables.count("advice_visit_referrals") == 1


@pytest.mark.parametrize("changes, field, words", [
    ({"visited_at": datetime.now(UTC) + timedelta(days=2)}, "visited_at", "fremtiden"),
    ({"follow_up_due": date.today() - timedelta(days=3)}, "follow_up_due", "før besøget"),
    ({"duration_minutes": 8 * 60 + 1}, "duration", "8 timer"),
    ({"topic_ids": ("ikke-et-emne",)}, "topics", "findes ikke"),
    ({"topic_ids": ()}, "topics", "mindst ét emne"),
    ({"referral_ids": ("ukendt",)}, "referrals", "henvisninger"),
    ({"notes": "Ring på 010190-1234"}, "notes", "CPR-nummer"),
    ({"outcome": "cpr 0101901234"}, "outcome", "CPR-nummer"),
    ({"repeat_token": "010190-1234"}, "repeat_token", "CPR-nummer"),
    ({"office_estate_id": None}, "office", "kontor"),
    ({"language": "xx"}, "language", "Sproget"),
])
def test_bad_input_is_refused_in_danish_and_nothing_is_saved(db, office, changes, field, words):
    service = VisitService(db)
    outbox_before = count(db, OutboxChange)
    with pytest.raises(ValidationError) as caught:
        service.log_visit(office.adviser, office.visit(**changes))
    assert caught.value.field == field
    assert words in caught.value.message
    assert count(db, AdviceVisit) == 0
    assert count(db, AdviceVisitTopic) == 0 and count(db, AdviceVisitReferral) == 0
    assert count(db, OutboxChange) == outbox_before


def test_an_unknown_topic_among_known_ones_saves_nothing(db, office):
    with pytest.raises(ValidationError):
        VisitService(db).log_visit(office.adviser, office.visit(topic_ids=(office.topic("Gæld"), "forsvundet")))
    assert count(db, AdviceVisit) == 0 and count(db, AdviceVisitTopic) == 0


def test_student_helper_can_log_but_not_write_or_see_notes(db, office):
    service = VisitService(db)
    with pytest.raises(AccessDenied):
        service.log_visit(office.helper, office.visit(staff_id=office.helper.id, notes="noget"))
    assert count(db, AdviceVisit) == 0
    adviser_row = service.log_visit(office.adviser, office.visit(notes="Fortroligt: har gæld til SKAT"))
    helper_recent = service.recent(office.helper)
    assert [r.id for r in helper_recent] == [adviser_row.id]
    assert helper_recent[0].has_notes is False
    detail = service.detail(office.helper, adviser_row.id)
    assert detail.notes is None and detail.case_name is None
    assert "SKAT" not in repr(detail)
    coordinator_detail = service.detail(office.coordinator, adviser_row.id)
    assert coordinator_detail.notes is None


def test_reading_a_note_is_audited_for_advisers_only(db, office):
    service = VisitService(db)
    row = service.log_visit(office.adviser, office.visit(notes="Note"))
    service.detail(office.helper, row.id)
    assert count(db, AuditEntry) == 6  # only the four "opret medarbejder" and the two "log ind" entries
    assert service.detail(office.admin, row.id).notes == "Note"
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "læs note")).one()
    assert entry.staff_id == office.admin.id and entry.row_id == row.id


def test_the_role_is_checked_in_the_database_not_in_the_callers_copy(db, office):
    service = VisitService(db)
    row = service.log_visit(office.adviser, office.visit(notes="Note"))
    from dataclasses import replace

    from boligsocial_desktop.domain.enums import StaffRole

    forged = replace(office.helper, role=StaffRole.ADVISER)
    assert service.detail(forged, row.id).notes is None


def test_repeat_tokens_are_stored_only_as_keyed_hashes_and_normalised(db, office):
    service = VisitService(db)
    first = service.log_visit(office.adviser, office.visit(repeat_token="XZ 1975"))
    second = service.log_visit(office.adviser, office.visit(repeat_token="xz-1975"))
    service.log_visit(office.adviser, office.visit(repeat_token="CD1980"))
    with db.reading() as session:
        hashes = dict(session.execute(select(AdviceVisit.id, AdviceVisit.repeat_token_hash)).all())
        stored = session.scalars(select(OfficeSetting).where(OfficeSetting.key == SECRET_SETTING_KEY)).one()
        secret = advisers_key.token_secret(session, create=False)  # sealed: opened with the advisers' key
        outbox_text = " ".join(str(c.fields) for c in session.scalars(  # (other tables hold random base64)
            select(OutboxChange).where(OutboxChange.table_name == "advice_visits")))
    assert set(stored.value) == {"sealed"} and secret.hex() not in str(stored.value)
    assert hashes[first.id] == hashes[second.id] == token_hash(secret, "xz1975")
    assert len(set(hashes.values())) == 2
    # letters no hash, id or time stamp contains, so a random hex string can never look like the token
    assert "xz" not in outbox_text.casefold()
    assert second.repeat_count == 2
    assert normalise_token(" A b\t1975 ") == "ab1975"


def test_the_office_secret_is_created_once(db, office):
    service = VisitService(db)
    service.log_visit(office.adviser, office.visit(repeat_token="AB1975"))
    service.log_visit(office.adviser, office.visit(repeat_token="XY1999"))
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OfficeSetting)
                              .where(OfficeSetting.key == SECRET_SETTING_KEY)) == 1


def test_deleting_a_visit_tombstones_it_blanks_the_note_and_is_audited(db, office):
    service = VisitService(db)
    row = service.log_visit(office.adviser, office.visit(notes="Følsom note", repeat_token="AB1975"))
    with pytest.raises(AccessDenied):
        service.delete_visit(office.helper, row.id)
    service.delete_visit(office.adviser, row.id)
    assert service.recent(office.adviser) == []
    with db.reading() as session:
        visit = session.get(AdviceVisit, row.id)
        assert visit.deleted_at is not None and visit.notes is None and visit.repeat_token_hash is None
        pending = " ".join(str(c.fields) for c in session.scalars(select(OutboxChange).where(
            OutboxChange.exported.is_(False), OutboxChange.row_id == row.id)))
        assert "Følsom" not in pending
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "slet besøg")).one().row_id == row.id
