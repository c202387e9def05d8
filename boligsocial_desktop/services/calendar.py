"""The activity calendar: series and their sessions, room clashes, moves and cancellations.

Saving a series checks every date against the room's other sessions. A clashing date
is never silently dropped and never sinks the whole series: `plan_series` lists each
clash, the user skips those dates (or picks another time or room), and `save_series`
refuses only dates the user has not decided about.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..domain.calendar_rules import (
    Booking,
    CalendarRuleError,
    SeriesPattern,
    clash_label,
    clash_message,
    day_marks,
    describe_pattern,
    find_clashes,
    planned_dates,
    validate_pattern,
)
from ..domain.calendar_rules import (
    ClosingPeriod as ClosingPeriodRule,
)
from ..domain.danish import clock_range, count_noun
from ..domain.enums import Recurrence, SessionStatus
from ..domain.vocabulary import TARGET_GROUPS
from ..errors import NotFoundError, StaleEditError, ValidationError
from ..storage.engine import Database
from ..storage.models import Activity, ActivitySession, ClosingPeriod, FocusArea, House, Room
from ..storage.postgres import lock_room
from .validation import optional_text, required_text


@dataclass(frozen=True)
class ActivityDraft:
    """What the activity dialog collects; the same shape for a new series and a copy."""

    title: str
    estate_id: str
    room_id: str
    recurrence: Recurrence
    start_date: date
    end_date: date
    start_time: time
    end_time: time
    weekday: int | None = None
    week_of_month: int | None = None
    skip_holidays: bool = True
    skip_closing_periods: bool = True
    description: str | None = None
    focus_area_id: str | None = None
    target_group: str | None = None
    partner_id: str | None = None
    responsible_staff_id: str | None = None
    languages: tuple[str, ...] = ()
    signup_required: bool = False
    signup_url: str | None = None
    price_kr: float | None = None
    contact: str | None = None
    expected_headcount: int | None = None
    season: str | None = None
    weekdays: tuple[int, ...] = ()  # several weekdays (0 = Monday); empty: `weekday` or the start date's

    def pattern(self, closing: tuple[ClosingPeriodRule, ...] = ()) -> SeriesPattern:
        end = self.start_date if self.recurrence == Recurrence.SINGLE else self.end_date
        return SeriesPattern(
            recurrence=Recurrence(self.recurrence), start_date=self.start_date, end_date=end,
            start_time=self.start_time, end_time=self.end_time, weekday=self.weekday,
            week_of_month=self.week_of_month, skip_holidays=self.skip_holidays,
            closing_periods=closing, skip_closing_periods=self.skip_closing_periods, weekdays=self.weekdays,
        )


@dataclass(frozen=True)
class PlannedOccurrence:
    day: date
    skip_reason: str | None = None
    clash: str | None = None  # Danish message naming the activity that has the room
    clash_with: str | None = None  # the same in short: "»Fællesspisning« i Salen kl. 16–19"

    @property
    def bookable(self) -> bool:
        return self.skip_reason is None and self.clash is None


@dataclass(frozen=True)
class SeriesPlan:
    description: str
    occurrences: tuple[PlannedOccurrence, ...]

    @property
    def clashes(self) -> list[PlannedOccurrence]:
        return [o for o in self.occurrences if o.clash]

    @property
    def bookable_days(self) -> list[date]:
        return [o.day for o in self.occurrences if o.bookable]


@dataclass(frozen=True)
class SessionView:
    id: str
    activity_id: str
    title: str
    day: date
    start: time
    end: time
    room_id: str
    room_name: str
    house_id: str
    house_name: str
    estate_id: str
    status: SessionStatus
    focus_area_id: str | None
    is_exception: bool
    version: int

    @property
    def cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED

    @property
    def time_label(self) -> str:
        return clock_range(self.start, self.end)


@dataclass(frozen=True)
class ActivityInfo:
    id: str
    title: str
    estate_id: str
    room_id: str | None
    recurrence: Recurrence
    start_date: date
    end_date: date
    start_time: time
    end_time: time
    description_text: str
    session_count: int
    version: int
    draft: ActivityDraft = field(repr=False)


@dataclass(frozen=True)
class SessionFilter:
    estate_id: str | None = None
    house_id: str | None = None
    room_id: str | None = None
    focus_area_id: str | None = None
    include_cancelled: bool = True


def _rule_error(exc: CalendarRuleError) -> ValidationError:
    return ValidationError(str(exc))


class CalendarService:
    def __init__(self, db: Database):
        self.db = db

    # --- Reading -------------------------------------------------------------

    def sessions_between(self, first: date, last: date, where: SessionFilter = SessionFilter()) -> list[SessionView]:
        """Sessions from `first` to `last` (inclusive), ordered by day, time and room."""
        query = (
            select(ActivitySession, Activity.title, Activity.focus_area_id, Room.name, House.id, House.name,
                   House.estate_id)
            .join(Activity, ActivitySession.activity_id == Activity.id)
            .join(Room, ActivitySession.room_id == Room.id)
            .join(House, Room.house_id == House.id)
            .where(ActivitySession.day.between(first, last), ActivitySession.deleted_at.is_(None),
                   Activity.deleted_at.is_(None))
            .order_by(ActivitySession.day, ActivitySession.start_time, House.name, Room.name)
        )
        if where.estate_id:
            query = query.where(House.estate_id == where.estate_id)
        if where.house_id:
            query = query.where(House.id == where.house_id)
        if where.room_id:
            query = query.where(ActivitySession.room_id == where.room_id)
        if where.focus_area_id:
            query = query.where(Activity.focus_area_id == where.focus_area_id)
        if not where.include_cancelled:
            query = query.where(ActivitySession.status != SessionStatus.CANCELLED.value)
        with self.db.reading() as session:
            return [
                SessionView(s.id, s.activity_id, title, s.day, s.start_time, s.end_time, s.room_id, room_name,
                            house_id, house_name, estate_id, SessionStatus(s.status), focus_area_id,
                            s.is_exception, s.version)
                for s, title, focus_area_id, room_name, house_id, house_name, estate_id in session.execute(query)
            ]

    def session(self, session_id: str) -> SessionView:
        with self.db.reading() as session:
            row = session.get(ActivitySession, session_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("Gangen findes ikke længere. Den kan være slettet på en anden pc.")
            day = row.day
        found = [s for s in self.sessions_between(day, day) if s.id == session_id]
        if not found:
            raise NotFoundError("Gangen findes ikke længere.")
        return found[0]

    def activity(self, activity_id: str) -> ActivityInfo:
        with self.db.reading() as session:
            row = self._activity_row(session, activity_id)
            count = len(session.scalars(select(ActivitySession.id).where(
                ActivitySession.activity_id == activity_id, ActivitySession.deleted_at.is_(None))).all())
            draft = _draft_from_row(row)
            return ActivityInfo(row.id, row.title, row.estate_id, row.room_id, Recurrence(row.recurrence),
                                row.start_date, row.end_date, row.start_time, row.end_time,
                                describe_pattern(draft.pattern(self._closing_rules(session, row.estate_id))),
                                count, row.version, draft)

    def activities(self, estate_id: str | None = None) -> list[ActivityInfo]:
        with self.db.reading() as session:
            query = select(Activity.id).where(Activity.deleted_at.is_(None)).order_by(Activity.start_date.desc())
            if estate_id:
                query = query.where(Activity.estate_id == estate_id)
            ids = session.scalars(query).all()
        return [self.activity(activity_id) for activity_id in ids]

    def focus_areas(self, on: date | None = None) -> list[tuple[str, str]]:
        """(id, name) of the focus areas of the grant period running on `on` (default: all)."""
        from ..storage.models import GrantPeriod

        query = (select(FocusArea.id, FocusArea.name, GrantPeriod.name)
                 .join(GrantPeriod, FocusArea.grant_period_id == GrantPeriod.id)
                 .where(FocusArea.deleted_at.is_(None))
                 .order_by(GrantPeriod.start_date.desc(), FocusArea.sort_order))
        if on is not None:
            query = query.where(GrantPeriod.start_date <= on, GrantPeriod.end_date >= on)
        with self.db.reading() as session:
            return [(area_id, name) for area_id, name, _period in session.execute(query)]

    def day_marks(self, first: date, last: date, estate_id: str | None) -> dict[date, str]:
        """Public holidays and the estate's closing periods from `first` to `last`, labelled per day."""
        with self.db.reading() as session:
            closing = self._closing_rules(session, estate_id) if estate_id else ()
        return day_marks(first, last, closing)

    def closing_periods(self, first: date, last: date, estate_id: str) -> list[ClosingPeriodRule]:
        """The closing periods of the estate (and of all estates) that overlap `first`–`last`, in order."""
        with self.db.reading() as session:
            rules = self._closing_rules(session, estate_id)
        return sorted((r for r in rules if r.start <= last and r.end >= first), key=lambda r: (r.start, r.name))

    # --- Series ----------------------------------------------------------------

    def plan_series(self, draft: ActivityDraft, activity_id: str | None = None) -> SeriesPlan:
        """Every date the draft gives, with holidays, closing days and room clashes marked."""
        with self.db.reading() as session:
            return self._plan(session, self._checked(session, draft), activity_id)

    def save_series(self, draft: ActivityDraft, skip_days: frozenset[date] = frozenset()) -> ActivityInfo:
        """Create the activity and a session for every bookable date not in `skip_days`."""
        with self.db.transaction() as session:
            draft = self._checked(session, draft)
            lock_room(session, draft.room_id)  # two offices booking the same room wait for each other
            plan = self._plan(session, draft, None)
            undecided = [o for o in plan.clashes if o.day not in skip_days]
            if undecided:
                raise ValidationError(_clash_summary(undecided), "room_id")
            days = [day for day in plan.bookable_days if day not in skip_days]
            if not days:
                raise ValidationError("Serien har ingen datoer tilbage. Du kan vælge en længere periode "
                                      "eller lade være med at springe datoer over.", "end_date")
            activity = Activity(**_activity_columns(draft))
            session.add(activity)
            session.flush()
            session.add_all(
                ActivitySession(activity_id=activity.id, room_id=draft.room_id, day=day, start_time=draft.start_time,
                                end_time=draft.end_time, status=SessionStatus.PLANNED.value)
                for day in days
            )
            activity_id = activity.id
        return self.activity(activity_id)

    def update_activity(self, activity_id: str, draft: ActivityDraft, expected_version: int) -> ActivityInfo:
        """Change what an activity is called and about; its dates are changed session by session."""
        with self.db.transaction() as session:
            row = self._activity_row(session, activity_id)
            if row.version != expected_version:
                raise StaleEditError(
                    "Aktiviteten er ændret af en anden, siden du åbnede den. "
                    + _differences(row, draft)
                    + "Luk vinduet og åbn aktiviteten igen; dine indtastninger står stadig i formularen."
                )
            draft = self._checked(session, replace(draft, recurrence=Recurrence(row.recurrence),
                                                   start_date=row.start_date, end_date=row.end_date))
            for key, value in _activity_columns(draft).items():
                if key not in _SCHEDULE_COLUMNS and getattr(row, key) != value:
                    setattr(row, key, value)
        return self.activity(activity_id)

    def copy_to_next_season(self, activity_id: str, season_start: date | None = None) -> ActivityDraft:
        """A draft for next season: same weekdays, time, room, details and length of season.

        It starts on the first of its weekdays after the current end, or on or after
        `season_start` when that is later; `plan_series` then lists its clashes."""
        info = self.activity(activity_id)
        with self.db.reading() as session:
            last_session = session.scalar(select(func.max(ActivitySession.day)).where(
                ActivitySession.activity_id == activity_id, ActivitySession.deleted_at.is_(None)))
        weekdays = info.draft.pattern().effective_weekdays
        current_end = max(info.end_date, last_session or info.end_date)
        earliest = max(current_end + timedelta(days=1), season_start or current_end)
        start = min(earliest + timedelta(days=(weekday - earliest.weekday()) % 7) for weekday in weekdays)
        length = info.end_date - info.start_date
        return replace(info.draft, start_date=start, end_date=start + length, weekday=weekdays[0],
                       weekdays=weekdays if len(weekdays) > 1 else (), season=None)

    # --- Single sessions -----------------------------------------------------

    def move_session(self, session_id: str, day: date, start: time, end: time, room_id: str) -> SessionView:
        with self.db.transaction() as session:
            row = self._session_row(session, session_id)
            activity = self._activity_row(session, row.activity_id)
            self._check_booking(session, activity, day, start, end, room_id, session_id)
            row.day, row.start_time, row.end_time, row.room_id = day, start, end, room_id
            row.is_exception = True
        return self.session(session_id)

    def add_session(self, activity_id: str, day: date, start: time, end: time, room_id: str) -> SessionView:
        with self.db.transaction() as session:
            activity = self._activity_row(session, activity_id)
            self._check_booking(session, activity, day, start, end, room_id, None)
            row = ActivitySession(activity_id=activity_id, room_id=room_id, day=day, start_time=start, end_time=end,
                                  status=SessionStatus.PLANNED.value, is_exception=True)
            session.add(row)
            session.flush()
            session_id = row.id
        return self.session(session_id)

    def cancel_session(self, session_id: str, reason: str | None = None) -> SessionView:
        reason = optional_text(reason, "årsag", "cancel_reason", 200)
        with self.db.transaction() as session:
            row = self._session_row(session, session_id)
            if row.status == SessionStatus.HELD.value:
                raise ValidationError("Gangen er holdt og har fremmøde; den kan ikke aflyses bagefter.")
            row.status = SessionStatus.CANCELLED.value
            row.cancel_reason = reason
        return self.session(session_id)

    def reinstate_session(self, session_id: str) -> SessionView:
        with self.db.transaction() as session:
            row = self._session_row(session, session_id)
            activity = self._activity_row(session, row.activity_id)
            self._check_booking(session, activity, row.day, row.start_time, row.end_time, row.room_id, session_id)
            row.status = SessionStatus.PLANNED.value
            row.cancel_reason = None
        return self.session(session_id)

    # --- Checks ----------------------------------------------------------------

    def _checked(self, session: Session, draft: ActivityDraft) -> ActivityDraft:
        title = required_text(draft.title, "titel", "title", 160)
        room = session.get(Room, draft.room_id) if draft.room_id else None
        if room is None or room.deleted_at is not None:
            raise ValidationError("Vælg et lokale.", "room_id")
        house = session.get_one(House, room.house_id)  # a room's house: a foreign key
        if house.estate_id != draft.estate_id:
            raise ValidationError(f"Lokalet »{room.name}« hører til en anden afdeling. Vælg et lokale i "
                                  "aktivitetens egen afdeling.", "room_id")
        if draft.expected_headcount is not None:
            if draft.expected_headcount < 1:
                raise ValidationError("Forventet antal deltagere skal være mindst 1.", "expected_headcount")
            if draft.expected_headcount > room.capacity:
                raise ValidationError(
                    f"Lokalet »{room.name}« har plads til {room.capacity}, men der ventes "
                    f"{draft.expected_headcount}. Vælg et større lokale eller et mindre antal.", "expected_headcount")
        if draft.target_group and draft.target_group not in TARGET_GROUPS:
            raise ValidationError(f"Målgruppen skal være en af: {', '.join(TARGET_GROUPS)}.", "target_group")
        if draft.price_kr is not None and draft.price_kr < 0:
            raise ValidationError("Prisen kan ikke være negativ.", "price_kr")
        try:
            validate_pattern(draft.pattern())
        except CalendarRuleError as exc:
            raise _rule_error(exc) from None
        return replace(
            draft, title=title,
            description=optional_text(draft.description, "beskrivelse", "description", 4000),
            contact=optional_text(draft.contact, "kontakt", "contact", 200),
            signup_url=optional_text(draft.signup_url, "tilmeldingslink", "signup_url", 300),
            season=optional_text(draft.season, "sæson", "season", 40),
        )

    def _closing_rules(self, session: Session, estate_id: str) -> tuple[ClosingPeriodRule, ...]:
        rows = session.scalars(select(ClosingPeriod).where(
            ClosingPeriod.deleted_at.is_(None),
            or_(ClosingPeriod.estate_id.is_(None), ClosingPeriod.estate_id == estate_id)))
        return tuple(ClosingPeriodRule(r.name, r.start_date, r.end_date) for r in rows)

    def _plan(self, session: Session, draft: ActivityDraft, activity_id: str | None) -> SeriesPlan:
        pattern = draft.pattern(self._closing_rules(session, draft.estate_id))
        try:
            planned = planned_dates(pattern)
            description = describe_pattern(pattern)
        except CalendarRuleError as exc:
            raise _rule_error(exc) from None
        room = session.get(Room, draft.room_id)
        candidates = [Booking(draft.room_id, p.date, draft.start_time, draft.end_time, draft.title,
                              room_name=room.name if room else "")
                      for p in planned if not p.skipped]
        existing = self._bookings(session, draft.room_id, pattern.start_date, pattern.end_date, activity_id)
        clashes = {c.candidate.day: c for c in reversed(find_clashes(candidates, existing))}  # the first per day
        return SeriesPlan(description, tuple(
            PlannedOccurrence(p.date, p.skip_reason, clash_message(clashes[p.date]) if p.date in clashes else None,
                              clash_label(clashes[p.date]) if p.date in clashes else None)
            for p in planned))

    def _bookings(self, session: Session, room_id: str, first: date, last: date,
                  exclude_activity: str | None) -> list[Booking]:
        query = (
            select(ActivitySession.id, ActivitySession.day, ActivitySession.start_time, ActivitySession.end_time,
                   Activity.title, Room.name)
            .join(Activity, ActivitySession.activity_id == Activity.id)
            .join(Room, ActivitySession.room_id == Room.id)
            .where(ActivitySession.room_id == room_id, ActivitySession.day.between(first, last),
                   ActivitySession.deleted_at.is_(None), Activity.deleted_at.is_(None),
                   ActivitySession.status != SessionStatus.CANCELLED.value)
        )
        if exclude_activity:
            query = query.where(ActivitySession.activity_id != exclude_activity)
        return [Booking(room_id, day, start, end, title, session_id, room_name)
                for session_id, day, start, end, title, room_name in session.execute(query)]

    def _check_booking(self, session: Session, activity: Activity, day: date, start: time, end: time,
                       room_id: str, session_id: str | None) -> None:
        if end <= start:
            raise ValidationError("Sluttidspunktet skal ligge efter starttidspunktet.", "end_time")
        lock_room(session, room_id)
        room = session.get(Room, room_id)
        if room is None or room.deleted_at is not None:
            raise ValidationError("Vælg et lokale.", "room_id")
        if session.get_one(House, room.house_id).estate_id != activity.estate_id:
            raise ValidationError(f"Lokalet »{room.name}« hører til en anden afdeling end aktiviteten.", "room_id")
        candidate = Booking(room_id, day, start, end, activity.title, session_id, room.name)
        clashes = find_clashes([candidate], self._bookings(session, room_id, day, day, None))
        if clashes:
            raise ValidationError(f"Lokalet er optaget: {clash_message(clashes[0])}.", "room_id")

    @staticmethod
    def _session_row(session: Session, session_id: str) -> ActivitySession:
        row = session.get(ActivitySession, session_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("Gangen findes ikke længere. Den kan være slettet på en anden pc.")
        return row

    @staticmethod
    def _activity_row(session: Session, activity_id: str) -> Activity:
        row = session.get(Activity, activity_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("Aktiviteten findes ikke længere. Den kan være slettet på en anden pc.")
        return row


_SCHEDULE_COLUMNS = frozenset(
    {
        "recurrence",
        "weekday",
        "weekdays",
        "week_of_month",
        "start_date",
        "end_date",
        "start_time",
        "end_time",
        "skip_holidays",
        "skip_closing_periods",
        "room_id",
        "estate_id",
    }
)


def _activity_columns(draft: ActivityDraft) -> dict[str, Any]:
    return {
        "title": draft.title,
        "description": draft.description,
        "estate_id": draft.estate_id,
        "room_id": draft.room_id,
        "focus_area_id": draft.focus_area_id,
        "target_group": draft.target_group,
        "partner_id": draft.partner_id,
        "responsible_staff_id": draft.responsible_staff_id,
        "languages": ",".join(draft.languages) or None,
        "signup_required": draft.signup_required,
        "signup_url": draft.signup_url,
        "price_kr": draft.price_kr,
        "contact": draft.contact,
        "expected_headcount": draft.expected_headcount,
        "recurrence": Recurrence(draft.recurrence).value,
        "weekday": draft.weekdays[0] if draft.weekdays else draft.weekday,
        "weekdays": ",".join(str(w) for w in sorted(draft.weekdays)) or None,
        "week_of_month": draft.week_of_month,
        "start_date": draft.start_date,
        "end_date": draft.start_date if draft.recurrence == Recurrence.SINGLE else draft.end_date,
        "start_time": draft.start_time,
        "end_time": draft.end_time,
        "skip_holidays": draft.skip_holidays,
        "skip_closing_periods": draft.skip_closing_periods,
        "season": draft.season,
    }


def _draft_from_row(row: Activity) -> ActivityDraft:
    return ActivityDraft(
        title=row.title, estate_id=row.estate_id, room_id=row.room_id or "", recurrence=Recurrence(row.recurrence),
        start_date=row.start_date, end_date=row.end_date, start_time=row.start_time, end_time=row.end_time,
        weekday=row.weekday, week_of_month=row.week_of_month, skip_holidays=row.skip_holidays,
        skip_closing_periods=row.skip_closing_periods, description=row.description,
        focus_area_id=row.focus_area_id, target_group=row.target_group, partner_id=row.partner_id,
        responsible_staff_id=row.responsible_staff_id,
        languages=tuple(code for code in (row.languages or "").split(",") if code),
        signup_required=row.signup_required, signup_url=row.signup_url, price_kr=row.price_kr,
        contact=row.contact, expected_headcount=row.expected_headcount, season=row.season,
        weekdays=tuple(int(w) for w in (row.weekdays or "").split(",") if w),
    )


_FIELD_NAMES_DA = {
    "title": "titel", "description": "beskrivelse", "focus_area_id": "indsatsområde", "target_group": "målgruppe",
    "partner_id": "samarbejdspartner", "responsible_staff_id": "ansvarlig", "room_id": "lokale",
    "languages": "sprog", "signup_required": "tilmelding", "signup_url": "tilmeldingslink", "price_kr": "pris",
    "contact": "kontakt", "expected_headcount": "forventet antal deltagere", "season": "sæson",
    "start_time": "starttid", "end_time": "sluttid",
}


def _differences(row: Activity, draft: ActivityDraft) -> str:
    """Which fields the saved activity now has different from what the user typed (Danish, one sentence)."""
    try:
        wanted = _activity_columns(draft)
    except ValueError:  # an unfinished draft still gets the plain message
        return ""
    names = [label for key, label in _FIELD_NAMES_DA.items()
             if key in wanted and getattr(row, key) != wanted[key]]
    if not names:
        return ""
    saved_title = f" (gemt titel: »{row.title}«)" if "title" in wanted and row.title != wanted["title"] else ""
    return f"Det gemte afviger fra dine indtastninger i: {', '.join(names)}{saved_title}. "


def _clash_summary(clashes: list[PlannedOccurrence]) -> str:
    lines = "\n".join(f"• {o.clash}" for o in clashes)
    return (f"{count_noun(len(clashes), 'dato', 'datoer')} støder sammen med andre aktiviteter i lokalet:\n{lines}\n"
            "Spring datoerne over, eller vælg et andet tidspunkt eller lokale.")
