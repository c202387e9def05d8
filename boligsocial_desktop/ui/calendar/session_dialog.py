"""One session: move it, cancel or reinstate it, record its attendance, or copy its activity."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog, QWidget

from ...domain.danish import clock_range, long_date
from ...errors import AppError
from ...services.calendar import ActivityDraft, CalendarService, SessionView
from ...services.places import RoomInfo
from .. import clock
from ..context import AppContext
from ..forms.calendar_session_dialog_ui import Ui_SessionDialog
from ..qt_dates import pydate, pytime, qdate, qtime
from ..status_colours import themed
from .activity_dialog import ERROR_STYLE


class SessionDialog(QDialog):
    def __init__(self, context: AppContext, session: SessionView, rooms: list[RoomInfo],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = CalendarService(context.db)
        self.session = session
        self.copy_draft: ActivityDraft | None = None
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        for room in rooms:
            self.ui.roomCombo.addItem(room.label, room.id)
        self.ui.moveButton.clicked.connect(self.move_session)
        self.ui.cancelSessionButton.clicked.connect(self.cancel_session)
        self.ui.reinstateButton.clicked.connect(self.reinstate)
        self.ui.attendanceButton.clicked.connect(self.open_attendance)
        self.ui.signupsButton.clicked.connect(self.open_signups)
        self.ui.activityButton.clicked.connect(self.copy_to_next_season)
        self.ui.editActivityButton.clicked.connect(self.edit_activity)
        self.rooms = rooms
        self.ui.closeButton.clicked.connect(self.accept)
        self.show_session(session)

    def show_session(self, session: SessionView) -> None:
        self.session = session
        ui = self.ui
        status = self.tr(" – cancelled") if session.cancelled else ""
        ui.headingLabel.setText(
            f"<h3>{session.title}{status}</h3>{long_date(session.day)} "
            f"{clock_range(session.start, session.end)} · {session.house_name} – {session.room_name}"
        )
        ui.dateEdit.setDate(qdate(session.day))
        ui.startTimeEdit.setTime(qtime(session.start))
        ui.endTimeEdit.setTime(qtime(session.end))
        ui.roomCombo.setCurrentIndex(max(0, ui.roomCombo.findData(session.room_id)))
        ui.cancelSessionButton.setVisible(not session.cancelled)
        ui.reinstateButton.setVisible(session.cancelled)
        ui.moveButton.setEnabled(not session.cancelled)
        ui.attendanceButton.setEnabled(not session.cancelled and session.day <= clock.today())

    def _run(self, work, done=None) -> None:
        self.ui.errorLabel.clear()

        def shown(result):
            self.show_session(result)
            if done:
                done()

        self.context.tasks.run(work, shown, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.setStyleSheet(themed(ERROR_STYLE))

    def move_session(self) -> None:
        ui, service, session_id = self.ui, self.service, self.session.id
        day, start, end = pydate(ui.dateEdit.date()), pytime(ui.startTimeEdit.time()), pytime(ui.endTimeEdit.time())
        room_id = ui.roomCombo.currentData()
        self._run(lambda: service.move_session(session_id, day, start, end, room_id), self.accept)

    def cancel_session(self) -> None:
        service, session_id, reason = self.service, self.session.id, self.ui.reasonEdit.text()
        self._run(lambda: service.cancel_session(session_id, reason))

    def reinstate(self) -> None:
        service, session_id = self.service, self.session.id
        self._run(lambda: service.reinstate_session(session_id))

    def open_attendance(self) -> None:
        from .attendance_dialog import AttendanceDialog

        monday = self.session.day - timedelta(days=self.session.day.weekday())
        dialog = AttendanceDialog(self.context, monday, self.session.estate_id, self, focus_session=self.session.id)
        dialog.exec()

    def open_signups(self) -> None:
        from .signups_dialog import SignupsDialog

        session_id = self.session.id if self.session.day <= clock.today() and not self.session.cancelled else None
        SignupsDialog(self.context, self.session.activity_id, self, session_id=session_id).exec()

    def edit_activity(self) -> None:
        from .activity_dialog import ActivityDialog

        service, activity_id = self.service, self.session.activity_id

        def opened(info) -> None:
            dialog = ActivityDialog(self.context, self.rooms, service.focus_areas(), info.estate_id,
                                    info.start_date, info.room_id, parent=self, editing=info)
            if dialog.exec():
                self.context.tasks.run(lambda: service.session(self.session.id), self.show_session, self._failed)

        self.context.tasks.run(lambda: service.activity(activity_id), opened, self._failed)

    def copy_to_next_season(self) -> None:
        service, activity_id = self.service, self.session.activity_id
        next_season = date(self.session.day.year, 8, 1) if self.session.day.month < 7 \
            else date(self.session.day.year + 1, 1, 1)

        def chosen(draft: ActivityDraft) -> None:
            self.copy_draft = draft
            self.accept()

        self.context.tasks.run(lambda: service.copy_to_next_season(activity_id, next_season), chosen, self._failed)
