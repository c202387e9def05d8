"""The benchmark registries and helpers that benchmark modules import.

Kept apart from run.py so that `python -m benchmarks.run` (which runs run.py as
__main__) and the bench_*.py modules share one set of registries.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

Figures = dict[str, Any]
Benchmark = Callable[[Path], Figures]

# name -> benchmark; in-process benchmarks on the cached demo database.
BENCHMARKS: dict[str, Benchmark] = {}
# name -> benchmark that needs Qt, run after the others (skipped with --skip-ui).
# Reserved for the app shell: "app.main_window_painted".
UI_BENCHMARKS: dict[str, Benchmark] = {}


def register(name: str, *, ui: bool = False) -> Callable[[Benchmark], Benchmark]:
    """Decorator: add a benchmark under a dotted name ("area.what")."""

    def decorate(fn: Benchmark) -> Benchmark:
        if name in BENCHMARKS or name in UI_BENCHMARKS:
            raise ValueError(f"Benchmark {name!r} is registered twice")
        (UI_BENCHMARKS if ui else BENCHMARKS)[name] = fn
        return fn

    return decorate


SMOKE = False  # --smoke: one timed run each, no warm-up (the test suite checks that every benchmark runs)


def measure(fn: Callable[[], Any], repeat: int = 5, warmup: int = 1) -> Figures:
    """Time fn: best and median of `repeat` runs after `warmup` untimed runs (seconds)."""
    if SMOKE:
        repeat, warmup = 1, 0
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return {"seconds_best": round(min(times), 4), "seconds_median": round(statistics.median(times), 4)}


def load_meta(db_path: Path) -> dict[str, Any]:
    """The sidecar of a cached demo database: size, seed, today (ISO), counts, build times."""
    return json.loads(Path(db_path).with_suffix(".json").read_text(encoding="utf-8"))


def demo_today(db_path: Path) -> date:
    """The `today` the cached demo database was generated for."""
    return date.fromisoformat(load_meta(db_path)["today"])
