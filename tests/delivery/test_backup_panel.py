"""Sikkerhedskopier under Indstillinger: take one now, restore the selected, and the daily automatic copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from boligsocial_desktop import backups
from boligsocial_desktop.paths import resolve_paths
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.settings import Settings
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.ui.maintenance.backup_panel import BackupPanel, BackupScheduler, BackupTableModel
from boligsocial_desktop.ui.settings_page import SettingsPage


def test_backup_tab_is_in_settings_and_danish(qtbot, app_context):
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    titles = [page.ui.tabs.tabText(i) for i in range(page.ui.tabs.count())]
    assert "Sikkerhedskopier" in titles and "Deling" in titles
    panel = page.backup_panel
    assert panel.ui.backupNowButton.text() == "Tag en kopi &nu"
    assert "7 dage, 4 uger og 12 måneder" in panel.ui.keepLabel.text()


def test_take_a_backup_now_and_restore_it(qtbot, app_context, monkeypatch, qtmodeltester):
    db = app_context.db
    PlacesService(db).create_estate("Søparken")
    quit_calls = []
    panel = BackupPanel(app_context, quit_after_restore=lambda: quit_calls.append(True))
    qtbot.addWidget(panel)
    panel.show()
    qtmodeltester.check(panel.model)
    assert panel.model.rowCount() == 0 and not panel.ui.restoreButton.isEnabled()

    qtbot.mouseClick(panel.ui.backupNowButton, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 1
    assert panel.ui.statusLabel.text().startswith("Sikkerhedskopien er gemt: boligsocial-")
    assert panel.model.index(0, 1).data().endswith(" MB")

    PlacesService(db).create_estate("Ellemarken")  # entered after the backup
    questions, informations = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: informations.append(text))
    qtbot.mouseClick(panel.ui.restoreButton, Qt.MouseButton.LeftButton)

    assert "åbner programmet selv de gendannede data" in questions[0]
    assert "Programmet åbner nu de gendannede data" in informations[0]
    assert quit_calls == [True]
    reopened = open_database(path=db.path)
    try:
        assert [e.name for e in PlacesService(reopened).estates()] == ["Søparken"]
    finally:
        reopened.dispose()
    assert list(resolve_paths(db.path).backups.glob("før-gendannelse-*.sqlite"))


def test_restore_of_a_damaged_file_says_so_and_changes_nothing(qtbot, app_context, monkeypatch, tmp_path):
    db = app_context.db
    PlacesService(db).create_estate("Søparken")
    bad = tmp_path / "kopi.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append((title, text)))
    panel = BackupPanel(app_context, quit_after_restore=lambda: None)
    qtbot.addWidget(panel)
    panel.restore(bad, bad.name)
    assert warnings and warnings[0][0] == "Sikkerhedskopien kan ikke gendannes"
    assert [e.name for e in PlacesService(db).estates()] == ["Søparken"]


def test_daily_backup_is_taken_once_and_can_be_turned_off(qtbot, app_context):
    folder = resolve_paths(app_context.db.path).backups
    scheduler = BackupScheduler(app_context, first_ms=60_000)
    made = []
    scheduler.made.connect(made.append)
    scheduler.check_now()
    scheduler.check_now()
    assert len(made) == 1 and len(backups.list_backups(folder)) == 1
    for info in backups.list_backups(folder):
        info.path.unlink()
    Settings().auto_backup = False
    scheduler.check_now()
    assert backups.list_backups(folder) == []


def test_empty_backup_model_passes_model_tester(qtmodeltester):
    qtmodeltester.check(BackupTableModel())
