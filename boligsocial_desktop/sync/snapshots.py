"""Snapshots: a consistent copy of the shared data, so new PCs can start and old files can go.

A snapshot is made with SQLite's backup API (never a file copy of a live database),
stripped of what is local to the PC that made it (outbox, local state, its own file
records), and stored in the maker's folder as `snap-<millis>-<tag>.sqlite` with a
manifest `.bsm` written after it: SHA-256 and size of the data, the schema revision,
and the position and chain hash the copy contains for every PC (for its maker: as far
as its files on the share go). Its sync tables travel along: field clocks, positions,
conflicts, given-up rows and held changes are part of the merged state. Only a PC that
holds at least what every snapshot on the share holds makes one.

A snapshot is usable when the change files on the share go on from its positions for
every PC (no gap); joining and clean-up use the newest usable one.

Sealed snapshots: when the office has a key (`crypto.changefiles.configured()`), the
stripped copy is sealed on the local disk as a stream of AES-GCM chunks with this
month's period key (`crypto.envelope.seal_stream`, as sealed backups are) and only the
sealed file goes to the share, as `snap-<millis>-<tag>.bssnap`; no plain SQLite file is
written there. The manifest (sealed itself, like every container) then says
`"sealed": true` and carries the size and SHA-256 of the sealed file, checked before it
is opened, plus those of the plain database, checked after. A PC without the key,
with another office's key, or after the month's key was destroyed (`OfficeKeys.
destroy_before`) cannot read the manifest or the data: it does not join, and the
round names the reason (problem kind "key"); a data file found unusable is not
downloaded again.

Joining: a PC that has never synced, or one that needs changes that were removed from
the share (away too long, restored from a backup), downloads that snapshot, checks
its hash, migrates it, carries over its own local facts (origin id, clock, outbox,
file records) and replays its own changes the snapshot does not contain, then swaps
it in for its database (the old one is kept in the backups folder). The change files
after the snapshot's positions follow in the ordinary import.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import Connection, select

from .. import fileops
from ..crypto import changefiles
from ..crypto.keys import CryptoError
from ..errors import AppError
from ..storage.clock import Timestamp
from ..storage.engine import open_database
from ..storage.models import OutboxChange, SyncApplied
from ..storage.outbox import advance_clock
from .files import (
    MANIFEST,
    PLAIN_SNAPSHOT,
    READER_VERSION,
    SEALED_SNAPSHOT,
    BadFile,
    Change,
    build_manifest,
    classify,
    folder,
    nonce,
    parse_change_name,
    read_manifest,
    snapshot_data_name,
    snapshot_names,
    snapshot_stem,
)
from .merge import Merger
from .share import Entry, crash_point
from .state import applied_positions, get_state

if TYPE_CHECKING:
    from .engine import RoundReport, SyncEngine

log = logging.getLogger(__name__)

STRIPPED = ("outbox", "local_state", "sync_exported_files", "sync_parked_files", "sync_peers")
CARRIED = ("local_state", "sync_exported_files", "sync_peers")  # this PC's own facts, kept across a join
REPLAY_CHUNK = 10_000


def backup_copy(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API, with both connections closed at once
    (`storage.engine.backup_sqlite` leaves them to the garbage collector, which keeps the
    database open a while)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(source)) as src, contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


class _Hashing:
    """A binary file that hashes and counts what is read from or written through it."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle, self.digest, self.size = handle, hashlib.sha256(), 0

    def read(self, count: int = -1) -> bytes:
        block = self.handle.read(count)
        self.digest.update(block)
        self.size += len(block)
        return block

    def write(self, block: bytes) -> int:
        self.digest.update(block)
        self.size += len(block)
        written = self.handle.write(block)
        return written


def _schema_revision(path: Path) -> str | None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from ..storage.engine import MIGRATIONS_DIR

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


# --- finding snapshots -----------------------------------------------------------------


def manifests(engine: SyncEngine, scan: dict[str, dict[str, Entry]]) -> list[dict[str, Any]]:
    """Every snapshot on the share whose manifest is whole and whose data file is there, newest first
    (worked out once per listing of the share)."""
    last = engine.__dict__.get("_manifests_of")
    if last is not None and last[0] is scan:
        return list(last[1])
    cache: dict[str, dict[str, Any] | None] = engine.__dict__.setdefault("_manifests", {})
    engine.__dict__["_unreadable_manifests"] = unreadable = {}
    found = []
    for origin, files in scan.items():
        for name in files:
            if not name.endswith(MANIFEST):
                continue
            stem = snapshot_stem(name)
            if classify(name) != "manifest" or (stem + PLAIN_SNAPSHOT not in files
                                                and stem + SEALED_SNAPSHOT not in files):
                continue
            path = f"{folder(origin)}/{name}"
            if path not in cache:
                try:
                    read = read_manifest(origin, engine.share.read(path))
                except OSError as exc:
                    engine.skipped(path, exc)
                    continue  # not cached: a locked file may be readable next time
                except BadFile as exc:  # not cached either: the office key may come (or be refreshed)
                    unreadable[path] = (origin, exc)
                    continue
                data_name = snapshot_data_name(name, bool(read.get("sealed")))
                cache[path] = {**read, "path": path, "data_path": f"{folder(origin)}/{data_name}"}
            manifest = cache[path]
            data = files.get(manifest["data_path"].rsplit("/", 1)[-1]) if manifest is not None else None
            if manifest is not None and data is not None and manifest.get("size") == data.size:
                found.append(manifest)
    found.sort(key=lambda m: (str(m.get("hlc") or ""), m["path"]), reverse=True)
    engine.__dict__["_manifests_of"] = (scan, found)
    return list(found)


def _ranges(files: dict[str, Entry]) -> list[tuple[int, int]]:
    return [(p.first, p.last) for name in files if (p := parse_change_name(name, copies=True)) is not None]


def _origin_starts(engine: SyncEngine) -> dict[str, int]:
    from ..storage.models import SyncPeer

    with engine.db.reading() as session:
        return {o: int((extra or {}).get("origin_start") or 1)
                for o, extra in session.execute(select(SyncPeer.origin, SyncPeer.former_origins))}


def _continued(manifest: dict[str, Any], scan: dict[str, dict[str, Entry]], starts: dict[str, int]) -> bool:
    """The change files on the share go on from where the snapshot ends, for every PC (no gap)."""
    covered = manifest.get("positions") or {}
    for origin, files in scan.items():
        ranges = _ranges(files)
        position = covered.get(origin)
        need = (int(position) if position is not None else starts.get(origin, 1) - 1) + 1
        if any(last >= need for _first, last in ranges) and not any(f <= need <= last for f, last in ranges):
            return False
    return True


def usable_manifests(engine: SyncEngine, scan: dict[str, dict[str, Entry]]) -> list[dict[str, Any]]:
    """Snapshots a PC can join from and continue with the files on the share, newest first."""
    found = manifests(engine, scan)
    if not found:
        return []
    starts = _origin_starts(engine)
    return [m for m in found if _continued(m, scan, starts)]


def gaps(engine: SyncEngine, scan: dict[str, dict[str, Entry]], manifest: dict[str, Any]) -> list[str]:
    """Other PCs whose next change this PC needs is gone from the share, while the snapshot has it."""
    covered = manifest.get("positions") or {}
    starts = _origin_starts(engine)
    with engine.db.reading() as session:
        positions = applied_positions(session.connection())
    found = []
    for origin in sorted(set(scan) | set(covered)):
        if origin == engine.origin:
            continue
        position = positions.get(origin)
        need = (position if position is not None else starts.get(origin, 1) - 1) + 1
        ranges = _ranges(scan.get(origin, {}))
        if int(covered.get(origin, 0)) >= need and not any(f <= need <= last for f, last in ranges):
            found.append(origin)
    return found


def report_unreadable(engine: SyncEngine, report: RoundReport) -> None:
    """Name the snapshots whose manifest the last `manifests` could not read (no office key, another office's
    key, an expired month, damaged) while this PC has never synced: why it does not join."""
    from ..storage.models import SyncExportedFile
    from .engine import Problem

    unreadable = engine.__dict__.get("_unreadable_manifests") or {}
    if not unreadable:
        return
    with engine.db.reading() as session:
        if applied_positions(session.connection()) or session.scalar(select(SyncExportedFile.name).limit(1)):
            return  # this PC has its data; the change files' own problems say the rest
    for path, (origin, exc) in sorted(unreadable.items()):
        kind = "key" if isinstance(exc.__cause__, CryptoError) else "damaged"
        report.problems.append(Problem(kind, path, f"øjebliksbilledet kan ikke bruges: {exc}", origin))


# --- making one --------------------------------------------------------------------------


def _strip(path: Path, positions: dict[str, int], chains: dict[str, str | None]) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        ddl = [sql for (sql,) in connection.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'outbox' AND sql IS NOT NULL ORDER BY type DESC")]
        connection.execute("BEGIN")
        connection.execute("DROP TABLE outbox")  # far faster than deleting its rows
        for statement in ddl:
            connection.execute(statement)
        for table in STRIPPED[1:]:
            connection.execute(f"DELETE FROM {table}")
        connection.execute("DELETE FROM sync_applied")
        connection.executemany("INSERT INTO sync_applied (origin, seq, chain) VALUES (?, ?, ?)",
                               [(o, p, chains.get(o)) for o, p in sorted(positions.items())])
        connection.execute("COMMIT")
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")


def make_snapshot(engine: SyncEngine) -> dict[str, Any]:
    db = engine.db
    if db.path is None:
        raise RuntimeError("Øjebliksbilleder kræver en SQLite-database")
    me = engine.origin
    work = engine.local_dir or db.path.parent
    temp = work / f".snapshot-{nonce()}.sqlite"
    try:
        with db.transaction() as session:
            [stamp] = advance_clock(session.connection(), db.capture.clock, stamps=1)
        backup_copy(db.path, temp)
        crash_point("snapshot.backed_up")
        with contextlib.closing(sqlite3.connect(temp)) as connection:
            applied = connection.execute("SELECT origin, seq, chain FROM sync_applied").fetchall()
        positions = {o: s for o, s, _c in applied}
        chains = {o: c for o, _s, c in applied}
        # This PC's own changes count as far as its files on the share go (a file boundary with its chain
        # hash); the copy may hold later ones too, which then arrive again and apply as no-ops.
        positions[me], chains[me] = engine.exported_through()
        _strip(temp, positions, chains)
        schema = _schema_revision(temp)
        data_name, manifest_name, data = upload_snapshot_data(engine, temp, stamp.millis)
        crash_point("snapshot.data_written")
        manifest = {"origin": me, "positions": positions, "chains": {o: c for o, c in chains.items() if c}, **data,
                    "schema": schema, "app": engine.app_version, "hlc": str(stamp),
                    "wall": engine.wall()}
        engine.share.write_new(f"{folder(me)}/{manifest_name}", build_manifest(manifest))
        return {**manifest, "path": f"{folder(me)}/{manifest_name}", "data_path": f"{folder(me)}/{data_name}"}
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def upload_snapshot_data(engine: SyncEngine, plain: Path, millis: int) -> tuple[str, str, dict[str, Any]]:
    """Put the stripped database `plain` (on the local disk) into this PC's folder on the share.

    With an office key it is sealed first into a local temporary file, streamed in chunks, and only the sealed
    file is copied to the share. Returns the data file's name, the manifest's name and the manifest fields that
    describe the data: size and SHA-256 of the file on the share, and for a sealed one those of the database."""
    keys = changefiles.configured()
    me = engine.origin
    data_name, manifest_name = snapshot_names(millis, sealed=keys is not None)
    engine.share.make_folder(folder(me))
    if keys is None:
        size, digest = plain.stat().st_size, _hash_file(plain)
        engine.share.copy_in(plain, f"{folder(me)}/{data_name}")
        return data_name, manifest_name, {"sha256": digest, "size": size}
    from ..crypto.envelope import seal_stream

    sealed = plain.with_name(plain.name + SEALED_SNAPSHOT)
    try:
        with open(plain, "rb") as source, open(sealed, "xb") as target:
            reading, writing = _Hashing(source), _Hashing(target)
            seal_stream(reading, writing, {"kind": "snapshot", "origin": me}, keys)
        engine.share.copy_in(sealed, f"{folder(me)}/{data_name}")
    finally:
        with contextlib.suppress(OSError):
            sealed.unlink()
    return data_name, manifest_name, {"sealed": True, "sha256": writing.digest.hexdigest(), "size": writing.size,
                                      "plain_sha256": reading.digest.hexdigest(), "plain_size": reading.size}


def _remove_damaged_own(engine: SyncEngine, scan: dict[str, dict[str, Entry]], found: list[dict[str, Any]]
                        ) -> set[str]:
    """This PC's snapshots whose data no longer matches its manifest (damaged in place) leave the share."""
    checked: dict[str, tuple[int, float]] = engine.__dict__.setdefault("_verified_snapshots", {})
    damaged = set()
    own = scan.get(engine.origin, {})
    for manifest in found:
        data_name = manifest["data_path"].rsplit("/", 1)[-1]
        entry = own.get(data_name)
        if manifest.get("origin") != engine.origin or entry is None:
            continue
        if checked.get(data_name) == (entry.size, entry.mtime):
            continue
        digest = hashlib.sha256()
        try:
            with engine.share.open_read(manifest["data_path"]) as handle:
                while block := handle.read(1 << 20):
                    digest.update(block)
        except OSError as exc:
            engine.skipped(manifest["data_path"], exc)
            continue
        if digest.hexdigest() == manifest.get("sha256"):
            checked[data_name] = (entry.size, entry.mtime)
            continue
        log.warning("Øjebliksbilledet %s er beskadiget på den delte mappe; der laves et nyt", manifest["path"])
        for path in (manifest["data_path"], manifest["path"]):
            try:
                engine.share.remove(path)
            except OSError as exc:
                engine.skipped(path, exc, "fjernes")
        damaged.add(manifest["path"])
    return damaged


def maybe_snapshot(engine: SyncEngine, scan: dict[str, dict[str, Entry]], report: RoundReport) -> None:
    """Make a snapshot when one is due and this PC is the one to make it."""
    options = engine.options
    assert options.snapshot_interval_ms is not None  # the engine asks only when snapshots are made
    if engine.db.path is None or report.waiting or report.held_back or report.needs_update or report.error:
        return  # only a PC that has everything available makes one
    found = manifests(engine, scan)
    wall = engine.wall()
    with engine.db.reading() as session:
        positions = applied_positions(session.connection())
        top = session.scalar(select(OutboxChange.seq).order_by(OutboxChange.seq.desc()).limit(1)) or 0
    retired = engine.retired_origins() | {engine.origin}
    reported = [manifest.get("positions") or {} for manifest in found]
    reported += [peer.positions or {} for peer in engine.active_peers() if peer.origin not in retired]
    for known in reported:  # never behind a snapshot on the share, nor behind what another PC holds
        if any(positions.get(o, 0) < int(p) for o, p in known.items() if o not in retired):
            return
    damaged = _remove_damaged_own(engine, scan, found)
    found = [m for m in found if m["path"] not in damaged]
    newest = found[0] if found else None
    if newest is not None and not damaged:
        covered = {o: int(p) for o, p in (newest.get("positions") or {}).items()}
        behind = sum(max(0, p - covered.get(o, 0)) for o, p in positions.items())
        behind += max(0, top - covered.get(engine.origin, 0))
        age = wall - int(newest.get("wall") or 0)
        if age < options.snapshot_interval_ms and behind < options.snapshot_after_changes:
            return
        recent = [
            p.origin
            for p in engine.active_peers()
            if p.last_contact is not None and wall - p.last_contact.timestamp() * 1000 < options.snapshot_interval_ms
        ]
        if sorted([engine.origin, *recent])[0] != engine.origin and age < 2 * options.snapshot_interval_ms:
            return  # the PC with the smallest id makes it; others step in when it has not
    made = make_snapshot(engine)
    report.snapshot_made = True
    engine.__dict__.setdefault("_manifests", {})[made["path"]] = made
    for name in scan.get(engine.origin, {}):  # this PC's older snapshots are no longer needed
        if classify(name) in ("manifest", "snapshot") and not made["path"].endswith(name[:-4] + ".bsm") \
                and not made["data_path"].endswith(name):
            try:
                engine.share.remove(f"{folder(engine.origin)}/{name}")
            except OSError as exc:
                engine.skipped(f"{folder(engine.origin)}/{name}", exc, "fjernes")


# --- joining --------------------------------------------------------------------------------


def maybe_join(engine: SyncEngine, scan: dict[str, dict[str, Entry]], report: RoundReport) -> bool:
    if engine.db.path is None:
        return False
    usable = usable_manifests(engine, scan)  # this PC's own too: restored from a backup, it lacks what it held
    if not usable:
        report_unreadable(engine, report)
        return False
    manifest = usable[0]
    with engine.db.reading() as session:
        positions = applied_positions(session.connection())
        from ..storage.models import SyncExportedFile

        exported = session.scalar(select(SyncExportedFile.name).limit(1))
    if positions or exported:
        missing = gaps(engine, scan, manifest)
        if not missing:
            return False
        log.warning("Ændringer, pc'en mangler, er ryddet væk fra den delte mappe (%s); den hentes fra "
                    "øjebliksbilledet %s", ", ".join(o[:8] for o in missing), manifest["path"])
    from ..storage.models import SyncParkedFile
    from .engine import Problem

    with engine.db.reading() as session:
        parked = session.get(SyncParkedFile, manifest["data_path"])
    if parked is not None and parked.kind in ("damaged", "too_new", "key"):  # found unusable before: not again
        report.needs_update = report.needs_update or parked.kind == "too_new"
        report.problems.append(Problem(parked.kind, parked.path, parked.detail or "", parked.origin))
        report.waiting.append("Venter på et brugbart øjebliksbillede på den delte mappe (det nyeste kan ikke "
                              "bruges); den pc, der lavede det, laver et nyt.")
        return False
    if int(manifest.get("min_reader") or 1) > READER_VERSION:
        report.needs_update = True
        report.problems.append(
            Problem(
                "too_new",
                manifest["data_path"],
                "øjebliksbilledet kræver en nyere version af programmet",
                manifest.get("origin"),
            )
        )
        return False
    join(engine, manifest, report)
    return True


def join(engine: SyncEngine, manifest: dict[str, Any], report: RoundReport) -> None:
    """Replace this PC's database by the snapshot plus this PC's own facts and unshared changes."""
    from .engine import Problem

    db = engine.db
    assert db.path is not None
    work = engine.local_dir or db.path.parent
    temp = work / f".join-{nonce()}.sqlite"
    try:
        try:
            download_snapshot_data(engine, manifest, temp)
        except BadFile as exc:
            report.problems.append(Problem("damaged", manifest["data_path"], str(exc), manifest.get("origin")))
            return
        except CryptoError as exc:
            report.problems.append(Problem("key", manifest["data_path"],
                                           f"øjebliksbilledet kan ikke åbnes: {exc.message}", manifest.get("origin")))
            return
        revision = _schema_revision(temp)
        if revision not in _known_revisions():
            report.needs_update = True
            report.problems.append(Problem("too_new", manifest["data_path"],
                                           "øjebliksbilledet kræver en nyere version af programmet",
                                           manifest.get("origin")))
            return
        crash_point("join.downloaded")
        _prepare(engine, temp, manifest)
        crash_point("join.prepared")
        _swap_in(engine, temp)
        report.joined = True
        report.data_changed = True
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(temp) + suffix).unlink()


def download_snapshot_data(engine: SyncEngine, manifest: dict[str, Any], target: Path) -> None:
    """The snapshot's database as a plain SQLite file at `target` (on the local disk), checked.

    The file on the share is copied to the local disk and its size and SHA-256 checked against the manifest;
    a sealed one is then opened with the office key into `target`, every chunk checked before it is written.
    Raises BadFile (damaged) or CryptoError (no key, another office's key, an expired month, changed)."""
    damaged = BadFile("øjebliksbilledet er beskadiget")
    keys = changefiles.configured()
    sealed = bool(manifest.get("sealed"))
    if not sealed:
        if keys is not None:  # the manifest would have been refused already; never use plain data then
            raise CryptoError("Øjebliksbilledet er ikke krypteret, men kontoret bruger kryptering. Det bliver ikke "
                              "brugt.")
        engine.share.copy_out(manifest["data_path"], target)
        if target.stat().st_size != manifest.get("size") or _hash_file(target) != manifest.get("sha256"):
            raise damaged
        return
    if keys is None:
        raise CryptoError("Øjebliksbilledet er krypteret, men denne pc har ikke kontornøglen. Tilslut pc'en med "
                          "adgangsfrasen (»key join«).")
    from ..crypto.envelope import open_stream

    download = target.with_name(target.name + SEALED_SNAPSHOT)
    try:
        engine.share.copy_out(manifest["data_path"], download)
        if download.stat().st_size != manifest.get("size") or _hash_file(download) != manifest.get("sha256"):
            raise damaged
        with open(download, "rb") as source, open(target, "wb") as handle:
            writing = _Hashing(handle)
            header = open_stream(source, writing, keys)
        if header.get("kind") != "snapshot" or header.get("origin") != manifest.get("origin"):
            raise CryptoError("Filen er ikke et øjebliksbillede fra denne pc's mappe. Den bliver ikke brugt.")
        if (manifest.get("plain_sha256") not in (None, writing.digest.hexdigest())
                or manifest.get("plain_size") not in (None, writing.size)):
            raise damaged
    finally:
        with contextlib.suppress(OSError):
            download.unlink()


def _prepare(engine: SyncEngine, temp: Path, manifest: dict[str, Any]) -> None:
    db = engine.db
    me = engine.origin
    joined = open_database(path=temp)  # migrations run here, before anything is applied
    try:
        covered = {o: int(p) for o, p in (manifest.get("positions") or {}).items()}
        with joined.engine.connect() as connection:
            connection.exec_driver_sql("ATTACH DATABASE ? AS old", (str(db.path),))  # outside a transaction
            try:
                for table in CARRIED:
                    connection.exec_driver_sql(f"DELETE FROM main.{table}")
                    connection.exec_driver_sql(f"INSERT INTO main.{table} SELECT * FROM old.{table}")
                columns = ", ".join(c.name for c in OutboxChange.__table__.columns)
                connection.exec_driver_sql(f"INSERT INTO main.outbox ({columns}) SELECT {columns} FROM old.outbox")
                connection.exec_driver_sql("INSERT OR IGNORE INTO main.sync_conflicts SELECT * FROM old.sync_conflicts "
                                           "WHERE resolved_at IS NULL")
                _replay_own(engine, connection, me, covered)
                remote = Timestamp.parse(manifest["hlc"]) if manifest.get("hlc") else None
                advance_clock(connection, db.capture.clock, receive=remote)  # the stamp carried over, moved on
                connection.commit()
            finally:
                connection.rollback()
                connection.exec_driver_sql("DETACH DATABASE old")
    finally:
        joined.dispose()


def _replay_own(engine: SyncEngine, connection: Connection, me: str, covered: dict[str, int]) -> None:
    """Merge this PC's own changes that the snapshot does not contain (they stay in the outbox)."""
    mine = {me, *json.loads(get_state(connection, "sync_former_origins") or "[]")}
    connection.execute(SyncApplied.__table__.delete().where(SyncApplied.origin == me))
    now = engine.now()
    pending: defaultdict[str, list[Change]] = defaultdict(list)
    query = (select(OutboxChange.seq, OutboxChange.table_name, OutboxChange.row_id, OutboxChange.op,
                    OutboxChange.fields, OutboxChange.hlc, OutboxChange.base_clocks, OutboxChange.origin)
             .where(OutboxChange.origin.in_(sorted(mine))).order_by(OutboxChange.seq))
    rows = connection.execute(query).all()
    for seq, table, row_id, op, fields, hlc, base, origin in rows:
        if seq > covered.get(origin, 0):
            pending[origin].append(Change(seq, table, row_id, op, fields, hlc, base))
            if len(pending[origin]) >= REPLAY_CHUNK:
                Merger(connection, now).apply(pending.pop(origin), origin)
    for origin, changes in pending.items():
        Merger(connection, now).apply(changes, origin)


def _swap_in(engine: SyncEngine, temp: Path) -> None:
    db = engine.db
    assert db.path is not None
    backups = db.path.parent / "backups"
    stamp = engine.now().strftime("%Y%m%d-%H%M%S")
    backup_copy(db.path, backups / f"før-tilslutning-{stamp}.sqlite")
    db.engine.dispose()
    # Leaving WAL mode folds the log into the file and needs the database to itself: if another
    # program (a second copy of the app, `boligsocial-desktop sync`) has it open, nothing is swapped.
    try:
        with contextlib.closing(sqlite3.connect(db.path, timeout=0)) as connection:
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError:
        mode = "locked"
    if str(mode).lower() != "delete":
        raise AppError("Databasen bruges af et andet program på denne pc (fx programmet selv eller en planlagt "
                       "deling), så den kan ikke hentes fra den delte mappe nu. Luk det andet program, og del igen.")
    crash_point("join.before_swap")
    fileops.replace(temp, db.path)
    for suffix in ("-wal", "-shm"):
        leftover = Path(str(db.path) + suffix)
        if leftover.exists() and leftover.stat().st_size == 0:
            with contextlib.suppress(OSError):
                leftover.unlink()
    log.info("Databasen er erstattet af øjebliksbilledet; den gamle ligger i %s", backups)


__all__ = ["download_snapshot_data", "gaps", "join", "make_snapshot", "manifests", "maybe_join", "maybe_snapshot",
           "upload_snapshot_data", "usable_manifests"]
