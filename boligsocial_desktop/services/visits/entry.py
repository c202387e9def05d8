"""Logging walk-in visits fast, reading them back, deleting them.

Notes and the link to a named case are returned only to advisers and administrators;
every read of a note or a case and every deletion is written to the audit log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import StaffRole
from ...errors import NotFoundError, ValidationError
from ...storage.engine import Database
from ...storage.models import (
    AdviceCase,
    AdviceTopic,
    AdviceVisit,
    AdviceVisitReferral,
    AdviceVisitTopic,
    Estate,
    ReferralTarget,
    StaffMember,
)
from ...storage.types import new_id
from .. import advisers_key, audit
from ..staff import StaffInfo
from .common import (
    AGE_BANDS,
    CLOCK_SLACK,
    EARLIEST_VISIT,
    GENDERS,
    LANGUAGE_CODES,
    MAX_DURATION_MINUTES,
    AccessDenied,
    Choice,
    Lookups,
    VisitRow,
    build_rows,
    clean_text,
    local_date,
    may_see_notes,
    require_staff,
    visit_columns,
)
from .retention import case_delete_after, policy_in, scrub_pending_outbox
from .tokens import token_fields

MAX_NOTES_LENGTH = 4000


@dataclass(frozen=True)
class VisitInput:
    """What the entry form sends. `visited_at` is an aware datetime; ids refer to reference rows."""

    visited_at: datetime
    office_estate_id: str | None
    staff_id: str | None
    topic_ids: Sequence[str] = ()
    estate_id: str | None = None
    language: str | None = None
    interpreter_used: bool = False
    duration_minutes: int | None = None
    age_band: str | None = None
    gender: str | None = None
    referral_ids: Sequence[str] = ()
    outcome: str | None = None
    follow_up_due: date | None = None
    repeat_token: str | None = None
    case_id: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ReferenceData:
    estates: tuple[Choice, ...]
    topics: tuple[Choice, ...]
    referrals: tuple[Choice, ...]
    staff: tuple[Choice, ...]


@dataclass(frozen=True)
class VisitDetail:
    row: VisitRow
    notes: str | None = None  # only for advisers and administrators
    case_id: str | None = None
    case_name: str | None = None
    created_at: datetime | None = None


def _choices(session: Session, model: type[Any]) -> tuple[Choice, ...]:
    rows = session.execute(
        select(model.id, model.name)
        .where(model.deleted_at.is_(None), model.active.is_(True))
        .order_by(model.sort_order, model.name)
    )
    return tuple(Choice(i, n) for i, n in rows)


class VisitService:
    def __init__(self, db: Database):
        self.db = db

    # --- reference lists ---------------------------------------------------

    def reference_data(self) -> ReferenceData:
        with self.db.reading() as session:
            estates = tuple(Choice(i, n) for i, n in session.execute(
                select(Estate.id, Estate.name).where(Estate.deleted_at.is_(None)).order_by(Estate.name)))
            staff = tuple(Choice(i, n) for i, n in session.execute(
                select(StaffMember.id, StaffMember.name)
                .where(StaffMember.deleted_at.is_(None), StaffMember.active.is_(True))
                .order_by(StaffMember.name)))
            return ReferenceData(estates, _choices(session, AdviceTopic), _choices(session, ReferralTarget), staff)

    # --- entry -------------------------------------------------------------

    def log_visit(self, actor: StaffInfo | None, data: VisitInput, *, now: datetime | None = None) -> VisitRow:
        """Validate and save one visit with its topics and referrals in one transaction."""
        now = now or datetime.now(UTC)
        checked = self.checked_fields(data, now)
        with self.db.transaction() as session:
            role = require_staff(session, actor)
            visit_id = self.add_visit(session, actor, role, data, checked)
            return self._rows(session, [visit_id], role)[0]

    @classmethod
    def checked_fields(cls, data: VisitInput, now: datetime) -> dict[str, Any]:
        """The checks that need no database; returns the cleaned values."""
        visited_at = cls._checked_moment(data.visited_at, now)
        visit_day = local_date(visited_at)
        duration = data.duration_minutes or None
        if duration is not None and duration < 0:
            raise ValidationError("Varigheden kan ikke være negativ.", "duration")
        if duration is not None and duration > MAX_DURATION_MINUTES:
            raise ValidationError(
                f"Varigheden må højst være 8 timer ({MAX_DURATION_MINUTES} minutter); du skrev {duration} minutter. "
                "Du kan rette varigheden eller lade feltet stå tomt.", "duration")
        if data.follow_up_due is not None and data.follow_up_due < visit_day:
            raise ValidationError(
                f"Opfølgningen kan ikke ligge før besøget ({data.follow_up_due:%d-%m-%Y} er før "
                f"{visit_day:%d-%m-%Y}). Du kan vælge en senere dato.", "follow_up_due")
        if data.language is not None and data.language not in LANGUAGE_CODES:
            raise ValidationError(f"Sproget »{data.language}« kendes ikke. Vælg et sprog på listen.", "language")
        if data.age_band is not None and data.age_band not in AGE_BANDS:
            raise ValidationError(f"Aldersgruppen »{data.age_band}« kendes ikke. Vælg en på listen.", "age_band")
        if data.gender is not None and data.gender not in GENDERS:
            raise ValidationError(f"Kønnet »{data.gender}« kendes ikke. Vælg på listen eller lad feltet stå tomt.",
                                  "gender")
        outcome = clean_text(data.outcome, "Resultat", "outcome", 200)
        notes = clean_text(data.notes, "Noter", "notes", MAX_NOTES_LENGTH)
        topic_ids = list(dict.fromkeys(data.topic_ids))
        if not topic_ids:
            raise ValidationError("Vælg mindst ét emne for besøget.", "topics")
        return {"visited_at": visited_at, "visit_day": visit_day, "duration": duration, "outcome": outcome,
                "notes": notes, "topic_ids": topic_ids, "referral_ids": list(dict.fromkeys(data.referral_ids))}

    @staticmethod
    def add_visit(session: Session, actor: StaffInfo | None, role: StaffRole | None, data: VisitInput,
                  checked: dict[str, Any]) -> str:
        """The checks against the database, then the insert (in the caller's transaction). Returns the id."""
        advisers = may_see_notes(role)
        notes = checked["notes"]
        if notes and not advisers:
            raise AccessDenied("Kun rådgivere og administratorer kan skrive noter. Du kan lade noterne stå tomme.")
        if data.case_id and not advisers:
            raise AccessDenied("Kun rådgivere og administratorer kan knytte et besøg til en navngiven sag.")
        office = session.get(Estate, data.office_estate_id) if data.office_estate_id else None
        if office is None or office.deleted_at is not None:
            raise ValidationError("Vælg det kontor, besøget fandt sted på.", "office")
        if data.estate_id:
            estate = session.get(Estate, data.estate_id)
            if estate is None or estate.deleted_at is not None:
                raise ValidationError("Den valgte afdeling findes ikke længere. Vælg en anden.", "estate")
        staff_id = data.staff_id or (actor.id if actor else None)
        member = session.get(StaffMember, staff_id) if staff_id else None
        if member is None or member.deleted_at is not None:
            raise ValidationError("Vælg den medarbejder, der tog imod besøget.", "staff")
        topic_ids = checked["topic_ids"]
        referral_ids = checked["referral_ids"]
        known_topics = set(session.scalars(
            select(AdviceTopic.id).where(AdviceTopic.deleted_at.is_(None), AdviceTopic.active.is_(True))))
        if any(t not in known_topics for t in topic_ids):
            raise ValidationError(
                "Et af de valgte emner findes ikke (længere) på emnelisten. Vælg emnerne igen.", "topics")
        known_referrals = set(session.scalars(
            select(ReferralTarget.id).where(ReferralTarget.deleted_at.is_(None), ReferralTarget.active.is_(True))))
        if any(r not in known_referrals for r in referral_ids):
            raise ValidationError(
                "En af de valgte henvisninger findes ikke (længere). Vælg henvisningen igen.", "referrals")
        case = None
        if data.case_id:
            case = session.get(AdviceCase, data.case_id)
            if case is None or case.deleted_at is not None:
                raise ValidationError("Den navngivne sag findes ikke længere.", "case")
            if checked["visit_day"] < case.consent_date:
                raise ValidationError(
                    f"Besøget ligger før samtykket ({case.consent_date:%d-%m-%Y}), så det kan ikke knyttes til den "
                    "navngivne sag. Du kan gemme besøget uden sagen.", "case")
        visit_id = new_id()
        token, token_sealed = token_fields(session, data.repeat_token, visit_id)
        notes = advisers_key.seal_text(session, notes, "advice_visits", "notes", visit_id)
        visited_at = checked["visited_at"]
        visit = AdviceVisit(
            id=visit_id,
            repeat_token_sealed=token_sealed,
            visited_at=visited_at,
            office_estate_id=office.id,
            estate_id=data.estate_id or None,
            staff_id=member.id,
            language=data.language,
            interpreter_used=bool(data.interpreter_used),
            duration_minutes=checked["duration"],
            age_band=data.age_band,
            gender=data.gender,
            outcome=checked["outcome"],
            follow_up_due=data.follow_up_due,
            repeat_token_hash=token,
            case_id=case.id if case else None,
            notes=notes,
        )
        session.add(visit)
        session.flush()
        session.add_all(AdviceVisitTopic(visit_id=visit.id, topic_id=t) for t in topic_ids)
        session.add_all(AdviceVisitReferral(visit_id=visit.id, referral_target_id=r) for r in referral_ids)
        if case is not None:
            last = case.last_visit_at
            if last is None or last < visited_at:
                case.last_visit_at = visited_at
                case.delete_after = case_delete_after(policy_in(session), checked["visit_day"])
        session.flush()
        return visit.id

    @staticmethod
    def _checked_moment(moment: datetime | None, now: datetime) -> datetime:
        if moment is None:
            raise ValidationError("Udfyld dato og tid for besøget.", "visited_at")
        if moment.tzinfo is None:
            moment = moment.astimezone()
        moment = moment.astimezone(UTC)
        if moment > now + CLOCK_SLACK:
            raise ValidationError(
                f"Besøget ligger i fremtiden ({local_date(moment):%d-%m-%Y} kl. {moment.astimezone():%H.%M}). "
                "Du kan kun registrere besøg, der har fundet sted.", "visited_at")
        if local_date(moment) < EARLIEST_VISIT:
            raise ValidationError("Datoen ligger for langt tilbage. Tjek årstallet.", "visited_at")
        return moment

    # --- reading -----------------------------------------------------------

    @staticmethod
    def _rows(session: Session, visit_ids: Sequence[str], role: StaffRole | None) -> list[VisitRow]:
        records = session.execute(select(*visit_columns(AdviceVisit)).where(AdviceVisit.id.in_(list(visit_ids))))
        by_id = {r.id: r for r in records}
        ordered = [by_id[i] for i in visit_ids if i in by_id]
        return build_rows(session, ordered, role)

    def recent(self, actor: StaffInfo | None, limit: int = 15) -> list[VisitRow]:
        """The visits entered last (newest first), so the desk sees what it just saved."""
        with self.db.reading() as session:
            role = require_staff(session, actor)
            records = session.execute(
                select(*visit_columns(AdviceVisit)).where(AdviceVisit.deleted_at.is_(None))
                .order_by(AdviceVisit.created_at.desc(), AdviceVisit.id.desc()).limit(limit)).all()
            return build_rows(session, records, role, Lookups(session))

    def detail(self, actor: StaffInfo | None, visit_id: str) -> VisitDetail:
        """One visit. For advisers with its note and case name, and that read is audited."""
        with self.db.transaction() as session:
            role = require_staff(session, actor)
            assert actor is not None  # require_staff refuses nobody
            visit = session.get(AdviceVisit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise NotFoundError("Besøget findes ikke længere.")
            row = self._rows(session, [visit_id], role)[0]
            if not may_see_notes(role):
                return VisitDetail(row=row, created_at=visit.created_at)
            case_name = None
            if visit.notes is not None:
                audit.record(session, "læs note", staff_id=actor.id, table_name="advice_visits", row_id=visit.id)
            if visit.case_id:
                case = session.get(AdviceCase, visit.case_id)
                case_name = advisers_key.open_text(session, actor.id, case.name, "advice_cases", "name", case.id) \
                    if case and case.deleted_at is None else None
                if case_name and case is not None:
                    audit.record(session, "vis sag", staff_id=actor.id, table_name="advice_cases", row_id=case.id,
                                 detail=f"via besøg {visit.id[:8]}")
            notes = advisers_key.open_note(session, actor.id, visit.id, visit.notes)
            return VisitDetail(row=row, notes=notes, case_id=visit.case_id if case_name else None,
                               case_name=case_name, created_at=visit.created_at)

    # --- deleting ----------------------------------------------------------

    def delete_visit(self, actor: StaffInfo | None, visit_id: str, *, now: datetime | None = None) -> None:
        """Tombstone a visit and blank its personal fields. Own visits, or any for advisers."""
        now = now or datetime.now(UTC)
        with self.db.transaction() as session:
            role = require_staff(session, actor)
            assert actor is not None  # require_staff refuses nobody
            visit = session.get(AdviceVisit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise NotFoundError("Besøget findes ikke længere.")
            if visit.staff_id != actor.id and not may_see_notes(role):
                raise AccessDenied("Du kan kun slette dine egne besøg. Bed en rådgiver om at slette dette.")
            visit.notes = None
            visit.repeat_token_hash = None
            visit.repeat_token_sealed = None
            visit.case_id = None
            visit.deleted_at = now
            for link in session.scalars(select(AdviceVisitTopic).where(AdviceVisitTopic.visit_id == visit_id,
                                                                        AdviceVisitTopic.deleted_at.is_(None))):
                link.deleted_at = now
            for referral in session.scalars(select(AdviceVisitReferral).where(
                    AdviceVisitReferral.visit_id == visit_id, AdviceVisitReferral.deleted_at.is_(None))):
                referral.deleted_at = now
            session.flush()
            scrub_pending_outbox(session, AdviceVisit.__tablename__, [visit_id], ("notes", "repeat_token_hash",
                                                                                   "repeat_token_sealed", "case_id"))
            audit.record(session, "slet besøg", staff_id=actor.id, table_name="advice_visits", row_id=visit_id,
                         detail=f"besøg {local_date(visit.visited_at):%d-%m-%Y}")
