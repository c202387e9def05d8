"""The visit log: filtered pages (keyset paging, never everything at once) and statistics.

Statistics are for reports that leave the office: counts from 1 to 4 are shown as "<5"
(`suppressed`). Months follow this PC's local calendar (Danish time).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Row,
    SQLColumnExpression,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from ...domain.enums import StaffRole
from ...storage.engine import Database
from ...storage.models import AdviceTopic, AdviceVisit, AdviceVisitReferral, AdviceVisitTopic, ReferralTarget
from .. import advisers_key, audit
from ..staff import StaffInfo
from ..validation import search_text
from .common import (
    AccessDenied,
    Lookups,
    VisitRow,
    add_months,
    build_rows,
    local_date,
    local_midnight_utc,
    may_see_notes,
    require_staff,
    visit_columns,
)

PAGE_SIZE = 200
FEW_MATCHES = 5000  # a note search with more matches orders them by walking the log (see _newest)
SUPPRESS_BELOW = 5


def suppressed(count: int) -> str | None:
    """"<5" for counts from 1 to 4 (which could point at one resident); None when the count may be shown."""
    return "<5" if 0 < count < SUPPRESS_BELOW else None


@dataclass(frozen=True)
class VisitFilter:
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    estate_id: str | None = None  # the resident's estate
    office_id: str | None = None
    topic_id: str | None = None
    referral_id: str | None = None
    staff_id: str | None = None
    note_text: str | None = None  # advisers and administrators only


@dataclass(frozen=True)
class PageKey:
    """Where the next page starts: after this visit in (visited_at desc, id desc) order."""

    visited_at: datetime
    id: str


@dataclass(frozen=True)
class VisitPage:
    rows: tuple[VisitRow, ...]
    next_key: PageKey | None  # None: this was the last page


@dataclass(frozen=True)
class VisitStatistics:
    visits: int
    different_visitors: int  # distinct repeat tokens
    visits_with_token: int
    visits_without_token: int
    interpreter_visits: int
    by_topic: tuple[tuple[str, int], ...]
    by_referral: tuple[tuple[str, int], ...]
    by_month: tuple[tuple[date, int], ...]  # first day of each month, oldest first


def _conditions(session: Session, role: StaffRole, flt: VisitFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [AdviceVisit.deleted_at.is_(None)]
    if flt.date_from:
        conditions.append(AdviceVisit.visited_at >= local_midnight_utc(flt.date_from))
    if flt.date_to:
        conditions.append(AdviceVisit.visited_at < local_midnight_utc(date.fromordinal(flt.date_to.toordinal() + 1)))
    if flt.estate_id:
        conditions.append(AdviceVisit.estate_id == flt.estate_id)
    if flt.office_id:
        conditions.append(AdviceVisit.office_estate_id == flt.office_id)
    if flt.staff_id:
        conditions.append(AdviceVisit.staff_id == flt.staff_id)
    if flt.topic_id:
        link = aliased(AdviceVisitTopic)
        conditions.append(exists().where(link.visit_id == AdviceVisit.id, link.topic_id == flt.topic_id,
                                         link.deleted_at.is_(None)).correlate(AdviceVisit))
    if flt.referral_id:
        referral = aliased(AdviceVisitReferral)
        conditions.append(exists().where(referral.visit_id == AdviceVisit.id,
                                         referral.referral_target_id == flt.referral_id,
                                         referral.deleted_at.is_(None)).correlate(AdviceVisit))
    needle = search_text(flt.note_text, "note_text")
    if needle:
        if not may_see_notes(role):
            raise AccessDenied("Kun rådgivere og administratorer kan søge i noter.")
        conditions.append(AdviceVisit.notes.is_not(None))
    return conditions


def note_matches(session: Session, actor_id: str, conditions: list[ColumnElement[bool]], needle: str,
                 limit: int | None = None) -> list[str]:
    """The ids of the visits whose note contains `needle` (case does not matter), newest first.

    Notes are sealed, so SQL cannot search them: each is opened here, once a session (the advisers' key
    holder keeps the opened notes in memory), and searched in Python. At most `limit` ids."""
    if not advisers_key.may_open(session, actor_id) and session.scalar(
            select(AdviceVisit.id).where(*conditions, AdviceVisit.notes.like("bsv1:%")).limit(1)) is not None:
        raise advisers_key.KeyNotAtHand("Noterne er krypteret, og din rådgivernøgle er ikke åbnet på denne pc. Skift "
                                        "bruger (Filer › Skift bruger) og log ind med din pinkode for at søge i dem.")
    wanted = needle.casefold()
    connection = session.connection()
    # One pass over the filtered visits, through Core and the driver's plain rows: the id and the end of the
    # note (a sealed note's end holds its AES-GCM tag, so an unchanged tail is an unchanged note). Notes in the
    # session's cache are searched there; the others are read in full and opened afterwards.
    tail = (func.substr(AdviceVisit.notes, -advisers_key.NOTE_TAIL) if connection.dialect.name == "sqlite"
            else func.right(AdviceVisit.notes, advisers_key.NOTE_TAIL))
    cached = advisers_key.note_cache(session, actor_id).get
    found: list[str] = []
    missing: list[str] = []
    result = connection.execute(select(AdviceVisit.id, tail).where(*conditions))
    cursor = result.cursor  # no Row objects for 100,000 visits
    while part := cursor.fetchmany(5000):
        for visit_id, end in part:
            hit = cached(visit_id)
            if hit is None or hit[0] != end:
                missing.append(visit_id)
            elif wanted in hit[2]:
                found.append(visit_id)
    result.close()
    for start in range(0, len(missing), 500):
        for visit_id, note in connection.execute(select(AdviceVisit.id, AdviceVisit.notes).where(
                AdviceVisit.id.in_(missing[start:start + 500]))):
            if wanted in advisers_key.folded_note(session, actor_id, visit_id, note):
                found.append(visit_id)
    if limit is None:
        return found  # (statistics: the set is enough)
    return _newest(connection, conditions, found, limit)


def _newest(connection: Connection, conditions: list[ColumnElement[bool]], ids: list[str], limit: int) -> list[str]:
    """The `limit` newest of `ids` in the log's order (visited_at desc, id desc)."""
    when = type_coerce(AdviceVisit.visited_at, String)  # the stored text: ordered as the times
    if len(ids) <= FEW_MATCHES:
        moments = [tuple(row) for start in range(0, len(ids), 500) for row in connection.execute(
            select(when, AdviceVisit.id).where(AdviceVisit.id.in_(ids[start:start + 500])))]
        return [visit_id for _, visit_id in heapq.nlargest(limit, moments)]
    # Many matches: walk the log in its order and stop at the limit (the newest come first).
    wanted, newest = set(ids), list[str]()
    result = connection.execute(select(AdviceVisit.id).where(*conditions)
                                .order_by(AdviceVisit.visited_at.desc(), AdviceVisit.id.desc()))
    while len(newest) < limit and (part := result.cursor.fetchmany(1000)):
        newest += [visit_id for (visit_id,) in part if visit_id in wanted]
    result.close()
    return newest[:limit]


class VisitLogService:
    def __init__(self, db: Database):
        self.db = db

    def page(self, actor: StaffInfo | None, flt: VisitFilter, after: PageKey | None = None,
             limit: int = PAGE_SIZE) -> VisitPage:
        """One page of the filtered log, newest first. A note search is audited on its first page."""
        searching_notes = bool((flt.note_text or "").strip())
        opener = self.db.transaction if searching_notes and after is None else self.db.reading
        with opener() as session:
            role = require_staff(session, actor)
            assert actor is not None  # require_staff refuses no one signed in
            conditions = _conditions(session, role, flt)
            records: Sequence[Row[Any]]
            if after is not None:
                conditions.append(or_(AdviceVisit.visited_at < after.visited_at,
                                      and_(AdviceVisit.visited_at == after.visited_at, AdviceVisit.id < after.id)))
            if searching_notes:
                matches = note_matches(
                    session, actor.id, conditions, search_text(flt.note_text, "note_text"), limit + 1
                )
                by_id = {r.id: r for r in session.execute(select(*visit_columns(AdviceVisit)).where(
                    AdviceVisit.id.in_(matches)))}
                records = [by_id[visit_id] for visit_id in matches if visit_id in by_id]
            else:
                records = session.execute(
                    select(*visit_columns(AdviceVisit)).where(*conditions)
                    .order_by(AdviceVisit.visited_at.desc(), AdviceVisit.id.desc()).limit(limit + 1)
                ).all()
            more = len(records) > limit
            records = records[:limit]
            rows = build_rows(session, records, role, Lookups(session))
            if searching_notes and after is None:
                audit.record(session, "søg i noter", staff_id=actor.id, table_name="advice_visits",
                             detail=f"{len(rows)}{'+' if more else ''} besøg fundet")
        next_key = PageKey(records[-1].visited_at, records[-1].id) if more and records else None
        return VisitPage(tuple(rows), next_key)

    def statistics(self, actor: StaffInfo | None, flt: VisitFilter) -> VisitStatistics:
        """Counts for the filtered set in four aggregate queries (nothing is loaded row by row)."""
        with self.db.reading() as session:
            role = require_staff(session, actor)
            assert actor is not None  # require_staff refuses no one signed in
            conditions = _conditions(session, role, flt)
            if (flt.note_text or "").strip():
                ids = list(note_matches(session, actor.id, conditions, search_text(flt.note_text, "note_text")))
                conditions.append(AdviceVisit.id.in_(ids))
            first_day, last_day = flt.date_from, flt.date_to
            if first_day is None or last_day is None:
                first, last = session.execute(select(func.min(AdviceVisit.visited_at),
                                                     func.max(AdviceVisit.visited_at))).one()
                if first is None:
                    return VisitStatistics(0, 0, 0, 0, 0, (), (), ())
                first_day = first_day or local_date(first)
                last_day = last_day or local_date(last)
            months = _months_between(first_day, max(first_day, last_day))
            # Four aggregate passes over the filtered set. (One statement over a CTE of the filtered set was
            # measured slower on SQLite: see benchmarks/visits.py.)
            bucket = _bucket(AdviceVisit.visited_at, [local_midnight_utc(add_months(m, 1)) for m in months[:-1]])
            per_month = {b: (n, tokens, interpreter) for b, n, tokens, interpreter in session.execute(
                select(bucket.label("bucket"), func.count(), func.count(AdviceVisit.repeat_token_hash),
                       func.count(case((AdviceVisit.interpreter_used.is_(True), 1))))
                .where(*conditions).group_by("bucket"))}
            visits = sum(v[0] for v in per_month.values())
            with_token = sum(v[1] for v in per_month.values())
            interpreter = sum(v[2] for v in per_month.values())
            distinct_tokens = (
                session.scalar(select(func.count(func.distinct(AdviceVisit.repeat_token_hash))).where(*conditions))
                if with_token
                else 0
            )
            topic_counts: dict[str, int] = dict(session.execute(
                select(AdviceVisitTopic.topic_id, func.count())
                .join(AdviceVisit, AdviceVisit.id == AdviceVisitTopic.visit_id)
                .where(AdviceVisitTopic.deleted_at.is_(None), *conditions)
                .group_by(AdviceVisitTopic.topic_id)).tuples().all()) if visits else {}
            referral_counts: dict[str, int] = dict(session.execute(
                select(AdviceVisitReferral.referral_target_id, func.count())
                .join(AdviceVisit, AdviceVisit.id == AdviceVisitReferral.visit_id)
                .where(AdviceVisitReferral.deleted_at.is_(None), *conditions)
                .group_by(AdviceVisitReferral.referral_target_id)).tuples().all()) if visits else {}
            topics = session.execute(select(AdviceTopic.id, AdviceTopic.name)
                                     .order_by(AdviceTopic.sort_order, AdviceTopic.name)).all()
            referrals = session.execute(select(ReferralTarget.id, ReferralTarget.name)
                                        .order_by(ReferralTarget.sort_order, ReferralTarget.name)).all()
        by_month = [(m, per_month.get(i, (0, 0, 0))[0]) for i, m in enumerate(months)]
        while by_month and by_month[0][1] == 0 and flt.date_from is None:
            by_month.pop(0)
        while by_month and by_month[-1][1] == 0 and flt.date_to is None:
            by_month.pop()
        return VisitStatistics(
            visits=visits, different_visitors=distinct_tokens or 0, visits_with_token=with_token,
            visits_without_token=visits - with_token, interpreter_visits=interpreter,
            by_topic=tuple((name, topic_counts[i]) for i, name in topics if i in topic_counts),
            by_referral=tuple((name, referral_counts[i]) for i, name in referrals if i in referral_counts),
            by_month=tuple(by_month) if visits else ())


def _bucket(column: SQLColumnExpression[datetime], boundaries: list[datetime], offset: int = 0) -> ColumnElement[int]:
    """The index of the first boundary the value lies before (len(boundaries) when after all), as a balanced
    tree of CASE expressions: about log2(months) comparisons a row instead of one per month."""
    if not boundaries:
        return literal(offset)
    middle = len(boundaries) // 2
    return case((column < boundaries[middle], _bucket(column, boundaries[:middle], offset)),
                else_=_bucket(column, boundaries[middle + 1:], offset + middle + 1))


def _months_between(first: date, last: date) -> list[date]:
    month = first.replace(day=1)
    months = []
    while month <= last:
        months.append(month)
        month = add_months(month, 1)
    return months
