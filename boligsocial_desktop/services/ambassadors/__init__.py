"""Beboerambassadører: the roster, duties and shifts, welcome visits, retention and import.

No Qt here; every function takes and returns plain frozen dataclasses.
"""

from .common import AmbassadorSettings, LanguageSkill, load_settings, save_settings
from .duties import (
    AssignmentRow,
    AssignResult,
    DutyInput,
    DutyRow,
    DutyService,
    SessionChoice,
    WeekPlan,
)
from .roster import (
    STATUS_ACTIVE_OR_PAUSED,
    AmbassadorDetail,
    AmbassadorInput,
    AmbassadorService,
    RosterFilter,
    RosterRow,
)
from .welcome import MoveInInput, QueueRow, Suggestion, Suggestions, WelcomeVisitService

__all__ = [
    "STATUS_ACTIVE_OR_PAUSED",
    "AmbassadorDetail",
    "AmbassadorInput",
    "AmbassadorService",
    "AmbassadorSettings",
    "AssignResult",
    "AssignmentRow",
    "DutyInput",
    "DutyRow",
    "DutyService",
    "LanguageSkill",
    "MoveInInput",
    "QueueRow",
    "RosterFilter",
    "RosterRow",
    "SessionChoice",
    "Suggestion",
    "Suggestions",
    "WeekPlan",
    "WelcomeVisitService",
    "load_settings",
    "save_settings",
]
