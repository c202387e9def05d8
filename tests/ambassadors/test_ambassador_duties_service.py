"""Duties and shifts: validation, warnings, hours, swaps with coordinator approval."""

from __future__ import annotations

from datetime import date, time

import pytest
from ambassador_helpers import TODAY, person
from sqlalchemy import func, select

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.ambassadors import DutyInput, DutyService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.models import Activity, ActivitySession, Duty, House, Room


@pytest.fixture
def duties(db):
    return DutyService(db, today=TODAY)


def test_shift_end_before_start_is_refused_and_nothing_saved(db, estates, duties):
    soeparken, _ = estates
    with pytest.raises(ValidationError, match=r"slutter kl. 16.00, før den begynder kl. 17.30") as info:
        duties.create_duty(DutyInput("værtskab ved arrangement", soeparken.id, TODAY, time(17, 30), time(16)))
    assert info.value.field == "end_time"
    with pytest.raises(ValidationError, match="Opgavetypen"):
        duties.create_duty(DutyInput("kaffe", soeparken.id, TODAY, time(10), time(11)))
    with pytest.raises(ValidationError, match="mellem 1 og 50"):
        duties.create_duty(DutyInput("andet", soeparken.id, TODAY, time(10), time(11), needed=0))
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Duty)) == 0


def test_stopped_ambassador_cannot_be_assigned(estates, ambassadors, duties):
    soeparken, _ = estates
    stopped = ambassadors.create(person("Karim Saleh", soeparken.id, "ar", status="stoppet"))
    duty = duties.create_duty(DutyInput("affaldsguide", soeparken.id, TODAY, time(10), time(12)))
    with pytest.raises(ValidationError, match="Karim Saleh er stoppet som ambassadør"):
        duties.assign(duty.id, stopped.id)
    assert duties.duty(duty.id).assignments == ()


def test_week_plan_warns_short_shifts_and_double_booking(estates, ambassadors, duties):
    soeparken, ellemarken = estates
    hodan = ambassadors.create(person("Hodan Ali", soeparken.id, "so"))
    omar = ambassadors.create(person("Omar Yusuf", soeparken.id, "ar"))
    party = duties.create_duty(DutyInput("værtskab ved arrangement", soeparken.id, date(2026, 3, 6), time(16),
                                         time(19), needed=2))
    laundry = duties.create_duty(DutyInput("vaskekælder-introduktion", ellemarken.id, date(2026, 3, 6),
                                           time(18), time(19)))
    next_week = duties.create_duty(DutyInput("andet", soeparken.id, date(2026, 3, 9), time(10), time(11)))
    duties.assign(party.id, hodan.id, "bekræftet")
    result = duties.assign(laundry.id, hodan.id)
    assert result.warnings and "også på en anden vagt" in result.warnings[0]
    cancelled = duties.assign(party.id, omar.id).assignment
    duties.set_state(cancelled.id, "afbud")

    plan = duties.week_plan(TODAY)
    assert plan.monday == date(2026, 3, 2) and plan.week_number == 10
    assert [d.id for d in plan.duties] == [party.id, laundry.id]  # next week's shift is not in this week
    assert next_week.id not in [d.id for d in plan.duties]
    by_id = {d.id: d for d in plan.duties}
    assert by_id[party.id].staffed == 1 and by_id[party.id].short
    assert "Mangler 1" in by_id[party.id].warnings
    assert "Hodan Ali er dobbeltbooket" in by_id[laundry.id].warnings
    assert any("mangler 1 ambassadør" in w for w in plan.warnings)
    assert any("Hodan Ali er booket to steder på én gang" in w for w in plan.warnings)


def test_done_logs_hours_and_refuses_future(estates, ambassadors, duties):
    soeparken, _ = estates
    hodan = ambassadors.create(person("Hodan Ali", soeparken.id, "so"))
    past = duties.create_duty(DutyInput("affaldsguide", soeparken.id, date(2026, 3, 3), time(15), time(17, 30)))
    future = duties.create_duty(DutyInput("affaldsguide", soeparken.id, date(2026, 3, 20), time(15), time(17)))
    a = duties.assign(past.id, hodan.id).assignment
    assert duties.set_state(a.id, "udført").hours == 2.5
    assert duties.log_hours(a.id, 3).hours == 3
    with pytest.raises(ValidationError, match="højst 24"):
        duties.log_hours(a.id, 30)
    b = duties.assign(future.id, hodan.id).assignment
    with pytest.raises(ValidationError, match="først 20-03-2026"):
        duties.set_state(b.id, "udført")
    assert ambassadors.get(hodan.id).hours_logged == 3


def test_swap_needs_coordinator_approval(db, estates, ambassadors, duties):
    soeparken, _ = estates
    hodan = ambassadors.create(person("Hodan Ali", soeparken.id, "so"))
    omar = ambassadors.create(person("Omar Yusuf", soeparken.id, "ar"))
    duty = duties.create_duty(DutyInput("affaldsguide", soeparken.id, date(2026, 3, 12), time(10), time(12)))
    assignment = duties.assign(duty.id, hodan.id, "bekræftet").assignment
    pending = duties.request_swap(assignment.id, omar.id)
    assert pending.swap_pending and pending.swap_with_name == "Omar Yusuf"
    assert pending.ambassador_name == "Hodan Ali"  # nothing changes before approval

    helper = StaffService(db).create("Sara Nielsen", "medhjælper")
    with pytest.raises(ValidationError, match="Kun en koordinator"):
        duties.approve_swap(assignment.id, helper.id)
    coordinator = StaffService(db).create("Mette Hansen", "koordinator")
    approved = duties.approve_swap(assignment.id, coordinator.id).assignment
    assert approved.ambassador_name == "Omar Yusuf"
    assert approved.swap_with_name == "Hodan Ali" and approved.swap_approved
    assert approved.state.value == "foreslået"
    with pytest.raises(ValidationError, match="ikke noget bytte"):
        duties.approve_swap(assignment.id, coordinator.id)


def test_duty_linked_to_calendar_session(db, estates, duties):
    soeparken, _ = estates
    with db.transaction() as session:
        house = House(estate_id=soeparken.id, name="Fælleshuset")
        session.add(house)
        session.flush()
        room = Room(house_id=house.id, name="Salen", capacity=80)
        activity = Activity(title="Fællesspisning", estate_id=soeparken.id, recurrence="enkelt",
                            start_date=date(2026, 3, 6), end_date=date(2026, 3, 6), start_time=time(17, 30),
                            end_time=time(20))
        session.add_all([room, activity])
        session.flush()
        occurrence = ActivitySession(activity_id=activity.id, room_id=room.id, day=date(2026, 3, 6),
                                     start_time=time(17, 30), end_time=time(20))
        session.add(occurrence)
        session.flush()
        session_id = occurrence.id
    choices = duties.sessions_on(date(2026, 3, 6), soeparken.id)
    assert [c.label for c in choices] == ["Fællesspisning, kl. 17.30–20.00"]
    duty = duties.create_duty(DutyInput("værtskab ved arrangement", soeparken.id, date(2026, 3, 6), time(17),
                                        time(20), needed=2, session_id=session_id))
    assert duty.session_label == "Fællesspisning"
    with pytest.raises(ValidationError, match="Aktiviteten i kalenderen er 06-03-2026"):
        duties.create_duty(DutyInput("værtskab ved arrangement", soeparken.id, date(2026, 3, 7), time(17),
                                     time(20), session_id=session_id))
