"""Every table model of the windows passes Qt's model tester, empty and with realistic rows, and keeps
passing while it changes (sorting, batches, editing, pages added). A model in boligsocial_desktop/ui that
is not listed in CASES fails `test_every_model_in_the_ui_is_checked`, so a new one cannot skip the tester."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QImage, QPixmap

import boligsocial_desktop.ui
from boligsocial_desktop.domain.enums import (
    AmbassadorStatus,
    AssignmentState,
    ConsentScope,
    DutyKind,
    StaffRole,
    WelcomeVisitState,
)
from boligsocial_desktop.domain.languages import LanguageLevel
from boligsocial_desktop.domain.report_layout import Column as ReportColumn
from boligsocial_desktop.domain.report_layout import Kind, RowStyle, Table
from boligsocial_desktop.services.ambassadors import AssignmentRow, DutyRow, QueueRow, RosterRow, Suggestion
from boligsocial_desktop.services.ambassadors.common import LanguageSkill
from boligsocial_desktop.services.backup_copies import BackupInfo
from boligsocial_desktop.services.flyers import FlyerActivity
from boligsocial_desktop.services.reports.plan import metric_choices
from boligsocial_desktop.services.reports.suppression import PRIMARY_MARK
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.services.staff_admin import StaffAdminService
from boligsocial_desktop.services.visits import AuditRow, CaseRow, FollowUp, PageKey, VisitPage, VisitRow
from boligsocial_desktop.sync.conflicts import ConflictView
from boligsocial_desktop.sync.engine import Problem
from boligsocial_desktop.sync.status import PeerInfo
from boligsocial_desktop.ui.ambassadors.models import (
    AssignmentModel,
    DutyModel,
    QueueModel,
    RosterModel,
    SuggestionModel,
)
from boligsocial_desktop.ui.flyers.models import ActivityListModel, TranslationModel
from boligsocial_desktop.ui.maintenance.backup_panel import BackupTableModel
from boligsocial_desktop.ui.reports.models import ReportTableModel
from boligsocial_desktop.ui.reports.targets_dialog import TargetsModel
from boligsocial_desktop.ui.settings_page import StaffTableModel
from boligsocial_desktop.ui.sync.models import ConflictsModel, PeersModel, ProblemsModel
from boligsocial_desktop.ui.table_model import TableModel
from boligsocial_desktop.ui.visits.models import (
    AuditTableModel,
    CaseTableModel,
    FollowUpModel,
    LazyVisitModel,
    VisitRowsModel,
)

AT = datetime(2026, 12, 9, 9, 30, tzinfo=UTC)
DAY = date(2026, 12, 9)

# --- realistic rows, as the services hand them over ---------------------------------------------------


def staff_rows(db) -> list:
    service = StaffService(db)
    admin = service.create("Åse Østergård", StaffRole.ADMINISTRATOR, initials="ÅØ", os_username="aase", pin="1357")
    anna = service.create("Anna Bæk", StaffRole.ADVISER, pin="2468")
    service.create("Bo Ibsen", StaffRole.HELPER)
    StaffAdminService(db).set_active(anna.id, False, actor_id=admin.id)
    return service.list_staff(include_inactive=True)


def visit(number: int, **changes) -> VisitRow:
    values = dict(id=f"visit-{number}", visited_at=AT - timedelta(days=number), office_name="Rådgivningen",
                  estate_name="Gellerupparken", staff_id="s1", staff_name="Åse Østergård",
                  topics=("Husleje", "Boligstøtte"), referrals=("Jobcenter",), language="ar", interpreter_used=True,
                  duration_minutes=25, age_band="30-49", gender="k", outcome="Ansøgning sendt",
                  follow_up_due=DAY + timedelta(days=number - 1), follow_up_done=number == 2,
                  repeat_count=number, has_notes=number % 2 == 1, case_linked=number == 1)
    values.update(changes)
    return VisitRow(**values)


VISITS = [visit(1), visit(2, estate_name=None, language=None, interpreter_used=False, duration_minutes=None,
                     follow_up_due=None, repeat_count=None, referrals=()), visit(3)]
FOLLOW_UPS = [FollowUp(VISITS[0], DAY - timedelta(days=3), overdue=True, due_today=False),
              FollowUp(VISITS[2], DAY, overdue=False, due_today=True),
              FollowUp(VISITS[1], DAY + timedelta(days=7), overdue=False, due_today=False)]
CASES_ROWS = [CaseRow("case-1", "Fatima Hassan", "+45 20 30 40 50", None, "skriftligt", DAY, "gemme", AT,
                      DAY + timedelta(days=365), 4),
              CaseRow("case-2", "Jens Ø", None, "jens@example.dk", "mundtligt", DAY, "gemme", None, None, 0)]
AUDIT = [AuditRow(f"audit-{n}", AT - timedelta(minutes=n), "Åse Østergård", action, table, row, detail)
         for n, (action, table, row, detail) in enumerate([
             ("læst", "advice_visits", "8f3c2a1b-0000", "notat"), ("eksporteret", "advice_cases", None, None),
             ("ændret", "office_settings", "x", "opbevaring"), ("slettet", None, None, None)])]

SKILLS = (LanguageSkill("ar", LanguageLevel.NATIVE), LanguageSkill("so", LanguageLevel.SOME))
ROSTER = [RosterRow("amb-1", "Hodan Ali", "e1", "Gellerupparken", SKILLS, AmbassadorStatus.ACTIVE, "20304050", None,
                    ConsentScope.STORE_AND_SHARE, DAY, DAY, False),
          RosterRow("amb-2", "Ahmad Rahimi", "e2", "Toveshøj", (), AmbassadorStatus.PAUSED, None, None,
                    ConsentScope.NONE, None, None, False),
          RosterRow("amb-3", "Ølbæk Jensen", "e1", "Gellerupparken", SKILLS[1:], AmbassadorStatus.STOPPED, None,
                    "o@example.dk", ConsentScope.STORE, None, DAY - timedelta(days=400), False)]
ASSIGNMENTS = [AssignmentRow("as-1", "duty-1", "amb-1", "Hodan Ali", AssignmentState.CONFIRMED, 2.5, "20304050",
                             ConsentScope.STORE_AND_SHARE, None, None, False),
               AssignmentRow("as-2", "duty-1", "amb-2", "Ahmad Rahimi", AssignmentState.PROPOSED, None, None,
                             ConsentScope.NONE, "amb-3", "Ølbæk Jensen", False),
               AssignmentRow("as-3", "duty-1", "amb-3", "Ølbæk Jensen", AssignmentState.CANCELLED, None, None,
                             ConsentScope.STORE, "amb-1", "Hodan Ali", True)]
DUTIES = [DutyRow("duty-1", DutyKind.WELCOME_VISIT, "e1", "Gellerupparken", DAY, time(16), time(17, 30), 2,
                  "Nye beboere\ni blok 4", None, None, tuple(ASSIGNMENTS), ("Mangler en ambassadør",)),
          DutyRow("duty-2", DutyKind.EVENT_HOST, "e2", "Toveshøj", DAY + timedelta(days=2), time(10), time(12), 1,
                  None, "session-1", "Fællesspisning", ())]
QUEUE = [QueueRow("wv-1", "mi-1", "e1", "Gellerupparken", "Dortesvej 12, 2. th.", DAY - timedelta(days=20), ("ar",),
                  DAY - timedelta(days=5), WelcomeVisitState.OPEN, None, None, None, 5),
         QueueRow("wv-2", "mi-2", "e2", "Toveshøj", "Janesvej 3", DAY, (), DAY + timedelta(days=9),
                  WelcomeVisitState.PLANNED, "amb-1", "Hodan Ali", None, 0)]
SUGGESTIONS = [Suggestion("amb-1", "Hodan Ali", "e1", "Gellerupparken", ("ar",), LanguageLevel.NATIVE, 3, True),
               Suggestion("amb-2", "Ahmad Rahimi", "e2", "Toveshøj", (), None, 0, False)]

ACTIVITIES = [FlyerActivity(f"act-{n}", title, "e1", "Gellerupparken", DAY + timedelta(days=n),
                            DAY + timedelta(days=n * 7), None, ("ar", "so"), translated, house)
              for n, (title, translated, house) in enumerate([("Lektiecafé", ("ar",), "Fælleshuset"),
                                                              ("Lektiecafé", (), None),
                                                              ("Fællesspisning for hele afdelingen", ("ar", "so"),
                                                               "Store sal")])]
PEERS = [PeerInfo("3f2a9c1d00112233", "Kontor-PC", AT, "1.4.0"), PeerInfo("77aa00bb", None, None, None)]
PROBLEMS = [Problem("damaged", "share/changes/3f2a/000123.bsync", "Kontrolsummen passer ikke"),
            Problem("conflict_copy", "share/changes/3f2a/000124 (1).bsync", "En kopi", harmless=True)]
CONFLICTS = [ConflictView("c-1", "field", "activities", "act-1", "title", "Lektiecafé", {"title": "A"},
                          {"title": "B"}, "Kontor-PC", AT),
             ConflictView("c-2", "duplicate", "ambassadors", "amb-1", None, "Hodan Ali", {}, {}, None, AT,
                          candidates=())]


def report_table() -> Table:
    columns = (ReportColumn("Aktivitet", Kind.TEXT), ReportColumn("Deltagere", Kind.COUNT),
               ReportColumn("Mål nået", Kind.PERCENT))
    rows = (("Lektiecafé for børn og unge i Gellerupparken og Toveshøj", 12, 0.6), ("Strikkeklub", 3, 0.15),
            ("I alt, Gellerup", 15, 0.375), ("I alt", 15, 0.375))
    return Table("maaltal", "Måltal", columns, rows, (RowStyle.NORMAL, RowStyle.NORMAL, RowStyle.SUBTOTAL,
                                                       RowStyle.TOTAL),
                 marks={(1, 1): PRIMARY_MARK, (2, 1): "x"}, progress_column=2)


# --- each model: how to fill it, and what it does afterwards (the tester watches every signal) -----------


def fill_staff(model, db) -> None:
    model.set_rows(staff_rows(db))


def fill_backups(model, db) -> None:
    model.set_rows([BackupInfo(Path("C:/Data/backups/boligsocial-2026-12-09.bsbak"), AT.replace(tzinfo=None),
                               12_345_678), BackupInfo(Path("b.bsbak"), AT.replace(tzinfo=None), 0)])


def fill_report(model, db) -> None:
    model.set_table(report_table())
    model.set_table(None)
    model.set_table(report_table())


def fill_targets(model, db) -> None:
    metric = metric_choices()[0][0]
    model.set_rows([[metric, None, 20], [metric, 2026, 1500]])
    model.add_row([metric, 2027, 5])
    assert model.setData(model.index(2, 2), 7)
    assert not model.setData(model.index(2, 0), "not a metric")
    assert not model.setData(model.index(2, 2), "many")
    model.remove_row(0)
    assert [d.target_value for d in model.drafts()] == [1500, 7]


def fill_activities(model, db) -> None:
    many = [ACTIVITIES[n % 3] for n in range(450)]
    model.set_rows(many)
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.set_filter("fælles")
    assert model.rowCount() == 150 and len(model.matching_ids()) == 150
    model.set_filter("")
    model.row_of(ACTIVITIES[2].id)
    model.set_rows(ACTIVITIES)


def fill_translations(model, db) -> None:
    model.load({"title": "Lektiecafé", "description": "Hjælp til lektier", "when": ""},
               {"title": {"ar": "مقهى الواجبات"}, "description": {"so": "Caawin"}}, {("description", "so")},
               ["ar", "so"])
    model.set_automatic({"ar": "الأربعاء 16–18"})
    model.set_danish("when", "Hver onsdag")
    model.set_danish("title", "Lektiecafé for alle")
    model.suggest("title", {"so": "Kafee"})
    assert model.setData(model.index(model.row_for("ar", "description"), TranslationModel.TRANSLATION), "مساعدة")
    model.set_languages(["so", "ar", "tr"])


def fill_roster(model, db) -> None:
    model.set_rows(ROSTER * 100)
    assert model.rowCount() == 250 and model.total() == 300
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    model.fetchMore()
    model.sort(RosterModel.NAME)
    assert model.index(0, 0).data() == "Ahmad Rahimi"


def rows_filler(rows: list) -> Callable:
    def fill(model, db) -> None:
        model.set_rows(rows)
        model.set_rows(rows[::-1])

    return fill


def lazy_visits() -> LazyVisitModel:
    """The log over VISITS, two a page, answered at once (the page loads them on a worker)."""

    def request(after: PageKey | None, generation: int) -> None:
        start = 0 if after is None else [v.id for v in VISITS].index(after.id) + 1
        rows = VISITS[start:start + 2]
        last = rows[-1]
        model.add_page(generation, VisitPage(tuple(rows), PageKey(last.visited_at, last.id)
                                             if start + 2 < len(VISITS) else None))

    model = LazyVisitModel(request, ("date", "estate", "language", "duration"))
    return model


def fill_lazy_visits(model, db) -> None:
    model.restart()
    assert model.rowCount() == 2 and model.canFetchMore()
    model.add_page(model.generation - 1, VisitPage(tuple(VISITS), None))  # an answer to an older filter
    while model.canFetchMore():
        model.fetchMore()
    assert [model.row_at(r).id for r in range(model.rowCount())] == [v.id for v in VISITS]


def audit_log() -> AuditTableModel:
    def request(before: tuple | None) -> None:
        start = 0 if before is None else [e.id for e in AUDIT].index(before[1]) + 1
        model.add_page(AUDIT[start:start + 2])

    model = AuditTableModel(request, 2)
    return model


def fill_audit(model, db) -> None:
    model.restart()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == len(AUDIT)


def fill_follow_ups(model, db) -> None:
    model.set_rows(FOLLOW_UPS)
    done = []
    model.done_requested.connect(done.append)
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert done == ["visit-1"]


@dataclass(frozen=True)
class Case:
    make: Callable[[], QAbstractItemModel]
    fill: Callable[[QAbstractItemModel, object], None]


CASES: dict[type, Case] = {
    StaffTableModel: Case(StaffTableModel, fill_staff),
    BackupTableModel: Case(BackupTableModel, fill_backups),
    PeersModel: Case(PeersModel, rows_filler(PEERS)),
    ProblemsModel: Case(ProblemsModel, rows_filler(PROBLEMS)),
    ConflictsModel: Case(ConflictsModel, rows_filler(CONFLICTS)),
    ReportTableModel: Case(ReportTableModel, fill_report),
    TargetsModel: Case(TargetsModel, fill_targets),
    ActivityListModel: Case(ActivityListModel, fill_activities),
    TranslationModel: Case(TranslationModel, fill_translations),
    RosterModel: Case(RosterModel, fill_roster),
    DutyModel: Case(DutyModel, rows_filler(DUTIES)),
    AssignmentModel: Case(AssignmentModel, rows_filler(ASSIGNMENTS)),
    QueueModel: Case(QueueModel, rows_filler(QUEUE)),
    SuggestionModel: Case(SuggestionModel, rows_filler(SUGGESTIONS)),
    VisitRowsModel: Case(VisitRowsModel, rows_filler(VISITS)),
    LazyVisitModel: Case(lazy_visits, fill_lazy_visits),
    FollowUpModel: Case(FollowUpModel, fill_follow_ups),
    CaseTableModel: Case(CaseTableModel, rows_filler(CASES_ROWS)),
    AuditTableModel: Case(audit_log, fill_audit),
}
ABSTRACT = {TableModel}  # bases that are never shown themselves

ROLE_TYPES = {
    Qt.ItemDataRole.DisplayRole: str, Qt.ItemDataRole.ToolTipRole: str, Qt.ItemDataRole.StatusTipRole: str,
    Qt.ItemDataRole.WhatsThisRole: str, Qt.ItemDataRole.AccessibleTextRole: str, Qt.ItemDataRole.SizeHintRole: QSize,
    Qt.ItemDataRole.FontRole: QFont, Qt.ItemDataRole.BackgroundRole: (QColor, QBrush),
    Qt.ItemDataRole.ForegroundRole: (QColor, QBrush),
    Qt.ItemDataRole.DecorationRole: (QPixmap, QImage, QIcon, QColor, QBrush),
}


def assert_every_cell_is_well_formed(model: QAbstractItemModel) -> None:
    """What the tester checks for the first cell only, for every cell; and a header for every column."""
    mask = int(Qt.AlignmentFlag.AlignHorizontal_Mask | Qt.AlignmentFlag.AlignVertical_Mask)
    for column in range(model.columnCount()):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        assert isinstance(header, str) and header.strip(), (type(model).__name__, column)
        for row in range(model.rowCount()):
            index = model.index(row, column)
            where = (type(model).__name__, row, column)
            for role, kind in ROLE_TYPES.items():
                value = model.data(index, role)
                assert value is None or isinstance(value, kind), (*where, role, value)
            assert isinstance(model.data(index), str), where
            alignment = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
            assert alignment is None or int(alignment) & ~mask == 0, where
            check = model.data(index, Qt.ItemDataRole.CheckStateRole)
            assert check in (None, *Qt.CheckState), where
            flags = model.flags(index)
            assert flags & Qt.ItemFlag.ItemIsEnabled and flags & Qt.ItemFlag.ItemIsSelectable, where
            assert model.rowCount(index) == 0 and model.columnCount(index) == 0, where
    assert model.data(QModelIndex()) is None and model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.data(model.index(model.rowCount(), 0)) is None


@pytest.mark.parametrize("force_py", [False, True], ids=["qt", "python"])
@pytest.mark.parametrize("model_class", list(CASES), ids=lambda cls: cls.__name__)
def test_model_passes_the_model_tester_empty_and_filled(qapp, qtmodeltester, db, model_class, force_py):
    case = CASES[model_class]
    empty = case.make()
    assert isinstance(empty, model_class)
    qtmodeltester.check(empty, force_py=force_py)
    assert_every_cell_is_well_formed(empty)
    model = case.make()
    qtmodeltester.check(model, force_py=force_py)  # stays connected: every change below is checked as well
    case.fill(model, db)
    assert model.rowCount() > 0
    assert_every_cell_is_well_formed(model)


def _ui_modules() -> list[str]:
    package = boligsocial_desktop.ui
    return sorted(info.name for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
                  if ".forms." not in info.name)


def test_every_model_in_the_ui_is_checked(qapp):
    found = set()
    for name in _ui_modules():
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QAbstractItemModel) and cls.__module__ == name:
                found.add(cls)
    assert found, "no models found: the walk is broken"
    missing = sorted(cls.__qualname__ for cls in found - set(CASES) - ABSTRACT)
    assert not missing, f"add these models to CASES in tests/ui/test_models.py: {missing}"


def test_the_report_table_explains_hidden_cells_and_aligns_numbers_right(qapp):
    model = ReportTableModel()
    model.set_table(report_table())
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Aktivitet", "Deltagere",
                                                                                 "Mål nået"]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) != right
    assert "Fewer than 5" in model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) or \
        "Færre end 5" in model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == report_table().rows[0][0]
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_the_roster_keeps_its_sort_order_when_new_rows_come(qapp):
    model = RosterModel()
    model.set_rows(ROSTER)
    assert [model.index(r, 0).data() for r in range(3)] == ["Ahmad Rahimi", "Hodan Ali", "Ølbæk Jensen"]
    model.sort(RosterModel.STARTED, Qt.SortOrder.AscendingOrder)
    model.set_rows(ROSTER[::-1])
    assert [model.index(r, 0).data() for r in range(3)] == ["Ølbæk Jensen", "Hodan Ali", "Ahmad Rahimi"]
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == "amb-3"
    assert model.index(0, RosterModel.LANGUAGES).data(Qt.ItemDataRole.ToolTipRole).startswith("somali")
