"""Sharing as the window uses it: rounds through the chosen folder, sealed with the office key when the
office has one. The sync engine stays below this module; the window sees rounds, status and problems."""

from __future__ import annotations

from pathlib import Path

from ..storage.engine import Database
from ..sync.command import use_office_key
from ..sync.engine import RoundReport, SyncEngine
from ..sync.share import LocalShare
from ..sync.status import SyncStatus, read_status


class SharingRounds:
    """Rounds through one folder; the engine (and what it caches about the folder) lives as long as this does."""

    def __init__(self, db: Database, folder: str) -> None:
        self.db, self.folder = db, folder
        self.engine = SyncEngine(db, LocalShare(folder))

    def run_round(self) -> tuple[RoundReport, SyncStatus]:
        use_office_key(self.db, Path(self.folder))
        return self.engine.run_round(), read_status(self.db)
