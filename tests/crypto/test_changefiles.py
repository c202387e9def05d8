"""The adapter for the sync seam: sealed change files, plain pass-through without a key."""

from __future__ import annotations

import pytest
from crypto_helpers import PASSPHRASE

from boligsocial_desktop.crypto import CryptoError, changefiles, create_office_key, is_sealed

PAYLOAD = b'{"table":"visit_note","fields":{"text":"Ahmed ringer 31 41 59 26"}}\n' * 20


@pytest.fixture(autouse=True)
def _reset():
    yield
    changefiles.configure(None)


def test_without_a_key_files_stay_as_today():
    assert changefiles.seal_change_file(PAYLOAD, {"origin": "a"}) == PAYLOAD
    assert changefiles.open_change_file(PAYLOAD) == ({}, PAYLOAD)


def test_with_a_key_everything_is_sealed_and_plain_files_are_refused(pc_a, pc_b):
    from boligsocial_desktop.crypto import join_office_key

    changefiles.configure(create_office_key(pc_a.location, PASSPHRASE, pc_a.store))
    data = changefiles.seal_change_file(PAYLOAD, {"origin": "a", "seq": [1, 20]})
    assert is_sealed(data) and b"Ahmed" not in data and b"31 41 59 26" not in data
    # Another PC (joined) opens it.
    other = join_office_key(pc_b.location, PASSPHRASE, pc_b.store)
    header, payload = changefiles.open_change_file(data, keys=other)
    assert payload == PAYLOAD and header == {"origin": "a", "seq": [1, 20], "kind": "changes"}
    with pytest.raises(CryptoError, match="ikke krypteret"):
        changefiles.open_change_file(PAYLOAD)
    damaged = bytearray(data)
    damaged[-20] ^= 1
    with pytest.raises(CryptoError):
        changefiles.open_change_file(bytes(damaged))


def test_a_sealed_file_on_a_pc_without_the_key(pc_a):
    data = changefiles.seal_change_file(PAYLOAD, {}, keys=create_office_key(pc_a.location, PASSPHRASE, pc_a.store))
    with pytest.raises(CryptoError, match="key join"):
        changefiles.open_change_file(data, keys=None)


def test_snapshot_kind_is_kept(pc_a):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    data = changefiles.seal_change_file(b"sqlite...", {"kind": "snapshot"}, keys=keys)
    assert changefiles.open_change_file(data, keys=keys)[0]["kind"] == "snapshot"
