"""Table models of the advice page. They hold plain rows; the lazy ones fetch a page at a time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from ...services.visits import AuditRow, CaseRow, FollowUp, PageKey, VisitPage, VisitRow
from ..table_model import Column, Index, TableModel, bold_when, brush_when
from .labels import (
    consent_names,
    fmt_date,
    fmt_local_date,
    fmt_time,
    gender_names,
    language_names,
)

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b00020")
OVERDUE_BACKGROUND = QColor("#fde7e9")


class VisitRowsModel(TableModel[VisitRow]):
    """Visits as rows; the columns are chosen by key so each table shows what it needs."""

    ALL_COLUMNS = ("date", "time", "office", "estate", "topics", "referrals", "language", "duration", "staff",
                   "follow_up", "repeat", "notes")

    def __init__(self, columns: Sequence[str] = ALL_COLUMNS, parent=None):
        self.columns = tuple(columns)  # read by declare_columns, which the base class calls
        self._languages = language_names()
        super().__init__(parent)

    def declare_columns(self) -> list[Column[VisitRow]]:
        def tooltip(text: Callable[[VisitRow], str]) -> Callable[[VisitRow], str | None]:
            return lambda visit: text(visit) or None

        topics, referrals = (lambda v: ", ".join(v.topics)), (lambda v: ", ".join(v.referrals))
        by_key: dict[str, Column[VisitRow]] = {
            "date": Column(self.tr("Date"), lambda v: fmt_local_date(v.visited_at)),
            "time": Column(self.tr("Time"), lambda v: fmt_time(v.visited_at)),
            "office": Column(self.tr("Office"), lambda v: v.office_name),
            "estate": Column(self.tr("Estate"), lambda v: v.estate_name or ""),
            "topics": Column(self.tr("Topics"), topics, tooltip=tooltip(topics)),
            "referrals": Column(self.tr("Referred to"), referrals, tooltip=tooltip(referrals)),
            "language": Column(self.tr("Language"), self._language, tooltip=tooltip(self._language)),
            "duration": Column(self.tr("Minutes"), lambda v: str(v.duration_minutes) if v.duration_minutes else "",
                               align=Qt.AlignmentFlag.AlignRight),
            "staff": Column(self.tr("Staff"), lambda v: v.staff_name),
            "follow_up": Column(self.tr("Follow-up"), self._follow_up),
            "repeat": Column(self.tr("Repeat"), self._repeat),
            "notes": Column(self.tr("Note"), self._notes),
        }
        return [by_key[key] for key in self.columns]

    def row_roles(self) -> dict[int, Callable[[VisitRow], Any]]:
        return {ROW_ID_ROLE: lambda visit: visit.id}

    def _language(self, visit: VisitRow) -> str:
        text = self._languages.get(visit.language, "") if visit.language else ""
        return text + (self.tr(" (interpreter)") if visit.interpreter_used else "")

    def _follow_up(self, visit: VisitRow) -> str:
        if visit.follow_up_due is None:
            return ""
        return self.tr("done") if visit.follow_up_done else fmt_date(visit.follow_up_due)

    def _repeat(self, visit: VisitRow) -> str:
        if not visit.repeat_count:
            return ""
        return self.tr("first") if visit.repeat_count == 1 else self.tr("%1 visits").replace(
            "%1", str(visit.repeat_count))

    def _notes(self, visit: VisitRow) -> str:
        parts = []
        if visit.has_notes:
            parts.append(self.tr("note"))
        if visit.case_linked:
            parts.append(self.tr("case"))
        return ", ".join(parts)


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
        self._next = None
        self._loading = True
        self.set_rows([])
        self._request(None, self.generation)

    def add_page(self, generation: int, page: VisitPage) -> None:
        if generation != self.generation:
            return
        self.append_rows(page.rows)  # still loading meanwhile: whoever hears of the rows may not ask for more
        self._loading = False
        self._next = page.next_key

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


class FollowUpModel(TableModel[FollowUp]):
    """Open follow-ups; ticking the first column marks one as done (one step)."""

    done_requested = Signal(str)

    def declare_columns(self) -> list[Column[FollowUp]]:
        def overdue_since(item: FollowUp) -> str | None:
            return self.tr("Overdue since %1").replace("%1", fmt_date(item.due)) if item.overdue else None

        return [
            Column(self.tr("Done"), lambda _item: "", check=lambda _item: False, set_check=self._ticked),
            Column(self.tr("Due"), self._due, roles={Qt.ItemDataRole.AccessibleTextRole: overdue_since}),
            Column(self.tr("Visit"), lambda item: f"{fmt_local_date(item.visit.visited_at)} "
                                                  f"{fmt_time(item.visit.visited_at)}"),
            Column(self.tr("Estate"), lambda item: item.visit.estate_name or ""),
            Column(self.tr("Topics"), lambda item: ", ".join(item.visit.topics)),
            Column(self.tr("Outcome"), lambda item: item.visit.outcome or ""),
            Column(self.tr("Referred to"), lambda item: ", ".join(item.visit.referrals)),
        ]

    def row_roles(self) -> dict[int, Callable[[FollowUp], Any]]:
        return {Qt.ItemDataRole.ForegroundRole: brush_when(self._overdue, OVERDUE_COLOUR),
                Qt.ItemDataRole.BackgroundRole: brush_when(self._overdue, OVERDUE_BACKGROUND),
                Qt.ItemDataRole.FontRole: bold_when(lambda item: item.overdue or item.due_today),
                ROW_ID_ROLE: lambda item: item.visit.id}

    @staticmethod
    def _overdue(item: FollowUp) -> bool:
        return item.overdue

    def _due(self, item: FollowUp) -> str:
        text = fmt_date(item.due)
        if item.overdue:
            return self.tr("%1 (overdue)").replace("%1", text)
        return self.tr("%1 (today)").replace("%1", text) if item.due_today else text

    def _ticked(self, item: FollowUp, checked: bool) -> bool:
        if checked:
            self.done_requested.emit(item.visit.id)
        return checked


class CaseTableModel(TableModel[CaseRow]):
    def declare_columns(self) -> list[Column[CaseRow]]:
        return [
            Column(self.tr("Name"), lambda case: case.name),
            Column(self.tr("Phone"), lambda case: case.phone or ""),
            Column(self.tr("Consent"), lambda case: consent_names().get(case.consent_kind, case.consent_kind)),
            Column(self.tr("Consent date"), lambda case: fmt_date(case.consent_date)),
            Column(self.tr("Visits"), lambda case: str(case.visits)),
            Column(self.tr("Last visit"), lambda case: fmt_local_date(case.last_visit_at)),
            Column(self.tr("Deleted after"), lambda case: fmt_date(case.delete_after)),
        ]

    def row_roles(self) -> dict[int, Callable[[CaseRow], Any]]:
        return {ROW_ID_ROLE: lambda case: case.id}


class AuditTableModel(TableModel[AuditRow]):
    """The audit log, newest first; `request(before)` loads the next (older) page, handed back to add_page."""

    def __init__(self, request: Callable[[tuple | None], None], page_size: int, parent=None):
        super().__init__(parent)
        self._request = request
        self._page_size = page_size
        self._more = False
        self._loading = False

    def declare_columns(self) -> list[Column[AuditRow]]:
        tables = {"advice_visits": self.tr("visits"), "advice_cases": self.tr("named cases"),
                  "staff_members": self.tr("staff"), "office_settings": self.tr("settings"),
                  "audit_log": self.tr("audit log")}
        return [
            Column(self.tr("Time"), lambda entry: f"{fmt_local_date(entry.at)} {entry.at.astimezone():%H:%M:%S}"),
            Column(self.tr("Staff"), lambda entry: entry.staff_name),
            Column(self.tr("Action"), lambda entry: entry.action),
            Column(self.tr("Table"), lambda entry: tables.get(entry.table_name or "", entry.table_name or "")),
            Column(self.tr("Row"), lambda entry: (entry.row_id or "")[:8]),
            Column(self.tr("Detail"), lambda entry: entry.detail or ""),
        ]

    def restart(self) -> None:
        self._more = False
        self._loading = True
        self.set_rows([])
        self._request(None)

    def add_page(self, rows: Sequence[AuditRow]) -> None:
        self.append_rows(rows)  # still loading meanwhile: whoever hears of the rows may not ask for more
        self._loading = False
        self._more = len(rows) >= self._page_size

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            last = self.rows()[-1]
            self._request((last.at, last.id))


__all__ = [
    "ROW_ID_ROLE",
    "AuditTableModel",
    "CaseTableModel",
    "FollowUpModel",
    "LazyVisitModel",
    "VisitRowsModel",
    "gender_names",
]
