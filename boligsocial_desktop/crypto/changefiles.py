"""Adapter for the sync seam: change files and snapshots as sealed bytes.

The file-share sync has one function that turns payload bytes into file bytes and back. Wiring
(the integrator's five lines, in that seam):

    from boligsocial_desktop.crypto import changefiles
    changefiles.configure(keys)                  # once at start: load_office_keys(...) or None

    file_bytes = changefiles.seal_change_file(payload, {"origin": origin, "seq": [first, last]})
    header, payload = changefiles.open_change_file(file_bytes)   # CryptoError: park the file, report it

Rules:
- No office key configured: `seal_change_file` returns the payload unchanged and
  `open_change_file` passes plain files through (today's behaviour); a sealed file then raises
  CryptoError ("this PC has no office key").
- Office key configured: everything written is sealed, and a plain (unsealed) file is refused, so
  nobody can slip unencrypted changes onto the share.
- CryptoError is an AppError with one Danish line; the caller must not apply anything from a file
  that raised it (the tag is checked before a single byte of plaintext is returned).
"""

from __future__ import annotations

from typing import Any

from .envelope import is_sealed, open_sealed, seal
from .keys import CryptoError, OfficeKeys

_configured: OfficeKeys | None = None


def configure(keys: OfficeKeys | None) -> None:
    """Set the office key used by the sync seam (None: encryption off)."""
    global _configured
    _configured = keys


def configured() -> OfficeKeys | None:
    return _configured


_UNSET = object()


def seal_change_file(payload: bytes, header: dict[str, Any] | None = None,
                     keys: OfficeKeys | object | None = _UNSET) -> bytes:
    keys = _configured if keys is _UNSET else keys
    if keys is None:
        return payload
    return seal(payload, dict(header or {}, kind=(header or {}).get("kind", "changes")), keys)  # type: ignore[arg-type]


def open_change_file(data: bytes, keys: OfficeKeys | object | None = _UNSET) -> tuple[dict[str, Any], bytes]:
    keys = _configured if keys is _UNSET else keys
    if keys is None:
        if is_sealed(data):
            raise CryptoError("Filen er krypteret, men denne pc har ikke kontornøglen. Tilslut pc'en med "
                              "adgangsfrasen (»key join«).")
        return {}, data
    if not is_sealed(data):
        raise CryptoError("Filen er ikke krypteret, men kontoret bruger kryptering. Den bliver ikke brugt.")
    return open_sealed(data, keys)  # type: ignore[arg-type]


__all__ = ["configure", "configured", "open_change_file", "seal_change_file"]
