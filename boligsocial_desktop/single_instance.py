"""One running program per user and database: a second start raises the first window instead.

The first process holds a lock file in the data folder (QLockFile, released by the OS when
the process dies, and recognised as stale by its PID after a crash) and listens on a local
socket (a named pipe on Windows) whose name is made from the user and the database. A
later process that cannot take the lock connects, sends "raise" and exits; the first
process brings its main window to the front. The lock, not the socket, decides who is
first, so two processes started at the same moment cannot both open the database.

Apart from that, every run of the program holds a named mutex for the installer
(program_mutex.py).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
ANSWER = b"ok\n"


def instance_id(database: str) -> str:
    """A short id from the user and the database (path or URL): the same on every start."""
    text = f"{getpass.getuser().lower()}\0{database}"
    if sys.platform == "win32":
        text = text.lower()  # Windows paths are case-insensitive
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def server_name(database: str) -> str:
    return f"boligsocial-desktop-{instance_id(database)}"


def lock_path(lock_dir: Path, database: str) -> Path:
    return Path(lock_dir) / f"instance-{instance_id(database)}.lock"


def _allow_other_process_to_take_focus() -> None:
    """Windows gives the foreground only to the process the user just started; pass that on."""
    if sys.platform == "win32":
        try:
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        except (AttributeError, OSError):
            pass


class SingleInstance(QObject):
    """`acquire()` in every start: True in the first process, False (after asking it to raise) in others."""

    raise_requested = Signal()

    def __init__(self, database: str, lock_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.database = database
        self.name = server_name(database)
        Path(lock_dir).mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(lock_path(lock_dir, database)))
        self._lock.setStaleLockTime(0)  # held for the whole run: only a dead PID makes it stale
        self._server: QLocalServer | None = None
        self.answered_by_first: bool | None = None

    def acquire(self, connect_timeout_s: float = 5.0, notify: bool = True) -> bool:
        """Take the lock. With `notify` the first process listens for later starts (and a later one
        asks the first to raise its window); without, the lock only keeps the GUI away (restore)."""
        if self._lock.tryLock(0):
            if notify:
                self._listen()
            return True
        if notify:
            self.answered_by_first = self._ask_first_to_raise(connect_timeout_s)
        return False

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def is_primary(self) -> bool:
        return self._lock.isLocked()

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)  # a socket file left by a crashed run (Unix)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("Kunne ikke lytte efter andre starter af programmet: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data())
        if message == RAISE_MESSAGE:
            log.info("Programmet blev startet igen: vinduet hentes frem")
            socket.write(ANSWER)
            socket.flush()
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def _ask_first_to_raise(self, timeout_s: float) -> bool:
        """Connect (retrying while the first process is still starting) and send the request."""
        _allow_other_process_to_take_focus()
        deadline = time.monotonic() + timeout_s
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(500):
                socket.write(RAISE_MESSAGE)
                socket.waitForBytesWritten(1000)
                answered = socket.waitForReadyRead(2000) and bytes(socket.readLine().data()) == ANSWER
                socket.disconnectFromServer()
                log.info("Programmet kører allerede; det første vindue blev bedt om at komme frem")
                return bool(answered)
            if time.monotonic() >= deadline:
                log.warning("Programmet kører allerede, men svarer ikke: %s", socket.errorString())
                return False
            time.sleep(0.1)


def bring_to_front(window) -> None:
    """Show a window normally (also when minimised) and ask the window system to activate it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)
    log.info("Vinduet er hentet frem")


__all__ = ["SingleInstance", "bring_to_front", "instance_id", "lock_path", "server_name"]
