"""Change capture: every insert, update and delete of a shared row lands in the outbox.

Capture hangs on the ORM session's flush, so it happens in the same transaction as
the write itself and no service can forget it. Writes made with Core statements
(the bulk demo generator) call `record_inserts` themselves.

Stamps come from the database's one clock: the capture runs after the flush has
written the rows, so the transaction already holds the write lock (SQLite) or locks
the clock's row (PostgreSQL, SELECT ... FOR UPDATE); it reads the stored last stamp,
moves the clock past it, stamps, and stores the new last stamp (`advance_clock`).

`updated_at` is the time of the newest change of the row, the same on every PC: an
insert carries the row's own `updated_at` in its change; an update or delete sets it
to its stamp's time (here in the same flush, and in the merge on other PCs).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, bindparam, event, insert, inspect, select, update
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import set_committed_value

from ..domain.enums import ChangeOp
from .clock import HybridLogicalClock, Timestamp, hlc_datetime
from .field_clocks import stamp_local_changes
from .models import Base, LocalState, OutboxChange, SharedRow

NOT_CAPTURED = frozenset({"version", "updated_at"})
HLC_STATE_KEY = "hlc_last"
ORIGIN_STATE_KEY = "origin_id"
_BASE_VERSIONS = "outbox_base_versions"
RESOLVES_INFO_KEY = "sync_resolves"  # session.info: {(table, row, field): [hlc, ...]} a conflict decision settles


@dataclass
class ChangeCapture:
    clock: HybridLogicalClock

    @property
    def origin(self) -> str:
        return self.clock.origin


def to_json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _captured_columns(obj: SharedRow) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs if attr.key not in NOT_CAPTURED]


def _remember_base_versions(session: Session, flush_context: UOWTransaction, instances: Any) -> None:
    session.info[_BASE_VERSIONS] = {
        id(obj): obj.version for obj in (*session.dirty, *session.deleted) if isinstance(obj, SharedRow)
    }


def advance_clock(connection: Connection, clock: HybridLogicalClock, *, receive: Timestamp | None = None,
                  stamps: int = 0) -> list[Timestamp]:
    """Move the database's clock inside the caller's write transaction; returns `stamps` new stamps.

    Reads the stored last stamp under the write lock, so that another process's stamps
    (committed before this transaction got the lock) are seen, moves the clock past it
    (and past `receive`, a remote stamp), issues the stamps and stores the new last one.
    """
    table = LocalState.__table__
    if connection.dialect.name == "sqlite":
        # Writing first takes SQLite's write lock (and with WAL the newest snapshot) before the read.
        connection.execute(update(table).where(table.c.key == HLC_STATE_KEY).values(value=table.c.value))
        stored = connection.execute(select(table.c.value).where(table.c.key == HLC_STATE_KEY)).scalar()
    else:
        stored = connection.execute(
            select(table.c.value).where(table.c.key == HLC_STATE_KEY).with_for_update()).scalar()
    if stored:
        clock.observe(Timestamp.parse(stored))
    if receive is not None:
        clock.receive(receive)
    issued = [clock.now() for _ in range(stamps)]
    last = str(clock.last)
    if stored is None:
        connection.execute(insert(table).values(key=HLC_STATE_KEY, value=last))
    elif last != stored:
        connection.execute(update(table).where(table.c.key == HLC_STATE_KEY).values(value=last))
    return issued


def _change_rows(session: Session, capture: ChangeCapture) -> tuple[list[dict[str, Any]], list[SharedRow]]:
    """The flush's changes, not yet stamped, and the object behind each."""
    base_versions = session.info.pop(_BASE_VERSIONS, {})
    rows: list[dict[str, Any]] = []
    objects: list[SharedRow] = []

    def add(obj: SharedRow, op: ChangeOp, fields: dict[str, Any]) -> None:
        objects.append(obj)
        rows.append(
            {
                "table_name": obj.__tablename__,
                "row_id": obj.id,
                "op": op.value,
                "fields": fields,
                "origin": capture.origin,
                "base_version": base_versions.get(id(obj)),
                "exported": False,
            }
        )

    for obj in session.new:
        if isinstance(obj, SharedRow):
            fields = {k: to_json_value(getattr(obj, k)) for k in _captured_columns(obj)}
            fields["updated_at"] = to_json_value(obj.updated_at)  # the insert's own time travels with it
            add(obj, ChangeOp.INSERT, fields)
    for obj in session.dirty:
        if not isinstance(obj, SharedRow):
            continue
        state = inspect(obj)
        changed = {}
        for key in _captured_columns(obj):
            if state.attrs[key].history.has_changes():
                changed[key] = to_json_value(getattr(obj, key))
        if not changed:
            if state.attrs["updated_at"].history.has_changes():
                add(obj, ChangeOp.UPDATE, {})  # saved as a new version without a field change: its time travels
            continue
        tombstoned = "deleted_at" in changed and changed["deleted_at"] is not None
        add(obj, ChangeOp.DELETE if tombstoned else ChangeOp.UPDATE, changed)
    for obj in session.deleted:
        if isinstance(obj, SharedRow):
            add(obj, ChangeOp.DELETE, {})
    return rows, objects


def _capture_flush(session: Session, flush_context: UOWTransaction) -> None:
    capture: ChangeCapture | None = session.info.get("capture")
    if capture is None:
        return
    rows, objects = _change_rows(session, capture)
    if rows:
        write_changes(session, capture, rows, objects)


def write_changes(session: Session, capture: ChangeCapture, rows: list[dict[str, Any]],
                  objects: list[SharedRow] | None = None) -> None:
    """Stamp the changes with the database's clock and write them, all in the caller's transaction.

    A row whose change does not carry its `updated_at` (updates, deletes, inserts without
    one) gets its stamp's time, as every other PC will give it.
    """
    connection = session.connection()
    stamps = advance_clock(connection, capture.clock, stamps=len(rows))
    touched: dict[str, list[dict[str, Any]]] = {}
    for index, (row, stamp) in enumerate(zip(rows, stamps, strict=False)):
        row["hlc"] = str(stamp)
        if "updated_at" in row["fields"] or (row["op"] == ChangeOp.DELETE.value and not row["fields"]):
            continue  # carries its own time, or a hard delete (the row is gone)
        moment = hlc_datetime(stamp)
        touched.setdefault(row["table_name"], []).append({"b_id": row["row_id"], "b_updated_at": moment})
        if objects is not None:
            set_committed_value(objects[index], "updated_at", moment)
    stamp_local_changes(connection, rows, session.info.get(RESOLVES_INFO_KEY))  # field clocks for the merge
    connection.execute(insert(OutboxChange), rows)
    for table_name, params in touched.items():
        table = Base.metadata.tables[table_name]
        connection.execute(update(table).where(table.c.id == bindparam("b_id"))
                           .values(updated_at=bindparam("b_updated_at")), params)


def record_inserts(session: Session, table_name: str, records: Iterable[dict[str, Any]]) -> int:
    """Outbox rows for rows written with Core bulk inserts (same transaction)."""
    capture: ChangeCapture = session.info["capture"]
    rows = [
        {
            "table_name": table_name,
            "row_id": record["id"],
            "op": ChangeOp.INSERT.value,
            "fields": {k: to_json_value(v) for k, v in record.items() if k != "version"},
            "origin": capture.origin,
            "base_version": None,
            "exported": False,
        }
        for record in records
    ]
    if rows:
        write_changes(session, capture, rows)
    return len(rows)


def install_change_capture(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _remember_base_versions)
    event.listen(session_class, "after_flush", _capture_flush)
