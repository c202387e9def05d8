"""Ny aktivitet: the series form, with a live list of its dates, holidays and room clashes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import cast

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QListWidgetItem, QSizePolicy, QWidget

from ...domain.danish import short_date, weekday_name
from ...domain.enums import Recurrence
from ...domain.vocabulary import TARGET_GROUPS
from ...errors import AppError
from ...services.calendar import ActivityDraft, ActivityInfo, CalendarService, SeriesPlan
from ...services.places import RoomInfo
from ..context import AppContext
from ..forms.calendar_activity_dialog_ui import Ui_ActivityDialog
from ..qt_dates import pydate, pytime, qdate, qtime
from ..screen_fit import available_size
from ..status_colours import themed, themed_colour
from ..unsaved import GuardedDialog, input_snapshot
from .weekday_picker import WeekdayPicker

ERROR_STYLE = "color: #b00020;"






class ActivityDialog(GuardedDialog):
    """Creates an activity; `draft` prefills it (e.g. a copy for next season).

    Given `editing`, it changes that activity's details instead; its dates are then
    fixed here and changed session by session."""

    def __init__(self, context: AppContext, rooms: list[RoomInfo], focus_areas: list[tuple[str, str]],
                 estate_id: str, day: date, room_id: str | None, draft: ActivityDraft | None = None,
                 parent: QWidget | None = None, editing: ActivityInfo | None = None):
        super().__init__(parent)
        self.editing = editing
        self.context = context
        self.service = CalendarService(context.db)
        self.estate_id = estate_id
        self.plan: SeriesPlan | None = None
        self._error_field: str | None = None  # the field the last refused save named
        self.saved = None
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit activity") if editing else self.tr("New activity"))
        self._fit_to_screen()
        for room in rooms:
            self.ui.roomCombo.addItem(self.tr("%1 (room for %2)").replace("%1", room.label)
                                      .replace("%2", str(room.capacity)), room.id)
        for value, label in ((Recurrence.SINGLE, self.tr("Once")), (Recurrence.WEEKLY, self.tr("Every week")),
                             (Recurrence.BIWEEKLY, self.tr("Every second week")),
                             (Recurrence.MONTHLY_WEEKDAY, self.tr("Monthly on the same weekday"))):
            self.ui.recurrenceCombo.addItem(label, value)
        self.ui.focusCombo.addItem(self.tr("(none)"), None)
        for area_id, name in focus_areas:
            self.ui.focusCombo.addItem(name, area_id)
        self.ui.targetCombo.addItem(self.tr("(none)"), None)
        for group in TARGET_GROUPS:
            self.ui.targetCombo.addItem(group.capitalize(), group)
        self.ui.recurrenceCombo.setCurrentIndex(1)
        self.ui.errorLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.weekday_picker = WeekdayPicker(self)
        self.weekday_label = QLabel(self.tr("&Weekdays:"), self)
        self.weekday_label.setBuddy(self.weekday_picker)
        row, _role = cast(tuple[int, QFormLayout.ItemRole],  # typed as `object` in PySide6
                          self.ui.form.getWidgetPosition(self.ui.recurrenceCombo))
        self.ui.form.insertRow(row + 1, self.weekday_label, self.weekday_picker)
        QWidget.setTabOrder(self.ui.recurrenceCombo, self.weekday_picker.buttons[0])
        for first, second in zip(self.weekday_picker.buttons, self.weekday_picker.buttons[1:], strict=False):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.weekday_picker.buttons[-1], self.ui.startDateEdit)
        self.weekday_picker.set_weekdays((day.weekday(),))
        self.ui.startDateEdit.setDate(qdate(day))
        self.ui.endDateEdit.setDate(qdate(day).addMonths(3))
        self.ui.startTimeEdit.setTime(QTime(15, 0))
        self.ui.endTimeEdit.setTime(QTime(17, 0))
        if room_id:
            self.ui.roomCombo.setCurrentIndex(max(0, self.ui.roomCombo.findData(room_id)))
        if editing:
            draft = editing.draft
        if draft:
            self._fill(draft)
        self._replan_timer = QTimer(self, singleShot=True, interval=250)
        self._replan_timer.timeout.connect(self.replan)
        for signal in (self.ui.roomCombo.currentIndexChanged, self.ui.recurrenceCombo.currentIndexChanged,
                       self.ui.startDateEdit.dateChanged, self.ui.endDateEdit.dateChanged,
                       self.ui.startTimeEdit.timeChanged, self.ui.endTimeEdit.timeChanged,
                       self.ui.skipHolidaysCheck.toggled, self.ui.skipClosingCheck.toggled,
                       self.ui.titleEdit.textChanged, self.weekday_picker.changed):
            signal.connect(self._replan_timer.start)
        self.ui.recurrenceCombo.currentIndexChanged.connect(self._update_end_date)
        self.ui.skipClashesButton.clicked.connect(self.skip_clashes)
        self.ui.datesList.itemChanged.connect(self._update_summary)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self._update_end_date()
        if editing:
            for widget in (self.ui.roomCombo, self.ui.recurrenceCombo, self.weekday_picker, self.ui.startDateEdit,
                           self.ui.endDateEdit,
                           self.ui.startTimeEdit, self.ui.endTimeEdit, self.ui.skipHolidaysCheck,
                           self.ui.skipClosingCheck, self.ui.skipClashesButton, self.ui.datesList):
                widget.setEnabled(False)
            self.ui.patternLabel.setText(f"<b>{editing.description_text}</b>")
            self.ui.summaryLabel.setText(self.tr("The dates are changed session by session in the calendar: "
                                                 "move or cancel a session there."))
        else:
            self.replan()
        self.remember_input()

    def _fit_to_screen(self) -> None:
        """Wide enough for a house's room names and a clash's explanation, yet inside a 1280 or 1366 screen.
        A screen narrower than that keeps the form's own size (a window wider than its screen is never made)."""
        free = available_size(self).width()
        if free >= 1200:
            self.resize(1160, self.height())
        elif free >= 1024:
            self.resize(max(self.minimumWidth(), free - 40), self.height())

    def input_state(self) -> object:
        """The fields the user fills in; the list of planned dates is the program's answer to them."""
        return {key: value for key, value in input_snapshot(self).items() if not key.startswith("datesList#")}

    def _fill(self, draft: ActivityDraft) -> None:
        ui = self.ui
        ui.titleEdit.setText(draft.title)
        if self.editing is not None and draft.room_id and ui.roomCombo.findData(draft.room_id) < 0:
            ui.roomCombo.addItem(self.tr("Archived room"), draft.room_id)  # an edit never moves it by itself
        ui.roomCombo.setCurrentIndex(max(0, ui.roomCombo.findData(draft.room_id)))
        ui.recurrenceCombo.setCurrentIndex(max(0, ui.recurrenceCombo.findData(Recurrence(draft.recurrence))))
        self.weekday_picker.set_weekdays(draft.pattern().effective_weekdays)
        ui.startDateEdit.setDate(qdate(draft.start_date))
        ui.endDateEdit.setDate(qdate(draft.end_date))
        ui.startTimeEdit.setTime(qtime(draft.start_time))
        ui.endTimeEdit.setTime(qtime(draft.end_time))
        ui.focusCombo.setCurrentIndex(max(0, ui.focusCombo.findData(draft.focus_area_id)))
        ui.targetCombo.setCurrentIndex(max(0, ui.targetCombo.findData(draft.target_group)))
        ui.headcountSpin.setValue(draft.expected_headcount or 0)
        ui.priceSpin.setValue(draft.price_kr or 0)
        ui.contactEdit.setText(draft.contact or "")
        ui.signupEdit.setText(draft.signup_url or "")
        ui.descriptionEdit.setPlainText(draft.description or "")
        ui.skipHolidaysCheck.setChecked(draft.skip_holidays)
        ui.skipClosingCheck.setChecked(draft.skip_closing_periods)

    def _update_end_date(self) -> None:
        single = self.ui.recurrenceCombo.currentData() == Recurrence.SINGLE
        self.ui.endDateEdit.setEnabled(not single)
        self.ui.endDateLabel.setEnabled(not single)
        self.weekday_picker.setEnabled(not single)
        self.weekday_label.setEnabled(not single)

    def draft(self) -> ActivityDraft:
        ui = self.ui
        return ActivityDraft(
            title=ui.titleEdit.text(), estate_id=self.estate_id, room_id=ui.roomCombo.currentData() or "",
            recurrence=ui.recurrenceCombo.currentData(), start_date=pydate(ui.startDateEdit.date()),
            end_date=pydate(ui.endDateEdit.date()), start_time=pytime(ui.startTimeEdit.time()),
            end_time=pytime(ui.endTimeEdit.time()), skip_holidays=ui.skipHolidaysCheck.isChecked(),
            skip_closing_periods=ui.skipClosingCheck.isChecked(), description=ui.descriptionEdit.toPlainText(),
            focus_area_id=ui.focusCombo.currentData(), target_group=ui.targetCombo.currentData(),
            expected_headcount=ui.headcountSpin.value() or None, price_kr=ui.priceSpin.value() or None,
            contact=ui.contactEdit.text(), signup_url=ui.signupEdit.text(),
            responsible_staff_id=self.context.staff.id if self.context.staff else None,
            **self._weekday_fields(),
        )

    def _weekday_fields(self) -> dict:
        """The ticked weekdays; none ticked (or a single event) leaves the start date's weekday."""
        weekdays = self.weekday_picker.weekdays()
        if not weekdays or self.ui.recurrenceCombo.currentData() == Recurrence.SINGLE:
            return {"weekday": None, "weekdays": ()}
        return {"weekday": weekdays[0], "weekdays": weekdays if len(weekdays) > 1 else ()}

    # --- the date list --------------------------------------------------------

    def replan(self) -> None:
        draft = self.draft()
        if not draft.title.strip():
            draft = replace(draft, title=self.tr("(no title yet)"))
        service = self.service
        self.context.tasks.run(lambda: service.plan_series(draft), self._show_plan, self._show_plan_error)

    def _show_plan_error(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            raise exc
        self.plan = None
        self.ui.datesList.clear()
        self.ui.patternLabel.setText("")
        self.ui.summaryLabel.setText(exc.message)
        self.ui.summaryLabel.setStyleSheet(themed(ERROR_STYLE))
        self.ui.skipClashesButton.setEnabled(False)

    def _show_plan(self, plan: SeriesPlan) -> None:
        previously_unticked = self.skipped_days()
        self.plan = plan
        self.ui.patternLabel.setText(f"<b>{plan.description}</b>")
        listing = self.ui.datesList
        listing.clear()
        for occurrence in plan.occurrences:
            label = f"{weekday_name(occurrence.day)} {short_date(occurrence.day)}"
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, occurrence.day)
            if occurrence.skip_reason:
                item.setText(self.tr("%1 – skipped: %2").replace("%1", label).replace("%2", occurrence.skip_reason))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setForeground(QBrush(themed_colour("#6b6b6b")))
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                ticked = occurrence.day not in previously_unticked
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                if occurrence.clash:
                    item.setText(self.tr("%1 – clash: %2").replace("%1", label)
                                 .replace("%2", occurrence.clash_with or occurrence.clash))
                    item.setForeground(QBrush(themed_colour("#b00020")))
                    item.setToolTip(occurrence.clash)
                else:
                    item.setText(label)
            listing.addItem(item)
        self._update_summary()

    def skipped_days(self) -> set[date]:
        listing = self.ui.datesList
        days = set()
        for row in range(listing.count()):
            item = listing.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Unchecked:
                days.add(item.data(Qt.ItemDataRole.UserRole))
        return days

    def undecided_clashes(self) -> list:
        skipped = self.skipped_days()
        return [o for o in self.plan.clashes if o.day not in skipped] if self.plan else []

    def _update_summary(self, *_args) -> None:
        if self.plan is None:
            return
        skipped = self.skipped_days()
        booked = len([d for d in self.plan.bookable_days if d not in skipped])
        holidays = sum(1 for o in self.plan.occurrences if o.skip_reason)
        clashes = self.undecided_clashes()
        text = self.tr("%n session(s) will be created", "", booked) + "; " \
            + self.tr("%n holiday(s) and closing day(s) skipped.", "", holidays)
        if clashes:
            text += " " + self.tr("%n date(s) clash with other activities: skip them or choose another time or room.",
                                  "", len(clashes))
        elif self._error_field == "room_id":
            self.ui.errorLabel.clear()  # the clash the last save was refused for is resolved
            self._error_field = None
        self.ui.summaryLabel.setText(text)
        self.ui.summaryLabel.setStyleSheet(themed(ERROR_STYLE if clashes else ""))
        self.ui.skipClashesButton.setEnabled(bool(clashes))

    def skip_clashes(self) -> None:
        listing = self.ui.datesList
        clash_days = {o.day for o in self.plan.clashes} if self.plan else set()
        for row in range(listing.count()):
            item = listing.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in clash_days:
                item.setCheckState(Qt.CheckState.Unchecked)

    # --- saving ----------------------------------------------------------------

    def save(self) -> None:
        draft, skipped = self.draft(), frozenset(self.skipped_days())
        service, editing = self.service, self.editing
        self.ui.errorLabel.clear()
        if editing:
            work = lambda: service.update_activity(editing.id, draft, editing.version)  # noqa: E731
        else:
            work = lambda: service.save_series(draft, skipped)  # noqa: E731
        self.context.tasks.run(work, self._saved, self._save_failed)

    def _saved(self, info) -> None:
        self.saved = info
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, AppError):
            raise exc
        field = getattr(exc, "field", None)
        lines = exc.message.split("\n")
        # the clashing dates stand in red in the list already
        message = f"{lines[0].rstrip(':')}. {lines[-1]}" if field == "room_id" and len(lines) > 2 else exc.message
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setStyleSheet(themed(ERROR_STYLE))
        self._error_field = field
        widget = {"title": self.ui.titleEdit, "room_id": self.ui.roomCombo, "end_date": self.ui.endDateEdit,
                  "end_time": self.ui.endTimeEdit, "expected_headcount": self.ui.headcountSpin}.get(field or "")
        if widget:
            widget.setFocus()
        if not self.editing:
            self.replan()
