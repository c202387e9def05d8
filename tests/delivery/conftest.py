"""Fixtures for the delivery tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def danish_qapp(qapp):
    """The QApplication with Danish translations, as the program has it (without a database)."""
    from PySide6.QtCore import QLocale

    from boligsocial_desktop.app import DANISH, install_translators

    if not qapp.property("boligsocial_translators"):
        QLocale.setDefault(DANISH)
        install_translators(qapp)
    return qapp
