"""Qt models over the report's tables, and the delegate that draws a target's progress bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from ...domain.report_layout import Kind, RowStyle, Table
from ...services.reports.suppression import PRIMARY_MARK
from ..status_colours import themed_colour
from ..table_model import Column, TableModel, aligned

FRACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # a progress cell's share reached; None when hidden
SUBTOTAL_BRUSH = QBrush(QColor("#e8f0f6"))


class ReportTableModel(TableModel[int]):
    """Read-only view of one report table (a row is its number): Danish numbers, totals in bold, hidden cells
    explained. The columns come with each table."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._table: Table | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def declare_columns(self) -> list[Column[int]]:
        return []

    @property
    def table(self) -> Table | None:
        return self._table

    def set_table(self, table: Table | None) -> None:
        self._table = table
        if table is None:
            self.set_rows_and_columns([], [])
        else:
            columns = [self._column(table, c) for c in range(len(table.columns))]
            self.set_rows_and_columns(range(len(table.rows)), columns)

    def _column(self, table: Table, c: int) -> Column[int]:
        roles: dict[int, Callable[[int], Any]] = {
            Qt.ItemDataRole.TextAlignmentRole: lambda r: aligned(
                Qt.AlignmentFlag.AlignLeft if table.kind(r, c) is Kind.TEXT else Qt.AlignmentFlag.AlignRight)}
        if c == table.progress_column:
            roles[FRACTION_ROLE] = lambda r: None if (r, c) in table.marks else table.rows[r][c]
        return Column(table.columns[c].title, lambda r: table.text(r, c), roles=roles,
                      tooltip=lambda r: self._tooltip(table, r, c))

    def _tooltip(self, table: Table, r: int, c: int) -> str | None:
        mark = table.marks.get((r, c))
        if mark == PRIMARY_MARK:
            return self.tr("Fewer than 5: hidden so that no resident can be recognised.")
        if mark:
            return self.tr("Hidden so that a number under 5 cannot be worked out from a total.")
        if table.kind(r, c) is Kind.TEXT and len(table.text(r, c)) > 30:
            return table.text(r, c)
        return None

    def row_roles(self) -> dict[int, Callable[[int], Any]]:
        def style(r: int) -> RowStyle:
            return self._table.styles[r] if self._table is not None else RowStyle.NORMAL

        return {Qt.ItemDataRole.FontRole: lambda r: self._bold if style(r) is not RowStyle.NORMAL else None,
                Qt.ItemDataRole.BackgroundRole: lambda r: (QBrush(themed_colour(SUBTOTAL_BRUSH.color()))
                                                           if style(r) is RowStyle.SUBTOTAL else None)}


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
