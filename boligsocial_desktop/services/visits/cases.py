"""Named cases: only after recorded consent; right of access (JSON export) and erasure.

Only advisers and administrators reach these functions; each list, read, export and
erasure is written to the audit log (without the resident's name).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...crypto.sealed_text import is_sealed_value
from ...domain.enums import ConsentKind, StaffRole
from ...errors import AppError, NotFoundError, ValidationError
from ...storage.engine import Database
from ...storage.models import AdviceCase, AdviceVisit
from ...storage.types import new_id
from .. import advisers_key, audit
from ..audited_files import publish_audited, write_bytes
from ..staff import StaffInfo
from .common import Lookups, VisitRow, build_rows, clean_text, local_date, require_adviser, visit_columns
from .retention import erase_case_rows

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ]{8,20}$")


@dataclass(frozen=True)
class CaseInput:
    name: str
    consent_kind: str
    consent_date: date | None
    consent_scope: str
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class CaseRow:
    id: str
    name: str
    phone: str | None
    email: str | None
    consent_kind: str
    consent_date: date
    consent_scope: str
    last_visit_at: datetime | None
    delete_after: date | None
    visits: int


@dataclass(frozen=True)
class CaseDetail:
    case: CaseRow
    visits: tuple[VisitRow, ...]
    notes: dict[str, str | None]  # visit id -> note


def _row(session: Session, actor_id: str, case: AdviceCase, visits: int) -> CaseRow:
    """The case with its name, phone and e-mail opened for an adviser who holds the advisers' key."""
    def opened(column: str) -> str | None:
        return advisers_key.open_text(session, actor_id, getattr(case, column), "advice_cases", column, case.id)

    return CaseRow(case.id, opened("name") or "", opened("phone"), opened("email"), case.consent_kind,
                   case.consent_date, case.consent_scope, case.last_visit_at, case.delete_after, visits)


class CaseService:
    def __init__(self, db: Database):
        self.db = db

    def create_case(self, actor: StaffInfo | None, data: CaseInput, *, today: date | None = None) -> CaseRow:
        """A named case; the consent (kind, date, scope) must be recorded first."""
        today = today or date.today()
        try:
            kind = ConsentKind(data.consent_kind)
        except ValueError:
            raise ValidationError("Vælg, om samtykket er givet mundtligt eller skriftligt.", "consent_kind") from None
        if data.consent_date is None:
            raise ValidationError("Udfyld datoen for samtykket.", "consent_date")
        if data.consent_date > today:
            raise ValidationError("Samtykket kan ikke være givet i fremtiden. Tjek datoen.", "consent_date")
        scope = clean_text(data.consent_scope, "Samtykkets omfang", "consent_scope", 200)
        if not scope:
            raise ValidationError("Skriv, hvad samtykket dækker (fx »gemme navn og telefon til opfølgning«).",
                                  "consent_scope")
        name = clean_text(data.name, "Navnet", "name", 120, name=True)
        if not name:
            raise ValidationError("Udfyld navnet.", "name")
        phone = clean_text(data.phone, "Telefonnummeret", "phone", 30)
        if phone and not _PHONE.match(phone):
            raise ValidationError("Telefonnummeret må kun have cifre, mellemrum og evt. + foran.", "phone")
        email = clean_text(data.email, "E-mailadressen", "email", 200)
        if email and not _EMAIL.match(email):
            raise ValidationError("E-mailadressen ser forkert ud. Tjek den.", "email")
        with self.db.transaction() as session:
            require_adviser(session, actor, "oprette navngivne sager")
            assert actor is not None  # refused above otherwise
            case_id = new_id()

            def sealed(value: str | None, column: str) -> str | None:
                return advisers_key.seal_text(session, value, "advice_cases", column, case_id)

            case = AdviceCase(id=case_id, name=sealed(name, "name"), phone=sealed(phone, "phone"),
                              email=sealed(email, "email"), consent_kind=kind.value,
                              consent_date=data.consent_date, consent_scope=scope)
            session.add(case)
            session.flush()
            audit.record(session, "opret sag", staff_id=actor.id, table_name="advice_cases", row_id=case.id,
                         detail=f"samtykke {kind.value} {data.consent_date:%d-%m-%Y}")
            return _row(session, actor.id, case, 0)

    def list_cases(self, actor: StaffInfo | None, text: str = "") -> list[CaseRow]:
        """Cases whose name contains `text` (all when empty). The listing itself is audited."""
        with self.db.transaction() as session:
            require_adviser(session, actor, "se navngivne sager")
            assert actor is not None  # refused above otherwise
            counts = (select(AdviceVisit.case_id, func.count().label("n"))
                      .where(AdviceVisit.deleted_at.is_(None), AdviceVisit.case_id.is_not(None))
                      .group_by(AdviceVisit.case_id).subquery())
            query = (select(AdviceCase, func.coalesce(counts.c.n, 0))
                     .outerjoin(counts, counts.c.case_id == AdviceCase.id)
                     .where(AdviceCase.deleted_at.is_(None)))
            needle = (text or "").strip().casefold()
            # Names are sealed: opened here, then searched and sorted (a few thousand cases at most).
            rows = [_row(session, actor.id, case, n) for case, n in session.execute(query)]
            if needle:
                rows = [row for row in rows if needle in (row.name or "").casefold()]
            rows.sort(key=lambda row: ((row.name or "").casefold(), row.id))
            audit.record(session, "vis sagsliste", staff_id=actor.id, table_name="advice_cases",
                         detail=f"{len(rows)} sager vist" + (" (søgning)" if needle else ""))
            return rows

    def _case(self, session: Session, case_id: str) -> AdviceCase:
        case = session.get(AdviceCase, case_id)
        if case is None or case.deleted_at is not None:
            raise NotFoundError("Sagen findes ikke længere (den kan være slettet).")
        return case

    def _detail(self, session: Session, case: AdviceCase, role: StaffRole | None, actor_id: str) -> CaseDetail:
        records = session.execute(
            select(*visit_columns(AdviceVisit)).where(AdviceVisit.case_id == case.id,
                                                     AdviceVisit.deleted_at.is_(None))
            .order_by(AdviceVisit.visited_at)).all()
        visits = build_rows(session, records, role, Lookups(session))
        notes = {visit_id: advisers_key.open_note(session, actor_id, visit_id, note)
                 for visit_id, note in session.execute(select(AdviceVisit.id, AdviceVisit.notes).where(
                     AdviceVisit.case_id == case.id, AdviceVisit.deleted_at.is_(None),
                     AdviceVisit.notes.is_not(None))).all()}
        return CaseDetail(_row(session, actor_id, case, len(visits)), tuple(visits), notes)

    def case_detail(self, actor: StaffInfo | None, case_id: str) -> CaseDetail:
        with self.db.transaction() as session:
            role = require_adviser(session, actor, "se navngivne sager")
            assert actor is not None  # refused above otherwise
            case = self._case(session, case_id)
            detail = self._detail(session, case, role, actor.id)
            audit.record(session, "vis sag", staff_id=actor.id, table_name="advice_cases", row_id=case.id,
                         detail=f"{len(detail.visits)} besøg og {len(detail.notes)} note(r) vist")
            return detail

    def export_case(self, actor: StaffInfo | None, case_id: str, target: Path) -> int:
        """The resident's right of access: everything stored about the case as JSON. Returns the visit count."""
        def publish(session: Session, temporary: Path) -> int:  # decided, audited and shown in one transaction
            role = require_adviser(session, actor, "eksportere navngivne sager")
            assert actor is not None  # refused above otherwise
            case = self._case(session, case_id)
            if not advisers_key.may_open(session, actor.id) and any(
                    is_sealed_value(v) for v in (case.name, case.phone, case.email)):
                raise advisers_key.KeyNotAtHand(
                    "Sagen er krypteret, og din rådgivernøgle er ikke åbnet på denne pc. Skift bruger og log ind "
                    "med din pinkode, og prøv igen.")
            detail = self._detail(session, case, role, actor.id)
            payload = {
                "format": "boligsocial-desktop/advice-case",
                "version": 1,
                "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "case": {
                    "id": case.id, "name": detail.case.name, "phone": detail.case.phone, "email": detail.case.email,
                    "consent": {"kind": case.consent_kind, "date": case.consent_date.isoformat(),
                                "scope": case.consent_scope},
                    "last_visit": local_date(case.last_visit_at).isoformat() if case.last_visit_at else None,
                    "delete_after": case.delete_after.isoformat() if case.delete_after else None,
                },
                "visits": [
                    {
                        "id": v.id, "visited_at": v.visited_at.astimezone().isoformat(timespec="minutes"),
                        "office": v.office_name, "estate": v.estate_name, "staff": v.staff_name,
                        "topics": list(v.topics), "referrals": list(v.referrals), "language": v.language,
                        "interpreter_used": v.interpreter_used, "duration_minutes": v.duration_minutes,
                        "age_band": v.age_band, "gender": v.gender, "outcome": v.outcome,
                        "follow_up_due": v.follow_up_due.isoformat() if v.follow_up_due else None,
                        "follow_up_done": v.follow_up_done, "notes": detail.notes.get(v.id),
                    }
                    for v in detail.visits
                ],
            }
            data = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
            write_bytes(temporary, data.encode("utf-8"))
            audit.record(session, "eksport sag", staff_id=actor.id, table_name="advice_cases", row_id=case.id,
                         detail=f"{len(detail.visits)} besøg til {target.name}")
            return len(detail.visits)

        try:
            return publish_audited(self.db, Path(target), publish)
        except AppError as exc:
            if isinstance(exc.__cause__, OSError):
                raise ValidationError(exc.message, "file") from exc
            raise

    def erase_case(self, actor: StaffInfo | None, case_id: str, *, now: datetime | None = None) -> int:
        """Erase the case completely (name, contact, consent text) and its visits' notes. Returns visits touched."""
        now = now or datetime.now(UTC)
        with self.db.transaction() as session:
            require_adviser(session, actor, "slette navngivne sager")
            assert actor is not None  # refused above otherwise
            case = self._case(session, case_id)
            touched = erase_case_rows(session, case, now)
            audit.record(session, "slet sag", staff_id=actor.id, table_name="advice_cases", row_id=case_id,
                         detail=f"på anmodning; {touched} besøg renset for noter og kode")
            return touched
