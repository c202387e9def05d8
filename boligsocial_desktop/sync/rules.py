"""Cross-row rules checked again after other PCs' changes are applied.

Each PC checks its own edits when they are made (the calendar refuses a double booking,
the roster warns about an ambassador booked twice), but two PCs can each make a valid
edit that together break a rule. After a merge the touched rows are checked again:
* rooms: two sessions in the same room at overlapping times (`find_clashes`),
* ambassadors: one ambassador on two duties at overlapping times,
* sign-ups: more people signed up to an activity than it has seats (two PCs each gave
  away the last seat while apart; the sign-ups, tick-offs and participants otherwise
  travel as every other table, field by field).
A clash becomes a conflict of kind `double_booking` / `double_duty` / `overbooking` for a
person to sort out; it closes by itself when the clash is gone.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.orm import Session

from ..domain.calendar_rules import Booking, clash_message, find_clashes
from ..domain.danish import clock_range, long_date
from ..domain.enums import AssignmentState, SessionStatus, SignupState
from ..storage.bulk import chunks
from ..storage.models import (
    Activity,
    ActivitySession,
    Ambassador,
    Base,
    Duty,
    DutyAssignment,
    LocalState,
    Room,
    Signup,
    SyncConflict,
)

SESSION_FIELDS = frozenset({"*", "room_id", "day", "start_time", "end_time", "status", "deleted_at", "activity_id"})
DUTY_FIELDS = frozenset({"*", "day", "start_time", "end_time", "deleted_at"})
ASSIGNMENT_FIELDS = frozenset({"*", "duty_id", "ambassador_id", "state", "deleted_at"})
ACTIVE_ASSIGNMENT = (AssignmentState.PROPOSED.value, AssignmentState.CONFIRMED.value, AssignmentState.DONE.value)
TICK_FIELDS = frozenset({"*", "present", "deleted_at", "session_id", "count"})
RECOUNT_KEY = "signups.recount"  # local_state: activities whose headcounts wait for the round's end
SIGNUP_FIELDS = frozenset({"*", "state", "activity_id", "deleted_at"})
CAPACITY_FIELDS = frozenset({"*", "signup_capacity", "room_id"})
RULE_KINDS = ("double_booking", "double_duty", "overbooking")


def _key(kind: str, ids: Iterable[str]) -> str:
    return hashlib.sha1("|".join([kind, *sorted(ids)]).encode()).hexdigest()


def _pick(changed: dict[str, dict[str, set[str]]], table: str, wanted: frozenset[str]) -> set[str]:
    return {row for row, fields in changed.get(table, {}).items() if fields & wanted}


def _session_bookings(connection: Connection, room_days: set[tuple[str, date]]) -> list[Booking]:
    s, a = ActivitySession.__table__, Activity.__table__
    bookings: list[Booking] = []
    by_room: defaultdict[str, set[date]] = defaultdict(set)
    for room_id, day in room_days:
        by_room[room_id].add(day)
    for room_id, days in by_room.items():
        for part in chunks(sorted(days)):
            query = (select(s.c.id, s.c.room_id, s.c.day, s.c.start_time, s.c.end_time, a.c.title)
                     .join(a, a.c.id == s.c.activity_id)
                     .where(s.c.room_id == room_id, s.c.day.in_(part), s.c.deleted_at.is_(None),
                            a.c.deleted_at.is_(None), s.c.status != SessionStatus.CANCELLED.value))
            bookings += [Booking(r, d, st, en, title, sid) for sid, r, d, st, en, title in connection.execute(query)]
    return bookings


def _room_clashes(connection: Connection, session_ids: set[str]) -> list[dict[str, Any]]:
    if not session_ids:
        return []
    s = ActivitySession.__table__
    room_days: set[tuple[str, date]] = set()
    for part in chunks(sorted(session_ids)):
        rows = connection.execute(select(s.c.room_id, s.c.day).where(s.c.id.in_(part)))
        room_days.update((row.room_id, row.day) for row in rows)
    bookings = _session_bookings(connection, room_days)
    candidates = [b for b in bookings if b.session_id in session_ids]
    others = [b for b in bookings if b.session_id not in session_ids]
    found = []
    for clash in find_clashes(candidates, others):
        first, second = clash.candidate.session_id, clash.other.session_id
        assert first is not None and second is not None  # bookings read from sessions carry their ids
        ids = (first, second)
        found.append({"kind": "double_booking", "table_name": "sessions", "row_id": ids[0], "key": _key(
            "double_booking", ids), "detail": {"rows": sorted(ids), "message": clash_message(clash)}})
    return found


def _duty_clashes(connection: Connection, duty_ids: set[str], assignment_ids: set[str]) -> list[dict[str, Any]]:
    if not duty_ids and not assignment_ids:
        return []
    d, da, am = Duty.__table__, DutyAssignment.__table__, Ambassador.__table__
    people: set[str] = set()
    for part in chunks(sorted(assignment_ids)):
        people.update(r for (r,) in connection.execute(select(da.c.ambassador_id).where(da.c.id.in_(part))))
    for part in chunks(sorted(duty_ids)):
        people.update(r for (r,) in connection.execute(select(da.c.ambassador_id).where(da.c.duty_id.in_(part))))
    found = []
    for part in chunks(sorted(people)):
        rows = connection.execute(
            select(da.c.id, da.c.ambassador_id, am.c.name, d.c.day, d.c.start_time, d.c.end_time, d.c.kind)
            .join(d, d.c.id == da.c.duty_id).join(am, am.c.id == da.c.ambassador_id)
            .where(da.c.ambassador_id.in_(part), da.c.deleted_at.is_(None), d.c.deleted_at.is_(None),
                   da.c.state.in_(ACTIVE_ASSIGNMENT))
            .order_by(da.c.ambassador_id, d.c.day, d.c.start_time, da.c.id)).all()
        by_person_day: defaultdict[tuple[str, date], list[Any]] = defaultdict(list)
        for row in rows:
            by_person_day[(row.ambassador_id, row.day)].append(row)
        for same_day in by_person_day.values():
            for i, first in enumerate(same_day):
                for second in same_day[i + 1:]:
                    if not (first.start_time < second.end_time and second.start_time < first.end_time):
                        continue
                    ids = (first.id, second.id)
                    message = (f"{first.name} er booket to steder på én gang {long_date(first.day)}: "
                               f"{first.kind} {clock_range(first.start_time, first.end_time)} og "
                               f"{second.kind} {clock_range(second.start_time, second.end_time)}")
                    found.append({"kind": "double_duty", "table_name": "duty_assignments", "row_id": first.id,
                                  "key": _key("double_duty", ids), "detail": {"rows": sorted(ids), "message": message}})
    return found


def _overbookings(connection: Connection, signup_ids: set[str], activity_ids: set[str]) -> list[dict[str, Any]]:
    """Activities with more live sign-ups than seats (the activity's, else its room's)."""
    sg, a, r = Signup.__table__, Activity.__table__, Room.__table__
    activities = set(activity_ids)
    for part in chunks(sorted(signup_ids)):
        activities.update(x for (x,) in connection.execute(select(sg.c.activity_id).where(sg.c.id.in_(part))))
    found = []
    for part in chunks(sorted(activities)):
        taken = (select(sg.c.activity_id, func.count().label("n"))
                 .where(sg.c.activity_id.in_(part), sg.c.state == SignupState.SIGNED_UP.value,
                        sg.c.deleted_at.is_(None)).group_by(sg.c.activity_id).subquery())
        rows = connection.execute(
            select(a.c.id, a.c.title, func.coalesce(a.c.signup_capacity, r.c.capacity), taken.c.n)
            .join(taken, taken.c.activity_id == a.c.id).outerjoin(r, r.c.id == a.c.room_id)
            .where(a.c.deleted_at.is_(None))).all()
        for activity_id, title, seats, n in rows:
            if seats is None or n <= seats:
                continue
            message = (f"{title}: {n} er tilmeldt, men der er kun {seats} pladser. To pc'er har givet den sidste "
                       "plads væk hver for sig. Afmeld eller flyt en til ventelisten, eller giv flere pladser.")
            found.append({"kind": "overbooking", "table_name": "activities", "row_id": activity_id,
                          "key": _key("overbooking", (activity_id,)),
                          "detail": {"rows": [activity_id], "message": message}})
    return found


def _note_recount(connection: Connection, changed: dict[str, dict[str, set[str]]]) -> None:
    """Remember the activities whose tick-offs or extras arrived: their headcounts are derived from them,
    and two PCs that ticked at the same session each computed theirs from half of the ticks."""
    s = ActivitySession.__table__
    activities: set[str] = set()
    for table in ("attendance_ticks", "attendance_extras"):
        ids = _pick(changed, table, TICK_FIELDS)
        model = Base.metadata.tables[table]
        for part in chunks(sorted(ids)):
            activities.update(a for (a,) in connection.execute(
                select(s.c.activity_id).join(model, model.c.session_id == s.c.id).where(model.c.id.in_(part))))
    if not activities:
        return
    ls = LocalState.__table__
    old = connection.execute(select(ls.c.value).where(ls.c.key == RECOUNT_KEY)).scalar()
    value = ",".join(sorted(activities | set(filter(None, (old or "").split(",")))))
    if old is None:
        connection.execute(insert(ls).values(key=RECOUNT_KEY, value=value))
    else:
        connection.execute(update(ls).where(ls.c.key == RECOUNT_KEY).values(value=value))


def recount_headcounts(session: Session) -> int:
    """After a round: recompute (as ordinary, shared edits) the headcounts of the activities noted above.
    Every PC computes the same numbers from the same ticks, so the values agree when they meet."""
    from ..services.signups.ticks import recount_activity

    state = session.get(LocalState, RECOUNT_KEY)
    if state is None or not state.value:
        return 0
    activity_ids = state.value.split(",")
    state.value = ""
    sessions: set[str] = set()
    for activity_id in activity_ids:
        sessions |= recount_activity(session, activity_id)
    _close_derived_conflicts(session, sessions)
    return len(sessions)


DERIVED_TABLES = ("attendances", "attendance_counts")


def _close_derived_conflicts(session: Session, session_ids: set[str]) -> None:
    """Two PCs' headcounts of one ticked session differ until the ticks meet; the recount above has made
    them agree, so the conflicts between the two old figures are settled (nothing for a person to choose)."""
    if not session_ids:
        return
    ct = SyncConflict.__table__
    rows = session.execute(select(ct.c.id, ct.c.row_id, ct.c.local_value, ct.c.remote_value).where(
        ct.c.resolved_at.is_(None), ct.c.table_name.in_(DERIVED_TABLES))).all()
    known: set[str] = set()
    for t in DERIVED_TABLES:
        table = Base.metadata.tables[t]
        for part in chunks(sorted(session_ids)):
            known.update(i for (i,) in session.execute(select(table.c.id).where(table.c.session_id.in_(part))))
    settled = [cid for cid, row_id, local, remote in rows
               if row_id in known or any(isinstance(v, dict) and v.get("session_id") in session_ids
                                         for v in (local, remote))]
    if settled:
        from ..storage.types import utcnow

        session.execute(update(ct).where(ct.c.id.in_(settled)).values(resolved_at=utcnow(), resolution="recounted"))


def check_after_merge(connection: Connection, changed: dict[str, dict[str, set[str]]], now: datetime) -> int:
    """Record the clashes the merged rows take part in; returns how many are new."""
    _note_recount(connection, changed)
    clashes = _room_clashes(connection, _pick(changed, "sessions", SESSION_FIELDS))
    clashes += _duty_clashes(connection, _pick(changed, "duties", DUTY_FIELDS),
                             _pick(changed, "duty_assignments", ASSIGNMENT_FIELDS))
    clashes += _overbookings(connection, _pick(changed, "signups", SIGNUP_FIELDS),
                             _pick(changed, "activities", CAPACITY_FIELDS))
    if not clashes:
        return 0
    ct = SyncConflict.__table__
    unique = {c["key"]: c for c in clashes}
    existing = {}
    for part in chunks(list(unique)):
        existing.update({k: resolved for k, resolved in connection.execute(
            select(ct.c.key, ct.c.resolved_at).where(ct.c.key.in_(part)))})
    fresh = []
    for key, clash in unique.items():
        if key in existing:
            if existing[key] is not None:  # it had gone and is back
                connection.execute(update(ct).where(ct.c.key == key, ct.c.resolution == "gone")
                                   .values(resolved_at=None, resolution=None, detail=clash["detail"]))
            continue
        fresh.append({"id": key[:32], "field": None, "local_value": None, "local_hlc": None, "remote_value": None,
                      "remote_hlc": None, "remote_origin": None, "created_at": now, "resolved_at": None,
                      "resolution": None, **clash})
    if fresh:
        connection.execute(insert(ct), fresh)
    return len(fresh)


def close_gone(connection: Connection, now: datetime) -> int:
    """Close open clash conflicts whose clash no longer exists."""
    ct = SyncConflict.__table__
    open_rows = connection.execute(select(ct.c.id, ct.c.kind, ct.c.detail).where(
        ct.c.resolved_at.is_(None), ct.c.kind.in_(RULE_KINDS))).all()
    closed = 0
    for conflict_id, kind, detail in open_rows:
        rows = set((detail or {}).get("rows", []))
        if kind == "double_booking":
            still = any({c["detail"]["rows"][0], c["detail"]["rows"][1]} == rows
                        for c in _room_clashes(connection, rows))
        elif kind == "overbooking":
            still = bool(_overbookings(connection, set(), rows))
        else:
            still = any(set(c["detail"]["rows"]) == rows for c in _duty_clashes(connection, set(), rows))
        if not still:
            connection.execute(update(ct).where(ct.c.id == conflict_id).values(resolved_at=now, resolution="gone"))
            closed += 1
    return closed


__all__ = ["RULE_KINDS", "check_after_merge", "close_gone", "recount_headcounts"]
