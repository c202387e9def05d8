"""Settling conflicts: the decision is an ordinary edit that closes the same conflict on every PC."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sync_helpers import ACTIVITY, ESTATE, SESSION, STAFF, edit, exchange, open_conflicts, seed_office

from boligsocial_desktop.domain.enums import StaffRole
from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.staff import StaffInfo
from boligsocial_desktop.storage.models import Activity, AdviceVisit, Attendance, AuditEntry, StaffMember, SyncConflict
from boligsocial_desktop.sync.conflicts import ConflictService


def staff(pc, role: str) -> StaffInfo:
    member_id = f"staff-{role}"
    with pc.db.transaction() as s:
        if s.get(StaffMember, member_id) is None:
            s.add(StaffMember(id=member_id, name=f"Ansat {role}", role=role))
    return StaffInfo(id=member_id, name=f"Ansat {role}", initials=None, role=StaffRole(role), os_username=None,
                     has_pin=False, active=True)


@pytest.fixture
def office(make_pc):
    a, b = make_pc("a"), make_pc("b")
    seed_office(a)
    exchange(a, b)
    return a, b


def title(pc) -> str:
    with pc.db.reading() as s:
        return s.get(Activity, ACTIVITY).title


def test_choosing_the_other_version_is_shared_and_closes_the_conflict_everywhere(office):
    a, b = office
    edit(a, Activity, ACTIVITY, title="Fra A")
    edit(b, Activity, ACTIVITY, title="Fra B")
    exchange(a, b)
    [view] = ConflictService(a.db).open_conflicts(None)
    assert view.shown == {"title": "Fra B"} and view.other == {"title": "Fra A"} and view.other_here
    assert view.choices == ("keep", "other")  # a title is one line: nothing to combine
    ConflictService(a.db).resolve(None, view.id, "other")
    exchange(a, b)
    assert title(a) == title(b) == "Fra A"
    assert open_conflicts(a) == open_conflicts(b) == []


def test_keeping_what_is_shown_also_closes_it_on_the_other_pc(office):
    a, b = office
    edit(a, Activity, ACTIVITY, title="Fra A")
    edit(b, Activity, ACTIVITY, title="Fra B")
    exchange(a, b)
    [view] = ConflictService(b.db).open_conflicts(None)
    ConflictService(b.db).resolve(None, view.id, "keep")
    exchange(a, b)
    assert title(a) == "Fra B"
    assert open_conflicts(a) == open_conflicts(b) == []


def test_notes_are_combined_by_an_adviser_and_hidden_from_others(office):
    a, b = office
    with a.db.transaction() as s:
        s.add(AdviceVisit(id="v1", visited_at=datetime(2026, 11, 23, 10, tzinfo=UTC), office_estate_id=ESTATE,
                          staff_id=STAFF, notes="Brev fra kommunen."))
    exchange(a, b)
    edit(a, AdviceVisit, "v1", notes="Brev fra kommunen. Ringer i morgen.")
    edit(b, AdviceVisit, "v1", notes="Brev fra kommunen. Henvist.")
    exchange(a, b)
    helper, adviser = staff(a, "medhjælper"), staff(a, "rådgiver")
    service = ConflictService(a.db)
    [listed] = service.open_conflicts(helper)
    assert listed.kind == "manual" and listed.needs_decision and listed.hidden
    assert listed.choices == ("keep", "other", "combine")
    assert set(listed.shown.values()) == {None}
    assert service.detail(helper, listed.id).hidden
    with pytest.raises(ValidationError):
        service.resolve(helper, listed.id, "combine", "x")
    view = service.detail(adviser, listed.id)
    assert not view.hidden and "Henvist" in view.shown["notes"] + view.other["notes"]
    service.resolve(adviser, listed.id, "combine", "Brev fra kommunen. Ringer i morgen. Henvist.")
    exchange(a, b)
    with b.db.reading() as s:
        assert s.get(AdviceVisit, "v1").notes == "Brev fra kommunen. Ringer i morgen. Henvist."
        actions = set(s.scalars(select(AuditEntry.action)))
    assert {"vis konflikt", "afgør konflikt"} <= actions
    assert open_conflicts(a) == open_conflicts(b) == []


def test_a_deleted_row_can_be_restored_with_the_edit(office):
    a, b = office
    edit(a, Activity, ACTIVITY, deleted_at=datetime(2026, 11, 23, 12, tzinfo=UTC))
    edit(b, Activity, ACTIVITY, title="Rettet titel")
    exchange(a, b)
    [view] = ConflictService(b.db).open_conflicts(None)
    assert view.kind == "delete_edit" and view.choices == ("keep", "restore") and view.row_deleted
    ConflictService(b.db).resolve(None, view.id, "restore")
    exchange(a, b)
    with a.db.reading() as s:
        row = s.get(Activity, ACTIVITY)
        assert row.deleted_at is None and row.title == "Rettet titel"
    assert open_conflicts(a) == open_conflicts(b) == []


def test_the_other_duplicate_values_can_be_taken_over(office):
    a, b = office
    with a.db.transaction() as s:
        s.add(Attendance(id="aaaa", session_id=SESSION, total=12))
    with b.db.transaction() as s:
        s.add(Attendance(id="bbbb", session_id=SESSION, total=14))
    exchange(a, b)
    [view] = ConflictService(a.db).open_conflicts(None)
    assert view.kind == "duplicate" and view.shown["total"] == 12 and view.other["total"] == 14
    ConflictService(a.db).resolve(None, view.id, "other")
    exchange(a, b)
    with b.db.reading() as s:
        assert s.get(Attendance, "aaaa").total == 14
    assert a.dump() == b.dump()


def test_personal_values_leave_the_conflict_when_the_visit_is_deleted(office):
    a, b = office
    with a.db.transaction() as s:
        s.add(AdviceVisit(id="v1", visited_at=datetime(2026, 11, 23, 10, tzinfo=UTC), office_estate_id=ESTATE,
                          staff_id=STAFF, notes="Første udgave"))
    exchange(a, b)
    edit(a, AdviceVisit, "v1", notes="Udgave A")
    edit(b, AdviceVisit, "v1", notes="Udgave B")
    exchange(a, b)
    assert len(open_conflicts(a)) == 1
    edit(a, AdviceVisit, "v1", deleted_at=datetime(2026, 11, 24, tzinfo=UTC), notes=None)
    exchange(a, b)
    for pc in (a, b):
        with pc.db.reading() as s:
            conflicts = s.scalars(select(SyncConflict)).all()
        assert conflicts and all(c.local_value is None and c.remote_value is None for c in conflicts)
        assert all(c.resolved_at is not None for c in conflicts)
