"""The report's figures, computed with aggregate SQL (GROUP BY) and nothing else.

Every query is plain, portable SQL (SQLite now, PostgreSQL later). Grouping by month,
quarter or year goes through `storage.periods_sql.bucket_index`: a CASE of plain
comparisons against the bucket bounds, so no dialect's date function is needed at all,
and timestamps are cut at Danish midnights (converted to UTC) rather than at UTC ones.
Python only adds up the grouped rows (a few thousand at most, for ten years), never
loops over table rows.

What the figures mean:
- Sessions held/cancelled: sessions of the activities in the period by status.
- Attendance: the headcount summaries (Attendance) of held sessions; new and returning as
  recorded; volunteer hours from the same summaries. Age band × gender from AttendanceCount.
- Activities that run over several seasons (one Activity row per season) are added up
  under their title, estate and focus area.
- Advice visits: by the office where the visit took place (the estate filter), by local
  month, by topic and referral (a visit can have several, so those do not add up to the
  visits), and different visitors: each repeat token once, a visit without a token as one
  visitor (so "different visitors" is an upper bound).
- Ambassadors: active in the period by their start and stop dates; those with at least
  one duty done in the period; hours of done duties. Welcome visits due in the period and
  already due (a visit whose deadline is still ahead counts only once it is closed):
  done on time (done on or before the due date), done late, declined (frabedt, shown apart
  and left out of the on-time share), not done.
- Different participants: for activities with sign-ups, distinct pseudonymous participant ids
  ticked at held sessions in the period (services.signups.counting), per activity and over all
  of them together (each person once) by age band and gender. Activities without sign-ups
  keep the old estimate (new participants added up), marked as an estimate.
- Targets (måltal): every target whose year (or, without a year, whose grant period)
  overlaps the report period, measured from the start of that year or grant period up to
  the report's end date (year to date), for the target's own activity. See TargetMetric.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ...domain.enums import AssignmentState, SessionStatus, TargetMetric, WelcomeVisitState
from ...storage.engine import Database
from ...storage.models import (
    Activity,
    ActivitySession,
    ActivityTarget,
    AdviceTopic,
    AdviceVisit,
    AdviceVisitReferral,
    AdviceVisitTopic,
    Ambassador,
    Attendance,
    AttendanceCount,
    Duty,
    DutyAssignment,
    Estate,
    FocusArea,
    GrantPeriod,
    MoveIn,
    ReferralTarget,
    WelcomeVisit,
)
from ...storage.periods_sql import bucket_index
from ..signups import counting
from .periods import Bucket, bucket_bounds, buckets, local_day_bounds, local_midnight


@dataclass(frozen=True)
class ReportRequest:
    start: date
    end: date
    estate_ids: tuple[str, ...] = ()  # empty: all estates
    focus_area_ids: tuple[str, ...] = ()  # empty: all focus areas (and activities without one)
    today: date | None = None  # welcome visits due after this day are not yet due (None: the real today)


# An activity line: the seasons of one activity are added up under (focus area id, estate id, title).
LineKey = counting.LineKey


@dataclass(frozen=True)
class ActivityLine:
    focus_area_id: str | None
    estate_id: str
    title: str
    held: int
    cancelled: int
    attendance: int
    new: int
    returning: int
    volunteer_hours: float
    different: int | None = None  # distinct persons ticked (activities with sign-ups); None: only an estimate


@dataclass(frozen=True)
class TimeLine:
    """Sessions held and attendance of one focus area in one bucket (month, quarter or year)."""

    bucket: int  # index into ReportFigures.buckets
    focus_area_id: str | None
    held: int
    attendance: int


@dataclass(frozen=True)
class AdviceFigures:
    visits: int = 0
    visits_with_token: int = 0
    visitors_with_token: int = 0  # different repeat tokens
    repeat_visitors: int = 0  # tokens seen on more than one visit in the period
    by_bucket: tuple[tuple[int, int], ...] = ()  # (bucket index, visits)
    by_topic: tuple[tuple[str, int], ...] = ()  # (topic name, visits) in the office's topic order
    by_referral: tuple[tuple[str, int], ...] = ()

    @property
    def visits_without_token(self) -> int:
        return self.visits - self.visits_with_token

    @property
    def different_visitors(self) -> int:
        return self.visitors_with_token + self.visits_without_token


@dataclass(frozen=True)
class AmbassadorFigures:
    active: int = 0
    with_done_duty: int = 0
    duty_hours: float = 0.0
    welcome_due: int = 0
    welcome_on_time: int = 0
    welcome_late: int = 0
    welcome_declined: int = 0

    @property
    def welcome_not_done(self) -> int:
        return self.welcome_due - self.welcome_on_time - self.welcome_late - self.welcome_declined

    @property
    def welcome_on_time_share(self) -> float:
        """On time out of the visits that could be made (declined ones left out)."""
        possible = self.welcome_due - self.welcome_declined
        return self.welcome_on_time / possible if possible else 0.0


@dataclass(frozen=True)
class TargetLine:
    activity_id: str
    title: str
    estate_id: str
    season: str | None
    focus_area_id: str | None
    metric: str
    year: int | None
    target: int
    actual: float
    measured_from: date
    measured_to: date
    estimate: bool = False  # different participants without sign-ups: new participants added up


@dataclass(frozen=True)
class ReportFigures:
    request: ReportRequest
    estates: dict[str, str]  # id -> name, every estate (for labels)
    focus_areas: dict[str, str]  # id -> name
    focus_area_order: tuple[str, ...]  # ids: grant period start, then the period's sort order
    buckets: tuple[Bucket, ...] = ()
    activities: tuple[ActivityLine, ...] = ()
    over_time: tuple[TimeLine, ...] = ()
    age_gender: dict[tuple[str, str], int] = field(default_factory=dict)
    advice: AdviceFigures = AdviceFigures()
    ambassadors: AmbassadorFigures = AmbassadorFigures()
    targets: tuple[TargetLine, ...] = ()
    participants: dict[tuple[str, str], int] = field(default_factory=dict)  # (age band, gender) -> persons
    participants_by_estate: dict[str | None, int] = field(default_factory=dict)  # estate id -> persons

    @property
    def is_empty(self) -> bool:
        a = self.ambassadors
        return not (self.activities or self.advice.visits or a.active or a.with_done_duty or a.welcome_due
                    or self.targets)


def compute_figures(db: Database, request: ReportRequest) -> ReportFigures:
    """All figures of one report, read in one transaction on one connection (one consistent view)."""
    parts = tuple(buckets(request.start, request.end))
    with db.reading() as session:
        estates, areas = _labels(session)
        persons = counting.report_counts(session, request.start, request.end, _activity_ids(request),
                                         _activity_ids(request).where(Activity.id.in_(counting.with_signups())))
        activities, over_time = _activity_lines(session, request, parts, persons.by_line)
        advice = _advice(session, request, parts)
        if advice.visits:
            by_topic, by_referral = _advice_names(session, request)
            advice = replace(advice, by_topic=by_topic, by_referral=by_referral)
        return ReportFigures(
            request=request,
            estates=estates,
            focus_areas=dict(areas),
            focus_area_order=tuple(area_id for area_id, _ in areas),
            buckets=parts,
            activities=activities,
            over_time=over_time,
            age_gender=_age_gender(session, request),
            advice=advice,
            ambassadors=_ambassadors(session, request),
            targets=_targets(session, request),
            participants=persons.by_age_gender,
            participants_by_estate=persons.by_estate,
        )


def _labels(session: Session) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Every estate's name by id, and the focus areas (id, name) in plan order."""
    estates = dict(session.execute(select(Estate.id, Estate.name)).tuples().all())
    areas = list(session.execute(
        select(FocusArea.id, FocusArea.name)
        .join(GrantPeriod, GrantPeriod.id == FocusArea.grant_period_id)
        .order_by(GrantPeriod.start_date, FocusArea.sort_order, FocusArea.name)).tuples())
    return estates, areas


# --- Activities --------------------------------------------------------------------


def _activity_filters(request: ReportRequest) -> list[ColumnElement[bool]]:
    filters: list[ColumnElement[bool]] = [Activity.deleted_at.is_(None)]
    if request.estate_ids:
        filters.append(Activity.estate_id.in_(request.estate_ids))
    if request.focus_area_ids:
        filters.append(Activity.focus_area_id.in_(request.focus_area_ids))
    return filters


def _activity_ids(request: ReportRequest) -> Select[tuple[str]]:
    return select(Activity.id).where(*_activity_filters(request))


def _session_filters(request: ReportRequest) -> list[ColumnElement[bool]]:
    """Sessions of the period whose activity passes the filters.

    The activity test is an IN (subquery) rather than a join: the database evaluates the
    small activities query once instead of looking up the activity of every session.
    """
    return [ActivitySession.day >= request.start, ActivitySession.day <= request.end,
            ActivitySession.deleted_at.is_(None),
            ActivitySession.activity_id.in_(select(Activity.id).where(*_activity_filters(request)))]


def _held_sum() -> ColumnElement[int]:
    return func.sum(case((ActivitySession.status == SessionStatus.HELD.value, 1), else_=0))


def _activity_lines(session: Session, request: ReportRequest, parts: tuple[Bucket, ...],
                    persons: dict[LineKey, tuple[int, int]]
                    ) -> tuple[tuple[ActivityLine, ...], tuple[TimeLine, ...]]:
    bucket = bucket_index(ActivitySession.day, bucket_bounds(list(parts))).label("bucket")
    query = (
        select(
            ActivitySession.activity_id, bucket,
            _held_sum(),
            func.sum(case((ActivitySession.status == SessionStatus.CANCELLED.value, 1), else_=0)),
            func.sum(Attendance.total), func.sum(Attendance.new_participants),
            func.sum(Attendance.returning_participants), func.sum(Attendance.volunteer_hours),
        )
        .select_from(ActivitySession)
        .outerjoin(Attendance, and_(Attendance.session_id == ActivitySession.id, Attendance.deleted_at.is_(None),
                                    ActivitySession.status == SessionStatus.HELD.value))
        .where(*_session_filters(request))
        .group_by(ActivitySession.activity_id, bucket)
    )
    grouped = session.execute(query).all()
    if not grouped:
        return (), ()
    names: dict[str, LineKey] = {
        activity_id: (area, estate, title) for activity_id, area, estate, title in session.execute(
            select(Activity.id, Activity.focus_area_id, Activity.estate_id, Activity.title)
            .where(*_activity_filters(request))).tuples()}
    per_activity: dict[LineKey, _LineSums] = {}
    per_bucket: dict[tuple[int, str | None], list[int]] = {}
    for activity_id, index, held, cancelled, total, new, returning, hours in grouped:
        key = names.get(activity_id)
        if key is None:  # changed between the two queries; counted next time
            continue
        line = per_activity.setdefault(key, _LineSums())
        line.add(held or 0, cancelled or 0, total or 0, new or 0, returning or 0, float(hours or 0))
        cell = per_bucket.setdefault((int(index), key[0]), [0, 0])
        cell[0] += held or 0
        cell[1] += total or 0
    different = _different_per_line(session, request, names, persons)
    activities = tuple(ActivityLine(area, estate, title, sums.held, sums.cancelled, sums.attendance, sums.new,
                                    sums.returning, sums.volunteer_hours,
                                    different=different.get((area, estate, title)))
                       for (area, estate, title), sums in per_activity.items())
    over_time = tuple(TimeLine(index, area, held, attendance) for (index, area), (held, attendance)
                      in sorted(per_bucket.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")))
    return activities, over_time


@dataclass
class _LineSums:
    """One activity line's figures being added up over its seasons and buckets."""

    held: int = 0
    cancelled: int = 0
    attendance: int = 0
    new: int = 0
    returning: int = 0
    volunteer_hours: float = 0.0

    def add(self, held: int, cancelled: int, attendance: int, new: int, returning: int, hours: float) -> None:
        self.held += held
        self.cancelled += cancelled
        self.attendance += attendance
        self.new += new
        self.returning += returning
        self.volunteer_hours += hours


def _different_per_line(session: Session, request: ReportRequest, names: dict[str, LineKey],
                        persons: dict[LineKey, tuple[int, int]]) -> dict[LineKey, int]:
    """Different participants per activity line (of the lines with sign-ups); a line of several seasons counts
    each person once. `persons`: counting.ReportCounts.by_line."""
    with_signups = counting.activities_with_signups(session, _activity_ids(request))
    if not with_signups:
        return {}
    seasons = Counter(names[activity_id] for activity_id in with_signups if activity_id in names)
    # One season: the persons ticked (as counting.per_activity); several: each person once, as
    # counting.by_age_gender counts them (persons with a participant row).
    return {key: persons.get(key, (0, 0))[0 if n == 1 else 1] for key, n in seasons.items()}


def _age_gender(session: Session, request: ReportRequest) -> dict[tuple[str, str], int]:
    query = (
        select(AttendanceCount.age_band, AttendanceCount.gender, func.sum(AttendanceCount.count))
        .select_from(AttendanceCount)
        .join(ActivitySession, ActivitySession.id == AttendanceCount.session_id)
        .where(ActivitySession.status == SessionStatus.HELD.value, AttendanceCount.deleted_at.is_(None),
               *_session_filters(request))
        .group_by(AttendanceCount.age_band, AttendanceCount.gender)
    )
    return {(band, gender): int(count or 0) for band, gender, count in session.execute(query)}


# --- Advice visits -------------------------------------------------------------------


def _visit_filters(request: ReportRequest) -> list[ColumnElement[bool]]:
    low, high = local_day_bounds(request.start, request.end)
    filters: list[ColumnElement[bool]] = [AdviceVisit.visited_at >= low, AdviceVisit.visited_at < high,
                                          AdviceVisit.deleted_at.is_(None)]
    if request.estate_ids:
        filters.append(AdviceVisit.office_estate_id.in_(request.estate_ids))
    return filters


def _advice(session: Session, request: ReportRequest, parts: tuple[Bucket, ...]) -> AdviceFigures:
    bounds = [local_midnight(day) for day in bucket_bounds(list(parts))]
    bucket = bucket_index(AdviceVisit.visited_at, bounds).label("bucket")
    filters = _visit_filters(request)
    by_bucket: dict[int, int] = {}
    visits = with_token = 0
    for index, count, tokens in session.execute(
            select(bucket, func.count(), func.count(AdviceVisit.repeat_token_hash))
            .where(*filters).group_by(bucket)):
        if index < 0:
            continue
        by_bucket[int(index)] = count
        visits += count
        with_token += tokens
    if not visits:
        return AdviceFigures()
    per_token = (select(func.count().label("n")).where(*filters, AdviceVisit.repeat_token_hash.is_not(None))
                 .group_by(AdviceVisit.repeat_token_hash).subquery())
    distinct_tokens, repeats = session.execute(
        select(func.count(), func.sum(case((per_token.c.n > 1, 1), else_=0))).select_from(per_token)).one()
    return AdviceFigures(
        visits=visits,
        visits_with_token=with_token,
        visitors_with_token=int(distinct_tokens or 0),
        repeat_visitors=int(repeats or 0),
        by_bucket=tuple(sorted(by_bucket.items())),
    )


def _advice_names(session: Session, request: ReportRequest
                  ) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    """Visits by topic and by referral (filled in by compute_figures when there are visits)."""
    filters = _visit_filters(request)
    return (_counted_names(session, filters, AdviceVisitTopic, AdviceVisitTopic.topic_id, AdviceTopic),
            _counted_names(session, filters, AdviceVisitReferral, AdviceVisitReferral.referral_target_id,
                           ReferralTarget))


def _counted_names(session: Session, filters: list[ColumnElement[bool]],
                   link: type[AdviceVisitTopic] | type[AdviceVisitReferral], link_column: InstrumentedAttribute[str],
                   names_model: type[AdviceTopic] | type[ReferralTarget]) -> tuple[tuple[str, int], ...]:
    counts = dict(session.execute(
        select(link_column, func.count())
        .select_from(link).join(AdviceVisit, AdviceVisit.id == link.visit_id)
        .where(link.deleted_at.is_(None), *filters)
        .group_by(link_column)).tuples().all())
    names = session.execute(select(names_model.id, names_model.name, names_model.active)
                            .order_by(names_model.sort_order, names_model.name)).tuples().all()
    # Every active name (a zero is worth seeing too); inactive ones only when they were used.
    return tuple((name, int(counts.get(row_id, 0))) for row_id, name, active in names
                 if active or counts.get(row_id))


# --- Ambassadors and welcome visits ---------------------------------------------------


def _ambassadors(session: Session, request: ReportRequest) -> AmbassadorFigures:
    start, end = request.start, request.end
    active_query = select(func.count()).select_from(Ambassador).where(
        Ambassador.deleted_at.is_(None),
        or_(Ambassador.start_date.is_(None), Ambassador.start_date <= end),
        or_(Ambassador.stop_date.is_(None), Ambassador.stop_date >= start),
        # stopped without a stop date: not known when, so not counted as active
        or_(Ambassador.status != "stoppet", Ambassador.stop_date.is_not(None)),
    )
    duty_query = (
        select(func.count(func.distinct(DutyAssignment.ambassador_id)), func.sum(DutyAssignment.hours))
        .select_from(DutyAssignment).join(Duty, Duty.id == DutyAssignment.duty_id)
        .where(Duty.day >= start, Duty.day <= end, Duty.deleted_at.is_(None), DutyAssignment.deleted_at.is_(None),
               DutyAssignment.state == AssignmentState.DONE.value)
    )
    done = WelcomeVisit.state == WelcomeVisitState.DONE.value
    today = request.today or date.today()
    still_open = WelcomeVisit.state.in_([WelcomeVisitState.OPEN.value, WelcomeVisitState.PLANNED.value])
    welcome_query = (
        select(func.count(),
               func.sum(case((and_(done, WelcomeVisit.done_date.is_not(None),
                                   WelcomeVisit.done_date <= WelcomeVisit.due_date), 1), else_=0)),
               func.sum(case((and_(done, or_(WelcomeVisit.done_date.is_(None),
                                             WelcomeVisit.done_date > WelcomeVisit.due_date)), 1), else_=0)),
               func.sum(case((WelcomeVisit.state == WelcomeVisitState.DECLINED.value, 1), else_=0)))
        .select_from(WelcomeVisit).join(MoveIn, MoveIn.id == WelcomeVisit.move_in_id)
        .where(WelcomeVisit.due_date >= start, WelcomeVisit.due_date <= end, WelcomeVisit.deleted_at.is_(None),
               MoveIn.deleted_at.is_(None), or_(WelcomeVisit.due_date <= today, ~still_open))
    )
    if request.estate_ids:
        active_query = active_query.where(Ambassador.estate_id.in_(request.estate_ids))
        duty_query = duty_query.where(Duty.estate_id.in_(request.estate_ids))
        welcome_query = welcome_query.where(MoveIn.estate_id.in_(request.estate_ids))
    active = session.scalar(active_query) or 0
    with_duty, hours = session.execute(duty_query).one()
    due, on_time, late, declined = session.execute(welcome_query).one()
    return AmbassadorFigures(active=int(active), with_done_duty=int(with_duty or 0), duty_hours=float(hours or 0),
                             welcome_due=int(due or 0), welcome_on_time=int(on_time or 0), welcome_late=int(late or 0),
                             welcome_declined=int(declined or 0))


# --- Targets -------------------------------------------------------------------------


def _targets(session: Session, request: ReportRequest) -> tuple[TargetLine, ...]:
    start, end = request.start, request.end
    query = (
        select(ActivityTarget.activity_id, ActivityTarget.metric, ActivityTarget.year, ActivityTarget.target_value,
               Activity.title, Activity.estate_id, Activity.season, Activity.focus_area_id,
               GrantPeriod.start_date, GrantPeriod.end_date)
        .select_from(ActivityTarget)
        .join(Activity, Activity.id == ActivityTarget.activity_id)
        .join(GrantPeriod, GrantPeriod.id == ActivityTarget.grant_period_id)
        .where(ActivityTarget.deleted_at.is_(None), GrantPeriod.deleted_at.is_(None), *_activity_filters(request),
               or_(and_(ActivityTarget.year.is_not(None), ActivityTarget.year >= start.year,
                        ActivityTarget.year <= end.year),
                   and_(ActivityTarget.year.is_(None), GrantPeriod.start_date <= end, GrantPeriod.end_date >= start)))
        .order_by(Activity.title, ActivityTarget.year, ActivityTarget.metric)
    )
    rows = [_Targeted(*row) for row in session.execute(query).tuples()]
    # The span each target is measured over: its year or grant period, cut at the report's end.
    spans: dict[tuple[date, date], list[_Targeted]] = defaultdict(list)
    for row in rows:
        year = row.year
        span_start, span_end = (date(year, 1, 1), date(year, 12, 31)) if year else (row.start_date, row.end_date)
        spans[(span_start, min(span_end, end))].append(row)
    lines: list[TargetLine] = []
    for (span_start, span_end), targeted in spans.items():
        actuals, counted = _target_actuals(session, span_start, span_end, targeted)
        for row in targeted:
            actual = actuals.get((row.activity_id, row.metric), 0)
            estimate = row.metric == TargetMetric.DIFFERENT_PARTICIPANTS.value and row.activity_id not in counted
            lines.append(TargetLine(row.activity_id, row.title, row.estate_id, row.season, row.focus_area_id,
                                    row.metric, row.year, int(row.target_value), actual, span_start, span_end,
                                    estimate))
    lines.sort(key=lambda t: (t.title, t.year or 0, t.metric, t.activity_id))
    return tuple(lines)


@dataclass(frozen=True)
class _Targeted:
    """A target with its activity and grant period, as _targets reads it."""

    activity_id: str
    metric: str
    year: int | None
    target_value: int
    title: str
    estate_id: str
    season: str | None
    focus_area_id: str | None
    start_date: date  # the grant period's
    end_date: date


def _target_actuals(session: Session, start: date, end: date,
                    targeted: list[_Targeted]) -> tuple[dict[tuple[str, str], float], set[str]]:
    """The actual figures, and the activities whose different participants are counted (sign-ups)."""
    actuals: dict[tuple[str, str], float] = {}
    counted: set[str] = set()
    if start > end:
        return actuals, counted
    activity_ids = sorted({row.activity_id for row in targeted if row.metric != TargetMetric.ADVICE_VISITS.value})
    if activity_ids:
        query = (
            select(ActivitySession.activity_id, _held_sum(), func.sum(Attendance.total),
                   func.sum(Attendance.new_participants))
            .select_from(ActivitySession)
            .outerjoin(Attendance, and_(Attendance.session_id == ActivitySession.id, Attendance.deleted_at.is_(None),
                                        ActivitySession.status == SessionStatus.HELD.value))
            .where(ActivitySession.activity_id.in_(activity_ids), ActivitySession.day >= start,
                   ActivitySession.day <= end, ActivitySession.deleted_at.is_(None))
            .group_by(ActivitySession.activity_id)
        )
        for activity_id, held, total, new in session.execute(query):
            actuals[(activity_id, TargetMetric.SESSIONS_HELD.value)] = held or 0
            actuals[(activity_id, TargetMetric.TOTAL_ATTENDANCE.value)] = total or 0
            actuals[(activity_id, TargetMetric.DIFFERENT_PARTICIPANTS.value)] = new or 0
        counted = counting.activities_with_signups(session, activity_ids)
        if counted:
            persons = counting.per_activity(session, start, end, sorted(counted))
            for activity_id in counted:
                actuals[(activity_id, TargetMetric.DIFFERENT_PARTICIPANTS.value)] = persons.get(activity_id, 0)
    advice_rows = [row for row in targeted if row.metric == TargetMetric.ADVICE_VISITS.value]
    if advice_rows:
        low, high = local_day_bounds(start, end)
        per_office: dict[str, int] = dict(session.execute(
            select(AdviceVisit.office_estate_id, func.count())
            .where(AdviceVisit.visited_at >= low, AdviceVisit.visited_at < high, AdviceVisit.deleted_at.is_(None),
                   AdviceVisit.office_estate_id.in_(sorted({row.estate_id for row in advice_rows})))
            .group_by(AdviceVisit.office_estate_id)).tuples().all())
        for row in advice_rows:
            actuals[(row.activity_id, row.metric)] = per_office.get(row.estate_id, 0)
    return actuals, counted
