"""Merging: per-field last writer wins, conflicts only for changes made without seeing each other."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import func, select
from sync_helpers import ACTIVITY, ESTATE, ROOM, SESSION, STAFF, edit, exchange, open_conflicts, seed_office

from boligsocial_desktop.storage.models import (
    Activity,
    ActivitySession,
    AdviceCase,
    AdviceVisit,
    Attendance,
    OutboxChange,
    SyncFieldClock,
)


def office(make_pc, *names, **kwargs):
    pcs = [make_pc(name, **kwargs) for name in names]
    seed_office(pcs[0])
    exchange(*pcs)
    return pcs


def test_edits_of_different_fields_merge_without_conflict(make_pc):
    a, b = office(make_pc, "a", "b")
    edit(a, Activity, ACTIVITY, title="Lektiecafé for 4.-6. klasse")
    edit(b, Activity, ACTIVITY, description="Med frugt")
    exchange(a, b)
    assert a.dump() == b.dump()
    with a.db.reading() as s:
        row = s.get(Activity, ACTIVITY)
        assert (row.title, row.description) == ("Lektiecafé for 4.-6. klasse", "Med frugt")
    assert open_conflicts(a) == open_conflicts(b) == []


def test_same_field_on_two_pcs_keeps_both_and_shows_the_later(make_pc):
    a, b, c = office(make_pc, "a", "b", "c")
    edit(a, Activity, ACTIVITY, title="Titel fra A")
    edit(b, Activity, ACTIVITY, title="Titel fra B")  # later wall clock: wins
    exchange(c, b, a)
    assert a.dump() == b.dump() == c.dump()
    with c.db.reading() as s:
        assert s.get(Activity, ACTIVITY).title == "Titel fra B"
    for pc in (a, b, c):
        [conflict] = open_conflicts(pc)
        assert (conflict.kind, conflict.field) == ("field", "title")
        assert {conflict.local_value["title"], conflict.remote_value["title"]} == {"Titel fra A", "Titel fra B"}


def test_an_edit_made_after_seeing_the_other_is_no_conflict(make_pc):
    a, b = office(make_pc, "a", "b")
    edit(a, Activity, ACTIVITY, title="Først")
    exchange(a, b)
    edit(b, Activity, ACTIVITY, title="Bagefter")
    exchange(a, b)
    with a.db.reading() as s:
        assert s.get(Activity, ACTIVITY).title == "Bagefter"
    assert open_conflicts(a) == open_conflicts(b) == []


def test_a_skewed_clock_still_gives_the_same_winner_everywhere(make_pc):
    a = make_pc("a", skew=-3_600_000)  # an hour slow
    b = make_pc("b")
    seed_office(a)
    exchange(a, b)
    edit(b, Activity, ACTIVITY, title="B")
    edit(a, Activity, ACTIVITY, title="A, senere men med forkert ur")
    exchange(a, b)
    assert a.dump() == b.dump()
    assert len(open_conflicts(a)) == len(open_conflicts(b)) == 1


def test_delete_against_edit_is_a_conflict_and_the_row_stays_deleted(make_pc):
    a, b = office(make_pc, "a", "b")
    edit(a, Activity, ACTIVITY, deleted_at=datetime(2026, 11, 23, 12, tzinfo=UTC))
    edit(b, Activity, ACTIVITY, title="Rettet titel")
    exchange(a, b)
    assert a.dump() == b.dump()
    with b.db.reading() as s:
        row = s.get(Activity, ACTIVITY)
        assert row.deleted_at is not None and row.title == "Rettet titel"
    for pc in (a, b):
        [conflict] = open_conflicts(pc)
        assert conflict.kind == "delete_edit"


def test_two_pcs_deleting_the_same_row_is_no_conflict(make_pc):
    a, b = office(make_pc, "a", "b")
    edit(a, Activity, ACTIVITY, deleted_at=datetime(2026, 11, 23, 12, tzinfo=UTC))
    edit(b, Activity, ACTIVITY, deleted_at=datetime(2026, 11, 23, 13, tzinfo=UTC))
    exchange(a, b)
    assert a.dump() == b.dump()
    assert open_conflicts(a) == open_conflicts(b) == []


def _visit(pc, visit_id: str, notes: str) -> None:
    with pc.db.transaction() as s:
        s.add(AdviceVisit(id=visit_id, visited_at=datetime(2026, 11, 23, 10, tzinfo=UTC), office_estate_id=ESTATE,
                          staff_id=STAFF, notes=notes))


def test_concurrent_notes_are_never_merged_silently(make_pc):
    a, b = office(make_pc, "a", "b")
    _visit(a, "v1", "Kom med brev fra kommunen.")
    exchange(a, b)
    edit(a, AdviceVisit, "v1", notes="Kom med brev fra kommunen. Ringer i morgen.")
    edit(b, AdviceVisit, "v1", notes="Kom med brev fra kommunen. Henvist til gældsrådgivning.")
    exchange(a, b)
    for pc in (a, b):
        [conflict] = open_conflicts(pc)
        assert (conflict.kind, conflict.field) == ("manual", "notes")


def test_last_visit_merges_as_the_latest_without_conflict(make_pc):
    a, b = office(make_pc, "a", "b")
    with a.db.transaction() as s:
        s.add(AdviceCase(id="c1", name="Familie", consent_kind="skriftligt", consent_date=date(2026, 1, 5),
                         consent_scope="rådgivning"))
    exchange(a, b)
    edit(a, AdviceCase, "c1", last_visit_at=datetime(2026, 11, 20, 9, tzinfo=UTC))
    edit(b, AdviceCase, "c1", last_visit_at=datetime(2026, 11, 18, 9, tzinfo=UTC))  # later edit, older visit
    exchange(a, b)
    for pc in (a, b):
        with pc.db.reading() as s:
            assert s.get(AdviceCase, "c1").last_visit_at == datetime(2026, 11, 20, 9, tzinfo=UTC)
        assert open_conflicts(pc) == []


def test_two_attendances_for_one_session_leave_one_and_keep_the_other_in_a_conflict(make_pc):
    a, b = office(make_pc, "a", "b")
    with a.db.transaction() as s:
        s.add(Attendance(id="aaaa", session_id=SESSION, total=12))
    with b.db.transaction() as s:
        s.add(Attendance(id="bbbb", session_id=SESSION, total=14))
    b.sync()  # b's row reaches the share before b hears of a's
    edit(b, Attendance, "bbbb", total=15)  # and b edits it again: that edit must not get lost either
    exchange(a, b)
    assert a.dump() == b.dump()
    with a.db.reading() as s:
        assert [r.id for r in s.scalars(select(Attendance))] == ["aaaa"]
    for pc in (a, b):
        [conflict] = open_conflicts(pc)
        assert conflict.kind == "duplicate"
        assert conflict.local_value["total"] == 12
        assert conflict.remote_value["total"] == 15


def test_applying_is_not_captured_as_a_local_edit_and_moves_the_clock(make_pc):
    a, b = office(make_pc, "a", "b")
    with b.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(OutboxChange)) == 0
    a.wall.advance(5_000_000)
    edit(a, Activity, ACTIVITY, title="Ny")
    exchange(a, b)
    with b.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(OutboxChange)) == 0
        assert s.get(SyncFieldClock, ("activities", ACTIVITY, "title")) is not None
    assert b.db.capture.clock.now().millis >= a.wall()


def test_room_double_booking_made_on_two_pcs_is_shown_and_closes_when_moved(make_pc):
    a, b = office(make_pc, "a", "b")
    with a.db.transaction() as s:
        s.add(ActivitySession(id="s-a", activity_id=ACTIVITY, room_id=ROOM, day=date(2026, 12, 8),
                              start_time=time(15), end_time=time(17)))
    with b.db.transaction() as s:
        s.add(ActivitySession(id="s-b", activity_id=ACTIVITY, room_id=ROOM, day=date(2026, 12, 8),
                              start_time=time(16), end_time=time(18)))
    exchange(a, b)
    for pc in (a, b):
        [conflict] = open_conflicts(pc)
        assert conflict.kind == "double_booking"
        assert "lokalet er optaget" in conflict.detail["message"]
    edit(b, ActivitySession, "s-b", start_time=time(17), end_time=time(19))
    exchange(a, b)
    assert open_conflicts(a) == open_conflicts(b) == []


def test_the_same_id_created_on_two_pcs_converges_and_keeps_both_values(make_pc):
    from boligsocial_desktop.storage.models import Partner

    a, b = make_pc("a"), make_pc("b")
    with a.db.transaction() as s:
        s.add(Partner(id="p1", name="Frivilligcenter", contact="A"))
    with b.db.transaction() as s:
        s.add(Partner(id="p1", name="Frivilligcentret", contact="B"))
    edit(b, Partner, "p1", kind="forening")
    exchange(a, b)
    assert a.dump() == b.dump()
    with a.db.reading() as s:
        assert s.get(Partner, "p1").kind == "forening"
    kept = {(c.field, v) for pc in (a,) for c in open_conflicts(pc) for v in (c.local_value[c.field],
                                                                          c.remote_value[c.field])}
    assert {("name", "Frivilligcenter"), ("name", "Frivilligcentret"), ("contact", "A"), ("contact", "B")} <= kept


def test_an_ambassador_booked_twice_from_two_pcs_is_shown(make_pc):
    from boligsocial_desktop.storage.models import Ambassador, Duty, DutyAssignment

    a, b = office(make_pc, "a", "b")
    with a.db.transaction() as s:
        s.add(Ambassador(id="amb", name="Amina Yusuf", estate_id=ESTATE))
        s.flush()
        s.add(Duty(id="d1", kind="velkomstbesøg", estate_id=ESTATE, day=date(2026, 12, 2), start_time=time(16),
                   end_time=time(17)))
        s.add(Duty(id="d2", kind="affaldsguide", estate_id=ESTATE, day=date(2026, 12, 2), start_time=time(16, 30),
                   end_time=time(18)))
    exchange(a, b)
    with a.db.transaction() as s:
        s.add(DutyAssignment(id="x1", duty_id="d1", ambassador_id="amb", state="bekræftet"))
    with b.db.transaction() as s:
        s.add(DutyAssignment(id="x2", duty_id="d2", ambassador_id="amb", state="bekræftet"))
    exchange(a, b)
    for pc in (a, b):
        [conflict] = open_conflicts(pc)
        assert conflict.kind == "double_duty" and "Amina Yusuf" in conflict.detail["message"]
    edit(a, DutyAssignment, "x2", state="afbud")
    exchange(a, b)
    assert open_conflicts(a) == open_conflicts(b) == []
