"""The office key from the program: its state, and create, join and change passphrase (administrators).

The same calls as `boligsocial-desktop key create|join|change-passphrase`; this module adds only the
role check, a plain-Danish state for the Deling tab and progress steps (scrypt takes a moment).
No Qt here; the Deling tab runs these on the background worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ..crypto import (
    CryptoError,
    KeyLocation,
    KeyringSecretStore,
    SecretStore,
    create_office_key,
    join_office_key,
    load_office_keys,
    read_key_file,
)
from ..domain.enums import StaffRole
from ..errors import ValidationError
from ..storage.engine import Database
from .staff import StaffInfo

Progress = Callable[[int, str], None]


def this_pcs_secret_store() -> SecretStore:
    """Where this PC keeps the office key: the operating system's credential store (Windows Credential Manager)."""
    return KeyringSecretStore()


class KeyState(Enum):
    NO_FOLDER = "no_folder"  # no shared folder chosen: nothing leaves this PC
    UNSEALED = "unsealed"  # the office has no key: files on the share are plain
    SEALED = "sealed"  # the office has a key and this PC has it: files are encrypted
    NOT_JOINED = "not_joined"  # the office has a key, this PC not yet (or the key was changed)


@dataclass(frozen=True)
class KeyStatus:
    state: KeyState
    detail: str | None = None  # why this PC cannot use the key (Danish)

    @property
    def sealed(self) -> bool:
        return self.state in (KeyState.SEALED, KeyState.NOT_JOINED)


def key_location(db: Database, share: str | Path | None) -> KeyLocation:
    """Where this PC looks for the key file: the share, and beside its database (as the sync command does)."""
    share_dir = Path(share) if share else None
    local = db.path.parent if db.path is not None else (share_dir or Path.cwd())
    return KeyLocation(share_dir, local)


def key_status(location: KeyLocation, store: SecretStore) -> KeyStatus:
    if location.share_dir is None:
        return KeyStatus(KeyState.NO_FOLDER)
    try:
        if read_key_file(location) is None:
            return KeyStatus(KeyState.UNSEALED)
        keys = load_office_keys(location, store, passphrase=None)
    except CryptoError as exc:
        return KeyStatus(KeyState.NOT_JOINED, exc.message)
    return KeyStatus(KeyState.SEALED if keys is not None else KeyState.UNSEALED)


def _require_admin(actor: StaffInfo | None) -> None:
    if actor is None or actor.role != StaffRole.ADMINISTRATOR:
        raise ValidationError("Kun en administrator kan oprette kontornøglen, tilslutte pc'er og skifte "
                              "adgangsfrasen.", "actor")


def _same(passphrase: str, repeated: str) -> None:
    if passphrase != repeated:
        raise ValidationError("De to adgangsfraser er ikke ens. Skriv den samme to gange.", "repeat")


def create_key(location: KeyLocation, passphrase: str, repeated: str, store: SecretStore, actor: StaffInfo | None,
               progress: Progress | None = None) -> KeyStatus:
    _require_admin(actor)
    _same(passphrase, repeated)
    if progress:
        progress(10, "Laver kontornøglen …")
    create_office_key(location, passphrase, store)
    if progress:
        progress(100, "Kontornøglen er lavet.")
    return key_status(location, store)


def join_pc(location: KeyLocation, passphrase: str, store: SecretStore, actor: StaffInfo | None,
            progress: Progress | None = None) -> KeyStatus:
    _require_admin(actor)
    if progress:
        progress(10, "Åbner kontornøglen med adgangsfrasen …")
    join_office_key(location, passphrase, store)
    if progress:
        progress(100, "Denne pc har nu kontornøglen.")
    return key_status(location, store)


def change_passphrase(location: KeyLocation, new: str, repeated: str, store: SecretStore, actor: StaffInfo | None,
                      progress: Progress | None = None) -> KeyStatus:
    _require_admin(actor)
    _same(new, repeated)
    keys = load_office_keys(location, store, passphrase=None)
    if keys is None:
        raise ValidationError("Kontoret har ingen kontornøgle endnu. Opret den først.", "passphrase")
    if progress:
        progress(10, "Skifter adgangsfrasen …")
    keys.change_passphrase(new)
    if progress:
        progress(100, "Adgangsfrasen er skiftet.")
    return key_status(location, store)
