"""This PC's settings: typed accessors over one QSettings INI file, with a schema version.

Everything the program remembers between starts that is not office data lives here
(window size, this PC's office, the shared folder, backup choices). The file is INI on
every platform (on Windows `%APPDATA%\\Boligsocial\\Boligsocial Desktop.ini`), so it can be
read, copied and deleted by hand, never hidden in the registry.

    settings = Settings()            # QSettings() with the app's name and INI format
    settings.share_dir = Path(...)   # typed; None removes the key
    settings.keep_daily              # 7 unless changed

Other code may read the same keys through a plain QSettings() (the sync feature reads
"sync/share_dir"), so key names are part of the schema: renaming one needs a new
SCHEMA_VERSION and a step in `_migrate`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable, Generic, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

log = logging.getLogger(__name__)

ORGANIZATION = "Boligsocial"
APPLICATION = "Boligsocial Desktop"
SCHEMA_VERSION = 1
SCHEMA_KEY = "meta/schema_version"

T = TypeVar("T")


def ensure_identity() -> None:
    """Name the app and choose INI files before the first QSettings is made (also without a QApplication)."""
    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, str):
        return raw.strip().lower() in ("1", "true", "yes", "ja")
    return bool(raw)


def _to_path(raw: Any) -> Path | None:
    text = str(raw).strip() if raw is not None else ""
    return Path(text) if text else None


def _to_bytes(raw: Any) -> bytes | None:
    if isinstance(raw, QByteArray):
        return bytes(raw.data()) or None
    if isinstance(raw, (bytes, bytearray)):
        return bytes(raw) or None
    return None


def _bounded_int(low: int, high: int) -> Callable[[Any], int]:
    def convert(raw: Any) -> int:
        value = int(str(raw).strip())
        if not low <= value <= high:
            raise ValueError(f"{value} ligger uden for {low}–{high}")
        return value

    return convert


def _to_text(raw: Any) -> str | None:
    text = str(raw).strip() if raw is not None else ""
    return text or None


class Setting(Generic[T]):
    """One typed key. A stored value that cannot be read as its type gives the default (and a log line)."""

    def __init__(self, key: str, default: T, convert: Callable[[Any], T], store: Callable[[T], Any] = str):
        self.key, self.default, self.convert, self.store = key, default, convert, store

    def __get__(self, obj: "Settings | None", owner: type) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        raw = obj.qsettings.value(self.key)
        if raw is None:
            return self.default
        try:
            value = self.convert(raw)
        except (TypeError, ValueError) as exc:
            log.warning("Indstillingen %s har en ugyldig værdi (%r): %s", self.key, raw, exc)
            return self.default
        return self.default if value is None else value

    def __set__(self, obj: "Settings", value: T | None) -> None:
        if value is None:
            obj.qsettings.remove(self.key)
        else:
            obj.qsettings.setValue(self.key, self.store(value))


class Settings:
    """Typed access to this PC's settings. Cheap to make; every instance reads the same file."""

    window_geometry: Setting[bytes | None] = Setting("mainwindow/geometry", None, _to_bytes, QByteArray)
    first_start_done: Setting[bool] = Setting("first_start/done", False, _to_bool, lambda v: "true" if v else "false")
    home_estate_id: Setting[str | None] = Setting("office/estate_id", None, _to_text)
    share_dir: Setting[Path | None] = Setting("sync/share_dir", None, _to_path)
    auto_backup: Setting[bool] = Setting("backup/automatic", True, _to_bool, lambda v: "true" if v else "false")
    backup_dir: Setting[Path | None] = Setting("backup/dir", None, _to_path)
    keep_daily: Setting[int] = Setting("backup/keep_daily", 7, _bounded_int(1, 366))
    keep_weekly: Setting[int] = Setting("backup/keep_weekly", 4, _bounded_int(0, 520))
    keep_monthly: Setting[int] = Setting("backup/keep_monthly", 12, _bounded_int(0, 240))

    def __init__(self, qsettings: QSettings | None = None):
        if qsettings is None:
            ensure_identity()
            qsettings = QSettings()
        self.qsettings = qsettings
        self._migrate()

    @property
    def file_name(self) -> str:
        return self.qsettings.fileName()

    @property
    def schema_version(self) -> int:
        try:
            return int(str(self.qsettings.value(SCHEMA_KEY, 0)))
        except ValueError:
            return 0

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            log.warning("Indstillingerne er skrevet af en nyere version (%s); kun kendte nøgler bruges.", version)
            return
        if version == SCHEMA_VERSION:
            return
        # Version 0 is the unversioned file of 0.1.0: it used the same key for the geometry.
        self.qsettings.setValue(SCHEMA_KEY, SCHEMA_VERSION)

    def backup_folder(self, default: Path) -> Path:
        """Where backups go: the chosen folder, else `default` (the data folder's backups/)."""
        return self.backup_dir or default

    def sync(self) -> None:
        self.qsettings.sync()


__all__ = ["Settings", "Setting", "SCHEMA_VERSION", "ensure_identity"]
