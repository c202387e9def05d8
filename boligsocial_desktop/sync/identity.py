"""Is this PC's identity its own? Finding a second history under one origin id.

A PC restored from a backup, a laptop imaged from a colleague's, or a data folder copied
to a new PC all carry an origin id whose numbers another copy has used (or will use) for
other changes. The fork shows in content, not only in names: change files are hash
chains (`files.chain_hash`), and every PC reports the number and chain hash it applied
of every other PC. So this PC has a second history when

* a change file in its own folder was not written by it and is not a copy of one it wrote;
* a status file in its own folder, not written by it, reports numbers or chains it never made;
* another PC, or a snapshot, reports having applied a number of it above any it has numbered,
  or a chain hash it never wrote at that number;
* another PC reports this identity among the forked ones it has seen.

The fork is settled by taking a new origin id (`SyncEngine.switch_origin`): the changes
after the last number both histories are known to share are sent again under the new id,
and the old id's files are applied again from there, so this PC gets back what the other
history holds. Where that number is not known, it is where this identity started: sending
and applying again is harmless, as changes apply idempotently.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ..storage.models import OutboxChange, SyncExportedFile, SyncPeer
from .files import BadFile, classify, folder, parse_change_name, read_change_file, read_status_file
from .share import Entry
from .state import ORIGIN_START_KEY, get_state

if TYPE_CHECKING:
    from .engine import SyncEngine

log = logging.getLogger(__name__)




@dataclass
class OwnHistory:
    """What this PC has numbered and exported under its current origin id."""

    origin: str
    start: int
    top: int  # the highest change number this PC has given out
    chains: dict[int, str | None]  # last number of each own file -> its chain hash (None: an older version's file)
    names: set[str]
    shas: set[str]

    def agrees(self, seq: int, chain: str | None) -> bool | None:
        """True: the same history at `seq`; False: another one; None: cannot tell."""
        if seq < self.start - 1:
            return None
        if seq > self.top:
            return False  # a number this PC never gave out
        if seq == self.start - 1:
            return chain in (None, "")
        if chain is None:
            return None
        if seq not in self.chains:
            return False  # another history ends a file where this PC's files do not
        mine = self.chains[seq]
        return None if mine is None else mine == chain


@dataclass
class Fork:
    common: int  # the last change number both histories are known to share
    evidence: list[str] = field(default_factory=list)


def own_history(engine: SyncEngine) -> OwnHistory:
    me = engine.origin
    with engine.db.reading() as session:
        start = int(get_state(session.connection(), ORIGIN_START_KEY) or 1)
        top = session.scalar(select(func.max(OutboxChange.seq))) or 0
        rows = session.execute(select(SyncExportedFile.name, SyncExportedFile.origin, SyncExportedFile.last_seq,
                                      SyncExportedFile.sha256, SyncExportedFile.chain, SyncExportedFile.state)).all()
    chains: dict[int, str | None] = {start - 1: ""}
    for row in rows:
        if row.origin == me and row.state != "failed":
            chains[row.last_seq] = row.chain
    return OwnHistory(me, start, top, chains, {r.name for r in rows}, {r.sha256 for r in rows})


def published_names(engine: SyncEngine) -> set[str]:
    from .engine import PUBLISHED_KEY

    with engine.db.reading() as session:
        published = json.loads(get_state(session.connection(), PUBLISHED_KEY) or "{}")
    return set(published.get("names") or [])


def find_fork(engine: SyncEngine, scan: dict[str, dict[str, Entry]], manifests: list[dict[str, Any]]) -> Fork | None:
    history = own_history(engine)
    me = history.origin
    commons: list[int] = []
    evidence: list[str] = []

    def found(common: int | None, why: str) -> None:
        """`common`: the last number both histories share; None: not known (the start of this identity)."""
        commons.append(history.start - 1 if common is None else max(history.start - 1, common))
        evidence.append(why)

    own = scan.get(me, {})
    for name in own:
        kind = classify(name)
        if name in history.names or kind not in ("change", "conflict_copy"):
            continue
        parsed = parse_change_name(name, copies=True)
        if parsed is None:
            continue
        path = f"{folder(me)}/{name}"
        try:
            data = engine.share.read(path)
        except OSError as exc:
            engine.skipped(path, exc)
            continue
        if hashlib.sha256(data).hexdigest() in history.shas:
            continue  # an exact copy of a file this PC wrote
        try:
            change_file = read_change_file(name, me, data)
        except BadFile:
            continue  # damaged: reported when it is needed
        if change_file.chain is None:
            found(parsed.first - 1, f"filen {name} i pc'ens egen mappe er ikke skrevet af denne installation")
        elif history.chains.get(change_file.last_seq) != change_file.chain:
            shared = history.agrees(change_file.first_seq - 1, change_file.prev)
            found(change_file.first_seq - 1 if shared else None,
                  f"filen {name} i pc'ens egen mappe hører til en anden udgave af pc'en")

    mine_published = published_names(engine)
    for name in own:
        if classify(name) != "status" or name in mine_published:
            continue
        path = f"{folder(me)}/{name}"
        try:
            status = read_status_file(me, engine.share.read(path))
        except OSError as exc:
            engine.skipped(path, exc)
            continue
        except BadFile:
            continue
        seq = int(status.get("exported_through") or 0)
        if history.agrees(seq, status.get("exported_chain")) is False:
            found(None, f"statusfilen {name} i pc'ens egen mappe er skrevet af en anden udgave af pc'en")

    with engine.db.reading() as session:
        peers = list(session.scalars(select(SyncPeer).where(SyncPeer.origin != me)))
    for peer in peers:
        extra = peer.former_origins or {}
        if me in (extra.get("forks") or []):
            found(None, f"pc {engine.peer_name(peer.origin)} har set to udgaver af denne pc")
            continue
        their_seq = (peer.positions or {}).get(me)
        if their_seq is not None and history.agrees(int(their_seq), (extra.get("chains") or {}).get(me)) is False:
            found(
                None, f"pc {engine.peer_name(peer.origin)} har hentet ændringer fra denne pc, som pc'en ikke selv har"
            )

    for manifest in manifests:
        their_seq = (manifest.get("positions") or {}).get(me)
        if their_seq is not None and history.agrees(int(their_seq), (manifest.get("chains") or {}).get(me)) is False:
            found(None, f"øjebliksbilledet {manifest['path']} rummer ændringer fra denne pc, som pc'en ikke selv har")

    with engine.db.reading() as session:
        first_unexported = session.scalar(select(func.min(OutboxChange.seq)).where(OutboxChange.exported.is_(False)))
        sent = session.execute(select(SyncExportedFile.first_seq, SyncExportedFile.last_seq).where(
            SyncExportedFile.origin == me, SyncExportedFile.state.in_(("done", "removed")))).all()
    if first_unexported is not None and any(first <= first_unexported <= last for first, last in sent):
        found(first_unexported - 1, f"ændring nr. {first_unexported} er allerede sendt under samme identitet")

    if not commons:
        return None
    for why in evidence:
        log.warning("Pc'en findes i to udgaver: %s", why)
    return Fork(min(commons), evidence)


__all__ = ["Fork", "OwnHistory", "find_fork", "own_history", "published_names"]
