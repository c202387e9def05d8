"""The layers are a rule, not a habit: each package imports only what its layer may use.

ui -> services -> domain / storage; pdf draws plain data; nothing below ui/ knows Qt. The test reads
every module's imports (module level and inside functions) with `ast`, so a lazy import counts too; an
import only for type annotations (`if TYPE_CHECKING:`) is not a dependency and is left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "boligsocial_desktop"

# package -> what it must never import: a top-level name (third-party, or our own package or module), or
# one of our modules by its dotted name ("sync.engine"). The window reaches the sync engine, the office
# key, backups and the demo through services; it may show the sync layer's plain status and conflict types.
FORBIDDEN: dict[str, set[str]] = {
    "ui": {"storage", "sqlalchemy", "alembic", "crypto", "demo", "backups", "sync.engine", "sync.share",
           "sync.command", "sync.snapshots", "sync.merge"},
    "services": {"PySide6", "shiboken6", "ui", "settings"},
    "domain": {"PySide6", "shiboken6", "sqlalchemy", "alembic", "services", "storage", "sync", "ui", "pdf",
               "settings"},
    "pdf": {"PySide6", "shiboken6", "services", "storage", "sync", "ui", "sqlalchemy", "settings"},
    "sync": {"PySide6", "shiboken6", "ui", "settings"},
    "crypto": {"PySide6", "shiboken6", "ui", "settings", "storage", "services", "sync"},
    "storage": {"PySide6", "shiboken6", "sync", "services", "ui", "settings"},
}
OWN_MODULES = {path.stem for path in PACKAGE.glob("*.py")} | {path.name for path in PACKAGE.iterdir() if path.is_dir()}


def _runtime_nodes(tree: ast.AST):
    """Every node but those under `if TYPE_CHECKING:`."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in [child, *_runtime_nodes(child)])
            continue
        yield node
        yield from _runtime_nodes(node)


def imported_names(path: Path, root: Path = PACKAGE) -> set[str]:
    """What a module imports: top-level names ("PySide6", "sqlalchemy", our own "storage", "ui") and, for our
    own modules, the dotted name below the package too ("sync.engine")."""
    package_parts = path.relative_to(root.parent).parts[:-1]
    names = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package_parts[:len(package_parts) - node.level + 1])
                if node.module:
                    modules = [".".join([*base, node.module])]
                else:  # "from .. import backups": each name may be a module
                    modules = [".".join([*base, alias.name]) for alias in node.names]
            else:
                modules = [node.module or ""]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            if parts[0] == PACKAGE.name and len(parts) > 1:
                names.add(parts[1])
                names.update(".".join(parts[1:i]) for i in range(3, len(parts) + 1))
            else:
                names.add(parts[0])
    return names


def modules_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_only_what_it_may(layer):
    found = {
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in modules_of(layer)
        for name in imported_names(path) & FORBIDDEN[layer]
    }
    assert not found, "\n".join(sorted(found))


def test_the_checker_sees_relative_and_lazy_imports(tmp_path):
    module = tmp_path / "boligsocial_desktop" / "ui" / "example.py"
    module.parent.mkdir(parents=True)
    module.write_text("from typing import TYPE_CHECKING\nfrom PySide6.QtCore import Qt\n"
                      "from ..services.staff import StaffService\nfrom .. import backups\n"
                      "if TYPE_CHECKING:\n    from ..storage.engine import Database\n\n"
                      "def later():\n    import sqlalchemy\n")
    assert imported_names(module, root=tmp_path / "boligsocial_desktop") == {
        "typing", "PySide6", "services", "services.staff", "backups", "sqlalchemy"}
    assert set(FORBIDDEN) <= OWN_MODULES
