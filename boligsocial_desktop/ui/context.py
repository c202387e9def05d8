"""What every page needs: the database, the background worker and who is working."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from ..services.staff import StaffInfo
from .tasks import ImmediateTaskRunner, TaskRunner

if TYPE_CHECKING:
    from ..storage.engine import Database


class _Signals(QObject):
    staff_changed = Signal(object)
    tables_changed = Signal(object)  # frozenset of the table names a commit wrote


class _TableWatch(QObject):
    """Calls `refresh` when a commit wrote one of `tables`; dies with its owner (so does the connection)."""

    def __init__(self, owner: QObject, tables: Iterable[str], refresh: Callable[[], None]) -> None:
        super().__init__(owner)
        self.tables, self.refresh = frozenset(tables), refresh

    @Slot(object)
    def changed(self, written: frozenset[str]) -> None:
        if written & self.tables:
            self.refresh()


@dataclass
class AppContext:
    db: Database
    tasks: TaskRunner | ImmediateTaskRunner
    staff: StaffInfo | None = None
    signals: _Signals = field(default_factory=_Signals)

    def __post_init__(self) -> None:
        # Called in the thread that committed; a Qt signal carries it to the window's thread.
        self.db.commits.add(self.signals.tables_changed.emit)

    def set_staff(self, staff: StaffInfo | None) -> None:
        self.staff = staff
        self.signals.staff_changed.emit(staff)

    def watch(self, owner: QObject, tables: Iterable[str], refresh: Callable[[], None]) -> None:
        """Refresh `owner` after any save (on this PC or merged from the share) that wrote one of `tables`."""
        self.signals.tables_changed.connect(_TableWatch(owner, tables, refresh).changed)
