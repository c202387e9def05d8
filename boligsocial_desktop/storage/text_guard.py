"""The last line of defence against CPR numbers: a before_flush check over every free-text column.

The services check each field as it is typed (services/validation.py) and name the field in
the form. This guard runs on every ORM flush of a CaptureSession, so a code path that forgets
the service check (a new dialog, a script, a future importer) still cannot store a CPR number.
Sealed values (crypto.sealed_values) are ciphertext: their plain text was checked before sealing.
It looks at the new rows and at the columns that changed on updated rows, so an old row that
already holds one can still be edited elsewhere (and cleaned up).

Every String, Text and JSON column of the shared tables is either in GUARDED (with the Danish
field name used in the message) or in EXEMPT (with the reason), and a test keeps it that way,
so a new column cannot be forgotten. Primary and foreign keys are exempt as identifiers.

Sync writes other PCs' changes through Core, not the ORM, so merging never stops on a row
another PC stored before it had this guard.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from ..crypto.sealed_text import is_sealed_value
from ..domain.cpr import contains_cpr_number
from ..errors import ValidationError

# table -> column -> the field's Danish name in messages
GUARDED: dict[str, dict[str, str]] = {
    "estates": {"name": "Afdelingens navn", "code": "Afdelingskode", "address": "Adresse",
                "housing_organisation": "Boligorganisation"},
    "houses": {"name": "Husets navn", "address": "Adresse"},
    "rooms": {"name": "Lokalets navn"},
    "closing_periods": {"name": "Lukkeperiodens navn"},
    "grant_periods": {"name": "Periodens navn"},
    "focus_areas": {"name": "Indsatsområdets navn"},
    "partners": {"name": "Samarbejdspartner", "kind": "Partnerens type", "contact": "Kontakt"},
    "staff_members": {"name": "Navn", "initials": "Initialer", "email": "E-mail", "phone": "Telefon"},
    "activities": {"title": "Titel", "description": "Beskrivelse", "signup_url": "Tilmeldingslink",
                   "contact": "Kontakt", "season": "Sæson", "translations": "Oversættelser"},
    "sessions": {"cancel_reason": "Årsag", "note": "Note"},
    "ambassadors": {"name": "Navn", "address": "Adresse", "phone": "Telefon", "email": "E-mail",
                    "training_course": "Uddannelsesforløb", "notes": "Noter"},
    "duties": {"description": "Beskrivelse"},
    "move_ins": {"address": "Adresse", "note": "Note"},
    "advice_topics": {"name": "Emne"},
    "referral_targets": {"name": "Henvisning"},
    "advice_cases": {"name": "Navn", "phone": "Telefon", "email": "E-mail", "consent_scope": "Samtykkets omfang"},
    "advice_visits": {"outcome": "Resultat", "notes": "Noter"},
    "audit_log": {"detail": "Logdetalje"},
    "participants": {"name": "Navn", "phone": "Telefon", "email": "E-mail"},
}

_CODE = "a value from the program's fixed list (an enum), never free text"
_LANGUAGES = "ISO 639-1 language codes chosen from a list"
# (table, column) -> why the column is not checked
EXEMPT: dict[tuple[str, str], str] = {
    ("advice_cases", "consent_kind"): _CODE,
    ("staff_members", "role"): _CODE,
    ("staff_members", "os_username"): "the Windows login name, taken from the operating system",
    ("staff_members", "pin_hash"): "a salted hash of the PIN; hex digits, never the PIN",
    ("advice_visits", "language"): _LANGUAGES,
    ("advice_visits", "age_band"): _CODE,
    ("advice_visits", "gender"): _CODE,
    ("advice_visits", "repeat_token_hash"): "a hash; the token itself is CPR-checked before hashing",
    ("advice_visits", "repeat_token_sealed"): "a sealed repeat code; the code is CPR-checked before sealing",
    ("adviser_keys", "kind"): _CODE,
    ("adviser_keys", "key_id"): "a key id made by the program",
    ("adviser_keys", "public_key"): "a public key (base64) made by the program",
    ("adviser_keys", "kdf"): "scrypt parameters made by the program",
    ("adviser_keys", "wrapped"): "a wrapped key (base64) made by the program",
    ("ambassadors", "status"): _CODE,
    ("ambassadors", "consent_scope"): _CODE,
    ("ambassador_languages", "language"): _LANGUAGES,
    ("ambassador_languages", "level"): _CODE,
    ("audit_log", "action"): "a fixed action name written by the program",
    ("audit_log", "table_name"): "a table name written by the program",
    ("audit_log", "row_id"): "a row id (UUID) written by the program",
    ("move_ins", "household_languages"): _LANGUAGES,
    ("activities", "target_group"): _CODE,
    ("activities", "languages"): _LANGUAGES,
    ("activities", "recurrence"): "the series rule, built by the program from the form's choices",
    ("activities", "weekdays"): 'the weekday numbers of a series ("0,3"), built by the program from the weekday picker',
    ("activity_targets", "metric"): _CODE,
    ("sessions", "status"): _CODE,
    ("attendance_counts", "age_band"): _CODE,
    ("attendance_counts", "gender"): _CODE,
    ("duties", "kind"): _CODE,
    ("duties", "series_id"): "the id shared by the shifts of one repeating series, made by the program",
    ("duty_assignments", "state"): _CODE,
    ("welcome_visits", "state"): _CODE,
    ("participants", "kind"): _CODE,
    ("participants", "age_band"): _CODE,
    ("participants", "gender"): _CODE,
    ("participants", "language"): _LANGUAGES,
    ("participants", "consent_kind"): _CODE,
    ("signups", "state"): _CODE,
    ("attendance_extras", "age_band"): _CODE,
    ("attendance_extras", "gender"): _CODE,
    ("office_settings", "key"): "a setting name chosen by the program",
    ("office_settings", "value"): "settings, logos (PNG data) and the flyer phrase memory, whose texts "
                                  "services.flyers checks for CPR numbers before remembering them",
}


def _strings(value: Any) -> Iterator[str]:
    """Every string in a value (JSON columns hold nested dicts and lists)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def check_row(obj: Any, only_changed: bool) -> None:
    """Raise ValidationError when a guarded column of `obj` holds a CPR number."""
    table = getattr(obj, "__tablename__", None)
    columns = GUARDED.get(table or "")
    if not columns:
        return
    state = inspect(obj)
    for column, label in columns.items():
        if only_changed and not state.attrs[column].history.has_changes():
            continue
        value = getattr(obj, column)
        if any(contains_cpr_number(text) for text in _strings(value) if not is_sealed_value(text)):
            # The same wording as services.validation.cpr_message.
            raise ValidationError(f"Feltet »{label}« ligner et CPR-nummer. Skriv ikke CPR-numre i programmet.",
                                  column)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.new:
        check_row(obj, only_changed=False)
    for obj in session.dirty:
        check_row(obj, only_changed=True)


def install_cpr_guard(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _before_flush)


__all__ = ["EXEMPT", "GUARDED", "check_row", "install_cpr_guard"]
