"""The tables each page shows, by group: a commit that wrote one of them refreshes the page.

Names are the database's table names (`storage/models.py`); `tests/ui/test_refresh.py` checks that
every one exists, so a renamed table cannot silently stop a page from refreshing.
"""

from __future__ import annotations

PLACES = frozenset({"estates", "houses", "rooms", "closing_periods"})
ACTIVITIES = frozenset({"activities", "sessions", "attendances", "attendance_counts", "focus_areas", "partners"})
PLAN = frozenset({"grant_periods", "focus_areas", "activity_targets"})
AMBASSADORS = frozenset({"ambassadors", "ambassador_languages", "duties", "duty_assignments", "move_ins",
                         "welcome_visits", "office_settings"})
# The ambassador page's tabs, each what its own tables show (the page itself watches estates and settings).
AMBASSADOR_ROSTER = frozenset({"ambassadors", "ambassador_languages"})
AMBASSADOR_SHIFTS = frozenset({"duties", "duty_assignments", "ambassadors", "ambassador_languages"})
WELCOME_VISITS = frozenset({"move_ins", "welcome_visits", "ambassadors", "ambassador_languages", "duties",
                            "duty_assignments"})
ADVICE = frozenset({"advice_cases", "advice_visits", "advice_visit_topics", "advice_visit_referrals"})
# The advice page's choices: its office and estate fields and filters list the estates too.
ADVICE_CHOICES = frozenset({"advice_topics", "referral_targets", "staff_members", "estates"})
STAFF = frozenset({"staff_members"})
OFFICE_SETTINGS = frozenset({"office_settings"})  # office-wide settings, such as the deletion deadlines
AUDIT = frozenset({"audit_log"})

ALL_GROUPS = (PLACES, ACTIVITIES, PLAN, AMBASSADORS, AMBASSADOR_ROSTER, AMBASSADOR_SHIFTS, WELCOME_VISITS,
              ADVICE, ADVICE_CHOICES, STAFF, OFFICE_SETTINGS, AUDIT)
