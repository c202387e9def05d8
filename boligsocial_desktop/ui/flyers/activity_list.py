"""The poster page's activity list: estate filter, title search, the activities, and posters for all shown.

Each row shows the title with its dates and house on a second line (TitleWithDetailDelegate), so two
activities with one title differ without a separate date column; the last column names the languages
that are fully translated. The list reloads itself after any save to activities or places.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from ...errors import AppError
from ...services.flyers import BatchResult, FlyerActivity, FlyerService
from ...services.places import EstateInfo, PlacesService
from ...services.validation import MAX_SEARCH_LENGTH
from ..context import AppContext
from ..form_fields import refill_combo
from ..forms.flyers_activity_list_ui import Ui_ActivityListPanel
from ..watched_tables import ACTIVITIES, PLACES
from .file_questions import FileQuestions
from .message_line import MessageLine
from .models import ID_ROLE, ActivityListModel, TitleWithDetailDelegate

TRANSLATED_WIDTH = 110  # at most; a third of a narrow list, so the title keeps the room


@dataclass(frozen=True)
class _ListData:
    estates: list[EstateInfo]
    activities: list[FlyerActivity]


class ActivityListPanel(QWidget):
    chosen = Signal(str)  # another activity became the current row: its id
    opened = Signal()  # Enter or double-click on a row: on to its texts

    def __init__(self, context: AppContext, files: FileQuestions, messages: MessageLine,
                 batch_options: Callable[[], dict[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = FlyerService(context.db)
        self.files = files
        self.messages = messages
        self.batch_options = batch_options  # paper, template and one_language_per_page from the layout tab
        self.shown_id: str | None = None  # the activity whose poster the page shows
        self.wanted_id: str | None = None  # chosen, its poster not shown yet
        ui = self.ui = Ui_ActivityListPanel()
        ui.setupUi(self)
        self.activity_model = ActivityListModel(self)
        table = ui.activityTable
        table.setModel(self.activity_model)
        table.verticalHeader().hide()
        table.setTabKeyNavigation(False)  # Tab goes on to the next field, not cell by cell
        table.setItemDelegateForColumn(ActivityListModel.TITLE, TitleWithDetailDelegate(table))
        table.verticalHeader().setDefaultSectionSize(2 * table.fontMetrics().lineSpacing() + 8)
        for column in (ActivityListModel.ESTATE, ActivityListModel.PERIOD):
            table.setColumnHidden(column, True)  # the detail line under the title has the dates and the house
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ActivityListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ActivityListModel.TRANSLATED, QHeaderView.ResizeMode.Interactive)

        ui.estateCombo.currentIndexChanged.connect(self.reload)
        ui.searchEdit.setMaxLength(MAX_SEARCH_LENGTH)
        ui.searchEdit.textChanged.connect(self.activity_model.set_filter)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        table.activated.connect(lambda _index: self.opened.emit())
        ui.batchButton.clicked.connect(self.batch)
        context.watch(self, ACTIVITIES | PLACES, self.reload)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.ui.activityTable.setColumnWidth(ActivityListModel.TRANSLATED, min(TRANSLATED_WIDTH, self.width() // 3))

    def reload(self) -> None:
        service, places = self.service, PlacesService(self.context.db)
        estate_id = self.ui.estateCombo.currentData()
        self.context.tasks.run(lambda: _ListData(places.estates(), service.activities(estate_id)), self._show_list,
                               self.messages.show_problem)

    def _show_list(self, data: _ListData) -> None:
        refill_combo(self.ui.estateCombo, [(estate.name, estate.id) for estate in data.estates], self.tr("All estates"))
        keep = self.wanted_id or self.shown_id
        self.activity_model.set_rows(data.activities)
        if keep:
            self.select_activity(keep)

    def select_activity(self, activity_id: str) -> None:
        row = self.activity_model.row_of(activity_id)
        if row < 0:
            return
        table = self.ui.activityTable
        table.selectionModel().setCurrentIndex(
            self.activity_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(self.activity_model.index(row, 0))

    def keep_shown(self) -> None:
        """The shown activity stays (its typed texts could not be saved): select its row again."""
        self.wanted_id = None
        if self.shown_id is not None:
            self.select_activity(self.shown_id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        activity_id = current.siblingAtColumn(0).data(ID_ROLE)
        if activity_id == self.shown_id:
            return
        self.wanted_id = activity_id
        self.chosen.emit(activity_id)

    def batch(self) -> None:
        ids = self.activity_model.matching_ids()
        if not ids:
            self.messages.show_problem(AppError("Listen er tom. Vælg en afdeling eller ryd søgningen."))
            return
        folder = self.files.ask_directory(self.tr("Folder for the posters"))
        if not folder:
            return
        ui, service, options = self.ui, self.service, self.batch_options()
        ui.batchProgress.setValue(0)
        ui.batchProgress.setVisible(True)
        ui.batchButton.setEnabled(False)

        def done(result: BatchResult) -> None:
            ui.batchProgress.setVisible(False)
            ui.batchButton.setEnabled(True)
            lines = [self.tr("%n poster(s) saved in %1.", "", len(result.written)).replace("%1", str(folder))]
            if result.problems:
                lines.append(self.tr("These could not be made:"))
                lines += result.problems[:15]
            self.files.inform(self.tr("Posters"), "\n".join(lines))

        def failed(exc: BaseException) -> None:
            ui.batchProgress.setVisible(False)
            ui.batchButton.setEnabled(True)
            self.messages.show_problem(exc)

        self.context.tasks.run(
            lambda report: service.batch(ids, Path(folder), progress=report, **options),
            done, failed, progress=lambda percent, _text: ui.batchProgress.setValue(percent))
