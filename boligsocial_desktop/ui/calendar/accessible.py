"""What a screen reader hears in the painted calendar grids: their sessions, one per line.

The grids draw their sessions themselves, so Qt cannot see them. Each grid keeps its accessible
description up to date with the sessions it shows, in date and time order, each read as
"tirsdag 2. marts 2027, kl. 15–17, Salen: Lektiecafé" (a plain property: no accessibility objects of
our own for Qt to own and free).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from ...domain.danish import clock_range, long_date
from ...domain.enums import SessionStatus
from ...services.calendar import SessionView


def spoken(session: SessionView) -> str:
    """One session as a screen reader says it: date, time, room, title (and whether it is cancelled)."""
    text = f"{long_date(session.day)}, {clock_range(session.start, session.end)}, {session.room_name}: {session.title}"
    if session.status == SessionStatus.CANCELLED:
        text += ", " + QCoreApplication.translate("CalendarGrid", "cancelled")
    return text


def sessions_changed(grid: QWidget) -> None:
    """Give the grid's sessions to a screen reader (and tell one that is listening)."""
    shown = sorted(grid.sessions, key=lambda s: (s.day, s.start, s.room_name, s.title))  # type: ignore[attr-defined]
    grid.setAccessibleDescription("\n".join(spoken(s) for s in shown)
                                  or QCoreApplication.translate("CalendarGrid", "No sessions"))
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(grid, QAccessible.Event.DescriptionChanged))
