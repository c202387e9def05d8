"""Which columns hold personal data, and who may see them: the one mapping every export uses.

Every text column (String, Text, JSON) of every table is classified here; a test checks
that none is missing, so a new column cannot leave the office unnoticed. Keys (`id`) and
foreign keys hold ids only and need no entry.

A column is either
- `PUBLIC`: no personal data;
- `personal(roles)`: personal data, shown in plain only to staff with one of `roles`
  (the same rules as the services: notes and named cases for advisers, contact data of
  ambassadors for coordinators and advisers, ...); everyone else gets it masked;
- `SECRET`: never in plain, for anyone (PIN hashes).

`ROW_VALUES` marks the JSON columns of the sharing bookkeeping (outbox, held changes,
conflicts) that carry other tables' values: there every personal or secret field is
masked for every role, because those tables are about the program, not about people.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy import Column as TableColumn

from ..domain.enums import StaffRole
from ..storage.models import Base


@dataclass(frozen=True)
class Column:
    personal: bool
    roles: frozenset[StaffRole]  # who sees the value in plain; empty: nobody
    row_values: bool = False  # JSON of another table's fields (outbox, sync): masked field by field


ALL_STAFF = frozenset(StaffRole)
COORDINATORS = frozenset({StaffRole.COORDINATOR, StaffRole.ADVISER, StaffRole.ADMINISTRATOR})
ADVISERS = frozenset({StaffRole.ADVISER, StaffRole.ADMINISTRATOR})
ADMINISTRATORS = frozenset({StaffRole.ADMINISTRATOR})
# Participants of sign-up activities (children and families): coordinators and administrators.
SIGNUP_STAFF = frozenset({StaffRole.COORDINATOR, StaffRole.ADMINISTRATOR})

PUBLIC = Column(False, ALL_STAFF)
SECRET = Column(True, frozenset())
ROW_VALUES = Column(True, frozenset(), row_values=True)
MASK = "(skjult)"


def personal(roles: frozenset[StaffRole]) -> Column:
    return Column(True, roles)


def _public(*names: str) -> dict[str, Column]:
    return {name: PUBLIC for name in names}


# Who may export a table at all (absent: anyone, personal columns masked by role).
TABLE_ROLES: dict[str, frozenset[StaffRole]] = {
    "advice_cases": ADVISERS,  # named cases: advisers only (services.visits.cases)
    "advice_visits": COORDINATORS,  # single visits: not student helpers (ReportService.export_raw_visits)
    "audit_log": ADMINISTRATORS,  # services.visits.audit_log
    "participants": SIGNUP_STAFF,  # children and families signed up for activities (services.signups)
}

COLUMNS: dict[str, dict[str, Column]] = {
    "activities": _public(
        "title",
        "description",
        "target_group",
        "languages",
        "signup_url",
        "recurrence",
        "season",
        "weekdays",
        "translations",
    )
    | {"contact": PUBLIC},  # the activity's contact, printed on posters
    "activity_targets": _public("metric"),
    "advice_cases": {
        "name": personal(ADVISERS),
        "phone": personal(ADVISERS),
        "email": personal(ADVISERS),
        "consent_scope": personal(ADVISERS),
        "consent_kind": PUBLIC,
    },
    "advice_topics": _public("name"),
    "advice_visit_referrals": {},
    "advice_visit_topics": {},
    "advice_visits": _public("language", "age_band", "gender")
    | {
        "outcome": personal(COORDINATORS),
        "notes": personal(ADVISERS),
        "repeat_token_hash": personal(ADVISERS),  # links one resident's visits
        "case_id": personal(ADVISERS),  # whether a visit belongs to a named case (build_rows hides it)
        "repeat_token_sealed": SECRET,  # a repeat code sealed to the advisers until one signs in
    },
    # The advisers' key and its wraps: useless without a PIN, but nobody needs them outside the program.
    "adviser_keys": {"kind": PUBLIC, "key_id": PUBLIC, "public_key": SECRET, "kdf": SECRET, "wrapped": SECRET},
    "ambassador_languages": _public("language", "level"),
    "ambassadors": _public("status", "training_course", "consent_scope")
    | {
        "name": personal(ALL_STAFF),
        "address": personal(COORDINATORS),
        "phone": personal(COORDINATORS),
        "email": personal(COORDINATORS),
        "notes": personal(COORDINATORS),
    },
    "attendance_counts": _public("age_band", "gender"),
    "attendances": {},
    "attendance_extras": _public("age_band", "gender"),
    "attendance_ticks": {},
    "audit_log": _public("action", "table_name", "row_id") | {"detail": personal(ADMINISTRATORS)},
    "closing_periods": _public("name"),
    "duties": _public("kind", "description", "series_id"),  # series_id: a UUID made by the program
    "duty_assignments": _public("state"),
    "estates": _public("name", "code", "address", "housing_organisation"),
    "focus_areas": _public("name"),
    "grant_periods": _public("name"),
    "houses": _public("name", "address"),
    "local_state": _public("key", "value"),
    "move_ins": _public("household_languages") | {"address": personal(ALL_STAFF), "note": personal(ALL_STAFF)},
    # A setting's value can be the key behind the repeat codes: that row never leaves (SECRET_ROWS), and in
    # the sharing bookkeeping every setting value is masked (an update there names no key).
    "office_settings": {"key": PUBLIC, "value": personal(ALL_STAFF)},
    "outbox": _public("table_name", "row_id", "op", "hlc", "origin", "base_clocks") | {"fields": ROW_VALUES},
    "participants": _public("kind", "age_band", "gender", "language", "consent_kind")
    | {
        "name": personal(SIGNUP_STAFF),
        "phone": personal(SIGNUP_STAFF),
        "email": personal(SIGNUP_STAFF),
    },
    "partners": _public("name", "kind", "contact"),
    "referral_targets": _public("name"),
    "rooms": _public("name"),
    "sessions": _public("status", "cancel_reason", "note"),
    "signups": _public("state"),
    "staff_members": _public("name", "initials", "role")
    | {
        "email": personal(ALL_STAFF),
        "phone": personal(ALL_STAFF),
        "os_username": personal(ALL_STAFF),
        "pin_hash": SECRET,
    },
    "sync_applied": _public("origin", "last_hlc", "chain"),
    "sync_conflicts": _public(
        "kind", "table_name", "row_id", "field", "key", "local_hlc", "remote_hlc", "remote_origin", "resolution"
    )
    | {
        "local_value": ROW_VALUES,
        "remote_value": ROW_VALUES,
        "detail": ROW_VALUES,
    },
    "sync_dropped_rows": _public("table_name", "row_id", "winner_id", "conflict_id"),
    "sync_exported_files": _public("name", "origin", "sha256", "state", "chain"),
    "sync_field_clock": _public("table_name", "row_id", "field", "hlc"),
    "sync_held_changes": _public("origin", "table_name", "row_id", "op", "hlc", "base", "reason")
    | {
        "fields": ROW_VALUES,
    },
    "sync_parked_files": _public("path", "origin", "kind", "detail"),
    "sync_peers": _public("origin", "name", "app_version", "status_file", "positions", "former_origins"),
    "welcome_visits": _public("state"),
}

# Rows that never leave, whoever asks: (table, column, value).
SECRET_ROWS = (("office_settings", "key", "visits.token_secret"),)

# sync_conflicts.detail: keys that hold ids and clocks only; anything else (a message naming a person,
# later edits' values) is masked.
_DETAIL_IDS = frozenset({"rows", "keep_candidates", "kept", "dropped", "loser_id", "clocks"})


def is_text_column(col: TableColumn[Any]) -> bool:
    return isinstance(col.type, (String, JSON))  # Text is a String


def column_class(table: str, column: str) -> Column:
    """The classification of a column; ids, foreign keys and non-text columns are PUBLIC.

    An unclassified text column counts as SECRET (never exported in plain); the test
    tests/export/test_table_export.py fails for it, so it is noticed before a release.
    """
    found = COLUMNS.get(table, {}).get(column)
    if found is not None:
        return found
    col = Base.metadata.tables[table].c[column]
    if col.foreign_keys or (col.primary_key and column == "id") or not is_text_column(col):
        return PUBLIC
    return SECRET


def unclassified_columns() -> list[str]:
    """Text columns missing from COLUMNS (should be none)."""
    return [f"{table.name}.{col.name}" for table in Base.metadata.sorted_tables for col in table.columns
            if is_text_column(col) and not col.foreign_keys and not (col.primary_key and col.name == "id")
            and col.name not in COLUMNS.get(table.name, {})]


def table_has_personal_data(table: str) -> bool:
    return table in TABLE_ROLES or any(c.personal for c in COLUMNS.get(table, {}).values())


def is_personal_field(table: str, field: str) -> bool:
    """Whether a field of `table` (as carried in outbox and sync JSON) holds personal or secret data.

    An unknown table or field (a newer version's) counts as personal: masked rather than leaked.
    """
    if table not in Base.metadata.tables:
        return True
    if field not in Base.metadata.tables[table].c:
        return True
    return column_class(table, field).personal


def mask_row_values(table: str | None, values: Any) -> Any:
    """`{field: value}` of `table` with the values of personal fields masked."""
    if not isinstance(values, dict):
        return None if values is None else MASK
    return {field: (MASK if value is not None and (table is None or is_personal_field(table, field)) else value)
            for field, value in values.items()}


def mask_conflict_detail(table: str | None, detail: Any) -> Any:
    if not isinstance(detail, dict):
        return None if detail is None else MASK
    masked = {}
    for key, value in detail.items():
        if key in _DETAIL_IDS:
            masked[key] = value
        elif key == "later" and isinstance(value, list):
            masked[key] = [{**entry, "fields": mask_row_values(table, entry.get("fields"))}
                           if isinstance(entry, dict) else MASK for entry in value]
        else:
            masked[key] = None if value is None else MASK
    return masked


def may_see(column: Column, role: StaffRole | None) -> bool:
    return not column.personal or (role is not None and role in column.roles)


__all__ = [
    "ADMINISTRATORS",
    "ADVISERS",
    "ALL_STAFF",
    "COLUMNS",
    "COORDINATORS",
    "MASK",
    "PUBLIC",
    "ROW_VALUES",
    "SECRET",
    "SECRET_ROWS",
    "SIGNUP_STAFF",
    "TABLE_ROLES",
    "Column",
    "column_class",
    "is_personal_field",
    "mask_conflict_detail",
    "mask_row_values",
    "may_see",
    "table_has_personal_data",
    "unclassified_columns",
]
