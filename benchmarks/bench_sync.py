"""Sharing between PCs: export, apply, an idle round on a busy share, and a new PC joining.

Targets (issue 7): export of 10k changes ≤ 1 s; applying 10k remote changes ≤ 2 s; a round
with nothing new on a share holding 50 PCs' folders ≤ 200 ms; first join of a new PC from a
snapshot of the large demo database ≤ 10 s; a snapshot sealed with the office key (making it,
joining from it) ≤ 2× a plain one (issue 14). The cached demo database is only read (copied
with SQLite's backup API before anything opens it).
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from benchmarks.registry import Figures, register

CHANGES = 10_000


def _timed(setup: Callable[[], object], run: Callable[[object], object], repeat: int = 5) -> Figures:
    times = []
    for _ in range(repeat + 1):  # the first run warms up
        state = setup()
        start = time.perf_counter()
        run(state)
        times.append(time.perf_counter() - start)
    times = times[1:]
    return {"seconds_best": round(min(times), 4), "seconds_median": round(statistics.median(times), 4)}


def _template(folder: Path) -> Path:
    """A migrated empty database without an origin, copied for every simulated PC."""
    from boligsocial_desktop.storage.engine import open_database

    path = folder / "template.sqlite"
    open_database(path=path).dispose()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("DELETE FROM local_state")
        connection.commit()
    return path


def _pc(template: Path, folder: Path, share: Path, **options):
    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.sync.engine import SyncEngine, SyncOptions
    from boligsocial_desktop.sync.share import LocalShare

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "boligsocial.sqlite"
    shutil.copy(template, path)
    db = open_database(path=path)
    return db, SyncEngine(db, LocalShare(share), options=SyncOptions(snapshot_interval_ms=None, **options))


def _ten_thousand_changes(db) -> None:
    """4,000 new partners, 4,000 edits of them and 2,000 deletes: 10,000 captured changes."""
    from datetime import UTC, datetime

    from sqlalchemy import insert, select

    from boligsocial_desktop.storage.models import Partner
    from boligsocial_desktop.storage.outbox import record_inserts
    from boligsocial_desktop.storage.types import utcnow

    rows = [{"id": str(uuid.uuid4()), "name": f"Partner {n}", "kind": "forening", "contact": None,
             "created_at": utcnow(), "updated_at": utcnow(), "deleted_at": None, "version": 1} for n in range(4000)]
    with db.transaction() as session:
        session.execute(insert(Partner), rows)
        record_inserts(session, "partners", rows)
    with db.transaction() as session:
        partners = session.scalars(select(Partner).order_by(Partner.id)).all()
        for number, partner in enumerate(partners):
            partner.contact = f"Kontakt {number}"
        session.flush()
        for partner in partners[:2000]:
            partner.deleted_at = datetime.now(UTC)


@register("sync.export_10k")
def export_10k(db_path: Path) -> Figures:
    """Writing 10,000 changes to the share (target ≤ 1 s)."""
    from sqlalchemy import delete, update

    from boligsocial_desktop.storage.models import OutboxChange, SyncExportedFile
    from boligsocial_desktop.sync.engine import RoundReport

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        share = folder / "share"
        share.mkdir()
        db, engine = _pc(_template(folder), folder / "a", share)
        _ten_thousand_changes(db)
        engine.share.make_folder(f"pcs/{db.origin}")

        def reset():
            with db.transaction() as session:
                session.execute(update(OutboxChange).values(exported=False))
                session.execute(delete(SyncExportedFile))
            for path in (share / "pcs" / db.origin).iterdir():
                path.unlink()
            return RoundReport()

        figures = _timed(reset, engine._export)
        figures["changes"] = CHANGES
        figures["file_kb"] = round(sum(p.stat().st_size for p in (share / "pcs" / db.origin).iterdir()) / 1024)
        db.dispose()
    return figures


@register("sync.apply_10k")
def apply_10k(db_path: Path) -> Figures:
    """A round that takes 10,000 changes from another PC (target ≤ 2 s)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        share = folder / "share"
        share.mkdir()
        template = _template(folder)
        db, engine = _pc(template, folder / "a", share)
        _ten_thousand_changes(db)
        assert engine.run_round().exported_changes == CHANGES
        db.dispose()
        opened = []

        def fresh_pc():
            target = folder / f"b{len(opened)}"
            pc = _pc(template, target, share, join=False)
            opened.append(pc[0])
            return pc[1]

        def round_(engine_b):
            report = engine_b.run_round()
            assert report.imported_changes == CHANGES, report

        figures = _timed(fresh_pc, round_)
        for pc_db in opened:
            pc_db.dispose()
    figures["changes"] = CHANGES
    return figures


@register("sync.idle_round_50_pcs")
def idle_round_50_pcs(db_path: Path) -> Figures:
    """A round with nothing new on a share with 50 PCs' folders, 20 files each (target ≤ 200 ms)."""
    from boligsocial_desktop.storage.clock import HybridLogicalClock
    from boligsocial_desktop.sync.files import Change, build_change_file, build_status_file
    from boligsocial_desktop.sync.files import folder as pc_folder

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        share = folder / "share"
        share.mkdir()
        for _ in range(50):
            origin = str(uuid.uuid4())
            clock = HybridLogicalClock(origin)
            (share / pc_folder(origin)).mkdir(parents=True)
            seq, prev = 0, ""
            for _file in range(20):
                changes = []
                for _change in range(5):
                    seq += 1
                    row_id = str(uuid.uuid4())
                    changes.append(Change(seq, "partners", row_id, "insert", {
                        "id": row_id, "name": f"Partner {seq}", "kind": None, "contact": None,
                        "created_at": "2026-11-23T10:00:00+00:00", "deleted_at": None}, str(clock.now()), None))
                built = build_change_file(origin, 1, {}, changes, "0.1.0", prev)
                (share / pc_folder(origin) / built.name).write_bytes(built.data)
                prev = built.chain
            name, data = build_status_file(clock.now().millis, {
                "origin": origin, "name": f"PC-{origin[:4]}", "app": "0.1.0", "reader": 1, "positions": {},
                "exported_through": seq, "first_kept": 1, "former": [], "origin_start": 1,
                "hlc": str(clock.now()), "wall": clock.now().millis})
            (share / pc_folder(origin) / name).write_bytes(data)
        db, engine = _pc(_template(folder), folder / "me", share)
        first = engine.run_round()
        assert first.imported_changes == 50 * 100, first
        engine.run_round()
        figures = _timed(lambda: None, lambda _: engine.run_round(), repeat=9)
        report = engine.run_round()
        assert report.imported_changes == 0 and report.exported_changes == 0
        figures["pcs"] = 50
        figures["files"] = 50 * 21
        db.dispose()
    return figures


@register("sync.join_large_snapshot")
def join_large_snapshot(db_path: Path) -> Figures:
    """A new PC joining from a snapshot of the large demo database (target ≤ 10 s); and making the snapshot."""
    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.sync.engine import SyncEngine, SyncOptions
    from boligsocial_desktop.sync.share import LocalShare
    from boligsocial_desktop.sync.snapshots import make_snapshot

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        share = folder / "share"
        share.mkdir()
        (folder / "office").mkdir()
        office_path = folder / "office" / "boligsocial.sqlite"
        with closing(sqlite3.connect(f"{Path(db_path).as_uri()}?mode=ro", uri=True)) as source, \
                closing(sqlite3.connect(office_path)) as target:
            source.backup(target)  # the cached demo is only read
        office = open_database(path=office_path)
        engine = SyncEngine(office, LocalShare(share), options=SyncOptions(snapshot_interval_ms=None))
        start = time.perf_counter()
        manifest = make_snapshot(engine)
        made = time.perf_counter() - start
        office.dispose()
        with closing(sqlite3.connect(office_path)) as connection:
            expected_sessions = connection.execute("SELECT count(*) FROM sessions").fetchone()[0]
        template = _template(folder)
        times = []
        for number in range(3):
            db, new_pc = _pc(template, folder / f"new{number}", share, cleanup=False)
            start = time.perf_counter()
            report = new_pc.run_round()
            times.append(time.perf_counter() - start)
            assert report.joined, report
            with closing(sqlite3.connect(folder / f"new{number}" / "boligsocial.sqlite")) as joined:
                sessions = joined.execute("SELECT count(*) FROM sessions").fetchone()[0]
                assert sessions == expected_sessions, (sessions, expected_sessions)
            db.dispose()
    return {"seconds_best": round(min(times), 3), "seconds_median": round(statistics.median(times), 3),
            "make_snapshot_seconds": round(made, 2), "snapshot_mb": round(manifest["size"] / 1_048_576, 1)}


@register("sync.snapshot_sealed")
def snapshot_sealed(db_path: Path) -> Figures:
    """A snapshot of the large demo sealed with the office key against a plain one (target: sealed ≤ 2× plain),
    making it and a new PC joining from it. Plain and sealed runs alternate, after one warm-up of each."""
    from boligsocial_desktop.crypto import KeyLocation, MemorySecretStore, changefiles, create_office_key
    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.sync.engine import SyncEngine, SyncOptions
    from boligsocial_desktop.sync.share import LocalShare
    from boligsocial_desktop.sync.snapshots import make_snapshot

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        keys = create_office_key(KeyLocation(folder / "keys", folder / "office"), "benchmark-adgangsfrase",
                                 MemorySecretStore())
        (folder / "office").mkdir(exist_ok=True)
        office_path = folder / "office" / "boligsocial.sqlite"
        with closing(sqlite3.connect(f"{Path(db_path).as_uri()}?mode=ro", uri=True)) as source, \
                closing(sqlite3.connect(office_path)) as target:
            source.backup(target)  # the cached demo is only read
        template = _template(folder)
        made: dict[str, list[float]] = {"plain": [], "sealed": []}
        joined: dict[str, list[float]] = {"plain": [], "sealed": []}
        sizes: dict[str, int] = {}
        try:
            for run in range(3):
                for kind in ("plain", "sealed"):
                    share = folder / f"share-{kind}-{run}"
                    share.mkdir()
                    changefiles.configure(keys if kind == "sealed" else None)
                    office = open_database(path=office_path)
                    engine = SyncEngine(office, LocalShare(share), options=SyncOptions(snapshot_interval_ms=None))
                    start = time.perf_counter()
                    manifest = make_snapshot(engine)
                    made[kind].append(time.perf_counter() - start)
                    office.dispose()
                    sizes[kind] = manifest["size"]
                    assert bool(manifest.get("sealed")) == (kind == "sealed")
                    db, new_pc = _pc(template, folder / f"new-{kind}-{run}", share, cleanup=False)
                    start = time.perf_counter()
                    report = new_pc.run_round()
                    joined[kind].append(time.perf_counter() - start)
                    assert report.joined, report
                    db.dispose()
                    shutil.rmtree(share)
                    shutil.rmtree(folder / f"new-{kind}-{run}")
        finally:
            changefiles.configure(None)
    best = {kind: min(times[1:]) for kind, times in made.items()}  # the first of each warms up
    join_best = {kind: min(times[1:]) for kind, times in joined.items()}
    return {"plain_make_seconds_best": round(best["plain"], 2), "sealed_make_seconds_best": round(best["sealed"], 2),
            "sealed_to_plain_make": round(best["sealed"] / best["plain"], 2),
            "plain_join_seconds_best": round(join_best["plain"], 2),
            "sealed_join_seconds_best": round(join_best["sealed"], 2),
            "sealed_to_plain_join": round(join_best["sealed"] / join_best["plain"], 2),
            "snapshot_mb": round(sizes["plain"] / 1_048_576, 1),
            "sealed_overhead_bytes": sizes["sealed"] - sizes["plain"]}
