"""Sealed notes (services.advisers_key): searching 100,000 sealed notes as an adviser (target ≤ 300 ms), and
what sealing an older database's plain notes costs at the first adviser sign-in.

Runs on a copy of the demo database (the small one is enough: the visits are topped up to 100,000, each
with a sealed note, so the figure does not depend on the demo's size)."""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.registry import Figures, measure, register

VISITS_WITH_NOTES = 100_000
PIN = "24681357"


def _top_up(db, adviser_id: str, wanted: int) -> int:
    """Bulk-insert visits with sealed notes until `wanted` visits have a note (the outbox is not needed here)."""
    from sqlalchemy import func, insert, select

    from boligsocial_desktop.crypto.sealed_values import seal_value
    from boligsocial_desktop.services import advisers_key
    from boligsocial_desktop.storage.models import AdviceVisit, Estate
    from boligsocial_desktop.storage.types import new_id

    with db.transaction() as session:
        have = session.scalar(select(func.count()).select_from(AdviceVisit).where(AdviceVisit.notes.is_not(None)))
        office = session.scalar(select(Estate.id).limit(1))
        key_id, key = next(iter(advisers_key.holder_in(session).keys.items()))
        start = datetime.now(UTC) - timedelta(days=3650)
        rows = []
        for i in range(max(0, wanted - have)):
            visit_id = new_id()
            moment = start + timedelta(minutes=50 * i)
            text = f"Besøg {i}: talte om budget, husleje og breve fra kommunen; aftalte opfølgning om {i % 7 + 1} uger."
            rows.append({"id": visit_id, "visited_at": moment, "office_estate_id": office, "staff_id": adviser_id,
                         "interpreter_used": False, "created_at": moment, "updated_at": moment, "version": 1,
                         "notes": seal_value(key_id, key, text, advisers_key.place("advice_visits", "notes",
                                                                                    visit_id))})
        for chunk in range(0, len(rows), 5000):
            session.execute(insert(AdviceVisit.__table__), rows[chunk:chunk + 5000])
        return have + len(rows)


@register("visits.search_sealed_notes")
def search_sealed_notes(db_path: Path) -> Figures:
    """A note search by an adviser over 100,000 sealed notes: the first (opens every note) and the next ones
    (the session's opened notes are kept in memory). Target ≤ 300 ms. Also: sealing the demo's plain notes
    at the first adviser sign-in after the upgrade."""
    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.services.visits import VisitFilter, VisitLogService
    from boligsocial_desktop.storage.engine import open_database

    folder = Path(tempfile.mkdtemp(prefix="bench-sealed-"))
    try:
        copy = folder / "kopi.sqlite"
        shutil.copyfile(db_path, copy)
        db = open_database(path=copy, backup_dir=folder / "backups")
        staff = StaffService(db)
        plain_notes = _count_notes(db)
        adviser = staff.create("Benchmark Rådgiver", "rådgiver", pin=PIN)
        started = time.perf_counter()
        adviser = staff.sign_in(adviser.id, PIN)  # makes the key's first holder seal every plain note
        sealing = time.perf_counter() - started
        total = _top_up(db, adviser.id, VISITS_WITH_NOTES)
        service = VisitLogService(db)
        rare = VisitFilter(note_text="findes-ikke-i-nogen-note")  # every note is read: the worst case
        common = VisitFilter(note_text="husleje")
        started = time.perf_counter()
        service.page(adviser, rare)
        cold = time.perf_counter() - started
        result = {
            "visits_with_sealed_notes": total,
            "first_search_seconds": round(cold, 4),
            "search_no_match": measure(lambda: service.page(adviser, rare)),
            "search_first_page_of_many": measure(lambda: service.page(adviser, common)),
            "target_seconds": 0.3,
            "sealing_at_first_sign_in": {"plain_notes": plain_notes, "seconds": round(sealing, 3)},
        }
        db.dispose()
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _count_notes(db) -> int:
    from sqlalchemy import func, select

    from boligsocial_desktop.storage.models import AdviceVisit

    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AdviceVisit).where(AdviceVisit.notes.is_not(None)))
