"""The Åben Rådgivning page: fast visit entry, follow-ups, log and statistics, cases, deadlines, audit log."""

from .page import VisitsPage

__all__ = ["VisitsPage"]
