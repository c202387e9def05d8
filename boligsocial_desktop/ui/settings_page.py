"""Indstillinger: facts about this PC's database and the office's staff members."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy import func, select

from .. import __version__
from ..services.staff import StaffInfo, StaffService
from ..storage.models import OutboxChange
from .context import AppContext
from .dialogs import role_label, sorted_by_name
from .forms.settings_page_ui import Ui_SettingsPage

Index = QModelIndex | QPersistentModelIndex


class StaffTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[StaffInfo] = []

    def set_rows(self, rows: list[StaffInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Initials"), self.tr("Role"), self.tr("Windows user"), self.tr("PIN")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        member = self._rows[index.row()]
        values = [member.name, member.initials or "", role_label(member.role), member.os_username or "",
                  self.tr("Yes") if member.has_pin else self.tr("No")]
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 5:
            return self.headers()[section]
        return None


@dataclass(frozen=True)
class _Facts:
    staff: list[StaffInfo]
    pending_changes: int


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.staff_model = StaffTableModel(self)
        self.ui.staffTable.setModel(self.staff_model)
        self.ui.staffTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.staffTable.horizontalHeader().setStretchLastSection(True)
        self.ui.staffTable.verticalHeader().hide()
        db = context.db
        self.ui.databaseValue.setText(str(db.path) if db.path else db.engine.url.render_as_string(hide_password=True))
        self.ui.originValue.setText(db.origin)
        self.ui.versionValue.setText(__version__)
        context.signals.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        db = self.context.db

        def load() -> _Facts:
            with db.reading() as session:
                pending = session.scalar(select(func.count()).select_from(OutboxChange)
                                         .where(OutboxChange.exported.is_(False)))
            return _Facts(sorted_by_name(StaffService(db).list_staff(include_inactive=True)), pending or 0)

        self.context.tasks.run(load, self._show)

    def _show(self, facts: _Facts) -> None:
        self.staff_model.set_rows(facts.staff)
        self.ui.pendingValue.setText(QLocale().toString(facts.pending_changes))
