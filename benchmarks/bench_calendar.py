"""The calendar's speed targets on the large demo database."""

from __future__ import annotations

import os
from datetime import time, timedelta
from pathlib import Path

from sqlalchemy import func, select

from benchmarks.registry import Figures, demo_today, measure, register


def _open(db_path: Path):
    from boligsocial_desktop.storage.engine import open_database

    return open_database(path=db_path)


def _busiest_house(db) -> tuple[str, str]:
    from boligsocial_desktop.storage.models import ActivitySession, House, Room

    with db.reading() as session:
        house_id, estate_id, _ = session.execute(
            select(House.id, House.estate_id, func.count(ActivitySession.id))
            .join(Room, Room.house_id == House.id).join(ActivitySession, ActivitySession.room_id == Room.id)
            .group_by(House.id).order_by(func.count(ActivitySession.id).desc())).first()
    return house_id, estate_id


def _qt_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


@register("calendar.views_painted", ui=True)
def views_painted(db_path: Path) -> Figures:
    """Query plus offscreen paint: month view of one house (≤ 50 ms), week of an estate's rooms (≤ 80 ms)."""
    from boligsocial_desktop.services.calendar import CalendarService, SessionFilter
    from boligsocial_desktop.services.places import PlacesService
    from boligsocial_desktop.ui.calendar.grids import MonthGrid, WeekGrid
    from boligsocial_desktop.ui.calendar.page import month_bounds

    _qt_app()
    db = _open(db_path)
    today = demo_today(db_path)
    house_id, house_estate_id = _busiest_house(db)
    all_rooms = PlacesService(db).rooms()
    estate_id = max({r.estate_id for r in all_rooms}, key=lambda e: sum(r.estate_id == e for r in all_rooms))
    service, rooms = CalendarService(db), [r for r in all_rooms if r.estate_id == estate_id]
    month_grid, week_grid = MonthGrid(), WeekGrid()
    month_grid.resize(1100, 700)
    week_grid.resize(1100, 700)
    first, last = month_bounds(today)
    monday = today - timedelta(days=today.weekday())

    def month_view():
        sessions = service.sessions_between(first, last, SessionFilter(estate_id=house_estate_id, house_id=house_id))
        month_grid.set_month(today.year, today.month, sessions, today)
        month_grid.grab()

    def week_view():
        sessions = service.sessions_between(monday, monday + timedelta(days=6), SessionFilter(estate_id=estate_id))
        week_grid.set_week([monday + timedelta(days=i) for i in range(7)], rooms, sessions, today)
        week_grid.grab()

    figures = {"month_view_one_house": measure(month_view), "week_view_estate_rooms": measure(week_view),
               "rooms_in_week_view": len(rooms)}
    db.dispose()
    return figures


@register("calendar.files")
def calendar_files(db_path: Path) -> Figures:
    """Clash check of a 52-week series (≤ 20 ms), month programme PDF (≤ 0.5 s), ten years of .ics (≤ 1 s)."""
    from boligsocial_desktop.domain.enums import Recurrence
    from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
    from boligsocial_desktop.services.calendar_files import CalendarFiles
    from boligsocial_desktop.services.places import PlacesService

    db = _open(db_path)
    today = demo_today(db_path)
    house_id, estate_id = _busiest_house(db)
    room = next(r for r in PlacesService(db).rooms(house_id=house_id))
    series = ActivityDraft(
        title="Lektiecafé",
        estate_id=estate_id,
        room_id=room.id,
        recurrence=Recurrence.WEEKLY,
        start_date=today,
        end_date=today + timedelta(weeks=52),
        start_time=time(15),
        end_time=time(17),
    )
    service, files = CalendarService(db), CalendarFiles(db)
    ics_bytes, ics_count = files.house_ics(house_id)
    figures = {
        "clash_check_52_weeks": measure(lambda: service.plan_series(series)),
        "month_programme_pdf": measure(lambda: files.month_programme_pdf(today.year, today.month, house_id=house_id),
                                       repeat=3),
        "house_ics_all_years": measure(lambda: files.house_ics(house_id), repeat=3),
        "house_ics_events": ics_count,
        "house_ics_megabytes": round(len(ics_bytes) / 1e6, 2),
    }
    db.dispose()
    return figures
