"""One table model for the program's lists: the columns are declared as data, the rows are plain
objects from the services (never ORM objects).

    class StaffTableModel(TableModel[StaffInfo]):
        def declare_columns(self) -> list[Column[StaffInfo]]:
            return [Column(self.tr("Name"), lambda m: m.name), ...]

A cell's role is answered by, in turn: the column's `roles`, the column's own fields (text, edit,
tooltip, align, check), and the model's `row_roles` (a muted or warning row, the row's id).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from .status_colours import themed_colour

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
Getter = Callable[[Any], Any]


def aligned(horizontal: Qt.AlignmentFlag) -> int:
    """A TextAlignmentRole value: `horizontal`, centred vertically."""
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


def bold_when(test: Callable[[Row], bool]) -> Callable[[Row], QFont | None]:
    """A FontRole getter: bold where `test` holds."""

    def font(row: Row) -> QFont | None:
        if not test(row):
            return None
        bold = QFont()
        bold.setBold(True)
        return bold

    return font


def brush_when(test: Callable[[Row], bool], colour: QColor) -> Callable[[Row], QBrush | None]:
    """A ForegroundRole or BackgroundRole getter: `colour` (made readable in dark mode) where `test` holds."""
    return lambda row: QBrush(themed_colour(colour)) if test(row) else None


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its translated header and how a row gives the cell's text and looks."""

    header: str
    text: Callable[[Row], str]
    align: Qt.AlignmentFlag | None = None  # horizontal, for every cell of the column; None: the view's (left)
    tooltip: Callable[[Row], str | None] | None = None
    sort_key: Callable[[Row], Any] | None = None  # when the view sorts; None: by the text
    roles: Mapping[int, Callable[[Row], Any]] = field(default_factory=dict)  # any role, cell by cell
    edit: Callable[[Row], Any] | None = None  # the EditRole value; None: the text
    set_value: Callable[[Row, Any], bool] | None = None  # makes the cell editable; False refuses the value
    check: Callable[[Row], bool] | None = None  # makes the cell show a tick box
    set_check: Callable[[Row, bool], bool] | None = None  # makes the tick box clickable


class TableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one kind under declared columns, replaced as a whole by `set_rows`."""

    batch: int | None = None  # hand the view this many rows at a time (canFetchMore) when the list is long
    first_sort: tuple[int, Qt.SortOrder] | None = None  # the order before the view sorts; None: as given
    text_tooltips = False  # a cell without a tooltip of its own shows its text (for text cut off)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Row] = []
        self._shown = 0
        self._sort = self.first_sort
        self._busy = False  # resetting or inserting: the view may not fetch more meanwhile
        self._columns: list[Column[Row]] = self.declare_columns()
        self._row_roles = self.row_roles()

    def declare_columns(self) -> list[Column[Row]]:
        raise NotImplementedError

    def row_roles(self) -> Mapping[int, Callable[[Row], Any]]:
        """Roles that hold for every cell of a row."""
        return {}

    # --- the rows -------------------------------------------------------------

    def set_rows(self, rows: Iterable[Row]) -> None:
        """New rows, kept in the view's sort order."""
        self._reset(list(rows), self.batch or 0)

    def set_rows_and_columns(self, rows: Iterable[Row], columns: Sequence[Column[Row]]) -> None:
        """New rows under new columns, for a table whose columns come with its data."""
        self._columns = list(columns)
        self._reset(list(rows), self.batch or 0)

    def append_rows(self, rows: Sequence[Row]) -> None:
        """Rows added at the end, as a lazily loaded list's next page comes in."""
        if rows:
            first = len(self._rows)
            self._busy = True
            try:
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self._shown += len(rows)
                self.endInsertRows()
            finally:
                self._busy = False

    def remove_row(self, number: int) -> None:
        if 0 <= number < self.rowCount():
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self._shown -= 1
            self.endRemoveRows()

    def row_at(self, number: int) -> Row | None:
        return self._rows[number] if 0 <= number < self.rowCount() else None

    def rows(self) -> list[Row]:
        """Every row held, also those not handed to the view yet."""
        return list(self._rows)

    def total(self) -> int:
        return len(self._rows)

    def _reset(self, rows: list[Row], shown: int) -> None:
        """A reset during which nothing more is fetched (a view or tester asks while modelReset is emitted)."""
        self.beginResetModel()
        self._busy = True
        try:
            self._rows = self._sorted(rows)
            self._shown = len(rows) if self.batch is None else min(shown, len(rows))
            self.endResetModel()
        finally:
            self._busy = False

    def _sorted(self, rows: list[Row]) -> list[Row]:
        if self._sort is None:
            return rows
        number, order = self._sort
        column = self._columns[number]
        return sorted(rows, key=column.sort_key or column.text, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns):
            self._sort = (column, order)
            # A reset rather than a layout change: the view may fetch the next batch in reply, which must not
            # happen while a layout change is still in flight.
            self._reset(self._rows, max(self._shown, self.batch or 0))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._busy and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            more = min(self.batch or len(self._rows), len(self._rows) - self._shown)
            self._busy = True  # whoever hears rowsAboutToBeInserted may not fetch the same rows again
            try:
                self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
                self._shown += more
                self.endInsertRows()
            finally:
                self._busy = False

    # --- what Qt asks -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def _valid(self, index: Index) -> bool:
        return index.isValid() and 0 <= index.row() < self._shown and 0 <= index.column() < len(self._columns)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        for getter in (column.roles.get(role), self._column_getter(column, role), self._row_roles.get(role)):
            if getter is not None:
                return getter(row)
        return None

    def _column_getter(self, column: Column[Row], role: int) -> Getter | None:
        if role == Role.DisplayRole:
            return column.text
        if role == Role.EditRole:
            return column.edit or column.text
        if role == Role.ToolTipRole:
            return column.tooltip or (column.text if self.text_tooltips else None)
        if role == Role.TextAlignmentRole and column.align is not None:
            alignment = aligned(column.align)
            return lambda _row: alignment
        check = column.check
        if role == Role.CheckStateRole and check is not None:
            return lambda row: Qt.CheckState.Checked if check(row) else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        column = self._columns[index.column()]
        if column.set_value is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        if column.set_check is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not self._valid(index):
            return False
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Role.EditRole and column.set_value is not None:
            changed = column.set_value(row, value)
        elif role == Role.CheckStateRole and column.set_check is not None:
            changed = column.set_check(row, Qt.CheckState(value) == Qt.CheckState.Checked)
        else:
            return False
        if changed:
            self.dataChanged.emit(index, index)
        return changed

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if role == Role.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None
