"""The settings file read without Qt (settings_ini, Settings.read_only) gives what QSettings gives: Qt writes
the file, this reader and a fresh QSettings read it back, for the paths an office has (Windows paths with
backslashes, spaces, æøå, UNC shares) and for files edited by hand. The `-o` check uses it, so a command
does not load Qt for two folder names."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from itertools import count
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from boligsocial_desktop import settings as settings_module
from boligsocial_desktop.settings import APPLICATION, ORGANIZATION, Settings, SettingsFileValues, settings_file
from boligsocial_desktop.settings_ini import UnreadableSettings, read_ini

OFFICE_PATHS = [
    r"C:\Users\Søren Ærø\Fælles mappe",
    r"\\server\share\Boligsocial",
    r"\\fil-srv01\Fælles drev\Åben Rådgivning\deling",
    r"D:\Sikkerhedskopier\\",
    r"C:\Program Files (x86)\Boligsocial",
    r"C:\data\mappe, med komma; og semikolon = lig",
    " indledende og afsluttende mellemrum ",
    '"citeret"',
    "@begynder med snabel-a",
    "@@to snabel-a",
    "@Invalid()",
    "tabulator\tog\nlinjeskift",
    "\x00nul\x01",
    "日本語 og 😀",
    "",
]
_fresh = count()


def _qt_reads(path: Path) -> dict:
    """What a new process's QSettings reads from the file (a copy: Qt keeps files it has open in a cache)."""
    copy = path.with_name(f"frisk-{next(_fresh)}.ini")
    shutil.copyfile(path, copy)
    qt = QSettings(str(copy), QSettings.Format.IniFormat)
    values = {}
    for key in qt.allKeys():
        value = qt.value(key)
        if isinstance(value, QByteArray):
            value = bytes(value.data())
        values[key] = value
    return values


def _written(tmp_path: Path, values: dict) -> Path:
    path = tmp_path / "skrevet.ini"
    qt = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        qt.setValue(key, value)
    qt.sync()
    return path


@pytest.mark.parametrize("value", OFFICE_PATHS)
def test_a_folder_written_by_qt_reads_back_the_same(tmp_path, value):
    path = _written(tmp_path, {"sync/share_dir": value, "backup/dir": value, "top": value})
    read = read_ini(path.read_bytes())
    assert read == _qt_reads(path)
    assert read["sync/share_dir"] == read["backup/dir"] == read["top"] == value


def test_every_kind_of_value_qt_writes_reads_back_the_same(tmp_path):
    values = {
        "sync/share_dir": r"\\server\share med mellemrum\æøå",
        "backup/dir": r"C:\Users\Åse\Documents",
        "backup/keep_daily": 7,
        "backup/automatic": True,
        "mainwindow/geometry": QByteArray(bytes(range(256))),
        "liste/tre": ["a, b", r"C:\x", "@y"],
        "liste/tom": [],
        "general/nøgle": "lille general",
        "Afsnit med mellemrum/Nøgle Med Æ": "værdi",
        "dybt/inde/i/afsnit": "ja",
        "%procent/a\\b": "skråstreg i nøglen",
    }
    path = _written(tmp_path, values)
    read = read_ini(path.read_bytes())
    assert read == _qt_reads(path)
    assert read["sync/share_dir"] == values["sync/share_dir"] and read["backup/keep_daily"] == "7"
    assert read["mainwindow/geometry"] == bytes(range(256))


@pytest.mark.parametrize("text", [
    b"[sync]\r\nshare_dir=C:\\\\Users\\\\S\xc3\xb8ren\r\n",  # Windows line ends
    b"\xef\xbb\xbf[sync]\nshare_dir=x\n",  # a byte order mark from Notepad
    b"; kommentar\n[sync]\n  share_dir  =  med mellemrum  \n# ikke en kommentar\n",
    b"[sync]\nshare_dir=\"citeret ; med semikolon\" ; kommentar\n",
    b"[sync]\nshare_dir=fort\\\nsat linje\n",
    b"[General]\ntop=1\n[%General]\nx=2\n[sync]\nshare_dir=a\n[backup]\ndir=b\n[sync]\nshare_dir=c\n",
    b"[sync]\nshare%5Fdir=\\x41\\101\\t\n[%E6%F8%E5]\n%U00c6=\xc3\xa6\n",
    b"[sync\nshare_dir=uden slutparentes\n",
    b"[sync]\nshare_dir=a, b ,\"c, d\"\nbackup=@ByteArray(\\x1\\x2)\nx=@@a\ny=@Invalid()\n",
    b"[sync]\nshare_dir\nkun tekst uden lighedstegn\nbackup=x\n",
])
def test_a_file_edited_by_hand_reads_as_qt_reads_it(tmp_path, text):
    path = tmp_path / "hånd.ini"
    path.write_bytes(text)
    assert read_ini(text) == _qt_reads(path)


@pytest.mark.parametrize("text", [
    b"[mainwindow]\nstate=@Variant(\\0\\0\\0\\x7f)\n",
    b"[mainwindow]\npos=@Point(10 20)\n",
    b"[General]\nsync\\share_dir=et andet afsnit\n[sync]\nshare_dir=x\n",  # found or not depending on Qt's order
])
def test_what_only_qt_reads_the_same_way_is_left_to_qt(text):
    with pytest.raises(UnreadableSettings):
        read_ini(text)


def test_keys_are_case_blind_on_windows():
    assert read_ini(b"[Sync]\nShare_Dir=x\n", case_sensitive=False) == {"sync/share_dir": "x"}
    assert read_ini(b"[Sync]\nShare_Dir=x\n", case_sensitive=True) == {"Sync/Share_Dir": "x"}


@pytest.fixture(autouse=True)
def _named_as_the_program():
    """The program names itself before any setting is read; a test process may carry pytest-qt's name."""
    before = QCoreApplication.applicationName()
    QCoreApplication.setApplicationName(APPLICATION)
    yield
    QCoreApplication.setApplicationName(before)


def _this_pcs_file(values: dict) -> Path:
    Settings()  # names the app and points QSettings at BOLIGSOCIAL_SETTINGS_DIR (conftest)
    qt = QSettings()
    for key, value in values.items():
        qt.setValue(key, value)
    qt.sync()
    return Path(qt.fileName())


def test_read_only_settings_give_the_folders_qt_gives(monkeypatch, tmp_path):
    share, backups = r"\\server\Fælles drev\deling", r"C:\Users\Søren\Sikkerhedskopier"
    path = _this_pcs_file({"sync/share_dir": share, "backup/dir": backups})
    monkeypatch.setattr(settings_module, "qt_loaded", lambda: False)  # as in a command that has not loaded Qt
    settings = Settings.read_only()
    assert isinstance(settings.qsettings, SettingsFileValues) and settings.file_name == str(path)
    assert settings.share_dir == Path(share) == Settings().share_dir
    assert settings.backup_folder(tmp_path) == Path(backups)
    with pytest.raises(TypeError):
        settings.share_dir = None


def test_qt_reads_when_its_answer_could_differ(monkeypatch, tmp_path):
    path = _this_pcs_file({"sync/share_dir": "x"})
    assert not isinstance(Settings.read_only().qsettings, SettingsFileValues)  # Qt loaded: it may hold news
    monkeypatch.setattr(settings_module, "qt_loaded", lambda: False)
    assert isinstance(Settings.read_only().qsettings, SettingsFileValues)
    organisation_wide = path.parent.parent / f"{ORGANIZATION}.ini"
    organisation_wide.write_text("[sync]\nshare_dir=y\n", encoding="utf-8")
    assert not isinstance(Settings.read_only().qsettings, SettingsFileValues)
    organisation_wide.unlink()
    path.write_text("[mainwindow]\nstate=@Variant(\\0)\n", encoding="utf-8")
    assert not isinstance(Settings.read_only().qsettings, SettingsFileValues)


def test_the_files_qt_falls_back_on_are_the_ones_checked():
    from boligsocial_desktop.settings import _files_behind, local_settings_dir

    Settings()
    behind = {os.path.normcase(str(p)) for p in _files_behind(local_settings_dir())}
    for scope, application in ((QSettings.Scope.UserScope, ""), (QSettings.Scope.SystemScope, ""),
                               (QSettings.Scope.SystemScope, "Boligsocial Desktop")):
        qt = QSettings(QSettings.Format.IniFormat, scope, ORGANIZATION, application)
        assert os.path.normcase(str(Path(qt.fileName()))) in behind
    assert os.path.normcase(str(settings_file(local_settings_dir()))) not in behind


def test_a_new_process_reads_the_folders_without_loading_qt(tmp_path):
    """A new process, as a command runs: the share and backup folder from the file Qt wrote, and no Qt."""
    share, backups = tmp_path / "Fælles mappe, æøå", tmp_path / "Sikkerheds kopier"
    _this_pcs_file({"sync/share_dir": str(share), "backup/dir": str(backups)})
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from boligsocial_desktop.output_paths import configured_folders\n"
        "from boligsocial_desktop.paths import AppPaths\n"
        "print(configured_folders(AppPaths(Path(sys.argv[1]), Path(sys.argv[1]) / 'db.sqlite')))\n"
        "print('PySide6.QtCore' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], capture_output=True, text=True,
                            check=True, env=os.environ.copy())
    assert result.stdout.splitlines() == [repr((share, backups)), "False"]


@pytest.mark.parametrize("folder", ["share", "backups"])
def test_a_command_refuses_an_output_in_the_share_or_backup_folder_read_without_qt(tmp_path, folder):
    share, backups = tmp_path / "Fælles mappe, æøå", tmp_path / "Sikkerheds kopier"
    for made in (share, backups):
        made.mkdir()
    _this_pcs_file({"sync/share_dir": str(share), "backup/dir": str(backups)})
    target = (share if folder == "share" else backups) / "huse.csv"
    result = subprocess.run([sys.executable, "-m", "boligsocial_desktop", "--db", str(tmp_path / "kontor.sqlite"),
                             "export", "houses", "--format", "csv", "-o", str(target)],
                            capture_output=True, text=True, env=os.environ.copy())
    assert result.returncode == 1 and not target.exists()
    assert ("den fælles mappe" if folder == "share" else "mappen med sikkerhedskopier") in result.stderr
