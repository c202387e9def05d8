"""Shared pieces of the ambassador services: office settings, checks and Danish formatting.

The Danish date helpers are local on purpose: `domain/danish.py` is being merged from
another branch; when it lands these can delegate to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.danish import short_date
from ...domain.languages import LanguageLevel, is_known, language_name, parse_language
from ...errors import ValidationError
from ...storage.engine import Database
from ...storage.models import OfficeSetting

# --- Office settings (shared between the office's PCs) -----------------------

CONTACT_DELETION_KEY = "ambassadors.contact_deletion_days"
WELCOME_DUE_KEY = "ambassadors.welcome_visit_due_days"
DEFAULT_CONTACT_DELETION_DAYS = 90
DEFAULT_WELCOME_DUE_DAYS = 14
LOAD_WINDOW_DAYS = 60


@dataclass(frozen=True)
class AmbassadorSettings:
    contact_deletion_days: int = DEFAULT_CONTACT_DELETION_DAYS
    welcome_visit_due_days: int = DEFAULT_WELCOME_DUE_DAYS


def _setting_days(session: Session, key: str, default: int) -> int:
    row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == key,
                                                      OfficeSetting.deleted_at.is_(None))).first()
    if row is None or not isinstance(row.value, dict):
        return default
    value = row.value.get("days")
    return value if isinstance(value, int) and value >= 0 else default


def read_settings(session: Session) -> AmbassadorSettings:
    return AmbassadorSettings(_setting_days(session, CONTACT_DELETION_KEY, DEFAULT_CONTACT_DELETION_DAYS),
                              _setting_days(session, WELCOME_DUE_KEY, DEFAULT_WELCOME_DUE_DAYS))


def load_settings(db: Database) -> AmbassadorSettings:
    with db.reading() as session:
        return read_settings(session)


def save_settings(db: Database, contact_deletion_days: int, welcome_visit_due_days: int) -> AmbassadorSettings:
    if not 0 <= contact_deletion_days <= 3650:
        raise ValidationError("Fristen for sletning af kontaktoplysninger skal være mellem 0 og 3650 dage.",
                              "contact_deletion_days")
    if not 1 <= welcome_visit_due_days <= 365:
        raise ValidationError("Fristen for velkomstbesøg skal være mellem 1 og 365 dage.", "welcome_visit_due_days")
    with db.transaction() as session:
        for key, days in ((CONTACT_DELETION_KEY, contact_deletion_days), (WELCOME_DUE_KEY, welcome_visit_due_days)):
            row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == key)).first()
            if row is None:
                session.add(OfficeSetting(key=key, value={"days": days}))
            else:
                row.value = {"days": days}
                row.deleted_at = None
        return AmbassadorSettings(contact_deletion_days, welcome_visit_due_days)


# --- Languages -------------------------------------------------------------


@dataclass(frozen=True)
class LanguageSkill:
    code: str
    level: LanguageLevel = LanguageLevel.GOOD

    @property
    def name(self) -> str:
        return language_name(self.code)


def language_list(skills: tuple[LanguageSkill, ...] | list[LanguageSkill]) -> str:
    return ", ".join(skill.name for skill in skills)


def check_language_code(text: str, field: str = "languages") -> str:
    code = parse_language(text or "")
    if code is None or not is_known(code):
        raise ValidationError(
            f"Sproget »{text}« kendes ikke. Du kan skrive en sprogkode som »so« eller et dansk navn som »somali«.",
            field)
    return code


def check_language_codes(codes: list[str] | tuple[str, ...], field: str = "languages") -> list[str]:
    result: list[str] = []
    for text in codes:
        code = check_language_code(text, field)
        if code not in result:
            result.append(code)
    return result


# --- Contact data ------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalise_phone(text: str | None) -> str | None:
    """Danish numbers as "43 59 10 00"; foreign numbers keep their +prefix. None when empty."""
    raw = (text or "").strip()
    if not raw:
        return None
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+45") or (raw.startswith("0045") and len(digits) == 12):
        digits = digits[-8:] if len(digits) >= 10 else digits
    elif raw == digits and len(digits) == 10 and digits.startswith("45"):
        digits = digits[2:]  # »+45 20 30 40 50« in an Excel number cell: the number 4520304050
    elif raw.startswith("+") or raw.startswith("00"):
        digits = digits[2:] if raw.startswith("00") else digits
        if not 8 <= len(digits) <= 15:
            raise ValidationError(f"Telefonnummeret »{raw}« ser forkert ud. Skriv 8 cifre, fx 43 59 10 00.", "phone")
        return "+" + digits
    if len(digits) != 8 or re.search(r"[^\d\s+\-()]", raw):
        raise ValidationError(f"Telefonnummeret »{raw}« ser forkert ud. Skriv 8 cifre, fx 43 59 10 00.", "phone")
    return " ".join(digits[i:i + 2] for i in range(0, 8, 2))


def normalise_email(text: str | None) -> str | None:
    raw = (text or "").strip()
    if not raw:
        return None
    if len(raw) > 200 or not _EMAIL.match(raw):
        raise ValidationError(f"E-mailadressen »{raw}« ser forkert ud. Skriv den som navn@eksempel.dk.", "email")
    return raw


def normalise_name(name: str) -> str:
    return " ".join(name.split()).casefold()


# --- The roster's compact formats (the others are in domain/danish.py) ---

WEEKDAYS_SHORT = ("man", "tir", "ons", "tor", "fre", "lør", "søn")


def fmt_date(day: date | None) -> str:
    """01-12-2026 (tables and forms)."""
    return short_date(day) if day else ""


def fmt_day_short(day: date) -> str:
    """tir 01-12 (compact tables)."""
    return f"{WEEKDAYS_SHORT[day.weekday()]} {day.strftime('%d-%m')}"


def fmt_hours(hours: float | None) -> str:
    if hours is None:
        return ""
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_label(monday: date) -> str:
    """uge 49 (2026)"""
    year, week, _ = monday.isocalendar()
    return f"uge {week} ({year})"
