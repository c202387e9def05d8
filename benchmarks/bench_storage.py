"""Baseline storage benchmarks: opening the database and the plain queries that the
calendar, the advice log, reports and sharing build on. Feature benchmarks (month view
painted, report PDF, …) belong in their own bench_<feature>.py modules."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import and_, func, select

from benchmarks.registry import Figures, demo_today, measure, register
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import (
    Activity,
    ActivitySession,
    AdviceTopic,
    AdviceVisit,
    AdviceVisitTopic,
    OutboxChange,
    Room,
)


@register("storage.open_database")
def open_and_close(db_path: Path) -> Figures:
    """Open (file check, migration check, clock) and close, as the app does at start."""

    def once() -> None:
        open_database(path=db_path).dispose()

    return measure(once, repeat=3)


@register("storage.month_sessions")
def month_sessions(db_path: Path) -> Figures:
    """All sessions of the demo's current month with title and room (the month view's data)."""
    today = demo_today(db_path)
    first = today.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    db = open_database(path=db_path)
    rows: list = []
    try:

        def query() -> None:
            with db.reading() as session:
                rows[:] = session.execute(
                    select(ActivitySession, Activity.title, Room.name)
                    .join(Activity, Activity.id == ActivitySession.activity_id)
                    .join(Room, Room.id == ActivitySession.room_id)
                    .where(ActivitySession.day.between(first, last), ActivitySession.deleted_at.is_(None))
                    .order_by(ActivitySession.day, ActivitySession.start_time)
                ).all()

        figures = measure(query)
    finally:
        db.dispose()
    return {**figures, "rows": len(rows)}


@register("storage.room_clash_check")
def room_clash_check(db_path: Path) -> Figures:
    """100 double-booking checks (same room, same day, overlapping time), as on save."""
    db = open_database(path=db_path)
    try:
        with db.reading() as session:
            samples = session.execute(
                select(
                    ActivitySession.room_id, ActivitySession.day, ActivitySession.start_time, ActivitySession.end_time
                )
                .order_by(ActivitySession.id)
                .limit(2000)
            ).all()
        picks = random.Random(1).sample(samples, min(100, len(samples)))

        def checks() -> None:
            with db.reading() as session:
                for room_id, day, start, end in picks:
                    session.execute(
                        select(func.count()).where(
                            and_(
                                ActivitySession.room_id == room_id,
                                ActivitySession.day == day,
                                ActivitySession.start_time < end,
                                ActivitySession.end_time > start,
                                ActivitySession.deleted_at.is_(None),
                            )
                        )
                    ).scalar_one()

        return {**measure(checks), "checks": len(picks)}
    finally:
        db.dispose()


@register("storage.advice_year_by_topic")
def advice_year_by_topic(db_path: Path) -> Figures:
    """Advice visits of the last 12 months counted by topic (a report's core query)."""
    today = demo_today(db_path)
    since = datetime(today.year - 1, today.month, 1, tzinfo=UTC)
    db = open_database(path=db_path)
    try:

        def query() -> None:
            with db.reading() as session:
                session.execute(
                    select(AdviceTopic.name, func.count())
                    .join(AdviceVisitTopic, AdviceVisitTopic.topic_id == AdviceTopic.id)
                    .join(AdviceVisit, AdviceVisit.id == AdviceVisitTopic.visit_id)
                    .where(AdviceVisit.visited_at >= since, AdviceVisit.deleted_at.is_(None))
                    .group_by(AdviceTopic.name)
                ).all()

        return measure(query)
    finally:
        db.dispose()


@register("storage.outbox_pending")
def outbox_pending(db_path: Path) -> Figures:
    """Count the changes not yet exported (what the sharing status shows)."""
    db = open_database(path=db_path)
    counted: list[int] = []
    try:

        def query() -> None:
            with db.reading() as session:
                counted[:] = [
                    session.execute(
                        select(func.count()).select_from(OutboxChange).where(OutboxChange.exported.is_(False))
                    ).scalar_one()
                ]

        return {**measure(query, repeat=3), "pending": counted[0]}
    finally:
        db.dispose()
