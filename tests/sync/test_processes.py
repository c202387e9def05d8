"""Real processes: killed with SIGKILL at every step of export and import, and two at once on one share."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync_helpers import dump

from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import OutboxChange, Partner, SyncApplied
from boligsocial_desktop.sync.engine import SyncEngine
from boligsocial_desktop.sync.share import CRASH_ENV, LocalShare

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
ROOT = Path(__file__).resolve().parents[2]
EXPORT_STEPS = ["export.intent_saved", "share.temp_written", "share.renamed", "export.written", "export.marked"]
IMPORT_STEPS = ["import.applied", "import.committed"]


def child_env() -> dict[str, str]:
    """The test's environment; compiled modules go to a cache outside the tree, shared by all children."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPYCACHEPREFIX": str(Path(tempfile.gettempdir()) / "boligsocial-test-pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop(CRASH_ENV, None)
    return env


def cli_sync(db: Path, share: Path, crash_at: str | None = None) -> subprocess.CompletedProcess:
    env = child_env()
    if crash_at:
        env[CRASH_ENV] = crash_at
    return subprocess.run([sys.executable, "-m", "boligsocial_desktop", "--db", str(db), "sync", "--share", str(share)],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)


def imported(result: subprocess.CompletedProcess) -> int:
    return int(re.search(r"(\d+) hentet", result.stdout).group(1))


def make_pc(path: Path, partners: list[str]) -> str:
    db = open_database(path=path)
    try:
        with db.transaction() as s:
            for name in partners:
                s.add(Partner(name=name))
        return db.origin
    finally:
        db.dispose()


def facts(path: Path) -> tuple[list[str], int, str]:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db = open_database(path=path)
    try:
        with db.reading() as s:
            names = sorted(s.scalars(select(Partner.name)))
            unsent = s.scalar(select(func.count()).select_from(OutboxChange).where(OutboxChange.exported.is_(False)))
        return names, unsent, db.origin
    finally:
        db.dispose()


@pytest.fixture
def office(tmp_path: Path):
    share = tmp_path / "share"
    share.mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, b = tmp_path / "a" / "a.sqlite", tmp_path / "b" / "b.sqlite"
    origin_a = make_pc(a, ["Frivilligcenter", "Ungdomsskolen", "Biblioteket"])
    make_pc(b, ["Jobcentret"])
    db = open_database(path=b)  # b has shared before, so it takes a's changes file by file (no snapshot join)
    assert SyncEngine(db, LocalShare(share)).run_round().ok
    db.dispose()
    return share, a, b, origin_a


ALL = ["Biblioteket", "Frivilligcenter", "Jobcentret", "Ungdomsskolen"]


@pytest.mark.parametrize("step", EXPORT_STEPS)
def test_killed_while_exporting_loses_nothing_and_sends_nothing_twice(office, step):
    share, a, b, origin_a = office
    killed = cli_sync(a, share, crash_at=step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    again = cli_sync(a, share)
    assert again.returncode == 0, again.stderr
    _names, unsent, origin = facts(a)
    assert unsent == 0 and origin == origin_a  # a crash is no reason to change identity
    result = cli_sync(b, share)
    assert result.returncode == 0, result.stderr
    assert imported(result) == 3  # every change of a, once
    assert facts(b)[0] == ALL
    assert cli_sync(a, share).returncode == 0
    assert facts(a)[0] == ALL
    changes = [p for p in (share / "pcs" / origin_a).iterdir() if p.name.startswith("c-")]
    assert len(changes) in (1, 2)  # a file whose writing was cut off is written again under a new name


@pytest.mark.parametrize("step", IMPORT_STEPS)
def test_killed_while_importing_applies_everything_exactly_once(office, step):
    share, a, b, origin_a = office
    assert cli_sync(a, share).returncode == 0
    killed = cli_sync(b, share, crash_at=step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    db = open_database(path=b)
    with db.reading() as s:
        position = s.get(SyncApplied, origin_a)
        names = sorted(s.scalars(select(Partner.name)))
    db.dispose()
    if step == "import.applied":  # killed inside the transaction: nothing of it stayed
        assert position is None and names == ["Jobcentret"]
    else:  # killed after the commit: all of it stayed, with its position
        assert position.seq == 3 and names == ALL
    again = cli_sync(b, share)
    assert again.returncode == 0, again.stderr
    assert imported(again) == (3 if step == "import.applied" else 0)
    assert facts(b)[0] == ALL


WORKER = textwrap.dedent("""
    import random, sys, time
    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.storage.models import Partner
    from boligsocial_desktop.sync.engine import SyncEngine, SyncOptions
    from boligsocial_desktop.sync.share import LocalShare

    db_path, share, name, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    db = open_database(path=db_path)
    engine = SyncEngine(db, LocalShare(share), pc_name=name, options=SyncOptions(snapshot_interval_ms=None))
    rng = random.Random(name)
    shared = "partner-shared"
    for number in range(rounds):
        with db.transaction() as s:
            s.add(Partner(name=f"{name}-{number}"))
            row = s.get(Partner, shared)
            if row is None:
                s.add(Partner(id=shared, name=f"{name}-{number}"))
            else:
                row.contact = f"{name}-{number}"
        report = engine.run_round()
        if not report.ok:
            print("round failed:", report.error, file=sys.stderr)
        time.sleep(rng.random() * 0.05)
    db.dispose()
""")


def test_two_processes_syncing_through_one_folder_at_once_converge(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    paths = []
    for name in ("kontor", "laptop"):
        (tmp_path / name).mkdir()
        paths.append(tmp_path / name / "boligsocial.sqlite")
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(path), str(share), path.parent.name, "8"],
                                cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for path in paths]
    for worker in workers:
        _out, err = worker.communicate(timeout=180)
        assert worker.returncode == 0, err
    for _ in range(2):
        for path in paths:
            assert cli_sync(path, share).returncode == 0
    dbs = [open_database(path=path) for path in paths]
    try:
        assert dump(dbs[0]) == dump(dbs[1])
        with dbs[0].reading() as s:
            names = set(s.scalars(select(Partner.name)))
        assert {f"{who}-{n}" for who in ("kontor", "laptop") for n in range(8)} <= names
    finally:
        for db in dbs:
            db.dispose()
