"""`boligsocial-desktop sync [--share DIR]`: one round for a scheduled task; exit code 1 on failure."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import AppError
from ..storage.engine import Database
from .engine import SyncEngine
from .share import LocalShare
from .status import SHARE_ENV, check_share_folder


def use_office_key(db: Database, share: Path) -> None:
    """Seal change files with the office key when the office has one (a key it cannot unlock stops the round)."""
    from ..crypto import changefiles, load_configured_keys

    data_dir = db.path.parent if db.path is not None else share
    changefiles.configure(load_configured_keys(data_dir, share))


def run_once(db: Database, share: str | os.PathLike[str] | None, saved_folder: str | None = None) -> int:
    """One round with the folder given (--share), else $BOLIGSOCIAL_SHARE, else the one saved on this PC."""
    folder = share or os.environ.get(SHARE_ENV) or saved_folder
    if not folder:
        raise AppError("Der er ikke valgt en delt mappe. Vælg den under Indstillinger > Deling, "
                       "eller giv den med --share MAPPE.")
    path = check_share_folder(Path(folder), db)
    use_office_key(db, path)
    report = SyncEngine(db, LocalShare(path)).run_round()
    print(f"Deling med {path}: {report.summary_da()}.")
    for line in report.waiting:
        print(f"Venter: {line}", file=sys.stderr)
    for problem in report.problems:
        if not problem.harmless:
            print(f"Problem: {problem.path}: {problem.detail}", file=sys.stderr)
    if report.joined:
        print("Databasen er hentet fra et øjebliksbillede på den delte mappe.")
    if report.origin_changed:
        print("Pc'en har fået en ny identitet (den var gendannet eller kopieret).")
    if not report.ok:
        raise AppError(report.error or "Delingen mislykkedes.")
    return 0
