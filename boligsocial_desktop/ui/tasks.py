"""Database and file work off the UI thread: one background worker, results back on the UI thread.

`TaskRunner.run(fn, on_done, on_error)` queues `fn` on the single worker thread (one
worker, so database work never races itself) and calls `on_done(result)` or
`on_error(exc)` on the UI thread. Pass `progress=callback` and `fn` receives a
`report(percent, text)` function. `ImmediateTaskRunner` runs the same calls at once,
so UI tests stay deterministic.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Progress = Callable[[int, str], None]


class _Worker(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, str)

    @Slot(int, object, bool)
    def execute(self, token: int, fn: Callable, wants_progress: bool) -> None:
        try:
            if wants_progress:
                result = fn(lambda percent, text: self.progressed.emit(token, int(percent), text))
            else:
                result = fn()
        except BaseException as exc:  # noqa: BLE001 -- handed to the UI thread, which decides what the user sees
            self.failed.emit(token, exc)
        else:
            self.finished.emit(token, result)


class TaskRunner(QObject):
    busy_changed = Signal(bool)
    _queued = Signal(int, object, bool)

    def __init__(self, on_unhandled_error: Failed | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._on_unhandled_error = on_unhandled_error
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[Done | None, Failed | None, Progress | None]] = {}
        self._thread = QThread()
        self._thread.setObjectName("database-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._queued.connect(self._worker.execute)
        self._worker.finished.connect(self._finish)
        self._worker.failed.connect(self._fail)
        self._worker.progressed.connect(self._progress)
        self._thread.start()

    def run(self, fn: Callable, on_done: Done | None = None, on_error: Failed | None = None,
            *, progress: Progress | None = None) -> None:
        token = next(self._tokens)
        self._pending[token] = (on_done, on_error, progress)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._queued.emit(token, fn, progress is not None)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        """Stop the worker; results still on their way are dropped (their window is closing or closed)."""
        self._thread.quit()
        self._thread.wait()
        self._pending.clear()

    def _pop(self, token: int):
        """The task's callbacks, or None for a task dropped by `shutdown`."""
        callbacks = self._pending.pop(token, None)
        if callbacks is not None and not self._pending:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _finish(self, token: int, result: Any) -> None:
        callbacks = self._pop(token)
        if callbacks and callbacks[0]:
            callbacks[0](result)

    @Slot(int, object)
    def _fail(self, token: int, exc: BaseException) -> None:
        callbacks = self._pop(token)
        if callbacks is None:
            return
        on_error = callbacks[1]
        handler = on_error or self._on_unhandled_error
        if handler:
            handler(exc)
        else:
            log.error("Baggrundsopgave fejlede", exc_info=exc)

    @Slot(int, int, str)
    def _progress(self, token: int, percent: int, text: str) -> None:
        entry = self._pending.get(token)
        if entry and entry[2]:
            entry[2](percent, text)


class ImmediateTaskRunner(QObject):
    """Runs each task at once on the calling thread: for tests and command-line rendering."""

    busy_changed = Signal(bool)

    def __init__(self, on_unhandled_error: Failed | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._on_unhandled_error = on_unhandled_error
        self.busy = False

    def run(self, fn: Callable, on_done: Done | None = None, on_error: Failed | None = None,
            *, progress: Progress | None = None) -> None:
        try:
            result = fn(progress) if progress is not None else fn()
        except Exception as exc:
            handler = on_error or self._on_unhandled_error
            if handler is None:
                raise
            handler(exc)
        else:
            if on_done:
                on_done(result)

    def shutdown(self) -> None:
        pass
