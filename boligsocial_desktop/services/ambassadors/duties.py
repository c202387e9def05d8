"""Duties and shifts (vagter): who is on which shift, hours logged, swaps and warnings.

A swap hands one ambassador's place on a shift to another. The ambassadors agree between
them (`request_swap`), and it takes effect only when a coordinator approves it (`approve_swap`).
Warnings (never refusals) are given for shifts short of people and for an ambassador booked on
two shifts at the same time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...domain.calendar_rules import CalendarRuleError, SeriesPattern, planned_dates
from ...domain.calendar_rules import ClosingPeriod as ClosingRule
from ...domain.danish import clock_range_exact
from ...domain.enums import (
    AmbassadorStatus,
    AssignmentState,
    ConsentScope,
    DutyKind,
    Recurrence,
    StaffRole,
)
from ...errors import NotFoundError, ValidationError
from ...storage.engine import Database
from ...storage.models import (
    Activity,
    ActivitySession,
    Ambassador,
    ClosingPeriod,
    Duty,
    DutyAssignment,
    Estate,
    StaffMember,
)
from ...storage.types import new_id, utcnow
from .. import audit
from ..validation import optional_text
from .common import fmt_date, fmt_day_short, week_start

ACTIVE_STATES = (AssignmentState.PROPOSED.value, AssignmentState.CONFIRMED.value, AssignmentState.DONE.value)
MAX_NEEDED = 50


@dataclass(frozen=True)
class DutyInput:
    kind: str
    estate_id: str
    day: date
    start_time: time
    end_time: time
    needed: int = 1
    description: str | None = None
    session_id: str | None = None
    repeat_until: date | None = None  # weekly until this day, holidays and closing periods skipped


ONE, FOLLOWING = "one", "following"  # an edit of a repeating shift: this one, or this and the later ones


@dataclass(frozen=True)
class SavedShifts:
    """What a save did: the first shift, how many were made or changed, the days skipped and warnings."""

    first: DutyRow
    count: int
    skipped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class AssignmentRow:
    id: str
    duty_id: str
    ambassador_id: str
    ambassador_name: str
    state: AssignmentState
    hours: float | None
    phone: str | None
    consent_scope: ConsentScope
    swap_with_id: str | None
    swap_with_name: str | None
    swap_approved: bool

    @property
    def swap_pending(self) -> bool:
        return self.swap_with_id is not None and not self.swap_approved

    @property
    def shared_phone(self) -> str | None:
        return self.phone if self.consent_scope == ConsentScope.STORE_AND_SHARE else None


@dataclass(frozen=True)
class DutyRow:
    id: str
    kind: DutyKind
    estate_id: str
    estate_name: str
    day: date
    start_time: time
    end_time: time
    needed: int
    description: str | None
    session_id: str | None
    session_label: str | None
    assignments: tuple[AssignmentRow, ...]
    warnings: tuple[str, ...] = ()
    series_id: str | None = None

    @property
    def note(self) -> str | None:
        """The linked activity and the description, as the table and the printouts show them."""
        return " – ".join(part for part in (self.session_label, self.description) if part) or None

    @property
    def staffed(self) -> int:
        return sum(1 for a in self.assignments if a.state.value in ACTIVE_STATES)

    @property
    def short(self) -> bool:
        return self.staffed < self.needed

    @property
    def duration_hours(self) -> float:
        return _hours_between(self.start_time, self.end_time)


@dataclass(frozen=True)
class WeekPlan:
    monday: date
    duties: tuple[DutyRow, ...]
    warnings: tuple[str, ...]

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def week_number(self) -> int:
        return self.monday.isocalendar()[1]


@dataclass(frozen=True)
class AssignResult:
    assignment: AssignmentRow
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class SessionChoice:
    id: str
    label: str
    estate_id: str
    day: date
    start_time: time
    end_time: time


def _hours_between(start: time, end: time) -> float:
    return round((datetime.combine(date.min, end) - datetime.combine(date.min, start)).seconds / 3600, 2)


def _parse_kind(value: str) -> DutyKind:
    try:
        return DutyKind(value)
    except ValueError:
        raise ValidationError(f"Opgavetypen »{value}« kendes ikke. Vælg en fra listen.", "kind") from None


def _parse_state(value: str) -> AssignmentState:
    try:
        return AssignmentState(value)
    except ValueError:
        raise ValidationError(f"Status »{value}« kendes ikke. Vælg foreslået, bekræftet, afbud eller udført.",
                              "state") from None


def _overlaps(a: Duty | DutyRow, b: Duty | DutyRow) -> bool:
    return a.day == b.day and a.start_time < b.end_time and b.start_time < a.end_time


class DutyService:
    def __init__(self, db: Database, today: date | None = None):
        self.db = db
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    # --- duties -----------------------------------------------------------

    def create_duty(self, data: DutyInput, *, actor_id: str | None = None) -> DutyRow:
        return self.create_shifts(data, actor_id=actor_id).first

    def create_shifts(self, data: DutyInput, *, actor_id: str | None = None) -> SavedShifts:
        """One shift, or a weekly series of them (`data.repeat_until`) sharing a series id."""
        kind, description = self._checked(data)
        with self.db.transaction() as session:
            self._check_place(session, data)
            days, skipped = self._days(session, data)
            series_id = new_id() if len(days) > 1 or data.repeat_until else None
            rows = []
            for day in days:
                row = Duty(kind=kind.value, estate_id=data.estate_id, session_id=data.session_id or None, day=day,
                           start_time=data.start_time, end_time=data.end_time, needed=data.needed,
                           description=description, series_id=series_id)
                session.add(row)
                rows.append(row)
            session.flush()
            for row in rows:
                audit.record(session, "opret vagt", staff_id=actor_id, table_name="duties", row_id=row.id)
            return SavedShifts(self._duty_rows(session, rows[:1])[0], len(rows), skipped)

    def update_duty(self, duty_id: str, data: DutyInput, scope: str = ONE, *,
                    actor_id: str | None = None) -> SavedShifts:
        """Change a shift (or this and the following shifts of its series); assignments stay.

        The day moves only for one shift; a series keeps its days and takes the new time, place,
        kind, number needed and description. Ambassadors now booked twice are named as warnings.
        """
        kind, description = self._checked(data)
        with self.db.transaction() as session:
            first = self._duty(session, duty_id)
            self._check_place(session, data, first.day if scope == FOLLOWING else data.day)
            if scope == FOLLOWING and first.series_id:
                rows = list(session.scalars(select(Duty).where(
                    Duty.series_id == first.series_id, Duty.deleted_at.is_(None), Duty.day >= first.day)
                    .order_by(Duty.day)))
            else:
                rows = [first]
                first.day = data.day
            for row in rows:
                row.kind, row.estate_id, row.start_time, row.end_time = (kind.value, data.estate_id,
                                                                         data.start_time, data.end_time)
                row.needed, row.description = data.needed, description
                if row is first or not data.session_id:
                    row.session_id = data.session_id or None
            session.flush()
            warnings = []
            for row in rows:
                for assignment in session.scalars(select(DutyAssignment).where(
                        DutyAssignment.duty_id == row.id, DutyAssignment.deleted_at.is_(None),
                        DutyAssignment.state.in_(ACTIVE_STATES))):
                    ambassador = session.get_one(Ambassador, assignment.ambassador_id)
                    warnings += self._clash_warnings(session, row, ambassador)
                audit.record(session, "ret vagt", staff_id=actor_id, table_name="duties", row_id=row.id)
            return SavedShifts(self._duty_rows(session, [first])[0], len(rows), (), tuple(dict.fromkeys(warnings)))

    def shifts_for_session(self, session_id: str | None, except_id: str | None = None) -> list[DutyRow]:
        """Other shifts already linked to a calendar session (a second one is usually a mistake)."""
        if not session_id:
            return []
        with self.db.reading() as session:
            rows = list(session.scalars(select(Duty).where(Duty.session_id == session_id, Duty.deleted_at.is_(None),
                                                           Duty.id != (except_id or ""))))
            return self._duty_rows(session, rows)

    def _checked(self, data: DutyInput) -> tuple[DutyKind, str | None]:
        kind = _parse_kind(data.kind)
        if data.day is None or data.start_time is None or data.end_time is None:
            raise ValidationError("Vælg dato og tidspunkt for vagten.", "day")
        if data.end_time <= data.start_time:
            raise ValidationError(
                f"Vagten slutter kl. {data.end_time:%H.%M}, før den begynder kl. {data.start_time:%H.%M}. "
                "Ret sluttidspunktet, så det ligger efter starttidspunktet.", "end_time")
        if not 1 <= data.needed <= MAX_NEEDED:
            raise ValidationError(f"Antal ambassadører skal være mellem 1 og {MAX_NEEDED}.", "needed")
        if data.repeat_until is not None and data.session_id:
            raise ValidationError("En gentaget vagt kan ikke kobles til én aktivitet i kalenderen. Fjern koblingen, "
                                  "eller lad være med at gentage vagten.", "session")
        return kind, optional_text(data.description, "beskrivelse", "description", 2000)

    @staticmethod
    def _check_place(session: Session, data: DutyInput, day: date | None = None) -> None:
        estate = session.get(Estate, data.estate_id) if data.estate_id else None
        if estate is None or estate.deleted_at is not None:
            raise ValidationError("Vælg afdelingen, hvor vagten er.", "estate")
        if data.session_id:
            linked = session.get(ActivitySession, data.session_id)
            if linked is None or linked.deleted_at is not None:
                raise ValidationError("Aktiviteten i kalenderen findes ikke længere. Vælg en anden.", "session")
            day = day or data.day
            if linked.day != day:
                raise ValidationError(
                    f"Aktiviteten i kalenderen er {fmt_date(linked.day)}, men vagten er {fmt_date(day)}. "
                    "Ret datoen, eller fjern koblingen til kalenderen.", "session")

    @staticmethod
    def _days(session: Session, data: DutyInput) -> tuple[list[date], tuple[str, ...]]:
        """The shift's day, or every week's day up to `repeat_until` without holidays and closing periods."""
        if data.repeat_until is None:
            return [data.day], ()
        if data.repeat_until <= data.day:
            raise ValidationError("»Gentag til« skal ligge efter vagtens første dag.", "repeat_until")
        closing = tuple(ClosingRule(r.name, r.start_date, r.end_date) for r in session.scalars(
            select(ClosingPeriod).where(ClosingPeriod.deleted_at.is_(None), or_(
                ClosingPeriod.estate_id.is_(None), ClosingPeriod.estate_id == data.estate_id))))
        try:
            planned = planned_dates(SeriesPattern(Recurrence.WEEKLY, data.day, data.repeat_until, data.start_time,
                                                  data.end_time, closing_periods=closing))
        except CalendarRuleError as exc:
            raise ValidationError(str(exc), "repeat_until") from None
        days = [p.date for p in planned if not p.skipped]
        if not days:
            raise ValidationError("Alle ugerne falder på helligdage eller i lukkeperioder. Vælg andre datoer.",
                                  "repeat_until")
        return days, tuple(f"{fmt_date(p.date)}: {p.skip_reason}" for p in planned if p.skipped)

    def delete_duty(self, duty_id: str, *, actor_id: str | None = None) -> None:
        with self.db.transaction() as session:
            duty = self._duty(session, duty_id)
            now = utcnow()
            duty.deleted_at = now
            for assignment in session.scalars(select(DutyAssignment).where(
                    DutyAssignment.duty_id == duty_id, DutyAssignment.deleted_at.is_(None))):
                assignment.deleted_at = now
            audit.record(session, "slet vagt", staff_id=actor_id, table_name="duties", row_id=duty_id)

    def sessions_on(self, day: date, estate_id: str | None = None) -> list[SessionChoice]:
        """Calendar sessions that day (to link a host duty to an event)."""
        with self.db.reading() as session:
            query = (select(ActivitySession, Activity).join(Activity, Activity.id == ActivitySession.activity_id)
                     .where(ActivitySession.day == day, ActivitySession.deleted_at.is_(None),
                            Activity.deleted_at.is_(None)).order_by(ActivitySession.start_time))
            if estate_id:
                query = query.where(Activity.estate_id == estate_id)
            return [SessionChoice(s.id, f"{a.title}, {clock_range_exact(s.start_time, s.end_time)}", a.estate_id, s.day,
                                  s.start_time, s.end_time) for s, a in session.execute(query)]

    # --- assignments ------------------------------------------------------

    def assign(self, duty_id: str, ambassador_id: str, state: str = AssignmentState.PROPOSED.value, *,
               actor_id: str | None = None) -> AssignResult:
        state = _parse_state(state)
        with self.db.transaction() as session:
            duty = self._duty(session, duty_id)
            ambassador = _assignable(session, ambassador_id)
            existing = session.scalars(select(DutyAssignment).where(
                DutyAssignment.duty_id == duty_id, DutyAssignment.ambassador_id == ambassador_id,
                DutyAssignment.deleted_at.is_(None))).first()
            if existing is not None and existing.state != AssignmentState.CANCELLED.value:
                raise ValidationError(f"{ambassador.name} er allerede på denne vagt.", "ambassador")
            if existing is not None:
                existing.state = state.value
                row = existing
            else:
                row = DutyAssignment(duty_id=duty_id, ambassador_id=ambassador_id, state=state.value)
                session.add(row)
            session.flush()
            warnings = list(self._clash_warnings(session, duty, ambassador))
            if ambassador.status == AmbassadorStatus.PAUSED.value:
                warnings.append(f"{ambassador.name} holder pause som ambassadør.")
            audit.record(session, "sæt på vagt", staff_id=actor_id, table_name="duty_assignments", row_id=row.id)
            return AssignResult(self._assignment_rows(session, [row])[0], tuple(warnings))

    def set_state(self, assignment_id: str, state: str, hours: float | None = None, *,
                  actor_id: str | None = None) -> AssignmentRow:
        """Confirm, cancel or mark done. Done logs hours: the given ones or the shift's length."""
        state = _parse_state(state)
        with self.db.transaction() as session:
            row = self._assignment(session, assignment_id)
            duty = self._duty(session, row.duty_id)
            if state in (AssignmentState.PROPOSED, AssignmentState.CONFIRMED) and row.state != state.value:
                _assignable(session, row.ambassador_id)
            if state == AssignmentState.DONE:
                if duty.day > self.today:
                    raise ValidationError(f"Vagten er først {fmt_date(duty.day)}. Du kan markere den som udført "
                                          "bagefter.", "state")
                hours = _hours_between(duty.start_time, duty.end_time) if hours is None else hours
                row.hours = _check_hours(hours)
            elif hours is not None:
                raise ValidationError("Timer kan kun skrives på en udført vagt.", "hours")
            else:
                row.hours = None
            row.state = state.value
            session.flush()
            audit.record(session, f"vagt {state.value}", staff_id=actor_id, table_name="duty_assignments",
                         row_id=row.id)
            return self._assignment_rows(session, [row])[0]

    def log_hours(self, assignment_id: str, hours: float, *, actor_id: str | None = None) -> AssignmentRow:
        return self.set_state(assignment_id, AssignmentState.DONE.value, hours, actor_id=actor_id)

    def remove_assignment(self, assignment_id: str, *, actor_id: str | None = None) -> None:
        with self.db.transaction() as session:
            row = self._assignment(session, assignment_id)
            if row.state == AssignmentState.DONE.value:
                raise ValidationError("En udført vagt kan ikke fjernes, for timerne tæller med i rapporterne.",
                                      "state")
            row.deleted_at = utcnow()
            audit.record(session, "fjern fra vagt", staff_id=actor_id, table_name="duty_assignments", row_id=row.id)

    # --- swaps ------------------------------------------------------------

    def request_swap(self, assignment_id: str, other_ambassador_id: str, *,
                     actor_id: str | None = None) -> AssignmentRow:
        with self.db.transaction() as session:
            row = self._assignment(session, assignment_id)
            if row.state in (AssignmentState.CANCELLED.value, AssignmentState.DONE.value):
                raise ValidationError("Kun en kommende vagt, der ikke er meldt afbud til, kan byttes.", "state")
            if other_ambassador_id == row.ambassador_id:
                raise ValidationError("Vælg en anden ambassadør at bytte med.", "ambassador")
            other = _assignable(session, other_ambassador_id)
            if session.scalars(select(DutyAssignment.id).where(
                    DutyAssignment.duty_id == row.duty_id, DutyAssignment.ambassador_id == other.id,
                    DutyAssignment.deleted_at.is_(None),
                    DutyAssignment.state != AssignmentState.CANCELLED.value)).first():
                raise ValidationError(f"{other.name} er allerede på denne vagt.", "ambassador")
            row.swap_with_ambassador_id = other.id
            row.swap_approved_by_id = None
            session.flush()
            audit.record(session, "ønsk bytte", staff_id=actor_id, table_name="duty_assignments", row_id=row.id)
            return self._assignment_rows(session, [row])[0]

    def approve_swap(self, assignment_id: str, approver_id: str) -> AssignResult:
        """The coordinator approves: the other ambassador takes the place; the original is remembered."""
        with self.db.transaction() as session:
            approver = session.get(StaffMember, approver_id) if approver_id else None
            if approver is None or approver.role not in (StaffRole.COORDINATOR.value, StaffRole.ADMINISTRATOR.value):
                raise ValidationError("Kun en koordinator kan godkende et bytte.", "approver")
            row = self._assignment(session, assignment_id)
            if row.swap_with_ambassador_id is None or row.swap_approved_by_id is not None:
                raise ValidationError("Der er ikke noget bytte, der venter på godkendelse.", "swap")
            duty = self._duty(session, row.duty_id)
            incoming = _assignable(session, row.swap_with_ambassador_id)
            original_id = row.ambassador_id
            row.ambassador_id = incoming.id
            row.swap_with_ambassador_id = original_id
            row.swap_approved_by_id = approver.id
            if row.state == AssignmentState.CONFIRMED.value:
                row.state = AssignmentState.PROPOSED.value  # the new person confirms for themselves
            session.flush()
            warnings = self._clash_warnings(session, duty, incoming)
            audit.record(session, "godkend bytte", staff_id=approver.id, table_name="duty_assignments", row_id=row.id)
            return AssignResult(self._assignment_rows(session, [row])[0], tuple(warnings))

    def reject_swap(self, assignment_id: str, *, actor_id: str | None = None) -> AssignmentRow:
        with self.db.transaction() as session:
            row = self._assignment(session, assignment_id)
            if row.swap_approved_by_id is None:
                row.swap_with_ambassador_id = None
            session.flush()
            audit.record(session, "afvis bytte", staff_id=actor_id, table_name="duty_assignments", row_id=row.id)
            return self._assignment_rows(session, [row])[0]

    # --- plans ------------------------------------------------------------

    def week_plan(self, any_day: date, estate_id: str | None = None) -> WeekPlan:
        monday = week_start(any_day)
        with self.db.reading() as session:
            query = select(Duty).where(Duty.deleted_at.is_(None), Duty.day >= monday,
                                       Duty.day <= monday + timedelta(days=6)).order_by(Duty.day, Duty.start_time)
            if estate_id:
                query = query.where(Duty.estate_id == estate_id)
            duties = self._duty_rows(session, list(session.scalars(query)))
        return _with_warnings(monday, duties)

    def duty(self, duty_id: str) -> DutyRow:
        with self.db.reading() as session:
            row = self._duty_rows(session, [self._duty(session, duty_id)])[0]
            return _with_warnings(week_start(row.day), [row]).duties[0]

    def personal_schedule(self, ambassador_id: str, start: date, days: int = 42) -> list[DutyRow]:
        """One ambassador's shifts from `start` (cancelled ones left out)."""
        with self.db.reading() as session:
            duties = list(session.scalars(
                select(Duty).join(DutyAssignment, DutyAssignment.duty_id == Duty.id).where(
                    DutyAssignment.ambassador_id == ambassador_id, DutyAssignment.deleted_at.is_(None),
                    DutyAssignment.state != AssignmentState.CANCELLED.value, Duty.deleted_at.is_(None),
                    Duty.day >= start, Duty.day < start + timedelta(days=days)).order_by(Duty.day, Duty.start_time)))
            return self._duty_rows(session, duties)

    # --- helpers ----------------------------------------------------------

    def _duty(self, session: Session, duty_id: str) -> Duty:
        row = session.get(Duty, duty_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("Vagten findes ikke længere.")
        return row

    def _assignment(self, session: Session, assignment_id: str) -> DutyAssignment:
        row = session.get(DutyAssignment, assignment_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("Vagten findes ikke længere for denne ambassadør.")
        return row

    def _clash_warnings(self, session: Session, duty: Duty, ambassador: Ambassador) -> list[str]:
        others = session.scalars(
            select(Duty).join(DutyAssignment, DutyAssignment.duty_id == Duty.id).where(
                DutyAssignment.ambassador_id == ambassador.id, DutyAssignment.deleted_at.is_(None),
                DutyAssignment.state.in_(ACTIVE_STATES), Duty.deleted_at.is_(None), Duty.day == duty.day,
                Duty.id != duty.id))
        return [f"{ambassador.name} er også på en anden vagt {fmt_day_short(other.day)} "
                f"{clock_range_exact(other.start_time, other.end_time)} ({other.kind})."
                for other in others if _overlaps(duty, other)]

    def _assignment_rows(self, session: Session, rows: list[DutyAssignment]) -> list[AssignmentRow]:
        ids = {r.ambassador_id for r in rows} | {r.swap_with_ambassador_id for r in rows if r.swap_with_ambassador_id}
        people = {p.id: p for p in session.execute(
            select(Ambassador.id, Ambassador.name, Ambassador.phone, Ambassador.consent_scope)
            .where(Ambassador.id.in_(ids)))} if ids else {}
        result = []
        for r in rows:
            person = people.get(r.ambassador_id)
            other = people.get(r.swap_with_ambassador_id) if r.swap_with_ambassador_id else None
            result.append(AssignmentRow(r.id, r.duty_id, r.ambassador_id, person.name if person else "",
                                        AssignmentState(r.state), r.hours, person.phone if person else None,
                                        ConsentScope(person.consent_scope) if person else ConsentScope.NONE,
                                        r.swap_with_ambassador_id, other.name if other else None,
                                        r.swap_approved_by_id is not None))
        return result

    def _duty_rows(self, session: Session, duties: list[Duty]) -> list[DutyRow]:
        if not duties:
            return []
        ids = [d.id for d in duties]
        assignments: dict[str, list[DutyAssignment]] = defaultdict(list)
        for a in session.scalars(select(DutyAssignment).where(DutyAssignment.duty_id.in_(ids),
                                                              DutyAssignment.deleted_at.is_(None))):
            assignments[a.duty_id].append(a)
        rows_by_id = {r.id: r for r in self._assignment_rows(session, [a for v in assignments.values() for a in v])}
        estates = dict(session.execute(select(Estate.id, Estate.name)).tuples().all())
        session_ids = [d.session_id for d in duties if d.session_id]
        labels = {}
        if session_ids:
            for s, a in session.execute(select(ActivitySession, Activity).join(
                    Activity, Activity.id == ActivitySession.activity_id).where(ActivitySession.id.in_(session_ids))):
                labels[s.id] = a.title
        order = {AssignmentState.CONFIRMED: 0, AssignmentState.DONE: 1, AssignmentState.PROPOSED: 2,
                 AssignmentState.CANCELLED: 3}
        result = []
        for d in duties:
            mine = sorted((rows_by_id[a.id] for a in assignments[d.id]),
                          key=lambda a: (order[a.state], a.ambassador_name.casefold()))
            result.append(DutyRow(d.id, DutyKind(d.kind), d.estate_id, estates.get(d.estate_id, ""), d.day,
                                  d.start_time, d.end_time, d.needed, d.description, d.session_id,
                                  labels.get(d.session_id) if d.session_id else None, tuple(mine),
                                  series_id=d.series_id))
        return result


def _assignable(session: Session, ambassador_id: str) -> Ambassador:
    ambassador = session.get(Ambassador, ambassador_id) if ambassador_id else None
    if ambassador is None or ambassador.deleted_at is not None:
        raise ValidationError("Vælg en ambassadør.", "ambassador")
    if ambassador.status == AmbassadorStatus.STOPPED.value or ambassador.anonymised_at is not None:
        raise ValidationError(
            f"{ambassador.name} er stoppet som ambassadør og kan ikke sættes på vagter eller besøg. "
            "Du kan vælge en anden, eller sætte status til aktiv i ambassadørens oplysninger.", "ambassador")
    return ambassador


def _check_hours(hours: float) -> float:
    if hours is None or not 0 < hours <= 24:
        raise ValidationError("Timer skal være mere end 0 og højst 24.", "hours")
    return round(float(hours), 2)


def _with_warnings(monday: date, duties: list[DutyRow]) -> WeekPlan:
    """Short-staffed shifts and ambassadors booked twice at once, per duty and for the week."""
    per_duty: dict[str, list[str]] = defaultdict(list)
    week: list[str] = []
    for d in duties:
        if d.short:
            missing = d.needed - d.staffed
            text = (f"{fmt_day_short(d.day)} {clock_range_exact(d.start_time, d.end_time)} {d.kind.value}: "
                    f"mangler {missing} {'ambassadør' if missing == 1 else 'ambassadører'}.")
            per_duty[d.id].append(f"Mangler {missing}")
            week.append(text)
    booked: dict[str, list[DutyRow]] = defaultdict(list)
    names: dict[str, str] = {}
    for d in duties:
        for a in d.assignments:
            if a.state.value in ACTIVE_STATES:
                booked[a.ambassador_id].append(d)
                names[a.ambassador_id] = a.ambassador_name
    for ambassador_id, mine in booked.items():
        for i, first in enumerate(mine):
            for second in mine[i + 1:]:
                if _overlaps(first, second):
                    per_duty[first.id].append(f"{names[ambassador_id]} er dobbeltbooket")
                    per_duty[second.id].append(f"{names[ambassador_id]} er dobbeltbooket")
                    week.append(f"{names[ambassador_id]} er booket to steder på én gang {fmt_day_short(first.day)}: "
                                f"{clock_range_exact(first.start_time, first.end_time)} og "
                                f"{clock_range_exact(second.start_time, second.end_time)}.")
    rows = tuple(DutyRow(**{**d.__dict__, "warnings": tuple(per_duty.get(d.id, ()))}) for d in duties)
    return WeekPlan(monday, rows, tuple(week))
