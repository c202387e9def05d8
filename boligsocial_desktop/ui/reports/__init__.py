"""The Rapporter page: figures, chart and targets for a period; PDF, XLSX and CSV exports."""

from .page import ReportsPage

__all__ = ["ReportsPage"]
