"""Table models of the ambassador page. They hold plain rows from the services, never ORM objects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.danish import clock_range_exact
from ...domain.enums import AssignmentState, ConsentScope
from ...services.ambassadors import (
    AssignmentRow,
    DutyRow,
    QueueRow,
    RosterRow,
    Suggestion,
)
from ...services.ambassadors.common import (
    fmt_date,
    fmt_day_short,
    fmt_hours,
    language_list,
)
from ..status_colours import themed_colour

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

WARNING_BACKGROUND = QColor("#fff1d6")
OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#a4161a")
MUTED_TEXT = QColor("#6b6b6b")
FETCH_BATCH = 250


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one dataclass; subclasses give headers and cell text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, index: int) -> Row | None:
        return self._rows[index] if 0 <= index < self.rowCount() else None

    def rows(self) -> list[Row]:
        return list(self._rows[: self.rowCount()])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(row, index.column())
        return self.style(row, index.column(), role)

    def style(self, row: Row, column: int, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None


def consent_label(scope: ConsentScope) -> str:
    if scope == ConsentScope.STORE_AND_SHARE:
        return QCoreApplication.translate("AmbassadorLabels", "Store and share")
    if scope == ConsentScope.STORE:
        return QCoreApplication.translate("AmbassadorLabels", "Store")
    return QCoreApplication.translate("AmbassadorLabels", "None")


class RosterModel(RowTableModel[RosterRow]):
    """The roster: all filtered rows are kept, shown in batches (canFetchMore/fetchMore), sortable."""

    NAME, ESTATE, LANGUAGES, STATUS, PHONE, CONSENT, TRAINED, STARTED = range(8)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shown = 0
        self._resetting = False
        self._collator = QCollator(QLocale())
        self._collator.setNumericMode(True)
        self._sort = (self.NAME, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Estate"), self.tr("Languages"), self.tr("Status"), self.tr("Phone"),
                self.tr("Consent"), self.tr("Trained"), self.tr("Started")]

    def set_rows(self, rows: list[RosterRow]) -> None:
        self._reset(lambda: self._sorted(list(rows), *self._sort), FETCH_BATCH)

    def _reset(self, make_rows, shown: int) -> None:
        """A reset during which the view may not fetch more (it asks while modelReset is emitted)."""
        self.beginResetModel()
        self._resetting = True
        try:
            self._rows = make_rows()
            self._shown = min(shown, len(self._rows))
            self.endResetModel()
        finally:
            self._resetting = False

    def total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._resetting and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._resetting:
            return
        more = min(FETCH_BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def _key(self, column: int) -> Callable[[RosterRow], Any]:
        text = {self.NAME: lambda r: r.name, self.ESTATE: lambda r: r.estate_name,
                self.LANGUAGES: lambda r: language_list(r.languages), self.STATUS: lambda r: r.status.value,
                self.PHONE: lambda r: r.phone or "", self.CONSENT: lambda r: r.consent_scope.value}
        if column in text:
            getter = text[column]
            return lambda r: (self._collator.sortKey(getter(r)), self._collator.sortKey(r.name))
        getter = {self.TRAINED: lambda r: r.training_date, self.STARTED: lambda r: r.start_date}[column]
        return lambda r: (getter(r) is None, getter(r) or 0, self._collator.sortKey(r.name))

    def _sorted(self, rows: list[RosterRow], column: int, order: Qt.SortOrder) -> list[RosterRow]:
        return sorted(rows, key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.headers()):
            return
        self._sort = (column, order)
        # A reset rather than a layout change: the view may fetch the next batch in reply, which must
        # not happen while a layout change is still in flight.
        self._reset(lambda: self._sorted(self._rows, column, order), max(self._shown, FETCH_BATCH))

    def cell(self, row: RosterRow, column: int) -> str:
        values = [row.name, row.estate_name, language_list(row.languages),
                  capitalised(row.status.value), row.phone or "", consent_label(row.consent_scope),
                  fmt_date(row.training_date), fmt_date(row.start_date)]
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == self.LANGUAGES:
            row = self._rows[index.row()]
            return "\n".join(f"{s.name}: {s.level.value}" for s in row.languages)
        return super().data(index, role)

    def style(self, row: RosterRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.status.value != "aktiv":
            return QBrush(themed_colour(MUTED_TEXT))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class DutyModel(RowTableModel[DutyRow]):
    def headers(self) -> list[str]:
        return [self.tr("Day"), self.tr("Time"), self.tr("Kind"), self.tr("Estate"), self.tr("Staffed"),
                self.tr("Ambassadors"), self.tr("Warnings"), self.tr("Description")]

    def cell(self, row: DutyRow, column: int) -> str:
        people = [a.ambassador_name + ("" if a.state == AssignmentState.CONFIRMED else f" ({a.state.value})")
                  for a in row.assignments if a.state != AssignmentState.CANCELLED]
        kind = capitalised(row.kind.value) + (f" – {row.session_label}" if row.session_label else "")
        values = [fmt_day_short(row.day), clock_range_exact(row.start_time, row.end_time), kind, row.estate_name,
                  self.tr("%1 of %2").replace("%1", str(row.staffed)).replace("%2", str(row.needed)),
                  ", ".join(people), "; ".join(row.warnings), " ".join((row.description or "").split())]
        return values[column]

    def style(self, row: DutyRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.warnings:
            return QBrush(themed_colour(WARNING_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and column == 6 and row.warnings:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AssignmentModel(RowTableModel[AssignmentRow]):
    def headers(self) -> list[str]:
        return [self.tr("Ambassador"), self.tr("Status"), self.tr("Hours"), self.tr("Swap")]

    def cell(self, row: AssignmentRow, column: int) -> str:
        if row.swap_pending:
            swap = self.tr("Wants to swap with %1 – waiting for approval").replace("%1", row.swap_with_name or "")
        elif row.swap_approved:
            swap = self.tr("Took over from %1 (approved)").replace("%1", row.swap_with_name or "")
        else:
            swap = ""
        values = [row.ambassador_name, capitalised(row.state.value), fmt_hours(row.hours), swap]
        return values[column]

    def style(self, row: AssignmentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.state == AssignmentState.CANCELLED:
            return QBrush(themed_colour(MUTED_TEXT))
        if role == Qt.ItemDataRole.BackgroundRole and row.swap_pending:
            return QBrush(themed_colour(WARNING_BACKGROUND))
        return None


class QueueModel(RowTableModel[QueueRow]):
    def headers(self) -> list[str]:
        return [self.tr("Due"), self.tr("Address"), self.tr("Estate"), self.tr("Moved in"), self.tr("Languages"),
                self.tr("Status"), self.tr("Ambassador")]

    def cell(self, row: QueueRow, column: int) -> str:
        if row.overdue:
            status = (self.tr("Overdue by 1 day") if row.days_overdue == 1
                      else self.tr("Overdue by %1 days").replace("%1", str(row.days_overdue)))
        else:
            status = capitalised(row.state.value)
        values = [fmt_date(row.due_date), row.address, row.estate_name, fmt_date(row.move_in_date),
                  row.language_names, status, row.ambassador_name or ""]
        return values[column]

    def style(self, row: QueueRow, column: int, role: int) -> Any:
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(themed_colour(OVERDUE_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(themed_colour(OVERDUE_TEXT))
        if role == Qt.ItemDataRole.FontRole and column in (0, 5):
            font = QFont()
            font.setBold(True)
            return font
        return None


class SuggestionModel(RowTableModel[Suggestion]):
    def headers(self) -> list[str]:
        return [self.tr("Ambassador"), self.tr("Speaks"), self.tr("Estate"), self.tr("Load (60 days)")]

    def cell(self, row: Suggestion, column: int) -> str:
        level = f" ({row.best_level.value})" if row.best_level and len(row.matching_languages) == 1 else ""
        values = [row.name, (row.language_names + level) if row.matching_languages else "–", row.estate_name,
                  str(row.load)]
        return values[column]

    def style(self, row: Suggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.matches:
            return QBrush(themed_colour(MUTED_TEXT))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
