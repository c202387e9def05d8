"""Shared fixtures. Qt runs offscreen unless a platform is chosen; a fresh database per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from boligsocial_desktop.storage.engine import Database, open_database  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "boligsocial.sqlite"


@pytest.fixture
def db(db_path: Path, tmp_path: Path):
    database = open_database(path=db_path, backup_dir=tmp_path / "backups")
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch):
    """QSettings and the data folder go to the test's own folder, never the user's."""
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("BOLIGSOCIAL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("BOLIGSOCIAL_DB", raising=False)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture
def app_context(qapp, db: Database):
    from boligsocial_desktop.app import install_translators
    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.ui.context import AppContext
    from boligsocial_desktop.ui.tasks import ImmediateTaskRunner

    if not qapp.property("boligsocial_translators"):
        from PySide6.QtCore import QLocale

        from boligsocial_desktop.app import DANISH

        QLocale.setDefault(DANISH)
        install_translators(qapp)
    staff = StaffService(db).create("Mette Hansen", "koordinator", initials="MH", os_username="mette")
    return AppContext(db=db, tasks=ImmediateTaskRunner(), staff=staff)
