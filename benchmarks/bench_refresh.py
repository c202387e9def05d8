"""A save shows on the page that lists it, refreshed by the tables the commit wrote (ui/context.py `watch`):
a visit in the adviser's log ≤ 30 ms, an attendance in the calendar ≤ 50 ms, save included.

They run on the large demo like the others; `--size small` runs them on the small one:

    uv run python -m benchmarks.run --only refresh.visit_in_the_log --only refresh.attendance_in_the_calendar
    uv run python -m benchmarks.run --size small --only refresh.visit_in_the_log
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from benchmarks.registry import Figures, demo_today, measure, register


def _context(db_path: Path, role_test):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.ui.context import AppContext
    from boligsocial_desktop.ui.tasks import ImmediateTaskRunner

    app = QApplication.instance() or QApplication([])
    db = open_database(path=Path(db_path))
    staff = next(s for s in StaffService(db).list_staff() if role_test(s))
    return app, AppContext(db=db, tasks=ImmediateTaskRunner(), staff=staff)


@register("refresh.visit_in_the_log", ui=True)
def visit_in_the_log(db_path: Path) -> Figures:
    """Save a visit and see it at the top of the adviser's log (≤ 30 ms)."""
    from boligsocial_desktop.services.visits import VisitInput, VisitService
    from boligsocial_desktop.ui.visits import VisitsPage

    app, context = _context(db_path, lambda s: s.is_adviser)
    page = VisitsPage(context)
    page.resize(1280, 800)
    page.show()
    service = VisitService(context.db)
    reference = service.reference_data()
    data = VisitInput(visited_at=datetime.now(UTC) - timedelta(minutes=1), office_estate_id=reference.estates[0].id,
                      staff_id=context.staff.id, topic_ids=(reference.topics[0].id,), duration_minutes=15)

    def save_and_see() -> None:
        saved = service.log_visit(context.staff, data)
        app.processEvents()
        if page.recent_model._rows[0].id != saved.id:
            raise AssertionError("the log does not show the saved visit")

    result = measure(save_and_see, repeat=11)
    page.close()
    context.db.dispose()
    return result


@register("refresh.attendance_in_the_calendar", ui=True)
def attendance_in_the_calendar(db_path: Path) -> Figures:
    """Save the attendance of a held session and see the calendar's week reloaded (≤ 50 ms)."""
    from boligsocial_desktop.domain.enums import Gender
    from boligsocial_desktop.domain.vocabulary import AGE_BANDS
    from boligsocial_desktop.services.attendance import AttendanceRecord, AttendanceService
    from boligsocial_desktop.storage.models import ActivitySession
    from boligsocial_desktop.ui.calendar.page import CalendarPage

    app, context = _context(db_path, lambda s: s.role.value in ("koordinator", "administrator"))
    today = demo_today(db_path)
    with context.db.reading() as session:
        held = session.scalars(select(ActivitySession).where(ActivitySession.day < today)
                               .order_by(ActivitySession.day.desc()).limit(1)).one()
        session_id, day = held.id, held.day
    page = CalendarPage(context)
    page.resize(1280, 800)
    page.show()
    page.set_anchor(day)
    reloads = []
    real_show = page._show  # what a reload ends with: the week's sessions handed to the grid
    page._show = lambda shown: (reloads.append(1), real_show(shown))
    service, cell = AttendanceService(context.db), (AGE_BANDS[2], Gender.FEMALE.value)
    stored = service.get(session_id)
    people = [stored.counts.get(cell, 0) if stored else 0]

    def save_and_see() -> None:  # a different figure each time: an unchanged one writes (and refreshes) nothing
        people[0] = people[0] % 9 + 1
        before = len(reloads)
        service.record(AttendanceRecord(session_id, {cell: people[0]}), context.staff.id, today=today)
        app.processEvents()
        if len(reloads) == before:
            raise AssertionError("the calendar did not reload")

    result = measure(save_and_see, repeat=11)
    page.close()
    context.db.dispose()
    return result
