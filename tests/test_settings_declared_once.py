"""Every per-PC setting is declared once, in settings.py (key, type, default), and read through `Settings`:
no other module of the program makes a QSettings() or spells a declared key itself."""

from __future__ import annotations

import ast
from pathlib import Path

from boligsocial_desktop.settings import Setting, Settings

PACKAGE = Path(__file__).resolve().parents[1] / "boligsocial_desktop"
SETTINGS_MODULE = PACKAGE / "settings.py"
DECLARED_KEYS = {value.key for value in vars(Settings).values() if isinstance(value, Setting)}


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"), str(path)))
            for path in sorted(PACKAGE.rglob("*.py"))
            if path != SETTINGS_MODULE and "forms" not in path.relative_to(PACKAGE).parts]


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', '?')}"


def test_no_module_but_settings_makes_a_qsettings():
    found = [_where(path, node) for path, tree in _modules() for node in ast.walk(tree)
             if isinstance(node, ast.Call)
             and (getattr(node.func, "id", None) == "QSettings" or getattr(node.func, "attr", None) == "QSettings")]
    assert found == [], "read and write settings through settings.Settings (declare the key there): " + ", ".join(found)


def test_no_module_but_settings_spells_a_declared_key():
    found = [f"{_where(path, node)} {node.value!r}" for path, tree in _modules() for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and node.value in DECLARED_KEYS]
    assert found == [], "use the Settings accessor instead of its key: " + ", ".join(found)


def test_each_key_is_declared_once():
    keys = [value.key for value in vars(Settings).values() if isinstance(value, Setting)]
    assert len(keys) == len(set(keys)) and "sync/share_dir" in keys
