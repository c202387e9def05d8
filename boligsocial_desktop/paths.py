"""Where the app keeps its files, behind one module so tests and portable installs can move it.

The database lives in the per-user *local* data folder (never a roaming or synced
folder: SQLite must not sit on a network share or in OneDrive).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "BoligsocialDesktop"
DB_FILENAME = "boligsocial.sqlite"
ENV_DB = "BOLIGSOCIAL_DB"
ENV_DATA_DIR = "BOLIGSOCIAL_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    database: Path

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"


def default_data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def resolve_paths(db: str | os.PathLike | None = None, data_dir: str | os.PathLike | None = None) -> AppPaths:
    """Command-line options win over environment variables, which win over the defaults."""
    chosen_dir = Path(data_dir or os.environ.get(ENV_DATA_DIR) or default_data_dir())
    chosen_db = db or os.environ.get(ENV_DB)
    database = Path(chosen_db) if chosen_db else chosen_dir / DB_FILENAME
    if chosen_db and not data_dir and not os.environ.get(ENV_DATA_DIR):
        chosen_dir = database.parent
    return AppPaths(data_dir=chosen_dir, database=database)


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(path: Path) -> Path:
    """Make `path` (and missing parents) for this user only (0700 on Linux/macOS; on Windows the folder
    lies in the user's profile, whose rights already say so). A folder that exists already is left as it
    is (it may be one the user chose, such as a backup disk), except that this never widens it."""
    path = Path(path)
    if path.is_dir():
        return path
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        for made in missing:
            try:
                made.chmod(PRIVATE_DIR_MODE)
            except OSError:
                pass
    return path


def make_private_file(path: Path) -> Path:
    """Create `path` empty for this user only (0600 on Linux/macOS) unless it exists."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        pass
    return Path(path)


def open_private(path: Path, mode: str = "wb", **kwargs):
    """`open(path, mode)` for writing a new file that only this user may read (0600 on Linux/macOS)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, PRIVATE_FILE_MODE)
    if os.name == "posix":
        os.fchmod(descriptor, PRIVATE_FILE_MODE)  # a file that existed keeps its mode otherwise
    return os.fdopen(descriptor, mode, **kwargs)


def resources_dir() -> Path:
    """The bundled resources (fonts, translations, icons, templates), also inside a frozen build."""
    import sys

    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


__all__ = ["AppPaths", "resolve_paths", "resources_dir", "default_data_dir", "user_log_path", "make_private_dir",
           "make_private_file", "open_private"]
