"""Change capture: every insert, update and delete of a shared row lands in the outbox.

Capture hangs on the ORM session's flush, so it happens in the same transaction as
the write itself and no service can forget it. Writes made with Core statements
(the bulk demo generator) call `record_inserts` themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any, Iterable

from sqlalchemy import event, inspect, insert, update
from sqlalchemy.orm import Session

from ..domain.enums import ChangeOp
from ..sync.clock import HybridLogicalClock
from ..sync.state import stamp_local_changes
from .models import LocalState, OutboxChange, SharedRow

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


def _remember_base_versions(session: Session, flush_context, instances) -> None:
    session.info[_BASE_VERSIONS] = {
        id(obj): obj.version for obj in (*session.dirty, *session.deleted) if isinstance(obj, SharedRow)
    }


def _change_rows(session: Session, capture: ChangeCapture) -> list[dict[str, Any]]:
    base_versions = session.info.pop(_BASE_VERSIONS, {})
    rows: list[dict[str, Any]] = []

    def add(obj: SharedRow, op: ChangeOp, fields: dict[str, Any]) -> None:
        rows.append(
            {
                "table_name": obj.__tablename__,
                "row_id": obj.id,
                "op": op.value,
                "fields": fields,
                "hlc": str(capture.clock.now()),
                "origin": capture.origin,
                "base_version": base_versions.get(id(obj)),
                "exported": False,
            }
        )

    for obj in session.new:
        if isinstance(obj, SharedRow):
            add(obj, ChangeOp.INSERT, {k: to_json_value(getattr(obj, k)) for k in _captured_columns(obj)})
    for obj in session.dirty:
        if not isinstance(obj, SharedRow):
            continue
        state = inspect(obj)
        changed = {}
        for key in _captured_columns(obj):
            if state.attrs[key].history.has_changes():
                changed[key] = to_json_value(getattr(obj, key))
        if not changed:
            continue
        tombstoned = "deleted_at" in changed and changed["deleted_at"] is not None
        add(obj, ChangeOp.DELETE if tombstoned else ChangeOp.UPDATE, changed)
    for obj in session.deleted:
        if isinstance(obj, SharedRow):
            add(obj, ChangeOp.DELETE, {})
    return rows


def _capture_flush(session: Session, flush_context) -> None:
    capture: ChangeCapture | None = session.info.get("capture")
    if capture is None:
        return
    rows = _change_rows(session, capture)
    if rows:
        write_changes(session, capture, rows)


def write_changes(session: Session, capture: ChangeCapture, rows: list[dict[str, Any]]) -> None:
    connection = session.connection()
    stamp_local_changes(connection, rows, session.info.get(RESOLVES_INFO_KEY))  # field clocks for the merge
    connection.execute(insert(OutboxChange), rows)
    connection.execute(
        update(LocalState).where(LocalState.key == HLC_STATE_KEY).values(value=str(capture.clock.last))
    )


def record_inserts(session: Session, table_name: str, records: Iterable[dict[str, Any]]) -> int:
    """Outbox rows for rows written with Core bulk inserts (same transaction)."""
    capture: ChangeCapture = session.info["capture"]
    rows = [
        {
            "table_name": table_name,
            "row_id": record["id"],
            "op": ChangeOp.INSERT.value,
            "fields": {k: to_json_value(v) for k, v in record.items() if k not in NOT_CAPTURED},
            "hlc": str(capture.clock.now()),
            "origin": capture.origin,
            "base_version": None,
            "exported": False,
        }
        for record in records
    ]
    if rows:
        write_changes(session, capture, rows)
    return len(rows)


def install_change_capture(session_class) -> None:
    event.listen(session_class, "before_flush", _remember_base_versions)
    event.listen(session_class, "after_flush", _capture_flush)
