"""Åben Rådgivning: walk-in advice visits, named cases, retention, follow-ups, log and import.

Modules: `entry` (log, read, delete a visit), `cases` (consented named cases, access and
erasure), `retention` (deadlines and purge), `follow_ups`, `log` (filtered pages and
statistics), `audit_log` (administrators), `importing` (CSV/XLSX visit logs), `tokens`
(keyed hashes of repeat tokens). No Qt here; plain dataclasses in and out.
"""

from .audit_log import AuditLogService, AuditRow
from .cases import CaseDetail, CaseInput, CaseRow, CaseService
from .common import AGE_BANDS, GENDERS, LANGUAGE_CODES, MAX_DURATION_MINUTES, AccessDenied, Choice, VisitRow
from .entry import ReferenceData, VisitDetail, VisitInput, VisitService
from .follow_ups import FollowUp, FollowUpService
from .log import PAGE_SIZE, PageKey, VisitFilter, VisitLogService, VisitPage, VisitStatistics, suppressed
from .retention import (
    PurgeItem,
    PurgeReport,
    RetentionPolicy,
    daily_check,
    get_policy,
    last_daily_run,
    purge,
    set_policy,
)

__all__ = [
    "AGE_BANDS", "GENDERS", "LANGUAGE_CODES", "MAX_DURATION_MINUTES", "PAGE_SIZE", "AccessDenied", "AuditLogService",
    "AuditRow", "CaseDetail", "CaseInput", "CaseRow", "CaseService", "Choice", "FollowUp", "FollowUpService",
    "PageKey", "PurgeItem", "PurgeReport", "ReferenceData", "RetentionPolicy", "VisitDetail", "VisitFilter",
    "VisitInput", "VisitLogService", "VisitPage", "VisitRow", "VisitService", "VisitStatistics", "daily_check",
    "get_policy", "last_daily_run", "purge", "set_policy", "suppressed",
]
