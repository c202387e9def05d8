"""Export of one table as JSON or CSV, in a deterministic order (same data, same bytes).

A shared table exports the same bytes on every PC that holds the same changes: its
`updated_at` is the time of the row's newest change everywhere (see `sync.merge`), and
its `version`, a per-PC counter for optimistic locking that counts this PC's writes of
the row, is left out.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sqlalchemy import select

from ..errors import ValidationError
from ..storage.engine import Database
from ..storage.models import Base, shared_models
from ..storage.outbox import to_json_value
from . import audit
from ..domain.enums import StaffRole
from .staff import StaffInfo
from .visits.tokens import SECRET_SETTING_KEY

ADVISERS = frozenset({StaffRole.ADVISER, StaffRole.ADMINISTRATOR})
# Personal data: who may export it; every such export is audited.
SENSITIVE_TABLES = {
    "advice_visits": ADVISERS, "advice_cases": ADVISERS, "audit_log": ADVISERS, "office_settings": ADVISERS,
    "ambassadors": ADVISERS | {StaffRole.COORDINATOR},
}


def exportable_tables() -> list[str]:
    return sorted(Base.metadata.tables)


def export_table(db: Database, table_name: str, fmt: str, target: Path, staff: StaffInfo | None = None) -> int:
    table = Base.metadata.tables.get(table_name)
    if table is None:
        raise ValidationError(
            f"Tabellen »{table_name}« findes ikke. Vælg en af: {', '.join(exportable_tables())}.", "table"
        )
    if fmt not in ("json", "csv"):
        raise ValidationError("Formatet skal være json eller csv.", "format")
    allowed = SENSITIVE_TABLES.get(table_name)
    if allowed is not None and (staff is None or staff.role not in allowed):
        roles = " eller ".join(sorted(role.value for role in allowed))
        raise ValidationError(f"Tabellen »{table_name}« indeholder personoplysninger og kan kun eksporteres af en "
                              f"medarbejder med rollen {roles}.", "table")
    local = {"version"} if table_name in {m.__tablename__ for m in shared_models()} else set()
    columns = [c.name for c in table.columns if c.name not in local]
    query = select(*(table.c[name] for name in columns)).order_by(*table.primary_key.columns)
    if table_name == "office_settings":
        query = query.where(table.c.key != SECRET_SETTING_KEY)  # the key behind the repeat codes never leaves
    with db.reading() as session:
        rows = [
            [to_json_value(value) for value in row]
            for row in session.execute(query)
        ]
    if fmt == "json":
        payload = json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=1, sort_keys=True)
        data = (payload + "\n").encode("utf-8")
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows(["" if v is None else json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                          for v in row] for row in rows)
        data = buffer.getvalue().encode("utf-8-sig")
    target.write_bytes(data)
    if table_name in SENSITIVE_TABLES:
        with db.transaction() as session:
            audit.record(session, "eksport", staff_id=staff.id, table_name=table_name, detail=str(target))
    return len(rows)
