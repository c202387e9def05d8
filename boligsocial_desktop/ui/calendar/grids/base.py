"""What the calendar grids share: the signals, keyboard, mouse and drag-and-drop, and painting a session or a
holiday band; `RoomGrid` adds the rooms side by side for the week and day grids.

The grids only draw what they are given and report what the user does (open a
session, open an empty slot, drop a session elsewhere, step the period); the page
decides what that means and does the database work.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from PySide6.QtCore import QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ....domain.danish import clock_range, short_date
from ....services.calendar import SessionView
from ....services.places import RoomInfo
from ... import clock

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
        self.selected_day = clock.today()
        self.today = clock.today()
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
        self.select_day(self.selected_day + timedelta(days=offsets[Qt.Key(key)]))

    def selected_slot(self) -> tuple[date, str | None]:
        """What Enter opens when it opens no session: the selected day (with no room)."""
        return self.selected_day, None

    def selected_sessions(self) -> list[SessionView]:
        """The sessions shown in the selected slot."""
        return [session for session in self.sessions if session.day == self.selected_day]

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
            self.activate_selection()
        else:
            super().keyPressEvent(event)

    def activate_selection(self) -> None:
        """Enter: the selected slot's only session opens, as a double-click on it does; else the slot opens."""
        sessions = self.selected_sessions()
        if len(sessions) == 1:
            self.sessionActivated.emit(sessions[0].id)
        else:
            self.slotActivated.emit(*self.selected_slot())

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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(SESSION_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(SESSION_MIME) and self.slot_at(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        slot = self.slot_at(event.position().toPoint())
        if not slot or not event.mimeData().hasFormat(SESSION_MIME):
            return
        session_id = bytes(event.mimeData().data(SESSION_MIME).data()).decode()
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

    def _begin_paint(self) -> QPainter:
        """A new paint: the clickable rectangles forgotten, the background filled."""
        self._session_rects, self.band_rects = [], []
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        return painter


class RoomGrid(CalendarGrid):
    """A grid with the rooms side by side: a room can be selected, and Enter opens the selected day in that room."""

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

    def selected_slot(self) -> tuple[date, str | None]:
        return self.selected_day, self.selected_room

    def selected_sessions(self) -> list[SessionView]:
        return [session for session in super().selected_sessions() if session.room_id == self.selected_room]

    def _paint_no_rooms(self, painter: QPainter) -> None:
        painter.setPen(self.colour("#455a64"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                         self.tr("No rooms to show. Choose another estate or house, or create rooms in Settings."))
        painter.end()
