"""Backups as the window uses them: list, take, check and restore copies of this PC's database.

The office key (when the office has one) seals every copy and must open every restored one; the
window passes the shared folder it has chosen, so the key file there is found as the command line finds it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import backups
from ..crypto import OfficeKeys, load_configured_keys
from ..restore_audit import record_restore
from ..storage.engine import open_database

BackupInfo = backups.BackupInfo
RestoreResult = backups.RestoreResult


@dataclass(frozen=True)
class BackupCopies:
    database: Path
    folder: Path
    share: Path | None = None

    def _keys(self) -> OfficeKeys | None:
        return load_configured_keys(self.database.parent, self.share)

    def taken(self) -> list[BackupInfo]:
        return backups.list_backups(self.folder)

    def take(self) -> Path:
        return backups.make_backup(self.database, self.folder, keys=self._keys())

    def due(self) -> bool:
        return backups.backup_due(self.folder)

    def take_daily(self, daily: int, weekly: int, monthly: int) -> Path | None:
        return backups.daily_backup(self.database, self.folder, keys=self._keys(), daily=daily, weekly=weekly,
                                    monthly=monthly)

    def check(self, backup_file: Path) -> str | None:
        """The copy's schema revision; refused (Danish message) when it is damaged, or unsealed where the
        office has a key (a PC that has not joined an office with a key cannot restore at all)."""
        keys = self._keys()
        backups.refuse_unsealed(backup_file, keys is not None)
        return backups.verify_backup(backup_file, keys=keys)

    def restore(self, backup_file: Path, staff_id: str | None) -> RestoreResult:
        """Put the copy in place of the (closed) database, keep the current one aside, and audit it."""
        keys = self._keys()
        result = backups.restore(backup_file, self.database, self.folder, keys=keys)
        record_restore(lambda: open_database(
            path=self.database, backup_dir=self.folder,
            pre_upgrade_backup=lambda path, revision: backups.pre_upgrade_backup(path, self.folder, revision,
                                                                                 keys=keys)),
            result, staff_id=staff_id, source="programmet")
        return result
