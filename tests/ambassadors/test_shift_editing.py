"""Editing shifts and weekly repeating shifts: assignments stay, holidays are skipped."""

from __future__ import annotations

from datetime import date, time

import pytest
from ambassador_helpers import TODAY, person

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.ambassadors import DutyInput, DutyService
from boligsocial_desktop.services.ambassadors.duties import FOLLOWING, ONE
from boligsocial_desktop.services.ambassadors.printouts import week_roster_print

KIND = "værtskab ved arrangement"


@pytest.fixture
def duties(db):
    return DutyService(db, today=TODAY)


def test_a_weekly_shift_skips_maundy_thursday_and_shares_a_series(db, estates, duties):
    soeparken, _ = estates
    saved = duties.create_shifts(DutyInput(KIND, soeparken.id, date(2026, 3, 26), time(16), time(18),
                                           description="Fællesspisning", repeat_until=date(2026, 4, 16)))
    assert saved.count == 3 and saved.skipped == ("02-04-2026: Skærtorsdag",)
    days = [d.day for d in duties.week_plan(date(2026, 4, 9)).duties]
    assert days == [date(2026, 4, 9)]
    assert saved.first.series_id and duties.duty(duties.week_plan(date(2026, 4, 9)).duties[0].id).series_id \
        == saved.first.series_id
    with pytest.raises(ValidationError, match="efter vagtens første dag"):
        duties.create_shifts(DutyInput(KIND, soeparken.id, date(2026, 3, 26), time(16), time(18),
                                       repeat_until=date(2026, 3, 20)))


def test_editing_this_and_following_shifts_keeps_their_ambassadors(db, estates, ambassadors, duties):
    soeparken, ellemarken = estates
    amira = ambassadors.create(person("Amira Hassan", soeparken.id, "ar"))
    saved = duties.create_shifts(DutyInput(KIND, soeparken.id, date(2026, 3, 26), time(16), time(18),
                                           repeat_until=date(2026, 4, 16)))
    later = duties.week_plan(date(2026, 4, 9)).duties[0]
    duties.assign(saved.first.id, amira.id)
    duties.assign(later.id, amira.id)
    changed = duties.update_duty(later.id, DutyInput(KIND, soeparken.id, later.day, time(17), time(19), needed=2,
                                                     description="Tag forklæde med"), FOLLOWING)
    assert changed.count == 2
    after = [d for day in (date(2026, 3, 26), date(2026, 4, 9), date(2026, 4, 16))
             for d in duties.week_plan(day).duties]
    assert [(d.day, d.start_time, d.needed, d.description) for d in after] == [
        (date(2026, 3, 26), time(16), 1, None),
        (date(2026, 4, 9), time(17), 2, "Tag forklæde med"),
        (date(2026, 4, 16), time(17), 2, "Tag forklæde med")]
    assert [a.ambassador_name for a in after[1].assignments] == ["Amira Hassan"]
    from boligsocial_desktop.services.ambassadors.printouts import personal_schedule_print

    personal = personal_schedule_print(db, amira.id, date(2026, 4, 1), today=TODAY)
    assert [(s.day, s.note) for s in personal.shifts] == [(date(2026, 4, 9), "Tag forklæde med")]
    one = duties.update_duty(saved.first.id, DutyInput(KIND, ellemarken.id, date(2026, 3, 27), time(10), time(12)),
                             ONE)
    assert (one.count, one.first.day, one.first.estate_name) == (1, date(2026, 3, 27), "Ellemarken")
    assert [a.ambassador_name for a in one.first.assignments] == ["Amira Hassan"]


def test_a_second_shift_for_one_session_is_found_and_the_description_is_printed(db, estates, duties):
    from sqlalchemy import select

    from boligsocial_desktop.storage.models import Activity, ActivitySession, House, Room

    soeparken, _ = estates
    with db.transaction() as session:
        house = House(estate_id=soeparken.id, name="Fælleshuset")
        session.add(house)
        session.flush()
        room = Room(house_id=house.id, name="Salen", capacity=40)
        session.add(room)
        session.flush()
        activity = Activity(title="Fællesspisning", estate_id=soeparken.id, room_id=room.id, recurrence="enkelt",
                            start_date=TODAY, end_date=TODAY, start_time=time(17), end_time=time(20))
        session.add(activity)
        session.flush()
        session.add(ActivitySession(activity_id=activity.id, room_id=room.id, day=TODAY, start_time=time(17),
                                    end_time=time(20)))
    with db.reading() as session:
        session_id = session.scalars(select(ActivitySession.id)).one()
    first = duties.create_duty(DutyInput(KIND, soeparken.id, TODAY, time(17), time(20), description="Opvask",
                                         session_id=session_id))
    assert [d.id for d in duties.shifts_for_session(session_id)] == [first.id]
    assert duties.shifts_for_session(session_id, except_id=first.id) == []
    printed = week_roster_print(db, TODAY, today=TODAY)
    assert printed.shifts[0].note == "Fællesspisning – Opvask"
