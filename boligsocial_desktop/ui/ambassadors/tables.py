"""How the ambassador tabs lay out their tables and read the selected row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QHeaderView, QTableView


def set_up_table(table: QTableView, model: QAbstractItemModel, stretch_column: int, widths: list[int]) -> None:
    """Show `model`; `stretch_column` takes the spare width, the others start at `widths` (0: Qt's default)."""
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)  # Tab goes on to the next field, not cell by cell
    for column, width in enumerate(widths):
        if width:
            table.setColumnWidth(column, width)


def selected_row(table: QTableView) -> int:
    """The selected row's number, -1 when none is."""
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1
