"""The office key on the command line follows the program's rule: only an administrator creates, replaces,
rotates or expires it or changes its passphrase. A student helper at a joined PC could otherwise destroy
the office's older month keys (every older backup unreadable) or set a passphrase only they know."""

from __future__ import annotations

import pytest
from crypto_helpers import PASSPHRASE

from boligsocial_desktop.cli import main
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.storage.engine import open_database

ADMIN_PIN = "97531864"


@pytest.fixture
def office(tmp_path, share, monkeypatch, _no_real_keyring):
    monkeypatch.delenv("BOLIGSOCIAL_PIN", raising=False)
    path = tmp_path / "pc" / "boligsocial.sqlite"
    path.parent.mkdir()
    db = open_database(path=path)
    staff = StaffService(db)
    staff.create("Bo Administrator", "administrator", initials="BA", pin=ADMIN_PIN)
    staff.create("Mie Holm", "medhjælper", initials="MH")
    db.dispose()
    passfile = tmp_path / "frase.txt"
    passfile.write_text(PASSPHRASE + "\n", encoding="utf-8")
    newfile = tmp_path / "ny.txt"
    newfile.write_text("en-helt-anden-lang-frase-9\n", encoding="utf-8")
    base = ["--db", str(path), "--data-dir", str(path.parent), "key"]
    return {"base": base, "share": share, "pass": passfile, "new": newfile}


def test_a_helper_cannot_create_change_or_expire_the_office_key(office, monkeypatch, capsys):
    base, share = office["base"], str(office["share"])
    helper = ["--share", share, "--staff", "MH"]
    assert main([*base, "create", *helper, "--passphrase-file", str(office["pass"])]) == 1
    assert "administrator" in capsys.readouterr().err
    assert not (office["share"] / "kontornoegle.json").exists()

    monkeypatch.setenv("BOLIGSOCIAL_PIN", ADMIN_PIN)
    assert main([*base, "create", "--share", share, "--staff", "BA", "--passphrase-file", str(office["pass"])]) == 0
    key_file = (office["share"] / "kontornoegle.json").read_bytes()
    monkeypatch.delenv("BOLIGSOCIAL_PIN")
    capsys.readouterr()

    for action in (["expire", "--before", "2999-01"],
                   ["change-passphrase", "--new-passphrase-file", str(office["new"])],
                   ["rotate", "--passphrase-file", str(office["pass"])],
                   ["create", "--replace", "--passphrase-file", str(office["new"])]):
        assert main([*base, action[0], *helper, *action[1:]]) == 1, action
        assert "administrator" in capsys.readouterr().err, action
        assert (office["share"] / "kontornoegle.json").read_bytes() == key_file, action
    assert main([*base, "status", *helper]) == 0  # looking is for everyone
