"""Pseudonymous repeat tokens: e.g. initials + birth year, kept only as a keyed hash.

The key is the office's secret (random, created on first use and stored in
OfficeSetting so every PC of the office computes the same hash). Without the key the
hash cannot be tested against guessed tokens; with it, the same visitor gives the same
hash on every PC, so the office can count different visitors and repeat visits.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...storage.models import OfficeSetting
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


def office_secret(session: Session) -> bytes:
    """The office's token key; created (in the caller's transaction) the first time it is needed."""
    row = session.scalars(select(OfficeSetting).where(OfficeSetting.key == SECRET_SETTING_KEY)).first()
    if row is not None and row.value and row.value.get("secret"):
        return bytes.fromhex(row.value["secret"])
    secret = secrets.token_bytes(32)
    if row is None:
        session.add(OfficeSetting(key=SECRET_SETTING_KEY, value={"secret": secret.hex()}))
    else:
        row.value = {"secret": secret.hex()}
        row.deleted_at = None
    session.flush()
    return secret


def hash_for(session: Session, token: str | None) -> str | None:
    normal = checked_token(token)
    return None if normal is None else token_hash(office_secret(session), normal)
