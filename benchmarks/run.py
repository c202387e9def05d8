"""Benchmarks at the design-target sizes of DOMAIN.md.

    uv run python -m benchmarks.run                 # build the large demo once, run everything
    uv run python -m benchmarks.run --rebuild       # build it again (and time the build)
    uv run python -m benchmarks.run --only storage.month_sessions --skip-ui
    uv run python -m benchmarks.run --size small --only refresh.visit_in_the_log   # on the small demo
    uv run python -m benchmarks.run --list

The large demo database is built once into benchmarks/.cache/large-<seed>.sqlite (with a
JSON sidecar holding the seed, the demo's `today`, the row counts and the build time), and
rebuilt when asked or when the generator's source has changed. The result is one JSON
object on stdout; progress goes to stderr.

Adding a benchmark: put a module named `bench_<something>.py` in this folder and register
functions that take the database path and return a dict of figures (seconds unless the
name says otherwise):

    from benchmarks.registry import register, measure, demo_today

    @register("calendar.month_view")
    def month_view(db_path):
        ...
        return measure(lambda: build_month_model(...))

Benchmarks that need Qt (a QApplication, windows, painting) register with `ui=True`; they
run after the others and are skipped with --skip-ui. The app shell registers
"app.main_window_painted" there.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import os
import pkgutil
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import registry
from benchmarks.registry import BENCHMARKS, UI_BENCHMARKS, Figures, load_meta, measure, register

__all__ = ["BENCHMARKS", "UI_BENCHMARKS", "build_database", "load_meta", "main", "measure", "register"]

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_CACHE_DIR = BENCH_DIR / ".cache"
DEFAULT_SEED = 1


def discover() -> list[str]:
    """Import every benchmarks/bench_*.py so their @register calls run."""
    names = sorted(m.name for m in pkgutil.iter_modules([str(BENCH_DIR)]) if m.name.startswith("bench_"))
    for name in names:
        importlib.import_module(f"benchmarks.{name}")
    return names


def generator_fingerprint() -> str:
    """A hash of the demo generator's source, so a changed generator rebuilds the cache."""
    from boligsocial_desktop import demo

    digest = hashlib.sha256()
    for path in sorted(Path(demo.__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build_database(cache_dir: Path, size: str, seed: int, today: date | None, rebuild: bool) -> tuple[Path, Figures]:
    """The cached demo database, built if missing, stale or asked for. Returns (path, build figures).

    today None: reuse the cache whatever day it was built for, or build for the real date.
    """
    from sqlalchemy import text

    from boligsocial_desktop.demo import generate_demo
    from boligsocial_desktop.storage.engine import open_database

    path = cache_dir / f"{size}-{seed}.sqlite"
    meta_path = path.with_suffix(".json")
    fingerprint = generator_fingerprint()
    if path.exists() and meta_path.exists() and not rebuild:
        meta = load_meta(path)
        if meta.get("generator") != fingerprint:
            print("The demo generator has changed: building the database again.", file=sys.stderr)
        elif today is not None and meta.get("today") != today.isoformat():
            print(f"The cached database is for {meta.get('today')}: building it for {today}.", file=sys.stderr)
        else:
            return path, {"built": False}
    today = today or date.today()
    cache_dir.mkdir(parents=True, exist_ok=True)
    building = cache_dir / f"{size}-{seed}.building.sqlite"
    _remove_database(building)
    meta_path.unlink(missing_ok=True)
    print(f"Building the {size} demo database (seed {seed}, today {today}) …", file=sys.stderr)

    last_text = [""]

    def progress(percent: int, message: str) -> None:
        if message != last_text[0]:
            last_text[0] = message
            print(f"  {percent:3d} % {message}", file=sys.stderr)

    started = time.perf_counter()
    db = open_database(path=building)
    try:
        generate_started = time.perf_counter()
        summary = generate_demo(db, size, seed=seed, today=today, progress=progress)  # type: ignore[arg-type]
        generate_seconds = time.perf_counter() - generate_started
        with db.engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        db.dispose()
    build_seconds = time.perf_counter() - started
    _remove_database(path)
    os.replace(building, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    figures: Figures = {
        "built": True,
        f"generate_demo_{size}_seconds": round(generate_seconds, 2),
        "build_seconds": round(build_seconds, 2),
        "peak_rss_mb": _peak_rss_mb(),
    }
    meta = {
        "size": size,
        "seed": seed,
        "today": today.isoformat(),
        "generator": fingerprint,
        "counts": summary.as_dict(),
        "rows": summary.total,
        **figures,
    }
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    return path, figures


def run_benchmarks(db_path: Path, names: list[str] | None, skip_ui: bool) -> dict[str, Figures]:
    registries = [BENCHMARKS] + ([] if skip_ui else [UI_BENCHMARKS])
    results: dict[str, Figures] = {}
    for benchmarks in registries:
        for name, fn in benchmarks.items():
            if names and name not in names:
                continue
            print(f"Running {name} …", file=sys.stderr)
            try:
                results[name] = fn(db_path)
            except Exception as exc:  # noqa: BLE001 -- one broken benchmark must not hide the others
                results[name] = {"error": f"{type(exc).__name__}: {exc}"}
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--today", type=date.fromisoformat, default=None, help="the demo's today (YYYY-MM-DD)")
    parser.add_argument("--rebuild", action="store_true", help="build the demo database again")
    parser.add_argument("--size", choices=("large", "small"), default="large",
                        help="the demo database to run on (default large; small builds in seconds)")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this benchmark (repeatable)")
    parser.add_argument("--skip-ui", action="store_true", help="skip the benchmarks that need Qt")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and stop")
    parser.add_argument("--smoke", action="store_true",
                        help="time each figure once, without a warm-up: checks that every benchmark runs (tests)")
    args = parser.parse_args(argv)
    if args.smoke:
        registry.SMOKE = True

    discover()
    if args.list:
        for name in sorted(BENCHMARKS):
            print(name)
        for name in sorted(UI_BENCHMARKS):
            print(f"{name} (ui)")
        return 0
    unknown = [n for n in args.only or [] if n not in BENCHMARKS and n not in UI_BENCHMARKS]
    if unknown:
        print(f"Unknown benchmark(s): {', '.join(unknown)}. See --list.", file=sys.stderr)
        return 2

    db_path, build = build_database(args.cache_dir.resolve(), args.size, args.seed, args.today, args.rebuild)
    meta = load_meta(db_path)
    result = {
        "database": {
            "path": str(db_path),
            "size": meta["size"],
            "seed": meta["seed"],
            "today": meta["today"],
            "rows": meta["rows"],
            "file_mb": round(db_path.stat().st_size / 1_048_576, 1),
        },
        "build": build if build["built"] else {"built": False, "cached_build": _cached_build(meta)},
        "benchmarks": run_benchmarks(db_path, args.only, args.skip_ui),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


def _cached_build(meta: dict[str, Any]) -> Figures:
    return {k: v for k, v in meta.items() if k.endswith("_seconds") or k == "peak_rss_mb"}


if __name__ == "__main__":
    sys.exit(main())
