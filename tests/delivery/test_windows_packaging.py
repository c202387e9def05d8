"""The Windows build's own logic: version numbers, the release tag, what the bundle leaves out, and the
installer script's promises (checked as text here; packaging/check_installer.sh runs it under Wine)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from boligsocial_desktop import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


winversion = load("winversion")
bundle_filter = load("bundle_filter")
ISS = (PACKAGING / "boligsocial.iss").read_text(encoding="utf-8")
WORKFLOW = (PACKAGING.parent / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("version, numbers", [
    ("0.3.0", "0.3.0.150"),
    ("0.3.0rc1", "0.3.0.121"),
    ("0.3.0b2", "0.3.0.112"),
    ("0.3.0a1", "0.3.0.101"),
    ("0.3.0.post1", "0.3.0.151"),
    ("0.3.0.dev4", "0.3.0.4"),
    ("1.2", "1.2.0.150"),
])
def test_versions_become_four_windows_numbers(version, numbers):
    assert winversion.file_version(version) == numbers


def test_a_release_sorts_after_its_pre_releases_and_before_the_next():
    order = ["0.3.0.dev1", "0.3.0a1", "0.3.0b1", "0.3.0rc1", "0.3.0rc2", "0.3.0", "0.3.0.post1", "0.3.1a1"]
    numbers = [winversion.file_version_numbers(v) for v in order]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


@pytest.mark.parametrize("version", ["0.3", "0.3.0-rc1", "0.3.0rc10", "0.3.0rc1.dev1", "v0.3.0", "0.70000.0"])
def test_versions_windows_cannot_number_are_refused_in_danish(version):
    if version == "0.3":
        assert winversion.file_version(version) == "0.3.0.150"
        return
    with pytest.raises(ValueError, match="Versionen"):
        winversion.file_version(version)


def test_the_tag_must_be_v_and_the_programs_version():
    assert winversion.program_version() == __version__
    winversion.check_tag(f"v{__version__}", __version__)
    winversion.check_tag(f"refs/tags/v{__version__}", __version__)
    with pytest.raises(ValueError, match=f"»v{re.escape(__version__)}«"):
        winversion.check_tag("v9.9.9", __version__)


def test_the_command_writes_the_workflows_outputs(tmp_path, capsys):
    output = tmp_path / "github_output"
    assert winversion.main(["--github-output", str(output), "--tag", f"v{__version__}"]) == 0
    assert output.read_text() == f"version={__version__}\nfile_version={winversion.file_version(__version__)}\n"
    assert winversion.main(["--tag", "v0.0.0-forkert"]) == 1
    assert "passer ikke" in capsys.readouterr().err


@pytest.mark.parametrize("destination, kept", [
    ("PySide6/translations/qtbase_de.qm", False),  # the Windows wheel's layout
    ("PySide6\\translations\\qtbase_fr.qm", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),  # Linux and macOS
    ("PySide6/translations/qtbase_da.qm", True),
    ("PySide6/Qt/translations/qtbase_da.qm", True),
    ("resources/translations/shell_da.ts", False),
    ("resources/translations/shell_da.qm", True),
    ("PySide6/plugins/tls/qschannelbackend.dll", False),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("holidays/locale/da/LC_MESSAGES/DK.mo", True),
])
def test_the_bundle_leaves_out_foreign_qt_translations_in_both_layouts_and_ts_sources(destination, kept):
    assert bundle_filter.wanted(destination) is kept


def iss_setting(name: str) -> str:
    return re.search(rf"^{name}=(.+)$", ISS, re.MULTILINE).group(1).strip()


def test_the_installer_is_per_user_by_default_and_for_all_users_on_request():
    assert iss_setting("PrivilegesRequired") == "lowest"
    assert iss_setting("PrivilegesRequiredOverridesAllowed") == "commandline dialog"
    assert "{autopf}" in ISS and iss_setting("UsePreviousPrivileges") == "yes"


def test_signing_is_guarded_so_an_unsigned_build_still_compiles():
    guarded = re.search(r"^#ifdef SIGN\n(.*?)^#endif", ISS, re.MULTILINE | re.DOTALL).group(1)
    assert "SignTool=signtool" in guarded and "SignedUninstaller=yes" in guarded
    assert ISS.count("SignTool=") == 1 and ISS.count("SignedUninstaller=") == 1


def test_uninstall_keeps_data_unless_asked():
    assert "Check.Checked := False" in ISS and "Slet også data" in ISS
    assert "HasParam('/SLETDATA')" in ISS
    assert "[UninstallDelete]" not in ISS.replace("; [UninstallDelete]", "")


def test_the_workflow_has_minimal_permissions_and_the_checks_of_a_release():
    assert re.search(r"^permissions:\n  contents: read\n", WORKFLOW, re.MULTILINE)
    for needed in ("--no-dev", "winversion.py", "innosetup@6.4.1", "signtool", "/ALLUSERS", "/CURRENTUSER",
                   "BOLIGSOCIAL_FIRST_PAINT_MARKER", "unins000.exe", "LASTEXITCODE", "GITHUB_STEP_SUMMARY"):
        assert needed in WORKFLOW, needed
    assert "innosetup@6.4.1" in (PACKAGING / "check_installer.sh").read_text(encoding="utf-8")
