"""The static checks run with the tests: ruff (lint rules) and mypy (types), both configured in pyproject.toml.

Each runs as a subprocess from this environment, so `uv run pytest` fails on a new finding, with the
tool's own report as the message.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUFF_PATHS = ["boligsocial_desktop", "tests", "benchmarks", "packaging", "docs"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    result = run("ruff", "check", "--no-fix", "--output-format", "concise", *RUFF_PATHS)
    if result.returncode != 0:
        pytest.fail(f"ruff check found problems:\n{result.stdout}{result.stderr}", pytrace=False)


@pytest.mark.slow
def test_mypy_finds_nothing():
    result = run("mypy")
    if result.returncode != 0:
        pytest.fail(f"mypy found problems:\n{result.stdout}{result.stderr}", pytrace=False)
