"""Table models of the sync views; they hold plain rows from the sync services."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...domain.danish import clock, short_date
from ...sync.conflicts import ConflictView
from ...sync.status import PeerInfo
from .labels import field_label, kind_label, problem_label, table_label

if TYPE_CHECKING:
    from ...sync.engine import Problem

Index = QModelIndex | QPersistentModelIndex


def when(moment) -> str:
    if moment is None:
        return "–"
    local = moment.astimezone()
    return f"{short_date(local.date())} {clock(local.time())}"


class _Rows(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cells(self, row) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, number: int):
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cells = self.cells(self._rows[index.row()])
            return cells[index.column()] if 0 <= index.column() < len(cells) else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None


class PeersModel(_Rows):
    def headers(self) -> list[str]:
        return [self.tr("PC"), self.tr("Last contact"), self.tr("Program version")]

    def cells(self, peer: PeerInfo) -> list[str]:
        name = peer.name or self.tr("Unknown")
        return [f"{name} ({peer.origin[:8]})", when(peer.last_contact), peer.app_version or "–"]


class ProblemsModel(_Rows):
    def headers(self) -> list[str]:
        return [self.tr("What"), self.tr("File"), self.tr("Details")]

    def cells(self, problem: Problem) -> list[str]:
        what = problem_label(problem.kind)
        if problem.harmless:
            what = self.tr("%1 (harmless)").replace("%1", what)
        return [what, problem.path.rsplit("/", 1)[-1], problem.detail]


class ConflictsModel(_Rows):
    def headers(self) -> list[str]:
        return [self.tr("What"), self.tr("Where"), self.tr("Field"), self.tr("Found")]

    def cells(self, view: ConflictView) -> list[str]:
        what = kind_label(view.kind)
        if view.needs_decision:
            what = self.tr("%1 – must be decided").replace("%1", what)
        return [what, f"{table_label(view.table_name)} »{view.row_label}«", field_label(view.field),
                when(view.created_at)]
