"""`boligsocial-desktop key …` and encrypted `backup`/`restore` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from crypto_helpers import PASSPHRASE

from boligsocial_desktop import backups
from boligsocial_desktop.cli import main
from boligsocial_desktop.paths import resolve_paths
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.engine import open_database


def estate_names(path):
    db = open_database(path=path)
    try:
        return [estate.name for estate in PlacesService(db).estates()]
    finally:
        db.dispose()


@pytest.fixture
def passfile(tmp_path) -> Path:
    path = tmp_path / "frase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_create_join_status_and_encrypted_backup_restore(tmp_path, share, passfile, capsys, qapp,
                                                         _no_real_keyring):
    db_a = tmp_path / "a" / "boligsocial.sqlite"
    db_b = tmp_path / "b" / "boligsocial.sqlite"
    for path in (db_a, db_b):
        path.parent.mkdir()
        open_database(path=path).dispose()
    base_a = ["--db", str(db_a), "--data-dir", str(tmp_path / "a")]
    base_b = ["--db", str(db_b), "--data-dir", str(tmp_path / "b")]
    assert main([*base_a, "key", "status", "--share", str(share)]) == 1
    assert "ingen kontornøgle" in capsys.readouterr().err
    assert main([*base_a, "key", "create", "--share", str(share), "--passphrase-file", str(passfile)]) == 0
    assert "Kontornøglen er lavet" in capsys.readouterr().out
    assert (share / "kontornoegle.json").is_file()
    assert main([*base_a, "key", "status", "--share", str(share)]) == 0
    assert "Måneder med nøgle" in capsys.readouterr().out

    # Backups on PC A are now sealed (the share is found through the settings, as in the program).
    from boligsocial_desktop.settings import Settings

    Settings().share_dir = share
    db = open_database(path=db_a)
    PlacesService(db).create_estate("Søparken")
    db.dispose()
    assert main([*base_a, "backup"]) == 0
    copy = backups.list_backups(resolve_paths(db_a, tmp_path / "a").backups)[0].path
    assert copy.suffix == ".bsbak" and backups.is_sealed_backup(copy)
    capsys.readouterr()

    # PC B (another store: clear the memory keyring) can't read it until it joins.
    _no_real_keyring.values.clear()
    assert main([*base_b, "restore", str(copy)]) == 1
    assert "key join" in capsys.readouterr().err
    assert main([*base_b, "key", "join", "--passphrase-file", str(passfile)]) == 0
    assert main([*base_b, "restore", str(copy)]) == 0
    assert estate_names(db_b) == ["Søparken"]


def test_wrong_passphrase_and_passphrase_from_environment(tmp_path, share, monkeypatch, capsys, qapp):
    base = ["--db", str(tmp_path / "x.sqlite"), "key"]
    monkeypatch.setenv("BOLIGSOCIAL_PASSPHRASE", PASSPHRASE)
    assert main([*base, "create", "--share", str(share)]) == 0
    monkeypatch.setenv("BOLIGSOCIAL_PASSPHRASE", "noget-helt-andet-end-frasen")
    assert main([*base, "join", "--share", str(share)]) == 1
    assert "Adgangsfrasen er forkert" in capsys.readouterr().err


def test_change_passphrase_rotate_and_expire(tmp_path, share, passfile, capsys, qapp, monkeypatch):
    base = ["--db", str(tmp_path / "x.sqlite"), "--data-dir", str(tmp_path / "d"), "key", "--share", str(share)]
    open_database(path=tmp_path / "x.sqlite").dispose()
    assert main([*base, "create", "--passphrase-file", str(passfile)]) == 0
    new = tmp_path / "ny.txt"
    new.write_text("en-ny-og-lang-frase-2027", encoding="utf-8")
    assert main([*base, "change-passphrase", "--new-passphrase-file", str(new)]) == 0
    assert main([*base, "join", "--passphrase-file", str(passfile)]) == 1
    assert main([*base, "join", "--passphrase-file", str(new)]) == 0
    assert main([*base, "rotate", "--passphrase-file", str(new), "--forget-old"]) == 0
    assert "tilsluttes igen" in capsys.readouterr().out
    assert main([*base, "expire"]) == 1
    assert main([*base, "expire", "--before", "2000-01"]) == 0
    assert "ingen nøgler" in capsys.readouterr().out


def test_without_a_key_backups_stay_plain(db_path, tmp_path, qapp):
    open_database(path=db_path).dispose()
    assert main(["--db", str(db_path), "backup"]) == 0
    copy = backups.list_backups(resolve_paths(db_path).backups)[0].path
    assert copy.suffix == ".sqlite"
