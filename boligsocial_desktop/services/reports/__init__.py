"""Rapporter: figures for a period, estates and focus areas, with small counts hidden, as tables,
charts and files (XLSX, CSV, PDF); and the plan they are measured against (grant periods, focus
areas, targets).

periods.py   which days a report covers, and checks against the grant periods
figures.py   the aggregate SQL
suppression.py  the rule for hiding small counts
tables.py    the report as tables and charts (shared by the page and every export)
exports.py   XLSX, CSV, the raw visit list
plan.py      grant periods, focus areas, the plan's name, targets
service.py   the entry point for the page and the command line
"""

from .periods import (
           PeriodKind,
           ReportPeriod,
           custom_period,
           grant_period_period,
           month_period,
           quarter_period,
           year_period,
)
from .plan import PlanService, TargetDraft
from .service import EmptyReportError, ExportFormat, ReportChoices, ReportService

__all__ = ["EmptyReportError", "ExportFormat", "PeriodKind", "PlanService", "ReportChoices", "ReportPeriod",
           "ReportService", "TargetDraft", "custom_period", "grant_period_period", "month_period", "quarter_period",
           "year_period"]
