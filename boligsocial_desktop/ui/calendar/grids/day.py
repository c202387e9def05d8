"""The day grid: the rooms side by side, hours down, sessions as blocks at their times."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPaintEvent, QPen

from ....domain.danish import clock_range
from ....services.calendar import SessionView
from ....services.places import RoomInfo
from ... import clock
from ..accessible import sessions_changed
from .base import FIRST_HOUR, LAST_HOUR, RoomGrid


class DayGrid(RoomGrid):
    """One day: the rooms side by side, hours down, sessions as blocks at their times."""

    TIME_COLUMN = 52
    BASE_HEADER = 40
    BAND = 20

    @property
    def HEADER(self) -> int:
        return self.BASE_HEADER + (self.BAND if self.selected_day in self.marks else 0)

    def set_day(self, day: date, rooms: list[RoomInfo], sessions: list[SessionView]) -> None:
        self.selected_day, self.rooms, self.sessions = day, rooms, sessions
        sessions_changed(self)
        self.today = clock.today()
        self.update()

    def step_selection(self, key: int) -> None:
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.periodStep.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif self.rooms:
            self.step_room(key)

    def _hour_height(self) -> float:
        return (self.height() - self.HEADER) / (LAST_HOUR - FIRST_HOUR)

    def _column_width(self) -> float:
        return (self.width() - self.TIME_COLUMN) / max(len(self.rooms), 1)

    def _y(self, moment: time) -> float:
        hours = moment.hour + moment.minute / 60 - FIRST_HOUR
        return self.HEADER + max(0.0, min(hours, LAST_HOUR - FIRST_HOUR)) * self._hour_height()

    def slot_at(self, pos: QPoint) -> tuple[date, str | None] | None:
        if not self.rooms or pos.x() < self.TIME_COLUMN or pos.y() < self.HEADER:
            return None
        column = int((pos.x() - self.TIME_COLUMN) // self._column_width())
        return (self.selected_day, self.rooms[column].id) if 0 <= column < len(self.rooms) else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin_paint()
        if not self.rooms:
            self._paint_no_rooms(painter)
            return
        width = self._column_width()
        hour = self._hour_height()
        band = self.BAND if self.selected_day in self.marks else 0
        if band:
            self._draw_band(painter, QRect(self.TIME_COLUMN, 1, self.width() - self.TIME_COLUMN - 1, band - 2),
                            self.selected_day)
        painter.setPen(self.colour("#455a64"))
        for column, room in enumerate(self.rooms):
            rect = QRectF(self.TIME_COLUMN + column * width, band, width, self.HEADER - band).toRect() \
                .adjusted(2, 0, -2, 0)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, room.label)
        for step in range(LAST_HOUR - FIRST_HOUR + 1):
            y = int(self.HEADER + step * hour)
            painter.setPen(self.colour("#cfd8dc"))
            painter.drawLine(self.TIME_COLUMN, y, self.width(), y)
            painter.setPen(self.colour("#78909c"))
            painter.drawText(QRect(0, y - 8, self.TIME_COLUMN - 6, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{FIRST_HOUR + step:02d}.00")
        for column, room in enumerate(self.rooms):
            left = int(self.TIME_COLUMN + column * width)
            painter.setPen(self.colour("#cfd8dc"))
            painter.drawLine(left, self.HEADER, left, self.height())
            if room.id == self.selected_room:
                painter.setPen(QPen(self.palette().highlight().color(), 2))
                painter.drawRect(QRect(left + 1, self.HEADER, int(width) - 2, self.height() - self.HEADER - 1))
            for session in (s for s in self.sessions if s.room_id == room.id):
                top, bottom = self._y(session.start), self._y(session.end)
                rect = QRectF(left + 3, top + 1, width - 6, max(bottom - top - 2, 14)).toRect()
                self._draw_session(painter, rect, session,
                                   f"{clock_range(session.start, session.end).removeprefix('kl. ')} {session.title}")
        painter.end()

