"""Files with personal data: the audit row and the file appear together, or neither does.

`publish_audited` runs the caller's work in one database transaction: the caller decides
(role check), writes the file under a temporary name beside the target and records its
audit row in that transaction. Then the file is renamed to its real name and the
transaction committed. Any failure before the commit rolls the audit row back and
removes the file; a failed commit removes the renamed file again. So a personal-data
file never exists under its name without its audit row.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from .. import fileops
from ..errors import AppError
from ..storage.engine import Database

T = TypeVar("T")


def temporary_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")


def _rename(source: Path, target: Path) -> None:
    fileops.replace(source, target)


def _cannot_save(target: Path, exc: OSError) -> AppError:
    return AppError(f"Filen {target} kunne ikke gemmes ({exc.strerror or exc}). Vælg en anden mappe eller et "
                    "andet filnavn; er filen åben i et andet program, så luk den først.")


def publish_audited(db: Database, target: Path, work: Callable[[Session, Path], T]) -> T:
    """`work(session, temporary)` writes the file at `temporary` and records the audit row in `session`."""
    target = Path(target)
    temporary = temporary_name(target)
    renamed = False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_save(target, exc) from exc
    try:
        with db.transaction() as session:
            try:
                result = work(session, temporary)
                session.flush()  # the audit row is written (and the write lock taken) before the file shows
                _rename(temporary, target)
            except OSError as exc:
                raise _cannot_save(target, exc) from exc
            renamed = True
        return result
    except BaseException:
        if renamed:  # the commit failed after the rename: no file without its audit row
            with contextlib.suppress(OSError):
                target.unlink(missing_ok=True)
        raise
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def write_bytes(path: Path, data: bytes) -> None:
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


__all__ = ["publish_audited", "temporary_name", "write_bytes"]
