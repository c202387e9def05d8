"""Move-ins and the welcome-visit queue, with ambassador suggestions by language and estate.

Registering a move-in creates a welcome visit due a configurable number of days later
(office setting, default 14). Suggestions are active ambassadors in the household's estate
who speak one of its languages, least loaded first; load is the ambassador's shifts and
welcome visits from `LOAD_WINDOW_DAYS` days back onwards (upcoming ones count too, since they
are work already promised). When nobody matches, `show_everyone` lists all active ambassadors,
matches first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.danish import danish_sort_key
from ...domain.enums import AmbassadorStatus, AssignmentState, WelcomeVisitState
from ...domain.languages import LEVEL_RANK, LanguageLevel, language_name
from ...errors import NotFoundError, ValidationError
from ...storage.engine import Database
from ...storage.models import (
    Ambassador,
    AmbassadorLanguage,
    Duty,
    DutyAssignment,
    Estate,
    MoveIn,
    WelcomeVisit,
)
from .. import audit
from ..validation import optional_text, required_text
from .common import (
    LOAD_WINDOW_DAYS,
    check_language_codes,
    fmt_date,
    read_settings,
)
from .duties import _assignable

OPEN_STATES = (WelcomeVisitState.OPEN.value, WelcomeVisitState.PLANNED.value)
CLOSING_STATES = (WelcomeVisitState.DONE, WelcomeVisitState.NOT_HOME, WelcomeVisitState.DECLINED)


@dataclass(frozen=True)
class MoveInInput:
    estate_id: str
    address: str
    move_in_date: date
    languages: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class QueueRow:
    visit_id: str
    move_in_id: str
    estate_id: str
    estate_name: str
    address: str
    move_in_date: date
    languages: tuple[str, ...]
    due_date: date
    state: WelcomeVisitState
    ambassador_id: str | None
    ambassador_name: str | None
    done_date: date | None
    days_overdue: int  # > 0 when an open visit is past its due date

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0

    @property
    def language_names(self) -> str:
        return ", ".join(language_name(code) for code in self.languages)


@dataclass(frozen=True)
class Suggestion:
    ambassador_id: str
    name: str
    estate_id: str
    estate_name: str
    matching_languages: tuple[str, ...]  # codes shared with the household
    best_level: LanguageLevel | None
    load: int
    same_estate: bool

    @property
    def matches(self) -> bool:
        return self.same_estate and bool(self.matching_languages)

    @property
    def language_names(self) -> str:
        return ", ".join(language_name(code) for code in self.matching_languages)


@dataclass(frozen=True)
class Suggestions:
    visit_id: str
    rows: tuple[Suggestion, ...]
    matched: int  # how many match language and estate
    show_everyone: bool

    @property
    def no_match(self) -> bool:
        return self.matched == 0


def _codes(text: str | None) -> tuple[str, ...]:
    return tuple(code for code in (text or "").split(",") if code)


class WelcomeVisitService:
    def __init__(self, db: Database, today: date | None = None):
        self.db = db
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    def register_move_in(self, data: MoveInInput, *, actor_id: str | None = None) -> QueueRow:
        address = required_text(data.address, "adressen", "address", 200)
        if data.move_in_date is None:
            raise ValidationError("Skriv indflytningsdatoen.", "move_in_date")
        codes = check_language_codes(list(data.languages))
        note = optional_text(data.note, "noten", "note", 2000)
        with self.db.transaction() as session:
            estate = session.get(Estate, data.estate_id) if data.estate_id else None
            if estate is None or estate.deleted_at is not None:
                raise ValidationError("Vælg afdelingen, hvor de nye beboere flytter ind.", "estate")
            if session.scalars(select(MoveIn.id).where(
                    func.lower(MoveIn.address) == address.lower(), MoveIn.move_in_date == data.move_in_date,
                    MoveIn.deleted_at.is_(None))).first():
                raise ValidationError(f"Indflytningen på {address} den {fmt_date(data.move_in_date)} er allerede "
                                      "registreret.", "address")
            move_in = MoveIn(estate_id=estate.id, address=address, move_in_date=data.move_in_date,
                             household_languages=",".join(codes) or None, note=note)
            session.add(move_in)
            session.flush()
            due = data.move_in_date + timedelta(days=read_settings(session).welcome_visit_due_days)
            visit = WelcomeVisit(move_in_id=move_in.id, due_date=due, state=WelcomeVisitState.OPEN.value)
            session.add(visit)
            session.flush()
            audit.record(session, "registrér indflytning", staff_id=actor_id, table_name="move_ins", row_id=move_in.id)
            return self._queue_rows(session, [visit.id])[0]

    def queue(self, *, estate_id: str | None = None, include_closed: bool = False) -> list[QueueRow]:
        """Open and planned visits, most urgent first (closed ones at the end when asked for)."""
        with self.db.reading() as session:
            query = select(WelcomeVisit.id).join(MoveIn, MoveIn.id == WelcomeVisit.move_in_id).where(
                WelcomeVisit.deleted_at.is_(None), MoveIn.deleted_at.is_(None))
            if not include_closed:
                query = query.where(WelcomeVisit.state.in_(OPEN_STATES))
            if estate_id:
                query = query.where(MoveIn.estate_id == estate_id)
            rows = self._queue_rows(session, list(session.scalars(query)))
        return sorted(rows, key=lambda r: (r.state.value not in OPEN_STATES, r.due_date, r.address))

    def visit(self, visit_id: str) -> QueueRow:
        with self.db.reading() as session:
            rows = self._queue_rows(session, [visit_id])
        if not rows:
            raise NotFoundError("Velkomstbesøget findes ikke længere.")
        return rows[0]

    def suggestions(self, visit_id: str, *, show_everyone: bool = False) -> Suggestions:
        with self.db.reading() as session:
            found = session.execute(select(WelcomeVisit, MoveIn).join(MoveIn, MoveIn.id == WelcomeVisit.move_in_id)
                                    .where(WelcomeVisit.id == visit_id)).first()
            if found is None or found[0].deleted_at is not None:
                raise NotFoundError("Velkomstbesøget findes ikke længere.")
            move_in = found[1]
            wanted = _codes(move_in.household_languages)
            people = select(Ambassador.id, Ambassador.name, Ambassador.estate_id).where(
                Ambassador.deleted_at.is_(None), Ambassador.anonymised_at.is_(None),
                Ambassador.status == AmbassadorStatus.ACTIVE.value)
            if not show_everyone:
                people = people.where(Ambassador.estate_id == move_in.estate_id)
            candidates = {p.id: p for p in session.execute(people)}
            speaks: dict[str, list[tuple[str, str]]] = {}
            if wanted and candidates:
                spoken = select(AmbassadorLanguage.ambassador_id, AmbassadorLanguage.language,
                                AmbassadorLanguage.level).where(AmbassadorLanguage.deleted_at.is_(None),
                                                                AmbassadorLanguage.language.in_(wanted))
                if not show_everyone:
                    spoken = spoken.where(AmbassadorLanguage.ambassador_id.in_(list(candidates)))
                for ambassador_id, code, level in session.execute(spoken):
                    if ambassador_id in candidates:
                        speaks.setdefault(ambassador_id, []).append((code, level))
            if not show_everyone:
                candidates = {k: v for k, v in candidates.items() if k in speaks}
            loads = _loads(session, list(candidates), self.today, show_everyone)
            estates = dict(session.execute(select(Estate.id, Estate.name)).tuples().all())
        rows = []
        for ambassador_id, person in candidates.items():
            mine = speaks.get(ambassador_id, [])
            levels = [LanguageLevel(level) for _, level in mine]
            best = min(levels, key=LEVEL_RANK.__getitem__) if levels else None
            rows.append(Suggestion(ambassador_id, person.name, person.estate_id, estates.get(person.estate_id, ""),
                                   tuple(code for code, _ in sorted(mine, key=lambda m: wanted.index(m[0]))), best,
                                   loads.get(ambassador_id, 0), person.estate_id == move_in.estate_id))
        rows.sort(key=lambda s: (not s.matches, not s.same_estate, not s.matching_languages, s.load,
                                 LEVEL_RANK[s.best_level] if s.best_level else 9, danish_sort_key(s.name)))
        matched = sum(1 for s in rows if s.matches)
        return Suggestions(visit_id, tuple(rows), matched, show_everyone)

    def assign(self, visit_id: str, ambassador_id: str, *, actor_id: str | None = None) -> QueueRow:
        with self.db.transaction() as session:
            visit = self._visit(session, visit_id)
            if visit.state not in OPEN_STATES:
                raise ValidationError("Besøget er afsluttet og kan ikke få en ny ambassadør.", "state")
            ambassador = _assignable(session, ambassador_id)
            visit.ambassador_id = ambassador.id
            visit.state = WelcomeVisitState.PLANNED.value
            session.flush()
            audit.record(session, "tildel velkomstbesøg", staff_id=actor_id, table_name="welcome_visits",
                         row_id=visit.id)
            return self._queue_rows(session, [visit.id])[0]

    def unassign(self, visit_id: str, *, actor_id: str | None = None) -> QueueRow:
        with self.db.transaction() as session:
            visit = self._visit(session, visit_id)
            if visit.state not in OPEN_STATES:
                raise ValidationError("Besøget er afsluttet.", "state")
            visit.ambassador_id = None
            visit.state = WelcomeVisitState.OPEN.value
            session.flush()
            audit.record(session, "fjern ambassadør fra velkomstbesøg", staff_id=actor_id,
                         table_name="welcome_visits", row_id=visit.id)
            return self._queue_rows(session, [visit.id])[0]

    def close(self, visit_id: str, state: str, done_date: date | None = None, *,
              actor_id: str | None = None) -> QueueRow:
        """Record how it went: udført, ikke truffet or frabedt."""
        try:
            outcome = WelcomeVisitState(state)
        except ValueError:
            outcome = None
        if outcome not in CLOSING_STATES:
            raise ValidationError("Vælg udført, ikke truffet eller frabedt.", "state")
        done_date = done_date or self.today
        if done_date > self.today:
            raise ValidationError("Datoen for besøget kan ikke ligge i fremtiden.", "done_date")
        with self.db.transaction() as session:
            visit = self._visit(session, visit_id)
            if outcome == WelcomeVisitState.DONE and visit.ambassador_id is None:
                raise ValidationError("Vælg først den ambassadør, der var på besøget.", "ambassador")
            visit.state = outcome.value
            visit.done_date = done_date
            session.flush()
            audit.record(session, f"velkomstbesøg {outcome.value}", staff_id=actor_id, table_name="welcome_visits",
                         row_id=visit.id)
            return self._queue_rows(session, [visit.id])[0]

    def reopen(self, visit_id: str, *, actor_id: str | None = None) -> QueueRow:
        """Undo a closing (udført, ikke truffet, frabedt): the visit is planned again, or open without an ambassador."""
        with self.db.transaction() as session:
            visit = self._visit(session, visit_id)
            if visit.state in OPEN_STATES:
                raise ValidationError("Besøget er ikke afsluttet, så der er intet at fortryde.", "state")
            ambassador = session.get(Ambassador, visit.ambassador_id) if visit.ambassador_id else None
            if ambassador is not None and (ambassador.status == AmbassadorStatus.STOPPED.value
                                           or ambassador.anonymised_at is not None):
                visit.ambassador_id = None  # a stopped ambassador does not get the visit back
            visit.state = (WelcomeVisitState.PLANNED if visit.ambassador_id else WelcomeVisitState.OPEN).value
            visit.done_date = None
            session.flush()
            audit.record(session, "genåbn velkomstbesøg", staff_id=actor_id, table_name="welcome_visits",
                         row_id=visit.id)
            return self._queue_rows(session, [visit.id])[0]

    def _visit(self, session: Session, visit_id: str) -> WelcomeVisit:
        visit = session.get(WelcomeVisit, visit_id)
        if visit is None or visit.deleted_at is not None:
            raise NotFoundError("Velkomstbesøget findes ikke længere.")
        return visit

    def _queue_rows(self, session: Session, visit_ids: list[str]) -> list[QueueRow]:
        if not visit_ids:
            return []
        found = session.execute(
            select(WelcomeVisit, MoveIn, Ambassador.name, Estate.name)
            .join(MoveIn, MoveIn.id == WelcomeVisit.move_in_id)
            .join(Estate, Estate.id == MoveIn.estate_id)
            .outerjoin(Ambassador, Ambassador.id == WelcomeVisit.ambassador_id)
            .where(WelcomeVisit.id.in_(visit_ids), WelcomeVisit.deleted_at.is_(None))).all()
        today = self.today
        rows = []
        for visit, move_in, ambassador_name, estate_name in found:
            state = WelcomeVisitState(visit.state)
            overdue = (today - visit.due_date).days if state.value in OPEN_STATES else 0
            rows.append(QueueRow(visit.id, move_in.id, move_in.estate_id, estate_name, move_in.address,
                                 move_in.move_in_date, _codes(move_in.household_languages), visit.due_date, state,
                                 visit.ambassador_id, ambassador_name, visit.done_date, max(overdue, 0)))
        return rows


def _loads(session: Session, ambassador_ids: list[str], today: date, everyone: bool) -> dict[str, int]:
    """Shifts (not cancelled) and welcome visits per ambassador since LOAD_WINDOW_DAYS days ago."""
    if not ambassador_ids:
        return {}
    since = today - timedelta(days=LOAD_WINDOW_DAYS)
    # Shaped so SQLite starts from the date indexes (ix_duties_day, ix_welcome_visits_due), not
    # from every assignment of every ambassador: 3 ms instead of 140 ms at 50,000 shifts.
    recent_duties = select(Duty.id).where(Duty.day >= since, Duty.deleted_at.is_(None))
    duties = (select(DutyAssignment.ambassador_id, func.count())
              .where(DutyAssignment.duty_id.in_(recent_duties), DutyAssignment.deleted_at.is_(None),
                     DutyAssignment.state != AssignmentState.CANCELLED.value)
              .group_by(DutyAssignment.ambassador_id))
    counted_states = [s.value for s in WelcomeVisitState if s != WelcomeVisitState.DECLINED]
    visits = (select(WelcomeVisit.ambassador_id, func.count())
              .where(WelcomeVisit.state.in_(counted_states), WelcomeVisit.due_date >= since,
                     WelcomeVisit.ambassador_id.is_not(None), WelcomeVisit.deleted_at.is_(None))
              .group_by(WelcomeVisit.ambassador_id))
    if not everyone:
        duties = duties.where(DutyAssignment.ambassador_id.in_(ambassador_ids))
        visits = visits.where(WelcomeVisit.ambassador_id.in_(ambassador_ids))
    loads: dict[str, int] = {}
    for query in (duties, visits):
        for ambassador_id, count in session.execute(query):
            loads[ambassador_id] = loads.get(ambassador_id, 0) + count
    return loads
