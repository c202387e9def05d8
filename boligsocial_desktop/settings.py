"""This PC's settings: typed accessors over one QSettings INI file, with a schema version.

Everything the program remembers between starts that is not office data lives here
(window size, this PC's office, the shared folder, first-start state, backup choices).
They belong to this PC, so the file lies in the *local*, non-roaming application data
folder: on Windows `%LOCALAPPDATA%\\Boligsocial\\Boligsocial Desktop.ini`. A roaming profile
or redirected AppData never carries it to another PC (where the shared-folder path or the
window geometry would be wrong). It is INI on every platform, so it can be read, copied
and deleted by hand, never hidden in the registry. `BOLIGSOCIAL_SETTINGS_DIR` moves it
(tests, portable use).

Versions up to 0.1 kept the file in the roaming `%APPDATA%`; the first start of this
version moves its values into the local file once and deletes the roaming one, so it
stops travelling (`move_roaming_settings`).

    settings = Settings()            # QSettings() with the app's name and INI format
    settings.share_dir = Path(...)   # typed; None removes the key
    settings.keep_daily              # 7 unless changed
    Settings.read_only().share_dir   # the same file read without loading Qt (settings_ini), for commands

Every setting is declared once, here, as a typed accessor on `Settings` (key, type, default),
and read and written only through it: no other module makes a QSettings() of its own
(tests/test_settings_declared_once.py). Key names are part of the schema: renaming one
needs a new SCHEMA_VERSION and a step in `_migrate`.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from platformdirs import user_config_path

from . import fileops
from .settings_ini import UnreadableSettings, read_ini

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

ORGANIZATION = "Boligsocial"
APPLICATION = "Boligsocial Desktop"
SCHEMA_VERSION = 1
SCHEMA_KEY = "meta/schema_version"
ENV_SETTINGS_DIR = "BOLIGSOCIAL_SETTINGS_DIR"

T = TypeVar("T")


def local_settings_dir() -> Path:
    """The folder that holds `Boligsocial/Boligsocial Desktop.ini`: %LOCALAPPDATA% on Windows
    (never the roaming %APPDATA%), ~/.config on Linux, unless BOLIGSOCIAL_SETTINGS_DIR says otherwise."""
    override = os.environ.get(ENV_SETTINGS_DIR)
    return Path(override) if override else user_config_path(roaming=False)


def roaming_settings_dir() -> Path | None:
    """Where versions up to 0.1 kept the file (Qt's default: %APPDATA% on Windows), if that is another folder."""
    if os.environ.get(ENV_SETTINGS_DIR):
        return None
    roaming = user_config_path(roaming=True)
    return None if roaming == local_settings_dir() else roaming


def settings_file(folder: Path) -> Path:
    return Path(folder) / ORGANIZATION / f"{APPLICATION}.ini"


_checked_for_roaming: set[Path] = set()


def ensure_identity() -> None:
    """Name the app and choose the local INI file before the first QSettings is made (also without a
    QApplication); on the first call, move the values of an old roaming file into it."""
    from PySide6.QtCore import QCoreApplication, QSettings

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORGANIZATION)
    if not QCoreApplication.applicationName() or QCoreApplication.applicationName() == "python":
        QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = local_settings_dir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    if folder not in _checked_for_roaming:
        _checked_for_roaming.add(folder)
        roaming = roaming_settings_dir()
        if roaming is not None:
            move_roaming_settings(roaming, folder)


def move_roaming_settings(roaming_dir: Path, local_dir: Path) -> bool:
    """Once: copy every value of the old roaming INI file into the new local one, then delete the roaming
    file so a roaming profile stops carrying it to other PCs. Nothing happens when the local file exists
    (it wins) or there is no roaming file. Returns whether values were moved."""
    from PySide6.QtCore import QSettings

    old, new = settings_file(roaming_dir), settings_file(local_dir)
    if not old.is_file() or new.exists():
        return False
    source = QSettings(str(old), QSettings.Format.IniFormat)
    target = QSettings(str(new), QSettings.Format.IniFormat)
    for key in source.allKeys():
        target.setValue(key, source.value(key))
    target.sync()
    if target.status() != QSettings.Status.NoError:
        log.warning("Indstillingerne kunne ikke flyttes fra %s til %s; de gamle bruges ikke.", old, new)
        return False
    del source  # Qt keeps no handle on the file between calls; drop the object before deleting it
    try:
        fileops.remove(old)
    except OSError as exc:
        log.warning("Den gamle indstillingsfil %s kunne ikke slettes: %s", old, exc)
    log.info("Indstillingerne er flyttet fra den roamende profil (%s) til denne pc (%s)", old, new)
    return True


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, str):
        return raw.strip().lower() in ("1", "true", "yes", "ja")
    return bool(raw)


def _to_path(raw: Any) -> Path | None:
    text = str(raw).strip() if raw is not None else ""
    return Path(text) if text else None


def _to_bytes(raw: Any) -> bytes | None:
    if isinstance(raw, (bytes, bytearray)):
        return bytes(raw) or None
    from PySide6.QtCore import QByteArray

    if isinstance(raw, QByteArray):
        return bytes(raw.data()) or None
    return None


def _to_qbytearray(value: bytes | None) -> Any:
    from PySide6.QtCore import QByteArray

    return QByteArray(value or b"")


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


def _from_bool(value: bool) -> str:
    return "true" if value else "false"


class Setting(Generic[T]):
    """One typed key. A stored value that cannot be read as its type gives the default (and a log line)."""

    def __init__(self, key: str, default: T, convert: Callable[[Any], T], store: Callable[[T], Any] = str):
        self.key, self.default, self.convert, self.store = key, default, convert, store

    def __get__(self, obj: Settings | None, owner: type) -> T:
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

    def __set__(self, obj: Settings, value: T | None) -> None:
        if value is None:
            obj.qsettings.remove(self.key)
        else:
            obj.qsettings.setValue(self.key, self.store(value))


class Settings:
    """Typed access to this PC's settings. Cheap to make; every instance reads the same file."""

    window_geometry: Setting[bytes | None] = Setting(
        "mainwindow/geometry", None, _to_bytes, _to_qbytearray)
    first_start_done: Setting[bool] = Setting("first_start/done", False, _to_bool, _from_bool)
    home_estate_id: Setting[str | None] = Setting("office/estate_id", None, _to_text)
    share_dir: Setting[Path | None] = Setting("sync/share_dir", None, _to_path)
    auto_backup: Setting[bool] = Setting("backup/automatic", True, _to_bool, _from_bool)
    backup_dir: Setting[Path | None] = Setting("backup/dir", None, _to_path)
    keep_daily: Setting[int] = Setting("backup/keep_daily", 7, _bounded_int(1, 366))
    keep_weekly: Setting[int] = Setting("backup/keep_weekly", 4, _bounded_int(0, 520))
    keep_monthly: Setting[int] = Setting("backup/keep_monthly", 12, _bounded_int(0, 240))
    # What each page remembers on this PC.
    calendar_estate_id: Setting[str | None] = Setting("calendar/estate", None, _to_text)  # the estate last shown
    visits_office_id: Setting[str | None] = Setting("visits/office", None, _to_text)  # Åben Rådgivning's office
    reports_hide_small: Setting[bool] = Setting("reports/hide_small", False, _to_bool, _from_bool)
    reports_folder: Setting[Path | None] = Setting("reports/folder", None, _to_path)  # where exports were saved

    def __init__(self, qsettings: QSettings | SettingsFileValues | None = None):
        if qsettings is None:
            ensure_identity()
            from PySide6.QtCore import QSettings

            qsettings = QSettings()
        self.qsettings = qsettings
        if not isinstance(qsettings, SettingsFileValues):
            self._migrate()

    @classmethod
    def read_only(cls) -> Settings:
        """For a command that only reads a setting or two: the values straight from this PC's settings file,
        without loading Qt for them (about a tenth of a second of a command's start). Qt reads them whenever
        its answer could differ: once Qt is loaded (its object may hold changes not yet written), when a file
        of an older version is still to be moved here, when an organisation-wide or system-wide file stands
        behind this one, and when the file holds a value only Qt reads the same way."""
        if not qt_loaded():
            values = SettingsFileValues.of_this_pc()
            if values is not None:
                return cls(values)
        return cls()

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


def qt_loaded() -> bool:
    return "PySide6.QtCore" in sys.modules


class SettingsFileValues:
    """This PC's settings file read without Qt, answering `value(key)` as QSettings would (settings_ini).

    Only for reading: `of_this_pc` gives None when Qt must read the file itself."""

    def __init__(self, path: Path, values: dict[str, Any]):
        self.path, self.values = path, values

    @classmethod
    def of_this_pc(cls) -> SettingsFileValues | None:
        folder = local_settings_dir()
        path = settings_file(folder)
        roaming = roaming_settings_dir()
        if not path.exists() and roaming is not None and settings_file(roaming).exists():
            return None  # Settings() moves the old roaming file here first
        if any(candidate.exists() for candidate in _files_behind(folder)):
            return None
        try:
            return cls(path, read_ini(path.read_bytes()))
        except FileNotFoundError:
            return cls(path, {})
        except (OSError, UnreadableSettings) as exc:
            log.info("Indstillingerne læses med Qt (%s)", exc)
            return None

    def value(self, key: str, default: Any = None) -> Any:
        return self.values.get(key if os.name != "nt" else key.lower(), default)  # Qt: case-blind on Windows

    def fileName(self) -> str:
        return str(self.path)

    def setValue(self, key: str, value: Any) -> None:
        raise TypeError(f"Indstillingerne er kun læst; {key} kan ikke ændres her")

    def remove(self, key: str) -> None:
        raise TypeError(f"Indstillingerne er kun læst; {key} kan ikke fjernes her")

    def sync(self) -> None:
        """Nothing to write."""


def _files_behind(folder: Path) -> list[Path]:
    """The files QSettings falls back on after this PC's own: the organisation-wide one beside it and the
    system-wide ones (ProgramData on Windows, /etc/xdg and $XDG_CONFIG_DIRS elsewhere)."""
    if os.name == "nt":
        system = [Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData")]
    else:
        system = [Path("/etc/xdg"), *(Path(p) for p in os.environ.get("XDG_CONFIG_DIRS", "").split(os.pathsep) if p)]
    behind = [folder / f"{ORGANIZATION}.ini"]
    for place in system:
        behind += [settings_file(place), place / f"{ORGANIZATION}.ini"]
    return behind


__all__ = ["SCHEMA_VERSION", "Setting", "Settings", "SettingsFileValues", "ensure_identity", "local_settings_dir",
           "move_roaming_settings"]
