"""Åben Rådgivning's speed targets on the large demo database (about 100,000 visits)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.registry import Figures, demo_today, measure, register


def _open(db_path):
    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.storage.engine import open_database

    db = open_database(path=Path(db_path))
    staff = next(s for s in StaffService(db).list_staff() if s.is_adviser)
    return db, staff


@register("visits.save_visit")
def save_visit(db_path: Path) -> Figures:
    """One visit with two topics and a referral, committed with its outbox rows (target ≤ 20 ms)."""
    from boligsocial_desktop.services.visits import VisitInput, VisitService

    db, staff = _open(db_path)
    service = VisitService(db)
    reference = service.reference_data()
    data = VisitInput(visited_at=datetime.now(UTC) - timedelta(minutes=1), office_estate_id=reference.estates[0].id,
                      staff_id=staff.id, topic_ids=(reference.topics[0].id, reference.topics[1].id),
                      referral_ids=(reference.referrals[0].id,), repeat_token="AB1975", notes="Benchmark",
                      duration_minutes=20)
    result = measure(lambda: service.log_visit(staff, data), repeat=21)
    db.dispose()
    return result


def _filter(db, today: date):
    from boligsocial_desktop.services.visits import VisitFilter, VisitService

    reference = VisitService(db).reference_data()
    return VisitFilter(date_from=date(today.year - 1, today.month, 1), date_to=today,
                       topic_id=reference.topics[1].id)


@register("visits.filter_first_page", ui=True)
def filter_first_page(db_path: Path) -> Figures:
    """Filter by topic and twelve months to a painted first page (target ≤ 100 ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from boligsocial_desktop.services.visits import VisitLogService
    from boligsocial_desktop.ui.visits.models import LazyVisitModel, VisitRowsModel

    app = QApplication.instance() or QApplication([])
    db, staff = _open(db_path)
    service = VisitLogService(db)
    flt = _filter(db, demo_today(db_path))
    view = QTableView()
    view.resize(1000, 600)
    view.show()

    def paint() -> None:
        model = LazyVisitModel(lambda after, gen: model.add_page(gen, service.page(staff, flt, after)),
                               VisitRowsModel.ALL_COLUMNS)
        view.setModel(model)
        model.restart()
        view.viewport().repaint()
        app.processEvents()

    result = {
        "service_page": measure(lambda: service.page(staff, flt)),
        "painted_page": measure(paint),
        "unfiltered_service_page": measure(lambda: service.page(staff, type(flt)())),
    }
    view.close()
    db.dispose()
    return result


@register("visits.statistics")
def statistics(db_path: Path) -> Figures:
    """Statistics for the filtered set (target ≤ 200 ms), and for every visit."""
    from boligsocial_desktop.services.visits import VisitFilter, VisitLogService

    db, staff = _open(db_path)
    service = VisitLogService(db)
    flt = _filter(db, demo_today(db_path))
    result = {
        "topic_12_months": measure(lambda: service.statistics(staff, flt)),
        "all_visits": measure(lambda: service.statistics(staff, VisitFilter()), repeat=3),
    }
    db.dispose()
    return result


@register("visits.purge_dry_run")
def purge_dry_run(db_path: Path) -> Figures:
    from boligsocial_desktop.services.visits import purge

    db, _ = _open(db_path)
    result = measure(lambda: purge(db, dry_run=True), repeat=3)
    db.dispose()
    return result
