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


def resources_dir() -> Path:
    """The bundled resources (fonts, translations, icons, templates), also inside a frozen build."""
    import sys

    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


__all__ = ["AppPaths", "resolve_paths", "resources_dir", "default_data_dir", "user_log_path"]
