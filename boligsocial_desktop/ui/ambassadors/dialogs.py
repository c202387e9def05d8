"""The ambassador page's dialogs. The small ones live here: move-in, choose an ambassador, the office's
deadlines; the ambassador form and the shift form have their own modules (ambassador_dialog.py, duty_dialog.py).

Each dialog saves through `context.tasks.run` and closes only when the service accepted the input; a refusal
shows the service's Danish message and puts the cursor in the field it names.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from ...domain.danish import long_date
from ...domain.enums import AmbassadorStatus
from ...domain.languages import language_name
from ...services.ambassadors import (
    AmbassadorSettings,
    MoveInInput,
    QueueRow,
    RosterRow,
    WelcomeVisitService,
    save_settings,
)
from ...services.ambassadors.common import language_list
from ...services.places import EstateInfo
from .. import clock
from ..context import AppContext
from ..forms.ambassadors_choose_ambassador_dialog_ui import Ui_ChooseAmbassadorDialog
from ..forms.ambassadors_move_in_dialog_ui import Ui_MoveInDialog
from ..forms.ambassadors_settings_dialog_ui import Ui_AmbassadorSettingsDialog
from ..qt_dates import pydate, qdate
from ..status_colours import themed
from ..unsaved import GuardedDialog
from .fields import ERROR_STYLE, language_codes_common_first, show_error, sorted_estates


class MoveInDialog(GuardedDialog):
    """Register a move-in; a welcome visit is created, due after the office's deadline."""

    def __init__(self, context: AppContext, estates: list[EstateInfo], due_days: int, today: date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MoveInDialog()
        self.ui.setupUi(self)
        self.context = context
        self.due_days = due_days
        self.saved: QueueRow | None = None
        ui = self.ui
        for estate in sorted_estates(estates):
            ui.estateCombo.addItem(estate.name, estate.id)
        for code in language_codes_common_first():
            item = QListWidgetItem(language_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.languageList.addItem(item)
        ui.dateEdit.setDate(qdate(today))
        ui.dateEdit.dateChanged.connect(self._show_due)
        ui.buttons.accepted.connect(self._save)
        ui.buttons.rejected.connect(self.reject)
        self.fields = {"estate": ui.estateCombo, "address": ui.addressEdit, "move_in_date": ui.dateEdit,
                       "languages": ui.languageList, "note": ui.noteEdit}
        self._show_due()
        self.remember_input()

    def _show_due(self) -> None:
        due = pydate(self.ui.dateEdit.date().addDays(self.due_days))
        self.ui.dueLabel.setText(self.tr("The welcome visit is due by %1.").replace("%1", long_date(due)))

    def check_language(self, code: str, checked: bool = True) -> None:
        for row in range(self.ui.languageList.count()):
            item = self.ui.languageList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def languages(self) -> tuple[str, ...]:
        items = (self.ui.languageList.item(row) for row in range(self.ui.languageList.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def input(self) -> MoveInInput:
        ui = self.ui
        return MoveInInput(estate_id=ui.estateCombo.currentData() or "", address=ui.addressEdit.text(),
                           move_in_date=pydate(ui.dateEdit.date()), languages=self.languages(),
                           note=ui.noteEdit.text())

    def _save(self) -> None:
        data = self.input()
        service = WelcomeVisitService(self.context.db, clock.today())
        actor = self.context.staff.id if self.context.staff else None
        self.context.tasks.run(lambda: service.register_move_in(data, actor_id=actor), self._saved,
                               lambda exc: show_error(self, self.ui.errorLabel, exc, self.fields))

    def _saved(self, row: QueueRow) -> None:
        self.saved = row
        self.accept()


class ChooseAmbassadorDialog(QDialog):
    """Pick one ambassador from a list (to put on a shift, or to swap with)."""

    def __init__(self, rows: list[RosterRow], info: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ChooseAmbassadorDialog()
        self.ui.setupUi(self)
        self.chosen_id: str | None = None
        self.ui.infoLabel.setText(info)
        collator = QCollator(QLocale())
        for row in sorted(rows, key=lambda r: collator.sortKey(r.name)):
            text = f"{row.name} – {row.estate_name}"
            if row.languages:
                text += f" – {language_list(row.languages)}"
            if row.status != AmbassadorStatus.ACTIVE:
                text += f" ({row.status.value})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.ui.ambassadorList.addItem(item)
        self.ui.filterEdit.textChanged.connect(self._filter)
        self.ui.ambassadorList.itemDoubleClicked.connect(lambda _item: self._accept())
        self.ui.buttons.accepted.connect(self._accept)
        self.ui.buttons.rejected.connect(self.reject)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first_visible = None
        for row in range(self.ui.ambassadorList.count()):
            item = self.ui.ambassadorList.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None:
            self.ui.ambassadorList.setCurrentItem(first_visible)

    def choose(self, ambassador_id: str) -> None:
        for row in range(self.ui.ambassadorList.count()):
            item = self.ui.ambassadorList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == ambassador_id:
                self.ui.ambassadorList.setCurrentItem(item)

    def _accept(self) -> None:
        item = self.ui.ambassadorList.currentItem()
        if item is None or item.isHidden():
            self.ui.errorLabel.setText(self.tr("Choose an ambassador in the list."))
            self.ui.errorLabel.setStyleSheet(themed(ERROR_STYLE))
            return
        self.chosen_id = item.data(Qt.ItemDataRole.UserRole)
        self.accept()


class AmbassadorSettingsDialog(GuardedDialog):
    """The office's deadlines: deletion of stopped ambassadors' contact data, welcome-visit due days."""

    def __init__(self, context: AppContext, deletion_days: int, due_days: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AmbassadorSettingsDialog()
        self.ui.setupUi(self)
        self.context = context
        self.saved: AmbassadorSettings | None = None
        self.ui.deletionSpin.setValue(deletion_days)
        self.ui.dueSpin.setValue(due_days)
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        self.remember_input()

    def _save(self) -> None:
        db = self.context.db
        deletion, due = self.ui.deletionSpin.value(), self.ui.dueSpin.value()
        fields = {"contact_deletion_days": self.ui.deletionSpin, "welcome_visit_due_days": self.ui.dueSpin}
        self.context.tasks.run(lambda: save_settings(db, deletion, due), self._saved,
                               lambda exc: show_error(self, self.ui.errorLabel, exc, fields))

    def _saved(self, settings: AmbassadorSettings) -> None:
        self.saved = settings
        self.accept()


__all__ = ["AmbassadorSettingsDialog", "ChooseAmbassadorDialog", "MoveInDialog"]
