"""Snapshots: a consistent copy of the shared data, so new PCs can start and old files can go.

A snapshot is made with SQLite's backup API (never a file copy of a live database),
stripped of what is local to the PC that made it (outbox, local state, its own file
records), and stored in the maker's folder as `snap-<millis>-<tag>.sqlite` with a
manifest `.bsm` written after it: SHA-256 and size of the data, the schema revision,
and the per-origin positions the copy contains (the maker's own changes up to its
newest outbox number included). Its sync tables travel along: field clocks,
positions, conflicts and given-up rows are part of the merged state.

Joining: a PC that has never synced, or one that was away so long that the change
files it needs were removed, downloads the newest snapshot to its local disk, checks
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
import os
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..errors import AppError
from ..storage.engine import open_database
from ..storage.models import OutboxChange, SyncApplied
from ..storage.outbox import advance_clock
from .clock import Timestamp
from .files import READER_VERSION, BadFile, Change, build_manifest, classify, folder, nonce, read_manifest, snapshot_names
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


def _schema_revision(path: Path) -> str | None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from ..storage.engine import MIGRATIONS_DIR

    return {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


# --- finding snapshots -----------------------------------------------------------------


def manifests(engine: "SyncEngine", scan: dict[str, dict[str, Entry]]) -> list[dict[str, Any]]:
    """Every snapshot on the share whose manifest is whole and whose data file is there, newest first."""
    cache: dict[str, dict[str, Any] | None] = engine.__dict__.setdefault("_manifests", {})
    found = []
    for origin, files in scan.items():
        for name in files:
            if classify(name) != "manifest" or name[:-4] + ".sqlite" not in files:
                continue
            path = f"{folder(origin)}/{name}"
            if path not in cache:
                try:
                    manifest = read_manifest(origin, engine.share.read(path))
                except (OSError, BadFile):
                    continue  # not cached: a locked file may be readable next time
                cache[path] = {**manifest, "path": path, "data_path": path[:-4] + ".sqlite"}
            manifest = cache[path]
            if manifest is not None and manifest.get("size") == files[name[:-4] + ".sqlite"].size:
                found.append(manifest)
    return sorted(found, key=lambda m: (str(m.get("hlc") or ""), m["path"]), reverse=True)


def newest_manifest(engine: "SyncEngine", scan: dict[str, dict[str, Entry]]) -> dict[str, Any] | None:
    found = manifests(engine, scan)
    return found[0] if found else None


# --- making one --------------------------------------------------------------------------


def _strip(path: Path, positions: dict[str, int]) -> None:
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
        connection.executemany("INSERT INTO sync_applied (origin, seq) VALUES (?, ?)", sorted(positions.items()))
        connection.execute("COMMIT")
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")


def make_snapshot(engine: "SyncEngine") -> dict[str, Any]:
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
            positions = {o: s for o, s in connection.execute("SELECT origin, seq FROM sync_applied")}
            top = connection.execute("SELECT max(seq) FROM outbox WHERE origin = ?", (me,)).fetchone()[0]
            start = connection.execute("SELECT value FROM local_state WHERE key = 'sync_origin_start'").fetchone()
        positions[me] = max(top or 0, (int(start[0]) if start else 1) - 1)
        _strip(temp, positions)
        size, digest = temp.stat().st_size, _hash_file(temp)
        data_name, manifest_name = snapshot_names(stamp.millis)
        engine.share.make_folder(folder(me))
        engine.share.copy_in(temp, f"{folder(me)}/{data_name}")
        crash_point("snapshot.data_written")
        manifest = {"origin": me, "positions": positions, "sha256": digest, "size": size,
                    "schema": _schema_revision(temp), "app": engine.app_version, "hlc": str(stamp),
                    "wall": engine.wall()}
        engine.share.write_new(f"{folder(me)}/{manifest_name}", build_manifest(manifest))
        return {**manifest, "path": f"{folder(me)}/{manifest_name}", "data_path": f"{folder(me)}/{data_name}"}
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def maybe_snapshot(engine: "SyncEngine", scan: dict[str, dict[str, Entry]], report: "RoundReport") -> None:
    """Make a snapshot when one is due and this PC is the one to make it."""
    options = engine.options
    if engine.db.path is None or report.waiting or report.held_back or report.needs_update or report.error:
        return  # only a PC that has everything available makes one
    newest = newest_manifest(engine, scan)
    wall = engine.wall()
    with engine.db.reading() as session:
        positions = applied_positions(session.connection())
        top = session.scalar(select(OutboxChange.seq).order_by(OutboxChange.seq.desc()).limit(1)) or 0
    if newest is not None:
        covered = {o: int(p) for o, p in (newest.get("positions") or {}).items()}
        behind = sum(max(0, p - covered.get(o, 0)) for o, p in positions.items())
        behind += max(0, top - covered.get(engine.origin, 0))
        age = wall - int(newest.get("wall") or 0)
        if age < options.snapshot_interval_ms and behind < options.snapshot_after_changes:
            return
        recent = [p.origin for p in engine.active_peers()
                  if p.last_contact is not None and wall - p.last_contact.timestamp() * 1000 < options.snapshot_interval_ms]
        if sorted([engine.origin, *recent])[0] != engine.origin and age < 2 * options.snapshot_interval_ms:
            return  # the PC with the smallest id makes it; others step in when it has not
    made = make_snapshot(engine)
    report.snapshot_made = True
    engine.__dict__.setdefault("_manifests", {})[made["path"]] = made
    for name in scan.get(engine.origin, {}):  # this PC's older snapshots are no longer needed
        if classify(name) in ("manifest", "snapshot") and not made["path"].endswith(name[:-4] + ".bsm") \
                and not made["data_path"].endswith(name):
            with contextlib.suppress(OSError):
                engine.share.remove(f"{folder(engine.origin)}/{name}")


# --- joining --------------------------------------------------------------------------------


def _needs_rejoin(engine: "SyncEngine", manifest: dict[str, Any]) -> bool:
    """Another PC's changes that this PC needs are gone from the share, and the snapshot has them."""
    from ..storage.models import SyncPeer

    covered = {o: int(p) for o, p in (manifest.get("positions") or {}).items()}
    with engine.db.reading() as session:
        positions = applied_positions(session.connection())
        peers = list(session.scalars(select(SyncPeer)))
    for peer in peers:
        extra = peer.former_origins or {}
        first_kept, start = extra.get("first_kept"), int(extra.get("origin_start") or 1)
        if first_kept is None or peer.origin == engine.origin:
            continue
        need = max(positions.get(peer.origin, 0), start - 1) + 1
        exported = (peer.positions or {}).get(peer.origin, 0)
        if int(first_kept) > need and exported >= need and covered.get(peer.origin, 0) >= int(first_kept) - 1:
            return True
    return False


def maybe_join(engine: "SyncEngine", scan: dict[str, dict[str, Entry]], report: "RoundReport") -> bool:
    if engine.db.path is None:
        return False
    manifest = newest_manifest(engine, scan)
    if manifest is None or manifest.get("origin") == engine.origin:
        return False
    with engine.db.reading() as session:
        positions = applied_positions(session.connection())
        from ..storage.models import SyncExportedFile

        exported = session.scalar(select(SyncExportedFile.name).limit(1))
    if (positions or exported) and not _needs_rejoin(engine, manifest):
        return False
    from ..storage.models import SyncParkedFile
    from .engine import Problem

    with engine.db.reading() as session:
        parked = session.get(SyncParkedFile, manifest["data_path"])
    if parked is not None and parked.kind in ("damaged", "too_new"):  # found unusable before: not again
        report.needs_update = report.needs_update or parked.kind == "too_new"
        report.problems.append(Problem(parked.kind, parked.path, parked.detail or "", parked.origin))
        return False
    if int(manifest.get("min_reader") or 1) > READER_VERSION:
        report.needs_update = True
        report.problems.append(Problem("too_new", manifest["data_path"],
                                       "øjebliksbilledet kræver en nyere version af programmet", manifest.get("origin")))
        return False
    join(engine, manifest, report)
    return True


def join(engine: "SyncEngine", manifest: dict[str, Any], report: "RoundReport") -> None:
    """Replace this PC's database by the snapshot plus this PC's own facts and unshared changes."""
    from .engine import Problem

    db = engine.db
    assert db.path is not None
    work = engine.local_dir or db.path.parent
    temp = work / f".join-{nonce()}.sqlite"
    try:
        engine.share.copy_out(manifest["data_path"], temp)
        if temp.stat().st_size != manifest.get("size") or _hash_file(temp) != manifest.get("sha256"):
            report.problems.append(Problem("damaged", manifest["data_path"], "øjebliksbilledet er beskadiget",
                                           manifest.get("origin")))
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


def _prepare(engine: "SyncEngine", temp: Path, manifest: dict[str, Any]) -> None:
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


def _replay_own(engine: "SyncEngine", connection, me: str, covered: dict[str, int]) -> None:
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


def _swap_in(engine: "SyncEngine", temp: Path) -> None:
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
    os.replace(temp, db.path)
    for suffix in ("-wal", "-shm"):
        leftover = Path(str(db.path) + suffix)
        if leftover.exists() and leftover.stat().st_size == 0:
            with contextlib.suppress(OSError):
                leftover.unlink()
    log.info("Databasen er erstattet af øjebliksbilledet; den gamle ligger i %s", backups)


__all__ = ["join", "make_snapshot", "maybe_join", "maybe_snapshot", "newest_manifest"]
