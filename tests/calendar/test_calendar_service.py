"""Series, clashes, moves and cancellations through the calendar service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import func, select

from boligsocial_desktop.domain.enums import Recurrence, SessionStatus
from boligsocial_desktop.errors import StaleEditError, ValidationError
from boligsocial_desktop.services.calendar import SessionFilter
from boligsocial_desktop.storage.models import Activity, ActivitySession, OutboxChange


def count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_weekly_series_skips_holidays_and_stores_sessions(calendar, db, weekly):
    thursdays = weekly(start_date=date(2027, 1, 7), end_date=date(2027, 6, 24))
    plan = calendar.plan_series(thursdays)
    skipped = {o.day: o.skip_reason for o in plan.occurrences if o.skip_reason}
    assert skipped == {date(2027, 3, 25): "Skærtorsdag", date(2027, 5, 6): "Kristi himmelfartsdag"}
    assert plan.description.startswith("Hver torsdag kl. 15–17")
    info = calendar.save_series(thursdays)
    assert info.session_count == len(plan.bookable_days) == 23 == count(db, ActivitySession)
    with db.reading() as session:
        days = session.scalars(select(ActivitySession.day)).all()
    assert all(day.weekday() == 3 for day in days)
    assert not set(days) & set(skipped)


def test_clashing_dates_are_listed_and_can_be_skipped(calendar, place, db, weekly):
    calendar.save_series(weekly("Fællesspisning", start_date=date(2027, 2, 2), end_date=date(2027, 2, 9),
                                start_time=time(16), end_time=time(19)))
    draft = weekly()
    plan = calendar.plan_series(draft)
    clash_days = [o.day for o in plan.clashes]
    assert clash_days == [date(2027, 2, 2), date(2027, 2, 9)]
    assert "optaget af »Fællesspisning« (kl. 16–19)" in plan.clashes[0].clash

    with pytest.raises(ValidationError, match="2 datoer støder sammen") as caught:
        calendar.save_series(draft)
    assert "tirsdag 2. februar 2027" in caught.value.message
    assert count(db, Activity) == 1, "nothing of the refused series was saved"

    info = calendar.save_series(draft, skip_days=frozenset(clash_days))
    assert info.session_count == len(plan.occurrences) - len(clash_days) - sum(
        1 for o in plan.occurrences if o.skip_reason)


def test_back_to_back_sessions_do_not_clash(calendar, place, weekly):
    calendar.save_series(weekly("Seniorkaffe", start_time=time(13), end_time=time(15)))
    assert calendar.plan_series(weekly()).clashes == []


def test_bad_input_is_refused_with_danish_messages(calendar, place, db, weekly):
    with pytest.raises(ValidationError, match="Slutdatoen ligger før startdatoen"):
        calendar.save_series(weekly(end_date=date(2026, 12, 1)))
    with pytest.raises(ValidationError, match="plads til 12, men der ventes 25"):
        calendar.save_series(weekly(room_id=place.kitchen.id))
    with pytest.raises(ValidationError, match="hører til en anden afdeling"):
        calendar.save_series(weekly(room_id=place.other_estate_room.id))
    with pytest.raises(ValidationError, match="Udfyld titel"):
        calendar.save_series(weekly(title="  "))
    with pytest.raises(ValidationError, match="ingen datoer tilbage"):
        calendar.save_series(weekly(recurrence=Recurrence.SINGLE, start_date=date(2027, 12, 25)))
    assert count(db, Activity) == 0 and count(db, ActivitySession) == 0
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxChange)
                              .where(OutboxChange.table_name.in_(["activities", "sessions"]))) == 0


def test_move_cancel_and_reinstate_a_session(calendar, place, weekly):
    info = calendar.save_series(weekly())
    other = calendar.save_series(weekly("Syklub", start_time=time(18), end_time=time(20)))
    first = calendar.sessions_between(date(2027, 1, 5), date(2027, 1, 5), SessionFilter(room_id=place.hall.id))
    lektie = next(s for s in first if s.activity_id == info.id)

    with pytest.raises(ValidationError, match=r"optaget.*Syklub"):
        calendar.move_session(lektie.id, date(2027, 1, 5), time(17), time(19), place.hall.id)
    moved = calendar.move_session(lektie.id, date(2027, 1, 6), time(15), time(17), place.hall.id)
    assert (moved.day, moved.is_exception) == (date(2027, 1, 6), True)

    syklub = next(s for s in calendar.sessions_between(date(2027, 1, 12), date(2027, 1, 12))
                  if s.activity_id == other.id)
    cancelled = calendar.cancel_session(syklub.id, "Sygdom")
    assert cancelled.status == SessionStatus.CANCELLED
    lektie_12 = next(s for s in calendar.sessions_between(date(2027, 1, 12), date(2027, 1, 12))
                     if s.activity_id == info.id)
    calendar.move_session(lektie_12.id, date(2027, 1, 12), time(18), time(20), place.hall.id)  # room free now
    with pytest.raises(ValidationError, match="optaget"):
        calendar.reinstate_session(syklub.id)


def test_copy_to_next_season_keeps_weekday_and_details(calendar, place, weekly):
    info = calendar.save_series(weekly(description="Hjælp til lektier", season="Forår 2027"))
    draft = calendar.copy_to_next_season(info.id, date(2027, 8, 10))
    assert draft.start_date.weekday() == 1 and draft.start_date >= date(2027, 8, 8)
    assert (draft.title, draft.description, draft.room_id, draft.season) == (
        "Lektiecafé", "Hjælp til lektier", place.hall.id, None)
    assert calendar.save_series(replace(draft, season="Efterår 2027")).session_count > 10


def test_update_refuses_stale_edit_and_keeps_dates(calendar, place, weekly):
    info = calendar.save_series(weekly())
    updated = calendar.update_activity(info.id, replace(info.draft, title="Lektiecafé for 4.–6. klasse"),
                                       info.version)
    assert updated.title == "Lektiecafé for 4.–6. klasse"
    assert updated.session_count == info.session_count
    with pytest.raises(StaleEditError, match="ændret af en anden"):
        calendar.update_activity(info.id, replace(info.draft, title="Andet"), info.version)
