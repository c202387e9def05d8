"""Done when: the office scenario, in real processes. Three PCs share a folder: one is restored from last
week's backup with the program's `restore`, a laptop is cloned from a colleague's PC and works offline,
and a scheduled `sync` runs while the program writes on the same database. In the end every PC holds
the same data and every edit that was saved and shared, or typed after the accidents, is there."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_helpers import dump
from test_processes import ROOT, child_env, cli_sync

from boligsocial_desktop.backups import make_backup
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import Partner

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="runs the command line as on the office PCs")


def cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "boligsocial_desktop", "--db", str(db), *args],
                          env=child_env(), cwd=ROOT, capture_output=True, text=True, timeout=120)


def add(path: Path, *names: str) -> None:
    db = open_database(path=path)
    try:
        for name in names:
            with db.transaction() as s:
                s.add(Partner(name=name))
    finally:
        db.dispose()


def names(path: Path) -> list[str]:
    db = open_database(path=path)
    try:
        with db.reading() as s:
            return sorted(s.scalars(select(Partner.name)))
    finally:
        db.dispose()


def synced(path: Path, share: Path) -> str:
    result = cli_sync(path, share)
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def test_restored_cloned_and_scheduled_at_once(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    kontor, restored, laptop = (tmp_path / name / "boligsocial.sqlite" for name in ("kontor", "restored", "laptop"))
    for path in (kontor, restored, laptop):
        path.parent.mkdir()
    add(kontor, "Kontor: før alt")
    add(restored, "Gendannet: før kopien")
    for path in (kontor, restored, kontor):
        synced(path, share)

    result = cli(restored, "backup", "-o", str(tmp_path / "sidste-uge.sqlite"))
    assert result.returncode == 0, result.stderr
    add(restored, "Gendannet: efter kopien, delt før nedbruddet")
    synced(restored, share)

    make_backup(kontor, tmp_path / "image")  # the laptop is imaged from the office PC
    [image] = (tmp_path / "image").iterdir()
    image.replace(laptop)
    add(laptop, "Laptop: offline")

    # The program writes while the scheduled task shares the same database.
    program = open_database(path=kontor)
    typed = [f"Kontor: under den planlagte deling {n}" for n in range(30)]

    def type_in_the_program() -> None:
        for name in typed:
            with program.transaction() as s:
                s.add(Partner(name=name))

    writer = threading.Thread(target=type_in_the_program)
    writer.start()
    scheduled = cli_sync(kontor, share)
    writer.join()
    program.dispose()
    assert scheduled.returncode == 0, scheduled.stderr

    result = cli(restored, "restore", str(tmp_path / "sidste-uge.sqlite"))  # the disk died; IT restores
    assert result.returncode == 0, result.stderr
    add(restored, "Gendannet: skrevet efter gendannelsen")

    outputs = [synced(path, share) for _ in range(3) for path in (kontor, restored, laptop)]
    assert any("ny identitet" in output for output in outputs)

    expected = sorted(["Kontor: før alt", "Gendannet: før kopien", "Gendannet: efter kopien, delt før nedbruddet",
                       "Laptop: offline", "Gendannet: skrevet efter gendannelsen", *typed])
    assert names(kontor) == names(restored) == names(laptop) == expected
    dbs = [open_database(path=path) for path in (kontor, restored, laptop)]
    try:
        assert dump(dbs[0]) == dump(dbs[1]) == dump(dbs[2])
        assert len({db.origin for db in dbs}) == 3
    finally:
        for db in dbs:
            db.dispose()
    for path in (kontor, restored, laptop):
        output = synced(path, share)
        assert "Venter" not in output, output
