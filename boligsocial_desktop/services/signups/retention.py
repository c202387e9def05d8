"""The deletion deadline for participants: months after the last of their activities ended.

Erasing keeps the row, its id (the pseudonym every tick points at), age band, gender and
language, so counts of sessions and different participants stay right; it removes the name,
phone, e-mail and consent. The same happens to a household once none of its members is kept.
Every change is an ORM update, so it reaches the other PCs, and the personal values are also
blanked in this PC's not-yet-exported outbox rows. Run from services.deadlines (daily at start
and `boligsocial-desktop purge`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.enums import ParticipantKind
from ...errors import ValidationError
from ...storage.engine import Database
from ...storage.models import Activity, OfficeSetting, Participant, Signup
from ...storage.types import utcnow
from .. import audit
from ..staff import StaffInfo
from ..visits.common import add_months, require_administrator
from ..visits.retention import scrub_pending_outbox
from .common import ERASED_NAME

SETTING_KEY = "signups.retention"
DEFAULT_MONTHS = 6
PERSONAL_FIELDS = ("name", "phone", "email", "consent_kind", "consent_date")


@dataclass(frozen=True)
class ErasureReport:
    persons: int
    households: int
    months: int
    dry_run: bool

    def summary(self) -> str:
        verb = "skal slettes" if self.dry_run else "er slettet"
        return (f"Navne på {self.persons} deltagere og {self.households} husstande {verb} ({self.months} md. efter "
                "aktiviteternes slutdato); tallene bevares.")


def deadline_months(session: Session) -> int:
    row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == SETTING_KEY,
                                                      OfficeSetting.deleted_at.is_(None))).first()
    try:
        months = int((row.value or {}).get("months_after_end", DEFAULT_MONTHS)) if row else DEFAULT_MONTHS
    except (TypeError, ValueError):
        return DEFAULT_MONTHS
    return months if 1 <= months <= 120 else DEFAULT_MONTHS


def get_deadline(db: Database) -> int:
    with db.reading() as session:
        return deadline_months(session)


def set_deadline(db: Database, actor: StaffInfo | None, months: int) -> int:
    if not isinstance(months, int) or not 1 <= months <= 120:
        raise ValidationError("Fristen for deltagernes navne skal være mellem 1 og 120 måneder.", "months")
    with db.transaction() as session:
        require_administrator(session, actor, "ændre slettefristerne")
        row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == SETTING_KEY)).first()
        if row is None:
            session.add(OfficeSetting(key=SETTING_KEY, value={"months_after_end": months}))
        else:
            row.value, row.deleted_at = {"months_after_end": months}, None
        audit.record(session, "ændr slettefrister", staff_id=actor.id if actor else None,
                     table_name="office_settings", detail=f"deltagere {months} md. efter aktivitetens slutdato")
    return months


def erase_due(db: Database, today: date | None = None, *, dry_run: bool = False,
              source: str = "automatisk") -> ErasureReport:
    today = today or date.today()
    with db.transaction() as session:
        months = deadline_months(session)
        last_day = add_months(today, -months)  # activities that ended on or before this day are past the deadline
        latest_end = (select(Signup.participant_id, func.max(Activity.end_date).label("ended"))
                      .join(Activity, Activity.id == Signup.activity_id)
                      .group_by(Signup.participant_id).subquery())
        persons = list(session.scalars(
            select(Participant).join(latest_end, latest_end.c.participant_id == Participant.id)
            .where(Participant.erased_at.is_(None), latest_end.c.ended <= last_day)))
        due_ids = {p.id for p in persons}
        households = []
        for household in session.scalars(select(Participant).where(
                Participant.kind == ParticipantKind.HOUSEHOLD.value, Participant.erased_at.is_(None))):
            members = session.execute(select(Participant.id, Participant.erased_at).where(
                Participant.household_id == household.id)).all()
            if all(erased is not None or pid in due_ids for pid, erased in members):
                households.append(household)
        report = ErasureReport(len(persons), len(households), months, dry_run)
        if dry_run or not (persons or households):
            return report
        now = utcnow()
        for row in (*persons, *households):
            row.name, row.phone, row.email = ERASED_NAME, None, None
            row.consent_kind, row.consent_date, row.erased_at = None, None, now
        session.flush()
        scrub_pending_outbox(session, Participant.__tablename__, [r.id for r in (*persons, *households)],
                             ("name", "phone", "email"))
        audit.record(session, "slet deltagere (frist)", staff_id=None, table_name="participants",
                     detail=f"{source}: {len(persons)} deltagere og {len(households)} husstande, "
                            f"frist {months} md. efter aktivitetens slutdato")
        return report
