"""The office key: one random data key per office, per-month period keys, passphrase wrapping.

Layout (see docs/security.md):

- The *master key* (32 random bytes, id ``m-…``) is made once, by the first PC. In the shared
  folder it exists only wrapped by the passphrase: scrypt (n=2**15, r=8, p=1, random salt)
  turns the passphrase into a key-encryption key, and AES-GCM wraps the master key with its
  id as associated data. On each PC the master key is kept in the operating system's
  credential store (`KeyringSecretStore`, i.e. Windows Credential Manager), so a scheduled
  sync runs without anyone typing the passphrase.
- *Period keys* (32 random bytes each, id ``k-…``, one per month "YYYY-MM") encrypt the
  files. They are random, NOT derived from the master key, and kept in the key file wrapped
  by the master key. Destroying a month's period key (`destroy_before`) therefore makes every
  file sealed in that month unreadable for good, wherever copies of it lie (old backups, a
  sync tool's version history), while the master key and newer months stay intact.
  Keys for the current month and the next two are made ahead, so two PCs practically never
  race to make the same month's key.
- The key file (`kontornoegle.json`) lives in the shared folder; each PC keeps a copy in its
  data folder so backups work while the share is out of reach (it is useless without the
  master key). The newest copy (highest ``revision``) wins.

Nothing here touches Qt or the database.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import json
import logging
import os
import secrets
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .. import fileops
from ..errors import AppError
from .sizes import KEY_BYTES, NONCE_BYTES

log = logging.getLogger(__name__)

KEY_FILE_NAME = "kontornoegle.json"
KEY_FILE_FORMAT = 2  # 2: the file carries a MAC under the master key ("mac")
LEGACY_KEY_FILE_FORMAT = 1  # no MAC: accepted only until this PC has seen a MAC (see _verified_copy)
MONTHS_AHEAD = 2
MIN_PASSPHRASE = 12
ENV_PASSPHRASE = "BOLIGSOCIAL_PASSPHRASE"
KEYRING_SERVICE = "Boligsocial Desktop"
# scrypt cost: about 0.1 s and 32 MiB on an office PC; stored in the file so it can be raised later.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
# What a key file read from the share may ask for: never more than this program writes (a file asking
# for n=2**30 would make every PC spend gigabytes and minutes before it can even say "wrong passphrase").
MAX_SCRYPT_N, MAX_SCRYPT_R, MAX_SCRYPT_P = 2**15, 8, 1
SALT_BYTES_RANGE = (16, 64)

TAMPERED_KEY_FILE = ("Filen med kontornøglen ({path}) er ændret uden om programmet (kontrollen fejler) og bliver "
                     "ikke brugt. Kontakt den, der passer kontorets pc'er.")


class CryptoError(AppError):
    """A file or key that cannot be used: tampered, wrong key, expired key, wrong passphrase."""


# --- small helpers ---------------------------------------------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def period_of(moment: date | datetime | None = None) -> str:
    """The period (month) a file written at `moment` belongs to: "YYYY-MM"."""
    moment = moment or date.today()
    return f"{moment.year:04d}-{moment.month:02d}"


def _next_period(period: str, months: int) -> str:
    year, month = (int(part) for part in period.split("-"))
    index = year * 12 + (month - 1) + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _wrap(key: bytes, secret: bytes, aad: bytes) -> str:
    nonce = os.urandom(NONCE_BYTES)
    return _b64(nonce + AESGCM(key).encrypt(nonce, secret, aad))


def _unwrap(key: bytes, wrapped: str, aad: bytes) -> bytes:
    raw = _unb64(wrapped)
    return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad)


def _scrypt_parameters(kdf: dict[str, Any]) -> tuple[bytes, int, int, int]:
    """The scrypt salt and cost from a key file, refused when out of bounds (the file may be hostile)."""
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise CryptoError("Kontornøglen er lavet af en nyere version af Boligsocial Desktop. Opdater programmet.")
    bad = CryptoError("Filen med kontornøglen har ugyldige indstillinger for adgangsfrasen (scrypt) og bliver ikke "
                      "brugt. Kontakt den, der passer kontorets pc'er.")
    values: list[Any] = [kdf.get(name) for name in ("n", "r", "p")]  # from the file: checked below
    if not all(isinstance(value, int) and not isinstance(value, bool) for value in values):
        raise bad
    n, r, p = values
    if not (2 <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= MAX_SCRYPT_R and 1 <= p <= MAX_SCRYPT_P):
        raise bad
    try:
        salt = _unb64(kdf["salt"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise bad from exc
    if not SALT_BYTES_RANGE[0] <= len(salt) <= SALT_BYTES_RANGE[1]:
        raise bad
    return salt, n, r, p


def _kek(passphrase: str, kdf: dict[str, Any]) -> bytes:
    salt, n, r, p = _scrypt_parameters(kdf)
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _mac_key(master: bytes, office_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=f"boligsocial-keyfile-mac|{office_id}".encode()).derive(master)


def _mac_input(data: dict[str, Any]) -> bytes:
    """Everything in the key file except the MAC itself, in one canonical form: the month keys (ids,
    months, retired flags, wrapped keys), the revision, the scrypt parameters, the master entry …"""
    covered = {name: value for name, value in data.items() if name != "mac"}
    return json.dumps(covered, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _mac(data: dict[str, Any], master: bytes) -> str:
    return _b64(hmac.new(_mac_key(master, str(data.get("office_id"))), _mac_input(data), "sha256").digest())


def _mac_status(data: dict[str, Any], master: bytes) -> str:
    """"ok" (MAC right), "legacy" (a file from before MACs, format 1 without one) or "bad"."""
    mac = data.get("mac")
    if mac is None:
        return "legacy" if data.get("format") == LEGACY_KEY_FILE_FORMAT else "bad"
    if data.get("format") != KEY_FILE_FORMAT or not isinstance(mac, str):
        return "bad"
    return "ok" if hmac.compare_digest(mac, _mac(data, master)) else "bad"


def _new_kdf() -> dict[str, Any]:
    return {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(os.urandom(16))}


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise CryptoError(f"Adgangsfrasen skal være mindst {MIN_PASSPHRASE} tegn. Du kan bruge flere ord i træk, "
                          "fx »gul-cykel-ved-søen-7«.")


# --- where this PC keeps the master key -----------------------------------------------------------

class SecretStore:
    """This PC's store for the master key. Subclasses: the OS credential store, memory (tests)."""

    def get(self, name: str) -> str | None:
        raise NotImplementedError

    def set(self, name: str, value: str) -> None:
        raise NotImplementedError

    def delete(self, name: str) -> None:
        raise NotImplementedError


class MemorySecretStore(SecretStore):
    """For tests and one-off scripts: forgets everything when the process ends."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


class KeyringSecretStore(SecretStore):
    """The operating system's credential store through the `keyring` library
    (Windows Credential Manager, macOS Keychain, Secret Service on Linux)."""

    def __init__(self, service: str = KEYRING_SERVICE):
        self.service = service

    def _call(self, what: Callable[..., Any], *args: str) -> Any:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            return what(keyring, *args)
        except PasswordDeleteError:
            raise
        except KeyringError as exc:
            raise CryptoError("Styresystemets nøglering (Windows: Legitimationsstyring) kan ikke bruges på denne "
                              f"pc ({exc}). Kontakt den, der passer pc'erne.") from exc

    def get(self, name: str) -> str | None:
        value: str | None = self._call(lambda k, n: k.get_password(self.service, n), name)
        return value

    def set(self, name: str, value: str) -> None:
        self._call(lambda k, n, v: k.set_password(self.service, n, v), name, value)

    def delete(self, name: str) -> None:
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            self._call(lambda k, n: k.delete_password(self.service, n), name)


# --- the key file -----------------------------------------------------------------------------------

@dataclass
class PeriodKey:
    key_id: str
    period: str
    key: bytes = field(repr=False)
    retired: bool = False  # kept to read old files after a rotation; never used to write


def _master_aad(office_id: str, master_id: str) -> bytes:
    return f"boligsocial-master|{office_id}|{master_id}".encode()


def _period_aad(office_id: str, key_id: str, period: str, file_format: int | None = KEY_FILE_FORMAT) -> bytes:
    """Format 2 wraps name the format too, so a file whose MAC was stripped and whose format was set back
    to 1 (to pass as a file from before MACs) no longer opens."""
    if file_format == LEGACY_KEY_FILE_FORMAT:
        return f"boligsocial-period|{office_id}|{key_id}|{period}".encode()
    return f"boligsocial-period|{file_format}|{office_id}|{key_id}|{period}".encode()


@dataclass(frozen=True)
class KeyLocation:
    """Where the key file is: the shared folder (may be None or unreachable) and this PC's data folder."""

    share_dir: Path | None
    local_dir: Path

    @property
    def share_file(self) -> Path | None:
        return self.share_dir / KEY_FILE_NAME if self.share_dir else None

    @property
    def local_file(self) -> Path:
        return self.local_dir / KEY_FILE_NAME


def _read_json(path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("Kontornøglen kan ikke læses i %s: %s", path, exc)
        return None
    except ValueError as exc:
        raise CryptoError(f"Filen med kontornøglen ({path}) er beskadiget og kan ikke læses.") from exc
    if not isinstance(data, dict) or data.get("format") not in (KEY_FILE_FORMAT, LEGACY_KEY_FILE_FORMAT):
        raise CryptoError(f"Filen med kontornøglen ({path}) er lavet af en nyere version af Boligsocial Desktop. "
                          "Opdater programmet.")
    return data


def _write_json(path: Path, data: dict[str, Any], private: bool = False) -> None:
    """Write through a temporary name; `private`: this PC's copy (folder 0700, file 0600 on Linux/macOS),
    not the shared folder's, which the other PCs must be able to read."""
    from ..paths import make_private_dir, open_private

    if private:
        make_private_dir(path.parent)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    with (open_private(temporary, "w", encoding="utf-8") if private else
          temporary.open("w", encoding="utf-8")) as handle:
        json.dump(data, handle, indent=1, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    fileops.replace(temporary, path)


def read_key_file(location: KeyLocation) -> dict[str, Any] | None:
    """The newest of the share's and the local copy (by revision), NOT yet checked: its MAC can only be
    checked with the master key (`_verified_copy`), so nothing here writes the local copy."""
    shared = _read_json(location.share_file)
    local = _read_json(location.local_file)
    candidates = [d for d in (shared, local) if d is not None]
    if not candidates:
        return None
    if shared and local and shared.get("office_id") != local.get("office_id"):
        log.warning("Kontornøglen i den fælles mappe tilhører et andet kontor end den lokale kopi; den fælles bruges.")
        candidates = [shared]
    return max(candidates, key=_revision)


def _revision(data: dict[str, Any]) -> int:
    try:
        return int(data.get("revision", 0))
    except (TypeError, ValueError):
        return -1


def _verified_copy(location: KeyLocation, master: bytes, office_id: str, master_id: str,
                   ) -> tuple[dict[str, Any], list[str], bool]:
    """The newest copy of the key file (share or local) whose MAC is right under `master`.

    Returns (data, warnings, legacy). A copy that fails the check is never used nor copied anywhere; a
    Danish warning says so when it would otherwise have won. A file from before MACs (format 1) is
    accepted only while this PC's own copy has no MAC either (the migration: the caller adds the MAC at
    once); once this PC has seen a MAC, a file without one is refused like any other changed file.
    Raises CryptoError when no copy passes."""
    copies: list[tuple[Path | None, dict[str, Any]]] = []
    for path in (location.share_file, location.local_file):
        try:
            data = _read_json(path)
        except CryptoError as exc:
            log.warning("%s", exc.message)
            continue
        if data is not None:
            copies.append((path, data))
    local = next((data for path, data in copies if path == location.local_file), None)
    macs_required = local is not None and "mac" in local
    good: list[dict[str, Any]] = []
    legacy: list[dict[str, Any]] = []
    bad: list[tuple[Path | None, dict[str, Any]]] = []
    for path, data in copies:
        if data.get("office_id") != office_id or (data.get("master") or {}).get("id") != master_id:
            continue  # another office's or another master's file: decided elsewhere, never adopted here
        status = _mac_status(data, master)
        if status == "ok":
            good.append(data)
        elif status == "legacy" and not macs_required:
            legacy.append(data)
        else:
            bad.append((path, data))
    chosen_from = good or legacy
    if not chosen_from:
        path = bad[0][0] if bad else location.share_file or location.local_file
        raise CryptoError(TAMPERED_KEY_FILE.format(path=path))
    chosen = max(chosen_from, key=_revision)
    warnings = []
    for path, data in bad:
        log.warning("Kontornøglen i %s fejler kontrollen og bruges ikke.", path)
        if _revision(data) >= _revision(chosen):
            warnings.append(TAMPERED_KEY_FILE.format(path=path) + " Denne pc bruger sin egen kopi.")
    return chosen, warnings, not good


class OfficeKeys:
    """The unlocked office key: the master key and the period keys. Made by `create`, `join` or `load`."""

    def __init__(self, location: KeyLocation, data: dict[str, Any], master: bytes, store: SecretStore | None):
        self.location, self.data, self.master, self.store = location, data, master, store
        self.keys: dict[str, PeriodKey] = {}
        self._loaded_revision = _revision(data)
        self.warnings: list[str] = []  # Danish: a copy of the key file that failed its check, and so on
        self._read_period_keys()

    @classmethod
    def opened(cls, location: KeyLocation, data: dict[str, Any], master: bytes,
               store: SecretStore | None) -> OfficeKeys:
        """The office key from the key file as found (`data`: the newest copy, not yet checked): only a copy
        whose MAC is right under `master` is used and copied to this PC; a file from before MACs gets one."""
        chosen, warnings, legacy = _verified_copy(location, master, data["office_id"], data["master"]["id"])
        keys = cls(location, chosen, master, store)
        keys.warnings = warnings
        if legacy:
            try:
                keys._save()  # the migration: the same keys, now with a MAC (revision + 1)
                log.info("Kontornøglens fil har fået en kontrolsum (MAC).")
            except (CryptoError, OSError) as exc:
                log.warning("Kontornøglens fil kunne ikke få en kontrolsum nu: %s", exc)
        else:
            keys._keep_local_copy()
        return keys

    def _keep_local_copy(self) -> None:
        try:
            local = _read_json(self.location.local_file)
        except CryptoError:
            local = None
        if local != self.data:
            _write_json(self.location.local_file, self.data, private=True)

    # identity
    @property
    def office_id(self) -> str:
        return str(self.data["office_id"])

    @property
    def master_id(self) -> str:
        return str(self.data["master"]["id"])

    def _read_period_keys(self) -> None:
        self.keys = {}
        for entry in self.data.get("period_keys", []):
            try:
                key = _unwrap(self.master, entry["wrapped"],
                              _period_aad(self.office_id, entry["id"], entry["period"], self.data.get("format")))
            except (InvalidTag, ValueError, KeyError) as exc:
                raise CryptoError("Filen med kontornøglen er ændret uden om programmet og kan ikke bruges.") from exc
            self.keys[entry["id"]] = PeriodKey(entry["id"], entry["period"], key, bool(entry.get("retired")))

    def _entries(self) -> list[dict[str, Any]]:
        return [{"id": k.key_id, "period": k.period, "retired": k.retired,
                 "wrapped": _wrap(self.master, k.key, _period_aad(self.office_id, k.key_id, k.period))}
                for k in sorted(self.keys.values(), key=lambda k: (k.period, k.key_id))]

    def _save(self) -> None:
        try:
            current = _read_json(self.location.share_file)
        except CryptoError:
            current = None
        if current is not None and _revision(current) > self._loaded_revision:
            ours = (current.get("office_id") == self.office_id
                    and (current.get("master") or {}).get("id") == self.master_id)
            if not ours or _mac_status(current, self.master) != "bad":
                # Another PC changed the key file since we read it: never overwrite (it may have destroyed keys).
                raise CryptoError("Kontornøglen er ændret på en anden pc i mellemtiden. Prøv igen.")
            # Same office and master key, but the MAC fails: changed by hand; our checked copy replaces it.
            log.warning("Kontornøglen i den fælles mappe fejler kontrollen; den erstattes af denne pc's kopi.")
        self.data["format"] = KEY_FILE_FORMAT
        self.data["period_keys"] = self._entries()
        self.data["revision"] = _revision(self.data) + 1
        self.data["changed"] = datetime.now(UTC).isoformat(timespec="seconds")
        self.data.pop("mac", None)
        self.data["mac"] = _mac(self.data, self.master)
        _write_json(self.location.local_file, self.data, private=True)
        self._loaded_revision = self.data["revision"]
        if self.location.share_file is not None:
            try:
                _write_json(self.location.share_file, self.data)
            except OSError as exc:
                raise CryptoError(f"Kontornøglen kan ikke gemmes i den fælles mappe ({exc.strerror or exc}). "
                                  "Kontrollér, at mappen kan nås, og prøv igen.") from exc

    def refresh(self) -> None:
        """Read the key file again (another PC may have added a month or destroyed old ones). Only a copy
        whose MAC is right is taken; otherwise the keys already read stay."""
        try:
            data, warnings, legacy = _verified_copy(self.location, self.master, self.office_id, self.master_id)
        except CryptoError as exc:
            log.warning("%s", exc.message)
            return
        self.warnings = warnings
        if legacy or _revision(data) < self._loaded_revision:
            return
        self.data = data
        self._loaded_revision = _revision(data)
        self._read_period_keys()
        self._keep_local_copy()

    # keys for writing and reading
    def key_for_writing(self, period: str) -> PeriodKey:
        """The current key of `period`; makes the key (and the next months') if there is none yet."""
        for key in self.keys.values():
            if key.period == period and not key.retired:
                return key
        self.refresh()
        for key in self.keys.values():
            if key.period == period and not key.retired:
                return key
        self.ensure_periods(period)
        return self.key_for_writing(period)

    def ensure_periods(self, start: str | None = None, months_ahead: int = MONTHS_AHEAD) -> list[str]:
        """Make keys for `start` (default this month) and the months after it that have none. Returns the new."""
        start = start or period_of()
        have = {k.period for k in self.keys.values() if not k.retired}
        made = []
        for step in range(months_ahead + 1):
            period = _next_period(start, step)
            if period not in have:
                key_id = "k-" + secrets.token_hex(8)
                self.keys[key_id] = PeriodKey(key_id, period, os.urandom(KEY_BYTES))
                made.append(period)
        if made:
            self._save()
        return made

    def key_for_reading(self, key_id: str, period: str) -> bytes:
        key = self.keys.get(key_id)
        if key is None:
            self.refresh()
            key = self.keys.get(key_id)
        if key is None:
            oldest = min((k.period for k in self.keys.values()), default=None)
            if oldest and period < oldest:
                raise CryptoError(f"Filen er krypteret med nøglen for {period}, som er slettet, fordi "
                                  "slettefristen er nået. Den kan ikke læses mere.")
            raise CryptoError("Filen er krypteret med en anden nøgle end kontorets. Den kan ikke læses på denne pc.")
        if key.period != period:
            raise CryptoError("Filens oplysninger om nøglen passer ikke. Filen er ændret og bliver ikke brugt.")
        return key.key

    # administration
    def destroy_before(self, first_kept: str) -> list[str]:
        """Destroy every period key older than `first_kept` ("YYYY-MM"). Returns the destroyed periods.

        Files sealed in those months (change files, snapshots, backups, and their copies in a sync
        tool's history) can never be opened again. The current month can't be destroyed."""
        if first_kept > period_of():
            raise CryptoError("Du kan ikke slette nøglen for den nuværende måned; data fra i dag skal kunne læses.")
        self.refresh()
        gone = sorted({k.period for k in self.keys.values() if k.period < first_kept})
        if gone:
            self.keys = {i: k for i, k in self.keys.items() if k.period >= first_kept}
            self._save()
            log.info("Periodenøgler slettet: %s", ", ".join(gone))
        return gone

    def change_passphrase(self, new_passphrase: str) -> None:
        """Wrap the same master key with a new passphrase (files and other PCs are unaffected)."""
        check_new_passphrase(new_passphrase)
        self.refresh()
        kdf = _new_kdf()
        self.data["kdf"] = kdf
        self.data["master"]["wrapped"] = _wrap(_kek(new_passphrase, kdf), self.master,
                                               _master_aad(self.office_id, self.master_id))
        self._save()

    def rotate(self, passphrase: str, forget_old: bool = False) -> OfficeKeys:
        """A new master key and new period keys for every month; the old period keys stay (retired,
        for reading only) unless `forget_old`. Every other PC joins again with the passphrase."""
        self.refresh()
        old_keys = list(self.keys.values())
        master = os.urandom(KEY_BYTES)
        master_id = "m-" + secrets.token_hex(8)
        kdf = _new_kdf()
        data = dict(self.data)
        data["kdf"] = kdf
        data["master"] = {"id": master_id, "wrapped": _wrap(_kek(passphrase, kdf), master,
                                                              _master_aad(self.office_id, master_id))}
        data["period_keys"] = []
        rotated = OfficeKeys(self.location, data, master, self.store)
        periods = sorted({k.period for k in old_keys})
        for key in old_keys:
            if not forget_old:
                rotated.keys[key.key_id] = PeriodKey(key.key_id, key.period, key.key, retired=True)
        for period in periods:
            key_id = "k-" + secrets.token_hex(8)
            rotated.keys[key_id] = PeriodKey(key_id, period, os.urandom(KEY_BYTES))
        rotated.ensure_periods()
        rotated._save()
        rotated._remember()
        return rotated

    def forget_retired(self) -> int:
        retired = [i for i, k in self.keys.items() if k.retired]
        for key_id in retired:
            del self.keys[key_id]
        if retired:
            self._save()
        return len(retired)

    def _remember(self) -> None:
        if self.store is not None:
            self.store.set(_store_name(self.office_id), f"{self.master_id}:{_b64(self.master)}")

    def status(self) -> dict[str, Any]:
        return {"office_id": self.office_id, "master_id": self.master_id,
                "periods": sorted({k.period for k in self.keys.values() if not k.retired}),
                "retired": sum(1 for k in self.keys.values() if k.retired),
                "share_file": str(self.location.share_file) if self.location.share_file else None}


def _store_name(office_id: str) -> str:
    return f"kontornoegle-{office_id}"


# --- making, joining, loading -----------------------------------------------------------------------

def create_office_key(location: KeyLocation, passphrase: str, store: SecretStore | None,
                      now: date | None = None, replace: bool = False) -> OfficeKeys:
    """The first PC: a new random master key, wrapped by the passphrase, saved in the share and this PC.

    Refused when the share or this PC already has an office key (files sealed with it could not be read
    any more) unless `replace`; then the old key files are kept aside as `kontornoegle-erstattet-….json`."""
    check_new_passphrase(passphrase)
    if location.share_file is None:
        raise CryptoError("Vælg den fælles mappe først (Indstillinger), så de andre pc'er kan finde kontornøglen.")
    existing = [path for path in (location.share_file, location.local_file) if path.exists()]
    if existing and not replace:
        where = ("i den fælles mappe" if location.share_file in existing else "på denne pc")
        raise CryptoError(f"Der er allerede en kontornøgle {where}. Du kan tilslutte denne pc med »key join« og "
                          "adgangsfrasen. Vil du virkelig lave en ny nøgle (filer krypteret med den gamle kan så "
                          "ikke læses), så brug »key create --replace«.")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for path in existing:
        aside = path.with_name(f"kontornoegle-erstattet-{stamp}.json")
        fileops.replace(path, aside)
        log.warning("Kontornøglen er erstattet; den gamle fil ligger i %s", aside)
    office_id = str(uuid.uuid4())
    master = os.urandom(KEY_BYTES)
    master_id = "m-" + secrets.token_hex(8)
    kdf = _new_kdf()
    data = {"format": KEY_FILE_FORMAT, "office_id": office_id, "revision": 0, "kdf": kdf,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "master": {"id": master_id,
                       "wrapped": _wrap(_kek(passphrase, kdf), master, _master_aad(office_id, master_id))},
            "period_keys": []}
    keys = OfficeKeys(location, data, master, store)
    keys._remember()  # first: if this PC can't keep the key, nothing is written to the share
    keys.ensure_periods(period_of(now))
    return keys


def _require_data(location: KeyLocation) -> dict[str, Any]:
    data = read_key_file(location)
    if data is None:
        raise CryptoError("Der er ingen kontornøgle i den fælles mappe endnu. Den første pc laver den med "
                          "»key create«.")
    return data


def join_office_key(location: KeyLocation, passphrase: str, store: SecretStore | None,
                    must_remember: bool = True) -> OfficeKeys:
    """A new PC: unwrap the master key with the passphrase once and keep it in this PC's store
    (with `must_remember=False` a store that can't be used is only logged: scripts on a server)."""
    data = _require_data(location)
    try:
        master = _unwrap(_kek(passphrase, data["kdf"]), data["master"]["wrapped"],
                         _master_aad(data["office_id"], data["master"]["id"]))
    except InvalidTag:
        raise CryptoError("Adgangsfrasen er forkert. Prøv igen; store og små bogstaver tæller.") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise CryptoError(TAMPERED_KEY_FILE.format(path=location.share_file or location.local_file)) from exc
    keys = OfficeKeys.opened(location, data, master, store)
    try:
        keys._remember()
    except CryptoError:
        if must_remember:
            raise
        log.warning("Kontornøglen kan ikke gemmes i nøgleringen; den bruges kun i denne kørsel.")
    return keys


def load_office_keys(location: KeyLocation, store: SecretStore | None,
                     passphrase: str | None = None) -> OfficeKeys | None:
    """The office key for unattended work: None when the office has no key (encryption off).

    Uses the master key from this PC's store; else the passphrase given (or in the environment
    variable BOLIGSOCIAL_PASSPHRASE), which also saves it in the store."""
    data = read_key_file(location)
    if data is None:
        return None
    passphrase = passphrase or os.environ.get(ENV_PASSPHRASE)
    try:
        stored = store.get(_store_name(data["office_id"])) if store is not None else None
    except CryptoError:
        if not passphrase:
            raise
        stored = None  # no usable credential store (a server, CI): the passphrase alone will do
    if stored:
        master_id, _, encoded = stored.partition(":")
        if master_id == data["master"]["id"]:
            return OfficeKeys.opened(location, data, _unb64(encoded), store)
    if passphrase:
        return join_office_key(location, passphrase, store, must_remember=False)
    if stored:
        raise CryptoError("Kontornøglen er skiftet på en anden pc. Tilslut denne pc igen med adgangsfrasen "
                          "(»key join«).")
    raise CryptoError("Denne pc har ikke kontornøglen endnu. Tilslut den med adgangsfrasen (»key join«).")


def forget_on_this_pc(office_id: str, store: SecretStore) -> None:
    store.delete(_store_name(office_id))


def periods(keys: Iterable[PeriodKey]) -> list[str]:
    return sorted({k.period for k in keys})


def load_configured_keys(data_dir: Path, share_dir: Path | None) -> OfficeKeys | None:
    """The office key as this PC is set up: the key file in the shared folder (the caller knows which folder
    this PC uses, from its settings) or the copy in the data folder, the key in the credential store."""
    return load_office_keys(KeyLocation(share_dir, data_dir), KeyringSecretStore())
