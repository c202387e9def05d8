"""Merging other PCs' changes into this PC's database, field by field.

Rules
-----
* Every field is a last-writer-wins register ordered by (HLC, canonical JSON of the
  value): the HLC's fixed-width text sorts by wall time, counter, origin id, and the
  value breaks the one tie left (two clones of one install that stamped the same HLC).
  The order is total and the same on every PC, so replicas that applied the same
  changes hold the same values whatever order the changes came in.
* Deletes are tombstones (`deleted_at`), an ordinary field. A hard delete removes the row.
* A field without an entry in `sync_field_clock` holds the value its insert gave it
  (clock ""): every update of a row happens after its insert, so "" loses to anything.

Concurrency: "had not seen each other's change"
-----------------------------------------------
Each update carries the clock of the value it replaced for every field it changes,
plus the clock of `deleted_at` (`base_clocks`, stamped by `storage.field_clocks.stamp_local_changes`
in the same flush). Change files are applied in causal order: a file names the
positions its writer had applied (`deps`) and waits until this PC has applied as
much. So when a change arrives, this PC has everything its writer had seen; if the
field's clock here equals the change's base, the writer saw the value it replaced and
there is nothing to decide. If it differs, this PC holds a value written without
knowledge of the incoming one (or vice versa): the two are concurrent. Per-field
bases were chosen over per-origin version vectors because they are small (one clock
per changed field instead of one counter per PC that ever wrote), need nothing
beyond the field clocks the merge keeps anyway, and tell exactly which field clashed.
A delete carries every explicit clock of the row; an edit the delete had not seen,
or an edit arriving for a row deleted without its writer knowing, is "delete against
edit".

Concurrent changes with different values always keep both versions in
`sync_conflicts` while the deterministic winner is shown; a person settles it on the
Konflikter dialog (the decision is an ordinary edit that names the clocks it settles,
so other PCs close the same conflict when it arrives). Special fields:
* `advice_visits.notes` is never merged automatically: its conflicts are marked
  `manual` (they must be decided; a combined text is offered, never applied).
* `advice_cases.last_visit_at` and `delete_after` merge as the maximum (two PCs logging visits for the
  same case is not a conflict).
* Two PCs deleting the same row is not a conflict.

`updated_at` is the time of the change with the highest HLC applied to the row, the
same on every PC whatever order the changes came in: an insert brings its own
`updated_at` (older PCs' inserts: the stamp's time); an update or delete whose stamp
is above every field clock of the row sets it to the stamp's time (the PC that made
the edit did the same in its capture). `version` stays a local counter for
optimistic locking (it counts this PC's writes of the row) and differs between PCs.

Rows with a unique key (one attendance per session, one language per ambassador, an
office setting's key) can be created twice on two PCs. The row with the smaller id
wins on every PC; the other is removed or never inserted, listed in
`sync_dropped_rows`, and its values are kept in a `duplicate` conflict (unless they
are the same as the winner's), where later edits of it also land.

Nothing final that could still succeed: an edit of a row that has not arrived yet, a new
row whose parent has not arrived (a foreign key), and values for a table or column this
version does not know yet (written by a newer version during an upgrade) are held in
`sync_held_changes` and tried again after every import and after an upgrade (`retry_held`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Column, Connection, Table, and_, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..storage.bulk import chunks, insert_ignore
from ..storage.clock import hlc_datetime
from ..storage.field_clocks import forget_field_clocks, load_field_clocks, save_field_clocks
from ..storage.models import Base, LocalState, SharedRow, SyncConflict, SyncDroppedRow, SyncHeldChange
from ..storage.outbox import NOT_CAPTURED, to_json_value
from ..storage.types import UtcDateTime
from .files import Change

log = logging.getLogger(__name__)

MANUAL_FIELDS = frozenset({("advice_visits", "notes")})
MAX_FIELDS = frozenset({("advice_cases", "last_visit_at"), ("advice_cases", "delete_after")})
LOCAL_COLUMNS = NOT_CAPTURED  # version, updated_at: not merged field by field (see the rules above)
ROW_LEVEL = "*"  # the `field` of a conflict about a whole row


def canon(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _parse_datetime(value: Any) -> datetime | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _optional(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else fn(value)


def _to_python(column: Column[Any]) -> Callable[[Any], Any]:
    """JSON value from a change file -> the Python value the column takes."""
    kind = column.type
    if isinstance(kind, UtcDateTime):
        return _parse_datetime
    try:
        python_type = kind.python_type
    except NotImplementedError:
        return lambda value: value
    if python_type is datetime:
        return _parse_datetime
    if python_type is date:
        return _optional(lambda v: v if isinstance(v, date) else date.fromisoformat(v))
    if python_type is time:
        return _optional(lambda v: v if isinstance(v, time) else time.fromisoformat(v))
    if python_type is bool:
        return _optional(bool)
    if python_type is int:
        return _optional(int)
    if python_type is float:
        return _optional(float)
    return lambda value: value


@dataclass
class TableInfo:
    table: Table
    to_python: dict[str, Callable[[Any], Any]]
    columns: frozenset[str]
    unique_sets: list[tuple[str, ...]]

    def normal(self, name: str, value: Any) -> Any:
        """The canonical JSON form of a column value (UTC times, floats for decimals)."""
        return to_json_value(self.to_python[name](value))

    def python_row(self, values: dict[str, Any]) -> dict[str, Any]:
        return {k: self.to_python[k](v) for k, v in values.items() if k in self.to_python}


_TABLES: dict[str, TableInfo] = {}


def table_info(name: str) -> TableInfo | None:
    info = _TABLES.get(name)
    if info is None:
        table = Base.metadata.tables.get(name)
        mapper_classes = {m.class_.__tablename__: m.class_ for m in Base.registry.mappers}
        cls = mapper_classes.get(name)
        if table is None or cls is None or not issubclass(cls, SharedRow):
            return None
        uniques: list[tuple[str, ...]] = []
        for constraint in table.constraints:
            cols = tuple(c.name for c in getattr(constraint, "columns", ()))
            if constraint.__class__.__name__ == "UniqueConstraint" and cols:
                uniques.append(cols)
        uniques += [(c.name,) for c in table.columns if c.unique and (c.name,) not in uniques]
        info = TableInfo(table, {c.name: _to_python(c) for c in table.columns},
                         frozenset(c.name for c in table.columns), uniques)
        _TABLES[name] = info
    return info


def conflict_key(kind: str, table: str, row_id: str, field_name: str | None, *hlcs: str) -> str:
    text = "|".join([kind, table, row_id, field_name or ROW_LEVEL, *sorted(h or "" for h in hlcs)])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def hlc_millis(hlc: str) -> int:
    try:
        return int(hlc.split(".", 1)[0])
    except (ValueError, AttributeError):
        return 0


def hlc_origin(hlc: str | None) -> str | None:
    return hlc.split(".", 2)[2] if hlc and hlc.count(".") >= 2 else None


def begin_for_real(connection: Connection) -> None:
    """Make sure the database transaction has begun before any SAVEPOINT.

    Python's sqlite3 module (pysqlite) emits BEGIN only before the first INSERT, UPDATE or
    DELETE. A SAVEPOINT issued earlier starts a transaction of its own, and its RELEASE
    commits everything so far: the outer rollback would then undo nothing. A no-op
    UPDATE first makes pysqlite begin the real transaction.
    """
    raw = connection.connection.driver_connection
    if connection.dialect.name == "sqlite" and not getattr(raw, "in_transaction", True):
        table = LocalState.__table__
        connection.execute(update(table).where(table.c.key == "").values(value=table.c.value))


@dataclass
class RowState:
    exists: bool
    values: dict[str, Any]
    clocks: dict[str, str]
    new: bool = False
    changed: set[str] = field(default_factory=set)
    hard_delete: bool = False
    dropped: bool = False
    insert_hlc: str = ""
    top: str = ""  # the highest clock of the row's fields (or its insert, when inserted in this batch)
    updated_at: datetime | None = None  # the row's updated_at, when this batch moves it
    stored_updated_at: datetime | None = None

    def edited_at(self, hlc: str) -> None:
        """An edit stamped `hlc` was applied: the row's time follows the newest change."""
        if hlc > self.top:
            self.top = hlc
            self.updated_at = hlc_datetime(hlc)


@dataclass
class MergeOutcome:
    applied: int = 0
    conflicts: int = 0
    changed: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # table -> row -> fields ("*": new)
    max_hlc: str = ""


class Merger:
    """Applies a batch of changes from one origin inside the caller's transaction, without capture."""

    def __init__(self, connection: Connection, now: datetime):
        self.connection = connection
        self.now = now
        self.conflicts: list[dict[str, Any]] = []
        self.settled: list[tuple[str, str, str, list[str]]] = []
        self.dropped_updates: list[tuple[str, str, dict[str, Any], str]] = []
        self.held: list[dict[str, Any]] = []
        self.origin = ""

    def _hold(self, change: Change, reason: str, fields: dict[str, Any] | None = None, op: str | None = None,
              base: dict[str, Any] | None = None) -> None:
        self.held.append({"origin": self.origin, "table_name": change.table, "row_id": change.row_id,
                          "op": op or change.op, "fields": change.fields if fields is None else fields,
                          "hlc": change.hlc, "base": change.base if base is None else base, "reason": reason,
                          "held_at": self.now})

    # --- loading ---------------------------------------------------------------

    def _load(self, changes: list[Change]) -> tuple[dict[tuple[str, str], RowState], set[tuple[str, str]]]:
        ids: defaultdict[str, set[str]] = defaultdict(set)
        for change in changes:
            ids[change.table].add(change.row_id)
        states: dict[tuple[str, str], RowState] = {}
        dropped: set[tuple[str, str]] = set()
        dt = SyncDroppedRow.__table__
        for table_name, row_ids in ids.items():
            info = table_info(table_name)
            if info is None:
                continue
            table = info.table
            for part in chunks(sorted(row_ids)):
                for row in self.connection.execute(select(table).where(table.c.id.in_(part))).mappings():
                    values = {k: to_json_value(v) for k, v in row.items() if k not in LOCAL_COLUMNS}
                    states[(table_name, row["id"])] = RowState(True, values, {},
                                                               stored_updated_at=row.get("updated_at"))
                dropped.update((table_name, r) for (r,) in self.connection.execute(
                    select(dt.c.row_id).where(and_(dt.c.table_name == table_name, dt.c.row_id.in_(part)))))
        for key, clocks in load_field_clocks(self.connection, list(states)).items():
            states[key].clocks = clocks
            states[key].top = max(clocks.values(), default="")
        return states, dropped

    # --- conflicts -------------------------------------------------------------

    def _conflict(self, kind: str, change: Change, field_name: str | None, local_value: dict[str, Any] | None,
                  local_hlc: str | None, remote_value: dict[str, Any] | None, origin: str,
                  detail: dict[str, Any] | None = None) -> str:
        extra = (detail or {}).get("loser_id", "") if kind in ("duplicate", "unapplied") else ""
        if kind == "unapplied":
            extra = canon(remote_value)
        key = conflict_key(kind, change.table, change.row_id, field_name, local_hlc or "", change.hlc, extra)
        conflict_id = hashlib.sha1(key.encode()).hexdigest()[:32]
        self.conflicts.append({
            "id": conflict_id, "kind": kind, "table_name": change.table, "row_id": change.row_id,
            "field": field_name, "key": key, "local_value": local_value, "local_hlc": local_hlc,
            "remote_value": remote_value, "remote_hlc": change.hlc, "remote_origin": hlc_origin(change.hlc) or origin,
            "detail": detail, "created_at": self.now, "resolved_at": None, "resolution": None,
        })
        return conflict_id

    # --- the merge -------------------------------------------------------------

    def apply(self, changes: list[Change], origin: str) -> MergeOutcome:
        outcome = MergeOutcome()
        if not changes:
            return outcome
        self.origin = origin
        begin_for_real(self.connection)
        states, dropped = self._load(changes)
        dirty_clocks: dict[tuple[str, str, str], str] = {}
        for change in changes:
            outcome.max_hlc = max(outcome.max_hlc, change.hlc)
            info = table_info(change.table)
            if info is None:
                log.info("Ændring til tabellen %s, som denne version ikke kender, gemmes til senere", change.table)
                self._hold(change, "unknown_table")
                continue
            self._hold_unknown_fields(info, change)
            key = (change.table, change.row_id)
            state = states.get(key)
            if state is None:
                state = states[key] = RowState(False, {}, {})
            if key in dropped:
                self.dropped_updates.append((change.table, change.row_id, self._normal_fields(info, change),
                                             change.hlc))
                continue
            if change.base and change.base.get("resolves"):
                for field_name, hlcs in change.base["resolves"].items():
                    self.settled.append((change.table, change.row_id, field_name, list(hlcs)))
            if change.op == "insert":
                if state.exists:
                    # Seen before (this PC's own change coming back, a duplicate file), or the same id
                    # created on two PCs: fields still holding their insert value take the larger.
                    self._insert_again(info, change, state, origin, dirty_clocks)
                    continue
                state.exists, state.new, state.insert_hlc = True, True, change.hlc
                state.values = self._normal_fields(info, change)
                state.top = change.hlc
                state.updated_at = self._inserted_at(info, change)
                outcome.applied += 1
                continue
            if not state.exists:
                self._hold(change, "missing_row")  # its row comes in a later file (or from another PC)
                continue
            outcome.applied += 1
            self._apply_edit(info, change, state, origin, dirty_clocks)
        self._write(states, dirty_clocks)
        outcome.conflicts = self._save_conflicts()
        self._save_held()
        for (table_name, row_id), state in states.items():
            if state.dropped:
                continue
            fields = {"*"} if state.new else {"deleted_at"} if state.hard_delete else state.changed
            if fields:
                outcome.changed.setdefault(table_name, {})[row_id] = set(fields)
        return outcome

    def _insert_again(self, info: TableInfo, change: Change, state: RowState, origin: str,
                      dirty_clocks: dict[tuple[str, str, str], str]) -> None:
        fields = self._normal_fields(info, change)
        if "created_at" in fields and canon(fields["created_at"]) == canon(state.values.get("created_at")) and all(
                canon(value) == canon(state.values.get(name)) for name, value in fields.items()
                if name not in state.clocks):
            return  # the very insert this PC has (re-sent after a clone or restore): nothing new
        # (The same created_at with other values is another PC's insert whose time won the merge of the two.)
        if not state.clocks:  # one id inserted on two PCs and not edited since: the later insert time
            inserted = self._inserted_at(info, change)
            current = state.updated_at or state.stored_updated_at
            if current is None or inserted > current:
                state.updated_at = inserted
        for name, value in fields.items():
            current = state.values.get(name)
            if name == "id" or canon(value) == canon(current):
                continue
            if name != "created_at":  # two PCs created the same row: both values are kept
                self._conflict("field", change, name, {name: current}, state.clocks.get(name, ""), {name: value},
                               origin, {"reason": "same_id"})
            if name not in state.clocks and canon(value) > canon(current):
                state.values[name] = value  # still the insert's value here: the larger wins everywhere
                state.changed.add(name)

    def _hold_unknown_fields(self, info: TableInfo, change: Change) -> None:
        """Values for columns this version does not have yet: kept, and set once an upgrade adds them."""
        unknown = {k: v for k, v in change.fields.items() if k not in info.columns and k not in LOCAL_COLUMNS}
        if not unknown:
            return
        base_fields = ((change.base or {}).get("fields") or {})
        self._hold(change, "unknown_field", unknown, op="update",
                   base={"fields": {k: base_fields[k] for k in unknown if k in base_fields}})

    def _save_held(self) -> None:
        if not self.held:
            return
        ht = SyncHeldChange.__table__
        seen: set[tuple[Any, ...]] = set()
        for part in chunks(sorted({h["hlc"] for h in self.held})):
            seen.update(tuple(row) for row in self.connection.execute(
                select(ht.c.hlc, ht.c.table_name, ht.c.row_id, ht.c.op).where(ht.c.hlc.in_(part))))
        fresh = []
        for held in self.held:
            key = (held["hlc"], held["table_name"], held["row_id"], held["op"])
            if key not in seen:
                seen.add(key)
                fresh.append(held)
        if fresh:
            self.connection.execute(insert(ht), fresh)

    @staticmethod
    def _inserted_at(info: TableInfo, change: Change) -> datetime:
        """An insert's updated_at: the one it carries (older PCs' inserts carry none: the stamp's time)."""
        carried = change.fields.get("updated_at")
        if carried is not None and "updated_at" in info.to_python:
            try:
                stamp: datetime = info.to_python["updated_at"](carried)
                return stamp
            except (TypeError, ValueError):
                pass
        return hlc_datetime(change.hlc)

    def _normal_fields(self, info: TableInfo, change: Change) -> dict[str, Any]:
        return {k: info.normal(k, v) for k, v in change.fields.items() if k in info.columns and k not in LOCAL_COLUMNS}

    def _apply_edit(self, info: TableInfo, change: Change, state: RowState, origin: str,
                    dirty_clocks: dict[tuple[str, str, str], str]) -> None:
        base: dict[str, str] = (change.base or {}).get("fields") or {}
        fields = self._normal_fields(info, change)
        state.edited_at(change.hlc)
        if change.op == "delete" and not change.fields:  # a hard delete
            unseen = {g: h for g, h in state.clocks.items() if h != base.get(g, "")}
            if unseen and state.values.get("deleted_at") is None:
                self._conflict("delete_edit", change, ROW_LEVEL, {g: state.values.get(g) for g in unseen},
                               max(unseen.values()), {"deleted_at": None}, origin, {"hard_delete": True})
            state.hard_delete = True
            return
        if change.op == "update" and not change.fields:
            return  # saved again without a field change: only the row's time moves
        alive_here = state.values.get("deleted_at") is None
        if change.op == "delete" and alive_here:
            unseen = {g: h for g, h in state.clocks.items()
                      if g != "deleted_at" and g not in fields and h != base.get(g, "")}
            if unseen:
                self._conflict("delete_edit", change, ROW_LEVEL, {g: state.values.get(g) for g in unseen},
                               max(unseen.values()), {"deleted_at": fields.get("deleted_at")}, origin)
        elif (change.op != "delete" and "deleted_at" not in fields and not alive_here
              and state.clocks.get("deleted_at", "") != base.get("deleted_at", "")):
            self._conflict("delete_edit", change, ROW_LEVEL, {"deleted_at": state.values.get("deleted_at")},
                           state.clocks.get("deleted_at", ""), fields, origin)
        for name, value in fields.items():
            here = state.clocks.get(name, "")
            current = state.values.get(name)
            if (change.table, name) in MAX_FIELDS:
                if value is not None and (current is None or value > current):
                    state.values[name] = value
                    state.changed.add(name)
                if change.hlc > here:
                    state.clocks[name] = change.hlc
                    dirty_clocks[(change.table, change.row_id, name)] = change.hlc
                continue
            same = value == current or canon(value) == canon(current)
            if here != base.get(name, "") and not same:
                if name == "deleted_at":
                    if value is None or current is None:
                        self._conflict("delete_edit", change, name, {name: current}, here, {name: value}, origin)
                else:
                    kind = "manual" if (change.table, name) in MANUAL_FIELDS else "field"
                    self._conflict(kind, change, name, {name: current}, here, {name: value}, origin)
            if change.hlc > here or (change.hlc == here and canon(value) > canon(current)):
                if not same:
                    state.values[name] = value
                    state.changed.add(name)
                state.clocks[name] = change.hlc
                dirty_clocks[(change.table, change.row_id, name)] = change.hlc

    # --- writing ----------------------------------------------------------------

    def _write(self, states: dict[tuple[str, str], RowState], dirty_clocks: dict[tuple[str, str, str], str]) -> None:
        by_table: defaultdict[str, list[tuple[str, RowState]]] = defaultdict(list)
        for (table_name, row_id), state in states.items():
            by_table[table_name].append((row_id, state))
        order = [t.name for t in Base.metadata.sorted_tables if t.name in by_table]
        for table_name in order:
            info = table_info(table_name)
            assert info is not None  # the states hold shared tables only
            new_rows = [(row_id, s) for row_id, s in by_table[table_name] if s.new and not s.hard_delete]
            if new_rows:
                self._insert(info, new_rows)
        for table_name in order:
            info = table_info(table_name)
            assert info is not None
            groups: defaultdict[tuple[frozenset[str], bool], list[tuple[str, RowState]]] = defaultdict(list)
            for row_id, s in by_table[table_name]:
                if (s.changed or s.updated_at is not None) and not s.new and not s.hard_delete and not s.dropped:
                    groups[(frozenset(s.changed), s.updated_at is not None)].append((row_id, s))
            for (names, timed), rows in groups.items():
                self._update(info, sorted(names), rows, timed)
        for table_name in reversed(order):
            info = table_info(table_name)
            assert info is not None
            gone = [(row_id, s) for row_id, s in by_table[table_name] if s.hard_delete and s.exists and not s.new]
            for row_id, s in gone:
                self._hard_delete(info, row_id, s, dirty_clocks)
        keep = {k: v for k, v in dirty_clocks.items()
                if not states.get((k[0], k[1]), RowState(True, {}, {})).dropped}
        save_field_clocks(self.connection, keep)

    def _insert(self, info: TableInfo, rows: list[tuple[str, RowState]]) -> None:
        table = info.table
        groups: defaultdict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
        for row_id, state in rows:
            values = info.python_row(state.values)
            values["id"] = row_id
            values.setdefault("version", 1)
            values["updated_at"] = state.updated_at or self.now
            groups[frozenset(values)].append(values)
        for group in groups.values():
            try:
                with self.connection.begin_nested():
                    self.connection.execute(insert(table), group)
            except IntegrityError:
                states = dict(rows)
                for values in group:
                    try:
                        with self.connection.begin_nested():
                            self.connection.execute(insert(table), [values])
                    except IntegrityError as exc:
                        self._collision(info, values["id"], states[values["id"]], exc)

    def _collision(self, info: TableInfo, row_id: str, state: RowState, exc: IntegrityError) -> None:
        """A new row clashes with an existing one on a unique key: the smaller id wins everywhere."""
        table = info.table
        other = None
        for cols in info.unique_sets:
            if any(state.values.get(c) is None for c in cols):
                continue
            condition = and_(*(table.c[c] == info.to_python[c](state.values[c]) for c in cols), table.c.id != row_id)
            found = self.connection.execute(select(table).where(condition)).mappings().first()
            if found is not None:
                other = {k: to_json_value(v) for k, v in found.items() if k not in LOCAL_COLUMNS}
                break
        fake = Change(0, table.name, row_id, "insert", state.values, "", None)
        if other is None:  # no unique clash: a row it points to has not arrived yet
            state.dropped = True
            self._hold(Change(0, table.name, row_id, "insert", state.values, state.insert_hlc, None),
                       "missing_parent")
            return
        winner, loser = (other, state.values) if other["id"] < row_id else (state.values, other)
        same = all(canon(winner.get(k)) == canon(loser.get(k)) for k in set(winner) | set(loser)
                   if k not in ("id", "created_at", "deleted_at"))
        if loser is state.values:
            loser_clocks = dict(state.clocks)
        else:
            loser_clocks = load_field_clocks(self.connection, [(table.name, other["id"])]).get(
                (table.name, other["id"]), {})
        conflict_id = None
        if not same:
            conflict_id = self._conflict(
                "duplicate", Change(0, table.name, winner["id"], "insert", {}, "", None), ROW_LEVEL, winner, None,
                loser, "", {"winner_id": winner["id"], "loser_id": loser["id"], "clocks": loser_clocks,
                            "later": [{"hlc": max(loser_clocks.values(), default=""), "fields": dict(loser)}]})
        insert_ignore(self.connection, SyncDroppedRow.__table__, [
            {"table_name": table.name, "row_id": loser["id"], "winner_id": winner["id"], "conflict_id": conflict_id}],
            ["table_name", "row_id"])
        if loser is state.values:
            state.dropped = True
            return
        try:
            with self.connection.begin_nested():
                self.connection.execute(delete(table).where(table.c.id == other["id"]))
                values = info.python_row(state.values)
                values.update(id=row_id, version=1, updated_at=state.updated_at or self.now)
                self.connection.execute(insert(table), [values])
            forget_field_clocks(self.connection, table.name, [other["id"]])
        except IntegrityError as second:
            state.dropped = True
            self._conflict("unapplied", fake, ROW_LEVEL, None, None, state.values, "",
                           {"reason": "integrity", "error": str(second.orig)[:200]})

    def _update(self, info: TableInfo, names: list[str], rows: list[tuple[str, RowState]], timed: bool) -> None:
        """Write changed fields (a new local version) and, when `timed`, the row's new updated_at."""
        table = info.table
        assignments: dict[str, Any] = {n: bindparam(f"p_{n}") for n in names}
        if names:
            assignments["version"] = table.c.version + 1
        # Named either way: left out, Core would fill in the column's onupdate (the wall clock now).
        assignments["updated_at"] = bindparam("p__updated_at") if timed else table.c.updated_at
        statement = update(table).where(table.c.id == bindparam("p__id")).values(assignments)
        params = []
        for row_id, state in rows:
            values = info.python_row({n: state.values.get(n) for n in names})
            param = {"p__id": row_id, **{f"p_{n}": values[n] for n in names}}
            if timed:
                param["p__updated_at"] = state.updated_at
            params.append(param)
        try:
            with self.connection.begin_nested():
                self.connection.execute(statement, params)
        except IntegrityError:
            for param, (row_id, state) in zip(params, rows, strict=False):
                try:
                    with self.connection.begin_nested():
                        self.connection.execute(statement, [param])
                except IntegrityError as exc:
                    fake = Change(0, table.name, row_id, "update", {n: state.values.get(n) for n in names}, "", None)
                    self._conflict("unapplied", fake, ROW_LEVEL, None, None, fake.fields, "",
                                   {"reason": "integrity", "error": str(exc.orig)[:200]})

    def _hard_delete(self, info: TableInfo, row_id: str, state: RowState,
                     dirty_clocks: dict[tuple[str, str, str], str]) -> None:
        table = info.table
        try:
            with self.connection.begin_nested():
                self.connection.execute(delete(table).where(table.c.id == row_id))
            forget_field_clocks(self.connection, table.name, [row_id])
            for key in [k for k in dirty_clocks if k[0] == table.name and k[1] == row_id]:
                del dirty_clocks[key]
        except IntegrityError:
            # Other rows still point at it here: keep it as a tombstone instead.
            if state.values.get("deleted_at") is None:
                moment = state.updated_at or self.now  # the delete's own time
                self.connection.execute(update(table).where(table.c.id == row_id).values(
                    deleted_at=moment, version=table.c.version + 1, updated_at=moment))

    def _save_conflicts(self) -> int:
        ct = SyncConflict.__table__
        count = 0
        if self.conflicts:
            unique = {c["key"]: c for c in self.conflicts}
            existing: set[str] = set()
            for part in chunks(list(unique)):
                existing.update(k for (k,) in self.connection.execute(select(ct.c.key).where(ct.c.key.in_(part))))
            fresh = [c for k, c in unique.items() if k not in existing]
            if fresh:
                self.connection.execute(insert(ct), fresh)
            count = len(fresh)
        for table_name, row_id, field_name, hlcs in self.settled:
            hlc_set = list(hlcs)
            self.connection.execute(update(ct).where(
                ct.c.table_name == table_name, ct.c.row_id == row_id, ct.c.resolved_at.is_(None),
                (ct.c.field == field_name) if field_name != ROW_LEVEL else ct.c.field == ROW_LEVEL,
                (ct.c.local_hlc.in_(hlc_set)) | (ct.c.remote_hlc.in_(hlc_set)),
            ).values(resolved_at=self.now, resolution="elsewhere"))
        for table_name, row_id, fields, hlc in self.dropped_updates:
            # Edits of a row that lost its unique key: merged last-writer-wins into the kept values,
            # and every one of them listed, so that none is lost.
            dt = SyncDroppedRow.__table__
            conflict_id = self.connection.execute(select(dt.c.conflict_id).where(
                dt.c.table_name == table_name, dt.c.row_id == row_id)).scalar()
            if not conflict_id:
                continue
            kept, detail = self.connection.execute(
                select(ct.c.remote_value, ct.c.detail).where(ct.c.id == conflict_id)).one()
            kept, detail = dict(kept or {}), dict(detail or {})
            clocks = dict(detail.get("clocks") or {})
            later = list(detail.get("later") or [])
            if any(entry.get("hlc") == hlc for entry in later):
                continue
            later.append({"hlc": hlc, "fields": fields})
            for name, value in fields.items():
                if hlc > clocks.get(name, ""):
                    kept[name], clocks[name] = value, hlc
            self.connection.execute(update(ct).where(ct.c.id == conflict_id).values(
                remote_value=kept, detail={**detail, "clocks": clocks, "later": later}))
        return count


def retry_held(connection: Connection, now: datetime) -> MergeOutcome:
    """Apply the held changes that can apply now (in clock order); the others are held again."""
    total = MergeOutcome()
    ht = SyncHeldChange.__table__
    while True:
        rows = connection.execute(select(ht).order_by(ht.c.hlc, ht.c.id)).mappings().all()
        if not rows:
            return total
        connection.execute(delete(ht))
        by_origin: defaultdict[str, list[Change]] = defaultdict(list)
        for row in rows:
            by_origin[row["origin"]].append(Change(0, row["table_name"], row["row_id"], row["op"], row["fields"] or {},
                                                   row["hlc"], row["base"]))
        for origin, changes in by_origin.items():
            outcome = Merger(connection, now).apply(changes, origin)
            total.applied += outcome.applied
            total.conflicts += outcome.conflicts
            for table_name, rows_changed in outcome.changed.items():
                total.changed.setdefault(table_name, {}).update(rows_changed)
        left = connection.execute(select(func.count()).select_from(ht)).scalar() or 0
        if left >= len(rows):  # no progress: what is left waits for a later import
            return total
