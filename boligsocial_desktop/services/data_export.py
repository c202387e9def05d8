"""Export of one table as JSON or CSV, in a deterministic order (same data, same bytes).

JSON keeps ISO dates, UTC times and decimal points (for programs); CSV is for Danish Excel:
decimal comma, dates dd-mm-åååå and date-times "dd-mm-åååå tt:mm" in Danish time
(spreadsheet_cells.danish_text, shared with the report's CSV).

A shared table exports the same bytes on every PC that holds the same changes: its
`updated_at` is the time of the row's newest change everywhere (see `sync.merge`), and
its `version`, a per-PC counter for optimistic locking that counts this PC's writes of
the row, is left out.

Sealed columns (notes, named cases: services.advisers_key) are opened only for a staff member
who may see them and signed in with the PIN that opens the advisers' key; for everyone else
they are masked, never written as ciphertext or plain text.

Who sees what follows `services.personal_data`, the one mapping of personal columns:
a table may need a role to be exported at all (named cases, single visits, the audit
log), and a personal column is masked for everyone whose role may not see it (the
staff member's role as stored in the database now, as in the services). The outbox and
the sharing bookkeeping never carry personal values or the repeat-code key in plain,
for any role. Every export of a table with personal data is audited, and the audit row
is committed together with the file's appearance (services.audited_files).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..crypto.sealed_text import is_sealed_value
from ..errors import ValidationError
from ..storage.engine import Database
from ..storage.models import Base, shared_models
from ..storage.outbox import to_json_value
from . import audit
from .audited_files import publish_audited, write_bytes
from .personal_data import (
    MASK,
    SECRET_ROWS,
    TABLE_ROLES,
    column_class,
    mask_conflict_detail,
    mask_row_values,
    may_see,
    table_has_personal_data,
)
from .spreadsheet_cells import csv_cell, danish_text
from .staff import StaffInfo
from .visits.common import acting_role

# Kept for callers that ask whether a table needs a staff member to be exported.
SENSITIVE_TABLES = TABLE_ROLES


def exportable_tables() -> list[str]:
    return sorted(Base.metadata.tables)


def needs_staff(table_name: str) -> bool:
    """Whether exporting the table says who exports it (it has personal data)."""
    return table_has_personal_data(table_name)


def _masked(table_name: str, columns: list[str], row: dict[str, Any], visible: dict[str, bool],
            opened: Callable[[str, Any, str], Any] | None = None) -> list[Any]:
    """The row as exported; a sealed value (advisers' key) only opened by `opened`, else masked."""
    values = []
    for name in columns:
        value = row[name]
        cls = column_class(table_name, name)
        if cls.row_values:
            inner = row.get("table_name")
            value = mask_conflict_detail(inner, value) if name == "detail" else mask_row_values(inner, value)
        elif not visible[name]:
            value = MASK  # an empty cell would tell which rows have a value (a note, a named case)
        elif is_sealed_value(value):
            value = opened(name, row.get("id"), value) if opened is not None else MASK
        values.append(value)
    return values


def _csv_text(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return str(csv_cell(json.dumps(value, ensure_ascii=False, sort_keys=True)))
    return danish_text(value)  # decimal comma, dd-mm-åååå, Danish time: what Danish Excel reads


def _encode(columns: list[str], rows: list[list[Any]], fmt: str) -> bytes:
    if fmt == "json":
        payload = json.dumps([{name: to_json_value(v) for name, v in zip(columns, row, strict=False)} for row in rows],
                             ensure_ascii=False, indent=1, sort_keys=True)
        return (payload + "\n").encode("utf-8")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([_csv_text(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def _opener(session: Session, staff: StaffInfo, table_name: str) -> Callable[[str, str | None, str], str] | None:
    """Opens the sealed values for a staff member signed in with the PIN who holds the advisers' key, else None.
    The ciphers load here, when someone is named, not for every export."""
    from . import advisers_key

    if not advisers_key.may_open(session, staff.id):
        return None

    def opened(column: str, row_id: str | None, value: str) -> str:
        plain = advisers_key.open_text(session, staff.id, value, table_name, column, row_id or "", MASK)
        return plain if plain is not None else MASK

    return opened


def export_table(db: Database, table_name: str, fmt: str, target: Path, staff: StaffInfo | None = None) -> int:
    table = Base.metadata.tables.get(table_name)
    if table is None:
        raise ValidationError(
            f"Tabellen »{table_name}« findes ikke. Vælg en af: {', '.join(exportable_tables())}.", "table"
        )
    if fmt not in ("json", "csv"):
        raise ValidationError("Formatet skal være json eller csv.", "format")
    target = Path(target)
    local = {"version"} if table_name in {m.__tablename__ for m in shared_models()} else set()
    columns = [c.name for c in table.columns if c.name not in local]
    query = select(*(table.c[name] for name in columns)).order_by(*table.primary_key.columns)
    for secret_table, column, value in SECRET_ROWS:
        if secret_table == table_name:
            query = query.where(table.c[column] != value)  # e.g. the key behind the repeat codes never leaves
    personal = table_has_personal_data(table_name)

    def work(session: Session, temporary: Path) -> int:
        role = acting_role(session, staff)  # the role stored now, as the services check it
        allowed = TABLE_ROLES.get(table_name)
        if allowed is not None and role not in allowed:
            roles = " eller ".join(sorted(r.value for r in allowed))
            raise ValidationError(f"Tabellen »{table_name}« indeholder personoplysninger og kan kun eksporteres af "
                                  f"en medarbejder med rollen {roles}.", "table")
        visible = {name: may_see(column_class(table_name, name), role) for name in columns}
        opened = _opener(session, staff, table_name) if staff is not None else None
        rows = [_masked(table_name, columns, dict(row), visible, opened)
                for row in session.execute(query).mappings()]
        write_bytes(temporary, _encode(columns, rows, fmt))
        if personal:
            hidden = [name for name in columns if not visible[name] or column_class(table_name, name).row_values]
            detail = f"{len(rows)} rækker ({fmt}) til {target}"
            if hidden:
                detail += "; skjult: " + ", ".join(hidden)
            audit.record(session, "eksport", staff_id=staff.id if staff is not None and role is not None else None,
                         table_name=table_name, detail=detail)
        return len(rows)

    return publish_audited(db, target, work)
