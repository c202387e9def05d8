"""What a screen reader hears in the painted calendar grids: a list with one item per session shown.

The grids draw their sessions themselves, so Qt cannot see them. An accessibility factory gives each
grid a list interface whose items read "tirsdag 2. marts 2027, kl. 15–17, Salen: Lektiecafé". Items
are registered with Qt (which then owns them) and unregistered when the grid shows other sessions.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from ...domain.danish import clock_range, long_date
from ...domain.enums import SessionStatus
from ...services.calendar import SessionView


def spoken(session: SessionView) -> str:
    """One session as a screen reader says it: date, time, room, title (and whether it is cancelled)."""
    text = f"{long_date(session.day)}, {clock_range(session.start, session.end)}, {session.room_name}: {session.title}"
    if session.status == SessionStatus.CANCELLED:
        text += ", " + QCoreApplication.translate("CalendarGrid", "cancelled")
    return text


class _SessionItem(QAccessibleInterface):
    def __init__(self, grid: QWidget, text: str, rect: QRect) -> None:
        super().__init__()
        self.grid, self.name, self.area = grid, text, rect

    def isValid(self) -> bool:
        return True

    def object(self):
        return None

    def window(self):
        return self.grid.window().windowHandle()

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:
        return self.name if kind == QAccessible.Text.Name else ""

    def setText(self, kind, text) -> None:
        pass

    def rect(self) -> QRect:
        return QRect(self.grid.mapToGlobal(self.area.topLeft()), self.area.size()) if self.area.isValid() else QRect()

    def state(self):
        state = QAccessible.State()
        state.readOnly = True
        return state

    def parent(self):
        return QAccessible.queryAccessibleInterface(self.grid)

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def childAt(self, x: int, y: int):
        return None

    def relations(self, *args):
        return []

    def focusChild(self):
        return None


class GridAccessible(QAccessibleWidget):
    """The grid as a list of its sessions, in date and time order."""

    def __init__(self, grid: QWidget) -> None:
        super().__init__(grid, QAccessible.Role.List)

    def childCount(self) -> int:
        return len(session_items(self.widget()))

    def child(self, index: int):
        items = session_items(self.widget())
        return items[index] if 0 <= index < len(items) else None

    def indexOfChild(self, child) -> int:
        items = session_items(self.widget())
        return next((i for i, item in enumerate(items) if item is child), -1)


def session_items(grid) -> list[_SessionItem]:
    """The grid's items, made again (and the old ones unregistered) when it shows other sessions."""
    rects = {session.id: rect for rect, session in getattr(grid, "_session_rects", [])}
    shown = sorted(grid.sessions, key=lambda s: (s.day, s.start, s.room_name, s.title))
    key = tuple((s.id, s.version, s.status, s.id in rects) for s in shown)
    cached = grid.__dict__.get("_accessible_items")
    if cached is None or cached[0] != key:
        forget_items(grid)
        items = [_SessionItem(grid, spoken(s), rects.get(s.id, QRect())) for s in shown]
        ids = [QAccessible.registerAccessibleInterface(item) for item in items]
        grid._accessible_items = (key, items, ids)
        holder = grid.__dict__.setdefault("_accessible_ids", [])
        if not holder:
            grid.destroyed.connect(lambda _obj=None, holder=holder: _unregister(holder))
        holder[:] = ids
    return grid._accessible_items[1]


def forget_items(grid) -> None:
    cached = grid.__dict__.pop("_accessible_items", None)
    if cached is not None:
        _unregister(cached[2])


def _unregister(ids: list[int]) -> None:
    """Qt deletes the items it was given; a grid that is gone leaves none behind."""
    for unique_id in ids:
        QAccessible.deleteAccessibleInterface(unique_id)
    ids.clear()


def sessions_changed(grid: QWidget) -> None:
    """Tell a listening screen reader that the list of sessions changed."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(grid, QAccessible.Event.NameChanged))


def _factory(class_name: str, obj: QObject):
    from .grids import CalendarGrid

    if isinstance(obj, CalendarGrid):
        return GridAccessible(obj)
    return None


_installed = False


def install_grid_accessibility() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
