"""Table models of the sync views; they hold plain rows from the sync services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.danish import clock, short_date
from ...sync.conflicts import ConflictView
from ...sync.status import PeerInfo
from ..table_model import Column, TableModel
from .labels import field_label, kind_label, problem_label, table_label

if TYPE_CHECKING:
    from ...sync.engine import Problem


def when(moment) -> str:
    if moment is None:
        return "–"
    local = moment.astimezone()
    return f"{short_date(local.date())} {clock(local.time())}"


class PeersModel(TableModel[PeerInfo]):
    text_tooltips = True

    def declare_columns(self) -> list[Column[PeerInfo]]:
        return [
            Column(self.tr("PC"), self._name),
            Column(self.tr("Last contact"), lambda peer: when(peer.last_contact)),
            Column(self.tr("Program version"), lambda peer: peer.app_version or "–"),
        ]

    def _name(self, peer: PeerInfo) -> str:
        name = peer.name or self.tr("Unknown")
        return f"{name} ({peer.origin[:8]})"


class ProblemsModel(TableModel["Problem"]):
    text_tooltips = True

    def declare_columns(self) -> list[Column[Problem]]:
        return [
            Column(self.tr("What"), self._what),
            Column(self.tr("File"), lambda problem: problem.path.rsplit("/", 1)[-1]),
            Column(self.tr("Details"), lambda problem: problem.detail),
        ]

    def _what(self, problem: Problem) -> str:
        what = problem_label(problem.kind)
        return self.tr("%1 (harmless)").replace("%1", what) if problem.harmless else what


class ConflictsModel(TableModel[ConflictView]):
    text_tooltips = True

    def declare_columns(self) -> list[Column[ConflictView]]:
        return [
            Column(self.tr("What"), self._what),
            Column(self.tr("Where"), lambda view: f"{table_label(view.table_name)} »{view.row_label}«"),
            Column(self.tr("Field"), lambda view: field_label(view.field)),
            Column(self.tr("Found"), lambda view: when(view.created_at)),
        ]

    def _what(self, view: ConflictView) -> str:
        what = kind_label(view.kind)
        return self.tr("%1 – must be decided").replace("%1", what) if view.needs_decision else what
