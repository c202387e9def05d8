"""The sharing views: Indstillinger > Deling, the status bar button and the Konflikter dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select
from sync_helpers import ACTIVITY, seed_office

from boligsocial_desktop.settings import Settings
from boligsocial_desktop.storage.engine import open_database
from boligsocial_desktop.storage.models import Activity, Partner
from boligsocial_desktop.sync.engine import SyncEngine, SyncOptions
from boligsocial_desktop.sync.share import LocalShare
from boligsocial_desktop.ui.main_window import MainWindow
from boligsocial_desktop.ui.settings_page import SettingsPage
from boligsocial_desktop.ui.sync.conflicts_dialog import ConflictsDialog
from boligsocial_desktop.ui.sync.models import ConflictsModel, PeersModel, ProblemsModel


@pytest.fixture
def share(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("netvaerksdrev")  # outside the test's data folder, as a network drive is


@pytest.fixture
def other_pc(tmp_path: Path, share: Path):
    db = open_database(path=tmp_path / "anden-pc" / "boligsocial.sqlite")
    engine = SyncEngine(db, LocalShare(share), pc_name="Kontor-2", options=SyncOptions(snapshot_interval_ms=None))
    yield db, engine
    db.dispose()


def settings_tab(qtbot, app_context) -> SettingsPage:
    page = SettingsPage(app_context)
    qtbot.addWidget(page)
    return page


def test_the_folder_is_checked_saved_and_used(qtbot, app_context, share, other_pc, tmp_path, monkeypatch,
                                              qtmodeltester):
    db, engine = other_pc
    with db.transaction() as s:
        s.add(Partner(name="Frivilligcenter"))
    engine.run_round()
    page = settings_tab(qtbot, app_context)
    tab = page.sync_tab
    assert page.ui.tabs.tabText(page.ui.tabs.indexOf(tab)) == "Deling"
    assert tab.ui.folderValue.text() == "Ikke valgt"
    monkeypatch.setattr(tab, "ask_folder", lambda: str(tmp_path / "findes-ikke"))
    qtbot.mouseClick(tab.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert "findes ikke" in tab.ui.errorLabel.text()
    assert Settings().share_dir is None
    monkeypatch.setattr(tab, "ask_folder", lambda: str(app_context.db.path.parent))
    qtbot.mouseClick(tab.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert "datamappe" in tab.ui.errorLabel.text()
    monkeypatch.setattr(tab, "ask_folder", lambda: str(share))
    monkeypatch.setattr(tab, "ask_unsealed", lambda: "plain")  # the office has no key: share without one
    qtbot.mouseClick(tab.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert tab.ui.errorLabel.text() == ""
    assert Settings().share_dir == share.resolve()
    assert tab.ui.folderValue.text() == str(share.resolve())
    with app_context.db.reading() as s:  # the round ran: the other PC's partner is here
        assert s.scalars(select(Partner.name)).all() == ["Frivilligcenter"]
    assert tab.ui.pendingValue.text() == "0"
    engine.run_round()
    qtbot.mouseClick(tab.ui.syncButton, Qt.MouseButton.LeftButton)
    qtmodeltester.check(tab.peers_model)
    qtmodeltester.check(tab.problems_model)
    assert tab.peers_model.index(0, 0).data().startswith("Kontor-2")
    assert tab.ui.lastValue.text() != "Aldrig"
    qtbot.mouseClick(tab.ui.stopButton, Qt.MouseButton.LeftButton)
    assert Settings().share_dir is None and tab.ui.folderValue.text() == "Ikke valgt"


def test_status_bar_shows_sharing_and_opens_the_tab(qtbot, app_context, share, other_pc):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    button = window.sync_status
    assert button.text() == "Deling: slået fra"
    Settings().share_dir = share
    _db, engine = other_pc
    engine.run_round()
    button.controller.sync_now()
    engine.run_round()
    button.controller.sync_now()
    assert button.text().startswith("Delt kl. ") and "1 anden pc" in button.text()
    assert "Kontor-2" in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "settings"
    page = window.page("settings")
    assert page.ui.tabs.currentWidget() is page.sync_tab


def test_a_damaged_file_is_listed_as_a_problem(qtbot, app_context, share, other_pc):
    db, engine = other_pc
    with db.transaction() as s:
        s.add(Partner(name="Frivilligcenter"))
    engine.run_round()
    [change] = list((share / "pcs" / db.origin).glob("c-*.bsc"))
    change.write_bytes(change.read_bytes()[:20])
    Settings().share_dir = share
    page = settings_tab(qtbot, app_context)
    page.sync_tab.controller.sync_now()
    model = page.sync_tab.problems_model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Beskadiget eller ufuldstændig"
    assert model.index(0, 1).data() == change.name
    assert "1 problem" in MainWindow(app_context).sync_status.text()


def test_conflicts_are_shown_side_by_side_and_decided(qtbot, app_context, share, other_pc, qtmodeltester):
    db, engine = other_pc
    Settings().share_dir = share

    class Wrapper:  # seed_office takes a simulated PC; only .db is used
        def __init__(self, database):
            self.db = database

    seed_office(Wrapper(db))
    engine.run_round()
    page = settings_tab(qtbot, app_context)
    controller = page.sync_tab.controller
    controller.sync_now()
    with db.transaction() as s:
        s.get(Activity, ACTIVITY).title = "Lektiecafé (fra kontor 2)"
    with app_context.db.transaction() as s:
        s.get(Activity, ACTIVITY).title = "Lektiecafé (herfra)"
    engine.run_round()
    controller.sync_now()
    assert page.sync_tab.ui.conflictsValue.text() == "1 åben"
    dialog = ConflictsDialog(app_context, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Ændret på to pc'er"
    assert dialog.model.index(0, 2).data() == "Titel"
    shown, other = dialog.ui.shownText.toPlainText(), dialog.ui.otherText.toPlainText()
    assert {shown, other} == {"Lektiecafé (fra kontor 2)", "Lektiecafé (herfra)"}
    assert dialog.ui.keepButton.isVisible() and dialog.ui.otherButton.isVisible()
    assert not dialog.ui.combineButton.isVisible() and not dialog.ui.combinedGroup.isVisible()  # a one-line title
    assert not dialog.ui.restoreButton.isVisible() and not dialog.ui.seenButton.isVisible()
    qtbot.mouseClick(dialog.ui.otherButton, Qt.MouseButton.LeftButton)
    with app_context.db.reading() as s:
        assert s.get(Activity, ACTIVITY).title == other
    assert dialog.model.rowCount() == 0
    assert dialog.ui.messageLabel.text() == "Der er ingen åbne konflikter."
    controller.sync_now()
    engine.run_round()
    with db.reading() as s:
        assert s.get(Activity, ACTIVITY).title == other


def test_empty_models_pass_the_model_tester(qtmodeltester):
    for model in (ConflictsModel(), PeersModel(), ProblemsModel()):
        qtmodeltester.check(model)


def test_a_file_from_a_newer_program_asks_for_an_update(qtbot, app_context, share, other_pc, monkeypatch):
    from boligsocial_desktop.sync import files

    db, engine = other_pc
    engine.run_round()  # known to each other first, so the new file is imported, not joined around
    Settings().share_dir = share
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.page("settings")
    window.sync_status.controller.sync_now()
    with db.transaction() as s:
        s.add(Partner(name="Fra en nyere version"))
    monkeypatch.setattr(files, "MIN_READER", 2)
    engine.run_round()
    window.sync_status.controller.sync_now()
    assert "opdatering nødvendig" in window.sync_status.text()
    assert "nyere version" in window.sync_status.toolTip()
    tab = window.page("settings").sync_tab
    assert "Installer også opdateringen" in tab.ui.errorLabel.text()
    with app_context.db.reading() as s:
        assert "Fra en nyere version" not in s.scalars(select(Partner.name)).all()


def test_a_possible_duplicate_is_merged_from_the_dialog(qtbot, app_context, share, other_pc, qtmodeltester):
    from datetime import date, time

    from sync_helpers import HOUSE

    from boligsocial_desktop.storage.models import ActivitySession, Room

    db, engine = other_pc
    page = settings_tab(qtbot, app_context)  # first: it names the application, which QSettings files go by
    Settings().share_dir = share

    class Wrapper:
        def __init__(self, database):
            self.db = database

    seed_office(Wrapper(db))
    engine.run_round()
    controller = page.sync_tab.controller
    controller.sync_now()
    for database, room_id, name, day in ((app_context.db, "room-here", "Lille sal", 2),
                                         (db, "room-there", "lille  SAL", 3)):
        with database.transaction() as s:  # each PC creates the room offline and books it
            s.add(Room(id=room_id, house_id=HOUSE, name=name, capacity=10))
            s.flush()
            s.add(ActivitySession(id=f"session-{room_id}", activity_id=ACTIVITY, room_id=room_id,
                                  day=date(2026, 12, day), start_time=time(15), end_time=time(17)))
    engine.run_round()
    controller.sync_now()
    engine.run_round()
    assert page.sync_tab.ui.conflictsValue.text() == "1 åben"

    dialog = ConflictsDialog(app_context, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Mulig dublet"
    first_id = dialog.current.candidates[0].id
    other_id = dialog.current.candidates[1].id
    assert dialog.ui.messageLabel.text().startswith(
        f"<b>Mulig dublet</b>: lokalet »{dialog.current.row_label}« i Fælleshuset findes to gange")
    for text in (dialog.ui.shownText.toPlainText(), dialog.ui.otherText.toPlainText()):
        assert "Hus: Fælleshuset" in text and "Pladser: 10" in text
        assert text.endswith("Bruges af: 1 (Gang: 1)")
    assert dialog.ui.shownGroup.title().startswith("Oprettet først (")
    assert dialog.ui.otherGroup.title().startswith("Oprettet senere (")
    assert dialog.ui.mergeButton.isVisible() and dialog.ui.mergeButton.text() == "&Slå sammen"
    assert dialog.ui.notDuplicatesButton.isVisible() and dialog.ui.notDuplicatesButton.text() == "&Ikke dubletter"
    assert not dialog.ui.keepButton.isVisible() and not dialog.ui.otherButton.isVisible()
    assert dialog.ui.keepShownRadio.isChecked() and dialog.ui.keepShownRadio.text() == "Behold &denne"

    radio = dialog.ui.keepOtherRadio
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(radio.height() // 2, radio.height() // 2))
    assert dialog.ui.keepOtherRadio.isChecked() and not dialog.ui.keepShownRadio.isChecked()
    qtbot.mouseClick(dialog.ui.mergeButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == ""
    assert dialog.model.rowCount() == 0
    assert dialog.ui.messageLabel.text() == "Der er ingen åbne konflikter."
    with app_context.db.reading() as s:
        assert s.get(Room, other_id).deleted_at is None
        assert s.get(Room, first_id).deleted_at is not None
        rooms = {r for (r,) in s.execute(select(ActivitySession.room_id).where(
            ActivitySession.id.in_(["session-room-here", "session-room-there"])))}
        assert rooms == {other_id}
    controller.sync_now()
    engine.run_round()
    with db.reading() as s:
        assert s.get(Room, first_id).deleted_at is not None
        assert s.get(ActivitySession, "session-room-here").room_id == other_id


def test_not_duplicates_from_the_dialog_is_not_asked_again(qtbot, app_context):
    from boligsocial_desktop.storage.models import Estate, SyncConflict

    with app_context.db.transaction() as s:
        s.add(Estate(id="e1", name="Søparken"))
        s.add(Estate(id="e2", name="søparken"))
    dialog = ConflictsDialog(app_context)  # it looks for duplicates when it opens
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 1
    assert dialog.ui.messageLabel.text().startswith("<b>Mulig dublet</b>: boligafdelingen »Søparken« findes to gange")
    qtbot.mouseClick(dialog.ui.notDuplicatesButton, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 0
    with app_context.db.reading() as s:
        assert s.scalars(select(SyncConflict.resolution)).all() == ["not_duplicates"]
    again = ConflictsDialog(app_context)
    qtbot.addWidget(again)
    assert again.model.rowCount() == 0
