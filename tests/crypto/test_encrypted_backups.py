"""Sealed backups: made, listed, rotated, verified and restored; nothing sensitive in plain text."""

from __future__ import annotations

from datetime import datetime

import pytest
from crypto_helpers import PASSPHRASE

from boligsocial_desktop import backups
from boligsocial_desktop.crypto import CryptoError, create_office_key, join_office_key
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.engine import open_database


def estate_names(path):
    db = open_database(path=path)
    try:
        return [estate.name for estate in PlacesService(db).estates()]
    finally:
        db.dispose()


@pytest.fixture
def demo_db(tmp_path):
    """A small demo database, made once per test through the real generator."""
    from boligsocial_desktop.demo import generate_demo

    path = tmp_path / "demo.sqlite"
    db = open_database(path=path)
    generate_demo(db, "small", seed=3)
    db.dispose()
    return path


def sensitive_strings(path) -> set[bytes]:
    """Notes, names and phone numbers of the demo data, as they would lie in a plain SQLite file."""
    import sqlite3
    from contextlib import closing

    found: set[str] = set()
    with closing(sqlite3.connect(path)) as conn:
        for table, column in (("ambassadors", "phone"), ("ambassadors", "name"), ("ambassadors", "notes"),
                              ("advice_cases", "name"), ("advice_cases", "phone"), ("advice_visits", "notes"),
                              ("move_ins", "note"), ("sessions", "note"), ("staff_members", "phone")):
            try:
                rows = conn.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL LIMIT 200").fetchall()
            except sqlite3.OperationalError:
                continue
            found.update(str(row[0]) for row in rows if row[0] and len(str(row[0])) >= 8)
    return {text.encode("utf-8") for text in found}


def test_nothing_sensitive_in_plain_text_in_an_encrypted_backup(demo_db, tmp_path, pc_a):
    secrets = sensitive_strings(demo_db)
    assert len(secrets) >= 10, "the demo data should have notes, names and phone numbers to look for"
    plain_copy = backups.make_backup(demo_db, tmp_path / "plain")
    plain_bytes = plain_copy.read_bytes()
    assert sum(secret in plain_bytes for secret in secrets) >= 10  # the search works on a plain copy
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    sealed = backups.make_backup(demo_db, tmp_path / "kopier", keys=keys)
    assert sealed.suffix == ".bsbak"
    data = sealed.read_bytes()
    assert [secret for secret in secrets if secret in data] == []
    assert b"SQLite format 3" not in data
    assert not list((tmp_path / "kopier").glob("*.part"))


def test_sealed_backup_round_trip_and_listing(db_path, tmp_path, pc_a):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    db = open_database(path=db_path)
    PlacesService(db).create_estate("Søparken")
    made = backups.make_backup(db_path, tmp_path / "kopier", datetime(2026, 3, 2, 9, 0, 0), keys=keys)
    PlacesService(db).create_estate("Ellemarken")
    db.dispose()
    assert made.name == "boligsocial-20260302-090000.bsbak"
    assert [info.path for info in backups.list_backups(tmp_path / "kopier")] == [made]
    assert backups.verify_backup(made, keys) is not None
    with pytest.raises(CryptoError, match="key join"):
        backups.verify_backup(made)
    result = backups.restore(made, db_path, tmp_path / "kopier", keys=keys)
    assert estate_names(db_path) == ["Søparken"]
    assert result.kept_aside.suffix == ".bsbak" and backups.is_sealed_backup(result.kept_aside)
    # The database kept aside is sealed and restorable too.
    backups.restore(result.kept_aside, db_path, tmp_path / "kopier", keys=keys)
    assert estate_names(db_path) == ["Ellemarken", "Søparken"]


def test_tampered_or_wrong_key_backup_is_never_restored(db_path, tmp_path, pc_a):
    from boligsocial_desktop.crypto.keys import KeyLocation, MemorySecretStore

    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    db = open_database(path=db_path)
    PlacesService(db).create_estate("Søparken")
    made = backups.make_backup(db_path, tmp_path / "kopier", keys=keys)
    PlacesService(db).create_estate("Ellemarken")
    db.dispose()
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0x10
    tampered = tmp_path / "ændret.bsbak"
    tampered.write_bytes(bytes(data))
    with pytest.raises(CryptoError, match="ændret eller beskadiget"):
        backups.restore(tampered, db_path, tmp_path / "kopier", keys=keys)
    other = create_office_key(KeyLocation(tmp_path / "andet", tmp_path / "anden-pc"), PASSPHRASE, MemorySecretStore())
    with pytest.raises(CryptoError, match="andet kontors"):
        backups.restore(made, db_path, tmp_path / "kopier", keys=other)
    assert estate_names(db_path) == ["Ellemarken", "Søparken"]
    assert not list((tmp_path / "kopier").glob("før-gendannelse-*"))


def test_rotation_reseals_backups_and_expired_month_kills_old_backups(db_path, tmp_path, pc_a, pc_b):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store, now=datetime(2026, 1, 1).date())
    db = open_database(path=db_path)
    PlacesService(db).create_estate("Søparken")
    db.dispose()
    folder = tmp_path / "kopier"
    january = backups.make_backup(db_path, folder, datetime(2026, 1, 20, 9, 0), keys=keys)
    today = backups.make_backup(db_path, folder, keys=keys)
    rotated = keys.rotate(PASSPHRASE)
    assert sorted(backups.reseal_backups(folder, rotated)) == sorted([january, today])
    rotated.forget_retired()
    joined = join_office_key(pc_b.location, PASSPHRASE, pc_b.store)
    assert backups.verify_backup(january, joined) and backups.verify_backup(today, joined)
    rotated.destroy_before(datetime.now().strftime("%Y-%m"))
    with pytest.raises(CryptoError, match="slettefristen"):
        backups.verify_backup(january, rotated)
    assert backups.verify_backup(today, rotated)


def test_daily_backup_seals_with_keys(db_path, tmp_path, pc_a):
    keys = create_office_key(pc_a.location, PASSPHRASE, pc_a.store)
    open_database(path=db_path).dispose()
    made = backups.daily_backup(db_path, tmp_path / "kopier", keys=keys)
    assert made is not None and backups.is_sealed_backup(made)
