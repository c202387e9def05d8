"""Staff members: who is using the app, their role, and their PIN.

Advisers and administrators must have a PIN (they read notes and named cases, and their PIN opens
the advisers' key, services.advisers_key); for the other roles it is optional. One from before this
rule is asked to choose a PIN at their next sign-in (`PinRequired`, then `sign_in_with_new_pin`)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select

from ..crypto.keys import KeyringSecretStore, SecretStore
from ..domain.enums import StaffRole
from ..errors import NotFoundError, ValidationError
from ..storage.engine import Database
from ..storage.models import StaffMember
from . import advisers_key, audit
from .validation import optional_text, required_text

PIN_ITERATIONS = 200_000
PIN_ROLES = frozenset({StaffRole.ADVISER, StaffRole.ADMINISTRATOR})
PIN_NEEDED = ("Rådgivere og administratorer skal have en pinkode (4 til 8 cifre), fordi de kan læse noter og "
              "navngivne sager.")


class PinRequired(ValidationError):
    """An adviser or administrator without a PIN signs in: they must choose one first."""


def default_store() -> SecretStore:
    """Where a signed-in adviser's key is kept between sessions: their own OS credential store."""
    return KeyringSecretStore()


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
    def __init__(self, db: Database, store: SecretStore | None = None):
        self.db = db
        self.store = store if store is not None else default_store()

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
            raise ValidationError(
                "Vælg en rolle: koordinator, rådgiver, medhjælper eller administrator.", "role"
            ) from None
        pin = _checked_pin(pin)
        if role in PIN_ROLES and not pin:
            raise ValidationError(PIN_NEEDED + " Skriv en pinkode.", "pin")
        with self.db.transaction() as session:
            row = StaffMember(name=name, initials=initials, role=role.value, os_username=os_username,
                              pin_hash=hash_pin(pin) if pin else None, active=True)
            session.add(row)
            session.flush()
            if role in PIN_ROLES:
                assert pin is not None  # refused above without one
                advisers_key.enrol(session, row, pin)
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
        """Choose, change or (not for advisers and administrators) remove a PIN. An adviser's new PIN gets a
        new key pair; the advisers' key is granted to it at once when this session holds it, else when
        someone who holds it next signs in."""
        pin = _checked_pin(pin)
        with self.db.transaction() as session:
            row = session.get(StaffMember, staff_id)
            if row is None:
                raise NotFoundError("Medarbejderen findes ikke længere.")
            if StaffRole(row.role) in PIN_ROLES:
                if not pin:
                    raise ValidationError(PIN_NEEDED + " Pinkoden kan skiftes, men ikke fjernes.", "pin")
                advisers_key.enrol(session, row, pin)
            row.pin_hash = hash_pin(pin) if pin else None

    def sign_in(self, staff_id: str, pin: str | None) -> StaffInfo:
        """Switch the app to another staff member; checks the PIN when they have one. An adviser's or
        administrator's PIN opens the advisers' key for this session (and a sign-in of anyone without it
        forgets it); one without a PIN gets PinRequired and must choose one (`sign_in_with_new_pin`)."""
        with self.db.transaction() as session:
            row = session.get(StaffMember, staff_id)
            if row is None or row.deleted_at is not None or not row.active:
                raise NotFoundError("Medarbejderen findes ikke længere.")
            if row.pin_hash is None and StaffRole(row.role) in PIN_ROLES:
                advisers_key.holder_in(session).forget()
                raise PinRequired(PIN_NEEDED + " Vælg din pinkode nu.", "new_pin")
            accepted = row.pin_hash is None or bool(pin and pin_matches(pin, row.pin_hash))
            audit.record(session, "log ind" if accepted else "forkert pinkode", staff_id=row.id)
            info = _info(row)
            if accepted:
                advisers_key.unlock(session, row, pin, self.store)
        if not accepted:
            raise ValidationError("Pinkoden er forkert. Prøv igen.", "pin")
        return info

    def sign_in_with_new_pin(self, staff_id: str, new_pin: str) -> StaffInfo:
        """An adviser or administrator from before PINs were required chooses one and signs in with it."""
        pin = _checked_pin(new_pin)
        if not pin:
            raise ValidationError("Skriv en pinkode på 4 til 8 cifre.", "new_pin")
        with self.db.transaction() as session:
            row = session.get(StaffMember, staff_id)
            if row is None or row.deleted_at is not None or not row.active:
                raise NotFoundError("Medarbejderen findes ikke længere.")
            if row.pin_hash is not None or StaffRole(row.role) not in PIN_ROLES:
                raise ValidationError("Medarbejderen har allerede en pinkode. Skriv den for at logge ind.", "pin")
            row.pin_hash = hash_pin(pin)
            advisers_key.enrol(session, row, pin)
            audit.record(session, "vælg pinkode", staff_id=row.id, table_name="staff_members", row_id=row.id)
        return self.sign_in(staff_id, pin)

    def resume(self, staff_id: str) -> StaffInfo:
        """This Windows user's own staff member at start (no PIN asked): the advisers' key comes from their
        own credential store when it was kept there at an earlier sign-in with the PIN."""
        with self.db.transaction() as session:
            row = session.get(StaffMember, staff_id)
            if row is None or row.deleted_at is not None or not row.active:
                raise NotFoundError("Medarbejderen findes ikke længere.")
            advisers_key.unlock(session, row, None, self.store)
            return _info(row)
