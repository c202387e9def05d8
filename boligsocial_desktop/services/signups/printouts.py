"""What the printed sign-up sheet and tick-off list show, as plain data for pdf/signups.py.

The sign-up sheet hangs on the notice board: activity, when and where, seats left, contact and
the poster's QR code (sign-up link, else the contact phone); no names. The month tick-off list
is for staff without a PC: the signed-up names and one column per session date. Names leave the
program on it, so only coordinators and administrators print it, and every print is audited.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ...domain.danish import danish_sort_key, month_name
from ...domain.enums import SessionStatus
from ...domain.printouts import SignupSheetPrint, TickSheetPrint
from ...errors import ValidationError
from ...pdf.poster import PosterContent
from ...storage.engine import Database
from ...storage.models import ActivitySession, AttendanceTick
from .. import audit
from ..flyers import FlyerService
from ..staff import StaffInfo
from .common import require_signup_staff
from .roster import SignupService


class SignupPrintouts:
    def __init__(self, db: Database):
        self.db = db

    def signup_sheet(self, activity_id: str, actor: StaffInfo | None) -> SignupSheetPrint:
        overview = SignupService(self.db).overview(activity_id, actor)
        source = FlyerService(self.db).source(activity_id)
        qr = source.default_qr()
        content = source.content
        return SignupSheetPrint(content.title, content.when, content.place, content.address, overview.capacity,
                                overview.seats_left, len(overview.waiting), content.contact,
                                qr.payload if qr else None, qr.caption if qr else None,
                                overview.session_days[0] if overview.session_days else None, content.description)

    def month_tick_sheet(self, activity_id: str, year: int, month: int, actor: StaffInfo | None) -> TickSheetPrint:
        if not 1 <= month <= 12 or not 2000 <= year <= 2100:
            raise ValidationError("Vælg en måned, fx 2026-01.", "month")
        with self.db.reading() as session:
            require_signup_staff(session, actor, "udskrive afkrydsningslister med navne")
        overview = SignupService(self.db).overview(activity_id, actor)
        source = FlyerService(self.db).source(activity_id)
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1)
        with self.db.transaction() as session:
            sessions = session.execute(
                select(ActivitySession.id, ActivitySession.day).where(
                    ActivitySession.activity_id == activity_id, ActivitySession.deleted_at.is_(None),
                    ActivitySession.status != SessionStatus.CANCELLED.value,
                    ActivitySession.day >= first, ActivitySession.day < last)
                .order_by(ActivitySession.day, ActivitySession.start_time)).all()
            listed = sorted(overview.signed_up, key=lambda row: danish_sort_key(row.name))
            people = [row.participant_id for row in listed]
            ticks = set(session.execute(select(AttendanceTick.participant_id, AttendanceTick.session_id).where(
                AttendanceTick.session_id.in_([s.id for s in sessions]), AttendanceTick.present.is_(True),
                AttendanceTick.deleted_at.is_(None))).all()) if sessions else set()
            audit.record(session, "udskriv afkrydsningsliste", staff_id=actor.id if actor else None,
                         table_name="participants", row_id=activity_id,
                         detail=f"{overview.title}: {month_name(month)} {year}, {len(people)} navne")
        ticked = frozenset((r, c) for r, pid in enumerate(people) for c, (sid, _) in enumerate(sessions)
                           if (pid, sid) in ticks)
        return TickSheetPrint(overview.title, f"{month_name(month)} {year}", content_place(source.content),
                              tuple(day for _, day in sessions), tuple(row.name for row in listed),
                              ticked)

    def signup_sheet_pdf(self, activity_id: str, actor: StaffInfo | None) -> bytes:
        from ...pdf.signups import signup_sheet_pdf

        return signup_sheet_pdf(self.signup_sheet(activity_id, actor))

    def month_tick_sheet_pdf(self, activity_id: str, year: int, month: int, actor: StaffInfo | None) -> bytes:
        from ...pdf.signups import tick_sheet_pdf

        return tick_sheet_pdf(self.month_tick_sheet(activity_id, year, month, actor))


def content_place(content: PosterContent) -> str:
    return ", ".join(p for p in (content.place, content.address) if p)
