"""What every page needs: the database, the background worker and who is working."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from ..services.staff import StaffInfo
from ..storage.engine import Database
from .tasks import ImmediateTaskRunner, TaskRunner


class _Signals(QObject):
    staff_changed = Signal(object)
    data_changed = Signal()


@dataclass
class AppContext:
    db: Database
    tasks: TaskRunner | ImmediateTaskRunner
    staff: StaffInfo | None = None
    signals: _Signals = field(default_factory=_Signals)

    def set_staff(self, staff: StaffInfo | None) -> None:
        self.staff = staff
        self.signals.staff_changed.emit(staff)
