"""The named mutex the installer's AppMutex looks for: held by every run of the program."""

from __future__ import annotations

import re
from pathlib import Path

from boligsocial_desktop import cli, program_mutex
from boligsocial_desktop.program_mutex import PROGRAM_MUTEX, ProgramMutex

ISS = Path(__file__).resolve().parents[2] / "packaging" / "boligsocial.iss"


class FakeKernel32:
    def __init__(self, refuse: tuple[str, ...] = ()):
        self.open: dict[int, str] = {}
        self.calls: list[str] = []
        self.refuse = refuse

    def create(self, name: str):
        if name in self.refuse:
            raise OSError(f"CreateMutexW({name}) gav fejl 5")
        handle = len(self.calls) + 100
        self.open[handle] = name
        self.calls.append(f"create {name}")
        return handle

    def close(self, handle) -> None:
        self.calls.append(f"close {self.open.pop(handle)}")


def test_the_mutex_names_match_the_installers_app_mutex():
    app_mutex = re.search(r"^AppMutex=(.+)$", ISS.read_text(encoding="utf-8"), re.MULTILINE).group(1)
    assert app_mutex.split(",") == list(ProgramMutex().names) == [PROGRAM_MUTEX, f"Global\\{PROGRAM_MUTEX}"]


def test_held_in_this_session_and_globally_until_released():
    api = FakeKernel32()
    with ProgramMutex(api=api) as mutex:
        assert mutex.held and sorted(api.open.values()) == [PROGRAM_MUTEX, f"Global\\{PROGRAM_MUTEX}"]
    assert api.open == {} and not mutex.held


def test_a_refused_global_name_still_leaves_the_session_one():
    api = FakeKernel32(refuse=(f"Global\\{PROGRAM_MUTEX}",))
    with ProgramMutex(api=api) as mutex:
        assert mutex.held and list(api.open.values()) == [PROGRAM_MUTEX]


def test_a_no_op_where_there_is_no_installer():
    with ProgramMutex(api=None) as mutex:
        assert not mutex.held


def test_the_windowless_sync_holds_the_mutex_while_it_runs(monkeypatch, tmp_path, capsys):
    api = FakeKernel32()
    monkeypatch.setattr(program_mutex, "_windows_mutexes", lambda: api)
    seen = []

    def fake_sync(args):
        seen.append(sorted(api.open.values()))
        return 0

    monkeypatch.setitem(cli.COMMANDS, "sync", fake_sync)
    assert cli.main(["--db", str(tmp_path / "db.sqlite"), "sync", "--share", str(tmp_path)]) == 0
    assert seen == [[PROGRAM_MUTEX, f"Global\\{PROGRAM_MUTEX}"]]
    assert api.open == {}  # released at the end


def test_the_window_holds_it_too(monkeypatch, tmp_path):
    api = FakeKernel32()
    monkeypatch.setattr(program_mutex, "_windows_mutexes", lambda: api)
    seen = []
    monkeypatch.setitem(cli.COMMANDS, None, lambda args: seen.append(len(api.open)) or 0)
    assert cli.main(["--db", str(tmp_path / "db.sqlite")]) == 0
    assert seen == [2] and api.open == {}
