"""Demo activities: weekly series per season, single events, their sessions and headcounts.

Rooms are never double booked: every session sits inside one of the fixed time windows
of catalogue.WINDOWS, and a room's window on a day is given to one session only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING

from ..domain.enums import Recurrence, SessionStatus
from . import catalogue as cat
from .context import HostCandidate, Season, daterange, eid_days
from .signups import Roster, SignupDemo
from .translations import poster_texts

if TYPE_CHECKING:
    from .generator import Build, EstateInfo, PeriodInfo, RoomInfo, StaffInfo

WEEKDAY_NAMES = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_TEMPLATE_CUM = list(accumulate(t.weight for t in cat.ACTIVITIES))
_PROFILES = {
    group: ([(band, gender) for band, gender, _ in cells], list(accumulate(w for _, _, w in cells)))
    for group, cells in cat.ATTENDANCE_PROFILES.items()
}


@dataclass
class Series:
    template: cat.ActivityTemplate
    title: str
    room: RoomInfo
    weekday: int
    window: int
    start: time
    end: time
    staff: StaffInfo
    activity_id: str = ""


def _clock(t: time) -> str:
    return f"{t.hour:02d}.{t.minute:02d}"


def _series_dates(recurrence: str, start: date, end: date, weekday: int) -> list[date]:
    first = start + timedelta(days=(weekday - start.weekday()) % 7)
    if recurrence == Recurrence.MONTHLY_WEEKDAY:
        week_of_month = (first.day - 1) // 7 + 1
        result, d = [], first
        while d <= end:
            if (d.day - 1) // 7 + 1 == week_of_month:
                result.append(d)
            d += timedelta(days=7)
        return result
    step = timedelta(days=14 if recurrence == Recurrence.BIWEEKLY else 7)
    result, d = [], first
    while d <= end:
        result.append(d)
        d += step
    return result


class _SeasonPlanner:
    """Books rooms for one season: weekly slots for series, exact days for the rest."""

    def __init__(self) -> None:
        self.weekly: set[tuple[str, int, int]] = set()  # (room id, weekday, window)
        self.daily: set[tuple[str, date, int]] = set()  # (room id, day, window)

    def weekly_free(self, room: RoomInfo, weekday: int, window: int) -> bool:
        return (room.id, weekday, window) not in self.weekly

    def book_weekly(self, room: RoomInfo, weekday: int, window: int) -> None:
        self.weekly.add((room.id, weekday, window))

    def day_free(self, room: RoomInfo, day: date, windows: range) -> bool:
        return all((room.id, day, w) not in self.daily for w in windows)

    def book_day(self, room: RoomInfo, day: date, windows: range) -> None:
        for w in windows:
            self.daily.add((room.id, day, w))


class ActivityGenerator:
    def __init__(self, b: Build):
        self.b = b
        self.rng = b.rng
        self.signups = SignupDemo(b, b.seed)

    # -- placing series -----------------------------------------------------------

    def _place(self, template: cat.ActivityTemplate, estate: EstateInfo, planner: _SeasonPlanner):
        rooms = [r for r in estate.rooms if r.kind in template.rooms]
        options = [
            (room, weekday, window, start, end)
            for room in rooms
            for weekday in template.weekdays
            for window, start, end in template.times
            if planner.weekly_free(room, weekday, window)
        ]
        if not options:  # any room of the estate, same days and times
            options = [
                (room, weekday, window, start, end)
                for room in estate.rooms
                for weekday in template.weekdays
                for window, start, end in template.times
                if planner.weekly_free(room, weekday, window)
            ]
        if not options:  # any weekday but Sunday, same times
            options = [
                (room, weekday, window, start, end)
                for room in estate.rooms
                for weekday in range(6)
                for window, start, end in template.times
                if planner.weekly_free(room, weekday, window)
            ]
        return self.rng.choice(options) if options else None

    def _title(self, template: cat.ActivityTemplate, weekday: int, start: time, room: RoomInfo, used: set[str]) -> str:
        candidates = [
            template.title,
            *template.variants,
            f"{template.title} ({WEEKDAY_NAMES[weekday]})",
            f"{template.title} ({WEEKDAY_NAMES[weekday]} kl. {_clock(start)})",
            f"{template.title} ({WEEKDAY_NAMES[weekday]}, {room.name.lower()})",
        ]
        for title in candidates:
            if title not in used:
                used.add(title)
                return title
        return candidates[-1]

    def _responsible(self, estate: EstateInfo, d: date, keep: StaffInfo | None = None) -> StaffInfo:
        if keep is not None and keep.employed(d):
            return keep
        return self.rng.choice(self.b.staff_at(estate.index, d, ("medhjælper", "koordinator", "rådgiver")))

    # -- the whole run -----------------------------------------------------------

    def run(self, percent_from: int, percent_to: int) -> None:
        b = self.b
        rng = self.rng
        total_rooms = sum(len(e.rooms) for e in b.estates)
        previous: dict[int, list[Series]] = {}
        seasons = b.seasons
        for n, season in enumerate(seasons):
            b.progress(
                percent_from + (percent_to - percent_from) * n // max(1, len(seasons)),
                f"Opretter aktiviteter og gange: {season.name.lower()} …",
            )
            period = b.period_for(season.start)
            planner = _SeasonPlanner()
            for estate in b.estates:
                wanted = round(b.spec.series_per_season * len(estate.rooms) / total_rooms * rng.uniform(0.9, 1.1))
                used_titles: set[str] = set()
                chosen: list[tuple[Series, str | None]] = []
                for old in previous.get(estate.index, []):
                    if len(chosen) >= wanted or rng.random() > 0.8:
                        continue
                    if not planner.weekly_free(old.room, old.weekday, old.window) or old.title in used_titles:
                        continue
                    planner.book_weekly(old.room, old.weekday, old.window)
                    used_titles.add(old.title)
                    staff = self._responsible(estate, season.start, old.staff)
                    chosen.append(
                        (
                            Series(
                                old.template, old.title, old.room, old.weekday, old.window, old.start, old.end, staff
                            ),
                            old.activity_id,
                        )
                    )
                core = [] if estate.index in previous else [t for t in cat.ACTIVITIES if t.title in cat.CORE_ACTIVITIES]
                attempts = 0
                while len(chosen) < wanted and attempts < wanted * 6:
                    attempts += 1
                    template = core.pop(0) if core else rng.choices(cat.ACTIVITIES, cum_weights=_TEMPLATE_CUM)[0]
                    if template.recurrence == Recurrence.MONTHLY_WEEKDAY and not season.spring and rng.random() < 0.5:
                        continue
                    placed = self._place(template, estate, planner)
                    if placed is None:
                        continue
                    room, weekday, window, start, end = placed
                    planner.book_weekly(room, weekday, window)
                    title = self._title(template, weekday, start, room, used_titles)
                    staff = self._responsible(estate, season.start)
                    chosen.append((Series(template, title, room, weekday, window, start, end, staff), None))
                for series, copied_from in chosen:
                    self._write_series(series, copied_from, estate, season, period, planner)
                previous[estate.index] = [s for s, _ in chosen]
                self._write_events(estate, season, period, planner, used_titles)

    # -- rows ---------------------------------------------------------------------

    def _activity_row(
        self,
        *,
        title: str,
        description: str,
        estate: EstateInfo,
        period: PeriodInfo | None,
        theme: str,
        target_group: str,
        partner: str | None,
        staff: StaffInfo,
        room: RoomInfo,
        languages: str,
        signup: bool,
        price: float | None,
        headcount: int,
        recurrence: str,
        weekday: int | None,
        week_of_month: int | None,
        start_date: date,
        end_date: date,
        start: time,
        end: time,
        season: Season,
        copied_from: str | None,
        translations: dict | None,
    ) -> dict:
        b = self.b
        row = b.base(b.stamp(start_date - timedelta(days=self.rng.randint(14, 35)), time(10, 0)))
        row.update(
            title=title,
            description=description,
            estate_id=estate.id,
            focus_area_id=period.focus_area_for(theme) if period else None,
            target_group=target_group,
            partner_id=b.partners.get(partner) if partner else None,
            responsible_staff_id=staff.id,
            room_id=room.id,
            languages=languages,
            signup_required=signup,
            signup_capacity=None,
            signup_url=None,
            price_kr=price,
            contact=f"{staff.name.split()[0]}, områdekontoret i {estate.spec.name}",
            expected_headcount=headcount,
            recurrence=recurrence,
            weekday=weekday,
            week_of_month=week_of_month,
            start_date=start_date,
            end_date=end_date,
            start_time=start,
            end_time=end,
            skip_holidays=True,
            skip_closing_periods=True,
            season=season.name,
            copied_from_id=copied_from,
            translations=translations,
        )
        return row

    def _write_series(
        self,
        series: Series,
        copied_from: str | None,
        estate: EstateInfo,
        season: Season,
        period: PeriodInfo | None,
        planner: _SeasonPlanner,
    ) -> None:
        b, rng, t = self.b, self.rng, series.template
        dates = [
            d
            for d in _series_dates(t.recurrence, season.start, season.end, series.weekday)
            if not b.calendar.is_closed(d)
        ]
        if not dates:
            return
        week_of_month = (dates[0].day - 1) // 7 + 1 if t.recurrence == Recurrence.MONTHLY_WEEKDAY else None
        activity = self._activity_row(
            title=series.title,
            description=t.description,
            estate=estate,
            period=period,
            theme=t.theme,
            target_group=t.target_group,
            partner=t.partner,
            staff=series.staff,
            room=series.room,
            languages=t.languages,
            signup=t.signup,
            price=t.price,
            headcount=t.headcount,
            recurrence=t.recurrence,
            weekday=series.weekday,
            week_of_month=week_of_month,
            start_date=season.start,
            end_date=season.end,
            start=series.start,
            end=series.end,
            season=season,
            copied_from=copied_from,
            translations=poster_texts(t),
        )
        series.activity_id = activity["id"]
        roster = None
        if t.recurrence in (Recurrence.WEEKLY, Recurrence.BIWEEKLY) and self.signups.takes_signups(t):
            capacity = self.signups.capacity(t)
            activity.update(signup_required=True, signup_capacity=capacity)
        b.writer.add("activities", activity)
        if activity["signup_capacity"]:
            roster = self.signups.roster(activity, estate.index, t, activity["signup_capacity"])
        if period is not None and rng.random() < 0.3:
            target = b.base(activity["created_at"])
            target.update(
                activity_id=activity["id"],
                grant_period_id=period.id,
                metric=cat.TARGET_METRIC_DIFFERENT_PARTICIPANTS,
                year=season.year,
                target_value=max(5, round(t.headcount * rng.uniform(1.5, 3.0) / 5) * 5),
            )
            b.writer.add("activity_targets", target)
        window = range(series.window, series.window + 1)
        for index, day in enumerate(dates):
            planner.book_day(series.room, day, window)
            holiday = b.calendar.school_holiday.get(day) if t.school_holidays_off else None
            session_id = self._session(
                activity,
                series.room,
                day,
                series.start,
                series.end,
                series.staff,
                t.headcount,
                t.target_group,
                t.gender,
                t.volunteers,
                index,
                holiday,
                roster,
                t,
            )
            if t.host_duty_share and rng.random() < t.host_duty_share:
                b.host_candidates.append(
                    HostCandidate(session_id, estate.index, day, series.start, series.end, 2, series.title)
                )

    def _session(
        self,
        activity: dict,
        room: RoomInfo,
        day: date,
        start: time,
        end: time,
        staff: StaffInfo,
        headcount: int,
        target_group: str,
        gender: str | None,
        volunteers: int,
        index: int,
        cancel_reason: str | None,
        roster: Roster | None = None,
        template: cat.ActivityTemplate | None = None,
    ) -> str:
        b, rng = self.b, self.rng
        today = b.today
        note = rng.choice(cat.SESSION_NOTES) if rng.random() < 0.03 else None
        if cancel_reason is None and day < today and rng.random() < 0.04:
            cancel_reason = rng.choice(cat.CANCEL_REASONS)
        if cancel_reason is not None:
            status = SessionStatus.CANCELLED.value
        elif day >= today or (day >= today - timedelta(days=10) and rng.random() < 0.35):
            status = SessionStatus.PLANNED.value  # future, or headcount not entered yet
        else:
            status = SessionStatus.HELD.value
        created = activity["created_at"]
        updated = created
        if status != SessionStatus.PLANNED.value:
            updated = b.stamp(day + timedelta(days=rng.randint(0, 2)), end)
        row = b.base(created, updated)
        row.update(
            activity_id=activity["id"],
            room_id=room.id,
            day=day,
            start_time=start,
            end_time=end,
            status=status,
            cancel_reason=cancel_reason,
            is_exception=False,
            note=note,
        )
        b.writer.add("sessions", row)
        if status == SessionStatus.HELD.value:
            self._attendance(row["id"], updated, start, end, staff, headcount, target_group, gender, volunteers, index,
                             roster, template)
        return row["id"]

    def _attendance(
        self,
        session_id: str,
        recorded: datetime,
        start: time,
        end: time,
        staff: StaffInfo,
        headcount: int,
        target_group: str,
        gender: str | None,
        volunteers: int,
        index: int,
        roster: Roster | None = None,
        template: cat.ActivityTemplate | None = None,
    ) -> None:
        b, rng = self.b, self.rng
        ticked = None
        if roster is not None and template is not None:  # the headcount the tick-off gives
            ticked, new, returning = self.signups.attendance(roster, session_id, recorded, template)
            total = sum(ticked.values())
        else:
            total = max(1, round(rng.gauss(headcount, headcount * 0.3)))
            share_new = 0.45 if index == 0 else 0.2 if index < 3 else 0.06
            new = min(total, round(total * share_new * rng.uniform(0.5, 1.5)))
            returning = total - new
        present = max(0, volunteers + rng.randint(-1, 1)) if volunteers else int(rng.random() < 0.15)
        hours = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) / 60
        row = b.base(recorded)
        row.update(
            session_id=session_id,
            total=total,
            new_participants=new,
            returning_participants=returning,
            volunteers_present=present,
            volunteer_hours=round(present * (hours + 0.5) * 4) / 4,
            recorded_by_id=staff.id,
        )
        b.writer.add("attendances", row)
        if ticked is not None:
            for (band, sex), count in sorted(ticked.items()):
                cell = b.base(recorded)
                cell.update(session_id=session_id, age_band=band, gender=sex, count=count)
                b.writer.add("attendance_counts", cell)
            return
        cells, cum = _PROFILES[target_group]
        if gender is not None:
            pairs = [(c, w) for c, w in zip(cells, _weights(cum), strict=False) if c[1] == gender]
            cells, cum = [c for c, _ in pairs], list(accumulate(w for _, w in pairs))
        for (band, sex), count in sorted(Counter(rng.choices(cells, cum_weights=cum, k=total)).items()):
            cell = b.base(recorded)
            cell.update(session_id=session_id, age_band=band, gender=sex, count=count)
            b.writer.add("attendance_counts", cell)

    # -- single events --------------------------------------------------------------

    def _event_days(self, event: cat.EventTemplate, season: Season) -> list[date]:
        b = self.b
        last = season.end + timedelta(days=8)  # the week after the season: summer party, Christmas
        if event.fixed_day is not None:
            candidates = [date(season.year, *event.fixed_day)]
        elif event.anchor == "eid":
            candidates = [
                d
                for eid in eid_days(season.year)
                for d in daterange(eid, eid + timedelta(days=9))
                if d.weekday() in event.weekdays
            ]
        else:
            candidates = [d for d in daterange(season.start, last) if d.weekday() in event.weekdays]
        return [
            d
            for d in candidates
            if season.start <= d <= last
            and (event.months is None or d.month in event.months)
            and not b.calendar.is_closed(d)
        ]

    def _write_events(
        self,
        estate: EstateInfo,
        season: Season,
        period: PeriodInfo | None,
        planner: _SeasonPlanner,
        used_titles: set[str],
    ) -> None:
        b, rng = self.b, self.rng
        for event in cat.EVENTS:
            if rng.random() >= event.per_season:
                continue
            days = self._event_days(event, season)
            if not days:
                continue
            windows = range(event.windows[0], event.windows[1] + 1)
            rooms = [r for r in estate.rooms if r.kind in event.rooms] or estate.rooms
            placed = None
            for _ in range(25):
                day, room = rng.choice(days), rng.choice(rooms)
                if planner.day_free(room, day, windows):
                    placed = day, room
                    break
            if placed is None:
                continue
            day, room = placed
            planner.book_day(room, day, windows)
            title = event.title if event.title not in used_titles else f"{event.title} {day.day}/{day.month}"
            used_titles.add(title)
            staff = self._responsible(estate, day)
            activity = self._activity_row(
                title=title,
                description=event.description,
                estate=estate,
                period=period,
                theme=event.theme,
                target_group=event.target_group,
                partner=event.partner,
                staff=staff,
                room=room,
                languages="da",
                signup=event.signup,
                price=event.price,
                headcount=event.headcount,
                recurrence=Recurrence.SINGLE.value,
                weekday=None,
                week_of_month=None,
                start_date=day,
                end_date=day,
                start=event.start,
                end=event.end,
                season=season,
                copied_from=None,
                translations=None,
            )
            b.writer.add("activities", activity)
            session_id = self._session(
                activity,
                room,
                day,
                event.start,
                event.end,
                staff,
                event.headcount,
                event.target_group,
                None,
                0,
                0,
                None,
            )
            if event.hosts:
                b.host_candidates.append(
                    HostCandidate(session_id, estate.index, day, event.start, event.end, event.hosts, title)
                )


def _weights(cum: list[float]) -> list[float]:
    return [c - p for c, p in zip(cum, [0.0, *cum[:-1]], strict=False)]


def generate_activities(b: Build, percent_from: int, percent_to: int) -> None:
    ActivityGenerator(b).run(percent_from, percent_to)
