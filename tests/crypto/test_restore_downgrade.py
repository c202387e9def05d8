"""With an office key, restore takes only the office's sealed backups; an administrator may restore a
plain one with --allow-unsealed, and that is audited."""

from __future__ import annotations

import pytest
from crypto_helpers import PASSPHRASE
from sqlalchemy import select

from boligsocial_desktop import backups
from boligsocial_desktop.cli import main
from boligsocial_desktop.crypto import create_office_key
from boligsocial_desktop.crypto.keys import KeyLocation, KeyringSecretStore
from boligsocial_desktop.domain.enums import StaffRole
from boligsocial_desktop.errors import AppError
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import AuditEntry


def _estates(path):
    db = open_database(path=path)
    try:
        return [estate.name for estate in PlacesService(db).estates()]
    finally:
        db.dispose()


@pytest.fixture
def office(tmp_path, share, qapp):
    """A PC with a database (two staff members), its office key, and a plain backup of other data."""
    from boligsocial_desktop.settings import Settings

    data_dir = tmp_path / "pc"
    db_path = data_dir / "boligsocial.sqlite"
    plain_source = tmp_path / "fremmed.sqlite"
    db = open_database(path=plain_source)
    PlacesService(db).create_estate("Fremmed afdeling")
    db.dispose()
    plain = backups.make_backup(plain_source, tmp_path / "løse-kopier")

    db = open_database(path=db_path)
    PlacesService(db).create_estate("Søparken")
    StaffService(db).create("Anna Admin", StaffRole.ADMINISTRATOR, initials="AA", pin="1357")
    StaffService(db).create("Mads Medhjælper", StaffRole.HELPER, initials="MM")
    db.dispose()
    Settings().share_dir = share
    keys = create_office_key(KeyLocation(share, data_dir), PASSPHRASE, KeyringSecretStore())
    return {"db": db_path, "data_dir": data_dir, "plain": plain, "keys": keys,
            "base": ["--db", str(db_path), "--data-dir", str(data_dir)]}


def test_the_function_refuses_a_plain_backup_with_a_key(office):
    with pytest.raises(AppError, match="ikke krypteret med kontorets nøgle"):
        backups.restore(office["plain"], office["db"], office["data_dir"] / "backups", keys=office["keys"])
    with pytest.raises(AppError, match="ikke krypteret"):
        backups.restore(office["plain"], office["db"], office["data_dir"] / "backups", keys=None,
                        office_has_key=True)
    assert _estates(office["db"]) == ["Søparken"]


def test_cli_refuses_a_plain_backup_with_a_key(office, capsys):
    assert main([*office["base"], "restore", str(office["plain"])]) == 1
    assert "--allow-unsealed" in capsys.readouterr().err
    assert _estates(office["db"]) == ["Søparken"]


def test_cli_allow_unsealed_needs_an_administrator(office, capsys):
    assert main([*office["base"], "restore", str(office["plain"]), "--allow-unsealed", "--staff", "MM"]) == 1
    assert "Kun en administrator" in capsys.readouterr().err
    assert _estates(office["db"]) == ["Søparken"]


def test_cli_allow_unsealed_by_an_administrator_is_audited(office, capsys, monkeypatch):
    monkeypatch.setenv("BOLIGSOCIAL_PIN", "1357")  # an administrator must have a PIN
    assert main([*office["base"], "restore", str(office["plain"]), "--allow-unsealed", "--staff", "AA"]) == 0
    assert _estates(office["db"]) == ["Fremmed afdeling"]
    db = open_database(path=office["db"])
    try:
        with db.reading() as session:
            entries = list(session.scalars(select(AuditEntry).where(
                AuditEntry.action == "gendan ukrypteret sikkerhedskopi")))
    finally:
        db.dispose()
    assert len(entries) == 1 and office["plain"].name in entries[0].detail and "AA" in entries[0].detail
    kept = list((office["data_dir"] / "backups").glob("før-gendannelse-*"))
    assert kept and all(backups.is_sealed_backup(path) for path in kept)  # the database kept aside is sealed


def test_cli_restores_the_office_sealed_backup(office, capsys):
    made = backups.make_backup(office["db"], office["data_dir"] / "backups", keys=office["keys"])
    db = open_database(path=office["db"])
    PlacesService(db).create_estate("Senere")
    db.dispose()
    assert main([*office["base"], "restore", str(made)]) == 0
    assert _estates(office["db"]) == ["Søparken"]


def test_a_sealed_backup_of_another_office_is_refused(office, tmp_path, capsys):
    from boligsocial_desktop.crypto.keys import MemorySecretStore

    other = create_office_key(KeyLocation(tmp_path / "andet", tmp_path / "anden-pc"), PASSPHRASE, MemorySecretStore())
    foreign = backups.make_backup(office["db"], tmp_path / "andet-kontor", keys=other)
    assert main([*office["base"], "restore", str(foreign)]) == 1
    assert "et andet kontors nøgle" in capsys.readouterr().err
