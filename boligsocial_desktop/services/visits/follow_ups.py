"""Open follow-ups (opfølgninger) of the logged-in staff member, by due date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select

from ...errors import NotFoundError
from ...storage.engine import Database
from ...storage.models import AdviceVisit
from ..staff import StaffInfo
from .common import AccessDenied, Lookups, VisitRow, build_rows, may_see_notes, require_staff, visit_columns


@dataclass(frozen=True)
class FollowUp:
    visit: VisitRow
    due: date
    overdue: bool
    due_today: bool


class FollowUpService:
    def __init__(self, db: Database):
        self.db = db

    def open_follow_ups(self, actor: StaffInfo | None, *, today: date | None = None) -> list[FollowUp]:
        """The actor's own open follow-ups, earliest due first."""
        today = today or date.today()
        with self.db.reading() as session:
            role = require_staff(session, actor)
            assert actor is not None  # require_staff refuses nobody
            records = session.execute(
                select(*visit_columns(AdviceVisit))
                .where(AdviceVisit.staff_id == actor.id, AdviceVisit.deleted_at.is_(None),
                       AdviceVisit.follow_up_due.is_not(None), AdviceVisit.follow_up_done_at.is_(None))
                .order_by(AdviceVisit.follow_up_due, AdviceVisit.visited_at, AdviceVisit.id)
            ).all()
            rows = build_rows(session, records, role, Lookups(session))
        return [FollowUp(row, row.follow_up_due, row.follow_up_due < today, row.follow_up_due == today)
                for row in rows if row.follow_up_due is not None]

    def mark_done(self, actor: StaffInfo | None, visit_id: str, *, now: datetime | None = None) -> None:
        now = now or datetime.now(UTC)
        with self.db.transaction() as session:
            role = require_staff(session, actor)
            assert actor is not None  # require_staff refuses nobody
            visit = session.get(AdviceVisit, visit_id)
            if visit is None or visit.deleted_at is not None or visit.follow_up_due is None:
                raise NotFoundError("Opfølgningen findes ikke længere.")
            if visit.staff_id != actor.id and not may_see_notes(role):
                raise AccessDenied("Du kan kun afslutte dine egne opfølgninger.")
            if visit.follow_up_done_at is None:
                visit.follow_up_done_at = now
