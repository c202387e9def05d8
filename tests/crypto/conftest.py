"""Fixtures for the office key: a shared folder, two PCs with their own data folder and secret store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from boligsocial_desktop.crypto import keys as keys_module
from boligsocial_desktop.crypto.keys import KeyLocation, MemorySecretStore


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    """The real cost (n=2**15) is for people; tests use a cheaper one so the suite stays quick."""
    monkeypatch.setattr(keys_module, "SCRYPT_N", 2**12)


@pytest.fixture(autouse=True)
def _no_real_keyring(monkeypatch):
    """Never touch this machine's credential store: the keyring library gets an in-memory backend."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.values: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.values.get((service, username))

        def set_password(self, service, username, password):
            self.values[(service, username)] = password

        def delete_password(self, service, username):
            from keyring.errors import PasswordDeleteError

            if self.values.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@dataclass
class PC:
    location: KeyLocation
    store: MemorySecretStore


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "fælles"
    folder.mkdir()
    return folder


@pytest.fixture
def pc_a(share, tmp_path) -> PC:
    return PC(KeyLocation(share, tmp_path / "pc-a"), MemorySecretStore())


@pytest.fixture
def pc_b(share, tmp_path) -> PC:
    return PC(KeyLocation(share, tmp_path / "pc-b"), MemorySecretStore())
