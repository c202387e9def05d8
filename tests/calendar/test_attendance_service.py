from __future__ import annotations

from datetime import date

import pytest

from boligsocial_desktop.domain.enums import SessionStatus
from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.attendance import AttendanceRecord, AttendanceService


def test_record_and_correct_attendance(calendar, place, db, weekly):
    calendar.save_series(weekly())
    service = AttendanceService(db)
    rows = service.week(date(2027, 1, 4), today=date(2027, 1, 11))
    assert [r.day for r in rows] == [date(2027, 1, 5)] and rows[0].record is None
    record = AttendanceRecord(rows[0].session_id, {("6–12", "kvinde"): 7, ("6–12", "mand"): 5, ("13–17", "mand"): 2},
                              new_participants=3, returning_participants=11, volunteers_present=2,
                              volunteer_hours=4)
    service.record(record, None, today=date(2027, 1, 11))
    stored = service.get(rows[0].session_id)
    assert stored.total == 14 and stored.counts[("6–12", "kvinde")] == 7
    assert calendar.session(rows[0].session_id).status == SessionStatus.HELD
    service.record(AttendanceRecord(rows[0].session_id, {("6–12", "kvinde"): 8}, 1, 7), None, today=date(2027, 1, 11))
    assert service.get(rows[0].session_id).counts[("6–12", "kvinde")] == 8


def test_attendance_bad_input(calendar, place, db, weekly):
    calendar.save_series(weekly())
    service = AttendanceService(db)
    session_id = service.week(date(2027, 1, 4), today=date(2027, 1, 11))[0].session_id
    with pytest.raises(ValidationError, match="flere end de 3 fremmødte"):
        service.record(AttendanceRecord(session_id, {("0–5", "mand"): 3}, 2, 2), None, today=date(2027, 1, 11))
    with pytest.raises(ValidationError, match="først registreres"):
        service.record(AttendanceRecord(session_id, {("0–5", "mand"): 3}), None, today=date(2027, 1, 1))
    calendar.cancel_session(session_id)
    with pytest.raises(ValidationError, match="aflyst"):
        service.record(AttendanceRecord(session_id, {("0–5", "mand"): 3}), None, today=date(2027, 1, 11))
    assert service.get(session_id) is None
