"""Konflikter: both versions side by side; keep one, take the other, combine text, or restore.

A possible duplicate (the same room, estate or ambassador created on two PCs) shows both
rows with how much points at each; "Slå sammen" keeps the chosen one and moves everything
to it, "Ikke dubletter" stops asking about the pair.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QButtonGroup, QDialog, QHeaderView, QWidget

from ...errors import AppError
from ...sync.conflicts import ConflictService, ConflictView
from ...sync.duplicates import KIND as POSSIBLE_DUPLICATE
from ...sync.duplicates import NOT_DUPLICATES, DuplicateRow
from ..context import AppContext
from ..forms.sync_conflicts_dialog_ui import Ui_ConflictsDialog
from ..status_colours import themed
from .labels import field_label, kind_label, table_label, values_text
from .models import ConflictsModel, when


class ConflictsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.service = ConflictService(context.db)
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet(themed(self.ui.errorLabel.styleSheet()))  # dark mode: its variant
        self.model = ConflictsModel(self)
        table = self.ui.conflictsTable
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._selected)
        self.current: ConflictView | None = None
        self.ui.keepButton.clicked.connect(lambda: self.decide("keep"))
        self.ui.otherButton.clicked.connect(lambda: self.decide("other"))
        self.ui.combineButton.clicked.connect(lambda: self.decide("combine"))
        self.ui.restoreButton.clicked.connect(lambda: self.decide("restore"))
        self.ui.seenButton.clicked.connect(lambda: self.decide("seen"))
        self.ui.mergeButton.clicked.connect(lambda: self.decide("merge"))
        self.ui.notDuplicatesButton.clicked.connect(lambda: self.decide(NOT_DUPLICATES))
        self.keep_group = QButtonGroup(self)  # the radios sit in two group boxes: one choice between them
        self.keep_group.addButton(self.ui.keepShownRadio)
        self.keep_group.addButton(self.ui.keepOtherRadio)
        self.ui.splitter.setStretchFactor(1, 1)
        self._show(None)
        self.reload()

    def reload(self) -> None:
        service, staff = self.service, self.context.staff

        def load() -> list[ConflictView]:
            service.find_duplicates()  # also those made by edits on this PC since the last round
            return service.open_conflicts(staff)

        self.context.tasks.run(load, self._loaded, self._error)

    def _loaded(self, views: list[ConflictView]) -> None:
        self.model.set_rows(views)
        if views:
            self.ui.conflictsTable.selectRow(0)
        else:
            self._show(None)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.conflictsTable.selectionModel().selectedRows()
        view = self.model.row_at(rows[0].row()) if rows else None
        if view is None:
            self._show(None)
            return
        service, staff = self.service, self.context.staff
        self.context.tasks.run(lambda: service.detail(staff, view.id), self._show, self._error)

    def _show(self, view: ConflictView | None) -> None:
        self.current = view
        self.ui.errorLabel.clear()
        choices = view.choices if view is not None else ()
        for button, choice in ((self.ui.keepButton, "keep"), (self.ui.otherButton, "other"),
                               (self.ui.combineButton, "combine"), (self.ui.restoreButton, "restore"),
                               (self.ui.seenButton, "seen"), (self.ui.mergeButton, "merge"),
                               (self.ui.notDuplicatesButton, NOT_DUPLICATES)):
            button.setVisible(choice in choices)
            button.setEnabled(view is not None and not view.hidden)
        self.ui.combinedGroup.setVisible("combine" in choices)
        self.ui.keepShownRadio.setVisible("merge" in choices)
        self.ui.keepOtherRadio.setVisible("merge" in choices)
        self.ui.keepShownRadio.setChecked(True)
        self.ui.shownGroup.setTitle(self.tr("Shown now"))
        self.ui.detail.setEnabled(view is not None)
        if view is None:
            self.ui.messageLabel.setText(self.tr("There are no open conflicts."))
            self.ui.shownText.clear()
            self.ui.otherText.clear()
            self.ui.combinedText.clear()
            return
        if view.kind == POSSIBLE_DUPLICATE:
            self._show_duplicate(view)
            return
        where = f"{table_label(view.table_name)} »{view.row_label}«"
        if view.field:
            where += f", {field_label(view.field).lower()}"
        message = f"<b>{kind_label(view.kind)}</b>: {where}"
        if view.message:
            message += f"<br>{view.message}"
        if view.hidden:
            message += "<br>" + self.tr("Only advisers and administrators can see and decide this conflict.")
        elif view.needs_decision:
            message += "<br>" + self.tr("This must be decided by a person; the programme never merges it by itself.")
        self.ui.messageLabel.setText(message)
        if view.other_here:
            self.ui.otherGroup.setTitle(self.tr("The other version (written on this PC)"))
        elif view.other_pc:
            self.ui.otherGroup.setTitle(self.tr("The other version (from %1)").replace("%1", view.other_pc))
        else:
            self.ui.otherGroup.setTitle(self.tr("The other version"))
        if view.hidden:
            self.ui.shownText.setPlainText(self.tr("(hidden)"))
            self.ui.otherText.setPlainText(self.tr("(hidden)"))
        else:
            self.ui.shownText.setPlainText(values_text(view.shown))
            self.ui.otherText.setPlainText(values_text(view.other))
        if "combine" in choices and not view.hidden:
            shown = next(iter(view.shown.values()), None) or ""
            other = next(iter(view.other.values()), None) or ""
            self.ui.combinedText.setPlainText(f"{shown}\n{other}".strip())

    def _show_duplicate(self, view: ConflictView) -> None:
        message = f"<b>{kind_label(view.kind)}</b>: {view.message or view.row_label}<br>" + self.tr(
            "Choose the one to keep. Everything that points at the other one (sessions, activities, duties …) is "
            "moved to it, its empty fields are filled from the other one, and the other one is deleted.")
        self.ui.messageLabel.setText(message)
        first, second = (*view.candidates, None, None)[:2]
        for group, text, candidate, title in (
                (self.ui.shownGroup, self.ui.shownText, first, self.tr("Created first (%1)")),
                (self.ui.otherGroup, self.ui.otherText, second, self.tr("Created later (%1)"))):
            group.setTitle(title.replace("%1", when(candidate.created_at)) if candidate else "")
            text.setPlainText(self._candidate_text(candidate) if candidate else "")

    def _candidate_text(self, candidate: DuplicateRow) -> str:
        if candidate.references:
            parts = ", ".join(f"{table_label(t)}: {n}" for t, n in sorted(
                candidate.references.items(), key=lambda item: table_label(item[0])))
            used = self.tr("Used by: %1 (%2)").replace("%1", str(candidate.reference_count)).replace("%2", parts)
        else:
            used = self.tr("Used by: nothing")
        return f"{values_text(candidate.fields)}\n{used}"

    def decide(self, choice: str) -> None:
        view = self.current
        if view is None:
            return
        combined = self.ui.combinedText.toPlainText() if choice == "combine" else None
        service, staff = self.service, self.context.staff

        def done(_result) -> None:
            self.reload()

        if choice == "merge":
            keep = view.candidates[0 if self.ui.keepShownRadio.isChecked() else 1].id
            self.context.tasks.run(lambda: service.merge_duplicate(staff, view.id, keep), done, self._error)
            return
        self.context.tasks.run(lambda: service.resolve(staff, view.id, choice, combined), done, self._error)

    def _error(self, exc: BaseException) -> None:
        self.ui.errorLabel.setText(exc.message if isinstance(exc, AppError) else str(exc))
