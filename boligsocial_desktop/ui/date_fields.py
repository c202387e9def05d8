"""The one date field and the one time field of every form.

They are line edits, so the keyboard works as in any text field: click in (or Tab in;
the text is then selected, as by Ctrl+A) and type `3/12`, `3-12-26`, `03122026`, `i dag`,
`i morgen`, `15`, `1530` or `15.30` (read by the one grammar in domain/dates.py); Tab
goes to the next field, never through the parts of one field. The value is taken when
the field is left or Enter is pressed; text that is not a date stays, marked red with
the reason, and the last good value is kept. The mouse wheel never changes a value;
Up/Down change it only in the field that has the focus (a day, or a quarter of an hour).
Alt+Down or F4 opens a month calendar.

They offer the part of QDateEdit/QTimeEdit the forms use (date()/setDate(), dateChanged,
minimum/maximum date, a special text for "no date" at the minimum), so a form changes
its widget class only.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

from ..domain.dates import DateTextError, parse_typed_date, parse_typed_time
from . import clock
from .status_colours import themed

ERROR_STYLE = "QLineEdit { border: 1px solid #b00020; }"


def _calendar_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#455a64"))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, QColor("#455a64"))
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, QColor("#455a64"))
    painter.end()
    return QIcon(pixmap)


class _TypedField(QLineEdit):
    """What both fields share: select all on entry, read on leaving, red and kept when unreadable."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: scrolling past never lands here
        self.error: str | None = None
        self.editingFinished.connect(self.commit)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)  # after the click has placed the cursor

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self.isModified() or self.error:
            self.commit()

    def wheelEvent(self, event) -> None:
        event.ignore()  # the page scrolls; the value stays

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.commit()
            if not self.error:
                self.step(1 if event.key() == Qt.Key.Key_Up else -1)
                self.selectAll()
            return
        super().keyPressEvent(event)

    def _show_error(self, message: str | None) -> None:
        self.error = message
        self.setStyleSheet(themed(ERROR_STYLE if message else ""))
        self.setToolTip(message[0].upper() + message[1:] + "." if message else "")

    def commit(self) -> None:  # pragma: no cover - each field reads its own values
        raise NotImplementedError

    def step(self, direction: int) -> None:  # pragma: no cover
        raise NotImplementedError


class DateField(_TypedField):
    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._date = clock.qdate_today()
        self._minimum, self._maximum = QDate(1900, 1, 1), QDate(2100, 12, 31)
        self._special = ""
        self._format = "dd-MM-yyyy"
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setToolTip("")
        self.popup_action = QAction(_calendar_icon(), self.tr("Choose in a calendar (Alt+Down)"), self)
        self.popup_action.triggered.connect(self.open_calendar)
        self.addAction(self.popup_action, QLineEdit.ActionPosition.TrailingPosition)
        self._popup: QWidget | None = None
        self._show()

    # QDateEdit's API, as far as the forms use it
    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate | dt.date) -> None:
        value = QDate(value.year, value.month, value.day) if isinstance(value, dt.date) else value
        value = max(self._minimum, min(self._maximum, value))
        changed = value != self._date
        self._date = value
        self._show_error(None)
        self._show()
        if changed:
            self.dateChanged.emit(QDate(value))

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    def setMinimumDate(self, value: QDate) -> None:
        self._minimum = QDate(value)
        if self._date < self._minimum:
            self.setDate(self._minimum)

    def maximumDate(self) -> QDate:
        return QDate(self._maximum)

    def setMaximumDate(self, value: QDate) -> None:
        self._maximum = QDate(value)
        if self._date > self._maximum:
            self.setDate(self._maximum)

    def specialValueText(self) -> str:
        return self._special

    def setSpecialValueText(self, text: str) -> None:
        """Shown when the date is the minimum ("no date"); an emptied field means that date."""
        self._special = text
        self._show()

    def setCalendarPopup(self, enabled: bool) -> None:
        self.popup_action.setVisible(enabled)

    def setDisplayFormat(self, text: str) -> None:
        self._format = text
        self._show()

    # typing
    def _show(self) -> None:
        empty = self._special and self._date == self._minimum
        self.setText(self._special if empty else self._date.toString(self._format))
        self.setModified(False)

    def commit(self) -> None:
        typed = self.text().strip()
        if self._special and typed in ("", self._special):
            self.setDate(self._minimum)
            return
        try:
            day = parse_typed_date(typed, clock.today())
        except DateTextError as exc:
            self._show_error(str(exc))
            return
        value = QDate(day.year, day.month, day.day)
        if not self._minimum <= value <= self._maximum:
            low, high = self._minimum.toString(self._format), self._maximum.toString(self._format)
            self._show_error(f"datoen skal ligge fra {low} til {high}")
            return
        self.setDate(value)

    def step(self, direction: int) -> None:
        if self._special and self._date == self._minimum:
            self.setDate(clock.qdate_today())
        else:
            self.setDate(self._date.addDays(direction))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                             and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        self.commit()
        popup = QWidget(self, Qt.WindowType.Popup)
        layout = QVBoxLayout(popup)
        layout.setContentsMargins(0, 0, 0, 0)
        calendar = QCalendarWidget(popup)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        calendar.setDateRange(self._minimum, self._maximum)
        calendar.setSelectedDate(clock.qdate_today() if self._special and self._date == self._minimum else self._date)
        layout.addWidget(calendar)

        def chosen(value: QDate) -> None:
            popup.close()
            self.setDate(value)
            self.setFocus()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        calendar.setFocus()
        self._popup = popup


class TimeField(_TypedField):
    timeChanged = Signal(QTime)
    STEP_MINUTES = 15

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._time = QTime(0, 0)
        self.setPlaceholderText(self.tr("hh:mm"))
        self._show()

    def time(self) -> QTime:
        return QTime(self._time)

    def setTime(self, value: QTime | dt.time) -> None:
        value = QTime(value.hour, value.minute) if isinstance(value, dt.time) else QTime(value.hour(), value.minute())
        changed = value != self._time
        self._time = value
        self._show_error(None)
        self._show()
        if changed:
            self.timeChanged.emit(QTime(value))

    def setDisplayFormat(self, text: str) -> None:
        self._show()

    def _show(self) -> None:
        self.setText(self._time.toString("HH:mm"))
        self.setModified(False)

    def commit(self) -> None:
        try:
            value = parse_typed_time(self.text())
        except DateTextError as exc:
            self._show_error(str(exc))
            return
        self.setTime(value)

    def step(self, direction: int) -> None:
        # any one day: only the clock time steps, and a step past midnight is refused below
        moment = dt.datetime.combine(dt.date(2000, 1, 1), dt.time(self._time.hour(), self._time.minute()))
        minutes = (moment.minute // self.STEP_MINUTES) * self.STEP_MINUTES
        if direction < 0 and minutes != moment.minute:
            stepped = moment.replace(minute=minutes)
        else:
            stepped = moment.replace(minute=minutes) + dt.timedelta(minutes=self.STEP_MINUTES * direction)
        if stepped.date() == moment.date():
            self.setTime(stepped.time())
