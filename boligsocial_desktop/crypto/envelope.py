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
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .keys import CryptoError, OfficeKeys, PeriodKey, period_of
from .sizes import NONCE_BYTES


class Reader(Protocol):
    def read(self, count: int = -1, /) -> bytes: ...


class Writer(Protocol):
    def write(self, data: bytes, /) -> int: ...

MAGIC = b"BSSEALv1"
ALGORITHM = "AES-256-GCM"
MAX_HEADER = 64 * 1024
_LENGTH = struct.Struct(">I")
RESERVED = "crypto"


def is_sealed(data: bytes) -> bool:
    return data[: len(MAGIC)] == MAGIC


def _header_bytes(header: dict[str, Any], keys: OfficeKeys, when: date | datetime | None) -> tuple[PeriodKey, bytes]:
    if RESERVED in header:
        raise ValueError(f"the header field {RESERVED!r} is reserved")
    key = keys.key_for_writing(period_of(when))
    full = dict(header)
    full[RESERVED] = {"alg": ALGORITHM, "key": key.key_id, "period": key.period, "office": keys.office_id}
    header_bytes = json.dumps(full, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    if len(header_bytes) > MAX_HEADER:
        raise ValueError("header too large")
    return key, header_bytes


def seal(plaintext: bytes, header: dict[str, Any], keys: OfficeKeys, when: date | datetime | None = None) -> bytes:
    """Encrypt `plaintext` with this month's period key; `header` (JSON-able) is bound to it."""
    key, header_bytes = _header_bytes(header, keys, when)
    nonce = os.urandom(NONCE_BYTES)
    prefix = MAGIC + _LENGTH.pack(len(header_bytes)) + header_bytes + nonce
    sealed: bytes = AESGCM(key.key).encrypt(nonce, plaintext, prefix)
    return prefix + sealed


def read_header(data: bytes, magic: bytes = MAGIC) -> tuple[dict[str, Any], int]:
    """The header (NOT yet authenticated: use only for listing and messages) and where the nonce starts."""
    if data[: len(magic)] != magic:
        raise CryptoError("Filen er ikke en krypteret fil fra Boligsocial Desktop, eller dens begyndelse er ændret. "
                          "Den bliver ikke brugt.")
    start = len(magic) + _LENGTH.size
    if len(data) < start:
        raise CryptoError("Filen er afkortet og bliver ikke brugt.")
    (length,) = _LENGTH.unpack_from(data, len(magic))
    if length > MAX_HEADER or len(data) < start + length + (NONCE_BYTES + 16 if magic == MAGIC else 0):
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


def open_sealed(data: bytes, keys: OfficeKeys) -> tuple[dict[str, Any], bytes]:
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


# --- streams: large files (backups, snapshots) without holding them in memory ---------------------------
#
#   STREAM_MAGIC | header length (4) | header (JSON, as above) | nonce prefix (7)
#   then chunks: flag (1: 0 = more, 1 = last) | length (4) | ciphertext + tag
#   chunk i: AES-GCM(period key, nonce = prefix | i (4, big-endian) | flag, aad = SHA-256(every byte before
#   the chunks)). Reordering, dropping or changing a chunk fails its tag; a file that ends without its
#   last chunk is refused as cut short; bytes after the last chunk are refused.

STREAM_MAGIC = b"BSSTRMv1"
STREAM_CHUNK = 4 * 1024 * 1024
_PREFIX_BYTES = 7


def is_sealed_stream(start: bytes) -> bool:
    return start[: len(STREAM_MAGIC)] == STREAM_MAGIC


def seal_stream(source: Reader, target: Writer, header: dict[str, Any], keys: OfficeKeys,
                when: date | datetime | None = None, chunk_size: int = STREAM_CHUNK) -> None:
    """Read plaintext from the binary file `source` and write the sealed stream to `target`."""
    import hashlib

    key, header_bytes = _header_bytes(header, keys, when)
    prefix = os.urandom(_PREFIX_BYTES)
    start = STREAM_MAGIC + _LENGTH.pack(len(header_bytes)) + header_bytes + prefix
    aad = hashlib.sha256(start).digest()
    cipher = AESGCM(key.key)
    target.write(start)
    counter = 0
    block = source.read(chunk_size)
    while True:
        following = source.read(chunk_size) if block else b""
        last = not following
        flag = b"\x01" if last else b"\x00"
        sealed = cipher.encrypt(prefix + counter.to_bytes(4, "big") + flag, block, aad)
        target.write(flag + _LENGTH.pack(len(sealed)) + sealed)
        if last:
            return
        block, counter = following, counter + 1


def _read_exactly(source: Reader, count: int) -> bytes:
    data = source.read(count)
    if len(data) != count:
        raise CryptoError("Filen er afkortet og bliver ikke brugt.")
    return data


def open_stream(source: Reader, target: Writer, keys: OfficeKeys) -> dict[str, Any]:
    """Check and decrypt a sealed stream from `source` into `target`; returns the caller's header.

    Every chunk is checked before it is written, but a cut-short file is only known at the end:
    write into a private temporary file and use it only when this returns."""
    import hashlib

    fixed = _read_exactly(source, len(STREAM_MAGIC) + _LENGTH.size)
    if not is_sealed_stream(fixed):
        raise CryptoError("Filen er ikke en krypteret fil fra Boligsocial Desktop, eller dens begyndelse er ændret. "
                          "Den bliver ikke brugt.")
    (length,) = _LENGTH.unpack_from(fixed, len(STREAM_MAGIC))
    if length > MAX_HEADER:
        raise CryptoError("Filens hoved er ændret, så filen ikke kan kontrolleres. Den bliver ikke brugt.")
    start = fixed + _read_exactly(source, length + _PREFIX_BYTES)
    header, _ = read_header(start[:-_PREFIX_BYTES], STREAM_MAGIC)
    info = header.pop(RESERVED)
    if info.get("office") not in (None, keys.office_id):
        raise CryptoError("Filen er krypteret med et andet kontors nøgle. Den kan ikke læses her.")
    cipher = AESGCM(keys.key_for_reading(info["key"], info["period"]))
    prefix, aad = start[-_PREFIX_BYTES:], hashlib.sha256(start).digest()
    counter = 0
    while True:
        flag = source.read(1)
        if not flag:
            raise CryptoError("Filen er afkortet og bliver ikke brugt.")
        (size,) = _LENGTH.unpack(_read_exactly(source, _LENGTH.size))
        if flag not in (b"\x00", b"\x01") or size > STREAM_CHUNK + 16 or size < 16:
            raise CryptoError("Filen er ændret eller beskadiget efter, at den blev skrevet (kontrollen fejler). "
                              "Den bliver ikke brugt.")
        try:
            block = cipher.decrypt(prefix + counter.to_bytes(4, "big") + flag, _read_exactly(source, size), aad)
        except InvalidTag:
            raise CryptoError("Filen er ændret eller beskadiget efter, at den blev skrevet (kontrollen fejler). "
                              "Den bliver ikke brugt.") from None
        target.write(block)
        if flag == b"\x01":
            break
        counter += 1
    if source.read(1):
        raise CryptoError("Filen har ekstra indhold efter slutningen og bliver ikke brugt.")
    return header


def stream_period(path: str | os.PathLike[str]) -> str:
    """The month a sealed stream file was sealed in (from its unchecked header)."""
    with open(path, "rb") as handle:
        fixed = _read_exactly(handle, len(STREAM_MAGIC) + _LENGTH.size)
        (length,) = _LENGTH.unpack_from(fixed, len(STREAM_MAGIC))
        header, _ = read_header(fixed + _read_exactly(handle, min(length, MAX_HEADER)), STREAM_MAGIC)
    return str(header[RESERVED]["period"])


__all__ = [
    "MAGIC",
    "STREAM_MAGIC",
    "is_sealed",
    "is_sealed_stream",
    "open_sealed",
    "open_stream",
    "read_header",
    "reseal",
    "seal",
    "seal_stream",
    "stream_period",
]
