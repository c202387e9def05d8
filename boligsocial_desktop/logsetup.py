"""Logging to a rotating file in the data folder, and faulthandler for hard crashes."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
from pathlib import Path

_installed: dict[str, object] = {}


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send this process's log to `log_dir` (replacing an earlier folder, e.g. in tests)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "boligsocial.log"
    root = logging.getLogger()
    previous = _installed.get("handler")
    if isinstance(previous, logging.Handler):
        if getattr(previous, "baseFilename", None) == str(log_file.resolve()):
            return log_file
        root.removeHandler(previous)
        previous.close()
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(level)
    root.addHandler(handler)
    _installed["handler"] = handler
    return log_file


def enable_crash_log(log_dir: Path) -> None:
    """Hard crashes (in Qt or SQLite) leave a Python stack in crash.log."""
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
        where = f" ({context.category})" if context is not None and context.category not in (None, "", "default") else ""
        qt_log.log(level, "%s%s", message, where)

    _installed["qt_handler"] = handler
    return qInstallMessageHandler(handler)


def current_log_dir() -> Path | None:
    """The folder this process logs to (None before setup_logging)."""
    handler = _installed.get("handler")
    name = getattr(handler, "baseFilename", None)
    return Path(name).parent if name else None
