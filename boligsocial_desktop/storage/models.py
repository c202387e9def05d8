"""The data model for the whole domain (SQLAlchemy 2 typed ORM).

Every table that is shared between the office's PCs derives from `SharedRow`: a UUID
text key, created/updated timestamps, a tombstone (`deleted_at`) instead of a hard
delete, and a version counter for optimistic locking. Tables that stay on one PC
(the outbox and this install's own state) derive from `Base` only.

Enumerated values are stored as text; their vocabularies live in `domain.enums`.

The annotations are real types, not text (no `from __future__ import annotations`): SQLAlchemy
would otherwise evaluate each of the ~440 `Mapped[...]` strings when every process starts.
"""

from datetime import date, datetime, time
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from .types import UtcDateTime, new_id, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    __table__: ClassVar[Table]  # for type checkers: every model here maps one table (DeclarativeBase says FromClause)
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UtcDateTime, dict[str, Any]: JSON}  # noqa: RUF012 -- SQLAlchemy's own class setting


def fk(target: str, *, nullable: bool = False, index: bool = True) -> Any:
    return mapped_column(String(36), ForeignKey(target), nullable=nullable, index=index)


class SharedRow(Base):
    """A row that travels between PCs: captured in the outbox on every write."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


# --- Places -----------------------------------------------------------------


class Estate(SharedRow):
    """A boligafdeling."""

    __tablename__ = "estates"
    name: Mapped[str] = mapped_column(String(120))
    code: Mapped[str | None] = mapped_column(String(20))
    address: Mapped[str | None] = mapped_column(String(200))
    housing_organisation: Mapped[str | None] = mapped_column(String(120))
    flats: Mapped[int | None]


class House(SharedRow):
    """A fælleshus (community house) in an estate."""

    __tablename__ = "houses"
    estate_id: Mapped[str] = fk("estates.id")
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(String(200))
    opens_at: Mapped[time | None] = mapped_column(Time)
    closes_at: Mapped[time | None] = mapped_column(Time)
    archived_at: Mapped[datetime | None] = mapped_column(default=None)  # has history: kept, not offered


class Room(SharedRow):
    __tablename__ = "rooms"
    house_id: Mapped[str] = fk("houses.id")
    name: Mapped[str] = mapped_column(String(120))
    capacity: Mapped[int] = mapped_column(Integer)
    archived_at: Mapped[datetime | None] = mapped_column(default=None)  # has history: kept, not offered


class ClosingPeriod(SharedRow):
    """A period when houses are closed (e.g. school summer holiday); estate None = all."""

    __tablename__ = "closing_periods"
    estate_id: Mapped[str | None] = fk("estates.id", nullable=True)
    name: Mapped[str] = mapped_column(String(120))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)


# --- The plan: grant periods, focus areas, targets, partners, staff ----------


class GrantPeriod(SharedRow):
    """A bevillingsperiode of the helhedsplan."""

    __tablename__ = "grant_periods"
    name: Mapped[str] = mapped_column(String(120))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)


class FocusArea(SharedRow):
    """An indsatsområde, belonging to one grant period."""

    __tablename__ = "focus_areas"
    grant_period_id: Mapped[str] = fk("grant_periods.id")
    name: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Partner(SharedRow):
    __tablename__ = "partners"
    name: Mapped[str] = mapped_column(String(160))
    kind: Mapped[str | None] = mapped_column(String(60))
    contact: Mapped[str | None] = mapped_column(String(200))


class StaffMember(SharedRow):
    __tablename__ = "staff_members"
    name: Mapped[str] = mapped_column(String(120))
    initials: Mapped[str | None] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(30))
    os_username: Mapped[str | None] = mapped_column(String(120), index=True)
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


# --- Activities and sessions -------------------------------------------------


class Activity(SharedRow):
    """An aktivitet: a single event or a series (forløb) of sessions."""

    __tablename__ = "activities"
    title: Mapped[str] = mapped_column(String(160))
    description: Mapped[str | None] = mapped_column(Text)
    estate_id: Mapped[str] = fk("estates.id")
    focus_area_id: Mapped[str | None] = fk("focus_areas.id", nullable=True)
    target_group: Mapped[str | None] = mapped_column(String(30))
    partner_id: Mapped[str | None] = fk("partners.id", nullable=True)
    responsible_staff_id: Mapped[str | None] = fk("staff_members.id", nullable=True)
    room_id: Mapped[str | None] = fk("rooms.id", nullable=True)
    languages: Mapped[str | None] = mapped_column(String(120))  # ISO 639-1 codes, comma-separated
    signup_required: Mapped[bool] = mapped_column(Boolean, default=False)
    signup_url: Mapped[str | None] = mapped_column(String(300))
    signup_capacity: Mapped[int | None]  # seats for sign-ups; None: the room's capacity
    price_kr: Mapped[float | None] = mapped_column(Numeric(10, 2, asdecimal=False))
    contact: Mapped[str | None] = mapped_column(String(200))
    expected_headcount: Mapped[int | None]
    recurrence: Mapped[str] = mapped_column(String(30))
    weekday: Mapped[int | None]
    weekdays: Mapped[str | None] = mapped_column(String(20))  # "0,3": several weekdays, 0 = Monday
    week_of_month: Mapped[int | None]
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    skip_holidays: Mapped[bool] = mapped_column(Boolean, default=True)
    skip_closing_periods: Mapped[bool] = mapped_column(Boolean, default=True)
    season: Mapped[str | None] = mapped_column(String(40))
    copied_from_id: Mapped[str | None] = fk("activities.id", nullable=True, index=False)
    translations: Mapped[dict[str, Any] | None]  # {"title": {"ar": "..."}, ...} for posters


class ActivityTarget(SharedRow):
    """A måltal for an activity in a grant period, e.g. 40 different children a year."""

    __tablename__ = "activity_targets"
    activity_id: Mapped[str] = fk("activities.id")
    grant_period_id: Mapped[str] = fk("grant_periods.id")
    metric: Mapped[str] = mapped_column(String(40))
    year: Mapped[int | None]
    target_value: Mapped[int]


class ActivitySession(SharedRow):
    """One gang (occurrence) of an activity: date, time, room, status."""

    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_room_day", "room_id", "day"),
        Index("ix_sessions_activity_day", "activity_id", "day"),
        # the reports read a period's sessions from this index alone (migration 0011_reportidx)
        Index("ix_sessions_report", "activity_id", "day", "deleted_at", "status", "id"),
    )
    activity_id: Mapped[str] = fk("activities.id", index=False)
    room_id: Mapped[str] = fk("rooms.id", index=False)
    day: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    status: Mapped[str] = mapped_column(String(20), default="planlagt")
    cancel_reason: Mapped[str | None] = mapped_column(String(200))
    is_exception: Mapped[bool] = mapped_column(Boolean, default=False)  # moved or added by hand
    note: Mapped[str | None] = mapped_column(Text)


class Attendance(SharedRow):
    """The headcount summary of one session."""

    __tablename__ = "attendances"
    session_id: Mapped[str] = fk("sessions.id")
    __table_args__ = (UniqueConstraint("session_id"),
                      # the reports' sums per session, from the index alone (migration 0011_reportidx)
                      Index("ix_attendances_report", "session_id", "deleted_at", "total", "new_participants",
                            "returning_participants", "volunteer_hours"))
    total: Mapped[int] = mapped_column(Integer, default=0)
    new_participants: Mapped[int] = mapped_column(Integer, default=0)
    returning_participants: Mapped[int] = mapped_column(Integer, default=0)
    volunteers_present: Mapped[int] = mapped_column(Integer, default=0)
    volunteer_hours: Mapped[float] = mapped_column(Numeric(8, 2, asdecimal=False), default=0)
    recorded_by_id: Mapped[str | None] = fk("staff_members.id", nullable=True, index=False)


class AttendanceCount(SharedRow):
    """Headcount of one age band and gender at one session."""

    __tablename__ = "attendance_counts"
    __table_args__ = (UniqueConstraint("session_id", "age_band", "gender"),
                      # the reports' age band × gender, from the index alone (migration 0011_reportidx)
                      Index("ix_attendance_counts_report", "session_id", "deleted_at", "age_band", "gender", "count"))
    session_id: Mapped[str] = fk("sessions.id")
    age_band: Mapped[str] = mapped_column(String(10))
    gender: Mapped[str] = mapped_column(String(10))
    count: Mapped[int] = mapped_column(Integer)


# --- Tilmelding: participants, sign-ups and tick-off attendance ---------------


class Participant(SharedRow):
    """A person signed up for activities, or a household (family, flat) that children belong to.

    Personal data about children and families: first name and initial only, contact data only
    with recorded consent, erased after the office's deadline (`erased_at`); the id stays as a
    stable pseudonym, so different-participant counts survive the erasure.
    """

    __tablename__ = "participants"
    kind: Mapped[str] = mapped_column(String(20), default="person")  # ParticipantKind
    household_id: Mapped[str | None] = fk("participants.id", nullable=True)
    name: Mapped[str] = mapped_column(String(80))
    estate_id: Mapped[str | None] = fk("estates.id", nullable=True, index=False)
    age_band: Mapped[str | None] = mapped_column(String(10))
    gender: Mapped[str] = mapped_column(String(10), default="ukendt")
    language: Mapped[str | None] = mapped_column(String(10))  # ISO 639-1
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    consent_kind: Mapped[str | None] = mapped_column(String(20))  # ConsentKind; None: no contact data kept
    consent_date: Mapped[date | None] = mapped_column(Date)
    erased_at: Mapped[datetime | None]


class Signup(SharedRow):
    """A participant's place on an activity: signed up, on the waiting list, or cancelled."""

    __tablename__ = "signups"
    __table_args__ = (UniqueConstraint("activity_id", "participant_id"),
                      Index("ix_signups_activity_state", "activity_id", "state"))
    activity_id: Mapped[str] = fk("activities.id", index=False)
    participant_id: Mapped[str] = fk("participants.id")
    state: Mapped[str] = mapped_column(String(20))  # SignupState
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)  # order on the waiting list
    moved_up_at: Mapped[datetime | None]
    signed_up_by_id: Mapped[str | None] = fk("staff_members.id", nullable=True, index=False)


class AttendanceTick(SharedRow):
    """One participant ticked off (or unticked) at one session."""

    __tablename__ = "attendance_ticks"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),
                      # the reports' different participants, from the index alone (migration 0011_reportidx)
                      Index("ix_attendance_ticks_report", "session_id", "deleted_at", "present", "participant_id"))
    session_id: Mapped[str] = fk("sessions.id", index=False)
    participant_id: Mapped[str] = fk("participants.id")
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class AttendanceExtra(SharedRow):
    """Anonymous walk-ins at a session with tick-off, by age band and gender."""

    __tablename__ = "attendance_extras"
    __table_args__ = (UniqueConstraint("session_id", "age_band", "gender"),)
    session_id: Mapped[str] = fk("sessions.id", index=False)
    age_band: Mapped[str] = mapped_column(String(10))
    gender: Mapped[str] = mapped_column(String(10))
    count: Mapped[int] = mapped_column(Integer)


# --- Beboerambassadører ------------------------------------------------------


class Ambassador(SharedRow):
    __tablename__ = "ambassadors"
    name: Mapped[str] = mapped_column(String(120))
    estate_id: Mapped[str] = fk("estates.id")
    address: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="aktiv")
    start_date: Mapped[date | None] = mapped_column(Date)
    stop_date: Mapped[date | None] = mapped_column(Date)
    training_course: Mapped[str | None] = mapped_column(String(160))
    training_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_scope: Mapped[str] = mapped_column(String(20), default="ingen")
    anonymised_at: Mapped[datetime | None]


class AmbassadorLanguage(SharedRow):
    __tablename__ = "ambassador_languages"
    __table_args__ = (UniqueConstraint("ambassador_id", "language"),)
    ambassador_id: Mapped[str] = fk("ambassadors.id")
    language: Mapped[str] = mapped_column(String(10))  # ISO 639-1
    level: Mapped[str] = mapped_column(String(20))  # modersmål, flydende, godt, lidt


class Duty(SharedRow):
    """A vagt/opgave for ambassadors, optionally linked to a calendar session."""

    __tablename__ = "duties"
    __table_args__ = (Index("ix_duties_day", "day"),)
    kind: Mapped[str] = mapped_column(String(40))
    estate_id: Mapped[str] = fk("estates.id")
    session_id: Mapped[str | None] = fk("sessions.id", nullable=True)
    day: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    needed: Mapped[int] = mapped_column(Integer, default=1)
    description: Mapped[str | None] = mapped_column(Text)
    series_id: Mapped[str | None] = mapped_column(String(36), index=True)  # shifts made as one weekly series


class DutyAssignment(SharedRow):
    __tablename__ = "duty_assignments"
    duty_id: Mapped[str] = fk("duties.id")
    ambassador_id: Mapped[str] = fk("ambassadors.id")
    state: Mapped[str] = mapped_column(String(20), default="foreslået")
    hours: Mapped[float | None] = mapped_column(Numeric(6, 2, asdecimal=False))
    swap_with_ambassador_id: Mapped[str | None] = fk("ambassadors.id", nullable=True, index=False)
    swap_approved_by_id: Mapped[str | None] = fk("staff_members.id", nullable=True, index=False)


class MoveIn(SharedRow):
    """An indflytning: a new tenant household to welcome."""

    __tablename__ = "move_ins"
    estate_id: Mapped[str] = fk("estates.id")
    address: Mapped[str] = mapped_column(String(200))
    move_in_date: Mapped[date] = mapped_column(Date)
    household_languages: Mapped[str | None] = mapped_column(String(120))
    note: Mapped[str | None] = mapped_column(Text)


class WelcomeVisit(SharedRow):
    __tablename__ = "welcome_visits"
    __table_args__ = (Index("ix_welcome_visits_due", "state", "due_date"),)
    move_in_id: Mapped[str] = fk("move_ins.id")
    due_date: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(20), default="åben")
    ambassador_id: Mapped[str | None] = fk("ambassadors.id", nullable=True)
    duty_id: Mapped[str | None] = fk("duties.id", nullable=True, index=False)
    done_date: Mapped[date | None] = mapped_column(Date)


# --- Åben Rådgivning ---------------------------------------------------------


class AdviceTopic(SharedRow):
    """A configurable topic (emne) for advice visits."""

    __tablename__ = "advice_topics"
    name: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ReferralTarget(SharedRow):
    """Where a visitor can be referred (henvisning)."""

    __tablename__ = "referral_targets"
    name: Mapped[str] = mapped_column(String(120))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AdviceCase(SharedRow):
    """A named case: only after recorded consent; deleted after the office's deadline."""

    __tablename__ = "advice_cases"
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    consent_kind: Mapped[str] = mapped_column(String(20))
    consent_date: Mapped[date] = mapped_column(Date)
    consent_scope: Mapped[str] = mapped_column(String(200))
    last_visit_at: Mapped[datetime | None]
    delete_after: Mapped[date | None] = mapped_column(Date)


class AdviceVisit(SharedRow):
    """One walk-in visit. Anonymous unless linked to a consented case."""

    __tablename__ = "advice_visits"
    __table_args__ = (  # covering index for the log's period filter and statistics (migration visits_period_index)
        Index("ix_advice_visits_period", "visited_at", "deleted_at", "repeat_token_hash", "interpreter_used", "id"),
        # the visits entered last, at the top of the log; an adviser's open follow-ups (migration 0010_perf)
        Index("ix_advice_visits_created_at", "created_at", "id"),
        Index("ix_advice_visits_staff_follow_up", "staff_id", "follow_up_due"),
    )
    visited_at: Mapped[datetime] = mapped_column(index=True)
    office_estate_id: Mapped[str] = fk("estates.id", index=False)
    estate_id: Mapped[str | None] = fk("estates.id", nullable=True, index=False)
    staff_id: Mapped[str] = fk("staff_members.id", index=False)
    language: Mapped[str | None] = mapped_column(String(10))
    interpreter_used: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_minutes: Mapped[int | None]
    age_band: Mapped[str | None] = mapped_column(String(10))
    gender: Mapped[str | None] = mapped_column(String(10))
    outcome: Mapped[str | None] = mapped_column(String(200))
    follow_up_due: Mapped[date | None] = mapped_column(Date, index=True)
    follow_up_done_at: Mapped[datetime | None]
    repeat_token_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    case_id: Mapped[str | None] = fk("advice_cases.id", nullable=True)
    notes: Mapped[str | None] = mapped_column(Text)  # advisers only; sealed (crypto.sealed_values)
    # A repeat code logged where the advisers' key was not at hand, sealed to the advisers until one signs in.
    repeat_token_sealed: Mapped[str | None] = mapped_column(Text)


class AdviceVisitTopic(SharedRow):
    __tablename__ = "advice_visit_topics"
    __table_args__ = (UniqueConstraint("visit_id", "topic_id"),
                      # the reports' visits by topic, from the index alone (migration 0011_reportidx)
                      Index("ix_advice_visit_topics_report", "visit_id", "deleted_at", "topic_id"))
    visit_id: Mapped[str] = fk("advice_visits.id")
    topic_id: Mapped[str] = fk("advice_topics.id")


class AdviceVisitReferral(SharedRow):
    __tablename__ = "advice_visit_referrals"
    __table_args__ = (UniqueConstraint("visit_id", "referral_target_id"),
                      # the reports' visits by referral, from the index alone (migration 0011_reportidx)
                      Index("ix_advice_visit_referrals_report", "visit_id", "deleted_at", "referral_target_id"))
    visit_id: Mapped[str] = fk("advice_visits.id")
    referral_target_id: Mapped[str] = fk("referral_targets.id")


class AdviserKey(SharedRow):
    """The advisers' key and its wraps (crypto.sealed_values, services.advisers_key), shared so an
    adviser can sign in on any PC. `kind`:
    * "key": an advisers' key exists (`key_id`) and its drop public key (`public_key`);
    * "person": a staff member's key pair, the private key wrapped by their PIN (`kdf`, `wrapped`);
    * "grant": the advisers' key `key_id` sealed to a person's public key (`wrapped`)."""

    __tablename__ = "adviser_keys"
    kind: Mapped[str] = mapped_column(String(10))
    staff_id: Mapped[str | None] = fk("staff_members.id", nullable=True)
    key_id: Mapped[str | None] = mapped_column(String(40))
    public_key: Mapped[str | None] = mapped_column(String(60))
    kdf: Mapped[dict[str, Any] | None]
    wrapped: Mapped[str | None] = mapped_column(Text)


# --- Audit and settings ------------------------------------------------------


class AuditEntry(SharedRow):
    """Who read or exported sensitive data, and who changed what."""

    __tablename__ = "audit_log"
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    staff_id: Mapped[str | None] = fk("staff_members.id", nullable=True, index=False)
    action: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str | None] = mapped_column(String(60))
    row_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str | None] = mapped_column(Text)


class OfficeSetting(SharedRow):
    """An office-wide setting (deadlines, lists); per-PC settings live in QSettings."""

    __tablename__ = "office_settings"
    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[dict[str, Any] | None]


# --- Local to this PC: never shared ------------------------------------------


class OutboxChange(Base):
    """One captured write, waiting to be exported to the shared folder."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict[str, Any]]
    hlc: Mapped[str] = mapped_column(String(60))
    origin: Mapped[str] = mapped_column(String(36))
    base_version: Mapped[int | None]
    exported: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # What the edit replaced, for the merge on other PCs (sync.merge): {"fields": {field: hlc}}.
    base_clocks: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class LocalState(Base):
    """This install's own facts: origin id, last clock value, and the like."""

    __tablename__ = "local_state"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- Sharing between PCs (sync/): local bookkeeping, never shared --------------


class SyncFieldClock(Base):
    """The clock (HLC) of a field's current value, when an update set it (absent: set by the insert)."""

    __tablename__ = "sync_field_clock"
    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(60), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(60))


class SyncApplied(Base):
    """How far this PC has applied each other PC's (origin's) numbered changes."""

    __tablename__ = "sync_applied"
    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    last_hlc: Mapped[str | None] = mapped_column(String(60))
    applied_at: Mapped[datetime | None]
    chain: Mapped[str | None] = mapped_column(String(64))  # chain hash of the last file applied (None: unknown)


class SyncExportedFile(Base):
    """A change file this PC wrote (or is about to write) to its own folder on the share."""

    __tablename__ = "sync_exported_files"
    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    origin: Mapped[str] = mapped_column(String(36), index=True)
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10))  # pending, done, failed, lost, removed
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    chain: Mapped[str | None] = mapped_column(String(64))  # the file's chain hash (sync.files.chain_hash)


class SyncConflict(Base):
    """Two versions that PCs wrote without seeing each other's, or a cross-row clash, for a person to settle."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_open", "resolved_at", "table_name", "row_id"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str | None] = mapped_column(String(60))
    key: Mapped[str] = mapped_column(String(200), unique=True)  # the same conflict found twice is one
    local_value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    local_hlc: Mapped[str | None] = mapped_column(String(60))
    remote_value: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    remote_hlc: Mapped[str | None] = mapped_column(String(60))
    remote_origin: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(40))


class SyncParkedFile(Base):
    """A file on the share that was not applied: damaged, foreign, a sync tool's copy, too new, clock ahead."""

    __tablename__ = "sync_parked_files"
    path: Mapped[str] = mapped_column(String(400), primary_key=True)
    origin: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    detail: Mapped[str | None] = mapped_column(Text)
    size: Mapped[int | None]
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow)


class SyncPeer(Base):
    """Another PC (origin) seen on the share, from its newest status file."""

    __tablename__ = "sync_peers"
    origin: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(120))
    app_version: Mapped[str | None] = mapped_column(String(40))
    status_file: Mapped[str | None] = mapped_column(String(120))
    last_contact: Mapped[datetime | None]
    positions: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    former_origins: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class SyncDroppedRow(Base):
    """A row given up on every PC because another row with the same unique key won (see sync.merge)."""

    __tablename__ = "sync_dropped_rows"
    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    winner_id: Mapped[str | None] = mapped_column(String(36))
    conflict_id: Mapped[str | None] = mapped_column(String(36))


class SyncHeldChange(Base):
    """A change from another PC that cannot be applied yet (its row has not arrived, or this version does not
    know the table or column); tried again after every import and after an upgrade, never dropped."""

    __tablename__ = "sync_held_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(60))
    base: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(String(20))  # missing_row, missing_parent, unknown_table, unknown_field
    held_at: Mapped[datetime] = mapped_column(default=utcnow)


SYNC_TABLES = frozenset({
    SyncFieldClock.__tablename__, SyncApplied.__tablename__, SyncExportedFile.__tablename__,
    SyncConflict.__tablename__, SyncParkedFile.__tablename__, SyncPeer.__tablename__, SyncDroppedRow.__tablename__,
    SyncHeldChange.__tablename__,
})
LOCAL_ONLY_TABLES = frozenset({OutboxChange.__tablename__, LocalState.__tablename__}) | SYNC_TABLES


def shared_models() -> list[type[SharedRow]]:
    """Every mapped class whose rows travel between PCs."""
    return sorted(
        (m.class_ for m in Base.registry.mappers if issubclass(m.class_, SharedRow)),
        key=lambda cls: cls.__tablename__,
    )
