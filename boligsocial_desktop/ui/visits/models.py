"""Table models of the advice page. They hold plain rows; the lazy ones fetch a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...services.visits import AuditRow, CaseRow, FollowUp, PageKey, VisitPage, VisitRow
from ..status_colours import themed_colour
from .labels import (
    consent_names,
    fmt_date,
    fmt_local_date,
    fmt_time,
    gender_names,
    language_names,
)

Index = QModelIndex | QPersistentModelIndex
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fde7e9")


class VisitRowsModel(QAbstractTableModel):
    """Visits as rows; the columns are chosen by key so each table shows what it needs."""

    ALL_COLUMNS = ("date", "time", "office", "estate", "topics", "referrals", "language", "duration", "staff",
                   "follow_up", "repeat", "notes")

    def __init__(self, columns: Sequence[str] = ALL_COLUMNS, parent=None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[VisitRow] = []
        self._languages = language_names()

    def headers(self) -> dict[str, str]:
        return {
            "date": self.tr("Date"), "time": self.tr("Time"), "office": self.tr("Office"),
            "estate": self.tr("Estate"), "topics": self.tr("Topics"), "referrals": self.tr("Referred to"),
            "language": self.tr("Language"), "duration": self.tr("Minutes"), "staff": self.tr("Staff"),
            "follow_up": self.tr("Follow-up"), "repeat": self.tr("Repeat"), "notes": self.tr("Note"),
        }

    def set_rows(self, rows: Sequence[VisitRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> VisitRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[VisitRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def _text(self, visit: VisitRow, key: str) -> str:
        if key == "date":
            return fmt_local_date(visit.visited_at)
        if key == "time":
            return fmt_time(visit.visited_at)
        if key == "office":
            return visit.office_name
        if key == "estate":
            return visit.estate_name or ""
        if key == "topics":
            return ", ".join(visit.topics)
        if key == "referrals":
            return ", ".join(visit.referrals)
        if key == "language":
            text = self._languages.get(visit.language, "") if visit.language else ""
            return text + (self.tr(" (interpreter)") if visit.interpreter_used else "")
        if key == "duration":
            return str(visit.duration_minutes) if visit.duration_minutes else ""
        if key == "staff":
            return visit.staff_name
        if key == "follow_up":
            if visit.follow_up_due is None:
                return ""
            return self.tr("done") if visit.follow_up_done else fmt_date(visit.follow_up_due)
        if key == "repeat":
            if not visit.repeat_count:
                return ""
            return self.tr("first") if visit.repeat_count == 1 else self.tr("%1 visits").replace(
                "%1", str(visit.repeat_count))
        if key == "notes":
            parts = []
            if visit.has_notes:
                parts.append(self.tr("note"))
            if visit.case_linked:
                parts.append(self.tr("case"))
            return ", ".join(parts)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.columns):
            return None
        visit = self._rows[index.row()]
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(visit, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("topics", "referrals", "language"):
            return self._text(visit, key) or None
        if role == ROW_ID_ROLE:
            return visit.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "duration":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.columns)):
            return self.headers()[self.columns[section]]
        return None


class LazyVisitModel(VisitRowsModel):
    """The log: holds the pages fetched so far; the view asks for more as the user scrolls.

    `request(after, generation)` must start loading the page after `after` and hand it back with
    `add_page(generation, page)`; answers for an older filter (generation) are dropped.
    """

    def __init__(self, request: Callable[[PageKey | None, int], None], columns: Sequence[str], parent=None):
        super().__init__(columns, parent)
        self._request = request
        self._next: PageKey | None = None
        self._loading = False
        self.generation = 0

    def restart(self) -> None:
        """Forget the rows and load the first page (for a new filter)."""
        self.generation += 1
        self.beginResetModel()
        self._rows = []
        self._next = None
        self._loading = True
        self.endResetModel()
        self._request(None, self.generation)

    def add_page(self, generation: int, page: VisitPage) -> None:
        if generation != self.generation:
            return
        self._loading = False
        self._next = page.next_key
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()

    def page_failed(self, generation: int) -> None:
        if generation == self.generation:
            self._loading = False
            self._next = None

    @property
    def has_more(self) -> bool:
        return self._next is not None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._next is not None and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        self._request(self._next, self.generation)


class FollowUpModel(QAbstractTableModel):
    """Open follow-ups; ticking the first column marks one as done (one step)."""

    done_requested = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[FollowUp] = []

    def headers(self) -> list[str]:
        return [self.tr("Done"), self.tr("Due"), self.tr("Visit"), self.tr("Estate"), self.tr("Topics"),
                self.tr("Outcome"), self.tr("Referred to")]

    def set_rows(self, rows: Sequence[FollowUp]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> FollowUp | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            visit = item.visit
            if column == 1:
                text = fmt_date(item.due)
                if item.overdue:
                    return self.tr("%1 (overdue)").replace("%1", text)
                return self.tr("%1 (today)").replace("%1", text) if item.due_today else text
            values = {2: f"{fmt_local_date(visit.visited_at)} {fmt_time(visit.visited_at)}",
                      3: visit.estate_name or "", 4: ", ".join(visit.topics), 5: visit.outcome or "",
                      6: ", ".join(visit.referrals)}
            return values.get(column, "")
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return QBrush(themed_colour(OVERDUE_COLOUR))
        if role == Qt.ItemDataRole.BackgroundRole and item.overdue:
            return QBrush(themed_colour(OVERDUE_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole and (item.overdue or item.due_today):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 1 and item.overdue:
            return self.tr("Overdue since %1").replace("%1", fmt_date(item.due))
        if role == ROW_ID_ROLE:
            return item.visit.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.done_requested.emit(self._rows[index.row()].visit.id)
            return True
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return self.headers()[section]
        return None


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CaseRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Phone"), self.tr("Consent"), self.tr("Consent date"), self.tr("Visits"),
                self.tr("Last visit"), self.tr("Deleted after")]

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        case = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = [case.name, case.phone or "", consent_names().get(case.consent_kind, case.consent_kind),
                      fmt_date(case.consent_date), str(case.visits), fmt_local_date(case.last_visit_at),
                      fmt_date(case.delete_after)]
            return values[index.column()] if 0 <= index.column() < 7 else None
        if role == ROW_ID_ROLE:
            return case.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return self.headers()[section]
        return None


class AuditTableModel(QAbstractTableModel):
    """The audit log, newest first; `request(before)` loads the next (older) page, handed back to add_page."""

    def __init__(self, request: Callable[[tuple | None], None], page_size: int, parent=None):
        super().__init__(parent)
        self._request = request
        self._page_size = page_size
        self._rows: list[AuditRow] = []
        self._more = False
        self._loading = False

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Staff"), self.tr("Action"), self.tr("Table"), self.tr("Row"),
                self.tr("Detail")]

    def restart(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._more = False
        self._loading = True
        self.endResetModel()
        self._request(None)

    def add_page(self, rows: Sequence[AuditRow]) -> None:
        self._loading = False
        self._more = len(rows) >= self._page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            last = self._rows[-1]
            self._request((last.at, last.id))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self._rows[index.row()]
        tables = {"advice_visits": self.tr("visits"), "advice_cases": self.tr("named cases"),
                  "staff_members": self.tr("staff"), "office_settings": self.tr("settings"),
                  "audit_log": self.tr("audit log")}
        values = [f"{fmt_local_date(entry.at)} {entry.at.astimezone():%H:%M:%S}", entry.staff_name, entry.action,
                  tables.get(entry.table_name or "", entry.table_name or ""), (entry.row_id or "")[:8],
                  entry.detail or ""]
        return values[index.column()] if 0 <= index.column() < 6 else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 6:
            return self.headers()[section]
        return None


__all__ = [
    "ROW_ID_ROLE",
    "AuditTableModel",
    "CaseTableModel",
    "FollowUpModel",
    "LazyVisitModel",
    "VisitRowsModel",
    "gender_names",
]
