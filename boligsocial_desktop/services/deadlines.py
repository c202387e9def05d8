"""The office's deletion deadlines, enforced once a day on each PC whichever page is open."""

from __future__ import annotations

from datetime import date

from ..storage.engine import Database


def enforce_deletion_deadlines(db: Database, today: date | None = None) -> list[str]:
    """Ambassadors' contact data and advice notes, names and codes past their deadlines; Danish summary lines."""
    from .ambassadors import retention as ambassador_retention
    from .visits.retention import daily_check

    messages = []
    ambassadors = ambassador_retention.run_if_due(db, today)
    if ambassadors.anonymised:
        messages.append(f"Kontaktoplysninger for {ambassadors.anonymised} stoppede ambassadører er slettet efter "
                        "fristen.")
    visits = daily_check(db, today=today)
    if visits is not None and visits.items:
        messages.append(visits.summary())
    return messages
