"""Backups of the local SQLite database: daily automatic copies with rotation, check and restore.

No Qt here: the command line, the GUI and the tests use the same functions.

- Every copy is made with SQLite's backup API (`storage.engine.backup_sqlite`), never a
  file copy, so a copy taken while the program writes is still consistent.
- Copies are named `boligsocial-YYYYMMDD-HHMMSS.sqlite` in the backup folder. Rotation keeps
  the newest copy of each of the last 7 days, 4 ISO weeks and 12 months that have one
  (grandfather-father-son); other files in the folder (the copies made before a schema
  upgrade or a restore) are never touched by rotation.
- With an office key (`crypto`, see docs/security.md) every copy is sealed instead:
  `boligsocial-YYYYMMDD-HHMMSS.bsbak`, AES-256-GCM over the SQLite backup with this month's
  period key; the plain copy exists only in a private temporary folder on the local disk while it
  is sealed. Restore opens it (a tampered or wrong-key file is refused), checks the decrypted
  database in a temporary folder and restores from there. Without a key nothing changes.
- A backup is checked before it is kept: the copy (taken through the backup API into a private
  temporary file) must pass `PRAGMA integrity_check`, else no backup is made and nothing is rotated,
  so a damaged database never pushes the good copies out of the rotation.
- With an office key, restore accepts only sealed backups of this office (`restore(...,
  allow_unsealed=True)` is the administrator's explicit exception, audited by the caller): a plain
  file is the easy way to slip old or foreign data past the key.
- Backups and the copies kept aside are created for this user only (0600, folder 0700, on Linux).
- Restore checks the chosen file first (`PRAGMA integrity_check`, and that it is a
  database of this program that this version can open), keeps the current database aside
  as `før-gendannelse-….sqlite`, and then writes the backup into the database file through
  the backup API, which is one SQLite transaction: a power cut during the restore leaves
  the old database. The caller must have closed the program's engine first.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from . import fileops
from .errors import AppError, StorageError
from .storage.engine import SQLITE_HEADER, backup_sqlite, plain_pre_upgrade_backup, pre_upgrade_name

log = logging.getLogger(__name__)

PREFIX = "boligsocial-"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
NAME_PATTERN = re.compile(r"^boligsocial-(\d{8}-\d{6})(?:-\d+)?\.(?:sqlite|bsbak)$")
SEALED_SUFFIX = ".bsbak"
KEPT_ASIDE_PREFIX = "før-gendannelse-"
UNSEALED_REFUSED = ("Sikkerhedskopien {name} er ikke krypteret med kontorets nøgle. Kontoret har en kontornøgle, så "
                    "kun krypterede sikkerhedskopier (.bsbak) fra kontoret kan gendannes. En administrator kan "
                    "gendanne den alligevel på kommandolinjen med »restore --allow-unsealed«.")
DAMAGED_NOT_BACKED_UP = ("Databasen er beskadiget (kontrollen fejler), så der er ikke taget en sikkerhedskopi, og de "
                         "tidligere sikkerhedskopier er bevaret. Gendan databasen fra den nyeste sikkerhedskopi.")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size_bytes: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None


def _stamp_of(path: Path) -> datetime | None:
    match = NAME_PATTERN.match(path.name)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP_FORMAT)
    except ValueError:
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """The rotating backups in `folder`, newest first (other files are left out)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        taken = _stamp_of(path)
        if taken is not None and path.is_file():
            found.append(BackupInfo(path, taken, path.stat().st_size))
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def _free_name(folder: Path, stem: str, suffix: str = ".sqlite") -> Path:
    candidate = folder / f"{stem}{suffix}"
    number = 1
    while candidate.exists() or candidate.with_suffix(".sqlite" if suffix != ".sqlite" else SEALED_SUFFIX).exists():
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


def is_sealed_backup(path: Path) -> bool:
    from .crypto.envelope import STREAM_MAGIC

    with Path(path).open("rb") as handle:
        return handle.read(len(STREAM_MAGIC)) == STREAM_MAGIC


def _write_sealed(db_path: Path, target: Path, keys, now: datetime | None, check: bool = False) -> None:
    """Seal a consistent copy of `db_path` into `target` (the plain copy only in a private temp folder).
    With `check` the copy must pass the integrity check first (StorageError otherwise)."""
    import os
    import tempfile

    from .crypto.envelope import seal_stream
    from .paths import open_private

    header = {"kind": "backup", "file": "sqlite", "taken": (now or datetime.now()).isoformat(timespec="seconds")}
    with tempfile.TemporaryDirectory(prefix="bs-kopi-") as private:
        plain = Path(private) / "kopi.sqlite"
        try:
            backup_sqlite(db_path, plain)
        except sqlite3.DatabaseError:
            if check:
                raise
            plain = Path(db_path)  # a damaged database (kept aside before a restore) is sealed as it is
        if check:
            _require_healthy(plain)
        with plain.open("rb") as source, open_private(target, "wb") as handle:
            seal_stream(source, handle, header, keys, now)
            handle.flush()
            os.fsync(handle.fileno())


@contextmanager
def _opened_backup(backup_file: Path, keys):
    """The backup as a plain SQLite file: itself, or for a sealed backup a checked, decrypted temp copy."""
    if not is_sealed_backup(backup_file):
        yield backup_file
        return
    import tempfile

    from .crypto.envelope import open_stream
    from .crypto.keys import CryptoError

    if keys is None:
        raise CryptoError(f"Sikkerhedskopien {backup_file.name} er krypteret, og denne pc har ikke kontornøglen. "
                          "Tilslut pc'en med adgangsfrasen (»key join«), og prøv igen.")
    with tempfile.TemporaryDirectory(prefix="bs-gendan-") as private:
        path = Path(private) / "kopi.sqlite"
        with backup_file.open("rb") as source, path.open("wb") as target:
            header = open_stream(source, target, keys)
        if header.get("kind") != "backup":
            raise CryptoError(f"Filen {backup_file.name} er ikke en sikkerhedskopi.")
        yield path


def _require_database(db_path: Path) -> None:
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise AppError(f"Der er ingen database at tage en sikkerhedskopi af i {db_path}.")


def _require_healthy(copy: Path) -> None:
    """The integrity check of a fresh copy (not of the live file, which stays free for the program)."""
    try:
        # Read-write on purpose: our own fresh copy, and a WAL file opened read-only would leave -wal/-shm.
        with closing(sqlite3.connect(copy)) as conn:
            healthy = [row[0] for row in conn.execute("PRAGMA integrity_check")] == ["ok"]
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:
        healthy = False
    if not healthy:
        log.error("Databasen består ikke kontrollen; der er ikke taget en sikkerhedskopi.")
        raise StorageError(DAMAGED_NOT_BACKED_UP)


def _plain_backup(db_path: Path, target: Path) -> None:
    from .paths import make_private_file

    make_private_file(target)
    backup_sqlite(db_path, target)
    _require_healthy(target)


def make_backup(db_path: Path, folder: Path, now: datetime | None = None, keys=None) -> Path:
    """A new backup in `folder` (through a temporary name, so a half-written copy never looks like a backup).

    With `keys` (crypto.OfficeKeys) the copy is sealed (`.bsbak`); without, a plain SQLite file."""
    from .paths import make_private_dir

    _require_database(db_path)
    now = now or datetime.now()
    make_private_dir(folder)
    target = _free_name(folder, PREFIX + now.strftime(STAMP_FORMAT), SEALED_SUFFIX if keys else ".sqlite")
    if keys is not None:
        _write_whole(target, lambda partial: _write_sealed(db_path, partial, keys, now, check=True))
    else:
        _write_whole(target, lambda partial: _plain_backup(db_path, partial))
    log.info("Sikkerhedskopi taget: %s", target)
    return target


def _write_whole(target: Path, write: Callable[[Path], None]) -> None:
    """Write a copy through `<target>.part` and rename it: a failure leaves no file, with a Danish message."""
    from .errors import sqlite_error_message

    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        write(partial)
        fileops.replace(partial, target)
    except StorageError:
        partial.unlink(missing_ok=True)
        raise
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.OperationalError):
            raise StorageError("Sikkerhedskopien kunne ikke tages: " + sqlite_error_message(exc)) from exc
        log.error("Databasen kan ikke kopieres: %s", exc)
        raise StorageError(DAMAGED_NOT_BACKED_UP) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise AppError(f"Sikkerhedskopien kunne ikke gemmes i {target.parent}: {exc.strerror or exc}") from exc


def checked_copy(db_path: Path, target: Path) -> Path:
    """A plain copy at `target` (e.g. `backup -o FIL`), written under a temporary name and kept only
    when it passes the integrity check."""
    _require_database(db_path)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_whole(target, lambda partial: _plain_backup(db_path, partial))
    return target


def pre_upgrade_backup(db_path: Path, folder: Path, revision: str, keys=None, now: datetime | None = None) -> Path:
    """The copy kept before a schema upgrade: `før-opdatering-<revision>-<stamp>`, sealed (`.bsbak`)
    when the office has a key, else a plain SQLite file. Written under a temporary name first.
    Rotation never removes these copies."""
    if keys is None:
        return plain_pre_upgrade_backup(db_path, folder, revision)
    from .paths import make_private_dir

    folder = make_private_dir(Path(folder))
    target = folder / pre_upgrade_name(revision, now, SEALED_SUFFIX)
    partial = target.with_name(target.name + ".part")
    _write_sealed(db_path, partial, keys, now)
    fileops.replace(partial, target)
    log.info("Kopi før opdatering af databasen: %s", target)
    return target


def backups_to_keep(backups: list[BackupInfo], daily: int = 7, weekly: int = 4, monthly: int = 12) -> set[Path]:
    """Grandfather-father-son: the newest copy in each of the last `daily` days, `weekly` ISO weeks and
    `monthly` months that have a copy. The newest copy of all is always kept."""
    newest_first = sorted(backups, key=lambda info: (info.taken_at, info.path.name), reverse=True)
    keep: set[Path] = set()
    buckets = (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    )
    for count, bucket_of in buckets:
        seen: set = set()
        for info in newest_first:
            if len(seen) >= count:
                break
            bucket = bucket_of(info.taken_at)
            if bucket not in seen:
                seen.add(bucket)
                keep.add(info.path)
    if newest_first:
        keep.add(newest_first[0].path)
    return keep


def rotate(folder: Path, daily: int = 7, weekly: int = 4, monthly: int = 12) -> list[Path]:
    """Delete the rotating backups that fall outside what `backups_to_keep` keeps. Returns what went."""
    backups = list_backups(folder)
    keep = backups_to_keep(backups, daily, weekly, monthly)
    removed = []
    for info in backups:
        if info.path not in keep:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError as exc:  # e.g. opened by a virus scanner; next time then
                log.warning("Gammel sikkerhedskopi kunne ikke slettes: %s (%s)", info.path, exc)
    return removed


def daily_backup(db_path: Path, folder: Path, now: datetime | None = None, daily: int = 7, weekly: int = 4,
                 monthly: int = 12, keys=None) -> Path | None:
    """Take today's backup unless there is one already, then rotate. Returns the new copy or None."""
    now = now or datetime.now()
    backups = list_backups(folder)
    if backups and backups[0].taken_at.date() >= now.date():
        return None
    made = make_backup(db_path, folder, now, keys=keys)
    rotate(folder, daily, weekly, monthly)
    return made


def backup_due(folder: Path, today: date | None = None) -> bool:
    backups = list_backups(folder)
    return not backups or backups[0].taken_at.date() < (today or date.today())


def verify_backup(path: Path, keys=None) -> str | None:
    """Check that `path` is a healthy database of this program that this version can open.

    Returns its schema revision. Raises StorageError with a Danish message otherwise; the
    file is opened read-only and never changed. A sealed backup is opened with `keys` first
    (CryptoError if tampered, of another key, or without keys).
    """
    path = Path(path)
    if not path.is_file():
        raise StorageError(f"Filen {path} findes ikke.")
    with _opened_backup(path, keys) as plain:
        return _verify_plain(plain, path.name)


def _verify_plain(path: Path, shown_name: str) -> str | None:
    from .storage.migrations import SCHEMA_HEAD

    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise StorageError(f"Filen {shown_name} er ikke en sikkerhedskopi fra Boligsocial Desktop.")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise StorageError(f"Sikkerhedskopien {shown_name} er beskadiget og kan ikke bruges "
                                   f"({'; '.join(problems[:3])}).")
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "local_state", "outbox"} <= tables:
                raise StorageError(f"Filen {shown_name} er en database, men ikke fra Boligsocial Desktop.")
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"Sikkerhedskopien {shown_name} kan ikke læses ({exc}).") from exc
    revision_id = revision[0] if revision else None
    if revision_id and revision_id != SCHEMA_HEAD and not _known_revision(revision_id):
        raise StorageError(f"Sikkerhedskopien {shown_name} er lavet af en nyere version af Boligsocial Desktop. "
                           "Opdater programmet først.")
    return revision_id


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    from .storage.engine import MIGRATIONS_DIR

    return revision in {rev.revision for rev in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()}


def integrity_ok(db_path: Path) -> bool:
    """PRAGMA integrity_check passes (a file too damaged to run it fails too)."""
    try:
        with closing(sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)) as conn:
            return [row[0] for row in conn.execute("PRAGMA integrity_check")] == ["ok"]
    except sqlite3.OperationalError:
        raise  # locked, unreadable folder …: not a verdict on the file
    except sqlite3.DatabaseError:
        return False


def refuse_unsealed(backup_file: Path, office_has_key: bool, allow_unsealed: bool = False) -> None:
    """With an office key only sealed backups are restored, unless an administrator said otherwise."""
    if office_has_key and not allow_unsealed and not is_sealed_backup(Path(backup_file)):
        raise AppError(UNSEALED_REFUSED.format(name=Path(backup_file).name))


def restore(backup_file: Path, db_path: Path, aside_folder: Path, now: datetime | None = None,
            keys=None, *, office_has_key: bool = False, allow_unsealed: bool = False) -> RestoreResult:
    """Replace the database at `db_path` with `backup_file`, keeping the current one aside.

    The program's engine on `db_path` must be closed first (Database.dispose()): a restore
    under an open program would leave it with a stale view of the data. A sealed backup needs
    `keys`; with `keys` the copy kept aside is sealed too. With `keys` (or `office_has_key`: the office
    has a key this PC has not joined) a plain backup is refused unless `allow_unsealed`, the
    administrator's explicit choice, which the caller audits. A sealed backup of another office's key
    fails in `open_stream`.
    """
    backup_file, db_path = Path(backup_file).resolve(), Path(db_path).resolve()
    if backup_file == db_path:
        raise AppError("Du kan ikke gendanne databasen fra sig selv. Vælg en sikkerhedskopi.")
    if not backup_file.is_file():
        raise StorageError(f"Filen {backup_file} findes ikke.")
    refuse_unsealed(backup_file, office_has_key or keys is not None, allow_unsealed)
    with _opened_backup(backup_file, keys) as plain:
        _verify_plain(plain, backup_file.name)
        result = _restore_plain(plain, db_path, aside_folder, now, keys)
    return RestoreResult(backup_file, result)


def _restore_plain(backup_file: Path, db_path: Path, aside_folder: Path, now: datetime | None, keys) -> Path | None:
    now = now or datetime.now()
    kept_aside = None
    from .paths import make_private_dir, make_private_file

    if db_path.is_file() and db_path.stat().st_size > 0 and keys is not None:
        make_private_dir(aside_folder)
        kept_aside = _free_name(aside_folder, KEPT_ASIDE_PREFIX + now.strftime(STAMP_FORMAT), SEALED_SUFFIX)
        _write_sealed(db_path, kept_aside, keys, now)
    elif db_path.is_file() and db_path.stat().st_size > 0:
        make_private_dir(aside_folder)
        kept_aside = _free_name(aside_folder, KEPT_ASIDE_PREFIX + now.strftime(STAMP_FORMAT))
        make_private_file(kept_aside)
        try:
            backup_sqlite(db_path, kept_aside)
        except sqlite3.DatabaseError:
            # A damaged current database (the usual reason to restore) is kept aside as it is.
            kept_aside.unlink(missing_ok=True)
            import shutil

            shutil.copy2(db_path, kept_aside)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with closing(sqlite3.connect(f"{backup_file.as_uri()}?mode=ro", uri=True)) as source, \
                closing(sqlite3.connect(db_path, timeout=10)) as target:
            source.backup(target)
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise AppError("Databasen er i brug. Luk Boligsocial Desktop, og prøv igen.") from exc
        if kept_aside is None:
            from .errors import sqlite_error_message

            raise StorageError("Gendannelsen mislykkedes: " + sqlite_error_message(exc)) from exc
        # The current file itself is unreadable: put the backup in its place as a whole file.
        _replace_whole_file(backup_file, db_path)
    if not integrity_ok(db_path):
        raise StorageError("Den gendannede database består ikke kontrollen. Den gamle database ligger i "
                           f"{kept_aside}.")
    log.info("Database gendannet; den tidligere ligger i %s", kept_aside)
    return kept_aside


def reseal_backups(folder: Path, keys, old_keys=None) -> list[Path]:
    """After a key rotation: seal every sealed backup in `folder` again with the new keys (same month).
    Each file is replaced through a temporary name. Returns the files done."""
    import os
    import tempfile

    from .crypto.envelope import open_stream, seal_stream, stream_period
    from .paths import open_private

    done = []
    for path in sorted(Path(folder).glob(f"*{SEALED_SUFFIX}")) if Path(folder).is_dir() else []:
        if not is_sealed_backup(path):
            continue
        year, month = (int(part) for part in stream_period(path).split("-"))
        partial = path.with_name(path.name + ".part")
        with tempfile.TemporaryDirectory(prefix="bs-omkrypter-") as private:
            plain = Path(private) / "kopi.sqlite"
            with path.open("rb") as source, plain.open("wb") as target:
                header = open_stream(source, target, old_keys or keys)
            with plain.open("rb") as source, open_private(partial, "wb") as handle:
                seal_stream(source, handle, header, keys, date(year, month, 1))
                handle.flush()
                os.fsync(handle.fileno())
        fileops.replace(partial, path)
        done.append(path)
    return done


def _replace_whole_file(backup_file: Path, db_path: Path) -> None:
    temporary = db_path.with_name(db_path.name + ".gendannes")
    backup_sqlite(backup_file, temporary)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    fileops.replace(temporary, db_path)


__all__ = [
    "BackupInfo",
    "RestoreResult",
    "backup_due",
    "backups_to_keep",
    "checked_copy",
    "daily_backup",
    "integrity_ok",
    "is_sealed_backup",
    "list_backups",
    "make_backup",
    "pre_upgrade_backup",
    "refuse_unsealed",
    "reseal_backups",
    "restore",
    "rotate",
    "verify_backup",
]
