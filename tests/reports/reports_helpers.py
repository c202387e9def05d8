"""A small, fully known office for report tests: two estates, activities in two focus areas,
advice visits around month ends, ambassadors, welcome visits and targets.

The figures the tests expect are written next to the rows that make them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import select

from boligsocial_desktop.storage.engine import Database
from boligsocial_desktop.storage.models import (
    Activity,
    ActivitySession,
    ActivityTarget,
    AdviceTopic,
    AdviceVisit,
    AdviceVisitReferral,
    AdviceVisitTopic,
    Ambassador,
    Attendance,
    AttendanceCount,
    Duty,
    DutyAssignment,
    Estate,
    FocusArea,
    GrantPeriod,
    House,
    MoveIn,
    ReferralTarget,
    Room,
    StaffMember,
    WelcomeVisit,
)

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
TODAY = date(2026, 11, 23)
Q3 = (date(2026, 7, 1), date(2026, 9, 30))


@dataclass
class Office:
    soeparken: str
    ellemarken: str
    education: str  # focus area "Uddannelse & livschancer"
    employment: str  # focus area "Beskæftigelse"
    period_2019: str
    homework: str  # activity "Lektiecafé"
    job: str  # activity "Jobcafé" (attendance 3: the small count)
    knitting: str  # activity "Strikkeklub"


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=COPENHAGEN).astimezone(UTC)


def build_office(db: Database) -> Office:
    with db.transaction() as s:
        period = s.scalars(select(GrantPeriod).where(GrantPeriod.name == "Helhedsplan 2019–2026")).one()
        areas = {a.name: a.id for a in s.scalars(select(FocusArea).where(FocusArea.grant_period_id == period.id))}
        staff = StaffMember(name="Sara Rådgiver", role="rådgiver")
        soeparken, ellemarken = Estate(name="Søparken"), Estate(name="Ellemarken")
        s.add_all([staff, soeparken, ellemarken])
        s.flush()
        rooms = {}
        for estate in (soeparken, ellemarken):
            house = House(estate_id=estate.id, name=f"Fælleshuset i {estate.name}")
            s.add(house)
            s.flush()
            room = Room(house_id=house.id, name="Salen", capacity=50)
            s.add(room)
            s.flush()
            rooms[estate.id] = room.id

        def activity(title, estate, area, start=date(2026, 1, 5), deleted=False):
            row = Activity(title=title, estate_id=estate.id, focus_area_id=area, recurrence="ugentlig",
                           start_date=start, end_date=date(2026, 12, 15), start_time=time(15), end_time=time(17),
                           room_id=rooms[estate.id], season="Forår 2026",
                           deleted_at=datetime(2026, 10, 1, tzinfo=UTC) if deleted else None)
            s.add(row)
            s.flush()
            return row

        def session(act, day, status="afholdt", total=None, new=0, counts=(), hours=0.0, deleted=False):
            row = ActivitySession(activity_id=act.id, room_id=act.room_id, day=day, start_time=time(15),
                                  end_time=time(17), status=status,
                                  deleted_at=datetime(2026, 10, 1, tzinfo=UTC) if deleted else None)
            s.add(row)
            s.flush()
            if total is not None:
                s.add(Attendance(session_id=row.id, total=total, new_participants=new,
                                 returning_participants=total - new, volunteers_present=1 if hours else 0,
                                 volunteer_hours=hours))
                for band, gender, count in counts:
                    s.add(AttendanceCount(session_id=row.id, age_band=band, gender=gender, count=count))
            return row

        homework = activity("Lektiecafé", soeparken, areas["Uddannelse & livschancer"])
        job = activity("Jobcafé", ellemarken, areas["Beskæftigelse"])
        knitting = activity("Strikkeklub", soeparken, areas["Beskæftigelse"])
        gone = activity("Slettet klub", soeparken, areas["Beskæftigelse"], deleted=True)
        # Lektiecafé: 3 held in Q3 (10 + 12 + 8 = 30, new 4 + 2 + 1 = 7), 1 cancelled, 1 held in June (9, new 5).
        session(homework, date(2026, 6, 16), total=9, new=5, counts=[("6–12", "kvinde", 5), ("6–12", "mand", 4)])
        session(homework, date(2026, 8, 11), total=10, new=4, hours=2.0,
                counts=[("6–12", "kvinde", 5), ("6–12", "mand", 5)])
        session(homework, date(2026, 8, 18), total=12, new=2, hours=2.0,
                counts=[("6–12", "kvinde", 6), ("6–12", "mand", 6)])
        session(homework, date(2026, 9, 1), total=8, new=1, hours=2.0,
                counts=[("6–12", "kvinde", 4), ("6–12", "mand", 4)])
        session(homework, date(2026, 9, 8), status="aflyst")
        session(homework, date(2026, 9, 29), status="planlagt")
        # Jobcafé: one held session with 3 people: the small count.
        session(job, date(2026, 9, 2), total=3, new=3, counts=[("25–64", "kvinde", 2), ("25–64", "mand", 1)])
        # Strikkeklub: 12 seniors.
        session(knitting, date(2026, 7, 15), total=12, new=2, counts=[("65+", "kvinde", 12)])
        # Neither counts: a deleted session and a deleted activity.
        session(knitting, date(2026, 7, 22), total=40, new=40, counts=[("65+", "kvinde", 40)], deleted=True)
        session(gone, date(2026, 7, 22), total=50, new=50, counts=[("65+", "mand", 50)])

        topics = {t.name: t.id for t in s.scalars(select(AdviceTopic))}
        referrals = {r.name: r.id for r in s.scalars(select(ReferralTarget))}

        def visit(at, office, token=None, topic_names=(), referral_names=(), deleted=False):
            row = AdviceVisit(visited_at=at, office_estate_id=office.id, estate_id=office.id, staff_id=staff.id,
                              repeat_token_hash=token, age_band="25–64", gender="kvinde", duration_minutes=20,
                              language="da", notes="Må ikke komme med i nogen eksport",
                              deleted_at=datetime(2026, 10, 2, tzinfo=UTC) if deleted else None)
            s.add(row)
            s.flush()
            for name in topic_names:
                s.add(AdviceVisitTopic(visit_id=row.id, topic_id=topics[name]))
            for name in referral_names:
                s.add(AdviceVisitReferral(visit_id=row.id, referral_target_id=referrals[name]))

        # Q3: 5 visits (July 1, August 2, September 2), tokens a, a, b, c and one without.
        visit(local(date(2026, 7, 10), 10), soeparken, "a" * 64, ["Gæld og budget"], ["Gældsrådgivningen"])
        visit(local(date(2026, 8, 12), 11), soeparken, "a" * 64, ["Gæld og budget", "Huslejerestance"])
        visit(local(date(2026, 8, 20), 13), soeparken, "b" * 64, ["Job og uddannelse"], ["Jobcenter"])
        visit(local(date(2026, 9, 30), 23, 30), soeparken, None, ["Andet"])  # late on 30 September: in Q3
        visit(local(date(2026, 10, 1), 0, 30), soeparken, None, ["Andet"])  # 22:30 UTC on 30 September: October
        visit(local(date(2026, 9, 3), 10), ellemarken, "c" * 64, ["Job og uddannelse"])
        visit(local(date(2026, 9, 4), 10), ellemarken, "d" * 64, ["Andet"], deleted=True)

        # Ambassadors: 2 active in Søparken, 1 stopped before Q3, 1 in Ellemarken.
        active = Ambassador(name="Amina", estate_id=soeparken.id, status="aktiv", start_date=date(2025, 3, 1))
        s.add_all([active,
                   Ambassador(name="Bent", estate_id=soeparken.id, status="aktiv", start_date=date(2026, 8, 1)),
                   Ambassador(name="Carl", estate_id=soeparken.id, status="stoppet", start_date=date(2025, 1, 1),
                              stop_date=date(2026, 6, 30)),
                   Ambassador(name="Dilan", estate_id=ellemarken.id, status="aktiv", start_date=date(2024, 1, 1))])
        s.flush()
        duty = Duty(kind="velkomstbesøg", estate_id=soeparken.id, day=date(2026, 8, 5), start_time=time(16),
                    end_time=time(18))
        s.add(duty)
        s.flush()
        s.add(DutyAssignment(duty_id=duty.id, ambassador_id=active.id, state="udført", hours=2.5))
        # Welcome visits due in Q3 in Søparken: on time, late, not done.
        for due, state, done in ((date(2026, 7, 20), "udført", date(2026, 7, 18)),
                                 (date(2026, 8, 20), "udført", date(2026, 8, 25)),
                                 (date(2026, 9, 20), "åben", None)):
            move_in = MoveIn(estate_id=soeparken.id, address="Søparken 1", move_in_date=due)
            s.add(move_in)
            s.flush()
            s.add(WelcomeVisit(move_in_id=move_in.id, due_date=due, state=state, done_date=done))
        # Targets: Lektiecafé 20 different participants and 10 sessions in 2026; Jobcafé 100 advice visits
        # over the grant period (measured at Ellemarken's office).
        s.add_all([ActivityTarget(activity_id=homework.id, grant_period_id=period.id, metric="forskellige_deltagere",
                                  year=2026, target_value=20),
                   ActivityTarget(activity_id=homework.id, grant_period_id=period.id, metric="gange_afholdt",
                                  year=2026, target_value=10),
                   ActivityTarget(activity_id=job.id, grant_period_id=period.id, metric="rådgivningsbesøg",
                                  year=None, target_value=100)])
        return Office(soeparken.id, ellemarken.id, areas["Uddannelse & livschancer"], areas["Beskæftigelse"],
                      period.id, homework.id, job.id, knitting.id)
