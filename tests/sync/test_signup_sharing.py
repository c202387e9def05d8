"""Sign-ups travel through the shared folder like every other table; the cross-PC rules that matter:
two PCs giving away the last seat, and two PCs ticking off at the same session."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sync_helpers import ACTIVITY, SESSION, STAFF, edit, exchange, open_conflicts, seed_office

from boligsocial_desktop.domain.enums import SignupState
from boligsocial_desktop.services.attendance import AttendanceService
from boligsocial_desktop.services.signups.common import ParticipantInput
from boligsocial_desktop.services.signups.roster import SignupService
from boligsocial_desktop.services.signups.ticks import TickService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.models import Activity, SyncConflict

LATER = date(2026, 12, 31)


def two_pcs(make_pc):
    a, b = make_pc("a"), make_pc("b")
    seed_office(a)
    exchange(a, b)
    edit(a, Activity, ACTIVITY, signup_capacity=1, signup_required=True)
    exchange(a, b)
    return a, b


def test_the_last_seat_given_away_on_two_pcs_is_shown_and_closes_when_one_cancels(make_pc):
    a, b = two_pcs(make_pc)
    staff = StaffService(a.db).get(STAFF)
    first = SignupService(a.db).sign_up(ACTIVITY, ParticipantInput("Amira K.", "6–12", "kvinde"), staff)
    SignupService(b.db).sign_up(ACTIVITY, ParticipantInput("Yusuf B.", "6–12", "mand"), staff)
    exchange(a, b)
    assert a.dump() == b.dump()
    for pc in (a, b):
        [conflict] = open_conflicts(pc)
        assert conflict.kind == "overbooking" and "2 er tilmeldt, men der er kun 1 pladser" in \
            conflict.detail["message"]
        overview = SignupService(pc.db).overview(ACTIVITY, staff)
        assert {r.name for r in overview.signed_up} == {"Amira K.", "Yusuf B."}
    SignupService(a.db).cancel(first.signup_id, staff)
    exchange(a, b)
    assert open_conflicts(a) == open_conflicts(b) == []
    assert [r.state for r in SignupService(b.db).overview(ACTIVITY, staff).signed_up] == [SignupState.SIGNED_UP]


def test_ticks_made_on_two_pcs_at_one_session_add_up_everywhere(make_pc):
    a, b = two_pcs(make_pc)
    edit(a, Activity, ACTIVITY, signup_capacity=10)
    staff = StaffService(a.db).get(STAFF)
    amira = SignupService(a.db).sign_up(ACTIVITY, ParticipantInput("Amira K.", "6–12", "kvinde"), staff)
    yusuf = SignupService(a.db).sign_up(ACTIVITY, ParticipantInput("Yusuf B.", "6–12", "mand"), staff)
    exchange(a, b)
    TickService(a.db).set_tick(SESSION, amira.participant_id, True, staff, today=LATER)
    TickService(b.db).set_tick(SESSION, yusuf.participant_id, True, staff, today=LATER)
    TickService(b.db).set_extra(SESSION, "0–5", "kvinde", 2, staff, today=LATER)
    exchange(a, b)
    exchange(a, b)
    assert a.dump() == b.dump()
    for pc in (a, b):
        record = AttendanceService(pc.db).get(SESSION)
        assert (record.total, record.new_participants) == (4, 2)
        assert record.counts == {("6–12", "kvinde"): 1, ("6–12", "mand"): 1, ("0–5", "kvinde"): 2}
    assert open_conflict_fields(a) == open_conflict_fields(b) == []


def open_conflict_fields(pc):
    """What is open, readable in a failure message."""
    return [(c.kind, c.table_name, c.field, c.local_value, c.remote_value) for c in open_conflicts(pc)]


def test_a_name_edited_on_two_pcs_is_seen_by_coordinators_only_and_forgotten_when_erased(make_pc):
    from boligsocial_desktop.services.signups.retention import erase_due
    from boligsocial_desktop.storage.models import Participant
    from boligsocial_desktop.sync.conflicts import ConflictService

    a, b = two_pcs(make_pc)
    staff = StaffService(a.db)
    coordinator = staff.create("Mette Koordinator", "koordinator", initials="MK")
    helper = staff.create("Ida Mikkelsen", "medhjælper", initials="IM")
    amira = SignupService(a.db).sign_up(ACTIVITY, ParticipantInput("Amira K.", "6–12", "kvinde"), coordinator)
    exchange(a, b)
    edit(a, Participant, amira.participant_id, name="Amira H.")
    edit(b, Participant, amira.participant_id, name="Amina K.")
    exchange(a, b)
    [seen] = ConflictService(a.db).open_conflicts(coordinator)
    assert seen.table_name == "participants"
    assert not ConflictService(a.db).detail(coordinator, seen.id).hidden
    assert ConflictService(a.db).detail(helper, seen.id).hidden
    erase_due(a.db, date(2027, 7, 1))  # six months after the activity ended
    exchange(a, b)
    for pc in (a, b):
        with pc.db.reading() as s:
            assert "Amira" not in str([(c.local_value, c.remote_value) for c in
                                        s.scalars(select(SyncConflict))])
