"""The first start never fails silently: an unusable data folder and a database on a network drive are
explained in Danish (a message box for the windowed program, a log in %TEMP%)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from boligsocial_desktop import cli, paths
from boligsocial_desktop.paths import DRIVE_REMOTE, check_database_location, network_location
from boligsocial_desktop.settings import Settings

LOCAL_DISK, NETWORK = 3, DRIVE_REMOTE


def drives(mapping: dict[str, int]):
    return lambda root: mapping[root]


@pytest.mark.parametrize("path, expected", [
    (r"\\fil01\Boligsocial\kontor.sqlite", r"netværksstien \\fil01\Boligsocial"),
    ("//fil01/Boligsocial/kontor.sqlite", r"netværksstien \\fil01\Boligsocial"),
    (r"\\?\UNC\fil01\Boligsocial\kontor.sqlite", r"netværksstien \\fil01\Boligsocial"),
    (r"S:\Boligsocial\kontor.sqlite", "netværksdrevet S:"),
    (r"s:/Boligsocial/kontor.sqlite", "netværksdrevet s:"),
    (r"C:\Users\aisha\AppData\Local\BoligsocialDesktop\boligsocial.sqlite", None),
    (r"\\?\C:\Users\aisha\AppData\Local\BoligsocialDesktop\boligsocial.sqlite", None),
])
def test_unc_paths_and_mapped_network_drives_are_told_from_local_disks(path, expected):
    drive_types = drives({"C:\\": LOCAL_DISK, "S:\\": NETWORK, "s:\\": NETWORK})
    assert network_location(path, windows=True, drive_type=drive_types) == expected


def test_only_windows_paths_are_judged():
    assert network_location(r"\\fil01\Boligsocial\kontor.sqlite", windows=False) is None


def test_the_refusal_explains_why_in_danish(monkeypatch):
    monkeypatch.setattr(paths, "ON_WINDOWS", True)
    monkeypatch.setattr(paths, "_drive_type", drives({"S:\\": NETWORK}))
    with pytest.raises(paths.NetworkDatabaseError) as caught:
        check_database_location(Path(r"S:\Boligsocial\kontor.sqlite"))
    message = caught.value.message
    assert "netværksdrevet S:" in message and "SQLite" in message and "WAL" in message
    assert "delt mappe" in message  # what to do instead


def test_the_command_line_refuses_a_database_on_a_network_drive(monkeypatch, capsys):
    monkeypatch.setattr(paths, "ON_WINDOWS", True)
    monkeypatch.setattr(paths, "_drive_type", drives({"S:\\": NETWORK}))
    assert cli.main(["--db", r"S:\Boligsocial\kontor.sqlite", "backup"]) == 1
    assert "Fejl: Databasen kan ikke ligge på netværksdrevet S:" in capsys.readouterr().err


@pytest.fixture
def network_share(tmp_path, temp_dir, monkeypatch):
    """A folder of the test that counts as a mapped network drive, and this PC's local data folder."""
    share = tmp_path / "S-drev" / "Boligsocial"
    share.mkdir(parents=True)
    real = paths.network_location
    monkeypatch.setattr(paths, "network_location",
                        lambda path, **kw: "netværksdrevet S:" if share in Path(path).parents else real(path, **kw))
    local = tmp_path / "AppData" / "Local" / "BoligsocialDesktop"
    monkeypatch.setattr(paths, "default_data_dir", lambda: local)
    monkeypatch.delenv("BOLIGSOCIAL_DATA_DIR")
    started = []
    monkeypatch.setattr(cli, "cmd_gui", lambda args: started.append(args.db) or 0)
    return share, local, started


def answer_box(monkeypatch, button_text: str | None):
    """Stand in for the user at the message box: note what it says, then click the named button."""
    seen = {}

    def exec_(box):
        seen.update(text=box.text(), info=box.informativeText(), buttons=[b.text() for b in box.buttons()])
        if button_text is not None:
            next(b for b in box.buttons() if b.text() == button_text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: pytest.fail(text))
    return seen


def test_the_window_offers_the_network_folder_for_sharing_and_starts_on_the_local_database(
        qapp, network_share, monkeypatch):
    share, local, started = network_share
    seen = answer_box(monkeypatch, "Del gennem denne mappe")
    assert cli.main(["--db", str(share / "kontor.sqlite")]) == 0
    assert "Databasen kan ikke ligge på netværksdrevet S:" in seen["text"] and "SQLite" in seen["text"]
    assert str(share) in seen["info"] and str(local) in seen["info"]
    assert seen["buttons"] == ["Del gennem denne mappe", "Luk"]
    assert Settings().share_dir == share  # the sync feature finds it there
    assert started == [str(local / "boligsocial.sqlite")]
    assert not (share / "kontor.sqlite").exists()


def test_closing_the_network_refusal_starts_nothing(qapp, network_share, monkeypatch):
    share, _local, started = network_share
    answer_box(monkeypatch, "Luk")
    assert cli.main(["--db", str(share / "kontor.sqlite")]) == 1
    assert started == [] and Settings().share_dir is None


def test_without_a_local_data_folder_either_the_refusal_is_still_shown(qapp, network_share, tmp_path, monkeypatch):
    share, _local, started = network_share
    monkeypatch.setattr(paths, "default_data_dir", lambda: unusable_data_folder(tmp_path))  # redirected AppData
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("nothing to offer"))
    assert cli.main(["--db", str(share / "kontor.sqlite")]) == 1
    assert len(shown) == 1 and "Databasen kan ikke ligge på netværksdrevet S:" in shown[0]
    assert "logfilen" in shown[0] and started == []


@pytest.fixture
def temp_dir(tmp_path, monkeypatch):
    temp = tmp_path / "Temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    yield temp
    logging.getLogger().handlers[:] = [h for h in logging.getLogger().handlers
                                       if str(temp) not in str(getattr(h, "baseFilename", ""))]


def unusable_data_folder(tmp_path) -> Path:
    blocker = tmp_path / "AppData-fil"
    blocker.write_text("ikke en mappe")  # a folder cannot be made below a file (as root too)
    return blocker / "BoligsocialDesktop"


def test_a_data_folder_that_cannot_be_made_gets_a_danish_message_box_and_a_log_in_temp(qapp, tmp_path, temp_dir,
                                                                                        monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append((title, text)))
    folder = unusable_data_folder(tmp_path)
    assert cli.main(["--data-dir", str(folder)]) == 1
    [(title, text)] = shown
    log_file = temp_dir / "BoligsocialDesktop" / "boligsocial.log"
    assert title == "Boligsocial Desktop"
    assert "kan ikke oprette eller skrive i sin datamappe" in text and str(folder) in text
    assert "bed IT" in text and f"Detaljerne står i logfilen {log_file}." in text
    assert "Programmet kan ikke starte" in log_file.read_text(encoding="utf-8")


def test_the_command_line_says_the_same_without_a_box(tmp_path, temp_dir, monkeypatch, capsys):
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("no message box for a command"))
    assert cli.main(["--data-dir", str(unusable_data_folder(tmp_path)), "backup"]) == 1
    assert "Fejl: Boligsocial Desktop kan ikke oprette eller skrive i sin datamappe" in capsys.readouterr().err


def test_the_windowed_program_marks_its_first_paint_in_a_file(qtbot, tmp_path, monkeypatch):
    """The installer check starts the installed program, which has no stdout, and waits for this file."""
    from PySide6.QtWidgets import QApplication, QWidget

    from boligsocial_desktop.app import report_first_paint

    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    window = QWidget()
    qtbot.addWidget(window)
    marker = tmp_path / "painted.txt"
    report_first_paint(window, str(marker))
    assert not marker.exists()
    window.show()
    qtbot.waitUntil(lambda: marker.exists() and bool(quits))
    assert marker.read_text(encoding="utf-8") == "painted\n"
