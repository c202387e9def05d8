"""Sign-ups and tick-off: the speed targets on the demo database (the large demo has the sign-up courses
of ten years: its participants and ticks).

* the tick list of the busiest ticked session, loaded and painted in the dialog (≤ 50 ms),
* ticking one person saved, headcount recomputed (≤ 20 ms),
* different participants for a grant period over all activities (≤ 300 ms),
* the month tick-off list as PDF (≤ 0.5 s).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.registry import Figures, demo_today, measure, register


def _open(db_path: Path):
    from boligsocial_desktop.storage.engine import open_database

    return open_database(path=db_path)


def _busiest_ticked_session(db) -> tuple[str, str, int]:
    from boligsocial_desktop.storage.models import ActivitySession, AttendanceTick

    with db.reading() as session:
        session_id, activity_id, ticks = session.execute(
            select(AttendanceTick.session_id, ActivitySession.activity_id, func.count())
            .join(ActivitySession, ActivitySession.id == AttendanceTick.session_id)
            .group_by(AttendanceTick.session_id, ActivitySession.activity_id)
            .order_by(func.count().desc(), AttendanceTick.session_id)).first()
    return session_id, activity_id, ticks


def _coordinator(db):
    from boligsocial_desktop.services.staff import StaffService

    staff = StaffService(db).list_staff()
    return next(s for s in staff if s.role.value in ("koordinator", "administrator"))


@register("signups.tick_list_painted", ui=True)
def tick_list_painted(db_path: Path) -> Figures:
    """The busiest ticked session's tick list, read and painted in the sign-ups dialog (≤ 50 ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from boligsocial_desktop.ui.calendar.signups_dialog import SignupsDialog
    from boligsocial_desktop.ui.context import AppContext
    from boligsocial_desktop.ui.tasks import ImmediateTaskRunner

    QApplication.instance() or QApplication([])
    db = _open(db_path)
    session_id, activity_id, ticks = _busiest_ticked_session(db)
    context = AppContext(db=db, tasks=ImmediateTaskRunner(), staff=_coordinator(db))
    dialog = SignupsDialog(context, activity_id, session_id=session_id, today=demo_today(db_path))
    dialog.resize(940, 600)
    dialog.show()

    def paint():
        dialog.load_ticks()
        dialog.ui.tickList.grab()

    figures = {"tick_list_painted": measure(paint), "names_in_list": ticks}
    dialog.close()
    db.dispose()
    return figures


@register("signups.tick_and_count")
def tick_and_count(db_path: Path) -> Figures:
    """One tick saved with its headcount (≤ 20 ms); different participants of a grant period (≤ 300 ms);
    the month tick-off list as PDF (≤ 0.5 s)."""
    from boligsocial_desktop.services.reports.plan import PlanService
    from boligsocial_desktop.services.signups import counting
    from boligsocial_desktop.services.signups.printouts import SignupPrintouts
    from boligsocial_desktop.services.signups.ticks import TickService
    from boligsocial_desktop.storage.models import ActivitySession

    db = _open(db_path)
    today = demo_today(db_path)
    session_id, activity_id, _ = _busiest_ticked_session(db)
    actor = _coordinator(db)
    ticks = TickService(db)
    listing = ticks.tick_list(session_id, actor)
    person = listing.rows[0]
    state = [person.present]

    def toggle():  # an even number of runs (warm-up included) leaves the session as it was
        state[0] = not state[0]
        ticks.set_tick(session_id, person.participant_id, state[0], actor, today=today)

    tick = measure(toggle, repeat=5, warmup=1)
    period = max((p for p in PlanService(db).grant_periods() if p.start <= today), key=lambda p: p.start)

    def different():
        with db.reading() as session:
            counting.per_activity(session, period.start, period.end)
            counting.by_age_gender(session, period.start, period.end)

    with db.reading() as session:
        day = session.scalar(select(ActivitySession.day).where(ActivitySession.id == session_id))
    printouts = SignupPrintouts(db)
    pdf = measure(lambda: printouts.month_tick_sheet_pdf(activity_id, day.year, day.month, actor), repeat=3)
    with db.reading() as session:
        participants = counting.by_age_gender(session, period.start, period.end)
    figures = {"tick_saved": tick, "different_participants_grant_period": measure(different),
               "month_tick_list_pdf": pdf, "grant_period": period.name,
               "different_participants_in_period": sum(participants.values())}
    db.dispose()
    return figures
