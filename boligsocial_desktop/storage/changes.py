"""Which tables a committed transaction wrote, told to whoever listens (the window's pages).

Every INSERT, UPDATE and DELETE the engine runs, from the ORM's flush or a Core statement, notes its
table on the connection. `Database.transaction` hands the set to `CommitListeners` once the commit
has succeeded, so a page refreshes only when a table it shows changed, and never for a rollback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.sql.dml import UpdateBase

log = logging.getLogger(__name__)

_WRITTEN = "boligsocial_written_tables"

Listener = Callable[[frozenset[str]], None]


def _note_write(connection: Connection, statement: Any, *_args: Any) -> None:
    if isinstance(statement, UpdateBase):
        connection.info.setdefault(_WRITTEN, set()).add(statement.table.name)  # type: ignore[union-attr]  # DML writes a table, never a join


def _forget_writes(connection: Connection) -> None:
    connection.info.pop(_WRITTEN, None)


def track_writes(engine: Engine) -> None:
    # What a rolled-back transaction noted is forgotten when the connection's next transaction begins (a
    # rollback hook could not do it: after a lost server connection its `info` cannot be read).
    event.listen(engine, "before_execute", _note_write)
    event.listen(engine, "begin", _forget_writes)


def take_written(connection: Connection) -> frozenset[str]:
    """The tables written in the connection's current transaction (and forget them)."""
    return frozenset(connection.info.pop(_WRITTEN, ()))


class CommitListeners:
    """Callbacks told the written tables after each commit, in the thread that committed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def add(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def committed(self, tables: frozenset[str]) -> None:
        if not tables:
            return
        for listener in list(self._listeners):
            try:
                listener(tables)
            except Exception:  # a page's refresh must never undo the save that was just committed
                log.exception("Efter en gemning fejlede en opdatering af visningen")
