"""benchmarks/run.py on the small demo (the large one is too slow for the test suite)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", *args],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout)


def test_runner_builds_once_then_reuses_the_cache(tmp_path):
    common = ("--size", "small", "--cache-dir", str(tmp_path), "--today", "2026-11-23", "--skip-ui", "--smoke")
    first = _run(*common)
    assert first["build"]["built"] is True
    assert first["build"]["generate_demo_small_seconds"] > 0
    assert first["database"]["rows"] > 1000
    assert (tmp_path / "small-1.sqlite").exists() and (tmp_path / "small-1.json").exists()
    assert first["benchmarks"], "the storage baseline benchmarks are registered"
    for name, figures in first["benchmarks"].items():
        assert figures and "error" not in figures, (name, figures)

    again = _run(*common, "--only", "storage.month_sessions")
    assert again["build"]["built"] is False
    assert list(again["benchmarks"]) == ["storage.month_sessions"]

    other_day = _run(
        "--size", "small", "--cache-dir", str(tmp_path), "--today", "2026-12-01", "--only", "storage.outbox_pending"
    )
    assert other_day["build"]["built"] is True
    assert other_day["database"]["today"] == "2026-12-01"


def test_unknown_benchmark_is_refused(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--cache-dir", str(tmp_path), "--only", "no.such"],
        cwd=REPO, capture_output=True, text=True,
    )  # fmt: skip
    assert out.returncode == 2
    assert "no.such" in out.stderr
    assert not list(tmp_path.iterdir())  # nothing was built
