"""The key file is authenticated: a MAC under the office key covers the month keys, the revision, the
retired flags and the rest; a changed file is refused and never copied over a PC's own copy."""

from __future__ import annotations

import base64
import json

import pytest
from crypto_helpers import PASSPHRASE

from boligsocial_desktop.cli import main
from boligsocial_desktop.crypto import CryptoError, create_office_key, join_office_key, load_office_keys, seal
from boligsocial_desktop.crypto import keys as keys_module
from boligsocial_desktop.crypto.keys import KEY_FILE_NAME, KeyLocation, MemorySecretStore


def _read(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _write(path, data):
    path.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")


def _drop_a_month(data):
    data["period_keys"] = data["period_keys"][1:]


def _retire_a_key(data):
    next(entry for entry in data["period_keys"] if not entry["retired"])["retired"] = True


def _unretire_a_key(data):
    next(entry for entry in data["period_keys"] if entry["retired"])["retired"] = False


def _raise_revision(data):
    data["revision"] = data["revision"] + 5


def _swap_wrapped_keys(data):
    first, last = data["period_keys"][0], data["period_keys"][-1]
    first["wrapped"], last["wrapped"] = last["wrapped"], first["wrapped"]


def _drop_the_mac(data):
    del data["mac"]
    data["format"] = 1


def _change_the_scrypt_salt(data):
    data["kdf"]["salt"] = base64.b64encode(b"x" * 16).decode()


TAMPERINGS = [_drop_a_month, _retire_a_key, _unretire_a_key, _raise_revision, _swap_wrapped_keys, _drop_the_mac,
              _change_the_scrypt_salt]


def _as_written_before_macs(data, keys):
    """The key file as version 1 of the program wrote it: format 1, no MAC, the old associated data."""
    _drop_the_mac(data)
    for entry in data["period_keys"]:
        key = keys.keys[entry["id"]].key
        entry["wrapped"] = keys_module._wrap(keys.master, key, keys_module._period_aad(
            keys.office_id, entry["id"], entry["period"], keys_module.LEGACY_KEY_FILE_FORMAT))
    return data


def _office_with_a_retired_key(pc):
    keys = create_office_key(pc.location, PASSPHRASE, pc.store)
    return keys.rotate(PASSPHRASE)  # the old month keys stay, retired


@pytest.mark.parametrize("tamper", TAMPERINGS, ids=lambda f: f.__name__.strip("_"))
def test_a_changed_key_file_is_refused_and_never_copied_over_the_local_copy(pc_a, pc_b, tamper):
    keys = _office_with_a_retired_key(pc_a)
    assert "mac" in _read(pc_a.location.share_file)
    local_before = pc_a.location.local_file.read_bytes()
    share_data = _read(pc_a.location.share_file)
    tamper(share_data)
    _write(pc_a.location.share_file, share_data)

    # PC A has its own checked copy: it goes on with it, says why, and its copy is untouched.
    again = load_office_keys(pc_a.location, pc_a.store)
    assert again.status()["periods"] == keys.status()["periods"]
    assert pc_a.location.local_file.read_bytes() == local_before
    assert any("ændret uden om programmet" in warning for warning in again.warnings)
    again.refresh()
    assert pc_a.location.local_file.read_bytes() == local_before

    # A new PC has nothing to fall back on: it is refused with a Danish message and keeps no copy.
    with pytest.raises(CryptoError, match=r"ændret uden om programmet|Adgangsfrasen er forkert"):
        join_office_key(pc_b.location, PASSPHRASE, pc_b.store)
    assert not pc_b.location.local_file.exists()
    assert not pc_b.store.values


def test_a_retired_key_made_current_again_is_never_used_for_writing(pc_a):
    keys = _office_with_a_retired_key(pc_a)
    current_ids = {k.key_id for k in keys.keys.values() if not k.retired}
    data = _read(pc_a.location.share_file)
    for entry in data["period_keys"]:
        entry["retired"] = False
    _write(pc_a.location.share_file, data)
    _write(pc_a.location.local_file, data)  # both copies changed: refused outright
    with pytest.raises(CryptoError, match="ændret uden om programmet"):
        load_office_keys(pc_a.location, pc_a.store)
    assert current_ids


def test_a_tampered_share_file_is_repaired_by_the_next_save(pc_a):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    data = _read(pc_a.location.share_file)
    _raise_revision(data)
    _drop_a_month(data)
    _write(pc_a.location.share_file, data)
    again = load_office_keys(pc_a.location, pc_a.store)
    again.ensure_periods("2031-01")
    fresh = load_office_keys(KeyLocation(pc_a.location.share_dir, pc_a.location.local_dir.parent / "ny-pc"),
                             MemorySecretStore(), passphrase=PASSPHRASE)
    assert set(keys.status()["periods"]) <= set(fresh.status()["periods"])
    assert not fresh.warnings


def test_a_key_file_from_before_macs_gets_one_when_the_key_is_unlocked(pc_a, pc_b):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    sealed = seal(b"gammel fil", {}, keys)
    for path in (pc_a.location.share_file, pc_a.location.local_file):
        _write(path, _as_written_before_macs(_read(path), keys))
    old_revision = _read(pc_a.location.share_file)["revision"]

    migrated = load_office_keys(pc_a.location, pc_a.store)
    assert migrated is not None
    for path in (pc_a.location.share_file, pc_a.location.local_file):
        data = _read(path)
        assert data["format"] == 2 and "mac" in data and data["revision"] == old_revision + 1
    assert join_office_key(pc_b.location, PASSPHRASE, pc_b.store).key_for_reading(
        *next((k.key_id, k.period) for k in keys.keys.values()))

    # From now on a file without a MAC is a changed file, not an old one.
    data = _read(pc_a.location.share_file)
    _drop_the_mac(data)
    _raise_revision(data)
    _write(pc_a.location.share_file, data)
    again = load_office_keys(pc_a.location, pc_a.store)
    assert again.warnings and _read(pc_a.location.local_file)["format"] == 2
    assert sealed


@pytest.mark.parametrize("field,value", [("n", 2**20), ("n", 2**15 + 1), ("r", 64), ("p", 16), ("n", 2**62),
                                         ("n", "32768"), ("n", True), ("salt", "")])
def test_scrypt_parameters_from_the_share_are_bounded(pc_a, pc_b, field, value, monkeypatch):
    create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    data = _read(pc_a.location.share_file)
    data["kdf"][field] = value
    _write(pc_a.location.share_file, data)

    def never(*args, **kwargs):
        raise AssertionError("scrypt must not run with parameters out of bounds")

    monkeypatch.setattr(keys_module, "Scrypt", never)
    with pytest.raises(CryptoError, match="ugyldige indstillinger"):
        join_office_key(pc_b.location, PASSPHRASE, pc_b.store)
    assert not pc_b.location.local_file.exists()


def test_the_program_writes_within_its_own_bounds():
    kdf = keys_module._new_kdf()
    assert kdf["n"] <= keys_module.MAX_SCRYPT_N and kdf["r"] <= keys_module.MAX_SCRYPT_R
    assert kdf["p"] <= keys_module.MAX_SCRYPT_P
    assert keys_module.SCRYPT_N <= keys_module.MAX_SCRYPT_N


def test_create_refuses_a_pc_that_already_has_a_key(pc_a, tmp_path):
    create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    elsewhere = KeyLocation(tmp_path / "ny-fælles", pc_a.location.local_dir)
    with pytest.raises(CryptoError, match="allerede en kontornøgle på denne pc"):
        create_office_key(elsewhere, PASSPHRASE, pc_a.store)


def test_key_create_twice_is_refused_without_replace(tmp_path, share, capsys, qapp, monkeypatch):
    monkeypatch.setenv("BOLIGSOCIAL_PASSPHRASE", PASSPHRASE)
    base = ["--db", str(tmp_path / "x.sqlite"), "--data-dir", str(tmp_path / "d"), "key", "--share", str(share)]
    assert main([*base, "create"]) == 0
    first = _read(share / KEY_FILE_NAME)["office_id"]
    capsys.readouterr()
    assert main([*base, "create"]) == 1
    assert "--replace" in capsys.readouterr().err
    assert _read(share / KEY_FILE_NAME)["office_id"] == first
    assert main([*base, "create", "--replace"]) == 0
    assert _read(share / KEY_FILE_NAME)["office_id"] != first
    assert list(share.glob("kontornoegle-erstattet-*.json"))
    assert list((tmp_path / "d").glob("kontornoegle-erstattet-*.json"))
