"""Pseudonymous repeat tokens: e.g. initials + birth year, kept only as a keyed hash.

The key is the office's secret (random, created on first use and stored in
OfficeSetting so every PC of the office computes the same hash), sealed with the advisers' key
once the office has one (services.advisers_key): a PC where no adviser has opened that key seals
the code itself to the advisers instead, and it is hashed when one signs in. Without the key the
hash cannot be tested against guessed tokens; with it, the same visitor gives the same
hash on every PC, so the office can count different visitors and repeat visits.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

from sqlalchemy.orm import Session

from ...errors import ValidationError
from .. import advisers_key
from ..validation import refuse_cpr

SECRET_SETTING_KEY = "visits.token_secret"
_IGNORED = frozenset(" \t\r\n\u00a0-._/,")
MIN_TOKEN_LENGTH = 3
MAX_TOKEN_LENGTH = 40


def normalise_token(token: str) -> str:
    """Same visitor, same token: case, spaces and separators do not matter ("AB 1975" == "ab-1975")."""
    text = unicodedata.normalize("NFKC", token).casefold()
    return "".join(ch for ch in text if ch not in _IGNORED and not ch.isspace())


def checked_token(token: str | None) -> str | None:
    """The normalised token, or None when empty; refuses CPR numbers and odd lengths."""
    if token is None or not token.strip():
        return None
    refuse_cpr(token, "Genkendelseskoden", "repeat_token")
    normal = normalise_token(token)
    if not MIN_TOKEN_LENGTH <= len(normal) <= MAX_TOKEN_LENGTH:
        raise ValidationError(
            f"Genkendelseskoden skal være {MIN_TOKEN_LENGTH} til {MAX_TOKEN_LENGTH} tegn, fx initialer og "
            "fødselsår (»AB1975«).",
            "repeat_token",
        )
    return normal


def token_hash(secret: bytes, normalised_token: str) -> str:
    return hmac.new(secret, normalised_token.encode("utf-8"), hashlib.sha256).hexdigest()


def office_secret(session: Session) -> bytes | None:
    """The office's token key; created (in the caller's transaction) the first time it is needed. Sealed
    with the advisers' key once the office has one: None where that key is not open (services.advisers_key)."""
    return advisers_key.token_secret(session)


def token_fields(session: Session, token: str | None, visit_id: str) -> tuple[str | None, str | None]:
    """(repeat_token_hash, repeat_token_sealed) for a visit: the keyed hash when the token key is at hand,
    else the normalised code sealed to the advisers, hashed when one signs in."""
    normal = checked_token(token)
    if normal is None:
        return None, None
    secret = office_secret(session)
    if secret is not None:
        return token_hash(secret, normal), None
    return None, advisers_key.drop_token(session, normal, visit_id)


def hash_for(session: Session, token: str | None) -> str | None:
    normal = checked_token(token)
    secret = office_secret(session) if normal is not None else None
    return None if normal is None or secret is None else token_hash(secret, normal)
