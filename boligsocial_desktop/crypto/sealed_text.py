"""What a sealed value looks like, without the cryptography library (sealed_values does the sealing).

Telling sealed text from plain text is all the CPR guard, the exports and the named-case checks need,
and every database opened holds an `AdvisersKeyHolder`, so these load at every start; the ciphers load
when a value is first sealed or opened.

    bsv1:<key id>:<base64(nonce | AES-256-GCM ciphertext and tag)>     a sealed value
    bsp1:<key id>:<base64(...)>                                         a repeat code sealed to the drop key
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from .sizes import NONCE_BYTES, TAG_BYTES

VALUE_PREFIX = "bsv1:"
DROP_PREFIX = "bsp1:"
KEY_ID_PREFIX = "a-"


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _split(text: object, prefix: str) -> tuple[str, bytes] | None:
    if not isinstance(text, str) or not text.startswith(prefix):
        return None
    key_id, sep, body = text[len(prefix):].partition(":")
    if not sep or not key_id.startswith(KEY_ID_PREFIX):
        return None
    try:
        raw = _unb64(body)
    except (ValueError, UnicodeEncodeError):
        return None
    return (key_id, raw) if len(raw) >= NONCE_BYTES + TAG_BYTES else None


def is_sealed_value(value: object) -> bool:
    """A well-formed sealed value (``bsv1:``) or a sealed repeat code (``bsp1:``); plain text is not."""
    return _split(value, VALUE_PREFIX) is not None or _split(value, DROP_PREFIX) is not None


def sealed_key_id(value: str) -> str | None:
    found = _split(value, VALUE_PREFIX)
    return found[0] if found else None


@dataclass
class AdvisersKeyHolder:
    """The advisers' keys unwrapped in this process (memory only, never written anywhere but the
    signed-in person's own OS credential store), and who unwrapped them with their PIN.

    `holders`: the staff members for whom the services open sealed values: those who opened the key
    since the last sign-in of anyone who does not hold it (a helper, a coordinator, an adviser not
    granted it yet), which forgets it all.
    `notes`: visit id -> (end of the sealed text, plain text, plain text case-folded), so searching notes
    decrypts each note once a session (services.advisers_key.note_cache)."""

    keys: dict[str, bytes] = field(default_factory=dict, repr=False)
    holders: set[str] = field(default_factory=set)
    notes: dict[str, tuple[str, str, str]] = field(default_factory=dict, repr=False)

    def forget(self) -> None:
        self.keys.clear()
        self.holders.clear()
        self.notes.clear()

    def opens_for(self, staff_id: str | None) -> bool:
        return bool(self.keys) and staff_id is not None and staff_id in self.holders


__all__ = ["DROP_PREFIX", "KEY_ID_PREFIX", "VALUE_PREFIX", "AdvisersKeyHolder", "is_sealed_value", "sealed_key_id"]
