"""Renaming and replacing files that another process may hold open, with Windows' semantics in mind.

On Windows a file that a virus scanner, the search indexer, a backup agent, Explorer's preview or
another PC (through the share) has open cannot be renamed, replaced or deleted for a moment: the
call fails with WinError 32 (sharing violation), 33 (lock violation) or 5 (access denied, e.g. a
file that is being deleted or scanned). These clear within milliseconds, so every rename or replace
of such a file (the office key file on the share, backups, the restored database, the settings
file, crash logs, exported files) goes through here and retries a few times, briefly (1.5 s in all),
before it gives up with the original error. Any other error is raised at once.

The operations themselves go through `FILES` (the real filesystem); tests swap in a faulty one
(`sync.share.FaultyFiles`) that holds files "open" for some attempts, as `FaultyShare` does for the
shared folder.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

# ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
SHARING_ERRORS = (5, 32, 33)
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)  # seconds between attempts: six attempts, 1.55 s in all


def is_sharing_violation(exc: BaseException) -> bool:
    """True for the Windows errors that mean "another process holds the file just now"."""
    return getattr(exc, "winerror", None) in SHARING_ERRORS


class Files(Protocol):
    def replace(self, source: Path, target: Path) -> None: ...

    def rename_no_replace(self, source: Path, target: Path) -> None: ...

    def unlink(self, path: Path) -> None: ...


class OsFiles:
    """The real filesystem."""

    def replace(self, source: Path, target: Path) -> None:
        os.replace(source, target)

    def rename_no_replace(self, source: Path, target: Path) -> None:
        """Rename that fails with FileExistsError instead of replacing an existing target."""
        if sys.platform.startswith("win"):
            os.rename(source, target)  # refuses an existing target on Windows
            return
        try:
            os.link(source, target)  # atomic, refuses an existing target
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.ENOSYS,
                                 errno.EACCES):
                raise
            if Path(target).exists():  # a filesystem without hard links (some SMB mounts): check, then rename
                raise FileExistsError(errno.EEXIST, "findes allerede", str(target)) from None
            os.rename(source, target)
            return
        os.unlink(source)

    def unlink(self, path: Path) -> None:
        Path(path).unlink(missing_ok=True)


FILES: Files = OsFiles()
_sleep: Callable[[float], None] = time.sleep


def retry_while_held(action: Callable[[], T], what: str, delays: tuple[float, ...] = RETRY_DELAYS) -> T:
    """Run `action`; while it fails because another process holds a file, wait briefly and try again."""
    for delay in (*delays, None):
        try:
            return action()
        except OSError as exc:
            if delay is None or not is_sharing_violation(exc):
                raise
            log.info("%s: filen er optaget af et andet program (WinError %s); prøver igen om %.2f s",
                     what, exc.winerror, delay)  # type: ignore[attr-defined]
            _sleep(delay)
    raise AssertionError("unreachable")


def replace(source: str | os.PathLike, target: str | os.PathLike) -> Path:
    """`os.replace(source, target)`, retried while either file is held by another process."""
    source, target = Path(source), Path(target)
    retry_while_held(lambda: FILES.replace(source, target), f"Erstat {target.name}")
    return target


def rename_no_replace(source: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Rename to a name that must not exist yet (FileExistsError if it does), retried while held."""
    source, target = Path(source), Path(target)
    retry_while_held(lambda: FILES.rename_no_replace(source, target), f"Omdøb til {target.name}")
    return target


def remove(path: str | os.PathLike) -> None:
    """Delete a file (gone already is fine), retried while held."""
    path = Path(path)
    retry_while_held(lambda: FILES.unlink(path), f"Slet {path.name}")


__all__ = [
    "FILES",
    "RETRY_DELAYS",
    "SHARING_ERRORS",
    "OsFiles",
    "is_sharing_violation",
    "remove",
    "rename_no_replace",
    "replace",
    "retry_while_held",
]
