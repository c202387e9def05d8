"""Shared pieces of the Åben Rådgivning services: vocabularies, checks, row building.

Who may see what is decided here, against the staff member's role as stored in the
database at the moment of the call (a role changed on another PC counts at once).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.enums import StaffRole
from ...errors import AppError, ValidationError
from ...storage.models import (
    AdviceTopic,
    AdviceVisit,
    AdviceVisitReferral,
    AdviceVisitTopic,
    Estate,
    ReferralTarget,
    StaffMember,
)
from ..staff import StaffInfo
from ..validation import check_free_text

# ISO 639-1 codes offered for the visitor's language; the UI shows their Danish names.
LANGUAGE_CODES = ("da", "ar", "so", "tr", "ur", "fa", "ti", "en", "pl", "ps", "ku", "bs", "ro", "uk", "de", "fr",
                  "es", "ru", "th", "vi", "zh", "ta", "sq", "am", "other")
AGE_BANDS = ("13–17", "18–24", "25–64", "65+")
GENDERS = ("kvinde", "mand", "andet")
MAX_DURATION_MINUTES = 8 * 60
CLOCK_SLACK = timedelta(minutes=5)  # a PC clock a little behind another's is no "future" visit
EARLIEST_VISIT = date(2000, 1, 1)

NOTES_FIELD = "notes"


class AccessDenied(AppError):
    """The staff member's role does not allow this (e.g. notes for a student helper)."""


@dataclass(frozen=True)
class Choice:
    id: str
    name: str


def local_midnight_utc(day: date) -> datetime:
    """The UTC instant at which `day` begins on this PC's local clock (Danish time in the office)."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


def local_date(moment: datetime) -> date:
    return moment.astimezone().date()


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the month's last day (31 January + 1 = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for candidate in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def clean_text(value: str | None, label: str, field: str, max_length: int | None = None, *,
               name: bool = False) -> str | None:
    """Stripped text or None; refuses CPR numbers, NUL and (for a name) bidi control characters."""
    text = (value or "").strip()
    if max_length is not None and len(text) > max_length:
        raise ValidationError(f"{label} må højst være {max_length} tegn (der er {len(text)}).", field)
    check_free_text(text, label, field, name=name)
    return text or None


def acting_role(session: Session, actor: StaffInfo | None) -> StaffRole | None:
    """The actor's current role from the database; None when there is no (active) actor."""
    if actor is None:
        return None
    row = session.get(StaffMember, actor.id)
    if row is None or row.deleted_at is not None or not row.active:
        return None
    return StaffRole(row.role)


def may_see_notes(role: StaffRole | None) -> bool:
    return role in (StaffRole.ADVISER, StaffRole.ADMINISTRATOR)


def require_adviser(session: Session, actor: StaffInfo | None, what: str) -> StaffRole:
    role = acting_role(session, actor)
    if not may_see_notes(role):
        raise AccessDenied(f"Kun rådgivere og administratorer kan {what}.")
    assert role is not None
    return role


def require_administrator(session: Session, actor: StaffInfo | None, what: str) -> StaffRole:
    role = acting_role(session, actor)
    if role != StaffRole.ADMINISTRATOR:
        raise AccessDenied(f"Kun administratorer kan {what}.")
    return role


def require_staff(session: Session, actor: StaffInfo | None) -> StaffRole:
    role = acting_role(session, actor)
    if role is None:
        raise AccessDenied("Vælg først, hvem du er (Filer > Skift bruger).")
    return role


def names_by_id(session: Session, model: type[Any], ids: Iterable[str] | None = None) -> dict[str, str]:
    query = select(model.id, model.name)
    if ids is not None:
        query = query.where(model.id.in_(list(ids)))
    return dict(session.execute(query).tuples().all())


def links_for(session: Session, visit_ids: Sequence[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Topic ids and referral ids of the given visits, in list order (sort_order)."""
    topics: dict[str, list[str]] = {visit_id: [] for visit_id in visit_ids}
    referrals: dict[str, list[str]] = {visit_id: [] for visit_id in visit_ids}
    if not visit_ids:
        return topics, referrals
    for chunk_start in range(0, len(visit_ids), 500):
        chunk = list(visit_ids[chunk_start:chunk_start + 500])
        for visit_id, topic_id in session.execute(
            select(AdviceVisitTopic.visit_id, AdviceVisitTopic.topic_id)
            .join(AdviceTopic, AdviceTopic.id == AdviceVisitTopic.topic_id)
            .where(AdviceVisitTopic.visit_id.in_(chunk), AdviceVisitTopic.deleted_at.is_(None))
            .order_by(AdviceTopic.sort_order, AdviceTopic.name)
        ):
            topics[visit_id].append(topic_id)
        for visit_id, referral_id in session.execute(
            select(AdviceVisitReferral.visit_id, AdviceVisitReferral.referral_target_id)
            .join(ReferralTarget, ReferralTarget.id == AdviceVisitReferral.referral_target_id)
            .where(AdviceVisitReferral.visit_id.in_(chunk), AdviceVisitReferral.deleted_at.is_(None))
            .order_by(ReferralTarget.sort_order, ReferralTarget.name)
        ):
            referrals[visit_id].append(referral_id)
    return topics, referrals


@dataclass(frozen=True)
class VisitRow:
    """One visit as the tables show it. `has_notes` and `case_linked` are False for non-advisers."""

    id: str
    visited_at: datetime
    office_name: str
    estate_name: str | None
    staff_id: str
    staff_name: str
    topics: tuple[str, ...]
    referrals: tuple[str, ...]
    language: str | None
    interpreter_used: bool
    duration_minutes: int | None
    age_band: str | None
    gender: str | None
    outcome: str | None
    follow_up_due: date | None
    follow_up_done: bool
    repeat_count: int | None  # visits with the same repeat token (this one included); None without a token
    has_notes: bool
    case_linked: bool


class Lookups:
    """Names of estates, staff, topics and referrals (small tables), read once per call."""

    def __init__(self, session: Session):
        self.estates = names_by_id(session, Estate)
        self.staff = names_by_id(session, StaffMember)
        self.topics = names_by_id(session, AdviceTopic)
        self.referrals = names_by_id(session, ReferralTarget)


VISIT_ROW_COLUMNS = (
    "id", "visited_at", "office_estate_id", "estate_id", "staff_id", "language", "interpreter_used",
    "duration_minutes", "age_band", "gender", "outcome", "follow_up_due", "follow_up_done_at",
    "repeat_token_hash", "notes", "case_id",
)


def visit_columns(model: type[AdviceVisit]) -> list[Any]:
    """The columns a VisitRow is built from; the notes column only as a yes/no, never its text."""
    columns = [getattr(model, name) for name in VISIT_ROW_COLUMNS if name not in ("notes", "repeat_token_hash")]
    columns.append(model.repeat_token_hash.label("token_hash"))
    columns.append(model.notes.is_not(None).label("has_notes"))
    return columns


def repeat_counts(session: Session, hashes: set[str]) -> dict[str | None, int]:
    if not hashes:
        return {}
    return dict(session.execute(
        select(AdviceVisit.repeat_token_hash, func.count())
        .where(AdviceVisit.repeat_token_hash.in_(sorted(hashes)), AdviceVisit.deleted_at.is_(None))
        .group_by(AdviceVisit.repeat_token_hash)
    ).tuples().all())


def build_rows(session: Session, records: Sequence[Any], role: StaffRole | None,
               lookups: Lookups | None = None) -> list[VisitRow]:
    lookups = lookups or Lookups(session)
    advisers = may_see_notes(role)
    topic_links, referral_links = links_for(session, [r.id for r in records])
    counts = repeat_counts(session, {r.token_hash for r in records if r.token_hash})
    return [
        VisitRow(
            id=r.id,
            visited_at=r.visited_at,
            office_name=lookups.estates.get(r.office_estate_id, "?"),
            estate_name=lookups.estates.get(r.estate_id) if r.estate_id else None,
            staff_id=r.staff_id,
            staff_name=lookups.staff.get(r.staff_id, "?"),
            topics=tuple(lookups.topics.get(t, "?") for t in topic_links[r.id]),
            referrals=tuple(lookups.referrals.get(t, "?") for t in referral_links[r.id]),
            language=r.language,
            interpreter_used=bool(r.interpreter_used),
            duration_minutes=r.duration_minutes,
            age_band=r.age_band,
            gender=r.gender,
            outcome=r.outcome,
            follow_up_due=r.follow_up_due,
            follow_up_done=r.follow_up_done_at is not None,
            repeat_count=counts.get(r.token_hash) if r.token_hash else None,
            has_notes=bool(r.has_notes) and advisers,
            case_linked=r.case_id is not None and advisers,
        )
        for r in records
    ]
