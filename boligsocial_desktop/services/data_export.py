"""Export of one table as JSON or CSV, in a deterministic order (same data, same bytes)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sqlalchemy import select

from ..errors import ValidationError
from ..storage.engine import Database
from ..storage.models import Base
from ..storage.outbox import to_json_value
from . import audit

SENSITIVE_TABLES = frozenset({"advice_visits", "advice_cases", "ambassadors"})


def exportable_tables() -> list[str]:
    return sorted(Base.metadata.tables)


def export_table(db: Database, table_name: str, fmt: str, target: Path, staff_id: str | None = None) -> int:
    table = Base.metadata.tables.get(table_name)
    if table is None:
        raise ValidationError(
            f"Tabellen »{table_name}« findes ikke. Vælg en af: {', '.join(exportable_tables())}.", "table"
        )
    if fmt not in ("json", "csv"):
        raise ValidationError("Formatet skal være json eller csv.", "format")
    columns = [c.name for c in table.columns]
    with db.reading() as session:
        rows = [
            [to_json_value(value) for value in row]
            for row in session.execute(select(table).order_by(*table.primary_key.columns))
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
            audit.record(session, "eksport", staff_id=staff_id, table_name=table_name, detail=str(target))
    return len(rows)
