"""Speed of the ambassador feature at the design size (2,000 ambassadors, ~50,000 shifts and visits).

    uv run python -m benchmarks.ambassadors [DB_PATH]

Each `bench_*` takes a database path, fills it with generated data the first time (Core bulk
inserts with outbox rows, like the demo generator), and returns timings in milliseconds
(median and worst of several runs). Targets: roster filtered by language ≤ 50 ms; the
suggestion list for a welcome visit ≤ 30 ms.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Callable

from sqlalchemy import func, insert, select

from boligsocial_desktop.domain.languages import LanguageLevel
from boligsocial_desktop.services.ambassadors import AmbassadorService, RosterFilter, WelcomeVisitService
from boligsocial_desktop.storage.engine import Database, open_database
from boligsocial_desktop.storage.models import (
    Ambassador,
    AmbassadorLanguage,
    Duty,
    DutyAssignment,
    Estate,
    MoveIn,
    WelcomeVisit,
)
from boligsocial_desktop.storage.outbox import record_inserts
from boligsocial_desktop.storage.types import new_id

TODAY = date(2026, 3, 4)
AMBASSADORS = 2_000
DUTIES = 25_000
MOVE_INS = 25_000
ESTATES = ("Søparken", "Ellemarken", "Hastrupparken", "Karlemoseparken", "Taastrupgaard")
LANGUAGE_MIX = ("da", "ar", "so", "tr", "ur", "fa", "ti", "pl", "en", "de", "ku", "ps", "ru", "uk", "ro", "bs")
FIRST = ("Hodan", "Omar", "Leyla", "Hamid", "Tesfay", "Agnieszka", "Zainab", "Åse", "Karim", "Ayaan", "Mette",
         "Søren", "Fatima", "Yusuf", "Nour", "Ali", "Sara", "Mohammed", "Jens", "Ida")
LAST = ("Ali", "Yusuf", "Demir", "Rahimi", "Gebremedhin", "Nowak", "Hussain", "Mikkelsen", "Saleh", "Farah",
        "Hansen", "Jensen", "Nielsen", "Warsame", "Khan", "Yılmaz", "Østergaard", "Ærenlund")


def _rows(model, records: list[dict], session) -> None:
    now = datetime.now(UTC)
    for record in records:
        record.setdefault("created_at", now)
        record.setdefault("updated_at", now)
        record.setdefault("version", 1)
    session.execute(insert(model), records)
    record_inserts(session, model.__tablename__, records)


def generate(db: Database, seed: int = 4) -> None:
    """2,000 ambassadors with 1–3 languages, 25,000 shifts over ten years, 25,000 move-ins with visits."""
    rng = random.Random(seed)
    with db.transaction() as session:
        estates = [{"id": new_id(), "name": name} for name in ESTATES]
        _rows(Estate, estates, session)
        people, languages = [], []
        for number in range(AMBASSADORS):
            status = rng.choices(("aktiv", "pause", "stoppet"), (70, 10, 20))[0]
            scope = rng.choice(("ingen", "gemme", "gemme_og_dele"))
            person = {"id": new_id(), "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {number}",
                      "estate_id": rng.choice(estates)["id"], "status": status, "consent_scope": scope,
                      "phone": f"{rng.randint(20, 99)} {number // 100:02d} {number % 100:02d} 00"
                      if scope != "ingen" else None,
                      "consent_date": date(2024, 1, 1) if scope != "ingen" else None,
                      "start_date": date(2016, 1, 1) + timedelta(days=rng.randint(0, 3600)),
                      "stop_date": TODAY - timedelta(days=10) if status == "stoppet" else None}
            people.append(person)
            for code in rng.sample(LANGUAGE_MIX, rng.randint(1, 3)):
                languages.append({"id": new_id(), "ambassador_id": person["id"], "language": code,
                                  "level": rng.choice(list(LanguageLevel)).value})
        _rows(Ambassador, people, session)
        _rows(AmbassadorLanguage, languages, session)
        duties, assignments = [], []
        for _ in range(DUTIES):
            day = TODAY - timedelta(days=rng.randint(-30, 3650))
            duty = {"id": new_id(), "kind": rng.choice(("affaldsguide", "værtskab ved arrangement", "andet")),
                    "estate_id": rng.choice(estates)["id"], "day": day, "start_time": time(16),
                    "end_time": time(18), "needed": 2}
            duties.append(duty)
            for person in rng.sample(people, 2):
                assignments.append({"id": new_id(), "duty_id": duty["id"], "ambassador_id": person["id"],
                                    "state": rng.choice(("bekræftet", "udført", "afbud"))})
        _rows(Duty, duties, session)
        _rows(DutyAssignment, assignments, session)
        move_ins, visits = [], []
        for number in range(MOVE_INS):
            day = TODAY - timedelta(days=rng.randint(0, 3650))
            move_in = {"id": new_id(), "estate_id": rng.choice(estates)["id"], "address": f"Vej {number}",
                       "move_in_date": day, "household_languages": ",".join(rng.sample(LANGUAGE_MIX, 2))}
            move_ins.append(move_in)
            done = day < TODAY - timedelta(days=30)
            visits.append({"id": new_id(), "move_in_id": move_in["id"], "due_date": day + timedelta(days=14),
                           "state": "udført" if done else "åben",
                           "ambassador_id": rng.choice(people)["id"] if done else None})
        _rows(MoveIn, move_ins, session)
        _rows(WelcomeVisit, visits, session)


def _database(db_path: str | Path) -> Database:
    db = open_database(path=Path(db_path))
    with db.reading() as session:
        empty = not session.scalar(select(func.count()).select_from(Ambassador))
    if empty:
        generate(db)
    return db


def _time(fn: Callable[[], object], runs: int = 15) -> dict[str, float]:
    fn()  # warm the caches once, as a page that has been open a while would be
    samples = []
    for _ in range(runs):
        start = clock.perf_counter()
        fn()
        samples.append((clock.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(samples), 2), "max_ms": round(max(samples), 2)}


def bench_roster_by_language(db_path) -> dict[str, float]:
    db = _database(db_path)
    try:
        service = AmbassadorService(db, today=TODAY)
        result = _time(lambda: service.roster(RosterFilter(language="so")))
        everyone = _time(lambda: service.roster(RosterFilter(status=None)))
        result.update({"rows": float(len(service.roster(RosterFilter(language="so")))),
                       "all_2000_median_ms": everyone["median_ms"]})
        return result
    finally:
        db.dispose()


def bench_welcome_suggestions(db_path) -> dict[str, float]:
    db = _database(db_path)
    try:
        service = WelcomeVisitService(db, today=TODAY)
        with db.reading() as session:
            visit_id = session.scalars(select(WelcomeVisit.id).where(WelcomeVisit.state == "åben")).first()
        result = _time(lambda: service.suggestions(visit_id))
        everyone = _time(lambda: service.suggestions(visit_id, show_everyone=True))
        result.update({"rows": float(len(service.suggestions(visit_id).rows)),
                       "show_everyone_median_ms": everyone["median_ms"],
                       "show_everyone_max_ms": everyone["max_ms"]})
        return result
    finally:
        db.dispose()


BENCHMARKS = {"ambassadors.roster_by_language": bench_roster_by_language,
              "ambassadors.welcome_suggestions": bench_welcome_suggestions}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(argv[0]) if argv else Path(tmp) / "bench.sqlite"
        for name, bench in BENCHMARKS.items():
            print(name, bench(db_path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
