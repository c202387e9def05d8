"""The small editor for the plan: its name, grant periods and each period's focus areas."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QListWidgetItem, QWidget

from ...errors import AppError
from ...services.reports import PlanService
from ...services.reports.plan import GrantPeriodInfo
from .. import clock
from ..context import AppContext
from ..forms.reports_plan_dialog_ui import Ui_PlanDialog
from ..messages import show_error
from ..qt_dates import pydate
from ..status_colours import themed


class PlanDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = PlanService(context.db)
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        self.periods: list[GrantPeriodInfo] = []
        self.new_period = False
        self.changed = False  # something was saved: the pages reload their lists
        self.ui.periodsList.currentRowChanged.connect(self._period_chosen)
        self.ui.newPeriodButton.clicked.connect(self.start_new_period)
        self.ui.savePeriodButton.clicked.connect(self.save_period)
        self.ui.restoreButton.clicked.connect(self.restore_presets)
        self.ui.savePlanNameButton.clicked.connect(self.save_plan_name)
        self.ui.addAreaButton.clicked.connect(self.add_area)
        self.ui.renameAreaButton.clicked.connect(self.rename_area)
        self.ui.removeAreaButton.clicked.connect(self.remove_area)
        self.ui.upButton.clicked.connect(lambda: self.move_area(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_area(1))
        self.ui.areasList.itemDoubleClicked.connect(lambda _item: self.rename_area())
        service = self.service
        self._run(lambda: service.plan_name(""), self.ui.planNameEdit.setText, saves=False)
        self.reload()

    @property
    def staff_id(self) -> str | None:
        return self.context.staff.id if self.context.staff else None

    def _run(self, work, on_done=None, success: str = "", saves: bool = True) -> None:
        def done(result) -> None:
            self.changed = self.changed or saves
            if success:
                self.say(success)
            if on_done:
                on_done(result)

        self.context.tasks.run(work, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, AppError):
            self.say(exc.message, error=True)
        else:
            show_error(self, exc)

    def say(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(themed("color: #a33;" if error else ""))

    # --- Periods ------------------------------------------------------------------

    def reload(self, select_id: str | None = None) -> None:
        current = select_id or self.current_period_id()
        self._run(self.service.grant_periods, lambda periods: self._show(periods, current), saves=False)

    def _show(self, periods: list[GrantPeriodInfo], select_id: str | None) -> None:
        self.periods = periods
        self.new_period = False
        listing = self.ui.periodsList
        listing.blockSignals(True)
        listing.clear()
        for period in periods:
            item = QListWidgetItem(period.label)
            item.setData(Qt.ItemDataRole.UserRole, period.id)
            listing.addItem(item)
        row = next((i for i, p in enumerate(periods) if p.id == select_id), len(periods) - 1)
        listing.setCurrentRow(row)
        listing.blockSignals(False)
        self._period_chosen(row)

    def current_period_id(self) -> str | None:
        item = self.ui.periodsList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item and not self.new_period else None

    def current_period(self) -> GrantPeriodInfo | None:
        period_id = self.current_period_id()
        return next((p for p in self.periods if p.id == period_id), None)

    def _period_chosen(self, row: int) -> None:
        self.new_period = False
        period = self.periods[row] if 0 <= row < len(self.periods) else None
        self.ui.periodGroup.setTitle(self.tr("Grant period"))
        self.ui.nameEdit.setText(period.name if period else "")
        if period:
            self.ui.startDate.setDate(period.start)
            self.ui.endDate.setDate(period.end)
        self.ui.areasList.clear()
        for area in period.focus_areas if period else ():
            item = QListWidgetItem(area.name)
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            self.ui.areasList.addItem(item)
        for widget in (self.ui.areasList, self.ui.addAreaButton, self.ui.renameAreaButton, self.ui.removeAreaButton,
                       self.ui.upButton, self.ui.downButton):
            widget.setEnabled(period is not None)

    def start_new_period(self) -> None:
        last_end = max((p.end for p in self.periods), default=date(clock.today().year - 1, 12, 31))
        start = last_end + timedelta(days=1)
        end = date(start.year + 3, 12, 31)
        self.ui.periodsList.clearSelection()
        self.new_period = True
        self.ui.periodGroup.setTitle(self.tr("New grant period"))
        self.ui.nameEdit.setText(f"Helhedsplan {start.year}–{end.year}")
        self.ui.startDate.setDate(start)
        self.ui.endDate.setDate(end)
        self.ui.areasList.clear()
        for widget in (self.ui.areasList, self.ui.addAreaButton, self.ui.renameAreaButton, self.ui.removeAreaButton,
                       self.ui.upButton, self.ui.downButton):
            widget.setEnabled(False)
        self.say(self.tr("Save the period first; then you can add its focus areas."))
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()

    def save_period(self) -> None:
        name = self.ui.nameEdit.text()
        start, end = pydate(self.ui.startDate.date()), pydate(self.ui.endDate.date())
        service, staff_id = self.service, self.staff_id
        if self.new_period:
            self._run(lambda: service.create_grant_period(name, start, end, actor_id=staff_id),
                      lambda info: self.reload(info.id), self.tr("The grant period is saved."))
            return
        period_id = self.current_period_id()
        if period_id is None:
            self.say(self.tr("Choose a grant period first, or make a new one."), error=True)
            return
        self._run(lambda: service.update_grant_period(period_id, name, start, end, actor_id=staff_id),
                  lambda info: self.reload(info.id), self.tr("The grant period is saved."))

    def restore_presets(self) -> None:
        def done(added: list[str]) -> None:
            self.say(self.tr("Restored: %1").replace("%1", "; ".join(added)) if added
                     else self.tr("Nothing was missing."))
            self.reload()

        staff_id = self.staff_id
        self._run(lambda: self.service.restore_presets(actor_id=staff_id), done)

    def save_plan_name(self) -> None:
        name, staff_id = self.ui.planNameEdit.text(), self.staff_id
        self._run(lambda: self.service.set_plan_name(name, actor_id=staff_id), None,
                  self.tr("The plan's name is saved."))

    # --- Focus areas --------------------------------------------------------------

    def _current_area(self) -> tuple[str, str] | None:
        item = self.ui.areasList.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole), item.text()) if item else None

    def _ask_name(self, title: str, text: str = "") -> str | None:
        name, accepted = QInputDialog.getText(self, title, self.tr("Name of the focus area:"),
                                              QLineEdit.EchoMode.Normal, text)
        return name if accepted else None

    def add_area(self) -> None:
        period = self.current_period()
        if period is None:
            return
        name = self._ask_name(self.tr("New focus area"))
        if name is None:
            return
        staff_id = self.staff_id
        self._run(lambda: self.service.add_focus_area(period.id, name, actor_id=staff_id),
                  lambda _info: self.reload(period.id), self.tr("The focus area is added."))

    def rename_area(self) -> None:
        area = self._current_area()
        if area is None:
            return
        name = self._ask_name(self.tr("Rename focus area"), area[1])
        if name is None:
            return
        period_id, staff_id = self.current_period_id(), self.staff_id
        self._run(lambda: self.service.rename_focus_area(area[0], name, actor_id=staff_id),
                  lambda _info: self.reload(period_id), self.tr("The focus area is renamed."))

    def remove_area(self) -> None:
        area = self._current_area()
        if area is None:
            return
        period_id, staff_id = self.current_period_id(), self.staff_id
        self._run(lambda: self.service.remove_focus_area(area[0], actor_id=staff_id),
                  lambda _r: self.reload(period_id), self.tr("The focus area is removed."))

    def move_area(self, step: int) -> None:
        area = self._current_area()
        if area is None:
            return
        period_id = self.current_period_id()
        row = self.ui.areasList.currentRow() + step

        def done(_result) -> None:
            self.reload(period_id)
            self.ui.areasList.setCurrentRow(max(0, min(row, self.ui.areasList.count() - 1)))

        self._run(lambda: self.service.move_focus_area(area[0], step), done)
