"""Settings: typed, versioned, in an INI file; window geometry and the Hjælp menu."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices

from boligsocial_desktop.settings import SCHEMA_VERSION, Settings
from boligsocial_desktop.ui.help.window import HelpWindow
from boligsocial_desktop.ui.main_window import MainWindow
from boligsocial_desktop.ui.maintenance.help import guide_dir


def test_typed_values_round_trip_through_the_ini_file(tmp_path):
    settings = Settings()
    assert settings.file_name.endswith(".ini")
    assert (settings.auto_backup, settings.keep_daily, settings.share_dir, settings.first_start_done) == \
        (True, 7, None, False)
    settings.share_dir = tmp_path / "Deling"
    settings.keep_weekly = 8
    settings.auto_backup = False
    settings.first_start_done = True
    settings.sync()
    again = Settings()
    assert again.share_dir == tmp_path / "Deling" and again.keep_weekly == 8
    assert again.auto_backup is False and again.first_start_done is True
    assert again.schema_version == SCHEMA_VERSION
    again.share_dir = None
    assert QSettings().value("sync/share_dir") is None


def test_bad_or_newer_values_fall_back_safely(tmp_path):
    raw = QSettings(str(tmp_path / "hånd.ini"), QSettings.Format.IniFormat)
    raw.setValue("backup/keep_daily", "mange")
    raw.setValue("backup/keep_monthly", "9999")
    raw.setValue("meta/schema_version", SCHEMA_VERSION + 1)
    settings = Settings(raw)
    assert settings.keep_daily == 7 and settings.keep_monthly == 12
    assert settings.schema_version == SCHEMA_VERSION + 1  # a newer program's file is not rewritten


def test_old_unversioned_file_gets_the_schema_version(tmp_path):
    raw = QSettings(str(tmp_path / "gammel.ini"), QSettings.Format.IniFormat)
    raw.setValue("mainwindow/geometry", b"\x01\x02")
    settings = Settings(raw)
    assert settings.schema_version == SCHEMA_VERSION and settings.window_geometry == b"\x01\x02"


def test_window_geometry_is_remembered_between_windows(qtbot, app_context):
    first = MainWindow(app_context)
    qtbot.addWidget(first)
    first.show()
    first.move(40, 30)
    first.resize(first.width(), 450)  # the offscreen screen is narrower than the window, so test height and top
    kept = first.geometry()
    first.close()
    second = MainWindow(app_context)
    qtbot.addWidget(second)
    assert Settings().window_geometry == bytes(first.saveGeometry().data())
    assert (second.y(), second.height()) != (kept.y(), kept.height())  # the form's defaults, before restoring
    second.restore_geometry()
    assert (second.geometry().y(), second.height()) == (kept.y(), kept.height())


def test_help_menu_opens_the_guide(qtbot, app_context, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    actions = [a.text() for a in window.ui.menuHelp.actions()]
    assert actions[0] == "&Brugervejledning" and "Vis &logfilerne" in actions
    window.ui.menuHelp.actions()[0].trigger()
    assert opened == []  # shown in the program's own help window, not handed to another program
    help_window = window.findChild(HelpWindow)
    qtbot.addWidget(help_window)
    assert help_window.isVisible() and help_window.current_file() == "kalender.md"
    assert (guide_dir() / "README.md").exists()


def test_a_window_saved_on_a_bigger_screen_is_clamped_to_this_one(qtbot, app_context):
    big = MainWindow(app_context)
    qtbot.addWidget(big)
    big.setGeometry(2000, 1500, 2400, 1400)  # saved on a large monitor, far right and low
    Settings().window_geometry = bytes(big.saveGeometry().data())
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.restore_geometry()
    screen = window.screen().availableGeometry()
    assert screen.contains(window.frameGeometry()) or window.frameGeometry().size() == window.minimumSize()
    assert window.width() <= screen.width() and window.height() <= screen.height()
    assert screen.contains(window.frameGeometry().topLeft())
