"""The office's deletion deadlines: one function for everything the program deletes after a deadline.

`apply_deadlines` is the single place: stopped ambassadors' contact data, advice notes, named cases and
repeat codes (`visits.retention.purge`), names and contact data of participants after their activities
ended (`signups.retention.erase_due`), and this PC's log files older than the notes deadline. The app
runs it once a day at start (`enforce_deletion_deadlines`, on the worker); `boligsocial-desktop purge`
runs it at once, with `--dry-run` to list only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..storage.engine import Database


@dataclass
class DeadlineReport:
    messages: list[str] = field(default_factory=list)  # Danish summary lines (nothing when nothing was due)
    details: list[str] = field(default_factory=list)  # one Danish line per item, without names
    ambassadors: int = 0
    participants: int = 0
    logs_removed: list[Path] = field(default_factory=list)
    dry_run: bool = False


def apply_deadlines(db: Database, today: date | None = None, *, only_if_due: bool = False, dry_run: bool = False,
                    log_dir: Path | None = None, source: str = "automatisk") -> DeadlineReport:
    """Apply every deletion deadline. `only_if_due`: the parts that already ran today on this PC are skipped
    (the start of the program); `log_dir` defaults to this process's log folder."""
    from ..logsetup import current_log_dir, purge_logs
    from .ambassadors import retention as ambassador_retention
    from .signups import retention as signup_retention
    from .visits.common import add_months
    from .visits.retention import daily_check, get_policy, purge

    today = today or date.today()
    report = DeadlineReport(dry_run=dry_run)
    if only_if_due and not dry_run:
        ambassadors = ambassador_retention.run_if_due(db, today)
    else:
        ambassadors = ambassador_retention.anonymise_due(db, today, dry_run=dry_run)
    report.ambassadors = ambassadors.anonymised
    if ambassadors.anonymised:
        verb = "skal slettes" if dry_run else "er slettet"
        report.messages.append(f"Kontaktoplysninger for {ambassadors.anonymised} stoppede ambassadører {verb} "
                               "efter fristen.")
    if only_if_due and not dry_run:
        visits = daily_check(db, today=today)
    else:
        visits = purge(db, None, today=today, dry_run=dry_run, source=source)
    if visits is not None:
        report.details.extend(item.description for item in visits.items)
        if visits.items or not only_if_due:
            report.messages.append(visits.summary())
    participants = signup_retention.erase_due(db, today, dry_run=dry_run, source=source)
    report.participants = participants.persons
    if participants.persons or participants.households:
        report.messages.append(participants.summary())
    if not dry_run:
        first_kept = add_months(today, -get_policy(db).notes_months)
        report.logs_removed = purge_logs(log_dir if log_dir is not None else current_log_dir(), first_kept)
    return report


def enforce_deletion_deadlines(db: Database, today: date | None = None) -> list[str]:
    """At start, once a day: every deadline (see `apply_deadlines`); Danish summary lines."""
    return apply_deadlines(db, today, only_if_due=True, source="daglig kontrol").messages
