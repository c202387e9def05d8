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
