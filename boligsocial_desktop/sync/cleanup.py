"""Clean-up only after causal stability: what may leave the share and the outbox, and when.

A change file of this PC (or of an identity it had before) is removed only when

* a snapshot that a new PC would join from (the newest one that the files on the share
  continue, see `snapshots.usable_manifests`) contains it, and
* every identity seen on the share within the retention window has applied it: each PC
  whose newest status file is recent (by its own clock), and each folder with recent files
  but no readable status (unknown, so it holds clean-up back). Identities left behind by a
  restored or cloned PC (listed as "former" by the PC that now carries them) no longer count.

A delivered outbox row is deleted only when all of that holds for it, it is older than
`OUTBOX_KEEP_MS` (30 days: a cloned or restored copy of this PC can still be given it
again), and it is not the newest row (which keeps the numbering going).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, update

from ..storage.models import OutboxChange, SyncExportedFile, SyncPeer
from .files import folder
from .share import Entry

if TYPE_CHECKING:
    from .engine import SyncEngine
    from .identity import OwnHistory

OUTBOX_KEEP_MS = 30 * 24 * 3_600_000


def identities_holding_back(engine: SyncEngine, scan: dict[str, dict[str, Entry]]) -> dict[str, dict[str, Any]]:
    """Every other identity seen within the retention window: origin -> {"positions", "chains"} (empty: unknown)."""
    horizon_ms = engine.wall() - engine.options.peer_horizon_ms
    retired = engine.retired_origins()
    with engine.db.reading() as session:
        peers = {p.origin: p for p in session.scalars(select(SyncPeer))}
    holding: dict[str, dict[str, Any]] = {}
    for origin, peer in peers.items():
        if origin == engine.origin or origin in retired:
            continue
        if peer.last_contact is not None and peer.last_contact.timestamp() * 1000 >= horizon_ms:
            holding[origin] = {"positions": peer.positions or {},
                               "chains": (peer.former_origins or {}).get("chains") or {}}
    for origin, files in scan.items():
        if origin == engine.origin or origin in retired or origin in peers:
            continue
        if any(entry.mtime * 1000 >= horizon_ms for entry in files.values()):
            holding[origin] = {"positions": {}, "chains": {}}  # files but no readable status yet: unknown
    return holding


def _applied_everywhere(engine: SyncEngine, origin: str, seq: int, holding: dict[str, dict[str, Any]],
                        history: OwnHistory) -> bool:
    for other in holding.values():
        position = other["positions"].get(origin)
        if position is None or int(position) < seq:
            return False
        if origin == engine.origin and history.agrees(int(position), other["chains"].get(origin)) is False:
            return False  # it applied another history of this identity
    return True


def clean_up(engine: SyncEngine, scan: dict[str, dict[str, Entry]]) -> None:
    from .identity import own_history
    from .snapshots import usable_manifests

    found = usable_manifests(engine, scan)
    if not found:
        return
    manifest = found[0]
    for older in found[1:]:  # this PC's older snapshots go once a newer one is usable
        if older["origin"] == engine.origin:
            for path in (older["path"], older["data_path"]):
                try:
                    engine.share.remove(path)
                except OSError as exc:
                    engine.skipped(path, exc, "fjernes")
    covered = {o: int(p) for o, p in (manifest.get("positions") or {}).items()}
    history = own_history(engine)
    me = engine.origin
    if history.agrees(covered.get(me, 0), (manifest.get("chains") or {}).get(me)) is False:
        covered.pop(me, None)  # the snapshot holds another history of this identity
    holding = identities_holding_back(engine, scan)
    mine = {me, *engine.former_origins()}
    for row in engine._own_files(("done", "lost")):
        if row.origin not in mine or covered.get(row.origin, 0) < row.last_seq:
            continue
        if not _applied_everywhere(engine, row.origin, row.last_seq, holding, history):
            continue
        path = f"{folder(row.origin)}/{row.name}"
        try:
            engine.share.remove(path)
        except OSError as exc:
            engine.skipped(path, exc, "fjernes")
            continue
        with engine.db.transaction() as session:
            session.execute(update(SyncExportedFile).where(SyncExportedFile.name == row.name).values(state="removed"))
    _prune_outbox(engine, covered.get(me, 0), holding, history)


def _prune_outbox(engine: SyncEngine, covered: int, holding: dict[str, dict[str, Any]], history: OwnHistory) -> None:
    me = engine.origin
    floor = covered
    for other in holding.values():
        position = int(other["positions"].get(me) or 0)
        if history.agrees(position, other["chains"].get(me)) is False:
            return
        floor = min(floor, position)
    exported_through, _chain = engine.exported_through()
    cutoff = f"{max(0, engine.wall() - OUTBOX_KEEP_MS):015d}"
    with engine.db.transaction() as session:
        top = session.scalar(select(func.max(OutboxChange.seq))) or 0
        limit = min(floor, exported_through, top - 1)
        if limit > 0:
            session.execute(delete(OutboxChange).where(OutboxChange.seq <= limit, OutboxChange.exported.is_(True),
                                                       OutboxChange.hlc < cutoff))


__all__ = ["OUTBOX_KEEP_MS", "clean_up", "identities_holding_back"]
