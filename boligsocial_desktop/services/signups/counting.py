"""Different participants: distinct pseudonymous participant ids among the ticks of held sessions.

A person who comes to two activities counts once in each activity and once in the plan's total,
because every tick points at the same participant id (which stays when the name is erased). Only
activities with sign-ups have ticks; for the others the report keeps the old estimate (new
participants added up) and says it is an estimate.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, literal, select, union_all
from sqlalchemy.orm import Session

from ...domain.enums import SessionStatus
from ...storage.models import Activity, ActivitySession, AttendanceTick, Participant, Signup


def _ticks(start: date, end: date, activity_ids: Collection[str] | Select[tuple[str]] | None
           ) -> Select[tuple[str, str]]:
    # The activity first: the sessions come activity by activity, so DISTINCT over (aid, pid) adds
    # each row next to the last one (about a fifth faster over ten years than (pid, aid)).
    query = (select(ActivitySession.activity_id.label("aid"), AttendanceTick.participant_id.label("pid"))
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


LineKey = tuple[str | None, str, str]  # a report line: (focus area id, estate id, title) of its activities


@dataclass(frozen=True)
class ReportCounts:
    """Different participants as a report shows them, each person once in each figure."""

    by_age_gender: dict[tuple[str, str], int]  # as `by_age_gender`
    by_estate: dict[str | None, int]  # as `by_estate`
    # line -> (persons ticked, persons ticked who have a participant row); the activities of a line added up
    by_line: dict[LineKey, tuple[int, int]]


def report_counts(session: Session, start: date, end: date, activity_ids: Select[tuple[str]],
                  line_activity_ids: Select[tuple[str]]) -> ReportCounts:
    """`by_age_gender` and `by_estate` over `activity_ids`, and the persons per report line over
    `line_activity_ids` (a part of them), in one statement: the ticks are read once into the distinct
    (activity, person) pairs, which both GROUP BYs then count. Python only adds up the grouped rows."""
    pairs = _ticks(start, end, activity_ids).distinct().cte("pairs")
    persons = select(pairs.c.pid).distinct().subquery()
    per_line = (select(literal("line"), Activity.focus_area_id, Activity.estate_id, Activity.title,
                       func.count(func.distinct(pairs.c.pid)), func.count(func.distinct(Participant.id)))
                .select_from(pairs).join(Activity, Activity.id == pairs.c.aid)
                .outerjoin(Participant, Participant.id == pairs.c.pid)
                .where(pairs.c.aid.in_(line_activity_ids))
                .group_by(Activity.focus_area_id, Activity.estate_id, Activity.title))
    per_person = (select(literal("person"), Participant.age_band, Participant.gender, Participant.estate_id,
                         func.count(), func.count())
                  .join(persons, persons.c.pid == Participant.id)
                  .group_by(Participant.age_band, Participant.gender, Participant.estate_id))
    age_gender: dict[tuple[str, str], int] = {}
    estates: dict[str | None, int] = {}
    lines: dict[LineKey, tuple[int, int]] = {}
    # (kind, focus area | age band, estate | gender, title | estate, persons, persons with a row)
    rows: Sequence[tuple[str, str | None, str | None, str | None, int, int]] = session.execute(
        union_all(per_line, per_person)).tuples().all()
    for kind, first, second, third, n, known in rows:
        if kind == "line":
            lines[(first, second or "", third or "")] = (int(n), int(known))
        else:
            key = (first or "", second or "")
            age_gender[key] = age_gender.get(key, 0) + int(n)
            estates[third] = estates.get(third, 0) + int(n)
    return ReportCounts(dict(sorted(age_gender.items())),
                        dict(sorted(estates.items(), key=lambda kv: (kv[0] is not None, kv[0] or ""))), lines)


def with_signups() -> Select[tuple[str]]:
    """The ids of the activities that take sign-ups (as a subquery)."""
    return select(Signup.activity_id).where(Signup.deleted_at.is_(None))


def activities_with_signups(session: Session, activity_ids: Collection[str] | Select[tuple[str]]) -> set[str]:
    """The activities that take sign-ups: their different participants are counted, not estimated."""
    return set(session.scalars(with_signups().where(Signup.activity_id.in_(activity_ids)).distinct()))
