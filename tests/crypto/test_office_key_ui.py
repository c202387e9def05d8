"""Indstillinger › Deling: the administrator creates the office key, changes the passphrase, connects a PC."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from boligsocial_desktop.crypto import KeyLocation, MemorySecretStore, is_sealed, join_office_key
from boligsocial_desktop.crypto.keys import KEY_FILE_NAME
from boligsocial_desktop.services.staff import StaffService
from boligsocial_desktop.settings import Settings
from boligsocial_desktop.storage.models import Partner
from boligsocial_desktop.ui.settings_page import SettingsPage

PASSPHRASE = "gul-cykel-ved-søen-7"
NEW_PASSPHRASE = "blå-båd-i-havnen-42"


@pytest.fixture
def office_share(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("netvaerksdrev")


def _tab(qtbot, app_context):
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    return page.sync_tab


def test_the_administrator_creates_the_key_before_the_first_sharing(qtbot, app_context, office_share,
                                                                    monkeypatch, tmp_path):
    app_context.set_staff(StaffService(app_context.db).create("Jonas Berg", "administrator", pin="1357"))
    with app_context.db.transaction() as session:
        session.add(Partner(name="Frivilligcenter"))
    tab = _tab(qtbot, app_context)
    box = tab.key_box
    assert box.state_label.text() == "Der er ikke valgt en fælles mappe, så intet forlader denne pc."
    asked, typed = [], []
    monkeypatch.setattr(tab, "ask_folder", lambda: str(office_share))
    monkeypatch.setattr(tab, "ask_unsealed", lambda: asked.append(True) or "create")
    monkeypatch.setattr(box, "ask_passphrase", lambda kind: typed.append(kind) or (PASSPHRASE, PASSPHRASE))
    qtbot.mouseClick(tab.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert asked == [True] and typed == ["create"]
    assert (office_share / KEY_FILE_NAME).exists()
    assert Settings().share_dir == office_share.resolve()
    assert box.state_label.text().startswith("Delingen er krypteret")
    assert box.message_label.text().startswith("Kontornøglen er oprettet")
    change_files = list(office_share.rglob("c-*.bsc"))  # the first round's changes, personal data and all
    assert change_files and all(is_sealed(p.read_bytes()) for p in change_files)
    assert not box.create_button.isEnabled() and box.change_button.isEnabled()

    monkeypatch.setattr(box, "ask_passphrase", lambda kind: (NEW_PASSPHRASE, NEW_PASSPHRASE))
    qtbot.mouseClick(box.change_button, Qt.MouseButton.LeftButton)
    assert box.message_label.text() == "Adgangsfrasen er skiftet. Tilslut nye pc'er med den nye."
    other = KeyLocation(office_share, tmp_path / "anden-pc")
    assert join_office_key(other, NEW_PASSPHRASE, MemorySecretStore()).office_id


def test_a_pc_without_the_key_is_connected_and_mismatched_passphrases_are_refused(qtbot, app_context,
                                                                                  office_share, monkeypatch,
                                                                                  tmp_path, _no_real_keyring):
    from boligsocial_desktop.crypto import create_office_key

    create_office_key(KeyLocation(office_share, tmp_path / "første-pc"), PASSPHRASE, MemorySecretStore())
    Settings().share_dir = office_share
    app_context.set_staff(StaffService(app_context.db).create("Jonas Berg", "administrator", pin="1357"))
    tab = _tab(qtbot, app_context)
    box = tab.key_box
    assert box.state_label.text().startswith("Delingen er krypteret med en kontornøgle, men denne pc har den ikke")
    assert box.join_button.isEnabled() and not box.create_button.isEnabled()
    monkeypatch.setattr(box, "ask_passphrase", lambda kind: ("forkert-frase-helt", "forkert-frase-helt"))
    qtbot.mouseClick(box.join_button, Qt.MouseButton.LeftButton)
    assert "Adgangsfrasen er forkert" in box.message_label.text() and not box.progress.isVisible()
    monkeypatch.setattr(box, "ask_passphrase", lambda kind: (PASSPHRASE, PASSPHRASE))
    qtbot.mouseClick(box.join_button, Qt.MouseButton.LeftButton)
    assert box.message_label.text() == "Denne pc har nu kontornøglen."
    assert box.state_label.text().startswith("Delingen er krypteret: alt")
    monkeypatch.setattr(box, "ask_passphrase", lambda kind: (NEW_PASSPHRASE, NEW_PASSPHRASE + "x"))
    qtbot.mouseClick(box.change_button, Qt.MouseButton.LeftButton)
    assert box.message_label.text() == "De to adgangsfraser er ikke ens. Skriv den samme to gange."


def test_only_an_administrator_has_the_key_buttons(qtbot, app_context, office_share):
    Settings().share_dir = office_share
    box = _tab(qtbot, app_context).key_box  # Mette is a coordinator
    assert box.state_label.text().startswith("Delingen er IKKE krypteret")
    assert not any(b.isEnabled() for b in (box.create_button, box.join_button, box.change_button))
    assert box.create_button.toolTip() == "Kun en administrator kan gøre dette."


def test_cancel_at_the_warning_shares_nothing(qtbot, app_context, office_share, monkeypatch):
    tab = _tab(qtbot, app_context)
    monkeypatch.setattr(tab, "ask_folder", lambda: str(office_share))
    monkeypatch.setattr(tab, "ask_unsealed", lambda: "")
    qtbot.mouseClick(tab.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert Settings().share_dir is None and list(office_share.iterdir()) == []
