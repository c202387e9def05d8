"""Attendance: the headcount of a held session by age band and gender, new and returning, volunteers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import Gender, SessionStatus
from ..domain.vocabulary import AGE_BANDS
from ..errors import NotFoundError, ValidationError
from ..storage.engine import Database
from ..storage.models import Activity, ActivitySession, Attendance, AttendanceCount

ATTENDANCE_GENDERS = (Gender.FEMALE.value, Gender.MALE.value)


@dataclass(frozen=True)
class AttendanceRecord:
    session_id: str
    counts: dict[tuple[str, str], int] = field(default_factory=dict)  # (age band, gender) -> people
    new_participants: int = 0
    returning_participants: int = 0
    volunteers_present: int = 0
    volunteer_hours: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class AttendanceRow:
    """One session of a week, for quick entry: what it is and what was recorded."""

    session_id: str
    title: str
    day: date
    status: SessionStatus
    record: AttendanceRecord | None


def _check(record: AttendanceRecord) -> None:
    for (band, gender), count in record.counts.items():
        if band not in AGE_BANDS or gender not in ATTENDANCE_GENDERS:
            raise ValidationError(f"Ukendt aldersgruppe eller køn: {band} / {gender}.", "counts")
        if count < 0:
            raise ValidationError(f"Antallet for {band} ({gender}) kan ikke være negativt.", "counts")
        if count > 1000:
            raise ValidationError(f"Antallet for {band} ({gender}) er urimeligt stort ({count}). Ret tallet.",
                                  "counts")
    for value, label in ((record.new_participants, "nye"), (record.returning_participants, "gengangere"),
                         (record.volunteers_present, "frivillige")):
        if value < 0:
            raise ValidationError(f"Antallet af {label} kan ikke være negativt.", "counts")
    if record.new_participants + record.returning_participants > record.total:
        raise ValidationError(
            f"Nye ({record.new_participants}) og gengangere ({record.returning_participants}) er tilsammen flere "
            f"end de {record.total} fremmødte. Ret tallene, så de passer.", "new_participants")
    if record.volunteer_hours < 0 or record.volunteer_hours > 24 * max(record.volunteers_present, 1):
        raise ValidationError("De frivilliges timer passer ikke med antallet af frivillige.", "volunteer_hours")


class AttendanceService:
    def __init__(self, db: Database):
        self.db = db

    def record(self, record: AttendanceRecord, recorded_by_id: str | None, today: date | None = None) -> None:
        _check(record)
        today = today or date.today()
        with self.db.transaction() as session:
            row = session.get(ActivitySession, record.session_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("Gangen findes ikke længere.")
            if row.status == SessionStatus.CANCELLED.value:
                raise ValidationError("Gangen er aflyst. Genoptag den først, hvis den alligevel blev holdt.")
            if row.day > today:
                raise ValidationError("Fremmøde kan først registreres, når gangen er holdt.")
            from .signups.ticks import has_ticks

            if has_ticks(session, row.id):
                raise ValidationError("Fremmødet til denne gang tælles fra afkrydsningen. Ret det under "
                                      "Tilmeldinger > Afkrydsning.")
            summary = session.scalars(select(Attendance).where(Attendance.session_id == row.id)).first()
            if summary is None:
                summary = Attendance(session_id=row.id)
                session.add(summary)
            summary.total = record.total
            summary.new_participants = record.new_participants
            summary.returning_participants = record.returning_participants
            summary.volunteers_present = record.volunteers_present
            summary.volunteer_hours = record.volunteer_hours
            summary.recorded_by_id = recorded_by_id
            existing = {(c.age_band, c.gender): c for c in
                        session.scalars(select(AttendanceCount).where(AttendanceCount.session_id == row.id))}
            for key, count in record.counts.items():
                if key in existing:
                    if existing[key].count != count:
                        existing[key].count = count
                elif count:
                    session.add(AttendanceCount(session_id=row.id, age_band=key[0], gender=key[1], count=count))
            row.status = SessionStatus.HELD.value

    def get(self, session_id: str) -> AttendanceRecord | None:
        with self.db.reading() as session:
            return self._load(session, [session_id]).get(session_id)

    def week(self, monday: date, estate_id: str | None = None, today: date | None = None) -> list[AttendanceRow]:
        """The week's sessions up to today, for quick entry of last week's headcounts."""
        today = today or date.today()
        last = min(monday + timedelta(days=6), today)
        from ..storage.models import House, Room

        query = (select(ActivitySession.id, Activity.title, ActivitySession.day, ActivitySession.status)
                 .join(Activity, ActivitySession.activity_id == Activity.id)
                 .join(Room, ActivitySession.room_id == Room.id).join(House, Room.house_id == House.id)
                 .where(ActivitySession.day.between(monday, last), ActivitySession.deleted_at.is_(None),
                        ActivitySession.status != SessionStatus.CANCELLED.value)
                 .order_by(ActivitySession.day, ActivitySession.start_time))
        if estate_id:
            query = query.where(House.estate_id == estate_id)
        with self.db.reading() as session:
            rows = session.execute(query).all()
            records = self._load(session, [r[0] for r in rows])
        return [AttendanceRow(sid, title, day, SessionStatus(status), records.get(sid))
                for sid, title, day, status in rows]

    @staticmethod
    def _load(session: Session, session_ids: list[str]) -> dict[str, AttendanceRecord]:
        if not session_ids:
            return {}
        summaries = {a.session_id: a for a in session.scalars(
            select(Attendance).where(Attendance.session_id.in_(session_ids), Attendance.deleted_at.is_(None)))}
        counts: dict[str, dict[tuple[str, str], int]] = {}
        for c in session.scalars(select(AttendanceCount).where(AttendanceCount.session_id.in_(session_ids),
                                                               AttendanceCount.deleted_at.is_(None))):
            counts.setdefault(c.session_id, {})[(c.age_band, c.gender)] = c.count
        return {
            sid: AttendanceRecord(sid, counts.get(sid, {}), a.new_participants, a.returning_participants,
                                  a.volunteers_present, float(a.volunteer_hours or 0))
            for sid, a in summaries.items()
        }
