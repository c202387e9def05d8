"""Tick-off attendance: who came to a session, plus anonymous extras (walk-ins).

Every tick or extra recomputes the session's headcount in the same transaction: the
AttendanceCount rows by age band and gender (ticked persons plus extras) and the Attendance
summary (total; new = ticked for the first time at this activity, returning = ticked before;
extras are neither). So the calendar, the week's attendance and every report keep reading the
figures they always read. A tick can change who is "new" at later sessions, so those are
recomputed too (only the ones where that person is ticked).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from ...domain.enums import Gender, SessionStatus, SignupState
from ...domain.vocabulary import AGE_BANDS
from ...errors import NotFoundError, ValidationError
from ...storage.engine import Database
from ...storage.models import (
    Activity,
    ActivitySession,
    Attendance,
    AttendanceCount,
    AttendanceExtra,
    AttendanceTick,
    Participant,
    Signup,
)
from ...storage.types import utcnow
from ..staff import StaffInfo
from .common import display_name, require_staff

GENDERS = tuple(g.value for g in Gender)
MAX_EXTRA = 500


@dataclass(frozen=True)
class TickRow:
    participant_id: str
    name: str
    age_band: str | None
    gender: str
    present: bool
    signed_up: bool  # False: cancelled since, shown because ticked


@dataclass(frozen=True)
class TickList:
    session_id: str
    activity_id: str
    title: str
    day: date
    rows: tuple[TickRow, ...]
    extras: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def present(self) -> int:
        return sum(1 for r in self.rows if r.present)

    @property
    def total(self) -> int:
        return self.present + sum(self.extras.values())


@dataclass(frozen=True)
class SessionChoice:
    session_id: str
    day: date
    ticked: int


def _session(session: Session, session_id: str) -> ActivitySession:
    row = session.get(ActivitySession, session_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError("Gangen findes ikke længere.")
    return row


def _check_open(row: ActivitySession, today: date) -> None:
    if row.status == SessionStatus.CANCELLED.value:
        raise ValidationError("Gangen er aflyst. Genoptag den først, hvis den alligevel blev holdt.")
    if row.day > today:
        raise ValidationError("Der kan først krydses af, når gangen er holdt (eller holdes i dag).")


def _earlier(row: ActivitySession) -> ColumnElement[bool]:
    return and_(ActivitySession.activity_id == row.activity_id, ActivitySession.deleted_at.is_(None),
                or_(ActivitySession.day < row.day,
                    and_(ActivitySession.day == row.day, ActivitySession.start_time < row.start_time)))


KEEP = object()  # recompute_headcount: leave recorded_by_id as it is


def _next_session_of(session: Session, row: ActivitySession, participant_id: str) -> ActivitySession | None:
    """The person's next ticked session of the activity after `row`, when `row` is (or was) their first:
    only there can "new" turn into "returning" or back."""
    before = session.scalar(
        select(AttendanceTick.id).join(ActivitySession, ActivitySession.id == AttendanceTick.session_id)
        .where(AttendanceTick.participant_id == participant_id, AttendanceTick.present.is_(True),
               AttendanceTick.deleted_at.is_(None), ActivitySession.status != SessionStatus.CANCELLED.value,
               _earlier(row)).limit(1))
    if before is not None:
        return None
    return session.scalars(
        select(ActivitySession).join(AttendanceTick, AttendanceTick.session_id == ActivitySession.id)
        .where(AttendanceTick.participant_id == participant_id, AttendanceTick.present.is_(True),
               AttendanceTick.deleted_at.is_(None), ActivitySession.activity_id == row.activity_id,
               ActivitySession.deleted_at.is_(None), ActivitySession.id != row.id,
               or_(ActivitySession.day > row.day,
                   and_(ActivitySession.day == row.day, ActivitySession.start_time > row.start_time)))
        .order_by(ActivitySession.day, ActivitySession.start_time).limit(1)).first()


def recompute_headcount(session: Session, row: ActivitySession, recorded_by_id: str | object | None = KEEP,
                        counts_too: bool = True) -> int:
    """The session's Attendance (and with `counts_too` its AttendanceCount rows) from ticks and extras (flushed
    before); returns the headcount. Written in one flush at the end: no query here flushes on its own."""
    with session.no_autoflush:
        return _recompute(session, row, recorded_by_id, counts_too)


def _recompute(session: Session, row: ActivitySession, recorded_by_id: str | object | None,
               counts_too: bool) -> int:
    ticked = session.execute(
        select(Participant.id, Participant.age_band, Participant.gender)
        .join(AttendanceTick, AttendanceTick.participant_id == Participant.id)
        .where(AttendanceTick.session_id == row.id, AttendanceTick.present.is_(True),
               AttendanceTick.deleted_at.is_(None))).all()
    extras = {(e.age_band, e.gender): e.count for e in session.scalars(select(AttendanceExtra).where(
        AttendanceExtra.session_id == row.id, AttendanceExtra.deleted_at.is_(None)))}
    ids = [pid for pid, _, _ in ticked]
    seen_before: set[str] = set()
    if ids:
        seen_before = set(session.scalars(
            select(AttendanceTick.participant_id).join(ActivitySession,
                                                       ActivitySession.id == AttendanceTick.session_id)
            .where(AttendanceTick.participant_id.in_(ids), AttendanceTick.present.is_(True),
                   AttendanceTick.deleted_at.is_(None), ActivitySession.status != SessionStatus.CANCELLED.value,
                   _earlier(row))))
    new = sum(1 for pid in ids if pid not in seen_before)
    total = len(ids) + sum(extras.values())
    summary = session.scalars(select(Attendance).where(Attendance.session_id == row.id)).first()
    if summary is None:
        summary = Attendance(session_id=row.id, volunteers_present=0, volunteer_hours=0)
        session.add(summary)
    wanted: dict[str, object] = {"deleted_at": None, "total": total, "new_participants": new,
                                 "returning_participants": len(ids) - new}
    if recorded_by_id is not KEEP:
        wanted["recorded_by_id"] = recorded_by_id
    for name, value in wanted.items():  # only real changes, so a recount after sharing sends nothing new
        if getattr(summary, name) != value:
            setattr(summary, name, value)
    if counts_too:
        cells = Counter((band or AGE_BANDS[-2], gender) for _, band, gender in ticked)
        for key, count in extras.items():
            cells[key] += count
        existing = {(c.age_band, c.gender): c for c in session.scalars(
            select(AttendanceCount).where(AttendanceCount.session_id == row.id))}
        for key, cell in existing.items():
            wanted_count = cells.pop(key, 0)
            if wanted_count and (cell.count != wanted_count or cell.deleted_at is not None):
                cell.count, cell.deleted_at = wanted_count, None
            elif not wanted_count and cell.deleted_at is None:
                cell.deleted_at = utcnow()  # nobody of this band and gender any more
        for (band, gender), count in cells.items():
            if count:
                session.add(AttendanceCount(session_id=row.id, age_band=band, gender=gender, count=count))
    if total and row.status != SessionStatus.HELD.value:
        row.status = SessionStatus.HELD.value
    return total


def recount_activity(session: Session, activity_id: str) -> set[str]:
    """Recompute the headcount of every session of the activity that has tick-offs or extras (after sharing)."""
    ticked = select(AttendanceTick.session_id).where(AttendanceTick.deleted_at.is_(None))
    extra = select(AttendanceExtra.session_id).where(AttendanceExtra.deleted_at.is_(None))
    rows = session.scalars(select(ActivitySession).where(
        ActivitySession.activity_id == activity_id, ActivitySession.deleted_at.is_(None),
        or_(ActivitySession.id.in_(ticked), ActivitySession.id.in_(extra)))).all()
    for row in rows:
        recompute_headcount(session, row)
    session.flush()
    return {row.id for row in rows}


class TickService:
    def __init__(self, db: Database):
        self.db = db

    def sessions(self, activity_id: str, actor: StaffInfo | None, today: date | None = None) -> list[SessionChoice]:
        """The activity's sessions up to today (not cancelled), newest last, with how many are ticked."""
        today = today or date.today()
        with self.db.reading() as session:
            require_staff(session, actor)
            rows = session.execute(
                select(ActivitySession.id, ActivitySession.day)
                .where(ActivitySession.activity_id == activity_id, ActivitySession.deleted_at.is_(None),
                       ActivitySession.status != SessionStatus.CANCELLED.value, ActivitySession.day <= today)
                .order_by(ActivitySession.day, ActivitySession.start_time)).all()
            totals = dict(session.execute(select(Attendance.session_id, Attendance.total).where(
                Attendance.session_id.in_([r[0] for r in rows]), Attendance.deleted_at.is_(None))).tuples().all()) \
                if rows else {}
        return [SessionChoice(sid, day, int(totals.get(sid, 0) or 0)) for sid, day in rows]

    def tick_list(self, session_id: str, actor: StaffInfo | None) -> TickList:
        with self.db.reading() as session:
            require_staff(session, actor)
            row = _session(session, session_id)
            title = session.scalar(select(Activity.title).where(Activity.id == row.activity_id)) or ""
            ticks = dict(session.execute(select(AttendanceTick.participant_id, AttendanceTick.present).where(
                AttendanceTick.session_id == session_id, AttendanceTick.deleted_at.is_(None))).tuples().all())
            signed = dict(session.execute(select(Signup.participant_id, Signup.state).where(
                Signup.activity_id == row.activity_id, Signup.deleted_at.is_(None))).tuples().all())
            wanted = {pid for pid, state in signed.items() if state == SignupState.SIGNED_UP.value}
            wanted |= {pid for pid, present in ticks.items() if present}
            people = session.scalars(select(Participant).where(Participant.id.in_(wanted))).all() if wanted else []
            household_ids = {p.household_id for p in people if p.household_id}
            households = dict(session.execute(select(Participant.id, Participant.name).where(
                Participant.id.in_(household_ids))).tuples().all()) if household_ids else {}
            extras = {(e.age_band, e.gender): e.count for e in session.scalars(select(AttendanceExtra).where(
                AttendanceExtra.session_id == session_id, AttendanceExtra.deleted_at.is_(None))) if e.count}
        from ...domain.danish import danish_sort_key

        rows = sorted((TickRow(p.id, display_name(p.name, households.get(p.household_id or "")), p.age_band, p.gender,
                               bool(ticks.get(p.id)), signed.get(p.id) == SignupState.SIGNED_UP.value)
                       for p in people), key=lambda r: danish_sort_key(r.name))
        return TickList(session_id, row.activity_id, title, row.day, tuple(rows), extras)

    def set_tick(self, session_id: str, participant_id: str, present: bool, actor: StaffInfo | None,
                 today: date | None = None) -> int:
        """Tick (or untick) one participant; returns the session's new headcount."""
        today = today or date.today()
        with self.db.transaction() as session:
            require_staff(session, actor)
            row = _session(session, session_id)
            _check_open(row, today)
            if session.get(Participant, participant_id) is None:
                raise NotFoundError("Deltageren findes ikke længere.")
            tick = session.scalars(
                select(AttendanceTick).where(
                    AttendanceTick.session_id == session_id, AttendanceTick.participant_id == participant_id
                )
            ).first()
            if tick is None:
                if not present:
                    return self._total(session, session_id)
                tick = AttendanceTick(session_id=session_id, participant_id=participant_id, present=True)
                session.add(tick)
            elif tick.present == present and tick.deleted_at is None:
                return self._total(session, session_id)
            else:
                tick.present, tick.deleted_at = present, None
            session.flush()
            staff_id = actor.id if actor else None
            total = recompute_headcount(session, row, staff_id)
            with session.no_autoflush:
                later = _next_session_of(session, row, participant_id)
            if later is not None:  # whether the person is new there may have changed (nowhere else)
                recompute_headcount(session, later, counts_too=False)
            return total

    def set_extra(self, session_id: str, age_band: str, gender: str, count: int, actor: StaffInfo | None,
                  today: date | None = None) -> int:
        """Anonymous walk-ins of one age band and gender; returns the session's new headcount."""
        today = today or date.today()
        if age_band not in AGE_BANDS or gender not in GENDERS:
            raise ValidationError("Vælg aldersgruppe og køn for de ekstra deltagere.", "extras")
        if not 0 <= count <= MAX_EXTRA:
            raise ValidationError(f"Antal ekstra deltagere skal være mellem 0 og {MAX_EXTRA}.", "extras")
        with self.db.transaction() as session:
            require_staff(session, actor)
            row = _session(session, session_id)
            _check_open(row, today)
            extra = session.scalars(select(AttendanceExtra).where(
                AttendanceExtra.session_id == session_id, AttendanceExtra.age_band == age_band,
                AttendanceExtra.gender == gender)).first()
            if extra is None:
                session.add(AttendanceExtra(session_id=session_id, age_band=age_band, gender=gender, count=count))
            else:
                extra.count, extra.deleted_at = count, None
            session.flush()
            return recompute_headcount(session, row, actor.id if actor else None)

    @staticmethod
    def _total(session: Session, session_id: str) -> int:
        return int(session.scalar(select(Attendance.total).where(Attendance.session_id == session_id)) or 0)


def has_ticks(session: Session, session_id: str) -> bool:
    """Whether the session's headcount comes from tick-off (then it is not typed in by hand)."""
    return session.scalar(select(AttendanceTick.id).where(AttendanceTick.session_id == session_id,
                                                          AttendanceTick.deleted_at.is_(None)).limit(1)) is not None \
        or session.scalar(select(AttendanceExtra.id).where(AttendanceExtra.session_id == session_id,
                                                           AttendanceExtra.deleted_at.is_(None)).limit(1)) is not None
