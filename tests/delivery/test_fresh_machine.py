"""A fresh Linux machine: the README's prerequisites, what `pytest` prints, a quiet `screenshot`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def readme_apt_packages() -> list[list[str]]:
    """The packages of each `apt-get install` line in the README's code blocks."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [line.split("install", 1)[1].split() for line in re.findall(r"^sudo apt-get install .*$", text, re.M)]


def ci_array(name: str) -> list[str]:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(rf"^{name}=\(([^)]*)\)", text, re.M)
    assert match, f".ci/run has no {name}=(…)"
    return match.group(1).split()


def test_readme_prerequisites_are_what_ci_installs():
    offscreen, window = readme_apt_packages()
    assert offscreen == ci_array("qt_offscreen")
    assert window == ci_array("qt_window")
    assert "libxcb-cursor0" in window  # Qt 6.5+ refuses to open a window without it


def debian_package(soname: str) -> str:
    """libxcb-cursor.so.0 -> libxcb-cursor0, libX11-xcb.so.1 -> libx11-xcb1, libxkbcommon-x11.so.0 -> …-x11-0."""
    name, version = soname.split(".so.")
    name = name.lower()
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin exists on Linux only")
def test_readme_lists_every_x11_library_the_window_plugin_needs():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "lib" / "libQt6XcbQpa.so.6"
    if not plugin.exists():
        pytest.skip("this PySide6 build has no xcb platform library")
    needed = set(re.findall(rb"lib(?:xcb|X11|xkbcommon)[-\w]*\.so\.\d+", plugin.read_bytes()))
    packages = {debian_package(soname.decode()) for soname in needed}
    offscreen, window = readme_apt_packages()
    assert packages - set(offscreen + window) == set()


def test_postgresql_tests_without_a_server_are_one_line(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in ("BOLIGSOCIAL_TEST_PG_URL", "CI")}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         "tests/services/test_places.py", "tests/postgres/test_faults.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    summary = [line for line in result.stdout.splitlines() if "PostgreSQL tests not run" in line]
    assert len(summary) == 1 and "BOLIGSOCIAL_TEST_PG_URL" in summary[0]
    assert "postgresql]" not in result.stdout  # the PostgreSQL variants are not listed one by one
    assert "SKIP" not in result.stdout and re.search(r"\d+ deselected", result.stdout)


def test_screenshot_prints_no_qt_warnings(tmp_path):
    env = {**os.environ, "BOLIGSOCIAL_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": ""}
    target = tmp_path / "kalender.png"
    result = subprocess.run(
        [sys.executable, "-m", "boligsocial_desktop", "--db", str(tmp_path / "db.sqlite"), "screenshot",
         "--view", "settings", "--size", "800x500", "-o", str(target)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.strip() == f"Billede gemt: {target}"
    assert target.stat().st_size > 5_000
