"""What differs between SQLite and PostgreSQL, kept here so services stay backend-neutral.

- `lock_room`: serialises room-clash checks between writers. PostgreSQL locks the room's row
  (SELECT ... FOR UPDATE) until the transaction ends; on SQLite it does nothing, because the single
  writer already serialises transactions.
- `reset_sequences`: after rows were copied with their own integer keys (migrate-to), PostgreSQL's
  sequences must continue after the largest key.
- `table_checksum`: a backend-neutral fingerprint of a table's contents (used to verify a copy).
- `server_connect_args`: connect timeout, and the password from the OS keyring (never in the URL).
- `ServerUnavailableError` and the Danish messages for a server that is down or a lost connection.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Engine, Float, Numeric, Table, func, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from ..errors import StorageError
from .outbox import to_json_value

KEYRING_SERVICE = "boligsocial-desktop"
CONNECT_TIMEOUT_S = 5
log = logging.getLogger(__name__)


def keyring_user(url: URL) -> str:
    """The keyring entry's user name for a server URL: USER@HOST:PORT/DATABASE."""
    return f"{url.username}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def password_from_keyring(url: URL) -> str | None:
    """The password for a URL that carries none, from the operating system's keyring (or None)."""
    if url.password is not None or not url.username:
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception as exc:  # noqa: BLE001 -- no keyring on this machine: connect without (certificates, Kerberos)
        log.info("Ingen adgangskode fra nøgleringen (%s)", type(exc).__name__)
        return None


def server_connect_args(url: URL) -> dict[str, Any]:
    """Connection arguments for a server URL: a short connect timeout and the keyring's password.

    The URL in the settings never carries a password; it is added here, in memory only.
    """
    args: dict[str, Any] = {}
    if url.get_backend_name() != "postgresql":
        return args
    if "connect_timeout" not in url.query:
        args["connect_timeout"] = CONNECT_TIMEOUT_S
    password = password_from_keyring(url)
    if password is not None:
        args["password"] = password
    return args


class ServerUnavailableError(StorageError):
    """The database server cannot be reached (down, restarting, or the network is gone)."""


class ServerGivenUpError(ServerUnavailableError):
    """The user pressed Annuller at "the server does not answer": already told, so nothing more is shown."""


def server_unavailable(exc: Exception, url: URL) -> ServerUnavailableError:
    """A Danish message for the user; the driver's own (English) words go to the log only."""
    where = f"{url.host or 'localhost'}{f':{url.port}' if url.port else ''}"
    log.warning("Databaseserveren %s svarer ikke: %s", where, _first_line(exc))
    return ServerUnavailableError(
        f"Databaseserveren ({where}) svarer ikke. Tjek netværksforbindelsen, eller spørg jeres IT-afdeling, "
        "om serveren kører. Du kan prøve igen om lidt.")


def lost_connection(exc: Exception) -> StorageError:
    log.warning("Forbindelsen til databaseserveren blev afbrudt: %s", _first_line(exc))
    return StorageError(
        "Forbindelsen til databaseserveren blev afbrudt, mens der blev gemt. Intet er gemt, og dine indtastninger "
        "står stadig i formularen. Du kan prøve at gemme igen om lidt.")


def _first_line(exc: Exception) -> str:
    original = getattr(exc, "orig", None) or exc
    return (str(original).strip().splitlines() or [type(original).__name__])[0]


def is_postgresql(bind: Connection | Engine) -> bool:
    return bind.dialect.name == "postgresql"


def lock_room(session: Session, room_id: str | None) -> None:
    """Hold the room until this transaction ends, so two clash checks for it cannot interleave."""
    if room_id is None or not is_postgresql(session.get_bind()):
        return
    from .models import Room

    session.execute(select(Room.id).where(Room.id == room_id).with_for_update())


def reset_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """Let PostgreSQL's sequences continue after the largest copied key; nothing to do on SQLite."""
    if not is_postgresql(connection):
        return
    for table in tables:
        for column in table.primary_key.columns:
            if column.autoincrement is not True:
                continue
            largest = connection.execute(select(func.max(column))).scalar()
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table.name, "column": column.name},
            ).scalar()
            if sequence is None:
                continue
            if largest is None:
                connection.execute(text("SELECT setval(CAST(:seq AS regclass), 1, false)"), {"seq": sequence})
            else:
                connection.execute(text("SELECT setval(CAST(:seq AS regclass), :value, true)"),
                                   {"seq": sequence, "value": largest})


def _fixed(value: Any, scale: int | None) -> str | None:
    if value is None:
        return None
    number = Decimal(str(value))
    return str(number.quantize(Decimal(1).scaleb(-scale)) if scale is not None else number.normalize())


def normalised_rows(connection: Connection, table: Table) -> list[str]:
    """Every row as one line of sorted-key JSON, sorted in Python (no collation involved)."""
    names = [column.name for column in table.columns]
    # Numbers in fixed-point columns: SQLite may hand back 30 where PostgreSQL gives 30.0.
    scales = {column.name: column.type.scale for column in table.columns
              if isinstance(column.type, Numeric) and not isinstance(column.type, Float)}
    lines = []
    for row in connection.execute(select(table)):
        values = {name: _fixed(value, scales[name]) if name in scales else to_json_value(value)
                  for name, value in zip(names, row, strict=False)}
        lines.append(json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str))
    lines.sort()
    return lines


def table_checksum(connection: Connection, table: Table) -> tuple[int, str]:
    """(row count, sha256 of the normalised rows): equal on both backends for equal contents."""
    digest = hashlib.sha256()
    lines = normalised_rows(connection, table)
    for line in lines:
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return len(lines), digest.hexdigest()
