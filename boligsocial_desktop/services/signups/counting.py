"""Different participants: distinct pseudonymous participant ids among the ticks of held sessions.

A person who comes to two activities counts once in each activity and once in the plan's total,
because every tick points at the same participant id (which stays when the name is erased). Only
activities with sign-ups have ticks; for the others the report keeps the old estimate (new
participants added up) and says it is an estimate.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ...domain.enums import SessionStatus
from ...storage.models import ActivitySession, AttendanceTick, Participant, Signup


def _ticks(start: date, end: date, activity_ids: Collection[str] | Select[tuple[str]] | None
           ) -> Select[tuple[str, str]]:
    query = (select(AttendanceTick.participant_id.label("pid"), ActivitySession.activity_id.label("aid"))
             .join(ActivitySession, ActivitySession.id == AttendanceTick.session_id)
             .where(AttendanceTick.present.is_(True), AttendanceTick.deleted_at.is_(None),
                    ActivitySession.deleted_at.is_(None), ActivitySession.status == SessionStatus.HELD.value,
                    ActivitySession.day >= start, ActivitySession.day <= end))
    if activity_ids is not None:
        query = query.where(ActivitySession.activity_id.in_(activity_ids))
    return query


def per_activity(session: Session, start: date, end: date,
                 activity_ids: Collection[str] | Select[tuple[str]] | None = None) -> dict[str, int]:
    """activity id -> different participants ticked in the period (activities with ticks only).

    `activity_ids` is a list or a select of ids; None means every activity."""
    ticks = _ticks(start, end, activity_ids).subquery()
    return {aid: int(n) for aid, n in session.execute(
        select(ticks.c.aid, func.count(func.distinct(ticks.c.pid))).group_by(ticks.c.aid))}


def by_age_gender(session: Session, start: date, end: date,
                  activity_ids: Collection[str] | Select[tuple[str]] | None = None) -> dict[tuple[str, str], int]:
    """(age band, gender) -> different participants over all the activities together (each person once)."""
    ticks = _ticks(start, end, activity_ids).with_only_columns(
        AttendanceTick.participant_id.label("pid")).distinct().subquery()
    return {(band or "", gender or ""): int(n) for band, gender, n in session.execute(
        select(Participant.age_band, Participant.gender, func.count())
        .join(ticks, ticks.c.pid == Participant.id).group_by(Participant.age_band, Participant.gender))}


def by_estate(session: Session, start: date, end: date,
              activity_ids: Collection[str] | Select[tuple[str]] | None = None) -> dict[str | None, int]:
    """estate id (where the person signed up) -> different participants, each person once."""
    ticks = _ticks(start, end, activity_ids).with_only_columns(
        AttendanceTick.participant_id.label("pid")).distinct().subquery()
    return {estate: int(n) for estate, n in session.execute(
        select(Participant.estate_id, func.count()).join(ticks, ticks.c.pid == Participant.id)
        .group_by(Participant.estate_id))}


def activities_with_signups(session: Session, activity_ids: Collection[str]) -> set[str]:
    """The activities that take sign-ups: their different participants are counted, not estimated."""
    return set(session.scalars(select(Signup.activity_id).where(
        Signup.activity_id.in_(activity_ids), Signup.deleted_at.is_(None)).distinct()))
