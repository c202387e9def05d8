"""Encryption of what leaves the PC: change files, snapshots and backups, with the office key.

    keys = load_office_keys(location, KeyringSecretStore())   # None: the office has no key (plain files)
    data = seal(payload, {"kind": "changes"}, keys)           # AES-256-GCM, header authenticated
    header, payload = open_sealed(data, keys)                 # CryptoError (Danish) if tampered/wrong/expired

See keys.py for the key layout, envelope.py for the file layout, changefiles.py for the sync seam,
and docs/security.md for the whole picture.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .envelope import is_sealed, open_sealed, read_header, reseal, seal
    from .keys import (
        ENV_PASSPHRASE,
        KEY_FILE_NAME,
        CryptoError,
        KeyLocation,
        KeyringSecretStore,
        MemorySecretStore,
        OfficeKeys,
        SecretStore,
        create_office_key,
        join_office_key,
        load_configured_keys,
        load_office_keys,
        period_of,
        read_key_file,
    )

# Each name loads its module (and the cryptography library) when first used: a command that opens the
# database only tells sealed text from plain text (sealed_text) and never loads the ciphers.
_MODULE_OF = {name: "envelope" for name in ("is_sealed", "open_sealed", "read_header", "reseal", "seal")}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_MODULE_OF.get(name, 'keys')}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "ENV_PASSPHRASE",
    "KEY_FILE_NAME",
    "CryptoError",
    "KeyLocation",
    "KeyringSecretStore",
    "MemorySecretStore",
    "OfficeKeys",
    "SecretStore",
    "create_office_key",
    "is_sealed",
    "join_office_key",
    "load_configured_keys",
    "load_office_keys",
    "open_sealed",
    "period_of",
    "read_header",
    "read_key_file",
    "reseal",
    "seal",
]
