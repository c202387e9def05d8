"""Speed of Åben Rådgivning on a realistic large database (100,000 visits).

    uv run python -m benchmarks.visits [DB_PATH]

`make_visits_db` fills a scratch SQLite file with Core bulk inserts (the outbox rows
are recorded with `record_inserts`, as the demo generator does). Each `bench_*`
function takes the path and returns named timings in milliseconds (median of several
runs). Targets: saving a visit ≤ 20 ms including the outbox; filtering 100k visits by
topic and period to a painted first page ≤ 100 ms; statistics for the filtered set
≤ 200 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

VISITS = 100_000


def _median_ms(fn, runs: int = 7) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 2)


def make_visits_db(path: Path, visits: int = VISITS, seed: int = 1) -> Path:
    """A scratch database with `visits` advice visits over ten years (skipped when it exists)."""
    from boligsocial_desktop.services.places import PlacesService
    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.services.visits import VisitService
    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.storage.models import AdviceVisit, AdviceVisitReferral, AdviceVisitTopic
    from boligsocial_desktop.storage.outbox import record_inserts

    path = Path(path)
    if path.exists():
        return path
    db = open_database(path=path)
    staff = [StaffService(db).create(f"Rådgiver {i}", "rådgiver", initials=f"R{i}") for i in range(8)]
    estates = [PlacesService(db).create_estate(name).id
               for name in ("Søparken", "Ellemarken", "Hastrupparken", "Karlemoseparken", "Taastrupgaard")]
    reference = VisitService(db).reference_data()
    rnd = random.Random(seed)
    now = datetime.now(UTC)
    created = now
    batch = 5_000
    for start in range(0, visits, batch):
        rows, topics, referrals = [], [], []
        for _ in range(min(batch, visits - start)):
            visit_id = str(uuid.uuid4())
            visited = now - timedelta(minutes=rnd.randrange(10 * 365 * 24 * 60))
            rows.append({
                "id": visit_id, "created_at": created, "updated_at": created, "deleted_at": None, "version": 1,
                "visited_at": visited, "office_estate_id": estates[0], "estate_id": rnd.choice(estates),
                "staff_id": rnd.choice(staff).id, "language": rnd.choice(["da", "da", "ar", "so", "tr", None]),
                "interpreter_used": rnd.random() < 0.1, "duration_minutes": rnd.choice([10, 20, 30, None]),
                "age_band": rnd.choice([None, "25–64", "18–24", "65+"]), "gender": rnd.choice([None, "kvinde", "mand"]),
                "outcome": None, "follow_up_due": None, "follow_up_done_at": None,
                "repeat_token_hash": f"{rnd.randrange(20_000):064x}" if rnd.random() < 0.6 else None,
                "case_id": None, "notes": "Note om gæld" if rnd.random() < 0.2 else None,
            })
            for topic in rnd.sample(reference.topics, rnd.choice([1, 1, 2, 3])):
                topics.append({"id": str(uuid.uuid4()), "created_at": created, "updated_at": created,
                               "deleted_at": None, "version": 1, "visit_id": visit_id, "topic_id": topic.id})
            if rnd.random() < 0.2:
                referrals.append({"id": str(uuid.uuid4()), "created_at": created, "updated_at": created,
                                  "deleted_at": None, "version": 1, "visit_id": visit_id,
                                  "referral_target_id": rnd.choice(reference.referrals).id})
        with db.transaction() as session:
            for model, records in ((AdviceVisit, rows), (AdviceVisitTopic, topics), (AdviceVisitReferral, referrals)):
                session.execute(insert(model), records)
                record_inserts(session, model.__tablename__, records)
    db.dispose()
    return path


def _open(db_path):
    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.storage.engine import open_database

    db = open_database(path=Path(db_path))
    staff = next(s for s in StaffService(db).list_staff() if s.is_adviser)
    return db, staff


def bench_save_visit(db_path) -> dict[str, float]:
    """One visit with two topics and a referral, through the service, committed with its outbox rows."""
    from boligsocial_desktop.services.visits import VisitInput, VisitService

    db, staff = _open(db_path)
    service = VisitService(db)
    reference = service.reference_data()
    data = VisitInput(visited_at=datetime.now(UTC) - timedelta(minutes=1), office_estate_id=reference.estates[0].id,
                      staff_id=staff.id, topic_ids=(reference.topics[0].id, reference.topics[1].id),
                      referral_ids=(reference.referrals[0].id,), repeat_token="AB1975", notes="Benchmark",
                      duration_minutes=20)
    result = {"save_visit_ms": _median_ms(lambda: service.log_visit(staff, data), runs=21)}
    db.dispose()
    return result


def _filter(db):
    from boligsocial_desktop.services.visits import VisitFilter, VisitService

    reference = VisitService(db).reference_data()
    today = date.today()
    return VisitFilter(date_from=date(today.year - 1, today.month, 1), date_to=today,
                       topic_id=reference.topics[1].id)


def bench_filter_first_page(db_path) -> dict[str, float]:
    """Filter by topic and a 12-month period: service page, and the page painted in a table view."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from boligsocial_desktop.services.visits import VisitLogService
    from boligsocial_desktop.ui.visits.models import LazyVisitModel, VisitRowsModel

    app = QApplication.instance() or QApplication([])
    db, staff = _open(db_path)
    service = VisitLogService(db)
    flt = _filter(db)
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
        "filter_first_page_service_ms": _median_ms(lambda: service.page(staff, flt)),
        "filter_first_page_painted_ms": _median_ms(paint),
        "unfiltered_first_page_ms": _median_ms(lambda: service.page(staff, type(flt)())),
    }
    view.close()
    db.dispose()
    return result


def bench_statistics(db_path) -> dict[str, float]:
    from boligsocial_desktop.services.visits import VisitFilter, VisitLogService

    db, staff = _open(db_path)
    service = VisitLogService(db)
    flt = _filter(db)
    result = {
        "statistics_topic_12_months_ms": _median_ms(lambda: service.statistics(staff, flt)),
        "statistics_all_100k_ms": _median_ms(lambda: service.statistics(staff, VisitFilter()), runs=3),
    }
    db.dispose()
    return result


def bench_purge_dry_run(db_path) -> dict[str, float]:
    from boligsocial_desktop.services.visits import purge

    db, _ = _open(db_path)
    result = {"purge_dry_run_ms": _median_ms(lambda: purge(db, dry_run=True), runs=3)}
    db.dispose()
    return result


BENCHMARKS = {"save_visit": bench_save_visit, "filter_first_page": bench_filter_first_page,
              "statistics": bench_statistics, "purge_dry_run": bench_purge_dry_run}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else Path(tempfile.gettempdir()) / "boligsocial-bench-visits.sqlite"
    start = time.perf_counter()
    make_visits_db(path)
    print(f"database: {path} (ready in {time.perf_counter() - start:.1f} s)")
    for name, bench in BENCHMARKS.items():
        for key, value in bench(path).items():
            print(f"{name:18s} {key:34s} {value:9.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
