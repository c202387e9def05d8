"""Logging to a rotating file in the data folder, and faulthandler for hard crashes."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
from pathlib import Path

_fault_file = None


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    global _fault_file
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "boligsocial.log"
    handler = logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    if _fault_file is None:
        _fault_file = (log_dir / "crash.log").open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    return log_file
