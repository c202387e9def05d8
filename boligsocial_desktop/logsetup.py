"""Logging to a file per day in the data folder, and faulthandler for hard crashes.

The log may mention what the program did to which row id, never names or notes (SQL parameters are
hidden by the engine), but it is still kept no longer than the office keeps notes: the active file is
`boligsocial.log`; at the first line of a new day (or past 2 MB) it is renamed `boligsocial-YYYYMMDD.log`
(`-2`, `-3` … within a day), and `purge_logs` deletes the dated files and crash logs older than the
notes deadline (`services.deadlines`, daily at start and from `boligsocial-desktop purge`). The folder
and files are for this user only (0700/0600 on Linux).
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import re
from datetime import date, datetime
from pathlib import Path

_installed: dict[str, object] = {}

LOG_NAME = "boligsocial.log"
MAX_BYTES = 2_000_000
MAX_FILES_PER_DAY = 5
DATED_LOG = re.compile(r"^boligsocial-(\d{8})(?:-\d+)?\.log$")
CRASH_LOG_NAME = re.compile(r"^crash-(\d{8})-\d{6}\.log$")
OLD_ROTATED = re.compile(r"^boligsocial\.log\.\d+$")  # the size-rotated files of earlier versions


class DailyFileHandler(logging.handlers.BaseRotatingHandler):
    """`boligsocial.log` holds one day (at most MAX_BYTES); older days lie in dated files."""

    def __init__(self, filename: Path, max_bytes: int = MAX_BYTES):
        from .paths import make_private_file

        make_private_file(Path(filename))
        super().__init__(str(filename), "a", encoding="utf-8", delay=False)
        self.max_bytes = max_bytes
        self.day = self._day_of_file()

    def _day_of_file(self) -> date:
        try:
            if os.path.getsize(self.baseFilename) > 0:
                return date.fromtimestamp(os.path.getmtime(self.baseFilename))
        except OSError:
            pass
        return date.today()

    def shouldRollover(self, record: logging.LogRecord) -> bool:
        if self.stream is None or not os.path.exists(self.baseFilename):
            return False
        if date.fromtimestamp(record.created) != self.day and os.path.getsize(self.baseFilename) > 0:
            return True
        return self.stream.tell() + len(self.format(record)) + 1 > self.max_bytes

    def doRollover(self) -> None:
        from .paths import make_private_file

        if self.stream:
            self.stream.close()
            self.stream = None
        folder = Path(self.baseFilename).parent
        stamp = self.day.strftime("%Y%m%d")
        same_day = sorted(folder.glob(f"boligsocial-{stamp}*.log"), key=os.path.getmtime)
        for old in same_day[:max(0, len(same_day) - MAX_FILES_PER_DAY + 1)]:
            old.unlink(missing_ok=True)  # a runaway day keeps its newest files only
        target, number = folder / f"boligsocial-{stamp}.log", 1
        while target.exists():
            number += 1
            target = folder / f"boligsocial-{stamp}-{number}.log"
        with contextlib.suppress(OSError):  # held open elsewhere (a virus scanner): go on writing to the same file
            os.replace(self.baseFilename, target)
        self.day = date.today()
        make_private_file(Path(self.baseFilename))
        self.stream = self._open()


def purge_logs(log_dir: Path | None, first_kept: date) -> list[Path]:
    """Delete the log files with nothing from `first_kept` on: dated logs by their day (a dated file holds
    one day), crash logs by the day they were archived (their lines are older), files of earlier versions
    by their last change. Returns what went."""
    if log_dir is None or not Path(log_dir).is_dir():
        return []
    removed = []
    for path in Path(log_dir).iterdir():
        try:
            if not path.is_file():
                continue
            match = DATED_LOG.match(path.name) or CRASH_LOG_NAME.match(path.name)
            if match:
                try:
                    last_day = datetime.strptime(match.group(1), "%Y%m%d").date()
                except ValueError:
                    last_day = date.fromtimestamp(path.stat().st_mtime)
            elif OLD_ROTATED.match(path.name) or path.name in (LOG_NAME, "crash.log"):
                last_day = date.fromtimestamp(path.stat().st_mtime)
            else:
                continue
            if last_day >= first_kept:
                continue
            if path.name in (LOG_NAME, "crash.log"):
                path.write_bytes(b"")  # open in this process: emptied, not deleted
            else:
                path.unlink()
            removed.append(path)
        except OSError:
            continue  # held open by another process: next time
    return removed


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send this process's log to `log_dir` (replacing an earlier folder, e.g. in tests)."""
    from .paths import make_private_dir

    make_private_dir(log_dir)
    log_file = log_dir / LOG_NAME
    root = logging.getLogger()
    previous = _installed.get("handler")
    if isinstance(previous, logging.Handler):
        if getattr(previous, "baseFilename", None) == str(log_file.resolve()):
            return log_file
        root.removeHandler(previous)
        previous.close()
    handler = DailyFileHandler(log_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(level)
    root.addHandler(handler)
    _installed["handler"] = handler
    return log_file


def enable_crash_log(log_dir: Path) -> None:
    """Hard crashes (in Qt or SQLite) leave a Python stack in crash.log."""
    from .paths import make_private_file

    make_private_file(log_dir / "crash.log")
    fault_file = (log_dir / "crash.log").open("a", encoding="utf-8")
    faulthandler.enable(fault_file)
    _installed["fault_file"] = fault_file


_QT_LEVELS = {"QtDebugMsg": logging.DEBUG, "QtInfoMsg": logging.INFO, "QtWarningMsg": logging.WARNING,
              "QtCriticalMsg": logging.ERROR, "QtFatalMsg": logging.CRITICAL}


def install_qt_message_handler():
    """Route Qt's own messages (qWarning and friends) into the log file. Returns the previous handler."""
    from PySide6.QtCore import qInstallMessageHandler

    qt_log = logging.getLogger("qt")

    def handler(mode, context, message: str) -> None:
        level = _QT_LEVELS.get(getattr(mode, "name", str(mode)).split(".")[-1], logging.WARNING)
        where = (
            f" ({context.category})" if context is not None and context.category not in (None, "", "default") else ""
        )
        qt_log.log(level, "%s%s", message, where)

    _installed["qt_handler"] = handler
    return qInstallMessageHandler(handler)


def current_log_dir() -> Path | None:
    """The folder this process logs to (None before setup_logging)."""
    handler = _installed.get("handler")
    name = getattr(handler, "baseFilename", None)
    return Path(name).parent if name else None
