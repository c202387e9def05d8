"""Run chosen benchmarks on the cached large demo in SQLite and, side by side, on a PostgreSQL copy.

    uv run python -m boligsocial_desktop.cli --db benchmarks/.cache/large-1.sqlite migrate-to URL   # once
    uv run python -m benchmarks.compare_postgres --url URL --only calendar.files --only reports.build

The benchmark functions take the SQLite path; here `open_database` is redirected to the server URL
for the PostgreSQL column (the path still gives the demo's `today`). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from pathlib import Path

import benchmarks
from benchmarks.registry import BENCHMARKS, UI_BENCHMARKS
from boligsocial_desktop.storage import engine


def _load() -> None:
    for module in pkgutil.iter_modules(benchmarks.__path__):
        if module.name.startswith("bench_"):
            importlib.import_module(f"benchmarks.{module.name}")


def _redirect(url: str):
    original = engine.open_database

    def open_server(*, path=None, url_=None, backup_dir=None, migrate=True, **_):
        return original(url=url, migrate=migrate)

    engine.open_database = open_server
    for name, module in list(sys.modules.items()):
        if name.startswith("benchmarks.bench_") and getattr(module, "open_database", None) is original:
            module.open_database = open_server
    return original


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--db", type=Path, default=Path("benchmarks/.cache/large-1.sqlite"))
    parser.add_argument("--only", action="append", required=True)
    args = parser.parse_args()
    _load()
    chosen = {name: {**BENCHMARKS, **UI_BENCHMARKS}[name] for name in args.only}
    results: dict = {name: {} for name in chosen}
    for name, bench in chosen.items():
        print(f"sqlite {name}", file=sys.stderr)
        results[name]["sqlite"] = bench(args.db)
    _redirect(args.url)
    for name, bench in chosen.items():
        print(f"postgresql {name}", file=sys.stderr)
        results[name]["postgresql"] = bench(args.db)
    print(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
