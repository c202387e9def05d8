"""Fixtures for the sync tests (the simulated PCs live in sync_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import PC, FakeWall

from boligsocial_desktop.sync.engine import SyncOptions
from boligsocial_desktop.sync.share import Faults


@pytest.fixture
def share_root(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    return root


@pytest.fixture
def make_pc(tmp_path: Path, share_root: Path):
    made: list[PC] = []

    def factory(name: str, *, skew: int = 0, faults: Faults | None = None, seed: int = 0,
                options: SyncOptions | None = None) -> PC:
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        pc = PC(name, folder / "boligsocial.sqlite", share_root, FakeWall(skew=skew), faults, seed,
                options or SyncOptions(snapshot_interval_ms=None))
        made.append(pc.open())
        return pc

    yield factory
    for pc in made:
        pc.close()


