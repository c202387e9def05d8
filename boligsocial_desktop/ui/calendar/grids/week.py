"""The week grid: seven days down, the rooms side by side."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ....domain.danish import clock_range
from ....services.calendar import SessionView
from ....services.places import RoomInfo
from ... import clock
from ..accessible import sessions_changed
from .base import WEEKDAY_SHORT, RoomGrid


class WeekGrid(RoomGrid):
    """Seven days down, the rooms side by side; each cell lists that room's sessions that day."""

    DAY_COLUMN = 92
    HEADER = 40

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.days: list[date] = []

    def set_week(self, days: list[date], rooms: list[RoomInfo], sessions: list[SessionView], selected: date) -> None:
        self.days, self.rooms, self.sessions, self.selected_day = days, rooms, sessions, selected
        sessions_changed(self)
        self.today = clock.today()
        self.update()

    def step_selection(self, key: int) -> None:
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.rooms:
            self.step_room(key)
        else:
            self.select_day(self.selected_day + timedelta(days=1 if key == Qt.Key.Key_Down else -1))

    def _cell_size(self) -> tuple[float, float]:
        columns = max(len(self.rooms), 1)
        rows = max(len(self.days), 1)
        return (self.width() - self.DAY_COLUMN) / columns, (self.height() - self.HEADER) / rows

    def slot_at(self, pos: QPoint) -> tuple[date, str | None] | None:
        if not self.rooms or pos.x() < self.DAY_COLUMN or pos.y() < self.HEADER:
            return None
        width, height = self._cell_size()
        column, row = int((pos.x() - self.DAY_COLUMN) // width), int((pos.y() - self.HEADER) // height)
        if 0 <= column < len(self.rooms) and 0 <= row < len(self.days):
            return self.days[row], self.rooms[column].id
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin_paint()
        if not self.rooms:
            self._paint_no_rooms(painter)
            return
        width, height = self._cell_size()
        line = painter.fontMetrics().height() + 3
        cells: dict[tuple[date, str], list[SessionView]] = {}
        for session in self.sessions:
            cells.setdefault((session.day, session.room_id), []).append(session)
        painter.setPen(self.colour("#455a64"))
        for column, room in enumerate(self.rooms):
            rect = QRectF(self.DAY_COLUMN + column * width, 0, width, self.HEADER).toRect().adjusted(2, 0, -2, 0)
            label = f"{room.house_name}\n{room.name}" if len({r.house_id for r in self.rooms}) > 1 else room.name
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, rect.width() * 2))
        for row, day in enumerate(self.days):
            top = self.HEADER + row * height
            day_rect = QRectF(0, top, self.DAY_COLUMN, height).toRect()
            if day == self.today:
                painter.fillRect(day_rect, self.colour("#fff8e1"))
            painter.setPen(self.colour("#212121"))
            painter.drawText(day_rect.adjusted(6, 4, -4, -4), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             f"{WEEKDAY_SHORT[day.weekday()]} {day.day}/{day.month}")
            band = line if day in self.marks else 0
            for column, room in enumerate(self.rooms):
                cell = QRectF(self.DAY_COLUMN + column * width, top, width, height).toRect()
                if day == self.today:
                    painter.fillRect(cell.adjusted(0, band, 0, 0), self.colour("#fffdf3"))
                painter.setPen(QPen(self.colour("#cfd8dc")))
                painter.drawRect(cell)
                y = cell.top() + 3 + band
                for session in cells.get((day, room.id), []):
                    if y + line > cell.bottom():
                        break
                    self._draw_session(
                        painter,
                        QRect(cell.left() + 2, y, cell.width() - 4, line - 1),
                        session,
                        f"{clock_range(session.start, session.end).removeprefix('kl. ')} {session.title}",
                    )
                    y += line
                if day == self.selected_day and room.id == self.selected_room:
                    painter.setPen(QPen(self.palette().highlight().color(), 2))
                    painter.drawRect(cell.adjusted(1, 1, -1, -1))
            if band:  # across all rooms, over the lines between them
                self._draw_band(painter, QRectF(self.DAY_COLUMN + 1, top + 2, self.width() - self.DAY_COLUMN - 2,
                                                line - 1).toRect(), day)
        painter.end()
