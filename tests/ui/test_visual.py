"""What users see at 1280×720: nothing cut off, no text elided without a tooltip, no English, and the warning
colours readable in dark mode. Every page and dialog (each tab) that walk.py opens, on demo data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from visual_walk import cut_off, dark_palette, elided, english, low_contrast
from walk import dialogs, page_views, tab_states, world_from_data

SCREEN = QSize(1280, 720)
TASKBAR = 48  # Windows' taskbar takes this much of the screen's height


@pytest.fixture(scope="module")
def _demo_bytes(tmp_path_factory) -> bytes:
    from boligsocial_desktop.demo import generate_demo
    from boligsocial_desktop.storage.engine import open_database

    path = tmp_path_factory.mktemp("visual") / "demo.sqlite"
    db = open_database(path=path)
    generate_demo(db, "small")
    db.dispose()
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


@pytest.fixture
def window(qtbot, qapp, tmp_path, _demo_bytes):
    from PySide6.QtCore import QLocale

    from boligsocial_desktop.app import DANISH, install_translators
    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.ui.context import AppContext
    from boligsocial_desktop.ui.main_window import MainWindow
    from boligsocial_desktop.ui.tasks import ImmediateTaskRunner

    if not qapp.property("boligsocial_translators"):
        QLocale.setDefault(DANISH)
        install_translators(qapp)
    path = tmp_path / "demo.sqlite"
    path.write_bytes(_demo_bytes)
    db = open_database(path=path)
    staff = StaffService(db).create("Mette Hansen", "administrator", initials="MHA", os_username="mette", pin="4826")
    main = MainWindow(AppContext(db=db, tasks=ImmediateTaskRunner(), staff=staff))
    qtbot.addWidget(main)
    main.resize(SCREEN.width(), SCREEN.height() - TASKBAR)
    main.show()
    yield main
    main.close()
    db.dispose()


def _fits(widget) -> list[str]:
    need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if need.width() > SCREEN.width() or need.height() > SCREEN.height() - TASKBAR:
        return [f"needs at least {need.width()}×{need.height()}"]
    return []


def test_every_page_fits_1280_by_720_without_cut_or_elided_text(window):
    problems = []
    for where, root in page_views(window):
        problems += [f"{where}: {p}" for p in _fits(root)]
        problems += [str(p) for p in cut_off(root, where) + elided(root, where)]
    assert not problems, "\n".join(problems)


def test_every_dialog_fits_1280_by_720_without_cut_or_elided_text(window):
    problems = []
    for where, make in dialogs(world_from_data(window.context)):
        dialog = make()
        dialog.resize(dialog.sizeHint().boundedTo(QSize(SCREEN.width(), SCREEN.height() - TASKBAR)))
        dialog.show()
        QApplication.processEvents()
        problems += [f"{where}: {p}" for p in _fits(dialog)]
        for tab in tab_states(dialog):
            problems += [str(p) for p in cut_off(dialog, where + tab) + elided(dialog, where + tab)]
        dialog.close()
    assert not problems, "\n".join(problems)


def test_no_english_on_any_page_or_dialog(window):
    problems = []
    for where, root in page_views(window):
        problems += [str(p) for p in english(root, where)]
    for where, make in dialogs(world_from_data(window.context)):
        dialog = make()
        dialog.show()
        QApplication.processEvents()
        for tab in tab_states(dialog):
            problems += [str(p) for p in english(dialog, where + tab)]
        dialog.close()
    assert not problems, "\n".join(problems)


def test_warning_colours_are_readable_in_dark_mode(window, qapp):
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    try:
        problems = []
        for where, root in page_views(window):
            problems += [str(p) for p in low_contrast(root, where)]
        assert not problems, "\n".join(problems)
    finally:
        qapp.setPalette(before)
