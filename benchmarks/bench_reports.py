"""The reports' speed targets on the large demo database (ten years, four estates).

Targets: a full ten-year report ≤ 1 s, a quarter ≤ 150 ms, 100,000 raw visits to XLSX ≤ 5 s.
Nothing here writes to the database (the audited export methods are not called; the same
building blocks are), so the shared cached demo database stays as it is.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from benchmarks.registry import Figures, demo_today, measure, register


def _open(db_path: Path):
    from boligsocial_desktop.storage.engine import open_database

    return open_database(path=db_path)


def _choices(db_path: Path):
    from boligsocial_desktop.services.reports import ReportChoices, custom_period, quarter_period

    today = demo_today(db_path)
    ten_years = ReportChoices(custom_period(today.replace(year=today.year - 10) + timedelta(days=1), today))
    last_quarter_start = date(today.year, (today.month - 1) // 3 * 3 + 1, 1) - timedelta(days=1)
    quarter = ReportChoices(quarter_period(last_quarter_start.year, (last_quarter_start.month - 1) // 3 + 1))
    return ten_years, quarter


@register("reports.build")
def build(db_path: Path) -> Figures:
    """Figures, tables and suppression: ten years (≤ 1 s) and the last full quarter (≤ 150 ms)."""
    from boligsocial_desktop.services.reports import ReportService

    db = _open(db_path)
    service = ReportService(db)
    ten_years, quarter = _choices(db_path)
    report = service.build(ten_years, hide_small=True)
    figures = {
        "ten_year_report": measure(lambda: service.build(ten_years, hide_small=True)),
        "quarter_report": measure(lambda: service.build(quarter, hide_small=True)),
        "ten_year_activity_rows": len(report.table("aktiviteter").rows),
        "ten_year_target_rows": len(report.table("maaltal").rows),
    }
    db.dispose()
    return figures


@register("reports.files")
def files(db_path: Path) -> Figures:
    """The quarter as PDF and XLSX, and 100,000 raw advice visits to XLSX (≤ 5 s, query included)."""
    from boligsocial_desktop.pdf.status_report import status_report_pdf
    from boligsocial_desktop.services.reports import ReportService
    from boligsocial_desktop.services.reports.exports import raw_visits_xlsx, report_xlsx

    db = _open(db_path)
    service = ReportService(db)
    ten_years, quarter = _choices(db_path)
    report = service.build(quarter, hide_small=True)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "besøg.xlsx"
        steps: list[int] = []

        def raw_visits():
            steps.clear()
            raw_visits_xlsx(service.raw_visit_rows(ten_years), target, lambda percent, _text: steps.append(percent))

        figures = {
            "quarter_pdf": measure(lambda: status_report_pdf(report), repeat=3),
            "quarter_xlsx": measure(lambda: report_xlsx(report), repeat=3),
            "raw_visits_xlsx": measure(raw_visits, repeat=3),
            "raw_visits_rows": len(service.raw_visit_rows(ten_years)),
            "raw_visits_megabytes": round(os.path.getsize(target) / 1e6, 1),
            "raw_visits_progress_steps": len(steps),
        }
    db.dispose()
    return figures


@register("reports.page_painted", ui=True)
def page_painted(db_path: Path) -> Figures:
    """The report page showing the last quarter: query, tables and the painted chart."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from boligsocial_desktop.ui import clock
    from boligsocial_desktop.ui.context import AppContext
    from boligsocial_desktop.ui.reports import ReportsPage
    from boligsocial_desktop.ui.tasks import ImmediateTaskRunner

    QApplication.instance() or QApplication([])
    db = _open(db_path)
    with clock.fixed_at(datetime.combine(demo_today(db_path), time(10)).astimezone()):  # the demo's today
        page = ReportsPage(AppContext(db=db, tasks=ImmediateTaskRunner()))
    page.resize(1280, 800)

    def show():
        page.refresh()
        page.grab()

    figures = {"quarter_page": measure(show)}
    page.deleteLater()
    db.dispose()
    return figures
