"""Table models of the ambassador page. They hold plain rows from the services, never ORM objects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

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
from ..table_model import Column, TableModel, bold_when, brush_when

WARNING_BACKGROUND = QColor("#fff1d6")
OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#a4161a")
MUTED_TEXT = QColor("#6b6b6b")
FETCH_BATCH = 250


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def consent_label(scope: ConsentScope) -> str:
    if scope == ConsentScope.STORE_AND_SHARE:
        return QCoreApplication.translate("AmbassadorLabels", "Store and share")
    if scope == ConsentScope.STORE:
        return QCoreApplication.translate("AmbassadorLabels", "Store")
    return QCoreApplication.translate("AmbassadorLabels", "None")


class RosterModel(TableModel[RosterRow]):
    """The roster: all filtered rows are kept, shown in batches (canFetchMore/fetchMore), sortable."""

    NAME, ESTATE, LANGUAGES, STATUS, PHONE, CONSENT, TRAINED, STARTED = range(8)
    batch = FETCH_BATCH
    first_sort = (NAME, Qt.SortOrder.AscendingOrder)
    text_tooltips = True

    def __init__(self, parent=None):
        super().__init__(parent)
        self._collator = QCollator(QLocale())
        self._collator.setNumericMode(True)

    def declare_columns(self) -> list[Column[RosterRow]]:
        def by_text(text: Callable[[RosterRow], str]) -> Callable[[RosterRow], Any]:
            return lambda r: (self._collator.sortKey(text(r)), self._collator.sortKey(r.name))

        def by_date(day: Callable[[RosterRow], date | None]) -> Callable[[RosterRow], Any]:
            return lambda r: (day(r) is None, day(r) or 0, self._collator.sortKey(r.name))

        return [
            Column(self.tr("Name"), lambda r: r.name, sort_key=by_text(lambda r: r.name)),
            Column(self.tr("Estate"), lambda r: r.estate_name, sort_key=by_text(lambda r: r.estate_name)),
            Column(self.tr("Languages"), lambda r: language_list(r.languages),
                   tooltip=lambda r: "\n".join(f"{s.name}: {s.level.value}" for s in r.languages),
                   sort_key=by_text(lambda r: language_list(r.languages))),
            Column(self.tr("Status"), lambda r: capitalised(r.status.value),
                   sort_key=by_text(lambda r: r.status.value)),
            Column(self.tr("Phone"), lambda r: r.phone or "", sort_key=by_text(lambda r: r.phone or "")),
            Column(self.tr("Consent"), lambda r: consent_label(r.consent_scope),
                   sort_key=by_text(lambda r: r.consent_scope.value)),
            Column(self.tr("Trained"), lambda r: fmt_date(r.training_date),
                   sort_key=by_date(lambda r: r.training_date)),
            Column(self.tr("Started"), lambda r: fmt_date(r.start_date), sort_key=by_date(lambda r: r.start_date)),
        ]

    def row_roles(self) -> dict[int, Callable[[RosterRow], Any]]:
        return {Qt.ItemDataRole.ForegroundRole: brush_when(lambda r: r.status.value != "aktiv", MUTED_TEXT),
                Qt.ItemDataRole.UserRole: lambda r: r.id}


class DutyModel(TableModel[DutyRow]):
    text_tooltips = True

    def declare_columns(self) -> list[Column[DutyRow]]:
        return [
            Column(self.tr("Day"), lambda r: fmt_day_short(r.day)),
            Column(self.tr("Time"), lambda r: clock_range_exact(r.start_time, r.end_time)),
            Column(self.tr("Kind"), lambda r: capitalised(r.kind.value) + (f" – {r.session_label}"
                                                                            if r.session_label else "")),
            Column(self.tr("Estate"), lambda r: r.estate_name),
            Column(self.tr("Staffed"),
                   lambda r: self.tr("%1 of %2").replace("%1", str(r.staffed)).replace("%2", str(r.needed))),
            Column(self.tr("Ambassadors"), self._people),
            Column(self.tr("Warnings"), lambda r: "; ".join(r.warnings),
                   roles={Qt.ItemDataRole.FontRole: bold_when(lambda r: bool(r.warnings))}),
            Column(self.tr("Description"), lambda r: " ".join((r.description or "").split())),
        ]

    @staticmethod
    def _people(row: DutyRow) -> str:
        return ", ".join(a.ambassador_name + ("" if a.state == AssignmentState.CONFIRMED else f" ({a.state.value})")
                         for a in row.assignments if a.state != AssignmentState.CANCELLED)

    def row_roles(self) -> dict[int, Callable[[DutyRow], Any]]:
        return {Qt.ItemDataRole.BackgroundRole: brush_when(lambda r: bool(r.warnings), WARNING_BACKGROUND)}


class AssignmentModel(TableModel[AssignmentRow]):
    text_tooltips = True

    def declare_columns(self) -> list[Column[AssignmentRow]]:
        return [
            Column(self.tr("Ambassador"), lambda r: r.ambassador_name),
            Column(self.tr("Status"), lambda r: capitalised(r.state.value)),
            Column(self.tr("Hours"), lambda r: fmt_hours(r.hours)),
            Column(self.tr("Swap"), self._swap),
        ]

    def _swap(self, row: AssignmentRow) -> str:
        if row.swap_pending:
            return self.tr("Wants to swap with %1 – waiting for approval").replace("%1", row.swap_with_name or "")
        if row.swap_approved:
            return self.tr("Took over from %1 (approved)").replace("%1", row.swap_with_name or "")
        return ""

    def row_roles(self) -> dict[int, Callable[[AssignmentRow], Any]]:
        return {Qt.ItemDataRole.ForegroundRole: brush_when(lambda r: r.state == AssignmentState.CANCELLED,
                                                            MUTED_TEXT),
                Qt.ItemDataRole.BackgroundRole: brush_when(lambda r: r.swap_pending, WARNING_BACKGROUND)}


class QueueModel(TableModel[QueueRow]):
    text_tooltips = True

    def declare_columns(self) -> list[Column[QueueRow]]:
        bold: dict[int, Callable[[QueueRow], Any]] = {Qt.ItemDataRole.FontRole: bold_when(self._overdue)}
        return [
            Column(self.tr("Due"), lambda r: fmt_date(r.due_date), roles=bold),
            Column(self.tr("Address"), lambda r: r.address),
            Column(self.tr("Estate"), lambda r: r.estate_name),
            Column(self.tr("Moved in"), lambda r: fmt_date(r.move_in_date)),
            Column(self.tr("Languages"), lambda r: r.language_names),
            Column(self.tr("Status"), self._status, roles=bold),
            Column(self.tr("Ambassador"), lambda r: r.ambassador_name or ""),
        ]

    @staticmethod
    def _overdue(row: QueueRow) -> bool:
        return row.overdue

    def _status(self, row: QueueRow) -> str:
        if not row.overdue:
            return capitalised(row.state.value)
        return (self.tr("Overdue by 1 day") if row.days_overdue == 1
                else self.tr("Overdue by %1 days").replace("%1", str(row.days_overdue)))

    def row_roles(self) -> dict[int, Callable[[QueueRow], Any]]:
        return {Qt.ItemDataRole.BackgroundRole: brush_when(lambda r: r.overdue, OVERDUE_BACKGROUND),
                Qt.ItemDataRole.ForegroundRole: brush_when(lambda r: r.overdue, OVERDUE_TEXT)}


class SuggestionModel(TableModel[Suggestion]):
    text_tooltips = True

    def declare_columns(self) -> list[Column[Suggestion]]:
        return [
            Column(self.tr("Ambassador"), lambda r: r.name),
            Column(self.tr("Speaks"), self._speaks),
            Column(self.tr("Estate"), lambda r: r.estate_name),
            Column(self.tr("Load (60 days)"), lambda r: str(r.load), align=Qt.AlignmentFlag.AlignRight),
        ]

    @staticmethod
    def _speaks(row: Suggestion) -> str:
        if not row.matching_languages:
            return "–"
        level = f" ({row.best_level.value})" if row.best_level and len(row.matching_languages) == 1 else ""
        return row.language_names + level

    def row_roles(self) -> dict[int, Callable[[Suggestion], Any]]:
        return {Qt.ItemDataRole.ForegroundRole: brush_when(lambda r: not r.matches, MUTED_TEXT)}
