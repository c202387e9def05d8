"""Qt models over the report's tables, and the delegate that draws a target's progress bar."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from ...domain.report_layout import Kind, RowStyle, Table
from ...services.reports.suppression import PRIMARY_MARK
from ..status_colours import themed_colour

Index = QModelIndex | QPersistentModelIndex
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # a progress cell's share reached; None when hidden
SUBTOTAL_BRUSH = QBrush(QColor("#e8f0f6"))


class ReportTableModel(QAbstractTableModel):
    """Read-only view of one report table: Danish numbers, totals in bold, hidden cells explained."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: Table | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def table(self) -> Table | None:
        return self._table

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self._table is None else len(self._table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        table = self._table
        if table is None or not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return table.text(r, c)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if table.kind(r, c) is Kind.TEXT:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and table.styles[r] is not RowStyle.NORMAL:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and table.styles[r] is RowStyle.SUBTOTAL:
            return QBrush(themed_colour(SUBTOTAL_BRUSH.color()))
        if role == Qt.ItemDataRole.ToolTipRole:
            mark = table.marks.get((r, c))
            if mark == PRIMARY_MARK:
                return self.tr("Fewer than 5: hidden so that no resident can be recognised.")
            if mark:
                return self.tr("Hidden so that a number under 5 cannot be worked out from a total.")
            if table.kind(r, c) is Kind.TEXT and len(table.text(r, c)) > 30:
                return table.text(r, c)
            return None
        if role == FRACTION_ROLE and c == table.progress_column:
            return None if (r, c) in table.marks else table.rows[r][c]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        table = self._table
        if table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(table.columns):
            return table.columns[section].title
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws the share of a target reached as a progress bar with the percent on it."""

    def paint(self, painter, option, index) -> None:
        fraction = index.data(FRACTION_ROLE)
        if fraction is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = max(0, min(100, round(fraction * 100)))
        bar.text = index.data(Qt.ItemDataRole.DisplayRole)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
