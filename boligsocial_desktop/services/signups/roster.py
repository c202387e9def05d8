"""Sign-ups: seats from the activity (or its room), a waiting list that moves up in order.

A cancelled seat goes to the first on the waiting list (the earliest `queued_at`), at once and
in the same transaction, and the result names who moved up so the user can tell them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ...domain.enums import ParticipantKind, SessionStatus, SignupState
from ...errors import NotFoundError, ValidationError
from ...storage.engine import Database
from ...storage.models import Activity, ActivitySession, Participant, Room, Signup
from ...storage.types import utcnow
from .. import audit
from ..staff import StaffInfo
from ..validation import positive_int
from .common import (
    ERASED_NAME,
    CheckedParticipant,
    ParticipantInput,
    check_participant,
    display_name,
    may_see_contact,
    require_staff,
)


@dataclass(frozen=True)
class SignupRow:
    signup_id: str
    participant_id: str
    name: str  # with the household in brackets
    age_band: str | None
    gender: str
    language: str | None
    contact: str  # phone / e-mail for coordinators, "" otherwise
    state: SignupState
    position: int  # 1, 2, … on the waiting list; 0 for a seat
    moved_up: bool


@dataclass(frozen=True)
class SignupOverview:
    activity_id: str
    title: str
    estate_id: str
    start_date: date
    end_date: date
    capacity: int | None  # None: no limit
    signed_up: tuple[SignupRow, ...]
    waiting: tuple[SignupRow, ...]
    session_days: tuple[date, ...]

    @property
    def seats_left(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - len(self.signed_up))


@dataclass(frozen=True)
class SignupResult:
    signup_id: str
    participant_id: str
    state: SignupState
    position: int  # place on the waiting list, 0 for a seat


@dataclass(frozen=True)
class CancelResult:
    moved_up: tuple[str, ...]  # names of those who got a seat, in order


def capacity_of(session: Session, activity: Activity) -> int | None:
    if activity.signup_capacity:
        return activity.signup_capacity
    if activity.room_id:
        room = session.get(Room, activity.room_id)
        return room.capacity if room is not None and room.capacity else None
    return None


def _activity(session: Session, activity_id: str) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.deleted_at is not None:
        raise NotFoundError("Aktiviteten findes ikke længere.")
    return activity


def _live(activity_id: str, state: SignupState) -> Select[tuple[Signup]]:
    return select(Signup).where(Signup.activity_id == activity_id, Signup.state == state.value,
                                Signup.deleted_at.is_(None)).order_by(Signup.queued_at, Signup.id)


def _fill_seats(session: Session, activity: Activity, now: datetime) -> list[Signup]:
    """Give free seats to the waiting list in order; returns the sign-ups that moved up."""
    capacity = capacity_of(session, activity)
    taken = session.scalar(select(func.count()).select_from(Signup).where(
        Signup.activity_id == activity.id, Signup.state == SignupState.SIGNED_UP.value,
        Signup.deleted_at.is_(None))) or 0
    moved: list[Signup] = []
    for signup in session.scalars(_live(activity.id, SignupState.WAITING)):
        if capacity is not None and taken >= capacity:
            break
        signup.state = SignupState.SIGNED_UP.value
        signup.moved_up_at = now
        taken += 1
        moved.append(signup)
    return moved


def _household(session: Session, label: str, estate_id: str) -> Participant:
    """The household with this label in the estate (the same family signs up its second child), or a new one."""
    key = label.casefold()
    for row in session.scalars(select(Participant).where(
            Participant.kind == ParticipantKind.HOUSEHOLD.value, Participant.estate_id == estate_id,
            Participant.erased_at.is_(None), Participant.deleted_at.is_(None))):
        if row.name.casefold() == key:
            return row
    row = Participant(kind=ParticipantKind.HOUSEHOLD.value, name=label, estate_id=estate_id,
                      gender="ukendt")
    session.add(row)
    session.flush()
    return row


def add_participant(session: Session, activity: Activity, checked: CheckedParticipant) -> Participant:
    """A new person in the activity's estate, linked to a household when one is named."""
    household = _household(session, checked.household, activity.estate_id) if checked.household else None
    person = Participant(kind=ParticipantKind.PERSON.value, name=checked.name, estate_id=activity.estate_id,
                         household_id=household.id if household else None, age_band=checked.age_band,
                         gender=checked.gender, language=checked.language)
    # Contact data sits with the household when a child signs up through it.
    holder = household if household is not None else person
    if checked.phone or checked.email:
        holder.phone, holder.email = checked.phone or holder.phone, checked.email or holder.email
        holder.consent_kind, holder.consent_date = checked.consent_kind, checked.consent_date
    session.add(person)
    session.flush()
    return person


def place(session: Session, activity: Activity, person: Participant, actor: StaffInfo | None,
          now: datetime) -> SignupResult:
    """Give the person a seat, or the next place on the waiting list (in the caller's transaction)."""
    existing = session.scalars(select(Signup).where(Signup.activity_id == activity.id,
                                                    Signup.participant_id == person.id)).first()
    if existing is not None and existing.deleted_at is None and existing.state != SignupState.CANCELLED.value:
        raise ValidationError(f"{person.name} er allerede tilmeldt {activity.title}.", "name")
    capacity = capacity_of(session, activity)
    taken = session.scalar(select(func.count()).select_from(Signup).where(
        Signup.activity_id == activity.id, Signup.state == SignupState.SIGNED_UP.value,
        Signup.deleted_at.is_(None))) or 0
    waiting = session.scalar(select(func.count()).select_from(Signup).where(
        Signup.activity_id == activity.id, Signup.state == SignupState.WAITING.value,
        Signup.deleted_at.is_(None))) or 0
    state = SignupState.WAITING if capacity is not None and (taken >= capacity or waiting) \
        else SignupState.SIGNED_UP
    if existing is None:
        existing = Signup(activity_id=activity.id, participant_id=person.id)
        session.add(existing)
    existing.state, existing.queued_at, existing.moved_up_at = state.value, now, None
    existing.deleted_at = None
    existing.signed_up_by_id = actor.id if actor else None
    session.flush()
    audit.record(session, "tilmeld", staff_id=actor.id if actor else None, table_name="signups",
                 row_id=existing.id, detail=f"{activity.title}: {state.value}")
    return SignupResult(existing.id, person.id, state, waiting + 1 if state is SignupState.WAITING else 0)


class SignupService:
    def __init__(self, db: Database):
        self.db = db

    def overview(self, activity_id: str, actor: StaffInfo | None) -> SignupOverview:
        with self.db.reading() as session:
            role = require_staff(session, actor)
            activity = _activity(session, activity_id)
            households = {}
            rows: dict[str, list[SignupRow]] = {SignupState.SIGNED_UP.value: [], SignupState.WAITING.value: []}
            query = (select(Signup, Participant).join(Participant, Participant.id == Signup.participant_id)
                     .where(Signup.activity_id == activity_id, Signup.deleted_at.is_(None),
                            Signup.state != SignupState.CANCELLED.value)
                     .order_by(Signup.queued_at, Signup.id))
            found = session.execute(query).all()
            household_ids = {p.household_id for _, p in found if p.household_id}
            if household_ids:
                households = {h.id: h for h in session.scalars(
                    select(Participant).where(Participant.id.in_(household_ids)))}
            for signup, person in found:
                household = households.get(person.household_id)
                contact = ""
                if may_see_contact(role):
                    holder = person if (person.phone or person.email) or household is None else household
                    contact = " · ".join(v for v in (holder.phone, holder.email) if v)
                listing = rows[signup.state]
                listing.append(SignupRow(
                    signup.id, person.id, display_name(person.name, household.name if household else None),
                    person.age_band, person.gender, person.language, contact, SignupState(signup.state),
                    len(listing) + 1 if signup.state == SignupState.WAITING.value else 0,
                    signup.moved_up_at is not None))
            days = tuple(session.scalars(select(ActivitySession.day).where(
                ActivitySession.activity_id == activity_id, ActivitySession.deleted_at.is_(None),
                ActivitySession.status != SessionStatus.CANCELLED.value).order_by(ActivitySession.day)))
            return SignupOverview(activity.id, activity.title, activity.estate_id, activity.start_date,
                                  activity.end_date, capacity_of(session, activity),
                                  tuple(rows[SignupState.SIGNED_UP.value]), tuple(rows[SignupState.WAITING.value]),
                                  days)

    def sign_up(self, activity_id: str, data: ParticipantInput | None, actor: StaffInfo | None, *,
                participant_id: str | None = None, today: date | None = None,
                now: datetime | None = None) -> SignupResult:
        """Sign up a new participant (`data`) or one already known (`participant_id`)."""
        today = today or date.today()
        checked = check_participant(data, today) if data is not None else None
        now = now or utcnow()
        with self.db.transaction() as session:
            require_staff(session, actor)
            activity = _activity(session, activity_id)
            person: Participant | None
            if checked is not None:
                person = add_participant(session, activity, checked)
            else:
                person = session.get(Participant, participant_id or "")
                if person is None or person.deleted_at is not None or person.name == ERASED_NAME:
                    raise NotFoundError("Deltageren findes ikke længere.")
            return place(session, activity, person, actor, now)

    def cancel(self, signup_id: str, actor: StaffInfo | None, now: datetime | None = None) -> CancelResult:
        now = now or utcnow()
        with self.db.transaction() as session:
            require_staff(session, actor)
            signup = session.get(Signup, signup_id)
            if signup is None or signup.deleted_at is not None or signup.state == SignupState.CANCELLED.value:
                raise NotFoundError("Tilmeldingen findes ikke længere.")
            activity = _activity(session, signup.activity_id)
            signup.state = SignupState.CANCELLED.value
            session.flush()
            moved = _fill_seats(session, activity, now)
            audit.record(session, "afmeld", staff_id=actor.id if actor else None, table_name="signups",
                         row_id=signup.id, detail=f"{activity.title}: {len(moved)} rykket op fra ventelisten")
            return CancelResult(tuple(_name(session, s.participant_id) for s in moved))

    def set_capacity(self, activity_id: str, capacity: int | None, actor: StaffInfo | None,
                     now: datetime | None = None) -> CancelResult:
        """Seats for sign-ups (None: the room's capacity); more seats move the waiting list up."""
        if capacity is not None:
            positive_int(capacity, "antal pladser", "capacity", 1000)
        with self.db.transaction() as session:
            require_staff(session, actor)
            activity = _activity(session, activity_id)
            activity.signup_capacity = capacity
            activity.signup_required = True
            session.flush()
            moved = _fill_seats(session, activity, now or utcnow())
            return CancelResult(tuple(_name(session, s.participant_id) for s in moved))


def _name(session: Session, participant_id: str) -> str:
    person = session.get(Participant, participant_id)
    household = session.get(Participant, person.household_id) if person and person.household_id else None
    return display_name(person.name, household.name if household else None) if person else ""
