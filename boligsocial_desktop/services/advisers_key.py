"""The advisers' key in the services: who gets it, sealing and opening column values, the upgrade.

How it goes (docs/security.md, "Sealed columns"):

* The first adviser or administrator who gets a PIN (created with one, sets one, or signs in with
  one after the upgrade) makes the advisers' key and is granted it.
* Every adviser and administrator with a PIN has a key pair in `adviser_keys`, the private half
  wrapped by their PIN. Whenever someone who holds the key signs in, or gives a colleague a PIN, the
  key is granted to every adviser and administrator who lacks it (sealed to their public key, so
  their PIN is not needed). Grants of people who are no longer advisers or administrators are removed.
* Signing in with the PIN unwraps the key into memory for this process (`AdvisersKeyHolder`); it is
  also kept in the person's own OS credential store, so their own Windows login on their own PC
  opens it without the PIN. A sign-in of anyone without the key forgets it.
* The first time the key is at hand after an upgrade, every plain note, case name, phone, e-mail,
  the repeat-code key and not yet sent change rows are sealed, in the sign-in's transaction; repeat
  codes a helper logged without the key are turned into their keyed hashes.

An office where no adviser or administrator has a PIN yet has no advisers' key: values stay plain,
as before (the program asks advisers for a PIN, see services.staff).
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable, Iterable
from typing import TypeGuard

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..crypto.keys import CryptoError, SecretStore
from ..crypto.sealed_values import (
    AdvisersKeyHolder,
    drop_private,
    grant,
    is_sealed_value,
    new_key,
    new_key_id,
    new_person_keys,
    open_dropped,
    open_grant,
    open_person_keys,
    open_value,
    public_text,
    seal_for_advisers,
    seal_value,
)
from ..domain.enums import StaffRole
from ..errors import AppError
from ..storage.engine import ADVISERS_KEY_INFO, Database
from ..storage.models import AdviceCase, AdviceVisit, AdviserKey, OfficeSetting, OutboxChange, StaffMember
from ..storage.types import utcnow

log = logging.getLogger(__name__)

ADVISER_ROLES = frozenset({StaffRole.ADVISER.value, StaffRole.ADMINISTRATOR.value})
# Every sealed column: (table, column). The repeat-code key is sealed inside office_settings.value.
SEALED_COLUMNS = (("advice_visits", "notes"), ("advice_cases", "name"), ("advice_cases", "phone"),
                  ("advice_cases", "email"))
TOKEN_SECRET_KEY = "visits.token_secret"
STORE_PREFIX = "advisers-key:"
LOCKED_NOTE = "(krypteret: log ind med din pinkode for at læse noten)"
LOCKED_TEXT = "(krypteret)"
NOTE_TAIL = 24  # base64 characters at the end of a sealed note: its 16-byte tag and a little more


class KeyNotAtHand(AppError):
    """A value must be sealed but the advisers' key is not open in this session."""


# --- where the key is held ------------------------------------------------------------------------

_fallback: dict[int, AdvisersKeyHolder] = {}


def holder_in(session: Session) -> AdvisersKeyHolder:
    holder = session.info.get(ADVISERS_KEY_INFO)
    if isinstance(holder, AdvisersKeyHolder):
        return holder
    # a session made outside open_database (a test's own sessionmaker)
    return _fallback.setdefault(id(session.get_bind()), AdvisersKeyHolder())


def holder_of(db: Database) -> AdvisersKeyHolder:
    holder = db.sessions.kw.get("info", {}).get(ADVISERS_KEY_INFO)
    if isinstance(holder, AdvisersKeyHolder):
        return holder
    made = AdvisersKeyHolder()
    db.sessions.configure(info={**db.sessions.kw.get("info", {}), ADVISERS_KEY_INFO: made})
    return made


def office_key_ids(session: Session) -> dict[str, str]:
    """The office's advisers' keys: key id -> drop public key (empty: no adviser has a PIN yet)."""
    rows = session.execute(select(AdviserKey.key_id, AdviserKey.public_key).where(
        AdviserKey.kind == "key", AdviserKey.deleted_at.is_(None))).all()
    return {key_id: public for key_id, public in rows if key_id is not None and public is not None}


def _writing_key(session: Session, holder: AdvisersKeyHolder) -> tuple[str, bytes] | None:
    """The key new values are sealed with: the smallest id of the office's keys that is at hand
    (two PCs that each made a key before they met end up writing with the same one)."""
    held = sorted(k for k in office_key_ids(session) if k in holder.keys)
    return (held[0], holder.keys[held[0]]) if held else None


# --- sealing and opening values ---------------------------------------------------------------------

def place(table: str, column: str, row_id: str) -> str:
    return f"{table}.{column}|{row_id}"


def seal_text(session: Session, value: str | None, table: str, column: str, row_id: str) -> str | None:
    """`value` sealed for storing; plain when the office has no advisers' key yet. Raises KeyNotAtHand
    (Danish) when the office has a key but this session has not opened it."""
    if value is None or is_sealed_value(value):
        return value
    holder = holder_in(session)
    key = _writing_key(session, holder)
    if key is not None:
        return seal_value(key[0], key[1], value, place(table, column, row_id))
    if not office_key_ids(session):
        return value
    raise KeyNotAtHand("Noter og navngivne sager gemmes krypteret, og din rådgivernøgle er ikke åbnet på denne pc. "
                       "Skift bruger (Filer › Skift bruger) og log ind med din pinkode, og prøv igen.")


def open_text(session: Session, actor_id: str | None, value: str | None, table: str, column: str, row_id: str,
              locked: str = LOCKED_TEXT) -> str | None:
    """The plain text for a signed-in adviser who opened the key; `locked` when the key is not at hand."""
    if value is None or not is_sealed_value(value):
        return value
    holder = holder_in(session)
    if not holder.opens_for(actor_id):
        return locked
    try:
        return open_value(holder.keys, value, place(table, column, row_id))
    except CryptoError:
        return locked


def open_note(session: Session, actor_id: str | None, visit_id: str, value: str | None,
              locked: str = LOCKED_NOTE) -> str | None:
    """A visit's note, decrypted once a session (the note search reads many)."""
    if value is None:
        return None
    holder = holder_in(session)
    cached = holder.notes.get(visit_id)
    if cached is not None and cached[0] == value[-NOTE_TAIL:] and holder.opens_for(actor_id):
        return cached[1]
    if not is_sealed_value(value):
        return value
    plain = open_text(session, actor_id, value, "advice_visits", "notes", visit_id, locked)
    if plain is not None and plain is not locked and holder.opens_for(actor_id):
        holder.notes[visit_id] = (value[-NOTE_TAIL:], plain, plain.casefold())
    return plain


def note_cache(session: Session, actor_id: str | None) -> dict[str, tuple[str, str, str]]:
    """visit id -> (the sealed text's last NOTE_TAIL characters, plain text, plain text case-folded) of the notes
    opened this session. The tail holds the AES-GCM tag, so a changed note has another tail: the note search
    compares tails (a short read) and searches the folded text, without decrypting."""
    holder = holder_in(session)
    return holder.notes if holder.opens_for(actor_id) else {}


def folded_note(session: Session, actor_id: str | None, visit_id: str, value: str | None) -> str:
    """A note case-folded for searching, opened (and cached) when it is not in `note_cache` yet."""
    return (open_note(session, actor_id, visit_id, value) or "").casefold()


def may_open(session: Session, actor_id: str | None) -> bool:
    return holder_in(session).opens_for(actor_id)


# --- the repeat-code key ----------------------------------------------------------------------------

def token_secret(session: Session, create: bool = True) -> bytes | None:
    """The office's repeat-code key, or None when it is sealed (or must be made) and the advisers' key is
    not at hand. Made in the caller's transaction the first time it is needed."""
    import secrets as random

    row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == TOKEN_SECRET_KEY)).first()
    value = row.value if row is not None and row.deleted_at is None else None
    holder = holder_in(session)
    if value and value.get("secret"):
        return bytes.fromhex(value["secret"])
    if row is not None and value and value.get("sealed"):
        try:
            return bytes.fromhex(open_value(holder.keys, value["sealed"], place("office_settings", "value", row.id)))
        except CryptoError:
            return None
    if not create:
        return None
    offices_keys = office_key_ids(session)
    key = _writing_key(session, holder)
    if offices_keys and key is None:
        return None
    secret = random.token_bytes(32)
    if row is None:
        row = OfficeSetting(key=TOKEN_SECRET_KEY)
        session.add(row)
        session.flush()
    row.deleted_at = None
    text = secret.hex()
    row.value = {"sealed": seal_value(key[0], key[1], text, place("office_settings", "value", row.id))} if key \
        else {"secret": text}
    session.flush()
    return secret


def drop_token(session: Session, normalised: str, visit_id: str) -> str | None:
    """A repeat code sealed to the advisers (no key at hand here): hashed when an adviser signs in."""
    keys = office_key_ids(session)
    if not keys:
        return None
    key_id = sorted(keys)[0]
    return seal_for_advisers(key_id, keys[key_id], normalised, place("advice_visits", "repeat_token_sealed",
                                                                       visit_id))


# --- PINs, key pairs and grants --------------------------------------------------------------------

def _person_rows(session: Session, staff_id: str) -> list[AdviserKey]:
    return list(session.scalars(select(AdviserKey).where(
        AdviserKey.kind == "person", AdviserKey.staff_id == staff_id, AdviserKey.deleted_at.is_(None))
        .order_by(AdviserKey.created_at.desc(), AdviserKey.id)))


def enrol(session: Session, member: StaffMember, pin: str) -> X25519PrivateKey:
    """A new key pair for `member` wrapped by `pin` (older ones are removed), granted every advisers' key
    this session holds; the office's first adviser with a PIN makes the advisers' key. Returns the
    private key."""
    now = utcnow()
    for old in _person_rows(session, member.id):
        old.deleted_at = now
    for old in session.scalars(select(AdviserKey).where(AdviserKey.kind == "grant", AdviserKey.staff_id == member.id,
                                                        AdviserKey.deleted_at.is_(None))):
        old.deleted_at = now
    person = new_person_keys(member.id, pin)
    session.add(AdviserKey(kind="person", staff_id=member.id, public_key=person.public_key, kdf=person.kdf,
                           wrapped=person.wrapped))
    holder = holder_in(session)
    if not office_key_ids(session):
        key_id, key = new_key_id(), new_key()
        session.add(AdviserKey(kind="key", key_id=key_id, public_key=public_text(drop_private(key_id, key))))
        session.add(AdviserKey(kind="grant", staff_id=member.id, key_id=key_id, public_key=person.public_key,
                               wrapped=grant(key_id, key, member.id, person.public_key)))
        holder.keys[key_id] = key  # the maker holds it; the sign-in that follows decides who may use it
    else:
        for key_id, key in holder.keys.items():
            session.add(AdviserKey(kind="grant", staff_id=member.id, key_id=key_id, public_key=person.public_key,
                                   wrapped=grant(key_id, key, member.id, person.public_key)))
    session.flush()
    assert person.private is not None, "a new key pair carries its private key"
    return person.private


def _grants_for(session: Session, staff_id: str, public_key: str) -> list[AdviserKey]:
    return list(session.scalars(select(AdviserKey).where(
        AdviserKey.kind == "grant", AdviserKey.staff_id == staff_id, AdviserKey.public_key == public_key,
        AdviserKey.deleted_at.is_(None))))


def _grant_to_everyone(session: Session, keys: dict[str, bytes]) -> int:
    """Give every held key to every adviser and administrator with a PIN who lacks it; take grants from
    people who are no longer advisers or administrators. Returns the grants made."""
    staff = {row.id: row for row in session.scalars(select(StaffMember))}

    def entitled(staff_id: str | None) -> bool:
        member = staff.get(staff_id or "")
        return member is not None and member.deleted_at is None and member.active and member.role in ADVISER_ROLES

    people: dict[str, str] = {}  # staff id -> the public key of their newest pair
    for row in session.scalars(select(AdviserKey).where(AdviserKey.kind == "person", AdviserKey.deleted_at.is_(None))
                               .order_by(AdviserKey.created_at)):
        if row.staff_id is not None and row.public_key is not None:
            people[row.staff_id] = row.public_key
    granted = {(g.staff_id, g.key_id, g.public_key) for g in session.scalars(select(AdviserKey).where(
        AdviserKey.kind == "grant", AdviserKey.deleted_at.is_(None)))}
    now, made = utcnow(), 0
    for row in session.scalars(select(AdviserKey).where(AdviserKey.kind.in_(("grant", "person")),
                                                        AdviserKey.deleted_at.is_(None))):
        if not entitled(row.staff_id):
            row.deleted_at = now
    for staff_id, public_key in people.items():
        if not entitled(staff_id):
            continue
        for key_id, key in keys.items():
            if (staff_id, key_id, public_key) not in granted:
                session.add(AdviserKey(kind="grant", staff_id=staff_id, key_id=key_id, public_key=public_key,
                                       wrapped=grant(key_id, key, staff_id, public_key)))
                made += 1
    session.flush()
    return made


def _open_private(session: Session, member: StaffMember, pin: str) -> X25519PrivateKey | None:
    for person in _person_rows(session, member.id):
        if person.public_key is None:
            continue
        private = open_person_keys(member.id, pin, person.public_key, person.kdf or {}, person.wrapped or "")
        if private is not None:
            return private
    return None


def _opened_grants(session: Session, member: StaffMember, private: X25519PrivateKey) -> dict[str, bytes]:
    keys: dict[str, bytes] = {}
    for row in _grants_for(session, member.id, public_text(private)):
        if row.key_id is None:
            continue
        key = open_grant(private, row.key_id, member.id, row.wrapped or "")
        if key is not None:
            keys[row.key_id] = key
    return keys


def unlock(session: Session, member: StaffMember, pin: str | None, store: SecretStore | None = None) -> bool:
    """After a checked sign-in: open the advisers' key for `member` (with the PIN, or from their own
    credential store without one), grant it onward and seal what is still plain. Returns whether the
    key is open. Anyone who cannot open it (or is no adviser) makes this process forget it."""
    holder = holder_in(session)
    carried = {k: v for k, v in holder.keys.items() if k in office_key_ids(session)}  # the previous person's
    if member.role not in ADVISER_ROLES or not member.active or member.deleted_at is not None:
        holder.forget()
        return False
    if pin:
        private = _open_private(session, member, pin)
        if private is None:  # a PIN from before the upgrade: a key pair now (the first one makes the key)
            private = enrol(session, member, pin)
        keys = _opened_grants(session, member, private)
        missing = {k: v for k, v in carried.items() if k not in keys}
        if missing:  # an adviser who held the key signed in before on this PC: granted now
            public = public_text(private)
            session.add_all(AdviserKey(kind="grant", staff_id=member.id, key_id=k, public_key=public,
                                       wrapped=grant(k, v, member.id, public)) for k, v in missing.items())
            keys.update(missing)
    else:
        keys = _from_store(store, member.id)
    known = office_key_ids(session)
    keys = {k: v for k, v in keys.items() if k in known}
    if not keys:
        holder.forget()
        return False
    holder.keys.update(keys)
    holder.holders.add(member.id)
    _grant_to_everyone(session, keys)
    seal_plain_values(session)
    hash_dropped_tokens(session)
    _to_store(store, member.id, keys)
    return True


def _from_store(store: SecretStore | None, staff_id: str) -> dict[str, bytes]:
    if store is None:
        return {}
    try:
        text = store.get(STORE_PREFIX + staff_id)
        return {k: bytes.fromhex(v) for k, v in json.loads(text).items()} if text else {}
    except (CryptoError, ValueError, TypeError, AttributeError):
        return {}


def _to_store(store: SecretStore | None, staff_id: str, keys: dict[str, bytes]) -> None:
    if store is None:
        return
    try:
        store.set(STORE_PREFIX + staff_id, json.dumps({k: v.hex() for k, v in keys.items()}))
    except CryptoError as exc:  # no usable credential store (a server): the PIN is asked each time
        log.info("Rådgivernøglen gemmes ikke i nøgleringen: %s", exc.message)


def forget_in_store(store: SecretStore | None, staff_id: str) -> None:
    if store is not None:
        with contextlib.suppress(CryptoError):
            store.delete(STORE_PREFIX + staff_id)


# --- the upgrade: plain values sealed once the key is at hand --------------------------------------

def _plain(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and not is_sealed_value(value)


def seal_plain_values(session: Session) -> int:
    """Seal every plain note, case name/phone/e-mail, the repeat-code key and this PC's unsent change rows
    (in the caller's transaction; the updates travel to the other PCs as ordinary changes). Returns the
    values sealed."""
    holder = holder_in(session)
    key = _writing_key(session, holder)
    if key is None:
        return 0
    key_id, secret = key

    def sealed(table: str, column: str, row_id: str, value: str) -> str:
        return seal_value(key_id, secret, value, place(table, column, row_id))

    count = 0
    for visit in session.scalars(select(AdviceVisit).where(AdviceVisit.notes.is_not(None),
                                                           AdviceVisit.notes.not_like("bsv1:%"))):
        if visit.notes is not None:  # the query's condition, for the type checker
            visit.notes = sealed("advice_visits", "notes", visit.id, visit.notes)
            count += 1
    for case in session.scalars(select(AdviceCase)):
        for column in ("name", "phone", "email"):
            value = getattr(case, column)
            if _plain(value) and not (column == "name" and case.deleted_at is not None):
                setattr(case, column, sealed("advice_cases", column, case.id, value))
                count += 1
    row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == TOKEN_SECRET_KEY)).first()
    if row is not None and row.value and row.value.get("secret"):
        row.value = {"sealed": sealed("office_settings", "value", row.id, row.value["secret"])}
        count += 1
    session.flush()
    count += _seal_outbox(session, sealed)
    return count


def _seal_outbox(session: Session, sealed: Callable[[str, str, str, str], str]) -> int:
    """Unsent change rows still carry the plain values of before: sealed too, so they never leave plain."""
    changed = 0
    wanted = {"advice_visits": ("notes",), "advice_cases": ("name", "phone", "email"), "office_settings": ("value",)}
    for change in session.scalars(select(OutboxChange).where(OutboxChange.exported.is_(False),
                                                             OutboxChange.table_name.in_(list(wanted)))):
        values = dict(change.fields or {})
        touched = False
        for column in wanted[change.table_name]:
            value = values.get(column)
            if column == "value":
                if isinstance(value, dict) and value.get("secret"):
                    values[column] = {"sealed": sealed("office_settings", "value", change.row_id, value["secret"])}
                    touched = True
            elif _plain(value) and value != "(slettet)":
                values[column] = sealed(change.table_name, column, change.row_id, value)
                touched = True
        if touched:
            change.fields = values
            changed += 1
    return changed


def hash_dropped_tokens(session: Session) -> int:
    """Repeat codes logged without the key (sealed to the advisers) become their keyed hashes."""
    from .visits.tokens import token_hash

    holder = holder_in(session)
    visits = list(session.scalars(select(AdviceVisit).where(AdviceVisit.repeat_token_sealed.is_not(None))))
    if not visits:
        return 0
    secret = token_secret(session)
    if secret is None:
        return 0
    done = 0
    for visit in visits:
        if visit.repeat_token_sealed is None:
            continue
        try:
            normal = open_dropped(holder.keys, visit.repeat_token_sealed,
                                  place("advice_visits", "repeat_token_sealed", visit.id))
        except CryptoError:
            continue
        visit.repeat_token_hash = None if visit.deleted_at is not None else token_hash(secret, normal)
        visit.repeat_token_sealed = None
        done += 1
    session.flush()
    return done


def sealed_fields(table: str) -> Iterable[str]:
    return [column for t, column in SEALED_COLUMNS if t == table]


__all__ = [
    "LOCKED_NOTE",
    "LOCKED_TEXT",
    "SEALED_COLUMNS",
    "KeyNotAtHand",
    "drop_token",
    "enrol",
    "holder_in",
    "holder_of",
    "may_open",
    "open_note",
    "open_text",
    "seal_plain_values",
    "seal_text",
    "token_secret",
    "unlock",
]
