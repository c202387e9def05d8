"""Participants: what may be stored about a person or household, and who may see it.

Least data: a person is a first name and the initial of the surname (»Amira H.«), an age band,
a gender and a language; a child is linked to a household (»Familien H., lejl. 12«). A phone
number or e-mail address is kept only with recorded consent. Every text goes through the one
CPR check (services.validation), and the database's own guard (storage.text_guard) backs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ...domain.enums import ConsentKind, Gender, ParticipantKind, StaffRole
from ...domain.languages import language_name
from ...domain.vocabulary import AGE_BANDS
from ...errors import ValidationError
from ..ambassadors.common import check_language_code, normalise_email, normalise_phone
from ..personal_data import SIGNUP_STAFF
from ..staff import StaffInfo
from ..validation import check_free_text, refuse_cpr, required_text
from ..visits.common import AccessDenied, acting_role, require_staff

NAME_MAX = 40
HOUSEHOLD_MAX = 60
ERASED_NAME = "(slettet)"
_INITIAL = re.compile(r"^\w\.?$")


@dataclass(frozen=True)
class ParticipantInput:
    name: str
    age_band: str | None
    gender: str = Gender.UNKNOWN.value
    language: str | None = None
    household: str | None = None  # the household or flat a child signs up through
    phone: str | None = None
    email: str | None = None
    consent_kind: str | None = None  # ConsentKind: needed for phone or e-mail
    consent_date: date | None = None


@dataclass(frozen=True)
class CheckedParticipant:
    name: str
    age_band: str
    gender: str
    language: str | None
    household: str | None
    phone: str | None
    email: str | None
    consent_kind: str | None
    consent_date: date | None


def check_person_name(value: str | None) -> str:
    """First name and the initial of the surname at most: »Amira«, »Amira H.«, »Anne-Marie K.«."""
    name = required_text(" ".join((value or "").split()), "navn", "name", NAME_MAX)
    words = name.split(" ")
    if len(words) > 2 or (len(words) == 2 and not _INITIAL.match(words[1])):
        raise ValidationError(f"Skriv kun fornavn og forbogstav i efternavnet, fx »{words[0]} "
                              f"{words[-1][:1].upper()}.«. Programmet gemmer ikke fulde navne på deltagere.", "name")
    if len(words) == 2 and not words[1].endswith("."):
        name = f"{words[0]} {words[1].upper()}."
    return name


def check_participant(data: ParticipantInput, today: date) -> CheckedParticipant:
    name = check_person_name(data.name)
    if data.age_band not in AGE_BANDS:
        raise ValidationError("Vælg en aldersgruppe.", "age_band")
    if data.gender not in {g.value for g in Gender}:
        raise ValidationError("Vælg et køn (eller »ukendt«).", "gender")
    language = check_language_code(data.language or "", "language") if (data.language or "").strip() else None
    household = None
    if (data.household or "").strip():
        household = required_text(" ".join((data.household or "").split()), "husstand eller lejlighed", "household",
                                  HOUSEHOLD_MAX)
    refuse_cpr(data.phone, "telefon", "phone")
    refuse_cpr(data.email, "e-mail", "email")
    check_free_text(data.email, "e-mail", "email")
    phone, email = normalise_phone(data.phone), normalise_email(data.email)
    consent_kind, consent_date = data.consent_kind or None, data.consent_date
    if phone or email:
        if consent_kind not in {k.value for k in ConsentKind}:
            raise ValidationError("Telefon og e-mail gemmes kun med samtykke. Sæt kryds ved samtykke (mundtligt "
                                  "eller skriftligt), eller lad felterne stå tomme.", "consent")
        consent_date = consent_date or today
        if consent_date > today:
            raise ValidationError("Samtykkets dato kan ikke ligge i fremtiden.", "consent")
    else:
        consent_kind, consent_date = None, None
    return CheckedParticipant(name, data.age_band, data.gender, language, household, phone, email, consent_kind,
                              consent_date)


def display_name(name: str, household: str | None) -> str:
    return f"{name} ({household})" if household else name


def language_text(code: str | None) -> str:
    return language_name(code) if code else ""


def require_signup_staff(session: Session, actor: StaffInfo | None, what: str) -> StaffRole:
    """Coordinators and administrators: exports and lists with names that leave the program."""
    role = acting_role(session, actor)
    if role not in SIGNUP_STAFF:
        raise AccessDenied(f"Kun koordinatorer og administratorer kan {what}.")
    return role


def may_see_contact(role: StaffRole | None) -> bool:
    return role in SIGNUP_STAFF


__all__ = [
    "ERASED_NAME",
    "CheckedParticipant",
    "ParticipantInput",
    "ParticipantKind",
    "check_participant",
    "check_person_name",
    "display_name",
    "language_text",
    "may_see_contact",
    "require_signup_staff",
    "require_staff",
]
