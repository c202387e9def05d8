"""The roster of resident ambassadors: who they are, what they speak, consent to keep contact data.

Rules:
- Contact data (address, phone, e-mail) is stored only with recorded consent (date and scope).
- Other ambassadors see a phone number only when the scope is `gemme_og_dele`.
- A duplicate is the same name and phone; without a phone, the same name in the same estate.
- When an ambassador stops, future shifts are cancelled and open welcome visits go back to the
  queue in the same transaction; contact data is deleted later by `retention`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ...domain.danish import clock_range_exact, danish_sort_key
from ...domain.enums import (
    AmbassadorStatus,
    AssignmentState,
    ConsentScope,
    WelcomeVisitState,
)
from ...domain.languages import LEVEL_RANK, LanguageLevel
from ...errors import NotFoundError, StaleEditError, ValidationError
from ...storage.engine import Database
from ...storage.models import (
    Ambassador,
    AmbassadorLanguage,
    Duty,
    DutyAssignment,
    Estate,
    WelcomeVisit,
)
from ...storage.types import utcnow
from .. import audit
from ..personal_data import column_class, may_see
from ..staff import StaffInfo
from ..validation import check_free_text, optional_text, required_text, search_text
from ..visits.common import acting_role
from .common import (
    LanguageSkill,
    check_language_code,
    fmt_day_short,
    normalise_email,
    normalise_name,
    normalise_phone,
)

ANONYMOUS_NAME = "Anonymiseret ambassadør"
STATUS_ACTIVE_OR_PAUSED = "aktive_og_pause"  # roster filter value: everyone not stopped


@dataclass(frozen=True)
class AmbassadorInput:
    """What the detail form (or an import row) sends in. Text is raw; the service cleans it."""

    name: str
    estate_id: str
    languages: tuple[LanguageSkill, ...] = ()
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    status: str = AmbassadorStatus.ACTIVE.value
    start_date: date | None = None
    stop_date: date | None = None
    training_course: str | None = None
    training_date: date | None = None
    notes: str | None = None
    consent_scope: str = ConsentScope.NONE.value
    consent_date: date | None = None


@dataclass(frozen=True)
class AmbassadorDetail:
    id: str
    version: int
    name: str
    estate_id: str
    estate_name: str
    languages: tuple[LanguageSkill, ...]
    address: str | None
    phone: str | None
    email: str | None
    status: AmbassadorStatus
    start_date: date | None
    stop_date: date | None
    training_course: str | None
    training_date: date | None
    notes: str | None
    consent_scope: ConsentScope
    consent_date: date | None
    anonymised: bool
    hours_logged: float = 0.0
    duties_done: int = 0

    def as_input(self) -> AmbassadorInput:
        return AmbassadorInput(self.name, self.estate_id, self.languages, self.address, self.phone, self.email,
                               self.status.value, self.start_date, self.stop_date, self.training_course,
                               self.training_date, self.notes, self.consent_scope.value, self.consent_date)


@dataclass(frozen=True)
class RosterRow:
    id: str
    name: str
    estate_id: str
    estate_name: str
    languages: tuple[LanguageSkill, ...]
    status: AmbassadorStatus
    phone: str | None
    email: str | None
    consent_scope: ConsentScope
    training_date: date | None
    start_date: date | None
    anonymised: bool

    @property
    def shared_phone(self) -> str | None:
        """The phone number as others may see it (printed rosters): only with consent to share."""
        return self.phone if self.consent_scope == ConsentScope.STORE_AND_SHARE else None


@dataclass(frozen=True)
class RosterFilter:
    estate_id: str | None = None
    language: str | None = None
    status: str | None = STATUS_ACTIVE_OR_PAUSED  # a status value, STATUS_ACTIVE_OR_PAUSED or None (all)
    text: str = ""


@dataclass(frozen=True)
class Cleaned:
    values: dict[str, Any]
    languages: tuple[LanguageSkill, ...] = field(default=())


def _parse_status(value: str) -> AmbassadorStatus:
    try:
        return AmbassadorStatus(value)
    except ValueError:
        raise ValidationError(f"Status »{value}« kendes ikke. Vælg aktiv, pause eller stoppet.", "status") from None


def _parse_scope(value: str) -> ConsentScope:
    try:
        return ConsentScope(value)
    except ValueError:
        raise ValidationError(f"Samtykket »{value}« kendes ikke. Vælg ingen, gemme eller gemme og dele.",
                              "consent_scope") from None


def clean_input(data: AmbassadorInput, today: date) -> Cleaned:
    """Every rule that needs no database: raises ValidationError naming the field."""
    name = " ".join(required_text(data.name, "navn", "name", 120).split())
    if not data.estate_id:
        raise ValidationError("Vælg ambassadørens afdeling.", "estate")
    status = _parse_status(data.status)
    scope = _parse_scope(data.consent_scope)
    address = optional_text(data.address, "adresse", "address", 200)
    check_free_text(data.phone, "telefon", "phone")
    phone = normalise_phone(data.phone)
    check_free_text(data.email, "e-mail", "email")
    email = normalise_email(data.email)
    if scope == ConsentScope.NONE:
        if address or phone or email:
            raise ValidationError(
                "Adresse, telefon og e-mail må kun gemmes, når ambassadøren har givet samtykke. "
                "Du kan registrere samtykket eller tømme felterne.", "consent_scope")
        consent_date = None
    else:
        consent_date = data.consent_date
        if consent_date is None:
            raise ValidationError("Skriv datoen for samtykket.", "consent_date")
        if consent_date > today:
            raise ValidationError("Datoen for samtykket kan ikke ligge i fremtiden.", "consent_date")
    training_course = optional_text(data.training_course, "uddannelsesforløb", "training_course", 160)
    notes = optional_text(data.notes, "noter", "notes", 4000)
    stop_date = data.stop_date
    stop_date = (stop_date or today) if status == AmbassadorStatus.STOPPED else None
    if data.start_date and stop_date and stop_date < data.start_date:
        raise ValidationError("Stopdatoen ligger før startdatoen. Ret en af datoerne.", "stop_date")
    skills: list[LanguageSkill] = []
    for skill in data.languages:
        code = check_language_code(skill.code)
        try:
            level = LanguageLevel(skill.level)
        except ValueError:
            raise ValidationError(f"Niveauet »{skill.level}« kendes ikke. Vælg modersmål, flydende, godt eller lidt.",
                                  "languages") from None
        if any(s.code == code for s in skills):
            raise ValidationError(f"Sproget {LanguageSkill(code).name} står der to gange. Fjern det ene.", "languages")
        skills.append(LanguageSkill(code, level))
    values = dict(name=name, estate_id=data.estate_id, address=address, phone=phone, email=email,
                  status=status.value, start_date=data.start_date, stop_date=stop_date,
                  training_course=training_course, training_date=data.training_date, notes=notes,
                  consent_scope=scope.value, consent_date=consent_date)
    return Cleaned(values, tuple(skills))


def find_duplicate(session: Session, values: dict[str, Any], exclude_id: str | None = None) -> Ambassador | None:
    """Same name and phone; when neither has a phone, same name in the same estate."""
    key = normalise_name(values["name"])
    query = select(Ambassador).where(Ambassador.deleted_at.is_(None), Ambassador.anonymised_at.is_(None))
    if values["phone"]:
        query = query.where(Ambassador.phone == values["phone"])
    else:
        query = query.where(Ambassador.phone.is_(None), Ambassador.estate_id == values["estate_id"])
    for row in session.scalars(query):
        if row.id != exclude_id and normalise_name(row.name) == key:
            return row
    return None


def duplicate_message(values: dict[str, Any], existing: Ambassador | None = None) -> str:
    name = existing.name if existing is not None else values["name"]
    if values["phone"]:
        return (f"Der findes allerede en ambassadør ved navn {name} med telefon {values['phone']}. "
                "Du kan åbne den eksisterende i stedet for at oprette en ny.")
    return (f"Der findes allerede en ambassadør ved navn {name} i samme afdeling. "
            "Du kan åbne den eksisterende i stedet for at oprette en ny.")


def _skills(rows: Iterable[Sequence[str]]) -> tuple[LanguageSkill, ...]:
    skills = [LanguageSkill(code, LanguageLevel(level)) for code, level in rows]
    return tuple(sorted(skills, key=lambda s: (LEVEL_RANK[s.level], danish_sort_key(s.name))))


# Contact data and notes: shown only to the roles services.personal_data lets see them (as the export does).
PROTECTED_FIELDS = ("address", "phone", "email", "notes")


class AmbassadorService:
    """`viewer`: the staff member the page shows the roster to; fields their role may not see come back as
    None, and their saves leave those fields as stored. Without a viewer (printouts, the command line's own
    checks) everything is returned."""

    def __init__(self, db: Database, today: date | None = None, viewer: StaffInfo | None = None):
        self.db = db
        self._today = today
        self.viewer = viewer

    def _hidden(self, session: Session) -> frozenset[str]:
        if self.viewer is None:
            return frozenset()
        role = acting_role(session, self.viewer)  # the role stored now, not the caller's copy
        return frozenset(f for f in PROTECTED_FIELDS if not may_see(column_class("ambassadors", f), role))

    @property
    def today(self) -> date:
        return self._today or date.today()

    # --- reads ------------------------------------------------------------

    def roster(self, flt: RosterFilter = RosterFilter()) -> list[RosterRow]:
        """The roster, sorted by name; one query for people, one for their languages."""
        with self.db.reading() as session:
            query = select(Ambassador.id, Ambassador.name, Ambassador.estate_id, Ambassador.status,
                           Ambassador.phone, Ambassador.email, Ambassador.consent_scope, Ambassador.training_date,
                           Ambassador.start_date, Ambassador.anonymised_at).where(Ambassador.deleted_at.is_(None))
            if flt.estate_id:
                query = query.where(Ambassador.estate_id == flt.estate_id)
            if flt.status == STATUS_ACTIVE_OR_PAUSED:
                query = query.where(Ambassador.status != AmbassadorStatus.STOPPED.value)
            elif flt.status:
                query = query.where(Ambassador.status == flt.status)
            languages = select(AmbassadorLanguage.ambassador_id, AmbassadorLanguage.language,
                               AmbassadorLanguage.level).where(AmbassadorLanguage.deleted_at.is_(None))
            if flt.language:
                speakers = select(AmbassadorLanguage.ambassador_id).where(
                    AmbassadorLanguage.language == flt.language, AmbassadorLanguage.deleted_at.is_(None))
                query = query.where(Ambassador.id.in_(speakers))
                languages = languages.where(AmbassadorLanguage.ambassador_id.in_(speakers))
            people = session.execute(query).all()
            needle = " ".join(search_text(flt.text).split()).casefold()
            if needle:  # in Python: SQLite's LIKE ignores case only for A–Z, not for æ, ø, å
                people = [p for p in people if needle in " ".join(p.name.split()).casefold()]
            by_person: dict[str, list[tuple[str, str]]] = {}
            for ambassador_id, code, level in session.execute(languages):
                by_person.setdefault(ambassador_id, []).append((code, level))
            estates = dict(session.execute(select(Estate.id, Estate.name)).tuples().all())
            hidden = self._hidden(session)
        rows = [RosterRow(p.id, p.name, p.estate_id, estates.get(p.estate_id, ""), _skills(by_person.get(p.id, ())),
                          AmbassadorStatus(p.status), None if "phone" in hidden else p.phone,
                          None if "email" in hidden else p.email, ConsentScope(p.consent_scope),
                          p.training_date, p.start_date, p.anonymised_at is not None) for p in people]
        rows.sort(key=lambda r: danish_sort_key(r.name))
        return rows

    def get(self, ambassador_id: str) -> AmbassadorDetail:
        with self.db.reading() as session:
            return self._detail(session, self._row(session, ambassador_id))

    def _row(self, session: Session, ambassador_id: str) -> Ambassador:
        row = session.get(Ambassador, ambassador_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("Ambassadøren findes ikke længere.")
        return row

    def _detail(self, session: Session, row: Ambassador) -> AmbassadorDetail:
        skills = _skills(session.execute(
            select(AmbassadorLanguage.language, AmbassadorLanguage.level).where(
                AmbassadorLanguage.ambassador_id == row.id, AmbassadorLanguage.deleted_at.is_(None))).all())
        hours, done = session.execute(
            select(func.coalesce(func.sum(DutyAssignment.hours), 0), func.count(DutyAssignment.id)).where(
                DutyAssignment.ambassador_id == row.id, DutyAssignment.deleted_at.is_(None),
                DutyAssignment.state == AssignmentState.DONE.value)).one()
        estate = session.get(Estate, row.estate_id)
        hidden = self._hidden(session)
        shown = {f: None if f in hidden else getattr(row, f) for f in PROTECTED_FIELDS}
        return AmbassadorDetail(row.id, row.version, row.name, row.estate_id, estate.name if estate else "", skills,
                                shown["address"], shown["phone"], shown["email"], AmbassadorStatus(row.status),
                                row.start_date, row.stop_date, row.training_course, row.training_date, shown["notes"],
                                ConsentScope(row.consent_scope), row.consent_date, row.anonymised_at is not None,
                                float(hours or 0), int(done or 0))

    # --- writes -----------------------------------------------------------

    def create(self, data: AmbassadorInput, *, actor_id: str | None = None) -> AmbassadorDetail:
        cleaned = clean_input(data, self.today)
        with self.db.transaction() as session:
            row = insert_ambassador(session, cleaned)
            audit.record(session, "opret ambassadør", staff_id=actor_id, table_name="ambassadors", row_id=row.id)
            return self._detail(session, row)

    def update(self, ambassador_id: str, data: AmbassadorInput, *, expected_version: int | None = None,
               actor_id: str | None = None) -> AmbassadorDetail:
        cleaned = clean_input(data, self.today)
        with self.db.transaction() as session:
            row = self._row(session, ambassador_id)
            if row.anonymised_at is not None:
                raise ValidationError("Ambassadøren er anonymiseret og kan ikke ændres.", "name")
            if expected_version is not None and row.version != expected_version:
                raise StaleEditError("En anden har gemt ændringer til ambassadøren, mens du redigerede. "
                                     "Luk vinduet og åbn ambassadøren igen.")
            _check_estate(session, cleaned.values["estate_id"])
            duplicate = find_duplicate(session, cleaned.values, exclude_id=row.id)
            if duplicate is not None:
                raise ValidationError(duplicate_message(cleaned.values, duplicate), "name")
            was_stopped = row.status == AmbassadorStatus.STOPPED.value
            hidden = self._hidden(session)  # what the saver never saw stays as stored
            for key, value in cleaned.values.items():
                if key in hidden:
                    continue
                if key == "stop_date" and was_stopped and cleaned.values["status"] == AmbassadorStatus.STOPPED.value:
                    value = data.stop_date or row.stop_date or value
                setattr(row, key, value)
            _set_languages(session, row.id, cleaned.languages)
            row.updated_at = utcnow()  # every save is a new version, also when only languages changed
            if cleaned.values["status"] == AmbassadorStatus.STOPPED.value and not was_stopped:
                release_future_work(session, row.id, self.today)
            session.flush()
            audit.record(session, "ret ambassadør", staff_id=actor_id, table_name="ambassadors", row_id=row.id)
            return self._detail(session, row)

    def future_shifts(self, ambassador_id: str) -> list[str]:
        """The coming shifts an ambassador would leave on stopping (what `release_future_work` cancels)."""
        with self.db.reading() as session:
            rows = session.execute(
                select(Duty.day, Duty.start_time, Duty.end_time, Duty.kind).join(
                    DutyAssignment, Duty.id == DutyAssignment.duty_id).where(
                    DutyAssignment.ambassador_id == ambassador_id, DutyAssignment.deleted_at.is_(None),
                    Duty.deleted_at.is_(None), Duty.day >= self.today,
                    DutyAssignment.state.in_([AssignmentState.PROPOSED.value, AssignmentState.CONFIRMED.value]))
                .order_by(Duty.day, Duty.start_time)).all()
        return [f"{fmt_day_short(day)} {clock_range_exact(start, end)} {kind}" for day, start, end, kind in rows]

    def set_status(self, ambassador_id: str, status: str, *, actor_id: str | None = None) -> AmbassadorDetail:
        detail = self.get(ambassador_id)
        return self.update(ambassador_id, replace(detail.as_input(), status=status), expected_version=detail.version,
                           actor_id=actor_id)


def _check_estate(session: Session, estate_id: str) -> None:
    estate = session.get(Estate, estate_id)
    if estate is None or estate.deleted_at is not None:
        raise ValidationError("Afdelingen findes ikke længere. Vælg en anden afdeling.", "estate")


def insert_ambassador(session: Session, cleaned: Cleaned, *, allow_duplicate: bool = False) -> Ambassador:
    """Insert one cleaned ambassador with languages; refuses duplicates unless the user confirmed them (an
    import with duplicates allowed). Used by create and import."""
    _check_estate(session, cleaned.values["estate_id"])
    duplicate = None if allow_duplicate else find_duplicate(session, cleaned.values)
    if duplicate is not None:
        raise ValidationError(duplicate_message(cleaned.values, duplicate), "name")
    row = Ambassador(**cleaned.values)
    session.add(row)
    session.flush()
    _set_languages(session, row.id, cleaned.languages)
    return row


def _set_languages(session: Session, ambassador_id: str, skills: tuple[LanguageSkill, ...]) -> None:
    existing = {r.language: r for r in session.scalars(
        select(AmbassadorLanguage).where(AmbassadorLanguage.ambassador_id == ambassador_id))}
    wanted = {s.code: s.level.value for s in skills}
    for code, row in existing.items():
        if code not in wanted and row.deleted_at is None:
            row.deleted_at = utcnow()
    for code, level in wanted.items():
        current = existing.get(code)
        if current is None:
            session.add(AmbassadorLanguage(ambassador_id=ambassador_id, language=code, level=level))
        else:
            if current.deleted_at is not None:
                current.deleted_at = None
            if current.level != level:
                current.level = level


def release_future_work(session: Session, ambassador_id: str, today: date) -> None:
    """A stopped ambassador: future shifts become cancellations, planned welcome visits reopen."""
    future = session.scalars(
        select(DutyAssignment).join(Duty, Duty.id == DutyAssignment.duty_id).where(
            DutyAssignment.ambassador_id == ambassador_id, DutyAssignment.deleted_at.is_(None),
            Duty.day >= today,
            DutyAssignment.state.in_([AssignmentState.PROPOSED.value, AssignmentState.CONFIRMED.value])))
    for assignment in future:
        assignment.state = AssignmentState.CANCELLED.value
    visits = session.scalars(select(WelcomeVisit).where(
        and_(WelcomeVisit.ambassador_id == ambassador_id, WelcomeVisit.deleted_at.is_(None),
             WelcomeVisit.state.in_([WelcomeVisitState.OPEN.value, WelcomeVisitState.PLANNED.value]))))
    for visit in visits:
        visit.ambassador_id = None
        visit.state = WelcomeVisitState.OPEN.value
