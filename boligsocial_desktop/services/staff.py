"""Staff members: who is using the app, their role, and the optional PIN on shared PCs."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from ..domain.enums import StaffRole
from ..errors import NotFoundError, ValidationError
from ..storage.engine import Database
from ..storage.models import StaffMember
from . import audit
from .validation import optional_text, required_text

PIN_ITERATIONS = 200_000


@dataclass(frozen=True)
class StaffInfo:
    id: str
    name: str
    initials: str | None
    role: StaffRole
    os_username: str | None
    has_pin: bool
    active: bool

    @property
    def is_adviser(self) -> bool:
        return self.role in (StaffRole.ADVISER, StaffRole.ADMINISTRATOR)


def _info(row: StaffMember) -> StaffInfo:
    return StaffInfo(row.id, row.name, row.initials, StaffRole(row.role), row.os_username, row.pin_hash is not None,
                     row.active)


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, PIN_ITERATIONS)
    return f"pbkdf2${PIN_ITERATIONS}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    _, iterations, salt, digest = stored.split("$")
    candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest)


def _checked_pin(pin: str | None) -> str | None:
    if not pin:
        return None
    if not pin.isdigit() or not 4 <= len(pin) <= 8:
        raise ValidationError("En pinkode skal være 4 til 8 cifre.", "pin")
    return pin


class StaffService:
    def __init__(self, db: Database):
        self.db = db

    def list_staff(self, include_inactive: bool = False) -> list[StaffInfo]:
        with self.db.reading() as session:
            query = select(StaffMember).where(StaffMember.deleted_at.is_(None))
            if not include_inactive:
                query = query.where(StaffMember.active.is_(True))
            return [_info(row) for row in session.scalars(query)]

    def get(self, staff_id: str) -> StaffInfo:
        with self.db.reading() as session:
            row = session.get(StaffMember, staff_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("Medarbejderen findes ikke længere.")
            return _info(row)

    def find_by_os_user(self, username: str) -> StaffInfo | None:
        with self.db.reading() as session:
            row = session.scalars(
                select(StaffMember).where(
                    StaffMember.os_username == username,
                    StaffMember.deleted_at.is_(None),
                    StaffMember.active.is_(True),
                )
            ).first()
            return _info(row) if row else None

    def create(self, name: str, role: StaffRole | str, *, initials: str | None = None,
               os_username: str | None = None, pin: str | None = None, actor_id: str | None = None) -> StaffInfo:
        name = required_text(name, "navn", "name", 120)
        initials = optional_text(initials, "initialer", "initials", 10)
        try:
            role = StaffRole(role)
        except ValueError:
            raise ValidationError("Vælg en rolle: koordinator, rådgiver, medhjælper eller administrator.", "role")
        pin = _checked_pin(pin)
        with self.db.transaction() as session:
            row = StaffMember(name=name, initials=initials, role=role.value, os_username=os_username,
                              pin_hash=hash_pin(pin) if pin else None, active=True)
            session.add(row)
            session.flush()
            audit.record(session, "opret medarbejder", staff_id=actor_id, table_name="staff_members", row_id=row.id)
            return _info(row)

    def link_os_user(self, staff_id: str, username: str) -> StaffInfo:
        """Map this PC's Windows user to a staff member, so the app knows who is working."""
        with self.db.transaction() as session:
            for other in session.scalars(select(StaffMember).where(StaffMember.os_username == username)):
                if other.id != staff_id:
                    other.os_username = None
            row = session.get(StaffMember, staff_id)
            if row is None:
                raise NotFoundError("Medarbejderen findes ikke længere.")
            row.os_username = username
            session.flush()
            return _info(row)

    def set_pin(self, staff_id: str, pin: str | None) -> None:
        pin = _checked_pin(pin)
        with self.db.transaction() as session:
            row = session.get(StaffMember, staff_id)
            if row is None:
                raise NotFoundError("Medarbejderen findes ikke længere.")
            row.pin_hash = hash_pin(pin) if pin else None

    def sign_in(self, staff_id: str, pin: str | None) -> StaffInfo:
        """Switch the app to another staff member; checks the PIN when they have one."""
        with self.db.transaction() as session:
            row = session.get(StaffMember, staff_id)
            if row is None or row.deleted_at is not None or not row.active:
                raise NotFoundError("Medarbejderen findes ikke længere.")
            accepted = row.pin_hash is None or bool(pin and pin_matches(pin, row.pin_hash))
            audit.record(session, "log ind" if accepted else "forkert pinkode", staff_id=row.id)
            info = _info(row)
        if not accepted:
            raise ValidationError("Pinkoden er forkert. Prøv igen.", "pin")
        return info
