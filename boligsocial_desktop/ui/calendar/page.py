"""Kalender: month, week and day views over the houses' rooms, with filters and actions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from ...domain.danish import long_date, month_name, week_number
from ...errors import ValidationError
from ...services.calendar import ActivityDraft, ActivityInfo, CalendarService, SessionFilter, SessionView
from ...services.places import EstateInfo, HouseInfo, PlacesService, RoomInfo
from ...settings import Settings
from .. import clock
from ..context import AppContext
from ..form_fields import refill_combo
from ..forms.calendar_page_ui import Ui_CalendarPage
from ..messages import show_error
from ..watched_tables import ACTIVITIES, PLACES
from .grids import CalendarGrid, DayGrid, MonthGrid, WeekGrid

if TYPE_CHECKING:
    from .export_dialog import ExportChoiceDialog

MONTH, WEEK, DAY = "month", "week", "day"


@dataclass(frozen=True)
class _Choices:
    estates: list[EstateInfo]
    houses: list[HouseInfo]
    rooms: list[RoomInfo]
    focus_areas: list[tuple[str, str]]


@dataclass(frozen=True)
class _Shown:
    rooms: list[RoomInfo]
    sessions: list[SessionView]
    marks: dict[date, str] = field(default_factory=dict)  # "1. juledag" / "Lukket: juleferie" by day


def month_bounds(anchor: date) -> tuple[date, date]:
    first = anchor.replace(day=1)
    start = first - timedelta(days=first.weekday())
    return start, start + timedelta(days=41)


class CalendarPage(QWidget):
    choices_shown = Signal()  # the estates, houses and rooms (re)read from the worker are in the filters

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = CalendarService(context.db)
        self.ui = Ui_CalendarPage()
        self.ui.setupUi(self)
        self.settings = Settings()
        self.mode = WEEK
        self.anchor = clock.today()
        self.choices = _Choices([], [], [], [])
        self.shown = _Shown([], [])
        self.month_grid, self.week_grid, self.day_grid = MonthGrid(), WeekGrid(), DayGrid()
        self.month_grid.setAccessibleName(self.tr("Month calendar: the sessions of the month"))
        self.week_grid.setAccessibleName(self.tr("Week calendar: the sessions of the week"))
        self.day_grid.setAccessibleName(self.tr("Day calendar: the sessions of the day"))
        for grid in (self.month_grid, self.week_grid, self.day_grid):
            self.ui.views.addWidget(grid)
            grid.periodStep.connect(self.step)
            grid.todayRequested.connect(self.go_today)
            grid.sessionActivated.connect(self.open_session)
            grid.slotActivated.connect(self.open_slot)
            grid.sessionDropped.connect(self.drop_session)
            grid.selectedDateChanged.connect(self._follow_selection)
        previous: QWidget = self.ui.focusCombo  # Tab: the filters, the calendar shown, then the buttons under it
        for grid in (self.month_grid, self.week_grid, self.day_grid):
            QWidget.setTabOrder(previous, grid)
            previous = grid
        QWidget.setTabOrder(previous, self.ui.newActivityButton)
        self.ui.monthButton.clicked.connect(lambda: self.set_mode(MONTH))
        self.ui.weekButton.clicked.connect(lambda: self.set_mode(WEEK))
        self.ui.dayButton.clicked.connect(lambda: self.set_mode(DAY))
        self.ui.previousButton.clicked.connect(lambda: self.step(-1))
        self.ui.nextButton.clicked.connect(lambda: self.step(1))
        self.ui.todayButton.clicked.connect(self.go_today)
        self.ui.estateCombo.currentIndexChanged.connect(self._estate_changed)
        self.ui.houseCombo.currentIndexChanged.connect(self._house_changed)
        self.ui.roomCombo.currentIndexChanged.connect(self.reload)
        self.ui.focusCombo.currentIndexChanged.connect(self.reload)
        self.ui.newActivityButton.clicked.connect(lambda: self.new_activity(self.current_grid().selected_day, None))
        self.ui.attendanceButton.clicked.connect(self.open_attendance)
        self.ui.programmeButton.clicked.connect(self.open_programme)
        self.ui.icsButton.clicked.connect(self.export_ics)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.step(-1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.step(1))
        context.watch(self, PLACES | {"focus_areas"}, self.load_choices)
        context.watch(self, ACTIVITIES, self.reload)
        self.ui.weekButton.setChecked(True)
        self.ui.views.setCurrentWidget(self.week_grid)
        self.load_choices()

    # --- filters ------------------------------------------------------------

    def load_choices(self) -> None:
        db, today = self.context.db, clock.today()

        def load() -> _Choices:
            places = PlacesService(db)
            # Archived rooms too: their sessions stay in the calendar; new bookings never go there.
            return _Choices(places.estates(), places.houses(), places.rooms(include_archived=True),
                            CalendarService(db).focus_areas(today))

        self.context.tasks.run(load, self._show_choices, lambda exc: show_error(self, exc))

    def _show_choices(self, choices: _Choices) -> None:
        self.choices = choices
        refill_combo(self.ui.estateCombo, [(e.name, e.id) for e in choices.estates],
                     keep=self.ui.estateCombo.currentData() or self.settings.calendar_estate_id)
        refill_combo(self.ui.focusCombo, [(name, area_id) for area_id, name in choices.focus_areas],
                     self.tr("All focus areas"))
        self._estate_changed()
        self.choices_shown.emit()

    def _estate_changed(self) -> None:
        estate_id = self.ui.estateCombo.currentData()
        if estate_id:
            self.settings.calendar_estate_id = estate_id
        refill_combo(self.ui.houseCombo, [(h.name, h.id) for h in self.choices.houses if h.estate_id == estate_id],
                     self.tr("All houses"))
        self._house_changed()

    def _house_changed(self) -> None:
        refill_combo(self.ui.roomCombo, [(room.label + (" " + self.tr("(archived)") if room.archived else ""), room.id)
                                         for room in self.filtered_rooms(ignore_room=True)], self.tr("All rooms"))
        self.reload()

    def filtered_rooms(self, ignore_room: bool = False) -> list[RoomInfo]:
        estate_id, house_id = self.ui.estateCombo.currentData(), self.ui.houseCombo.currentData()
        room_id = None if ignore_room else self.ui.roomCombo.currentData()
        return [r for r in self.choices.rooms
                if r.estate_id == estate_id and (not house_id or r.house_id == house_id)
                and (not room_id or r.id == room_id)]

    def current_filter(self) -> SessionFilter:
        return SessionFilter(estate_id=self.ui.estateCombo.currentData(), house_id=self.ui.houseCombo.currentData(),
                             room_id=self.ui.roomCombo.currentData(), focus_area_id=self.ui.focusCombo.currentData())

    # --- period and mode ----------------------------------------------------

    def current_grid(self) -> CalendarGrid:
        return {MONTH: self.month_grid, WEEK: self.week_grid, DAY: self.day_grid}[self.mode]

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        {MONTH: self.ui.monthButton, WEEK: self.ui.weekButton, DAY: self.ui.dayButton}[mode].setChecked(True)
        self.ui.views.setCurrentWidget(self.current_grid())
        self.reload()
        self.current_grid().setFocus()

    def step(self, direction: int) -> None:
        if self.mode == MONTH:
            month_index = self.anchor.year * 12 + self.anchor.month - 1 + direction
            self.anchor = date(month_index // 12, month_index % 12 + 1, 1)
        else:
            self.anchor += timedelta(days=direction * (7 if self.mode == WEEK else 1))
        self.reload()

    def go_today(self) -> None:
        self.anchor = clock.today()
        self.reload()

    def set_anchor(self, day: date) -> None:
        self.anchor = day
        self.reload()

    def _follow_selection(self, day: date) -> None:
        first, last = self.period()
        shown_month = self.anchor.month
        self.anchor = day
        if not first <= day <= last or (self.mode == MONTH and day.month != shown_month):
            self.reload()

    def period(self) -> tuple[date, date]:
        if self.mode == MONTH:
            return month_bounds(self.anchor)
        if self.mode == WEEK:
            monday = self.anchor - timedelta(days=self.anchor.weekday())
            return monday, monday + timedelta(days=6)
        return self.anchor, self.anchor

    def period_label(self) -> str:
        if self.mode == MONTH:
            return f"{month_name(self.anchor.month)} {self.anchor.year}"
        first, last = self.period()
        if self.mode == WEEK:
            return f"uge {week_number(first)} · {first.day}. {month_name(first.month)} – " \
                   f"{last.day}. {month_name(last.month)} {last.year}"
        return long_date(self.anchor)

    def reload(self) -> None:
        first, last = self.period()
        where = self.current_filter()
        rooms = self.filtered_rooms()
        service = self.service
        self.ui.periodLabel.setText(f"<b>{self.period_label()}</b>")
        if where.estate_id is None:
            self._show(_Shown([], []))
            return
        def load() -> _Shown:
            sessions = service.sessions_between(first, last, where)
            used = {s.room_id for s in sessions}
            return _Shown([r for r in rooms if not r.archived or r.id in used],  # archived: history only
                          sessions, service.day_marks(first, last, where.estate_id))

        self.context.tasks.run(load, self._show, lambda exc: show_error(self, exc))

    def _show(self, shown: _Shown) -> None:
        self.shown = shown
        for grid in (self.month_grid, self.week_grid, self.day_grid):
            grid.marks = shown.marks
        if self.mode == MONTH:
            self.month_grid.set_month(self.anchor.year, self.anchor.month, shown.sessions, self.anchor)
        elif self.mode == WEEK:
            first, _ = self.period()
            self.week_grid.set_week([first + timedelta(days=i) for i in range(7)], shown.rooms, shown.sessions,
                                    self.anchor)
        else:
            self.day_grid.set_day(self.anchor, shown.rooms, shown.sessions)

    # --- actions ----------------------------------------------------------------

    def session_by_id(self, session_id: str) -> SessionView | None:
        return next((s for s in self.shown.sessions if s.id == session_id), None)

    def open_slot(self, day: date, room_id: str | None) -> None:
        if self.mode == MONTH:
            self.anchor = day
            self.set_mode(DAY)
        else:
            self.new_activity(day, room_id)

    def new_activity(self, day: date, room_id: str | None, draft: ActivityDraft | None = None) -> None:
        from .activity_dialog import ActivityDialog

        estate_id = self.ui.estateCombo.currentData()
        if estate_id is None:
            show_error(self, _no_estate_error())
            return
        rooms = [r for r in self.choices.rooms if r.estate_id == estate_id and not r.archived]
        if not rooms:  # explain, and offer to make the house or room first
            from ..first_steps import explain_missing_rooms

            explain_missing_rooms(self, self.context, estate_id,
                                  [h for h in self.choices.houses if h.estate_id == estate_id])
            return
        dialog = ActivityDialog(self.context, rooms, self.choices.focus_areas, estate_id, day, room_id, draft, self)
        if dialog.exec():
            self.reload()

    def open_session(self, session_id: str) -> None:
        from .session_dialog import SessionDialog

        session = self.session_by_id(session_id)
        if session is None:
            return
        rooms = [r for r in self.choices.rooms if r.estate_id == session.estate_id
                 and (not r.archived or r.id == session.room_id)]  # its own room, even archived, keeps its place
        dialog = SessionDialog(self.context, session, rooms, self)
        dialog.exec()
        if dialog.copy_draft is not None:
            self.new_activity(dialog.copy_draft.start_date, dialog.copy_draft.room_id, dialog.copy_draft)
        self.reload()

    def drop_session(self, session_id: str, day: date, room_id: str | None) -> None:
        session = self.session_by_id(session_id)
        if session is None:
            return
        target_room = room_id or session.room_id
        if (day, target_room) == (session.day, session.room_id):
            return
        service = self.service
        self.context.tasks.run(
            lambda: service.move_session(session_id, day, session.start, session.end, target_room),
            lambda moved: self.reload(), lambda exc: show_error(self, exc, self.tr("The session was not moved")))

    def open_attendance(self) -> None:
        from .attendance_dialog import AttendanceDialog

        today = clock.today()
        monday = today - timedelta(days=today.weekday() + 7)
        AttendanceDialog(self.context, monday, self.ui.estateCombo.currentData(), self).exec()
        self.reload()

    def open_programme(self) -> None:
        from .programme_dialog import ProgrammeDialog

        estate_id = self.ui.estateCombo.currentData()
        if estate_id is None:
            show_error(self, _no_estate_error())
            return
        houses = [h for h in self.choices.houses if h.estate_id == estate_id]
        estate = next(e for e in self.choices.estates if e.id == estate_id)
        ProgrammeDialog(self.context, estate, houses, self.ui.houseCombo.currentData(), self.anchor, self).exec()

    def export_ics(self) -> None:
        estate_id = self.ui.estateCombo.currentData()
        if estate_id is None:
            show_error(self, _no_estate_error())
            return
        service = self.service
        self.context.tasks.run(lambda: service.activities(estate_id), self._choose_export,
                               lambda exc: show_error(self, exc))

    def _choose_export(self, activities: list[ActivityInfo]) -> None:
        from ...services.calendar_files import CalendarFiles
        from ...services.flyers import safe_file_name
        from .export_dialog import ExportChoiceDialog

        estate_id = self.ui.estateCombo.currentData()
        estate = next(e for e in self.choices.estates if e.id == estate_id)
        houses = [h for h in self.choices.houses if h.estate_id == estate_id]
        dialog = ExportChoiceDialog(estate, houses, activities, self.ui.houseCombo.currentData(), self)
        choice = dialog.choice() if self.ask_export_choice(dialog) else None
        if choice is None:
            return
        scope, target_id, name = choice
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar"), f"{safe_file_name(name)}.ics",
                                              self.tr("Calendar files (*.ics)"))
        if not path:
            return
        files = CalendarFiles(self.context.db)
        self.context.tasks.run(lambda: files.write_ics(scope, target_id, path),
                               lambda count: self._tell_in_status_bar(
                                   self.tr("%n session(s) exported to %1", "", count).replace("%1", path)),
                               lambda exc: show_error(self, exc))

    def _tell_in_status_bar(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    def ask_export_choice(self, dialog: ExportChoiceDialog) -> bool:
        """Shows the chooser; a seam for tests."""
        return bool(dialog.exec())


def _no_estate_error() -> ValidationError:
    return ValidationError("Der er ingen afdeling endnu. Opret en afdeling med huse og lokaler under "
                           "Indstillinger, eller indlæs demodata.")
