"""Words for the sync views: kinds of conflict and problem, tables and fields, values."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.danish import clock, short_date


def kind_label(kind: str) -> str:
    labels = {
        "field": QCoreApplication.translate("SyncLabels", "Changed on two PCs"),
        "manual": QCoreApplication.translate("SyncLabels", "Notes changed on two PCs"),
        "delete_edit": QCoreApplication.translate("SyncLabels", "Deleted on one PC, changed on another"),
        "duplicate": QCoreApplication.translate("SyncLabels", "Created twice"),
        "possible_duplicate": QCoreApplication.translate("SyncLabels", "Possible duplicate"),
        "double_booking": QCoreApplication.translate("SyncLabels", "Room double-booked"),
        "double_duty": QCoreApplication.translate("SyncLabels", "Ambassador booked twice"),
        "overbooking": QCoreApplication.translate("SyncLabels", "More signed up than seats"),
        "unapplied": QCoreApplication.translate("SyncLabels", "Change that could not be applied"),
    }
    return labels.get(kind, kind)


def problem_label(kind: str) -> str:
    labels = {
        "damaged": QCoreApplication.translate("SyncLabels", "Damaged or incomplete"),
        "too_new": QCoreApplication.translate("SyncLabels", "Needs a newer program"),
        "key": QCoreApplication.translate("SyncLabels", "Cannot be opened with the office key"),
        "clock": QCoreApplication.translate("SyncLabels", "Clock far ahead"),
        "partial": QCoreApplication.translate("SyncLabels", "Unfinished file"),
        "conflict_copy": QCoreApplication.translate("SyncLabels", "Copy made by a sync program"),
        "foreign": QCoreApplication.translate("SyncLabels", "Unknown file"),
        "locked": QCoreApplication.translate("SyncLabels", "Locked by another program"),
        "export": QCoreApplication.translate("SyncLabels", "Could not write"),
        "status": QCoreApplication.translate("SyncLabels", "Could not write"),
        "cleanup": QCoreApplication.translate("SyncLabels", "Could not tidy up"),
        "snapshot": QCoreApplication.translate("SyncLabels", "Could not make a snapshot"),
    }
    return labels.get(kind, kind)


def table_label(table: str) -> str:
    labels = {
        "activities": QCoreApplication.translate("SyncLabels", "Activity"),
        "activity_targets": QCoreApplication.translate("SyncLabels", "Target figure"),
        "sessions": QCoreApplication.translate("SyncLabels", "Session"),
        "attendances": QCoreApplication.translate("SyncLabels", "Attendance"),
        "attendance_counts": QCoreApplication.translate("SyncLabels", "Headcount"),
        "ambassadors": QCoreApplication.translate("SyncLabels", "Ambassador"),
        "ambassador_languages": QCoreApplication.translate("SyncLabels", "Ambassador language"),
        "duties": QCoreApplication.translate("SyncLabels", "Duty"),
        "duty_assignments": QCoreApplication.translate("SyncLabels", "Duty assignment"),
        "move_ins": QCoreApplication.translate("SyncLabels", "Move-in"),
        "welcome_visits": QCoreApplication.translate("SyncLabels", "Welcome visit"),
        "advice_topics": QCoreApplication.translate("SyncLabels", "Advice topic"),
        "referral_targets": QCoreApplication.translate("SyncLabels", "Referral"),
        "advice_cases": QCoreApplication.translate("SyncLabels", "Advice case"),
        "advice_visits": QCoreApplication.translate("SyncLabels", "Advice visit"),
        "advice_visit_topics": QCoreApplication.translate("SyncLabels", "Topic of a visit"),
        "advice_visit_referrals": QCoreApplication.translate("SyncLabels", "Referral of a visit"),
        "audit_log": QCoreApplication.translate("SyncLabels", "Audit log"),
        "office_settings": QCoreApplication.translate("SyncLabels", "Office setting"),
        "estates": QCoreApplication.translate("SyncLabels", "Estate"),
        "houses": QCoreApplication.translate("SyncLabels", "House"),
        "rooms": QCoreApplication.translate("SyncLabels", "Room"),
        "closing_periods": QCoreApplication.translate("SyncLabels", "Closing period"),
        "grant_periods": QCoreApplication.translate("SyncLabels", "Grant period"),
        "focus_areas": QCoreApplication.translate("SyncLabels", "Focus area"),
        "partners": QCoreApplication.translate("SyncLabels", "Partner"),
        "staff_members": QCoreApplication.translate("SyncLabels", "Staff member"),
        "participants": QCoreApplication.translate("SyncLabels", "Participant"),
        "signups": QCoreApplication.translate("SyncLabels", "Sign-up"),
        "attendance_ticks": QCoreApplication.translate("SyncLabels", "Tick-off"),
        "attendance_extras": QCoreApplication.translate("SyncLabels", "Extra attendees"),
    }
    return labels.get(table, table)


def field_label(field: str | None) -> str:
    if not field:
        return ""
    labels = {
        "title": QCoreApplication.translate("SyncLabels", "Title"),
        "name": QCoreApplication.translate("SyncLabels", "Name"),
        "description": QCoreApplication.translate("SyncLabels", "Description"),
        "notes": QCoreApplication.translate("SyncLabels", "Notes"),
        "note": QCoreApplication.translate("SyncLabels", "Note"),
        "deleted_at": QCoreApplication.translate("SyncLabels", "Deleted"),
        "day": QCoreApplication.translate("SyncLabels", "Day"),
        "start_time": QCoreApplication.translate("SyncLabels", "Start"),
        "end_time": QCoreApplication.translate("SyncLabels", "End"),
        "start_date": QCoreApplication.translate("SyncLabels", "First day"),
        "end_date": QCoreApplication.translate("SyncLabels", "Last day"),
        "room_id": QCoreApplication.translate("SyncLabels", "Room"),
        "status": QCoreApplication.translate("SyncLabels", "Status"),
        "total": QCoreApplication.translate("SyncLabels", "Total"),
        "value": QCoreApplication.translate("SyncLabels", "Value"),
        "address": QCoreApplication.translate("SyncLabels", "Address"),
        "phone": QCoreApplication.translate("SyncLabels", "Phone"),
        "email": QCoreApplication.translate("SyncLabels", "E-mail"),
        "contact": QCoreApplication.translate("SyncLabels", "Contact"),
        "kind": QCoreApplication.translate("SyncLabels", "Kind"),
        "capacity": QCoreApplication.translate("SyncLabels", "Capacity"),
        "state": QCoreApplication.translate("SyncLabels", "State"),
        "outcome": QCoreApplication.translate("SyncLabels", "Outcome"),
        "key": QCoreApplication.translate("SyncLabels", "Key"),
        "house": QCoreApplication.translate("SyncLabels", "House"),
        "estate": QCoreApplication.translate("SyncLabels", "Estate"),
        "code": QCoreApplication.translate("SyncLabels", "Code"),
        "housing_organisation": QCoreApplication.translate("SyncLabels", "Housing organisation"),
        "cancel_reason": QCoreApplication.translate("SyncLabels", "Reason for cancelling"),
        "season": QCoreApplication.translate("SyncLabels", "Season"),
        "languages": QCoreApplication.translate("SyncLabels", "Languages"),
    }
    return labels.get(field, field)


def value_text(field: str, value: Any) -> str:
    """A stored value (as it travels between PCs) the way a person reads it."""
    if value is None:
        return QCoreApplication.translate("SyncLabels", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncLabels", "Yes") if value else QCoreApplication.translate("SyncLabels", "No")
        )
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        try:
            if len(value) >= 19 and value[10] == "T":
                moment = datetime.fromisoformat(value)
                return f"{short_date(moment.date())} {clock(moment.astimezone().time())}"
            if len(value) == 10 and value[4] == "-" and value[7] == "-":
                return short_date(date.fromisoformat(value))
            if len(value) == 8 and value[2] == ":" and field.endswith(("_time", "_at")):
                return clock(time.fromisoformat(value))
        except ValueError:
            pass
    return str(value)


def values_text(values: dict[str, Any]) -> str:
    if len(values) == 1:
        [(field, value)] = values.items()
        if field == "deleted_at":
            return (
                QCoreApplication.translate("SyncLabels", "Deleted")
                if value is not None
                else QCoreApplication.translate("SyncLabels", "Not deleted")
            )
        return value_text(field, value)
    lines = []
    for field, value in values.items():
        if field == "deleted_at":
            yes, no = QCoreApplication.translate("SyncLabels", "Yes"), QCoreApplication.translate("SyncLabels", "No")
            lines.append(f"{field_label(field)}: {yes if value is not None else no}")
        else:
            lines.append(f"{field_label(field)}: {value_text(field, value)}")
    return "\n".join(lines)
