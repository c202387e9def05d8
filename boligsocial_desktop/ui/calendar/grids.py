"""Custom-painted calendar grids: month (days), week (days × rooms) and day (rooms × hours).

The grids only draw what they are given and report what the user does (open a
session, open an empty slot, drop a session elsewhere, step the period); the page
decides what that means and does the database work.
"""

from __future__ import annotations

import hashlib
from datetime import date, time, timedelta

from PySide6.QtCore import QMimeData, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.danish import clock_range, short_date, week_number
from ...services.calendar import SessionView
from ...services.places import RoomInfo
from .accessible import sessions_changed

WEEKDAY_SHORT = ("man", "tir", "ons", "tor", "fre", "lør", "søn")
PALETTE = ("#2e7d32", "#1565c0", "#6a1b9a", "#c62828", "#ef6c00", "#00838f", "#4e342e", "#ad1457")
SESSION_MIME = "application/x-boligsocial-session"
FIRST_HOUR, LAST_HOUR = 8, 22


def focus_colour(focus_area_id: str | None) -> QColor:
    if not focus_area_id:
        return QColor("#546e7a")
    digest = hashlib.sha1(focus_area_id.encode()).digest()
    return QColor(PALETTE[digest[0] % len(PALETTE)])


def session_text(session: SessionView) -> str:
    return f"{session.start.strftime('%H.%M')} {session.title}"


# Fixed colours are for a light palette; on a dark one (Windows dark mode) they map to these.
DARK_VARIANTS = {"#9e9e9e": "#8a8a8a", "#455a64": "#b0bec5", "#78909c": "#90a4ae", "#cfd8dc": "#455a64",
                 "#f5f5f5": "#262626", "#fff8e1": "#3a3320", "#fffdf3": "#2f2b1f", "#eeeeee": "#333333",
                 "#fdecea": "#4a2323", "#8e1b1b": "#ffb4ab"}


class CalendarGrid(QWidget):
    sessionActivated = Signal(str)
    slotActivated = Signal(object, object)  # day, room id (or None)
    sessionDropped = Signal(str, object, object)  # session id, day, room id
    selectedDateChanged = Signal(object)
    periodStep = Signal(int)
    todayRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.sessions: list[SessionView] = []
        self.selected_day = date.today()
        self.today = date.today()
        self._session_rects: list[tuple[QRect, SessionView]] = []
        self._press: tuple[QPoint, SessionView] | None = None
        self.marks: dict[date, str] = {}  # holidays and closing days: "1. juledag", "Lukket: juleferie"
        self.band_rects: list[tuple[QRect, str]] = []  # the day bands as last painted

    def set_marks(self, marks: dict[date, str]) -> None:
        self.marks = marks
        self.update()

    def _draw_band(self, painter: QPainter, rect: QRect, day: date) -> None:
        """The labelled band of a holiday or closing day across `rect`."""
        label = self.marks[day]
        painter.fillRect(rect, self.colour("#fdecea"))
        painter.setPen(self.colour("#8e1b1b"))
        inner = rect.adjusted(4, 0, -2, 0)
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, inner.width()))
        self.band_rects.append((rect, label))

    def minimumSizeHint(self) -> QSize:
        return QSize(560, 360)

    def colour(self, light: str) -> QColor:
        """A fixed light-theme colour, or its dark twin when the palette is dark (text follows the palette)."""
        if self.palette().base().color().lightness() >= 128:
            return QColor(light)
        if light == "#212121":
            return self.palette().text().color()
        return QColor(DARK_VARIANTS.get(light, light))

    # --- what subclasses provide -------------------------------------------

    def slot_at(self, pos: QPoint) -> tuple[date, str | None] | None:
        raise NotImplementedError

    def step_selection(self, key: int) -> None:
        offsets = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        self.select_day(self.selected_day + timedelta(days=offsets[key]))

    # --- shared behaviour ---------------------------------------------------

    def select_day(self, day: date) -> None:
        if day != self.selected_day:
            self.selected_day = day
            self.selectedDateChanged.emit(day)
            self.update()

    def session_at(self, pos: QPoint) -> SessionView | None:
        for rect, session in reversed(self._session_rects):
            if rect.contains(pos):
                return session
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_selection(key)
        elif key == Qt.Key.Key_PageUp:
            self.periodStep.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.periodStep.emit(1)
        elif key == Qt.Key.Key_T and not event.modifiers():
            self.todayRequested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.slotActivated.emit(self.selected_day, None)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        slot = self.slot_at(pos)
        if slot:
            self.select_day(slot[0])
        session = self.session_at(pos)
        self._press = (pos, session) if session and event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press and (pos - self._press[0]).manhattanLength() > 8:
            session = self._press[1]
            self._press = None
            if session.cancelled:
                return
            mime = QMimeData()
            mime.setData(SESSION_MIME, session.id.encode())
            drag = QDrag(self)
            drag.setMimeData(mime)
            drag.exec(Qt.DropAction.MoveAction)
            return
        hovered = self.session_at(pos)
        band = next((label for rect, label in self.band_rects if rect.contains(pos)), "")
        self.setToolTip(self._tooltip(hovered) if hovered else band)
        super().mouseMoveEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        session = self.session_at(pos)
        if session:
            self.sessionActivated.emit(session.id)
            return
        slot = self.slot_at(pos)
        if slot:
            self.slotActivated.emit(*slot)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(SESSION_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(SESSION_MIME) and self.slot_at(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        slot = self.slot_at(event.position().toPoint())
        if not slot or not event.mimeData().hasFormat(SESSION_MIME):
            return
        session_id = bytes(event.mimeData().data(SESSION_MIME)).decode()
        event.acceptProposedAction()
        self.sessionDropped.emit(session_id, slot[0], slot[1])

    def _tooltip(self, session: SessionView) -> str:
        status = self.tr(" (cancelled)") if session.cancelled else ""
        return f"{session.title}{status}\n{short_date(session.day)} {clock_range(session.start, session.end)}\n" \
               f"{session.house_name} – {session.room_name}"

    def _draw_session(self, painter: QPainter, rect: QRect, session: SessionView, text: str) -> None:
        colour = focus_colour(session.focus_area_id)
        if session.cancelled:
            painter.fillRect(rect, self.colour("#eeeeee"))
            painter.setPen(self.colour("#9e9e9e"))
        else:
            fill = QColor(colour)
            fill.setAlpha(40)
            painter.fillRect(rect, fill)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), colour)
            painter.setPen(self.colour("#212121"))
        font = painter.font()
        font.setStrikeOut(session.cancelled)
        painter.setFont(font)
        inner = rect.adjusted(6, 0, -2, 0)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
        font.setStrikeOut(False)
        painter.setFont(font)
        self._session_rects.append((rect, session))


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
        self.today = date.today()
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
        self._session_rects, self.band_rects = [], []
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
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


class RoomGrid(CalendarGrid):
    """A grid with the rooms side by side: a room can be selected, Enter opens the selected slot."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rooms: list[RoomInfo] = []
        self.selected_room: str | None = None

    def step_room(self, key: int) -> None:
        ids = [room.id for room in self.rooms]
        index = ids.index(self.selected_room) if self.selected_room in ids else 0
        self.selected_room = ids[max(0, min(len(ids) - 1, index + (1 if key == Qt.Key.Key_Right else -1)))]
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        slot = self.slot_at(event.position().toPoint())
        if slot:
            self.selected_room = slot[1]
            self.update()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.slotActivated.emit(self.selected_day, self.selected_room)
        else:
            super().keyPressEvent(event)

    def _paint_no_rooms(self, painter: QPainter) -> None:
        painter.setPen(self.colour("#455a64"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                         self.tr("No rooms to show. Choose another estate or house, or create rooms in Settings."))
        painter.end()


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
        self.today = date.today()
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
        self._session_rects, self.band_rects = [], []
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
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
        self.today = date.today()
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
        self._session_rects, self.band_rects = [], []
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
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

