"""Reports, statistics and the <5 rule never read sealed columns: the same figures before and after the notes
are sealed, and with no advisers' key in the process at all (a helper's PC)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from reports_helpers import Q3, TODAY, build_office

from boligsocial_desktop.services import advisers_key
from boligsocial_desktop.services.reports import ReportChoices, ReportService, year_period
from boligsocial_desktop.services.reports.periods import ReportPeriod
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.services.visits import VisitFilter, VisitLogService
from boligsocial_desktop.storage.engine import open_database


def _figures(db, viewer):
    reports = ReportService(db, today=TODAY)
    quarter = ReportChoices(ReportPeriod(*Q3, "3. kvartal 2026"))
    return (reports.build(quarter, hide_small=True), reports.build(ReportChoices(year_period(2026))),
            reports.raw_visit_rows(quarter), VisitLogService(db).statistics(viewer, VisitFilter()))


def test_reports_are_the_same_before_and_after_sealing_and_without_the_key(db, db_path, tmp_path):
    build_office(db)  # holds a visit with a plain note, as an older database would
    staff = StaffService(db)
    helper = staff.create("Mie Holm", "medhjælper")
    before = _figures(db, helper)

    adviser = staff.create("Nese Yilmaz", "rådgiver", pin="2468")  # the first adviser's PIN makes the key
    staff.sign_in(adviser.id, "2468")  # … and the first sign-in seals the plain note
    with closing(sqlite3.connect(db_path)) as raw:
        notes = [n for (n,) in raw.execute("SELECT notes FROM advice_visits WHERE notes IS NOT NULL")]
    assert notes and all(n.startswith("bsv1:") for n in notes)
    assert _figures(db, helper) == before

    staff.sign_in(helper.id, None)  # a helper signs in: the key is forgotten
    with db.reading() as session:
        assert not advisers_key.holder_in(session).keys
    assert _figures(db, helper) == before

    other = open_database(path=db_path, backup_dir=tmp_path / "b2")  # another process: never had the key
    try:
        assert _figures(other, helper) == before
    finally:
        other.dispose()
