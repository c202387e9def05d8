"""Deleting the contact data of ambassadors who stopped, after the office's deadline.

`anonymise_due` deletes address, phone and e-mail, replaces the name, clears notes,
training, consent and languages, and stamps `anonymised_at`. The row itself stays so
that hours and counts of shifts and welcome visits still add up in reports.

`run_if_due` is what the app calls at start on the background worker: it runs at most
once a day per PC (the last run date is kept in this PC's local state) and is safe to
run on several PCs, since anonymising twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from ...domain.enums import AmbassadorStatus, ConsentScope
from ...storage.engine import Database
from ...storage.models import Ambassador, AmbassadorLanguage, LocalState
from ...storage.types import utcnow
from .. import audit
from .common import read_settings
from .roster import ANONYMOUS_NAME

LAST_RUN_KEY = "ambassadors.retention_last_run"


@dataclass(frozen=True)
class RetentionResult:
    ran: bool
    anonymised: int
    deadline_days: int | None = None


def anonymise_due(db: Database, today: date, dry_run: bool = False) -> RetentionResult:
    """Anonymise every stopped ambassador past the deadline (with `dry_run` only count them)."""
    with db.transaction() as session:
        days = read_settings(session).contact_deletion_days
        cutoff = today - timedelta(days=days)
        due = list(session.scalars(select(Ambassador).where(
            Ambassador.deleted_at.is_(None), Ambassador.anonymised_at.is_(None),
            Ambassador.status == AmbassadorStatus.STOPPED.value, Ambassador.stop_date.is_not(None),
            Ambassador.stop_date <= cutoff)))
        if dry_run:
            return RetentionResult(False, len(due), days)
        now = utcnow()
        for row in due:
            row.name = ANONYMOUS_NAME
            row.address = None
            row.phone = None
            row.email = None
            row.notes = None
            row.training_course = None
            row.consent_scope = ConsentScope.NONE.value
            row.consent_date = None
            row.anonymised_at = now
            for language in session.scalars(select(AmbassadorLanguage).where(
                    AmbassadorLanguage.ambassador_id == row.id, AmbassadorLanguage.deleted_at.is_(None))):
                language.deleted_at = now
            assert row.stop_date is not None  # the query asks for stopped ambassadors with a stop date
            audit.record(session, "anonymisér ambassadør", staff_id=None, table_name="ambassadors", row_id=row.id,
                         detail=f"stoppet {row.stop_date.isoformat()}, frist {days} dage")
        return RetentionResult(True, len(due), days)


def run_if_due(db: Database, today: date | None = None) -> RetentionResult:
    """At most once a day on this PC; returns ran=False when it already ran today."""
    today = today or date.today()
    with db.reading() as session:
        last = session.get(LocalState, LAST_RUN_KEY)
        if last is not None and last.value >= today.isoformat():
            return RetentionResult(False, 0)
    result = anonymise_due(db, today)
    with db.transaction() as session:
        state = session.get(LocalState, LAST_RUN_KEY)
        if state is None:
            session.add(LocalState(key=LAST_RUN_KEY, value=today.isoformat()))
        else:
            state.value = today.isoformat()
    return result
