"""Sealed files: AES-256-GCM with the whole header as associated data.

Layout of a sealed file (all of it is authenticated, so one changed byte anywhere is refused):

    MAGIC (8 bytes, b"BSSEALv1")
    header length (4 bytes, big-endian)
    header (UTF-8 JSON, sorted keys): the caller's fields plus "crypto": {"key": id, "period": "YYYY-MM",
                                      "alg": "AES-256-GCM"}
    nonce (12 random bytes)
    ciphertext + 16-byte tag        AES-GCM(period key, nonce, plaintext, aad = every byte before it)

The header stays readable without the key (a file can be listed and sorted, and its key named
in an error message) but cannot be changed without the tag failing.
"""

from __future__ import annotations

import json
import os
import struct
from datetime import date, datetime

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .keys import NONCE_BYTES, CryptoError, OfficeKeys, period_of

MAGIC = b"BSSEALv1"
ALGORITHM = "AES-256-GCM"
MAX_HEADER = 64 * 1024
_LENGTH = struct.Struct(">I")
RESERVED = "crypto"


def is_sealed(data: bytes) -> bool:
    return data[: len(MAGIC)] == MAGIC


def seal(plaintext: bytes, header: dict, keys: OfficeKeys, when: date | datetime | None = None) -> bytes:
    """Encrypt `plaintext` with this month's period key; `header` (JSON-able) is bound to it."""
    if RESERVED in header:
        raise ValueError(f"the header field {RESERVED!r} is reserved")
    key = keys.key_for_writing(period_of(when))
    full = dict(header)
    full[RESERVED] = {"alg": ALGORITHM, "key": key.key_id, "period": key.period, "office": keys.office_id}
    header_bytes = json.dumps(full, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    if len(header_bytes) > MAX_HEADER:
        raise ValueError("header too large")
    nonce = os.urandom(NONCE_BYTES)
    prefix = MAGIC + _LENGTH.pack(len(header_bytes)) + header_bytes + nonce
    return prefix + AESGCM(key.key).encrypt(nonce, plaintext, prefix)


def read_header(data: bytes) -> tuple[dict, int]:
    """The header (NOT yet authenticated: use only for listing and messages) and where the nonce starts."""
    if not is_sealed(data):
        raise CryptoError("Filen er ikke en krypteret fil fra Boligsocial Desktop, eller dens begyndelse er ændret. "
                          "Den bliver ikke brugt.")
    start = len(MAGIC) + _LENGTH.size
    if len(data) < start:
        raise CryptoError("Filen er afkortet og bliver ikke brugt.")
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    if length > MAX_HEADER or len(data) < start + length + NONCE_BYTES + 16:
        raise CryptoError("Filen er afkortet eller ændret og bliver ikke brugt.")
    try:
        header = json.loads(data[start:start + length].decode("utf-8"))
        info = header[RESERVED]
        if not (isinstance(info, dict) and isinstance(info["key"], str) and isinstance(info["period"], str)):
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise CryptoError("Filens hoved er ændret, så filen ikke kan kontrolleres. Den bliver ikke brugt.") from None
    if info.get("alg") != ALGORITHM:
        raise CryptoError("Filen er krypteret af en nyere version af Boligsocial Desktop. Opdater programmet.")
    return header, start + length


def open_sealed(data: bytes, keys: OfficeKeys) -> tuple[dict, bytes]:
    """Check and decrypt a sealed file: (the caller's header, plaintext). Raises CryptoError in Danish
    for a tampered file, another office's key, or an expired (destroyed) period key; never returns
    unchecked bytes."""
    header, nonce_at = read_header(data)
    info = header.pop(RESERVED)
    if info.get("office") not in (None, keys.office_id):
        raise CryptoError("Filen er krypteret med et andet kontors nøgle. Den kan ikke læses her.")
    key = keys.key_for_reading(info["key"], info["period"])
    nonce = data[nonce_at:nonce_at + NONCE_BYTES]
    try:
        plaintext = AESGCM(key).decrypt(nonce, data[nonce_at + NONCE_BYTES:], data[:nonce_at + NONCE_BYTES])
    except InvalidTag:
        raise CryptoError("Filen er ændret eller beskadiget efter, at den blev skrevet (kontrollen fejler). "
                          "Den bliver ikke brugt.") from None
    return header, plaintext


def reseal(data: bytes, keys: OfficeKeys, old_keys: OfficeKeys | None = None) -> bytes:
    """Open with `old_keys` (or `keys`) and seal again with `keys`' current key of the same period
    (used after a rotation, so that destroying a month still reaches the re-encrypted file)."""
    header, plaintext = open_sealed(data, old_keys or keys)
    original_period = read_header(data)[0][RESERVED]["period"]
    year, month = (int(part) for part in original_period.split("-"))
    return seal(plaintext, header, keys, date(year, month, 1))


__all__ = ["MAGIC", "seal", "open_sealed", "read_header", "is_sealed", "reseal"]
