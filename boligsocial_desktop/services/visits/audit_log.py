"""Reading and exporting the audit log: administrators only, and the export is itself audited."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ...errors import AppError, ValidationError
from ...storage.engine import Database
from ...storage.models import AuditEntry, StaffMember
from .. import audit
from ..audited_files import publish_audited, write_bytes
from ..spreadsheet_cells import csv_row, danish_text
from ..staff import StaffInfo
from .common import names_by_id, require_administrator

AUDIT_PAGE = 500


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: datetime
    staff_name: str
    action: str
    table_name: str | None
    row_id: str | None
    detail: str | None


class AuditLogService:
    def __init__(self, db: Database):
        self.db = db

    def entries(self, actor: StaffInfo | None, *, before: tuple[datetime, str] | None = None,
                limit: int = AUDIT_PAGE) -> list[AuditRow]:
        """Newest first; pass the last row's (at, id) as `before` for the next page."""
        with self.db.reading() as session:
            require_administrator(session, actor, "se revisionsloggen")
            return self._rows(session, before, limit)

    @staticmethod
    def _rows(session: Session, before: tuple[datetime, str] | None, limit: int) -> list[AuditRow]:
        query = select(AuditEntry).where(AuditEntry.deleted_at.is_(None))
        if before is not None:
            query = query.where(or_(AuditEntry.at < before[0], and_(AuditEntry.at == before[0],
                                                                     AuditEntry.id < before[1])))
        query = query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        if limit:
            query = query.limit(limit)
        entries = list(session.scalars(query))
        staff = names_by_id(session, StaffMember)
        return [AuditRow(e.id, e.at, staff.get(e.staff_id, "automatisk") if e.staff_id else "automatisk",
                         e.action, e.table_name, e.row_id, e.detail) for e in entries]

    def export_csv(self, actor: StaffInfo | None, target: Path) -> int:
        """The whole audit log as CSV for Danish Excel (semicolons, UTF-8 with BOM)."""
        def publish(session: Session, temporary: Path) -> int:  # decided, audited and shown in one transaction
            require_administrator(session, actor, "eksportere revisionsloggen")
            rows = self._rows(session, None, 0)
            buffer = io.StringIO()
            writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
            writer.writerow(["Tidspunkt", "Medarbejder", "Handling", "Tabel", "Række", "Detaljer"])
            for row in rows:
                writer.writerow(csv_row([danish_text(row.at, seconds=True), row.staff_name,
                                         row.action, row.table_name or "", row.row_id or "", row.detail or ""]))
            write_bytes(temporary, buffer.getvalue().encode("utf-8-sig"))
            audit.record(session, "eksport revisionslog", staff_id=actor.id if actor else None, table_name="audit_log",
                         detail=f"{len(rows)} rækker til {target.name}")
            return len(rows)

        try:
            return publish_audited(self.db, Path(target), publish)
        except AppError as exc:
            if isinstance(exc.__cause__, OSError):
                raise ValidationError(exc.message, "file") from exc
            raise
