"""Different participants in the report: distinct persons, small counts suppressed, names never shown."""

from __future__ import annotations

import csv
import io
from datetime import date, time

from boligsocial_desktop.domain.enums import Recurrence, TargetMetric
from boligsocial_desktop.services.calendar import ActivityDraft, CalendarService
from boligsocial_desktop.services.reports import ReportChoices, ReportService
from boligsocial_desktop.services.reports.periods import quarter_period
from boligsocial_desktop.services.signups.common import ParticipantInput
from boligsocial_desktop.storage.models import ActivityTarget, GrantPeriod

Q1_2026 = ReportChoices(quarter_period(2026, 1))
LATER = date(2026, 3, 31)


def _second_activity(db, course) -> str:
    calendar = CalendarService(db)
    first = calendar.activity(course.activity_id)
    info = calendar.save_series(ActivityDraft(
        title="Svømning for kvinder", estate_id=course.estate_id, room_id=first.room_id,
        recurrence=Recurrence.WEEKLY, start_date=date(2026, 1, 8), end_date=date(2026, 2, 26),
        start_time=time(10), end_time=time(11)))
    return info.id


def test_a_person_at_two_activities_counts_once_in_the_total(db, course, signups, ticks, tmp_path):
    swim = _second_activity(db, course)
    swim_sessions = [s.id for s in CalendarService(db).sessions_between(date(2026, 1, 1), date(2026, 3, 31))
                     if s.activity_id == swim]
    people = [signups.sign_up(course.activity_id, ParticipantInput(f"Mor{i} H.", "25–64", "kvinde"),
                              course.coordinator) for i in range(6)]
    kids = [signups.sign_up(course.activity_id, ParticipantInput(f"Barn{i}", "6–12", "mand", household=f"Lejl. {i}"),
                            course.coordinator) for i in range(3)]
    for p in people[:2]:
        signups.sign_up(swim, None, course.coordinator, participant_id=p.participant_id)
    for session_id in course.session_ids[:3]:
        for p in (*people, *kids):
            ticks.set_tick(session_id, p.participant_id, True, course.helper, today=LATER)
    for p in people[:2]:
        ticks.set_tick(swim_sessions[0], p.participant_id, True, course.helper, today=LATER)
    with db.transaction() as session:
        period = session.query(GrantPeriod).first()
        session.add(ActivityTarget(activity_id=course.activity_id, grant_period_id=period.id, year=2026,
                                   metric=TargetMetric.DIFFERENT_PARTICIPANTS.value, target_value=16))

    report = ReportService(db, today=LATER).build(Q1_2026)
    activities = {row[1]: row for row in report.table("aktiviteter").rows}
    assert activities["Familiekursus"][5:] == (27, 9, 18, 0.0, 9, "optalt")
    assert activities["Svømning for kvinder"][9:] == (2, "optalt")
    persons = {row[0]: row for row in report.table("forskellige_deltagere").rows}
    assert persons["25–64 år"][-1] == 6 and persons["6–12 år"][-1] == 3 and persons["I alt"][-1] == 9
    assert dict(report.table("deltagere_afdeling").rows) == {"Taastrupgaard": 9, "I alt": 9}
    target = next(r for r in report.table("maaltal").rows if r[3] == "Forskellige deltagere")
    assert target[7] == 9

    hidden = ReportService(db, today=LATER).build(Q1_2026, hide_small=True)
    table = hidden.table("forskellige_deltagere")
    row = next(i for i, r in enumerate(table.rows) if r[0] == "6–12 år")
    assert table.text(row, len(table.columns) - 1) == "<5"  # three children
    assert "Mor0" not in str([t.rows for t in hidden.tables])

    target_file = tmp_path / "rapport.csv"
    ReportService(db, today=LATER).export(Q1_2026, "csv", target_file)
    text = target_file.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    course_row = next(r for r in rows if len(r) > 1 and r[1] == "Familiekursus")
    assert course_row[-2:] == ["9", "optalt"]
    assert "Mor0" not in text and "Barn1" not in text
