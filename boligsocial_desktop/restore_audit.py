"""A restore is written into the audit log of the database it produced.

The restored database is opened the way the program opens it (migrations included, with
the pre-upgrade copy), the audit row recorded, and the engine closed again. The row says
which backup was restored, where the previous database was kept, and from where
(command line or program), so a restore can always be traced afterwards.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable

from .storage.engine import Database


def record_restore(open_db: Callable[[], Database], result, *, staff_id: str | None, source: str) -> None:
    from .services import audit
    from .storage.models import StaffMember

    db = open_db()
    try:
        with db.transaction() as session:
            if staff_id is not None and session.get(StaffMember, staff_id) is None:
                staff_id = None  # not in the restored database (a backup from before they were added)
            kept = result.kept_aside.name if result.kept_aside else "ingen"
            audit.record(session, "gendan sikkerhedskopi", staff_id=staff_id,
                         detail=f"fra {result.restored_from.name} ({source}, Windows-bruger {_os_user()}); "
                                f"den tidligere database: {kept}")
    finally:
        db.dispose()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 -- no user name in the environment (a service account)
        return "ukendt"


__all__ = ["record_restore"]
