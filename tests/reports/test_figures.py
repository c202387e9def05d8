"""The report's figures on a small office whose every number is known (see reports_helpers)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from reports_helpers import Q3

from boligsocial_desktop.demo import catalogue
from boligsocial_desktop.domain.enums import TargetMetric
from boligsocial_desktop.services.reports.figures import ReportRequest, compute_figures


def q3(office, **filters):
    return ReportRequest(*Q3, **filters)


def test_activities_sessions_attendance_and_volunteer_hours(db, office):
    figures = compute_figures(db, q3(office))
    lines = {a.title: a for a in figures.activities}
    assert set(lines) == {"Lektiecafé", "Jobcafé", "Strikkeklub"}  # not the deleted activity
    homework = lines["Lektiecafé"]
    assert (homework.held, homework.cancelled, homework.attendance, homework.new, homework.returning) == (
        3,
        1,
        30,
        7,
        23,
    )
    assert homework.volunteer_hours == 6.0
    assert lines["Strikkeklub"].attendance == 12  # the deleted session's 40 are not counted
    assert lines["Jobcafé"].focus_area_id == office.employment


def test_age_band_and_gender_of_held_sessions(db, office):
    figures = compute_figures(db, q3(office))
    assert figures.age_gender == {("6–12", "kvinde"): 15, ("6–12", "mand"): 15, ("25–64", "kvinde"): 2,
                                  ("25–64", "mand"): 1, ("65+", "kvinde"): 12}


def test_attendance_by_month_and_focus_area(db, office):
    figures = compute_figures(db, q3(office))
    assert [b.label for b in figures.buckets] == ["juli 2026", "august 2026", "september 2026"]
    cells = {(line.bucket, line.focus_area_id): line.attendance for line in figures.over_time}
    assert cells == {(0, office.employment): 12, (1, office.education): 22, (2, office.education): 8,
                     (2, office.employment): 3}


def test_advice_visits_by_danish_month_topic_referral_and_visitor(db, office):
    advice = compute_figures(db, q3(office)).advice
    assert advice.visits == 5  # the visit at 00.30 on 1 October (22.30 UTC on 30 September) is October's
    assert dict(advice.by_bucket) == {0: 1, 1: 2, 2: 2}
    assert (advice.visits_with_token, advice.visitors_with_token, advice.repeat_visitors) == (4, 3, 1)
    assert advice.visits_without_token == 1 and advice.different_visitors == 4
    topics = dict(advice.by_topic)
    assert topics["Gæld og budget"] == 2 and topics["Job og uddannelse"] == 2 and topics["Andet"] == 1
    assert topics["Sundhed"] == 0  # active topics are listed even at zero
    assert dict(advice.by_referral)["Jobcenter"] == 1


def test_ambassadors_and_welcome_visits(db, office):
    ambassadors = compute_figures(db, q3(office)).ambassadors
    assert ambassadors.active == 3  # Carl stopped on 30 June
    assert (ambassadors.with_done_duty, ambassadors.duty_hours) == (1, 2.5)
    assert (ambassadors.welcome_due, ambassadors.welcome_on_time, ambassadors.welcome_late,
            ambassadors.welcome_not_done) == (3, 1, 1, 1)


def test_targets_are_measured_year_to_date_up_to_the_report_end(db, office):
    targets = {(t.title, t.metric): t for t in compute_figures(db, q3(office)).targets}
    participants = targets[("Lektiecafé", TargetMetric.DIFFERENT_PARTICIPANTS.value)]
    assert (participants.target, participants.actual) == (20, 12)  # 5 new in June + 7 in Q3
    assert (participants.measured_from, participants.measured_to) == (date(2026, 1, 1), date(2026, 9, 30))
    assert targets[("Lektiecafé", TargetMetric.SESSIONS_HELD.value)].actual == 4
    advice = targets[("Jobcafé", TargetMetric.ADVICE_VISITS.value)]
    assert advice.actual == 1 and advice.measured_from == date(2019, 1, 1)  # the grant period's start


def test_estate_and_focus_area_filters(db, office):
    only_ellemarken = compute_figures(db, q3(office, estate_ids=(office.ellemarken,)))
    assert [a.title for a in only_ellemarken.activities] == ["Jobcafé"]
    assert only_ellemarken.advice.visits == 1
    assert only_ellemarken.ambassadors.active == 1
    assert only_ellemarken.ambassadors.welcome_due == 0
    education = compute_figures(db, q3(office, focus_area_ids=(office.education,)))
    assert [a.title for a in education.activities] == ["Lektiecafé"]
    assert sum(education.age_gender.values()) == 30
    assert {t.title for t in education.targets} == {"Lektiecafé"}


def test_a_period_without_anything_is_empty(db, office):
    figures = compute_figures(db, ReportRequest(date(2015, 3, 1), date(2015, 3, 31)))
    assert figures.is_empty
    assert not compute_figures(db, q3(office)).is_empty


def test_the_demo_generator_uses_the_metric_vocabulary():
    assert TargetMetric.DIFFERENT_PARTICIPANTS.value == catalogue.TARGET_METRIC_DIFFERENT_PARTICIPANTS


def test_welcome_visits_not_yet_due_are_left_out_and_declined_ones_shown_apart(db, office):
    from boligsocial_desktop.storage.models import MoveIn, WelcomeVisit

    with db.transaction() as s:
        for due, state in ((date(2026, 8, 1), "frabedt"), (date(2026, 9, 25), "udført")):
            move_in = MoveIn(estate_id=office.soeparken, address="Søparken 3", move_in_date=due)
            s.add(move_in)
            s.flush()
            s.add(WelcomeVisit(move_in_id=move_in.id, due_date=due, state=state,
                               done_date=date(2026, 8, 1) if state == "udført" else None))
    whole = compute_figures(db, q3(office)).ambassadors
    assert (whole.welcome_due, whole.welcome_on_time, whole.welcome_late, whole.welcome_declined,
            whole.welcome_not_done) == (5, 2, 1, 1, 1)
    assert whole.welcome_on_time_share == 0.5  # 2 of the 4 that could be made
    # On 1 September the open visit due 20 September is not due yet; the one done early counts.
    early = compute_figures(db, replace(q3(office), today=date(2026, 9, 1))).ambassadors
    assert (early.welcome_due, early.welcome_on_time, early.welcome_not_done) == (4, 2, 0)
    assert early.welcome_on_time_share == 2 / 3
