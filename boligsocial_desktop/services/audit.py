"""The audit log: who read or exported sensitive data, and who changed what."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..storage.models import AuditEntry


def record(session: Session, action: str, *, staff_id: str | None, table_name: str | None = None,
           row_id: str | None = None, detail: str | None = None) -> None:
    session.add(AuditEntry(action=action, staff_id=staff_id, table_name=table_name, row_id=row_id, detail=detail))
