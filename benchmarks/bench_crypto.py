"""Encryption speed: sealing and opening a change file of 10 000 changes, and an encrypted backup."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from benchmarks.registry import Figures, measure, register


def _payload(db_path: Path, count: int = 10_000) -> bytes:
    """10 000 real outbox rows of the large demo as JSON lines (what a change file carries)."""
    with closing(sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)) as conn:
        rows = conn.execute("SELECT seq, table_name, row_id, op, fields, hlc, origin, base_version FROM outbox "
                            "ORDER BY seq LIMIT ?", (count,)).fetchall()
    names = ("seq", "table", "row_id", "op", "fields", "hlc", "origin", "base_version")
    lines = [json.dumps(dict(zip(names, row, strict=False)), ensure_ascii=False) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _keys(folder: Path):
    from boligsocial_desktop.crypto import KeyLocation, MemorySecretStore, create_office_key

    return create_office_key(
        KeyLocation(folder / "share", folder / "pc"), "benchmark-adgangsfrase", MemorySecretStore()
    )


def _rate(size: int, fn, repeat: int = 20) -> tuple[float, float]:
    """(best seconds, MB/s) over `repeat` runs after a warm-up; finer than measure()'s 4 decimals."""
    import time

    fn()
    best = min(_timed(fn, time.perf_counter) for _ in range(repeat))
    return round(best, 6), round(size / 1_000_000 / best, 1)


def _timed(fn, clock) -> float:
    start = clock()
    fn()
    return clock() - start


@register("crypto.change_file_10k")
def change_file_10k(db_path: Path) -> Figures:
    """Seal and open one change file of 10 000 changes (AES-256-GCM); also key unlock (scrypt) time."""
    from boligsocial_desktop.crypto import changefiles, join_office_key
    from boligsocial_desktop.crypto.keys import KeyLocation, MemorySecretStore

    payload = _payload(db_path)
    with tempfile.TemporaryDirectory() as folder:
        keys = _keys(Path(folder))
        sealed = changefiles.seal_change_file(payload, {"origin": "bench", "seq": [1, 10_000]}, keys=keys)
        seal_best, seal_rate = _rate(len(payload), lambda: changefiles.seal_change_file(payload, {}, keys=keys))
        open_best, open_rate = _rate(len(payload), lambda: changefiles.open_change_file(sealed, keys=keys))
        unlock = measure(lambda: join_office_key(KeyLocation(Path(folder) / "share", Path(folder) / "pc2"),
                                                 "benchmark-adgangsfrase", MemorySecretStore()), repeat=3)
    return {"payload_mb": round(len(payload) / 1_000_000, 2), "overhead_bytes": len(sealed) - len(payload),
            "seal_seconds_best": seal_best, "seal_mb_per_s": seal_rate,
            "open_seconds_best": open_best, "open_mb_per_s": open_rate,
            "passphrase_unlock_seconds": unlock["seconds_best"]}


@register("crypto.backup_sealed")
def backup_sealed(db_path: Path) -> Figures:
    """An encrypted backup of the large demo database, and checking it (decrypt + integrity_check)."""
    from boligsocial_desktop import backups

    with tempfile.TemporaryDirectory() as folder:
        keys = _keys(Path(folder))
        size = Path(db_path).stat().st_size
        plain = measure(lambda: backups.make_backup(db_path, Path(folder) / "plain"), repeat=3)
        sealed = measure(lambda: backups.make_backup(db_path, Path(folder) / "sealed", keys=keys), repeat=3)
        made = backups.list_backups(Path(folder) / "sealed")[0].path
        verify = measure(lambda: backups.verify_backup(made, keys), repeat=3)
        verify_plain = measure(lambda: backups.verify_backup(backups.list_backups(Path(folder) / "plain")[0].path),
                               repeat=3)
    return {"database_mb": round(size / 1_000_000, 1), "plain_backup_seconds_best": plain["seconds_best"],
            "sealed_backup_seconds_best": sealed["seconds_best"],
            "verify_plain_seconds_best": verify_plain["seconds_best"],
            "verify_sealed_seconds_best": verify["seconds_best"]}
