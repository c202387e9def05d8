"""Administering the office's staff: add, edit, deactivate and reactivate colleagues.

Only an administrator may do it, every change is audited, and the office always keeps at
least one active administrator (the last one cannot be deactivated or given another role).
PIN hashing and the PIN rules stay in `staff.py`; this module only calls them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import StaffRole
from ..errors import NotFoundError, ValidationError
from ..storage.engine import Database
from ..storage.models import StaffMember
from . import audit
from .staff import StaffInfo, StaffService, _checked_pin, _info, hash_pin
from .validation import optional_text, required_text

LAST_ADMIN = ("{name} er kontorets sidste administrator. Giv først en anden medarbejder rollen "
              "administrator, så kontoret altid har en, der kan styre medarbejdere og kontornøglen.")


@dataclass(frozen=True)
class StaffInput:
    name: str
    role: StaffRole | str
    initials: str | None = None
    os_username: str | None = None
    pin: str | None = None  # a new PIN; empty keeps the one the colleague has
    clear_pin: bool = False


def _role(value: StaffRole | str) -> StaffRole:
    try:
        return StaffRole(value)
    except ValueError:
        raise ValidationError("Vælg en rolle: koordinator, rådgiver, medhjælper eller administrator.", "role") from None


class StaffAdminService:
    def __init__(self, db: Database):
        self.db = db

    def create(self, data: StaffInput, *, actor_id: str | None) -> StaffInfo:
        self._require_admin(actor_id)
        info = StaffService(self.db).create(data.name, data.role, initials=data.initials, pin=data.pin or None,
                                            os_username=None, actor_id=actor_id)
        if data.os_username and data.os_username.strip():
            info = self.set_windows_user(info.id, data.os_username, actor_id=actor_id)
        return info

    def update(self, staff_id: str, data: StaffInput, *, actor_id: str | None) -> StaffInfo:
        name = required_text(data.name, "navn", "name", 120)
        initials = optional_text(data.initials, "initialer", "initials", 10)
        role = _role(data.role)
        pin = _checked_pin(data.pin)
        username = optional_text(data.os_username, "Windows-bruger", "os_username", 120)
        with self.db.transaction() as session:
            self._require_admin(actor_id, session)
            row = self._row(session, staff_id)
            if row.role == StaffRole.ADMINISTRATOR.value and role != StaffRole.ADMINISTRATOR and row.active:
                self._keep_an_admin(session, row)
            row.name, row.initials, row.role = name, initials, role.value
            if pin:
                row.pin_hash = hash_pin(pin)
            elif data.clear_pin:
                row.pin_hash = None
            self._map_user(session, row, username)
            session.flush()
            detail = "ny pinkode" if pin else ("pinkode fjernet" if data.clear_pin else None)
            audit.record(session, "ret medarbejder", staff_id=actor_id, table_name="staff_members", row_id=row.id,
                         detail=detail)
            return _info(row)

    def set_active(self, staff_id: str, active: bool, *, actor_id: str | None) -> StaffInfo:
        with self.db.transaction() as session:
            self._require_admin(actor_id, session)
            row = self._row(session, staff_id)
            if not active and row.active and row.role == StaffRole.ADMINISTRATOR.value:
                self._keep_an_admin(session, row)
            row.active = active
            if not active:
                row.os_username = None  # the PC must not sign a former colleague in by itself
            session.flush()
            audit.record(session, "genaktiver medarbejder" if active else "deaktiver medarbejder",
                         staff_id=actor_id, table_name="staff_members", row_id=row.id)
            return _info(row)

    def set_windows_user(self, staff_id: str, username: str | None, *, actor_id: str | None) -> StaffInfo:
        username = optional_text(username, "Windows-bruger", "os_username", 120)
        with self.db.transaction() as session:
            self._require_admin(actor_id, session)
            row = self._row(session, staff_id)
            self._map_user(session, row, username)
            session.flush()
            audit.record(session, "ret windows-bruger", staff_id=actor_id, table_name="staff_members",
                         row_id=row.id)
            return _info(row)

    # --- helpers ----------------------------------------------------------

    def _require_admin(self, actor_id: str | None, session: Session | None = None) -> None:
        if session is None:
            with self.db.reading() as reading:
                return self._require_admin(actor_id, reading)
        actor = session.get(StaffMember, actor_id) if actor_id else None
        if actor is None or not actor.active or actor.role != StaffRole.ADMINISTRATOR.value:
            raise ValidationError("Kun en administrator kan tilføje og rette medarbejdere.", "actor")

    @staticmethod
    def _row(session: Session, staff_id: str) -> StaffMember:
        row = session.get(StaffMember, staff_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("Medarbejderen findes ikke længere. Den kan være slettet på en anden pc.")
        return row

    @staticmethod
    def _keep_an_admin(session: Session, leaving: StaffMember) -> None:
        others = session.scalar(select(func.count()).select_from(StaffMember).where(
            StaffMember.role == StaffRole.ADMINISTRATOR.value, StaffMember.active.is_(True),
            StaffMember.deleted_at.is_(None), StaffMember.id != leaving.id))
        if not others:
            raise ValidationError(LAST_ADMIN.format(name=leaving.name), "role")

    @staticmethod
    def _map_user(session: Session, row: StaffMember, username: str | None) -> None:
        """One Windows user belongs to one colleague: mapping it here unmaps it elsewhere."""
        if username:
            for other in session.scalars(select(StaffMember).where(StaffMember.os_username == username,
                                                                   StaffMember.id != row.id)):
                other.os_username = None
        row.os_username = username
