"""All access to the shared folder goes through one small filesystem interface.

`LocalShare` is the real thing (a network drive or a folder a sync tool keeps in step);
`FaultyShare` wraps it and misbehaves the way shares and sync tools do, for tests:
truncated (torn) writes, duplicated files and listing entries, reordered and delayed
listings, dropped listing entries, files renamed to "conflicted copy" names, failed
renames and Windows sharing violations.

Paths are relative, with "/" separators. `write_new` never overwrites: it writes a
temporary name in the same folder, flushes and fsyncs it, and renames it to a name
that must not exist yet.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import random
import shutil
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from .. import fileops
from .files import TEMP_PREFIX, nonce

log = logging.getLogger(__name__)

CRASH_ENV = "BOLIGSOCIAL_SYNC_CRASH_AT"
CRASH_HOOK: Callable[[str], None] | None = None  # in-process tests raise here instead of dying
CRASH_STEPS = ("export.intent_saved", "share.temp_written", "share.renamed", "export.written", "export.marked",
               "import.applied", "import.committed")


def crash_point(step: str) -> None:
    """Kill this process here, without any clean-up, when a test names this step."""
    if CRASH_HOOK is not None:
        CRASH_HOOK(step)
    if os.environ.get(CRASH_ENV) == step:
        kill = getattr(signal, "SIGKILL", None)
        if kill is None:  # Windows
            os._exit(137)
        os.kill(os.getpid(), kill)


class ShareError(OSError):
    """The share cannot be used right now (offline, no permission, locked file)."""


class SharingViolation(ShareError):
    """Another program holds the file open (Windows error 32); try again later."""


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    mtime: float = 0.0


class Share(Protocol):
    description: str

    def available(self) -> bool: ...

    def list_folders(self, path: str) -> list[str]: ...

    def list_files(self, path: str) -> list[Entry]: ...

    def read(self, path: str) -> bytes: ...

    def open_read(self, path: str) -> BinaryIO: ...

    def size(self, path: str) -> int | None: ...

    def write_new(self, path: str, data: bytes) -> None: ...

    def copy_in(self, local: Path, path: str) -> None: ...

    def copy_out(self, path: str, local: Path) -> None: ...

    def remove(self, path: str) -> None: ...

    def make_folder(self, path: str) -> None: ...


def share_error_text(error: OSError) -> str:
    """An error on the share for the log: the system's reason (the path is logged apart), never file content."""
    return error.strerror or str(error) or type(error).__name__


def _fsync_dir(path: Path) -> None:
    if sys.platform.startswith("win"):
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as exc:
        log.warning("Mappen %s kan ikke åbnes for at gemme dens indhold sikkert; springes over: %s", path,
                    share_error_text(exc))
        return
    try:
        os.fsync(fd)
    except OSError as exc:
        log.warning("Mappen %s kan ikke gemmes sikkert (fsync); springes over: %s", path, share_error_text(exc))
    finally:
        os.close(fd)


def rename_no_replace(source: Path, target: Path) -> None:
    """Rename that fails with FileExistsError instead of replacing an existing target; retried briefly
    while another process holds the file (the one helper in fileops.py)."""
    fileops.rename_no_replace(source, target)


def _translate(exc: OSError) -> OSError:
    if getattr(exc, "winerror", None) in (32, 33):
        return SharingViolation(exc.errno or errno.EACCES, "filen er låst af et andet program", exc.filename)
    return exc


class LocalShare:
    """A folder reached through the operating system: a mapped drive, UNC path or synced folder."""

    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.description = str(root)

    def _path(self, path: str) -> Path:
        return self.root.joinpath(*path.split("/")) if path else self.root

    def available(self) -> bool:
        return self.root.is_dir()

    def list_folders(self, path: str) -> list[str]:
        try:
            with os.scandir(self._path(path)) as entries:
                return [e.name for e in entries if e.is_dir()]
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise _translate(exc) from exc

    def list_files(self, path: str) -> list[Entry]:
        result = []
        try:
            with os.scandir(self._path(path)) as entries:
                for entry in entries:
                    try:
                        if entry.is_file():
                            stat = entry.stat()
                            result.append(Entry(entry.name, stat.st_size, stat.st_mtime))
                    except FileNotFoundError:
                        continue  # removed while listing
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise _translate(exc) from exc
        return result

    def read(self, path: str) -> bytes:
        try:
            return self._path(path).read_bytes()
        except OSError as exc:
            raise _translate(exc) from exc

    def open_read(self, path: str) -> BinaryIO:
        """A big file read in blocks (a snapshot), never whole into memory."""
        try:
            return open(self._path(path), "rb")
        except OSError as exc:
            raise _translate(exc) from exc

    def size(self, path: str) -> int | None:
        try:
            return self._path(path).stat().st_size
        except FileNotFoundError:
            return None

    def _temp_for(self, target: Path) -> Path:
        return target.with_name(f"{TEMP_PREFIX}{nonce()}-{target.name}")

    def write_new(self, path: str, data: bytes) -> None:
        target = self._path(path)
        temp = self._temp_for(target)
        try:
            with open(temp, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            crash_point("share.temp_written")
            rename_no_replace(temp, target)
            crash_point("share.renamed")
            _fsync_dir(target.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise _translate(exc) from exc

    def copy_in(self, local: Path, path: str) -> None:
        target = self._path(path)
        temp = self._temp_for(target)
        try:
            with open(local, "rb") as source, open(temp, "xb") as handle:
                shutil.copyfileobj(source, handle, 1 << 20)
                handle.flush()
                os.fsync(handle.fileno())
            rename_no_replace(temp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise _translate(exc) from exc

    def copy_out(self, path: str, local: Path) -> None:
        try:
            shutil.copyfile(self._path(path), local)
        except OSError as exc:
            raise _translate(exc) from exc

    def remove(self, path: str) -> None:
        try:
            fileops.remove(self._path(path))
        except OSError as exc:
            raise _translate(exc) from exc

    def make_folder(self, path: str) -> None:
        try:
            self._path(path).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _translate(exc) from exc


@dataclass
class Faults:
    """Probabilities (0–1) of each misbehaviour, per operation."""

    truncate: float = 0.0  # a written file ends up cut short (torn write)
    duplicate: float = 0.0  # a written file also appears as a copy; a listing names a file twice
    conflict_copy: float = 0.0  # a written file lands under a sync tool's "conflicted copy" name
    fail_rename: float = 0.0  # the final rename fails; the temporary file stays behind
    sharing_violation: float = 0.0  # a read or write finds the file locked
    drop_listing: float = 0.0  # a listing leaves a file out
    delay: float = 0.0  # a written file shows up in listings only some rounds later
    reorder: bool = True  # listings come in any order

    @classmethod
    def all(cls, p: float) -> Faults:
        return cls(p, p, p, p, p, p, p, True)


@dataclass
class FaultyShare:
    """A share that misbehaves on purpose (deterministically, from `seed`)."""

    inner: LocalShare
    faults: Faults = field(default_factory=Faults)
    seed: int = 0
    enabled: bool = True
    log: list[str] = field(default_factory=list)
    unreadable: set[str] = field(default_factory=set)  # paths whose reads are refused (their access rights changed)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.description = f"{self.inner.description} (med fejl)"
        self._hidden: dict[str, int] = {}  # path -> listings it stays hidden from (arrives late here)

    def _hit(self, p: float) -> bool:
        return self.enabled and p > 0 and self.rng.random() < p

    def available(self) -> bool:
        return self.inner.available()

    def list_folders(self, path: str) -> list[str]:
        names = self.inner.list_folders(path)
        if self.enabled and self.faults.reorder:
            self.rng.shuffle(names)
        return names

    def list_files(self, path: str) -> list[Entry]:
        entries = []
        for entry in self.inner.list_files(path):
            full = f"{path}/{entry.name}"
            if full not in self._hidden:
                self._hidden[full] = self.rng.randrange(1, 4) if self._hit(self.faults.delay) else 0
            if self._hidden[full] > 0:
                self._hidden[full] -= 1
                continue
            if self._hit(self.faults.drop_listing):
                self.log.append(f"dropped from listing: {full}")
                continue
            entries.append(entry)
            if self._hit(self.faults.duplicate):
                entries.append(entry)
        if self.enabled and self.faults.reorder:
            self.rng.shuffle(entries)
        return entries

    def _refuse_unreadable(self, path: str) -> None:
        if self.enabled and path in self.unreadable:
            self.log.append(f"access denied reading {path}")
            raise PermissionError(errno.EACCES, "Permission denied", path)

    def read(self, path: str) -> bytes:
        self._refuse_unreadable(path)
        if self._hit(self.faults.sharing_violation):
            self.log.append(f"sharing violation reading {path}")
            raise SharingViolation(errno.EACCES, "filen er låst af et andet program", path)
        return self.inner.read(path)

    def open_read(self, path: str) -> BinaryIO:
        self._refuse_unreadable(path)
        if self._hit(self.faults.sharing_violation):
            raise SharingViolation(errno.EACCES, "filen er låst af et andet program", path)
        return self.inner.open_read(path)

    def size(self, path: str) -> int | None:
        return self.inner.size(path)

    def write_new(self, path: str, data: bytes) -> None:
        if self._hit(self.faults.sharing_violation):
            self.log.append(f"sharing violation writing {path}")
            raise SharingViolation(errno.EACCES, "filen er låst af et andet program", path)
        if self._hit(self.faults.fail_rename):
            self.log.append(f"rename failed: {path}")
            target = self.inner._path(path)
            self.inner._temp_for(target).write_bytes(data)  # the temporary file stays behind
            raise ShareError(errno.EIO, "omdøbningen mislykkedes", path)
        if self._hit(self.faults.conflict_copy):
            self.log.append(f"became a conflicted copy: {path}")
            folder_path, _, name = path.rpartition("/")
            stem, dot, ext = name.rpartition(".")
            self.inner.write_new(f"{folder_path}/{stem} (conflicted copy 2026-11-23){dot}{ext}", data)
            return
        if self._hit(self.faults.truncate):
            self.log.append(f"truncated: {path}")
            data = data[: self.rng.randrange(0, max(1, len(data)))]
        self.inner.write_new(path, data)
        if self._hit(self.faults.duplicate):
            folder_path, _, name = path.rpartition("/")
            stem, dot, ext = name.rpartition(".")
            self.log.append(f"duplicated: {path}")
            self.inner.write_new(f"{folder_path}/{stem} (1){dot}{ext}", data)

    def copy_in(self, local: Path, path: str) -> None:
        self.inner.copy_in(local, path)

    def copy_out(self, path: str, local: Path) -> None:
        self._refuse_unreadable(path)
        if self._hit(self.faults.sharing_violation):
            raise SharingViolation(errno.EACCES, "filen er låst af et andet program", path)
        self.inner.copy_out(path, local)

    def remove(self, path: str) -> None:
        self.inner.remove(path)

    def make_folder(self, path: str) -> None:
        self.inner.make_folder(path)


@dataclass
class FaultyFiles:
    """The local filesystem operations of fileops.py (rename, replace, delete), misbehaving as Windows does
    while another process holds a file: the next `held` operations fail with WinError `winerror` (32 is a
    sharing violation, 5 access denied), then they work. Tests put it in `fileops.FILES`."""

    held: int = 0
    winerror: int = 32
    log: list[str] = field(default_factory=list)
    inner: fileops.OsFiles = field(default_factory=fileops.OsFiles)

    def _maybe_held(self, what: str, path: Path) -> None:
        if self.held > 0:
            self.held -= 1
            self.log.append(f"held: {what} {Path(path).name}")
            error = PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                    "by another process", str(path))
            error.winerror = self.winerror  # type: ignore[attr-defined]  # what Windows sets; POSIX has none
            raise error
        self.log.append(f"{what} {Path(path).name}")

    def replace(self, source: Path, target: Path) -> None:
        self._maybe_held("replace", target)
        self.inner.replace(source, target)

    def rename_no_replace(self, source: Path, target: Path) -> None:
        self._maybe_held("rename", target)
        self.inner.rename_no_replace(source, target)

    def unlink(self, path: Path) -> None:
        self._maybe_held("unlink", path)
        self.inner.unlink(path)
