"""The demo data generator (small size only; the large one is timed by benchmarks/run.py)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path

import holidays
import pytest
from sqlalchemy import and_, func, select, text
from sqlalchemy.orm import aliased

from boligsocial_desktop.demo import DemoSummary, database_is_empty, generate_demo
from boligsocial_desktop.demo import catalogue as cat
from boligsocial_desktop.demo.context import TABLE_ORDER, local_stamp
from boligsocial_desktop.demo.names import LANGUAGE_CODES
from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import (
    Activity,
    ActivitySession,
    AdviceCase,
    AdviceVisit,
    Ambassador,
    Attendance,
    AttendanceCount,
    AttendanceExtra,
    Base,
    ClosingPeriod,
    FocusArea,
    GrantPeriod,
    OutboxChange,
    SharedRow,
)

TODAY = date(2026, 11, 23)
AGE_BANDS = ("0–5", "6–12", "13–17", "18–24", "25–64", "65+")
CPR_LIKE = re.compile(r"\b\d{6}-?\d{4}\b")


def _open(path: Path):
    return open_database(path=path)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = _open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    reports: list[tuple[int, str]] = []
    summary = generate_demo(db, "small", seed=7, today=TODAY, progress=lambda p, t: reports.append((p, t)))
    yield db, summary, reports
    db.dispose()


def _count(db, table: str) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(Base.metadata.tables[table])).scalar_one()


def _dump(db) -> dict[str, list[tuple]]:
    """Every generated row of every table, sorted by id."""
    result = {}
    with db.reading() as session:
        for name in TABLE_ORDER:
            table = Base.metadata.tables[name]
            result[name] = [tuple(row) for row in session.execute(select(table).order_by(table.c.id))]
    return result


def _outbox_inserts(db) -> list[tuple]:
    with db.reading() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(OutboxChange.table_name, OutboxChange.row_id, OutboxChange.op, OutboxChange.fields).order_by(
                    OutboxChange.seq
                )
            )
        ]


def test_database_is_empty_before_and_not_after(tmp_path):
    db = _open(tmp_path / "x.sqlite")
    try:
        assert database_is_empty(db)  # reference lists from the migrations don't count
        generate_demo(db, "small", seed=1, today=TODAY)
        assert not database_is_empty(db)
    finally:
        db.dispose()


def test_refuses_a_database_that_holds_data(demo):
    db, _, _ = demo
    with pytest.raises(ValidationError, match="allerede data"):
        generate_demo(db, "small", seed=1, today=TODAY)


def test_refuses_an_unknown_size(tmp_path):
    db = _open(tmp_path / "x.sqlite")
    try:
        with pytest.raises(ValidationError, match="kendes ikke"):
            generate_demo(db, "medium", today=TODAY)  # type: ignore[arg-type]
    finally:
        db.dispose()


def test_counts_are_sensible_and_match_the_summary(demo):
    db, summary, _ = demo
    assert isinstance(summary, DemoSummary)
    for name, count in summary.as_dict().items():
        assert _count(db, name) == count, name
    assert summary.estates == 1
    assert summary.houses == 1
    assert 3 <= summary.rooms <= 4
    assert 3 <= summary.staff_members <= 8
    assert 25 <= summary.activities <= 90  # a year back and the next season ahead
    assert 450 <= summary.sessions <= 900
    assert 0.4 * summary.sessions < summary.attendances < summary.sessions
    assert summary.attendance_counts >= summary.attendances
    assert summary.ambassadors == 20
    assert summary.ambassador_languages >= summary.ambassadors
    assert summary.duties > 20 and summary.duty_assignments > 20
    assert summary.move_ins > 30 and summary.welcome_visits > 30
    assert 400 <= summary.advice_visits <= 600
    assert summary.advice_visit_topics >= summary.advice_visits
    assert 1 <= summary.advice_cases <= 10
    assert summary.closing_periods >= 2
    assert summary.total == sum(summary.as_dict().values())
    # The reference lists are reused, not duplicated.
    assert _count(db, "grant_periods") == 2
    assert _count(db, "advice_topics") == 10
    assert _count(db, "referral_targets") == 6


def test_progress_goes_from_0_to_100_in_danish(demo):
    _, _, reports = demo
    percents = [p for p, _ in reports]
    assert percents[0] == 0 and percents[-1] == 100
    assert percents == sorted(percents)
    assert any("aktiviteter" in text_ for _, text_ in reports)


def test_same_seed_and_day_give_identical_data(demo, tmp_path):
    db, _, _ = demo
    other = _open(tmp_path / "again.sqlite")
    try:
        generate_demo(other, "small", seed=7, today=TODAY)
        assert _dump(other) == _dump(db)
        assert _outbox_inserts(other) == _outbox_inserts(db)
    finally:
        other.dispose()


def test_another_seed_gives_other_data(demo, tmp_path):
    db, _, _ = demo
    other = _open(tmp_path / "other.sqlite")
    try:
        generate_demo(other, "small", seed=8, today=TODAY)
        assert _dump(other)["sessions"] != _dump(db)["sessions"]
    finally:
        other.dispose()


_DIGEST_SCRIPT = """
import hashlib, sys
from datetime import date
from pathlib import Path
from sqlalchemy import select
from boligsocial_desktop.demo import generate_demo
from boligsocial_desktop.demo.context import TABLE_ORDER
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import Base
db = open_database(path=Path(sys.argv[1]))
generate_demo(db, "small", seed=7, today=date(2026, 11, 23))
digest = hashlib.sha256()
with db.reading() as session:
    for name in TABLE_ORDER:
        table = Base.metadata.tables[name]
        for row in session.execute(select(table).order_by(table.c.id)):
            digest.update(repr(tuple(row)).encode())
db.dispose()
print(digest.hexdigest())
"""


def test_identical_across_processes_with_different_hash_seeds(demo, tmp_path):
    db, _, _ = demo
    expected = hashlib.sha256()
    for rows in _dump(db).values():
        for row in rows:
            expected.update(repr(row).encode())
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", _DIGEST_SCRIPT, str(tmp_path / "sub.sqlite")],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert out.stdout.strip() == expected.hexdigest()


def test_no_room_is_double_booked(demo):
    db, _, _ = demo
    a, b = aliased(ActivitySession), aliased(ActivitySession)
    clash = (
        select(func.count())
        .select_from(a)
        .join(
            b,
            and_(
                a.room_id == b.room_id,
                a.day == b.day,
                a.id < b.id,
                a.start_time < b.end_time,
                b.start_time < a.end_time,
            ),
        )
    )
    with db.reading() as session:
        assert session.execute(clash).scalar_one() == 0


def test_no_sessions_on_public_holidays_or_in_closing_periods(demo):
    db, _, _ = demo
    with db.reading() as session:
        days = set(session.scalars(select(ActivitySession.day)))
        periods = session.execute(select(ClosingPeriod.start_date, ClosingPeriod.end_date)).all()
    public = holidays.country_holidays("DK", years=range(min(days).year, max(days).year + 1))
    assert not [d for d in days if d in public]
    assert not [d for d in days if (d.month, d.day) in {(6, 5), (12, 24), (12, 31)}]
    assert periods, "summer holidays are closing periods"
    assert not [d for d in days for start, end in periods if start <= d <= end]


def test_sessions_follow_their_series(demo):
    db, _, _ = demo
    with db.reading() as session:
        rows = session.execute(
            select(ActivitySession.day, ActivitySession.start_time, ActivitySession.end_time, Activity).join(
                Activity, Activity.id == ActivitySession.activity_id
            )
        ).all()
    assert rows
    for day, start, end, activity in rows:
        assert activity.start_date <= day <= activity.end_date
        assert (start, end) == (activity.start_time, activity.end_time)
        if activity.weekday is not None:
            assert day.weekday() == activity.weekday
        assert activity.season and activity.season.split()[0] in ("Forår", "Efterår")


def test_no_sessions_in_the_school_summer_holiday(demo):
    db, _, _ = demo
    with db.reading() as session:
        days = session.scalars(select(ActivitySession.day)).all()
    assert not [d for d in days if d.month == 7]


def test_seasons_and_past_sessions_have_attendance(demo):
    db, _, _ = demo
    with db.reading() as session:
        statuses = Counter(
            (day < TODAY, status)
            for day, status in session.execute(select(ActivitySession.day, ActivitySession.status))
        )
        held_without = session.execute(
            select(func.count())
            .select_from(ActivitySession)
            .outerjoin(Attendance, Attendance.session_id == ActivitySession.id)
            .where(ActivitySession.status == "afholdt", Attendance.id.is_(None))
        ).scalar_one()
    assert statuses[(False, "afholdt")] == 0  # nothing in the future has been held
    assert statuses[(True, "afholdt")] > 0 and statuses[(False, "planlagt")] > 0
    assert statuses[(True, "aflyst")] > 0
    assert held_without == 0


def test_headcounts_add_up_and_use_the_stored_vocabularies(demo):
    db, _, _ = demo
    with db.reading() as session:
        totals = dict(session.execute(select(Attendance.session_id, Attendance.total)).tuples().all())
        sums = dict(
            session.execute(
                select(AttendanceCount.session_id, func.sum(AttendanceCount.count)).group_by(AttendanceCount.session_id)
            )
            .tuples()
            .all()
        )
        cells = session.execute(select(AttendanceCount.age_band, AttendanceCount.gender)).all()
        new_returning = session.execute(
            select(Attendance.session_id, Attendance.total, Attendance.new_participants,
                   Attendance.returning_participants)
        ).all()
        # Anonymous extras at a tick-off session are neither new nor returning.
        extras = dict(session.execute(select(AttendanceExtra.session_id, func.sum(AttendanceExtra.count))
                                      .group_by(AttendanceExtra.session_id)).tuples().all())
    assert totals == sums
    assert {band for band, _ in cells} <= set(AGE_BANDS)
    assert {gender for _, gender in cells} <= {"kvinde", "mand"}
    assert all(total == new + returning + extras.get(sid, 0) for sid, total, new, returning in new_returning)


def test_focus_areas_belong_to_the_grant_period_of_the_activity(demo):
    db, _, _ = demo
    with db.reading() as session:
        rows = session.execute(
            select(Activity.start_date, GrantPeriod.start_date, GrantPeriod.end_date)
            .join(FocusArea, FocusArea.id == Activity.focus_area_id)
            .join(GrantPeriod, GrantPeriod.id == FocusArea.grant_period_id)
        ).all()
        last_period_end = session.scalar(select(func.max(GrantPeriod.end_date)))
        activities = session.execute(select(func.count()).select_from(Activity)
                                     .where(Activity.start_date <= last_period_end)).scalar_one()
        after = session.scalars(select(Activity.focus_area_id).where(Activity.start_date > last_period_end)).all()
    assert len(rows) == activities  # every activity in a grant period has one of its focus areas
    assert all(start <= day <= end for day, start, end in rows)
    assert set(after) <= {None}  # next season, after the last grant period the office has set up: none yet


def test_ambassadors_without_consent_have_no_contact_data(demo):
    db, _, _ = demo
    with db.reading() as session:
        ambassadors = session.scalars(select(Ambassador)).all()
        languages = session.execute(text("SELECT language FROM ambassador_languages")).scalars().all()
    without = [a for a in ambassadors if a.consent_scope == "ingen"]
    with_consent = [a for a in ambassadors if a.consent_scope != "ingen"]
    assert without and with_consent
    assert all(a.phone is None and a.email is None and a.address is None and a.notes is None for a in without)
    assert all(a.consent_date is None for a in without)
    assert all(a.consent_date is not None for a in with_consent)
    assert any(a.phone for a in with_consent)
    assert set(languages) <= set(LANGUAGE_CODES)
    assert all((a.stop_date is None) == (a.status != "stoppet") for a in ambassadors)


def test_advice_visits_are_anonymous_by_default(demo):
    db, _, _ = demo
    with db.reading() as session:
        visits = session.scalars(select(AdviceVisit)).all()
        cases = {c.id: c for c in session.scalars(select(AdviceCase))}
    tokened = [v for v in visits if v.repeat_token_hash]
    assert 0.2 < len(tokened) / len(visits) < 0.7
    assert all(re.fullmatch(r"[0-9a-f]{64}", v.repeat_token_hash) for v in tokened)
    assert max(Counter(v.repeat_token_hash for v in tokened).values()) >= 2  # repeat visitors can be counted
    linked = [v for v in visits if v.case_id]
    assert 0 < len(linked) < 0.05 * len(visits)
    for visit in linked:
        case = cases[visit.case_id]
        assert case.consent_date <= visit.visited_at.date()
        assert case.delete_after > TODAY
    assert {v.language for v in visits} <= set(LANGUAGE_CODES)
    assert {v.age_band for v in visits} <= set(AGE_BANDS)


def test_advice_is_busier_in_january_and_august_than_in_july(demo):
    db, _, _ = demo
    with db.reading() as session:
        months = Counter(v.month for v in session.scalars(select(AdviceVisit.visited_at)))
    assert months[1] > months[7] and months[8] > months[7]


def test_no_cpr_like_numbers_in_any_text(demo):
    db, _, _ = demo
    with db.reading() as session:
        for name in TABLE_ORDER:
            table = Base.metadata.tables[name]
            for row in session.execute(select(table)).mappings():
                for value in row.values():
                    if isinstance(value, str):
                        assert not CPR_LIKE.search(value), (name, value)


def test_every_generated_row_has_an_outbox_insert(demo):
    db, summary, _ = demo
    with db.reading() as session:
        per_table = dict(
            session.execute(
                select(OutboxChange.table_name, func.count())
                .where(OutboxChange.op == "insert")
                .group_by(OutboxChange.table_name)
            ).all()
        )
        for name in TABLE_ORDER:
            table = Base.metadata.tables[name]
            ids = set(session.scalars(select(table.c.id)))
            captured = set(session.scalars(select(OutboxChange.row_id).where(OutboxChange.table_name == name)))
            if name in summary.as_dict():
                assert ids <= captured, name
        fields = session.execute(
            select(OutboxChange.fields).where(OutboxChange.table_name == "sessions").limit(1)
        ).scalar_one()
    for name, count in summary.as_dict().items():
        assert per_table.get(name, 0) == count, name
    assert {"id", "activity_id", "room_id", "day", "start_time", "end_time", "created_at"} <= set(fields)
    json.dumps(fields)


def test_timestamps_are_aware_and_not_after_today(demo):
    db, _, _ = demo
    latest = local_stamp(TODAY, time(8, 0))
    with db.reading() as session:
        for model in (Activity, ActivitySession, AdviceVisit, Ambassador):
            assert isinstance(model, type) and issubclass(model, SharedRow)
            newest = session.execute(select(func.max(model.created_at))).scalar_one()
            assert newest is not None
        rows = session.scalars(select(AdviceVisit.visited_at)).all()
    assert all(isinstance(v, datetime) and v.tzinfo is not None and v <= latest for v in rows)


def test_catalogue_times_lie_inside_their_windows():
    for template in cat.ACTIVITIES:
        for window, start, end in template.times:
            opens, closes = cat.WINDOWS[window]
            assert opens <= start < end <= closes, template.title
        assert template.target_group in cat.ATTENDANCE_PROFILES
    for event in cat.EVENTS:
        first, last = event.windows
        assert cat.WINDOWS[first][0] <= event.start < event.end <= cat.WINDOWS[last][1], event.title


def test_the_calendar_reaches_six_months_ahead_with_next_season(demo):
    db, _, _ = demo
    with db.reading() as session:
        last_day = session.scalar(select(func.max(ActivitySession.day)))
        seasons = set(session.scalars(select(Activity.season)).all())
    assert (last_day - TODAY).days >= 182
    assert f"Forår {TODAY.year + 1}" in seasons  # the season after this one, to plan and copy into


def test_every_activity_with_languages_has_complete_poster_texts(demo):
    from boligsocial_desktop.services.flyers import FlyerService

    db, _, _ = demo
    with db.reading() as session:
        rows = session.execute(select(Activity.id, Activity.title, Activity.languages, Activity.translations)).all()
    with_languages = [row for row in rows if row.languages and row.languages != "da"]
    assert len(with_languages) >= 5
    for _activity_id, title, languages, translations in with_languages:
        for language in languages.split(","):
            if language == "da":
                continue
            assert translations["title"].get(language), (title, language)
            assert translations["description"].get(language), (title, language)
    # the poster in all the activity's languages has nothing missing
    pdf, chosen = FlyerService(db).poster_pdf(with_languages[0].id)
    assert pdf.startswith(b"%PDF") and set(chosen) == set(with_languages[0].languages.split(",")) - {"da"}
