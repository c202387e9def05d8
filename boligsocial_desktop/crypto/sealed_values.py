"""Sealed column values: the advisers' key, values sealed with it, and its per-person wraps.

The *advisers' key* (32 random bytes, id ``a-…``) seals the advice notes, the named cases' name,
phone and e-mail and the repeat-code key, in the database and therefore in the change files.
A sealed value is text, so it travels through the outbox, change files and merges like any other
value (opaque to them):

    bsv1:<key id>:<base64(nonce | AES-256-GCM ciphertext and tag)>

associated data ``bsv1|<key id>|<table>.<column>|<row id>`` (a value cannot be moved to another row
or column). The nonce is derived from the key, the place and the plaintext (HMAC-SHA256, cut to 12
bytes), so two PCs that seal the same old plain value of the same row produce the same text and
the merge sees no conflict; distinct values get distinct nonces.

Each adviser and administrator has an X25519 key pair; the private key is wrapped by a key
derived from their PIN (scrypt, bounded parameters as for the office passphrase). The advisers'
key is given to a person as a *grant*: sealed to their public key (X25519 + HKDF + AES-GCM). So
anyone who holds the advisers' key can give it to a colleague without knowing the colleague's PIN.

A visit logged where the advisers' key is not at hand (a student helper's PC) cannot compute the
repeat-code hash; its normalised code is sealed to the *drop* public key of the advisers' key
(``bsp1:…``) and hashed when an adviser next signs in.

Nothing here touches Qt or the database.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .keys import CryptoError, _scrypt_parameters
from .sealed_text import (
    DROP_PREFIX,
    KEY_ID_PREFIX,
    VALUE_PREFIX,
    AdvisersKeyHolder,
    _split,
    _unb64,
    is_sealed_value,
    sealed_key_id,
)
from .sizes import KEY_BYTES, NONCE_BYTES

# The PIN's scrypt cost (the same bound as the passphrase's: never more is read from a row).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_RAW = serialization.Encoding.Raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def new_key_id() -> str:
    return KEY_ID_PREFIX + secrets.token_hex(8)


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


# --- sealed values -----------------------------------------------------------------------------------

@lru_cache(maxsize=16)
def _cipher(key: bytes) -> AESGCM:
    return AESGCM(key)


def _aad(key_id: str, place: str) -> bytes:
    return f"bsv1|{key_id}|{place}".encode()


def seal_value(key_id: str, key: bytes, plaintext: str, place: str) -> str:
    """`place` is "<table>.<column>|<row id>"."""
    data = plaintext.encode("utf-8")
    aad = _aad(key_id, place)
    nonce = hmac.new(key, aad + b"\x00" + data, hashlib.sha256).digest()[:NONCE_BYTES]
    return f"{VALUE_PREFIX}{key_id}:{_b64(nonce + _cipher(key).encrypt(nonce, data, aad))}"


def open_value(keys: dict[str, bytes], value: str, place: str) -> str:
    """The plain text of a sealed value; CryptoError when no key fits or the value was changed."""
    found = _split(value, VALUE_PREFIX)
    if found is None:
        raise CryptoError("Værdien er ikke krypteret med rådgivernes nøgle.")
    key_id, raw = found
    key = keys.get(key_id)
    if key is None:
        raise CryptoError("Værdien er krypteret med en rådgivernøgle, som du ikke har fået endnu.")
    try:
        return _cipher(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], _aad(key_id, place)).decode("utf-8")
    except InvalidTag:
        raise CryptoError("En krypteret værdi er ændret uden om programmet og kan ikke læses.") from None


# --- X25519 boxes: a secret sealed to a public key ------------------------------------------------------

def _box_key(shared: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(shared)


def public_text(private: X25519PrivateKey) -> str:
    return _b64(private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw))


def seal_to(public_b64: str, secret: bytes, aad: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    peer = X25519PublicKey.from_public_bytes(_unb64(public_b64))
    key = _box_key(ephemeral.exchange(peer), aad)
    nonce = os.urandom(NONCE_BYTES)
    return (ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw) + nonce
            + AESGCM(key).encrypt(nonce, secret, aad))


def open_from(private: X25519PrivateKey, box: bytes, aad: bytes) -> bytes:
    if len(box) < 32 + NONCE_BYTES + 16:
        raise CryptoError("En krypteret nøgle er afkortet.")
    peer = X25519PublicKey.from_public_bytes(box[:32])
    key = _box_key(private.exchange(peer), aad)
    try:
        return AESGCM(key).decrypt(box[32:32 + NONCE_BYTES], box[32 + NONCE_BYTES:], aad)
    except InvalidTag:
        raise CryptoError("En krypteret nøgle er ændret uden om programmet og kan ikke bruges.") from None


def drop_private(key_id: str, key: bytes) -> X25519PrivateKey:
    """The advisers' key's drop key pair: helpers seal repeat codes to its public half."""
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=f"boligsocial-advisers-drop|{key_id}".encode()).derive(key)
    return X25519PrivateKey.from_private_bytes(seed)


def _drop_aad(key_id: str, place: str) -> bytes:
    return f"bsp1|{key_id}|{place}".encode()


def seal_for_advisers(key_id: str, drop_public: str, plaintext: str, place: str) -> str:
    box = seal_to(drop_public, plaintext.encode("utf-8"), _drop_aad(key_id, place))
    return f"{DROP_PREFIX}{key_id}:{_b64(box)}"


def open_dropped(keys: dict[str, bytes], value: str, place: str) -> str:
    found = _split(value, DROP_PREFIX)
    if found is None or found[0] not in keys:
        raise CryptoError("Genkendelseskoden er krypteret med en rådgivernøgle, som ikke er åbnet.")
    key_id, box = found
    return open_from(drop_private(key_id, keys[key_id]), box, _drop_aad(key_id, place)).decode("utf-8")


# --- a person's key pair, wrapped by their PIN ------------------------------------------------------------

def new_pin_kdf() -> dict[str, Any]:
    return {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(os.urandom(16))}


def _pin_kek(pin: str, kdf: dict[str, Any]) -> bytes:
    salt, n, r, p = _scrypt_parameters(kdf)
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(pin.encode("utf-8"))


def _person_aad(staff_id: str, public_b64: str) -> bytes:
    return f"bspin1|{staff_id}|{public_b64}".encode()


@dataclass
class PersonKeys:
    """What is stored for one person: public key, scrypt parameters and the PIN-wrapped private key."""

    public_key: str
    kdf: dict[str, Any]
    wrapped: str
    private: X25519PrivateKey | None = field(default=None, repr=False)


def new_person_keys(staff_id: str, pin: str) -> PersonKeys:
    private = X25519PrivateKey.generate()
    public = public_text(private)
    kdf = new_pin_kdf()
    nonce = os.urandom(NONCE_BYTES)
    raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    wrapped = _b64(nonce + AESGCM(_pin_kek(pin, kdf)).encrypt(nonce, raw, _person_aad(staff_id, public)))
    return PersonKeys(public, kdf, wrapped, private)


def open_person_keys(staff_id: str, pin: str, public_b64: str, kdf: dict[str, Any],
                     wrapped: str) -> X25519PrivateKey | None:
    """The private key, or None when the PIN does not open it (an older PIN, a changed row)."""
    try:
        raw = _unb64(wrapped)
        data = AESGCM(_pin_kek(pin, kdf)).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:],
                                                  _person_aad(staff_id, public_b64))
    except (InvalidTag, ValueError, TypeError):
        return None
    private = X25519PrivateKey.from_private_bytes(data)
    return private if public_text(private) == public_b64 else None


def _grant_aad(key_id: str, staff_id: str, public_b64: str) -> bytes:
    return f"bsgrant1|{key_id}|{staff_id}|{public_b64}".encode()


def grant(key_id: str, key: bytes, staff_id: str, public_b64: str) -> str:
    return _b64(seal_to(public_b64, key, _grant_aad(key_id, staff_id, public_b64)))


def open_grant(private: X25519PrivateKey, key_id: str, staff_id: str, wrapped: str) -> bytes | None:
    public = public_text(private)
    try:
        return open_from(private, _unb64(wrapped), _grant_aad(key_id, staff_id, public))
    except (CryptoError, ValueError, TypeError):
        return None


def private_bytes(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def private_from(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(raw)


__all__ = ["DROP_PREFIX", "VALUE_PREFIX", "AdvisersKeyHolder", "PersonKeys",
           "drop_private", "grant", "is_sealed_value", "new_key",
           "new_key_id", "new_person_keys", "open_dropped", "open_grant", "open_person_keys", "open_value",
           "public_text", "seal_for_advisers", "seal_value", "sealed_key_id"]
