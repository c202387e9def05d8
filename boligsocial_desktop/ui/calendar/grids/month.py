"""The month grid: six weeks of days with ISO week numbers; each day lists its sessions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from ....domain.danish import week_number
from ....services.calendar import SessionView
from ... import clock
from ..accessible import sessions_changed
from .base import WEEKDAY_SHORT, CalendarGrid, session_text


class MonthGrid(CalendarGrid):
    """Six weeks of days with ISO week numbers; each day lists its sessions."""

    WEEK_COLUMN = 44
    HEADER = 26

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.year, self.month = self.today.year, self.today.month

    def set_month(self, year: int, month: int, sessions: list[SessionView], selected: date) -> None:
        self.year, self.month, self.sessions, self.selected_day = year, month, sessions, selected
        sessions_changed(self)
        self.today = clock.today()
        self.update()

    def first_shown(self) -> date:
        first = date(self.year, self.month, 1)
        return first - timedelta(days=first.weekday())

    def _cell_size(self) -> tuple[float, float]:
        return (self.width() - self.WEEK_COLUMN) / 7, (self.height() - self.HEADER) / 6

    def slot_at(self, pos: QPoint) -> tuple[date, str | None] | None:
        width, height = self._cell_size()
        column = int((pos.x() - self.WEEK_COLUMN) // width)
        row = int((pos.y() - self.HEADER) // height)
        if pos.x() < self.WEEK_COLUMN or pos.y() < self.HEADER or not (0 <= column < 7 and 0 <= row < 6):
            return None
        return self.first_shown() + timedelta(days=row * 7 + column), None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._begin_paint()
        width, height = self._cell_size()
        metrics = painter.fontMetrics()
        line = metrics.height() + 3
        bold = QFont(painter.font())
        bold.setBold(True)
        by_day: dict[date, list[SessionView]] = {}
        for session in self.sessions:
            by_day.setdefault(session.day, []).append(session)
        grid_pen = QPen(self.colour("#cfd8dc"))
        painter.setPen(self.colour("#455a64"))
        painter.drawText(QRect(0, 0, self.WEEK_COLUMN, self.HEADER), Qt.AlignmentFlag.AlignCenter, self.tr("Week"))
        for column, name in enumerate(WEEKDAY_SHORT):
            rect = QRectF(self.WEEK_COLUMN + column * width, 0, width, self.HEADER).toRect()
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        start = self.first_shown()
        for row in range(6):
            monday = start + timedelta(days=row * 7)
            top = self.HEADER + row * height
            painter.setPen(self.colour("#78909c"))
            painter.drawText(QRectF(0, top, self.WEEK_COLUMN, height).toRect(),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(week_number(monday)))
            for column in range(7):
                day = monday + timedelta(days=column)
                cell = QRectF(self.WEEK_COLUMN + column * width, top, width, height).toRect()
                in_month = day.month == self.month
                if not in_month:
                    painter.fillRect(cell, self.colour("#f5f5f5"))
                if day == self.today:
                    painter.fillRect(cell, self.colour("#fff8e1"))
                painter.setPen(grid_pen)
                painter.drawRect(cell)
                painter.setFont(bold if day == self.today else self.font())
                painter.setPen(self.colour("#212121") if in_month else self.colour("#9e9e9e"))
                painter.drawText(cell.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                                 str(day.day))
                painter.setFont(self.font())
                items = by_day.get(day, [])
                y = cell.top() + line + 2
                if day in self.marks:
                    self._draw_band(painter, QRect(cell.left() + 2, y, cell.width() - 4, line - 1), day)
                    y += line
                capacity = max(0, (cell.bottom() - y) // line)
                shown = items if len(items) <= capacity else items[: max(capacity - 1, 0)]
                for session in shown:
                    self._draw_session(painter, QRect(cell.left() + 2, y, cell.width() - 4, line - 1), session,
                                       session_text(session))
                    y += line
                if len(shown) < len(items):
                    painter.setPen(self.colour("#455a64"))
                    painter.drawText(QRect(cell.left() + 6, y, cell.width() - 8, line), Qt.AlignmentFlag.AlignLeft,
                                     self.tr("+%1 more").replace("%1", str(len(items) - len(shown))))
                if day == self.selected_day:
                    painter.setPen(QPen(self.palette().highlight().color(), 2))
                    painter.drawRect(cell.adjusted(1, 1, -1, -1))
        painter.end()
