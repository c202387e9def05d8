"""Deletion deadlines for advice data, and the purge that enforces them.

The office sets, in months after the last visit:

* notes: visit notes are removed (for a visit on a named case: after the case's last visit),
* cases: named cases are erased (name, contact, consent text) and unlinked from their visits,
* tokens: pseudonymous repeat tokens are removed from visits (0 = kept).

What stays is the anonymous visit: date, estate, topics, referral, language, duration…,
so the statistics survive. The purge runs on the app's background worker at most once
a day on each PC (remembered in LocalState) and from `boligsocial-desktop purge`.
Every change is an ORM update, so it lands in the outbox and reaches the other PCs; the
personal values are also blanked in this PC's not-yet-exported outbox rows, so they
never leave the PC.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from ...errors import ValidationError
from ...storage.engine import Database
from ...storage.models import AdviceCase, AdviceVisit, LocalState, OfficeSetting, OutboxChange
from .. import audit
from ..staff import StaffInfo
from .common import add_months, local_date, local_midnight_utc, require_administrator

POLICY_SETTING_KEY = "visits.retention"
LAST_RUN_STATE_KEY = "visits.retention.last_run"
ERASED_NAME = "(slettet)"

SENSITIVE_VISIT_FIELDS = ("notes", "case_id", "repeat_token_hash", "repeat_token_sealed")
SENSITIVE_CASE_FIELDS = ("name", "phone", "email", "consent_scope")


@dataclass(frozen=True)
class RetentionPolicy:
    notes_months: int = 12
    cases_months: int = 12
    tokens_months: int = 24  # 0: repeat tokens are kept

    def checked(self) -> RetentionPolicy:
        for value, label, field, lowest in (
            (self.notes_months, "Frist for noter", "notes_months", 1),
            (self.cases_months, "Frist for navngivne sager", "cases_months", 1),
            (self.tokens_months, "Frist for genkendelseskoder", "tokens_months", 0),
        ):
            if not isinstance(value, int) or not lowest <= value <= 120:
                raise ValidationError(f"{label} skal være mellem {lowest} og 120 måneder.", field)
        return self


def policy_in(session: Session) -> RetentionPolicy:
    row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == POLICY_SETTING_KEY,
                                                      OfficeSetting.deleted_at.is_(None))).first()
    if row is None or not row.value:
        return RetentionPolicy()
    default = RetentionPolicy()
    try:
        return RetentionPolicy(
            int(row.value.get("notes_months", default.notes_months)),
            int(row.value.get("cases_months", default.cases_months)),
            int(row.value.get("tokens_months", default.tokens_months)),
        ).checked()
    except (TypeError, ValueError, ValidationError):
        return default  # a damaged setting never stops the purge: the defaults apply


def get_policy(db: Database) -> RetentionPolicy:
    with db.reading() as session:
        return policy_in(session)


def set_policy(db: Database, actor: StaffInfo | None, policy: RetentionPolicy) -> RetentionPolicy:
    policy = policy.checked()
    with db.transaction() as session:
        require_administrator(session, actor, "ændre slettefristerne")
        row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == POLICY_SETTING_KEY)).first()
        value = {"notes_months": policy.notes_months, "cases_months": policy.cases_months,
                 "tokens_months": policy.tokens_months}
        if row is None:
            session.add(OfficeSetting(key=POLICY_SETTING_KEY, value=value))
        else:
            row.value = value
            row.deleted_at = None
        audit.record(session, "ændr slettefrister", staff_id=actor.id if actor else None,
                     table_name="office_settings",
                     detail=f"noter {policy.notes_months} md., sager {policy.cases_months} md., "
                            f"koder {policy.tokens_months or 'beholdes'} md.")
    return policy


def case_delete_after(policy: RetentionPolicy, last_visit: date) -> date:
    return add_months(last_visit, policy.cases_months)


@dataclass(frozen=True)
class PurgeItem:
    kind: str  # "note", "case" or "token"
    row_id: str
    last_visit: date | None
    description: str  # Danish, without names


@dataclass(frozen=True)
class PurgeReport:
    items: tuple[PurgeItem, ...]
    dry_run: bool
    policy: RetentionPolicy

    def count(self, kind: str) -> int:
        return sum(1 for item in self.items if item.kind == kind)

    def summary(self) -> str:
        verb = "skal slettes" if self.dry_run else "slettet"
        return (f"Noter {verb}: {self.count('note')}. Navngivne sager {verb}: {self.count('case')}. "
                f"Genkendelseskoder {verb}: {self.count('token')}.")


def _boundary(today: date, months: int) -> datetime:
    """Everything before this instant had its last visit `months` or more months before `today`."""
    return local_midnight_utc(add_months(today, -months) + timedelta(days=1))


def _fmt(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else "ukendt dato"


def _due(session: Session, policy: RetentionPolicy, today: date) -> list[PurgeItem]:
    items: list[PurgeItem] = []
    case_boundary = _boundary(today, policy.cases_months)
    case_last = func.coalesce(AdviceCase.last_visit_at, AdviceCase.created_at)
    for case_id, last in session.execute(
        select(AdviceCase.id, case_last).where(AdviceCase.deleted_at.is_(None), case_last < case_boundary)
        .order_by(case_last, AdviceCase.id)
    ):
        day = local_date(_aware(last))
        items.append(PurgeItem("case", case_id, day,
                               f"Navngiven sag med sidste besøg {_fmt(day)} (id {case_id[:8]})"))
    case = aliased(AdviceCase)
    notes_boundary = _boundary(today, policy.notes_months)
    last_visit = func.coalesce(case.last_visit_at, AdviceVisit.visited_at)
    due_case_ids = {item.row_id for item in items}
    for visit_id, visited_at, _case_id in session.execute(
        select(AdviceVisit.id, AdviceVisit.visited_at, AdviceVisit.case_id)
        .outerjoin(case, and_(case.id == AdviceVisit.case_id, case.deleted_at.is_(None)))
        .where(AdviceVisit.notes.is_not(None), or_(last_visit < notes_boundary,
                                                    AdviceVisit.case_id.in_(due_case_ids) if due_case_ids
                                                    else false()))
        .order_by(AdviceVisit.visited_at, AdviceVisit.id)
    ):
        day = local_date(visited_at)
        items.append(PurgeItem("note", visit_id, day, f"Note på besøg {_fmt(day)} (id {visit_id[:8]})"))
    if policy.tokens_months:
        token_boundary = _boundary(today, policy.tokens_months)
        for visit_id, visited_at in session.execute(
            select(AdviceVisit.id, AdviceVisit.visited_at)
            .where(or_(AdviceVisit.repeat_token_hash.is_not(None), AdviceVisit.repeat_token_sealed.is_not(None)),
                   AdviceVisit.visited_at < token_boundary)
            .order_by(AdviceVisit.visited_at, AdviceVisit.id)
        ):
            day = local_date(visited_at)
            items.append(PurgeItem("token", visit_id, day,
                                   f"Genkendelseskode på besøg {_fmt(day)} (id {visit_id[:8]})"))
    return items


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def scrub_pending_outbox(session: Session, table_name: str, row_ids: Iterable[str], fields: Iterable[str]) -> int:
    """Blank personal values in this PC's not-yet-exported change rows, so they never leave the PC."""
    ids = sorted(set(row_ids))
    fields = tuple(fields)
    changed = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for change in session.scalars(select(OutboxChange).where(
            OutboxChange.exported.is_(False), OutboxChange.table_name == table_name, OutboxChange.row_id.in_(chunk)
        )):
            values: dict[str, Any] = dict(change.fields or {})
            touched = [key for key in fields if values.get(key) not in (None, ERASED_NAME)]
            if touched:
                for key in touched:
                    values[key] = ERASED_NAME if key == "name" else None
                change.fields = values
                changed += 1
    return changed


def erase_case_rows(session: Session, case: AdviceCase, now: datetime) -> int:
    """Erase a named case and strip its visits of notes, tokens and the link. Returns the visits touched."""
    visits = list(session.scalars(select(AdviceVisit).where(AdviceVisit.case_id == case.id)))
    for visit in visits:
        visit.notes = None
        visit.repeat_token_hash = None
        visit.repeat_token_sealed = None
        visit.case_id = None
    case.name = ERASED_NAME
    case.phone = None
    case.email = None
    case.consent_scope = ERASED_NAME
    case.deleted_at = now
    session.flush()
    scrub_pending_outbox(session, AdviceCase.__tablename__, [case.id], SENSITIVE_CASE_FIELDS)
    scrub_pending_outbox(session, AdviceVisit.__tablename__, [v.id for v in visits], SENSITIVE_VISIT_FIELDS)
    return len(visits)


def purge(db: Database, actor: StaffInfo | None = None, *, today: date | None = None, dry_run: bool = False,
          source: str = "automatisk") -> PurgeReport:
    """Delete (or with dry_run only list) what the deadlines say is due. One transaction."""
    today = today or date.today()
    now = datetime.now(UTC)
    with db.transaction() as session:
        if actor is not None:
            require_administrator(session, actor, "køre sletningen")
        policy = policy_in(session)
        items = _due(session, policy, today)
        if dry_run or not items:
            return PurgeReport(tuple(items), dry_run, policy)
        staff_id = actor.id if actor else None
        by_kind: dict[str, list[str]] = {"case": [], "note": [], "token": []}
        for item in items:
            by_kind[item.kind].append(item.row_id)
        for case_id in by_kind["case"]:
            case = session.get(AdviceCase, case_id)
            if case is None:
                continue
            visits = erase_case_rows(session, case, now)
            audit.record(session, "slet sag (frist)", staff_id=staff_id, table_name="advice_cases", row_id=case_id,
                         detail=f"{source}: sidste besøg for mere end {policy.cases_months} md. siden; "
                                f"{visits} besøg renset")
        note_ids = set(by_kind["note"])
        token_ids = set(by_kind["token"])
        touched: list[str] = []
        for chunk in _chunks(sorted(note_ids | token_ids), 500):
            for visit in session.scalars(select(AdviceVisit).where(AdviceVisit.id.in_(chunk))):
                if visit.id in token_ids:
                    visit.repeat_token_hash = None
                    visit.repeat_token_sealed = None
                if visit.id in note_ids:
                    visit.notes = None
                touched.append(visit.id)
        session.flush()
        scrub_pending_outbox(session, AdviceVisit.__tablename__, touched, ("notes", "repeat_token_hash",
                                                                            "repeat_token_sealed"))
        if note_ids or token_ids:
            audit.record(session, "slet noter (frist)", staff_id=staff_id, table_name="advice_visits",
                         detail=f"{source}: {len(note_ids)} noter (frist {policy.notes_months} md.) og "
                                f"{len(token_ids)} genkendelseskoder slettet")
        return PurgeReport(tuple(items), dry_run, policy)


def _chunks(values: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def last_daily_run(db: Database) -> date | None:
    with db.reading() as session:
        row = session.get(LocalState, LAST_RUN_STATE_KEY)
        return date.fromisoformat(row.value) if row else None


def daily_check(db: Database, *, today: date | None = None) -> PurgeReport | None:
    """Run the purge when it has not run today on this PC; None when it already has."""
    today = today or date.today()
    last = last_daily_run(db)
    if last is not None and last >= today:
        return None
    report = purge(db, None, today=today, source="daglig kontrol")
    with db.transaction() as session:
        row = session.get(LocalState, LAST_RUN_STATE_KEY)
        if row is None:
            session.add(LocalState(key=LAST_RUN_STATE_KEY, value=today.isoformat()))
        else:
            row.value = today.isoformat()
    return report
