"""Several users at once on one server: optimistic locking and race-free room clash checks."""

from __future__ import annotations

import threading
import time as clock
from dataclasses import replace
from datetime import date, time

import pytest
from pg_helpers import single
from sqlalchemy import select

from boligsocial_desktop.errors import StaleEditError, ValidationError
from boligsocial_desktop.services.calendar import CalendarService
from boligsocial_desktop.storage.models import Activity, ActivitySession
from boligsocial_desktop.storage.postgres import lock_room


def test_second_save_of_the_same_activity_is_refused_and_says_what_differs(first, second, office):
    created = CalendarService(first).activity(CalendarService(first).save_series(single(office, "Lektiecafé")).id)
    mine = CalendarService(first).activity(created.id)
    theirs = CalendarService(second).activity(created.id)  # both open the same activity
    CalendarService(second).update_activity(created.id, replace(theirs.draft, title="Lektiecafé for 4.-6. klasse"),
                                            theirs.version)
    my_input = replace(mine.draft, title="Lektiehjælp", description="Med frugt")
    with pytest.raises(StaleEditError) as raised:
        CalendarService(first).update_activity(created.id, my_input, mine.version)
    message = raised.value.message
    assert "ændret af en anden" in message and "titel" in message and "Lektiecafé for 4.-6. klasse" in message
    assert "dine indtastninger står stadig" in message
    assert CalendarService(first).activity(created.id).title == "Lektiecafé for 4.-6. klasse"


def test_a_save_racing_past_the_version_check_is_refused_by_the_version_column(first, second, office):
    activity_id = CalendarService(first).save_series(single(office, "Strikkeklub")).id
    with pytest.raises(StaleEditError, match="ændret af en anden"), first.transaction() as session:
        row = session.get(Activity, activity_id)  # first reads version 1 ...
        with second.transaction() as other:  # ... second saves meanwhile ...
            other.get(Activity, activity_id).title = "Strikkecafé"
        row.title = "Strik og snak"  # ... and first's UPDATE ... WHERE version = 1 finds nothing
    with first.reading() as session:
        assert session.get(Activity, activity_id).title == "Strikkecafé"


def test_a_clash_check_waits_for_the_other_writer_of_the_room(first, second, office):
    outcome: list[object] = []

    def book() -> None:
        try:
            outcome.append(CalendarService(second).save_series(single(office, "Fællesspisning")))
        except ValidationError as exc:
            outcome.append(exc)

    with first.transaction() as session:
        lock_room(session, office.hall.id)
        activity = Activity(title="Banko", estate_id=office.estate_id, room_id=office.hall.id, recurrence="enkelt",
                            start_date=date(2027, 3, 2), end_date=date(2027, 3, 2), start_time=time(16),
                            end_time=time(18))
        session.add(activity)
        session.flush()
        session.add(ActivitySession(activity_id=activity.id, room_id=office.hall.id, day=date(2027, 3, 2),
                                    start_time=time(16), end_time=time(18), status="planlagt"))
        session.flush()
        writer = threading.Thread(target=book)
        writer.start()
        clock.sleep(0.5)
        assert writer.is_alive(), "the second writer must wait for the room"
    writer.join(10)
    assert len(outcome) == 1 and isinstance(outcome[0], ValidationError)
    assert "Banko" in outcome[0].message


@pytest.mark.parametrize("attempt", range(3))
def test_two_offices_booking_the_room_at_once_never_double_book(first, second, office, attempt):
    barrier = threading.Barrier(2)
    results: dict[str, object] = {}

    def book(db, title: str) -> None:
        barrier.wait()
        try:
            results[title] = CalendarService(db).save_series(single(office, title))
        except ValidationError as exc:
            results[title] = exc

    threads = [threading.Thread(target=book, args=(db, title))
               for db, title in ((first, "Lektiecafé"), (second, "Fællesspisning"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert sorted(type(r).__name__ for r in results.values()) == ["ActivityInfo", "ValidationError"]
    with first.reading() as session:
        booked = session.scalars(select(ActivitySession).where(ActivitySession.room_id == office.hall.id)).all()
    assert len(booked) == 1
