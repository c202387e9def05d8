"""This PC's sync bookkeeping in its own database: field clocks, positions, local facts.

Everything here works on a Core `Connection` inside the caller's transaction, so the
bookkeeping commits together with the data it describes (or not at all).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable, Mapping

from sqlalchemy import Connection, Table, and_, delete, insert, select

from ..storage.models import LocalState, SyncApplied, SyncFieldClock

FieldClocks = dict[tuple[str, str], dict[str, str]]  # (table, row_id) -> {field: hlc}

# Keys in local_state (besides the outbox's origin_id and hlc_last).
ORIGIN_START_KEY = "sync_origin_start"  # the first outbox seq numbered under the current origin
FORMER_ORIGINS_KEY = "sync_former_origins"  # JSON list of this install's earlier origin ids
LAST_ROUND_KEY = "sync_last_round"  # JSON summary of the newest round, for the status bar
LAST_OK_KEY = "sync_last_ok"  # wall-clock millis when the newest successful round ended
SNAPSHOT_KEY = "sync_snapshot"  # JSON: the snapshot this database was joined from
FORKS_KEY = "sync_forks"  # JSON {origin: detail}: PC identities seen with two histories on the share
CHUNK = 500  # ids per IN (...) list, well below SQLite's variable limit


def chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def upsert(connection: Connection, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    """Insert rows, replacing the non-key columns of rows that exist (SQLite and PostgreSQL)."""
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    statement = dialect_insert(table)
    columns = [c for c in rows[0] if c not in keys]
    statement = statement.on_conflict_do_update(
        index_elements=keys, set_={c: statement.excluded[c] for c in columns}
    ) if columns else statement.on_conflict_do_nothing(index_elements=keys)
    connection.execute(statement, rows)


def insert_ignore(connection: Connection, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> None:
    if not rows:
        return
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    connection.execute(dialect_insert(table).on_conflict_do_nothing(index_elements=keys), rows)


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


# --- positions and local facts -------------------------------------------------


def applied_positions(connection: Connection) -> dict[str, int]:
    t = SyncApplied.__table__
    return {origin: seq for origin, seq in connection.execute(select(t.c.origin, t.c.seq))}


def applied_chains(connection: Connection) -> dict[str, str | None]:
    t = SyncApplied.__table__
    return {origin: chain for origin, chain in connection.execute(select(t.c.origin, t.c.chain))}


def set_position(connection: Connection, origin: str, seq: int, last_hlc: str | None, now,
                 chain: str | None = None) -> None:
    upsert(connection, SyncApplied.__table__,
           [{"origin": origin, "seq": seq, "last_hlc": last_hlc, "applied_at": now, "chain": chain}], ["origin"])


def get_state(connection: Connection, key: str, default: str | None = None) -> str | None:
    t = LocalState.__table__
    value = connection.execute(select(t.c.value).where(t.c.key == key)).scalar()
    return default if value is None else value


def set_state(connection: Connection, key: str, value: str) -> None:
    upsert(connection, LocalState.__table__, [{"key": key, "value": value}], ["key"])


__all__ = ["FieldClocks", "applied_chains", "applied_positions", "chunks", "forget_field_clocks", "get_state", "insert", "insert_ignore",
           "load_field_clocks", "save_field_clocks", "set_position", "set_state", "stamp_local_changes", "upsert"]
