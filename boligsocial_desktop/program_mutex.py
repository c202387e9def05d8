"""The named mutex that tells the installer that Boligsocial Desktop runs.

Every run of the program (the window, the windowless `sync` of a scheduled task, any other
command) holds `PROGRAM_MUTEX` on Windows from start to end (cli.main). The installer and the
uninstaller (packaging/boligsocial.iss, `AppMutex`) look for it and ask the user to close the
program first, so no file is replaced or removed under a running program, also during a
silent upgrade (which then stops with an exit code instead of replacing files in use).
On other systems there is no installer and the mutex is a no-op.
"""

from __future__ import annotations

import logging
import sys

log = logging.getLogger(__name__)

PROGRAM_MUTEX = "BoligsocialDesktopRunning"  # = AppMutex in packaging/boligsocial.iss: change both together


class _Kernel32Mutexes:
    """CreateMutexW / CloseHandle through ctypes (Windows only)."""

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]  # Windows only
        self._create = kernel32.CreateMutexW
        self._create.argtypes = (ctypes.c_void_p, wintypes.BOOL, wintypes.LPCWSTR)
        self._create.restype = wintypes.HANDLE
        self._close = kernel32.CloseHandle
        self._close.argtypes = (wintypes.HANDLE,)
        self._close.restype = wintypes.BOOL
        self._last_error = ctypes.get_last_error  # type: ignore[attr-defined]  # Windows only

    def create(self, name: str):
        handle = self._create(None, False, name)
        if not handle:
            raise OSError(f"CreateMutexW({name}) gav fejl {self._last_error()}")
        return handle

    def close(self, handle) -> None:
        self._close(handle)


def _windows_mutexes():
    return _Kernel32Mutexes() if sys.platform == "win32" else None


class ProgramMutex:
    """The named mutex that tells the installer the program runs: held from `acquire()` to `release()`.

    Two names, as Inno Setup advises: one in this logon session and one `Global\\` for the other
    sessions on the PC (fast user switching, terminal servers), so an all-users upgrade waits for
    every user's program. Any number of processes may hold it at once: it only says "running"."""

    def __init__(self, name: str = PROGRAM_MUTEX, api=None):
        self.names = (name, f"Global\\{name}")
        self._api = api if api is not None else _windows_mutexes()
        self._handles: list = []

    def acquire(self) -> ProgramMutex:
        if self._api is None or self._handles:
            return self
        for name in self.names:
            try:
                self._handles.append(self._api.create(name))
            except OSError as exc:  # e.g. Global\ refused by a locked-down session: the local one still counts
                log.warning("Programmets mutex %s kunne ikke oprettes: %s", name, exc)
        return self

    def release(self) -> None:
        while self._handles:
            self._api.close(self._handles.pop())

    @property
    def held(self) -> bool:
        return bool(self._handles)

    def __enter__(self) -> ProgramMutex:
        return self.acquire()

    def __exit__(self, *exc_info) -> None:
        self.release()


__all__ = ["PROGRAM_MUTEX", "ProgramMutex"]
