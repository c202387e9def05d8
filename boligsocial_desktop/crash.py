"""What happens when the program fails: a log line, a Danish dialog with a copyable report, and
(after a hard crash) the crash log shown at the next start.

- `CrashHandler.install()` replaces sys.excepthook and threading.excepthook. An exception
  in a slot or an event handler is written to the log with its traceback and shown in a
  dialog; the user may go on working when that is safe (the failed action is simply not
  done: services write in one transaction, so nothing is half-saved), or close the
  program. Going on is not offered after MemoryError/RecursionError, a damaged database,
  or when errors come in a loop (more than MAX_ERRORS_IN_A_ROW within a minute).
- Hard crashes (in Qt or SQLite's C code) cannot be caught: `faulthandler` writes the
  Python stack to logs/crash.log (logsetup.enable_crash_log). `SessionMarker` remembers
  whether the last run ended normally; `take_previous_crash` then hands the crash log of
  an abnormal end to the next start, which shows it, and archives it.
"""

from __future__ import annotations

import logging
import platform
import sqlite3
import sys
import threading
import time
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from . import __version__, fileops

log = logging.getLogger(__name__)

CRASH_LOG = "crash.log"
RUNNING_MARKER = "running.marker"
KEEP_OLD_CRASH_LOGS = 5
MAX_ERRORS_IN_A_ROW = 5
ERROR_WINDOW_S = 60.0
ENV_NO_DIALOG = "BOLIGSOCIAL_NO_CRASH_DIALOG"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def environment_lines() -> list[str]:
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {pyside_version}, Qt {qVersion()}"
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        qt = "Qt ukendt"
    frozen = " (installeret)" if getattr(sys, "frozen", False) else ""
    return [
        f"Boligsocial Desktop {__version__}{frozen}",
        f"Tidspunkt: {datetime.now():%d-%m-%Y %H:%M:%S}",
        f"Python {platform.python_version()}, {qt}",
        f"System: {platform.platform()}",
    ]


def format_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """The text the user can copy into an e-mail to whoever supports the office's PCs."""
    lines = [*environment_lines(), "", "".join(traceback.format_exception(kind, value, tb)).rstrip()]
    return "\n".join(lines) + "\n"


def is_fatal(value: BaseException) -> bool:
    """Errors after which going on could lose or damage data."""
    if isinstance(value, (MemoryError, RecursionError, SystemError)):
        return True
    if isinstance(value, sqlite3.DatabaseError) and not isinstance(value, sqlite3.OperationalError):
        return True  # "database disk image is malformed" and the like
    cause = getattr(value, "orig", None) or value.__cause__
    return isinstance(cause, sqlite3.DatabaseError) and not isinstance(cause, sqlite3.OperationalError)


class CrashHandler:
    """The process-wide exception hook. `present(report, can_continue)` shows the dialog and
    returns True to go on; the default uses ui.maintenance.crash_dialog."""

    def __init__(self, present: Callable[[str, bool], bool] | None = None, show_dialog: bool = True,
                 quit: Callable[[int], None] | None = None):
        self.present = present or _present_dialog
        self.show_dialog = show_dialog
        self._quit = quit or _quit_application
        self._showing = False
        self._recent: list[float] = []
        self._previous_hooks: tuple | None = None
        self._relay: Any = None  # a QObject made by _make_relay
        self.last_report: str | None = None

    def install(self) -> CrashHandler:
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread
        self._make_relay()
        return self

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def _make_relay(self) -> None:
        """A QObject in the UI thread, so an error in another thread is shown from the UI thread."""
        try:
            from PySide6.QtCore import QObject, Signal
        except ImportError:  # pragma: no cover
            return

        class Relay(QObject):
            report = Signal(str, bool)

        self._relay = Relay()
        self._relay.report.connect(self._show)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def handle(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._quit(130)
            return
        report = format_report(kind, value, tb)
        self.last_report = report
        log.critical("Uventet fejl\n%s", report)
        now = time.monotonic()
        self._recent = [t for t in self._recent if now - t < ERROR_WINDOW_S] + [now]
        can_continue = not is_fatal(value) and len(self._recent) <= MAX_ERRORS_IN_A_ROW
        if threading.current_thread() is not threading.main_thread():
            if self._relay is not None:
                self._relay.report.emit(report, can_continue)
            return
        self._show(report, can_continue)

    def _show(self, report: str, can_continue: bool) -> None:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None or not self.show_dialog:
            if not can_continue:
                self._quit(1)
            return
        if self._showing:  # an error while the dialog is open (e.g. in a paint event): log only
            return
        self._showing = True
        try:
            go_on = self.present(report, can_continue)
        finally:
            self._showing = False
        if not (go_on and can_continue):
            self._quit(1)



def _quit_application(code: int) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.exit(code)


def _present_dialog(report: str, can_continue: bool) -> bool:
    from .ui.maintenance.crash_dialog import CrashDialog

    return CrashDialog(report, can_continue).exec() == CrashDialog.DialogCode.Accepted


# --- crash log of hard crashes ------------------------------------------------------------

class SessionMarker:
    """A file that exists while the program runs: left behind, it means the last run ended abnormally."""

    def __init__(self, log_dir: Path):
        self.path = Path(log_dir) / RUNNING_MARKER

    def previous_run_ended_abnormally(self) -> bool:
        return self.path.exists()

    def start(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(f"{datetime.now().isoformat()}\n", encoding="utf-8")

    def finish(self) -> None:
        self.path.unlink(missing_ok=True)


def take_previous_crash(log_dir: Path, ended_abnormally: bool = True) -> str | None:
    """The crash log of the last run if it ended in a crash; the log is moved aside either way.

    Call before logsetup.enable_crash_log opens the file again. A crash log left by a run that
    ended normally holds only harmless notes and is archived without being shown.
    """
    crash_log = Path(log_dir) / CRASH_LOG
    try:
        text = crash_log.read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("Fejlloggen kunne ikke læses: %s", exc)
        return None
    if not text:
        return None
    archived = crash_log.with_name(f"crash-{datetime.now():%Y%m%d-%H%M%S}.log")
    try:
        fileops.replace(crash_log, archived)
    except OSError:
        archived = crash_log
    old = sorted(crash_log.parent.glob("crash-*.log"))
    for path in old[:-KEEP_OLD_CRASH_LOGS]:
        path.unlink(missing_ok=True)
    if not ended_abnormally:
        return None
    log.error("Programmet stoppede uventet sidste gang:\n%s", text)
    return "\n".join([*environment_lines()[:1], "", text]) + "\n"


__all__ = ["CrashHandler", "SessionMarker", "format_report", "is_fatal", "take_previous_crash"]
