"""The editor for an activity's targets (måltal) in a grant period: what is counted, for which
year (or the whole period), and the target figure."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QListWidgetItem, QSpinBox, QStyledItemDelegate, QWidget

from ...domain.danish import number
from ...domain.enums import TargetMetric
from ...errors import AppError
from ...services.reports import PlanService, TargetDraft
from ...services.reports.plan import MAX_TARGET, ActivityChoice, GrantPeriodInfo, metric_choices
from ...services.validation import MAX_SEARCH_LENGTH
from ..context import AppContext
from ..forms.reports_targets_dialog_ui import Ui_TargetsDialog
from ..messages import show_error
from ..status_colours import themed
from ..table_model import Column, TableModel
from ..unsaved import GuardedDialog

METRIC, YEAR, VALUE = 0, 1, 2


class TargetsModel(TableModel[list[Any]]):
    """The targets being edited: [metric, year or None, target value] per row, every cell editable."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.labels = dict(metric_choices())

    def declare_columns(self) -> list[Column[list[Any]]]:
        def year_text(year: int | None) -> str:
            return self.tr("Whole grant period") if year is None else str(year)

        return [
            Column(self.tr("What is counted"), lambda row: self.labels.get(row[METRIC], row[METRIC]),
                   edit=lambda row: row[METRIC], set_value=self._setter(METRIC, lambda value: value in self.labels)),
            Column(self.tr("Applies to"), lambda row: year_text(row[YEAR]), edit=lambda row: row[YEAR],
                   set_value=self._setter(YEAR, lambda value: value is None or isinstance(value, int))),
            Column(self.tr("Target"), lambda row: number(row[VALUE]), align=Qt.AlignmentFlag.AlignRight,
                   edit=lambda row: row[VALUE], set_value=self._setter(VALUE, lambda value: isinstance(value, int))),
        ]

    @staticmethod
    def _setter(column: int, valid: Callable[[Any], bool]) -> Callable[[list[Any], Any], bool]:
        def set_value(row: list[Any], value: Any) -> bool:
            if not valid(value):
                return False
            row[column] = value
            return True

        return set_value

    def drafts(self) -> list[TargetDraft]:
        return [TargetDraft(metric, year, value) for metric, year, value in self.rows()]

    def add_row(self, row: list[Any]) -> None:
        self.append_rows([list(row)])


class TargetsDelegate(QStyledItemDelegate):
    """Choices for the metric and the year, a number box for the target."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.years: list[int] = []

    def createEditor(self, parent, option, index):
        if index.column() == METRIC:
            editor = QComboBox(parent)
            for value, label in metric_choices():
                editor.addItem(label, value)
            return editor
        if index.column() == YEAR:
            editor = QComboBox(parent)
            editor.addItem(self.tr("Whole grant period"), None)
            for year in self.years:
                editor.addItem(str(year), year)
            return editor
        spin = QSpinBox(parent)
        spin.setRange(1, MAX_TARGET)
        spin.setGroupSeparatorShown(True)
        return spin

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setValue(value or 1)

    def setModelData(self, editor, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class TargetsDialog(GuardedDialog):
    """Måltal per activity and grant period; closing with unsaved changes to the table asks first."""

    def __init__(self, context: AppContext, grant_period_id: str | None = None, search: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = PlanService(context.db)
        self.ui = Ui_TargetsDialog()
        self.ui.setupUi(self)
        self.changed = False
        self.periods: list[GrantPeriodInfo] = []
        self.activities: list[ActivityChoice] = []
        self.model = TargetsModel(self)
        self.delegate = TargetsDelegate(self)
        self.ui.targetsTable.setModel(self.model)
        self.ui.targetsTable.setItemDelegate(self.delegate)
        self.ui.targetsTable.verticalHeader().hide()
        self.ui.targetsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.load_activities)
        self.ui.searchEdit.setMaxLength(MAX_SEARCH_LENGTH)
        self.ui.searchEdit.setText(search)
        self.ui.searchEdit.textChanged.connect(lambda _text: self.search_timer.start())
        self.ui.grantPeriodCombo.currentIndexChanged.connect(self.load_activities)
        self.ui.activityList.currentRowChanged.connect(self._activity_chosen)
        self.ui.addTargetButton.clicked.connect(self.add_target)
        self.ui.removeTargetButton.clicked.connect(self.remove_target)
        self.ui.saveTargetsButton.clicked.connect(self.save)
        self._set_editing(False)
        self._wanted_period = grant_period_id
        context.tasks.run(self.service.grant_periods, self._show_periods, self._failed)

    def input_state(self) -> object:
        return [list(row) for row in self.model.rows()]

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, AppError):
            self.say(exc.message, error=True)
        else:
            show_error(self, exc)

    def say(self, text: str, error: bool = False) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(themed("color: #a33;" if error else ""))

    def _show_periods(self, periods: list[GrantPeriodInfo]) -> None:
        self.periods = periods
        combo = self.ui.grantPeriodCombo
        combo.blockSignals(True)
        combo.clear()
        for period in periods:
            combo.addItem(period.label, period.id)
        index = combo.findData(self._wanted_period)
        combo.setCurrentIndex(index if index >= 0 else len(periods) - 1)
        combo.blockSignals(False)
        self.load_activities()

    def current_period(self) -> GrantPeriodInfo | None:
        return next((p for p in self.periods if p.id == self.ui.grantPeriodCombo.currentData()), None)

    def load_activities(self) -> None:
        period = self.current_period()
        if period is None:
            return
        self.delegate.years = list(range(period.start.year, period.end.year + 1))
        search = self.ui.searchEdit.text()
        self.context.tasks.run(lambda: self.service.activity_choices(period.id, search), self._show_activities,
                               self._failed)

    def _show_activities(self, activities: list[ActivityChoice]) -> None:
        self.activities = activities
        listing = self.ui.activityList
        listing.blockSignals(True)
        listing.clear()
        for activity in activities:
            text = activity.label if not activity.targets else self.tr("%1 – %2 targets").replace(
                "%1", activity.label).replace("%2", str(activity.targets))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, activity.id)
            listing.addItem(item)
        listing.blockSignals(False)
        if activities:
            listing.setCurrentRow(0)
        else:
            self._activity_chosen(-1)
            self.say(self.tr("No activities in this grant period match the search."))

    def current_activity(self) -> ActivityChoice | None:
        row = self.ui.activityList.currentRow()
        return self.activities[row] if 0 <= row < len(self.activities) else None

    def _activity_chosen(self, row: int) -> None:
        activity = self.current_activity()
        period = self.current_period()
        if activity is None or period is None:
            self.ui.activityLabel.setText(self.tr("Choose an activity on the left."))
            self.model.set_rows([])
            self._set_editing(False)
            self.remember_input()
            return
        self.ui.activityLabel.setText(f"<b>{activity.label}</b>")

        def show(targets) -> None:
            self.model.set_rows([[t.metric, t.year, t.target_value] for t in targets
                                 if t.grant_period_id == period.id])
            self._set_editing(True)
            self.remember_input()

        self.context.tasks.run(lambda: self.service.targets(activity.id), show, self._failed)

    def _set_editing(self, enabled: bool) -> None:
        for widget in (self.ui.targetsTable, self.ui.addTargetButton, self.ui.removeTargetButton,
                       self.ui.saveTargetsButton):
            widget.setEnabled(enabled)

    def add_target(self) -> None:
        activity, period = self.current_activity(), self.current_period()
        if activity is None or period is None:
            return
        year = activity.start.year if period.start.year <= activity.start.year <= period.end.year else None
        self.model.add_row([TargetMetric.DIFFERENT_PARTICIPANTS.value, year, 20])
        index = self.model.index(self.model.rowCount() - 1, VALUE)
        self.ui.targetsTable.setCurrentIndex(index)
        self.ui.targetsTable.edit(index)

    def remove_target(self) -> None:
        self.model.remove_row(self.ui.targetsTable.currentIndex().row())

    def save(self) -> None:
        activity, period = self.current_activity(), self.current_period()
        if activity is None or period is None:
            return
        drafts = self.model.drafts()
        staff_id = self.context.staff.id if self.context.staff else None

        def done(_targets) -> None:
            self.changed = True
            self.say(self.tr("The targets for %1 are saved.").replace("%1", activity.label))
            self.load_activities_keeping(activity.id)

        self.context.tasks.run(lambda: self.service.save_targets(activity.id, period.id, drafts, actor_id=staff_id),
                               done, self._failed)

    def load_activities_keeping(self, activity_id: str) -> None:
        period = self.current_period()
        if period is None:
            return
        search = self.ui.searchEdit.text()

        def show(activities) -> None:
            message = self.ui.messageLabel.text()
            self._show_activities(activities)
            row = next((i for i, a in enumerate(activities) if a.id == activity_id), 0)
            self.ui.activityList.setCurrentRow(row)
            self.say(message)

        self.context.tasks.run(lambda: self.service.activity_choices(period.id, search), show, self._failed)
