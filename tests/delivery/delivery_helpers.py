"""Shared helpers for the delivery tests: real processes of the program on a prepared database."""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path

from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.engine import open_database

REPO = Path(__file__).resolve().parents[2]


def prepare_database(path: Path, estates: tuple[str, ...] = ("Ellemarken",)) -> None:
    """A database whose staff member is this OS user, so the program starts without questions."""
    db = open_database(path=path)
    try:
        StaffService(db).create("Mette Hansen", "koordinator", initials="MH", os_username=getpass.getuser())
        for name in estates:
            PlacesService(db).create_estate(name)
    finally:
        db.dispose()


def program_env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOLIGSOCIAL_DATA_DIR": str(data_dir),
           "BOLIGSOCIAL_NO_CRASH_DIALOG": "1", **extra}
    env.pop("BOLIGSOCIAL_DB", None)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def program(*args: str) -> list[str]:
    return [sys.executable, "-m", "boligsocial_desktop", *args]


def wait_for_text(path: Path, text: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            content = path.read_text(encoding="utf-8", errors="replace")
            if text in content:
                return content
        time.sleep(0.1)
    raise AssertionError(f"»{text}« kom ikke i {path} inden for {timeout} s")
