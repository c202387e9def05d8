"""The `-o` file of every command: never the live database, its journal files, the backup folder or the share.

One check for all commands (export, report, flyer, ics, program, screenshot, backup). A
folder, or a file in a folder that does not exist, gets a Danish sentence that says what
to do, before anything is opened or written.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import AppError
from .paths import AppPaths

DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _norm(path: Path) -> str:
    return os.path.normcase(os.path.abspath(str(Path(path).expanduser().resolve(strict=False))))


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def configured_folders(paths: AppPaths, share: Path | str | None = None) -> tuple[Path | None, Path]:
    """The share (the option, else the one chosen in the program) and the backup folder."""
    from .settings import Settings

    settings = Settings.read_only()  # a command need not load Qt for these two
    chosen_share = Path(share) if share else settings.share_dir
    return chosen_share, settings.backup_folder(paths.backups)


def check_output(target: Path, paths: AppPaths, *, share: Path | str | None = None,
                 backup_folder: Path | None = None) -> Path:
    """`target` when a command may write it; otherwise AppError with a Danish message."""
    target = Path(target).expanduser()
    if backup_folder is None or share is None:
        found_share, found_backups = configured_folders(paths, share)
        share = share or found_share
        backup_folder = backup_folder or found_backups
    where = _norm(target)
    database = _norm(paths.database)
    for suffix in DATABASE_COMPANIONS:
        if where == _norm(Path(database + suffix)):
            what = "databasen" if not suffix else f"databasens hjælpefil ({suffix[1:]})"
            raise AppError(f"{target} er {what}, som programmet arbejder i. Vælg et andet filnavn, fx i mappen "
                           "Dokumenter; ellers ville databasen blive ødelagt.")
    for folder in {paths.backups, backup_folder}:
        if folder is not None and _inside(where, _norm(folder)):
            raise AppError(f"{target} ligger i mappen med sikkerhedskopier ({folder}). Vælg en anden mappe, fx "
                           "Dokumenter; sikkerhedskopierne styrer programmet selv.")
    if share is not None and _inside(where, _norm(Path(share))):
        raise AppError(f"{target} ligger i den fælles mappe, som pc'erne deler ændringer igennem ({share}). Vælg "
                       "en anden mappe, fx Dokumenter; filer dér kan forstyrre delingen og ses af andre.")
    if target.is_dir():
        raise AppError(f"{target} er en mappe. Skriv et filnavn efter -o, fx {target / 'eksport.csv'}.")
    if not target.parent.is_dir():
        raise AppError(f"Mappen {target.parent} findes ikke. Opret den først, eller vælg en anden mappe efter -o.")
    return target


__all__ = ["check_output", "configured_folders"]
