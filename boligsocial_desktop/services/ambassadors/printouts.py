"""What the printed rosters contain, decided here (not in the PDF code) so it can be tested.

Shared printouts (the roster list and the week's shift plan go on the office wall and to
all ambassadors) carry a phone number only for ambassadors whose consent is
`gemme_og_dele`; the rows handed to the PDF never hold any other number. Each printout is
recorded in the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select

from ...domain.danish import danish_sort_key
from ...domain.enums import AssignmentState, ConsentScope, WelcomeVisitState
from ...domain.languages import language_name
from ...domain.printouts import (
    PersonalSchedulePrint,
    PrintedPerson,
    PrintedShift,
    PrintedVisit,
    RosterPrint,
    WeekRosterPrint,
)
from ...storage.engine import Database
from ...storage.models import Estate, MoveIn, WelcomeVisit
from .. import audit
from .common import language_list
from .duties import DutyRow, DutyService, WeekPlan
from .roster import AmbassadorService, RosterFilter


def _shared(phone: str | None, scope: ConsentScope | str) -> str | None:
    return phone if ConsentScope(scope) == ConsentScope.STORE_AND_SHARE else None


def roster_print(db: Database, flt: RosterFilter, title: str, *, today: date | None = None,
                 actor_id: str | None = None) -> RosterPrint:
    rows = AmbassadorService(db).roster(flt)
    people = tuple(PrintedPerson(r.name, r.estate_name, language_list(r.languages), r.shared_phone)
                   for r in rows if not r.anonymised)
    with db.transaction() as session:
        audit.record(session, "udskriv ambassadørliste", staff_id=actor_id, table_name="ambassadors",
                     detail=f"{len(people)} ambassadører, {sum(1 for p in people if p.phone)} med telefon")
    return RosterPrint(title, people, today or date.today())


def _printed_shifts(plan_duties: Iterable[DutyRow]) -> tuple[PrintedShift, ...]:
    shifts = []
    for d in plan_duties:
        people = tuple(a.ambassador_name + ("" if a.state in (AssignmentState.CONFIRMED, AssignmentState.DONE)
                                            else " (foreslået)")
                       for a in d.assignments if a.state != AssignmentState.CANCELLED)
        shifts.append(PrintedShift(d.day, d.start_time, d.end_time, d.kind.value, d.estate_name, d.needed, people,
                                   d.note))
    return tuple(shifts)


def week_roster_print(db: Database, any_day: date, *, estate_id: str | None = None, today: date | None = None,
                      actor_id: str | None = None) -> WeekRosterPrint:
    plan: WeekPlan = DutyService(db).week_plan(any_day, estate_id)
    ids = {a.ambassador_id for d in plan.duties for a in d.assignments if a.state != AssignmentState.CANCELLED}
    roster = {r.id: r for r in AmbassadorService(db).roster(RosterFilter(status=None))} if ids else {}
    contacts = sorted((roster[i] for i in ids if i in roster), key=lambda r: danish_sort_key(r.name))
    printed_contacts = tuple(PrintedPerson(r.name, r.estate_name, language_list(r.languages), r.shared_phone)
                             for r in contacts)
    with db.transaction() as session:
        audit.record(session, "udskriv vagtplan", staff_id=actor_id, table_name="duties",
                     detail=f"uge {plan.week_number}: {len(plan.duties)} vagter, "
                            f"{sum(1 for p in printed_contacts if p.phone)} telefonnumre")
    return WeekRosterPrint(plan.monday, _printed_shifts(plan.duties), printed_contacts, today or date.today())


def personal_schedule_print(db: Database, ambassador_id: str, start: date, *, days: int = 42,
                            today: date | None = None, actor_id: str | None = None) -> PersonalSchedulePrint:
    detail = AmbassadorService(db).get(ambassador_id)
    duties = DutyService(db).personal_schedule(ambassador_id, start, days)
    with db.reading() as session:
        found = session.execute(
            select(WelcomeVisit, MoveIn, Estate.name).join(MoveIn, MoveIn.id == WelcomeVisit.move_in_id)
            .join(Estate, Estate.id == MoveIn.estate_id).where(
                WelcomeVisit.ambassador_id == ambassador_id, WelcomeVisit.deleted_at.is_(None),
                WelcomeVisit.state == WelcomeVisitState.PLANNED.value).order_by(WelcomeVisit.due_date)).all()
    visits = tuple(PrintedVisit(v.due_date, m.address, estate_name,
                                ", ".join(language_name(c) for c in (m.household_languages or "").split(",") if c))
                   for v, m, estate_name in found)
    with db.transaction() as session:
        audit.record(session, "udskriv personlig vagtplan", staff_id=actor_id, table_name="ambassadors",
                     row_id=ambassador_id)
    return PersonalSchedulePrint(detail.name, detail.estate_name, start, _printed_shifts(duties), visits,
                                 today or date.today())


__all__ = ["PersonalSchedulePrint", "PrintedPerson", "PrintedShift", "PrintedVisit", "RosterPrint",
           "WeekRosterPrint", "personal_schedule_print", "roster_print", "week_roster_print"]
