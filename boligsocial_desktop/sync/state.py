"""This PC's sync bookkeeping in its own database: positions and local facts.

The field clocks live in storage/field_clocks.py (the outbox stamps them as it records a change).

Everything here works on a Core `Connection` inside the caller's transaction, so the
bookkeeping commits together with the data it describes (or not at all).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, select

from ..storage.bulk import upsert
from ..storage.models import LocalState, SyncApplied

# Keys in local_state (besides the outbox's origin_id and hlc_last).
ORIGIN_START_KEY = "sync_origin_start"  # the first outbox seq numbered under the current origin
FORMER_ORIGINS_KEY = "sync_former_origins"  # JSON list of this install's earlier origin ids
LAST_ROUND_KEY = "sync_last_round"  # JSON summary of the newest round, for the status bar
LAST_OK_KEY = "sync_last_ok"  # wall-clock millis when the newest successful round ended
SNAPSHOT_KEY = "sync_snapshot"  # JSON: the snapshot this database was joined from
FORKS_KEY = "sync_forks"  # JSON {origin: detail}: PC identities seen with two histories on the share


# --- positions and local facts -------------------------------------------------


def applied_positions(connection: Connection) -> dict[str, int]:
    t = SyncApplied.__table__
    return {origin: seq for origin, seq in connection.execute(select(t.c.origin, t.c.seq))}


def applied_chains(connection: Connection) -> dict[str, str | None]:
    t = SyncApplied.__table__
    return {origin: chain for origin, chain in connection.execute(select(t.c.origin, t.c.chain))}


def set_position(connection: Connection, origin: str, seq: int, last_hlc: str | None, now: datetime,
                 chain: str | None = None) -> None:
    upsert(connection, SyncApplied.__table__,
           [{"origin": origin, "seq": seq, "last_hlc": last_hlc, "applied_at": now, "chain": chain}], ["origin"])


def get_state(connection: Connection, key: str, default: str | None = None) -> str | None:
    t = LocalState.__table__
    value = connection.execute(select(t.c.value).where(t.c.key == key)).scalar()
    return default if value is None else value


def set_state(connection: Connection, key: str, value: str) -> None:
    upsert(connection, LocalState.__table__, [{"key": key, "value": value}], ["key"])
