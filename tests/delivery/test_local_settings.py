"""This PC's settings live in a local, non-roaming INI file; an old roaming file is moved once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from boligsocial_desktop import settings as settings_module
from boligsocial_desktop.settings import Settings, ensure_identity, settings_file


@pytest.fixture
def windows_folders(tmp_path, monkeypatch):
    """%LOCALAPPDATA% and %APPDATA% as platformdirs reports them on Windows, both in the test's folder."""
    local, roaming = tmp_path / "AppData" / "Local", tmp_path / "AppData" / "Roaming"
    monkeypatch.delenv(settings_module.ENV_SETTINGS_DIR)
    monkeypatch.setattr(settings_module, "user_config_path", lambda roaming=False: folders[roaming])
    folders = {False: local, True: roaming}
    monkeypatch.setattr(settings_module, "_checked_for_roaming", set())
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(settings_module.ORGANIZATION)  # as the program names itself
    QCoreApplication.setApplicationName(settings_module.APPLICATION)
    yield local, roaming
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


def old_roaming_file(roaming: Path, share: Path) -> Path:
    path = settings_file(roaming)
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("sync/share_dir", str(share))
    old.setValue("first_start/done", "true")
    old.setValue("mainwindow/geometry", b"\x01\xd9\xd0\xcb")
    old.setValue("reports/hide_small", True)
    old.sync()
    del old
    return path


def test_settings_are_written_to_the_local_app_data_folder_not_the_roaming_one(windows_folders, tmp_path):
    local, roaming = windows_folders
    ensure_identity()
    settings = Settings()
    settings.share_dir = tmp_path / "S-drev"
    settings.first_start_done = True
    settings.sync()
    assert Path(settings.file_name) == local / "Boligsocial" / "Boligsocial Desktop.ini"
    assert QSettings().fileName() == settings.file_name  # the plain QSettings() of the other pages too
    assert not roaming.exists()
    assert "share_dir" in settings_file(local).read_text(encoding="utf-8")


def test_an_old_roaming_file_is_moved_once_and_then_stops_roaming(windows_folders, tmp_path):
    local, roaming = windows_folders
    old = old_roaming_file(roaming, tmp_path / "S-drev")
    ensure_identity()
    settings = Settings()
    assert settings.share_dir == tmp_path / "S-drev" and settings.first_start_done
    assert settings.window_geometry == b"\x01\xd9\xd0\xcb"
    assert QSettings().value("reports/hide_small", type=bool) is True
    assert not old.exists()  # the roaming profile no longer carries it to other PCs

    # Another PC's copy arrives through the roaming profile later: the local file wins, nothing is moved.
    old_roaming_file(roaming, tmp_path / "andet-drev")
    settings_module._checked_for_roaming.clear()  # as in a new process
    ensure_identity()
    assert Settings().share_dir == tmp_path / "S-drev"
    assert settings_module.move_roaming_settings(roaming, local) is False


def test_the_sync_command_reads_the_shared_folder_from_the_local_file(windows_folders, tmp_path):
    from boligsocial_desktop.cli import saved_share_folder

    ensure_identity()
    Settings().share_dir = tmp_path / "Deling"
    assert saved_share_folder() == str(tmp_path / "Deling")
