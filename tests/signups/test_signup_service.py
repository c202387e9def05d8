"""Sign-ups, the waiting list, tick-off attendance feeding the headcount, and the deletion deadline."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from boligsocial_desktop.domain.enums import SignupState
from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.attendance import AttendanceRecord, AttendanceService
from boligsocial_desktop.services.deadlines import apply_deadlines
from boligsocial_desktop.services.signups.common import ParticipantInput
from boligsocial_desktop.storage.models import AttendanceCount, OutboxChange, Participant

LATER = date(2026, 3, 31)


def person(name: str, band: str = "6–12", gender: str = "kvinde", **more) -> ParticipantInput:
    return ParticipantInput(name=name, age_band=band, gender=gender, **more)


def test_seats_fill_then_waiting_list_moves_up_in_order(course, signups):
    for i in range(12):
        assert signups.sign_up(course.activity_id, person(f"Barn{i} H."), course.coordinator).state \
            is SignupState.SIGNED_UP
    first = signups.sign_up(course.activity_id, person("Amira K."), course.coordinator)
    second = signups.sign_up(course.activity_id, person("Yusuf B.", gender="mand"), course.coordinator)
    assert (first.state, first.position, second.position) == (SignupState.WAITING, 1, 2)
    overview = signups.overview(course.activity_id, course.coordinator)
    assert overview.seats_left == 0 and [w.name for w in overview.waiting] == ["Amira K.", "Yusuf B."]

    result = signups.cancel(overview.signed_up[3].signup_id, course.helper)

    assert result.moved_up == ("Amira K.",)
    overview = signups.overview(course.activity_id, course.coordinator)
    assert len(overview.signed_up) == 12 and [w.name for w in overview.waiting] == ["Yusuf B."]
    assert next(r for r in overview.signed_up if r.name == "Amira K.").moved_up
    assert overview.waiting[0].position == 1


def test_more_seats_move_the_waiting_list_up(course, signups):
    signups.set_capacity(course.activity_id, 1, course.coordinator)
    signups.sign_up(course.activity_id, person("Amira K."), course.coordinator)
    signups.sign_up(course.activity_id, person("Yusuf B."), course.coordinator)
    assert signups.set_capacity(course.activity_id, 2, course.coordinator).moved_up == ("Yusuf B.",)


@pytest.mark.parametrize("name", ["Amira Hansen", "Amira Hansen Berg"])
def test_only_first_name_and_initial_are_stored(course, signups, name):
    with pytest.raises(ValidationError, match="fornavn og forbogstav"):
        signups.sign_up(course.activity_id, person(name), course.coordinator)


@pytest.mark.parametrize("field", ["name", "household", "phone", "email"])
def test_a_cpr_number_is_refused_in_every_field(course, signups, field):
    values = dict(name="Amira", household=None, phone=None, email=None, consent_kind="mundtligt")
    values[field] = "Amira 010203-1234" if field in ("name", "household") else "010203-1234"
    data = ParticipantInput(age_band="6–12", **values)
    with pytest.raises(ValidationError, match="CPR"):
        signups.sign_up(course.activity_id, data, course.coordinator)


def test_contact_data_needs_consent_and_children_share_the_household(db, course, signups):
    with pytest.raises(ValidationError, match="samtykke"):
        signups.sign_up(course.activity_id, person("Ali", phone="43591000"), course.coordinator)
    signups.sign_up(course.activity_id, person("Ali", household="Familien K., lejl. 12", phone="43591000",
                                                consent_kind="skriftligt"), course.coordinator,
                    today=date(2026, 1, 2))
    signups.sign_up(course.activity_id, person("Sara", household="familien k., lejl. 12"), course.coordinator)
    with db.reading() as session:
        households = session.scalars(select(Participant).where(Participant.kind == "husstand")).all()
        assert len(households) == 1 and households[0].phone == "43 59 10 00"
        assert households[0].consent_date == date(2026, 1, 2)
    coordinator_view = signups.overview(course.activity_id, course.coordinator).signed_up
    helper_view = signups.overview(course.activity_id, course.helper).signed_up
    assert coordinator_view[0].name == "Ali (Familien K., lejl. 12)"
    assert coordinator_view[0].contact == "43 59 10 00" and helper_view[0].contact == ""


def test_ticks_feed_the_sessions_headcount(db, course, signups, ticks):
    a = signups.sign_up(course.activity_id, person("Amira K."), course.coordinator)
    b = signups.sign_up(course.activity_id, person("Yusuf B.", band="25–64", gender="mand"), course.coordinator)
    first, second = course.session_ids[:2]
    ticks.set_tick(first, a.participant_id, True, course.helper, today=LATER)
    assert ticks.set_extra(first, "0–5", "kvinde", 2, course.helper, today=LATER) == 3
    ticks.set_tick(second, a.participant_id, True, course.helper, today=LATER)
    ticks.set_tick(second, b.participant_id, True, course.helper, today=LATER)

    record = AttendanceService(db).get(first)
    assert record.counts == {("6–12", "kvinde"): 1, ("0–5", "kvinde"): 2}
    assert (record.new_participants, record.returning_participants) == (1, 0)
    record = AttendanceService(db).get(second)
    assert (record.total, record.new_participants, record.returning_participants) == (2, 1, 1)

    ticks.set_tick(first, a.participant_id, False, course.helper, today=LATER)  # she came first at the second
    record = AttendanceService(db).get(second)
    assert (record.new_participants, record.returning_participants) == (2, 0)
    assert AttendanceService(db).get(first).counts == {("0–5", "kvinde"): 2}
    with pytest.raises(ValidationError, match="afkrydsningen"):
        AttendanceService(db).record(AttendanceRecord(first, {("6–12", "kvinde"): 5}), None, today=LATER)
    listing = ticks.tick_list(second, course.helper)
    assert [(r.name, r.present) for r in listing.rows] == [("Amira K.", True), ("Yusuf B.", True)]


def test_ticking_a_future_session_is_refused(course, signups, ticks):
    a = signups.sign_up(course.activity_id, person("Amira K."), course.coordinator)
    with pytest.raises(ValidationError, match="holdt"):
        ticks.set_tick(course.session_ids[-1], a.participant_id, True, course.helper, today=date(2026, 1, 1))


def test_deadline_removes_names_keeps_counts(db, course, signups, ticks):
    a = signups.sign_up(course.activity_id, person("Amira", household="Lejl. 12", email="a@b.dk",
                                                    consent_kind="mundtligt"), course.coordinator)
    ticks.set_tick(course.session_ids[0], a.participant_id, True, course.helper, today=LATER)
    assert apply_deadlines(db, date(2026, 9, 24), dry_run=True).participants == 0  # six months after 25 March
    report = apply_deadlines(db, date(2026, 9, 25))
    assert report.participants == 1 and any("deltagere" in m for m in report.messages)
    with db.reading() as session:
        rows = session.scalars(select(Participant)).all()
        assert {r.name for r in rows} == {"(slettet)"} and all(r.email is None for r in rows)
        assert sum(c.count for c in session.scalars(select(AttendanceCount))) == 1
        pending = session.scalars(select(OutboxChange).where(OutboxChange.table_name == "participants",
                                                             OutboxChange.exported.is_(False))).all()
        assert all("Amira" not in str(c.fields) and "a@b.dk" not in str(c.fields) for c in pending)


def test_the_deadline_is_set_by_administrators_only(db, course):
    from boligsocial_desktop.services.signups import retention
    from boligsocial_desktop.services.visits.common import AccessDenied

    with pytest.raises(AccessDenied, match="administratorer"):
        retention.set_deadline(db, course.coordinator, 3)
    assert retention.set_deadline(db, course.admin, 3) == 3 and retention.get_deadline(db) == 3
    with pytest.raises(ValidationError, match="mellem 1 og 120"):
        retention.set_deadline(db, course.admin, 0)


def test_exporting_participants_is_for_coordinators_and_administrators_and_audited(db, course, signups, tmp_path):
    from boligsocial_desktop.services.data_export import export_table
    from boligsocial_desktop.storage.models import AuditEntry

    signups.sign_up(course.activity_id, person("Amira K.", phone="43591000", consent_kind="mundtligt"),
                    course.coordinator)
    for refused in (course.helper, course.adviser, None):
        with pytest.raises(ValidationError, match="administrator eller koordinator"):
            export_table(db, "participants", "csv", tmp_path / "p.csv", refused)
    assert export_table(db, "participants", "csv", tmp_path / "p.csv", course.coordinator) == 1
    assert "Amira K." in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    with db.reading() as session:
        assert any(a.table_name == "participants" for a in session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("%eksport%"))))
