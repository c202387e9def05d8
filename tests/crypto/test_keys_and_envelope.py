"""Office key and sealed files: round trip, tampering, wrong key, joining, rotation, expiry."""

from __future__ import annotations

import json
from datetime import date

import pytest
from crypto_helpers import PASSPHRASE

from boligsocial_desktop.crypto import (
    CryptoError,
    KeyringSecretStore,
    create_office_key,
    join_office_key,
    load_office_keys,
    open_sealed,
    read_header,
    reseal,
    seal,
)
from boligsocial_desktop.crypto.keys import KEY_FILE_NAME, MemorySecretStore, period_of
from boligsocial_desktop.errors import AppError

PAYLOAD = "Samtale om husleje; ring til Aisha på 20 30 40 50".encode() * 50


def test_round_trip_with_header_and_key_id(pc_a):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    data = seal(PAYLOAD, {"origin": "pc-a", "seq": [1, 9]}, keys)
    header, plain = open_sealed(data, keys)
    assert plain == PAYLOAD
    assert header == {"origin": "pc-a", "seq": [1, 9]}
    raw_header, _ = read_header(data)
    assert raw_header["crypto"]["period"] == period_of()
    assert raw_header["crypto"]["key"].startswith("k-")
    assert b"Aisha" not in data and b"20 30 40 50" not in data
    # The key file in the share holds no key in plain text: only wrapped values.
    stored = json.loads((pc_a.location.share_dir / KEY_FILE_NAME).read_text())
    assert keys.master.hex() not in json.dumps(stored)
    assert set(stored["master"]) == {"id", "wrapped"} and stored["kdf"]["name"] == "scrypt"


def test_one_flipped_byte_anywhere_is_refused(pc_a):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    data = seal(b"kort indhold med navne", {"origin": "pc-a"}, keys)
    for position in range(len(data)):
        for bit in (0x01, 0x80):
            damaged = bytearray(data)
            damaged[position] ^= bit
            with pytest.raises(CryptoError) as error:
                open_sealed(bytes(damaged), keys)
            assert isinstance(error.value, AppError) and error.value.message.endswith(".")
    for cut in (0, 5, len(data) // 2, len(data) - 1):
        with pytest.raises(CryptoError):
            open_sealed(data[:cut], keys)
    with pytest.raises(CryptoError):
        open_sealed(data + b"x", keys)


def test_header_change_fails_the_tag_with_a_danish_message(pc_a):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    data = seal(b"x" * 100, {"origin": "pc-a"}, keys)
    forged = data.replace(b'"origin":"pc-a"', b'"origin":"pc-b"')
    assert forged != data and len(forged) == len(data)
    with pytest.raises(CryptoError, match="ændret eller beskadiget"):
        open_sealed(forged, keys)


def test_another_offices_key_is_refused(pc_a, tmp_path):
    from boligsocial_desktop.crypto.keys import KeyLocation, MemorySecretStore

    ours = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    theirs = create_office_key(KeyLocation(tmp_path / "andet-kontor", tmp_path / "anden-pc"), PASSPHRASE,
                               MemorySecretStore())
    data = seal(PAYLOAD, {}, theirs)
    with pytest.raises(CryptoError, match="andet kontors nøgle"):
        open_sealed(data, ours)


def test_wrong_key_with_the_same_ids_fails_the_tag(pc_a):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    data = seal(PAYLOAD, {}, keys)
    for key in keys.keys.values():
        key.key = bytes(32)
    with pytest.raises(CryptoError, match="ændret eller beskadiget"):
        open_sealed(data, keys)


def test_a_new_pc_joins_with_the_passphrase_once(pc_a, pc_b):
    keys_a = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    sealed_by_a = seal(PAYLOAD, {"origin": "a"}, keys_a)
    with pytest.raises(CryptoError, match="har ikke kontornøglen"):
        load_office_keys(pc_b.location, pc_b.store)
    with pytest.raises(CryptoError, match="Adgangsfrasen er forkert"):
        join_office_key(pc_b.location, "forkert-frase-helt-sikkert", pc_b.store)
    join_office_key(pc_b.location, PASSPHRASE, pc_b.store)
    # From now on pc B works unattended with the key from its own store.
    keys_b = load_office_keys(pc_b.location, pc_b.store)
    assert open_sealed(sealed_by_a, keys_b)[1] == PAYLOAD
    assert open_sealed(seal(b"fra b", {}, keys_b), keys_a)[1] == b"fra b"


def test_passphrase_from_the_environment_for_scripts(pc_a, pc_b, monkeypatch):
    create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    monkeypatch.setenv("BOLIGSOCIAL_PASSPHRASE", PASSPHRASE)
    assert load_office_keys(pc_b.location, pc_b.store) is not None
    assert pc_b.store.values  # remembered


def test_no_key_file_means_encryption_is_off(pc_a):
    assert load_office_keys(pc_a.location, pc_a.store) is None


def test_short_passphrase_is_refused(pc_a):
    with pytest.raises(CryptoError, match="mindst 12 tegn"):
        create_office_key(pc_a.location, "kort", pc_a.store)


def test_second_create_is_refused(pc_a, pc_b):
    create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    with pytest.raises(CryptoError, match="allerede en kontornøgle"):
        create_office_key(pc_b.location, PASSPHRASE, pc_b.store)


def test_changing_the_passphrase_rewraps_the_same_key(pc_a, pc_b):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    data = seal(PAYLOAD, {}, keys)
    keys.change_passphrase("ny-og-længere-frase-2027")
    with pytest.raises(CryptoError, match="forkert"):
        join_office_key(pc_b.location, PASSPHRASE, pc_b.store)
    joined = join_office_key(pc_b.location, "ny-og-længere-frase-2027", pc_b.store)
    assert joined.master == keys.master
    assert open_sealed(data, joined)[1] == PAYLOAD
    # pc A keeps working unattended: the master key did not change.
    assert load_office_keys(pc_a.location, pc_a.store).master == keys.master


def test_rotation_new_master_old_files_resealed(pc_a, pc_b):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    join_office_key(pc_b.location, PASSPHRASE, pc_b.store)
    old = seal(PAYLOAD, {"kind": "backup"}, keys)
    rotated = keys.rotate(PASSPHRASE)
    assert rotated.master != keys.master
    renewed = reseal(old, rotated)  # retired keys still read the old file
    assert read_header(renewed)[0]["crypto"]["key"] != read_header(old)[0]["crypto"]["key"]
    assert read_header(renewed)[0]["crypto"]["period"] == read_header(old)[0]["crypto"]["period"]
    assert rotated.forget_retired() >= 1
    assert open_sealed(renewed, rotated) == ({"kind": "backup"}, PAYLOAD)
    with pytest.raises(CryptoError):
        open_sealed(old, rotated)
    # pc B's stored key is the old master: it must join again, with a clear message.
    with pytest.raises(CryptoError, match="skiftet på en anden pc"):
        load_office_keys(pc_b.location, pc_b.store)
    assert open_sealed(renewed, join_office_key(pc_b.location, PASSPHRASE, pc_b.store))[1] == PAYLOAD


def test_an_expired_period_key_makes_old_files_unreadable_and_keeps_current(pc_a, pc_b):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store, now=date(2026, 1, 10))
    keys.ensure_periods(period_of())
    old = seal(b"slettet sag: Fatima, 11 22 33 44", {"kind": "changes"}, keys, date(2026, 1, 15))
    current = seal(b"nuvaerende data", {"kind": "changes"}, keys)
    # A copy of the old file lies in a sync tool's version history:
    history_copy = bytes(old)
    gone = keys.destroy_before(period_of())
    assert "2026-01" in gone
    for copy in (old, history_copy):
        with pytest.raises(CryptoError, match="slettefristen er nået"):
            open_sealed(copy, keys)
    assert open_sealed(current, keys)[1] == b"nuvaerende data"
    # Another PC that loads the key file afterwards has lost the old key too.
    keys_b = join_office_key(pc_b.location, PASSPHRASE, pc_b.store)
    with pytest.raises(CryptoError, match="slettefristen"):
        open_sealed(history_copy, keys_b)
    assert open_sealed(current, keys_b)[1] == b"nuvaerende data"
    # ... and the key file's wrapped entries for January are gone from both copies.
    for path in (pc_a.location.share_file, pc_a.location.local_file):
        assert "2026-01" not in path.read_text()
    with pytest.raises(CryptoError, match="nuværende måned"):
        keys.destroy_before("2999-01")


def test_a_pc_sees_a_month_another_pc_added(pc_a, pc_b):
    keys_a = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    keys_b = join_office_key(pc_b.location, PASSPHRASE, pc_b.store)
    far = date(2031, 5, 1)
    data = seal(b"fremtid", {}, keys_a, far)
    assert open_sealed(data, keys_b)[1] == b"fremtid"  # B refreshes the key file on an unknown key id


def test_local_copy_serves_when_the_share_is_away(pc_a, tmp_path):
    from boligsocial_desktop.crypto.keys import KeyLocation

    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    data = seal(PAYLOAD, {}, keys)
    offline = KeyLocation(tmp_path / "ikke-tilsluttet", pc_a.location.local_dir)
    loaded = load_office_keys(offline, pc_a.store)
    assert open_sealed(data, loaded)[1] == PAYLOAD


def test_tampered_key_file_is_refused(pc_a, pc_b):
    create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    path = pc_a.location.share_file
    stored = json.loads(path.read_text())
    stored["period_keys"][0]["period"] = "2020-01"
    path.write_text(json.dumps(stored))
    with pytest.raises(CryptoError, match="ændret uden om programmet"):
        join_office_key(pc_b.location, PASSPHRASE, pc_b.store)


def test_os_credential_store_through_keyring(pc_a, _no_real_keyring):
    store = KeyringSecretStore()
    keys = create_office_key(pc_a.location, PASSPHRASE, store)
    assert any(service == "Boligsocial Desktop" for service, _ in _no_real_keyring.values)
    assert load_office_keys(pc_a.location, KeyringSecretStore()).master == keys.master
    store.delete(f"kontornoegle-{keys.office_id}")
    store.delete("findes-ikke")  # deleting twice is harmless
    with pytest.raises(CryptoError):
        load_office_keys(pc_a.location, store)


def test_a_stale_pc_never_overwrites_a_newer_key_file(pc_a, pc_b):
    keys_a = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    keys_b = join_office_key(pc_b.location, PASSPHRASE, pc_b.store)
    keys_a.ensure_periods("2031-01", months_ahead=0)  # A writes revision n+1
    with pytest.raises(CryptoError, match="ændret på en anden pc"):
        keys_b.ensure_periods("2032-01", months_ahead=0)  # B still holds revision n
    assert "2031-01" in pc_a.location.share_file.read_text()
    assert seal(b"x", {}, keys_b, date(2032, 1, 1))  # key_for_writing refreshes first, then adds the month


class BrokenStore(MemorySecretStore):
    """Like keyring's fail backend on a PC without a credential store."""

    def get(self, name):
        raise CryptoError("Styresystemets nøglering kan ikke bruges på denne pc.")

    def set(self, name, value):
        raise CryptoError("Styresystemets nøglering kan ikke bruges på denne pc.")


def test_a_pc_without_a_credential_store(pc_a, pc_b, monkeypatch):
    with pytest.raises(CryptoError, match="nøglering"):
        create_office_key(pc_a.location, PASSPHRASE, BrokenStore())
    assert not pc_a.location.share_file.exists()  # nothing half-made in the share
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    with pytest.raises(CryptoError, match="nøglering"):
        join_office_key(pc_b.location, PASSPHRASE, BrokenStore())
    # A script on a server gives the passphrase through the environment and works without a store.
    monkeypatch.setenv("BOLIGSOCIAL_PASSPHRASE", PASSPHRASE)
    assert load_office_keys(pc_b.location, BrokenStore()).master == keys.master
