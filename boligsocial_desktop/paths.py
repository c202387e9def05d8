"""Where the app keeps its files, behind one module so tests and portable installs can move it.

The database lives in the per-user *local* data folder (never a roaming or synced
folder: SQLite must not sit on a network share or in OneDrive).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from platformdirs import user_data_path, user_log_path

from .errors import AppError

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
            with contextlib.suppress(OSError):
                made.chmod(PRIVATE_DIR_MODE)
    return path


def make_private_file(path: Path) -> Path:
    """Create `path` empty for this user only (0600 on Linux/macOS) unless it exists."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    return Path(path)


def open_private(path: Path, mode: str = "wb", **kwargs):
    """`open(path, mode)` for writing a new file that only this user may read (0600 on Linux/macOS)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags, PRIVATE_FILE_MODE)
    if os.name == "posix":
        os.fchmod(descriptor, PRIVATE_FILE_MODE)  # a file that existed keeps its mode otherwise
    return os.fdopen(descriptor, mode, **kwargs)


# --- checks before the first start: a writable data folder on a local disk -------------------------------

DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
ON_WINDOWS = sys.platform == "win32"


def temp_log_dir() -> Path:
    """Where the log goes when the data folder cannot be used (%TEMP%\\BoligsocialDesktop on Windows)."""
    return Path(tempfile.gettempdir()) / APP_NAME


class DataFolderError(AppError):
    """The data folder cannot be created or written."""


class NetworkDatabaseError(AppError):
    """The SQLite database would lie on a network drive or UNC path."""

    def __init__(self, message: str, database: Path):
        super().__init__(message)
        self.database = Path(database)


def _drive_type(root: str) -> int:
    import ctypes

    drive_type: int = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]  # Windows only
    return drive_type


def network_location(path: str | os.PathLike, *, windows: bool | None = None,
                     drive_type: Callable[[str], int] | None = None) -> str | None:
    r"""How `path` lies on the network, in Danish ("netværksstien \\server\share", "netværksdrevet S:"),
    or None for a local disk. On Windows: UNC paths (also \\?\UNC\…) and mapped network drives
    (GetDriveTypeW says DRIVE_REMOTE; `drive_type` stands in for it in tests). Elsewhere always None."""
    windows = ON_WINDOWS if windows is None else windows
    if not windows:
        return None
    text = os.fspath(path).replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        text = "\\\\" + text[8:]  # \\?\UNC\server\share\… is \\server\share\…
    elif text.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[4:]  # an extended-length local path such as \\?\C:\…
    if text.startswith("\\\\"):
        return f"netværksstien {PureWindowsPath(text).drive}"
    drive = PureWindowsPath(text).drive
    if drive and (drive_type or _drive_type)(drive + "\\") == DRIVE_REMOTE:
        return f"netværksdrevet {drive}"
    return None


def network_database_message(database: Path, where: str) -> str:
    return (f"Databasen kan ikke ligge på {where} ({database}).\n\n"
            "Programmet gemmer i SQLite, og SQLite kan ikke arbejde sikkert over netværket: dens log (WAL) og "
            "låse virker ikke der, så databasen kan blive ødelagt. Hver pc har sin egen database på sin lokale "
            "disk, og pc'erne deler deres ændringer gennem en delt mappe på netværksdrevet.")


def check_database_location(database: Path, **kwargs) -> None:
    """Refuse a SQLite database on a network drive or UNC path (see `network_database_message`)."""
    where = network_location(database, **kwargs)
    if where is not None:
        raise NetworkDatabaseError(network_database_message(Path(database), where), Path(database))


def check_data_folder(folder: Path) -> None:
    """Create the data folder if needed and prove this user can write in it; DataFolderError if not
    (a redirected or unreachable %LOCALAPPDATA%, a read-only profile, a full disk)."""
    folder = Path(folder)
    probe = folder / f".skrivetest-{os.getpid()}.tmp"
    try:
        make_private_dir(folder)
        with open(probe, "wb") as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DataFolderError(
            f"Boligsocial Desktop kan ikke oprette eller skrive i sin datamappe:\n{folder}\n\nÅrsag: {reason}.\n\n"
            "Mappen skal ligge på denne pc og kunne skrives af dig. Er din profilmappe (AppData) flyttet til et "
            "netværksdrev, utilgængelig eller skrivebeskyttet, så bed IT om at rette det, eller start programmet "
            "med --data-dir og en mappe på denne pc's egen disk.") from exc


def resources_dir() -> Path:
    """The bundled resources (fonts, translations, icons, templates), also inside a frozen build."""
    import sys

    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


__all__ = [
    "AppPaths",
    "DataFolderError",
    "NetworkDatabaseError",
    "check_data_folder",
    "check_database_location",
    "default_data_dir",
    "make_private_dir",
    "make_private_file",
    "network_location",
    "open_private",
    "resolve_paths",
    "resources_dir",
    "temp_log_dir",
    "user_log_path",
]
