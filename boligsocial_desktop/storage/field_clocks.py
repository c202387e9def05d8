"""Field clocks: which change last set each field of a shared row, kept beside the data.

The outbox stamps every local change here (`stamp_local_changes`) in the transaction that makes
it; the sync merge reads and moves the same clocks when it applies other PCs' changes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, and_, delete, select

from .bulk import chunks, upsert
from .models import SyncFieldClock

FieldClocks = dict[tuple[str, str], dict[str, str]]  # (table, row_id) -> {field: hlc}


def load_field_clocks(connection: Connection, keys: Iterable[tuple[str, str]]) -> FieldClocks:
    """The explicit field clocks of the given rows; a field without one was set by the row's insert."""
    by_table: defaultdict[str, set[str]] = defaultdict(set)
    for table_name, row_id in keys:
        by_table[table_name].add(row_id)
    clocks: FieldClocks = {}
    fc = SyncFieldClock.__table__
    for table_name, ids in by_table.items():
        for part in chunks(sorted(ids)):
            query = select(fc.c.row_id, fc.c.field, fc.c.hlc).where(
                and_(fc.c.table_name == table_name, fc.c.row_id.in_(part)))
            for row_id, field, hlc in connection.execute(query):
                clocks.setdefault((table_name, row_id), {})[field] = hlc
    return clocks


def save_field_clocks(connection: Connection, entries: Mapping[tuple[str, str, str], str]) -> None:
    rows = [{"table_name": t, "row_id": r, "field": f, "hlc": h} for (t, r, f), h in entries.items()]
    for part in chunks(rows, 2000):
        upsert(connection, SyncFieldClock.__table__, part, ["table_name", "row_id", "field"])


def forget_field_clocks(connection: Connection, table_name: str, row_ids: Iterable[str]) -> None:
    fc = SyncFieldClock.__table__
    for part in chunks(sorted(set(row_ids))):
        connection.execute(delete(fc).where(and_(fc.c.table_name == table_name, fc.c.row_id.in_(part))))


def stamp_local_changes(connection: Connection, rows: list[dict[str, Any]],
                        resolves: Mapping[tuple[str, str, str], list[str]] | None = None) -> None:
    """Give each captured local change its base clocks and move the field clocks forward.

    Called by the outbox for every flush, before the outbox rows are written. An update
    records, for each field it changes and for `deleted_at`, the clock of the value it
    replaced; a delete records every explicit clock of the row (so another PC can tell
    whether the delete saw its edits). Inserts need nothing: a field without a clock
    was set by the insert, which every later edit of the row has seen.
    """
    edits = [row for row in rows if row["op"] != "insert"]
    for row in rows:
        row.setdefault("base_clocks", None)
    if not edits:
        return
    clocks = load_field_clocks(connection, {(r["table_name"], r["row_id"]) for r in edits})
    moved: dict[tuple[str, str, str], str] = {}
    for row in edits:
        table_name, row_id, hlc = row["table_name"], row["row_id"], row["hlc"]
        current = clocks.setdefault((table_name, row_id), {})
        if row["op"] == "delete":
            base = dict(current)
        else:
            base = {f: current[f] for f in (*row["fields"], "deleted_at") if f in current}
        entry: dict[str, Any] = {"fields": base}
        if resolves:
            settled = {f: hlcs for (t, r, f), hlcs in resolves.items() if t == table_name and r == row_id}
            if settled:
                entry["resolves"] = settled
        row["base_clocks"] = entry
        for field in row["fields"]:
            current[field] = hlc
            moved[(table_name, row_id, field)] = hlc
    save_field_clocks(connection, moved)
