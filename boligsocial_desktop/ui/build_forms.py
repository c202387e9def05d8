"""Compile the Qt Designer forms and the Danish translations. Run after editing either:

    uv run python -m boligsocial_desktop.ui.build_forms          # rebuild
    uv run python -m boligsocial_desktop.ui.build_forms --check  # fail if anything is stale

`ui/NAME.ui` becomes `boligsocial_desktop/ui/forms/NAME_ui.py`; `ui/FEATURE/NAME.ui`
becomes `forms/FEATURE_NAME_ui.py`. Translations come in groups, one `.ts` per group
(`shell` for the window frame, one per feature folder), so features can be translated
and merged independently; `lupdate` keeps existing translations, `lrelease` makes `.qm`.
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"
CODE_UI_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGE = "da"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} blev ikke fundet; kør 'uv sync' først")
    return found


def form_module_name(ui_file: Path) -> str:
    relative = ui_file.relative_to(UI_DIR).with_suffix("")
    return "_".join(relative.parts) + "_ui"


def translation_groups() -> dict[str, list[Path]]:
    """Group name -> the .ui and .py files whose strings belong in its .ts file."""
    groups = {
        "shell": sorted(UI_DIR.glob("*.ui")) + sorted(p for p in CODE_UI_DIR.glob("*.py") if p.name != "build_forms.py")
    }
    groups["shell"].append(ROOT / "boligsocial_desktop" / "app.py")
    for folder in sorted(p for p in CODE_UI_DIR.iterdir() if p.is_dir() and p.name not in ("forms", "__pycache__")):
        groups[folder.name] = sorted((UI_DIR / folder.name).glob("*.ui")) + sorted(folder.rglob("*.py"))
    return {name: [p for p in files if p.exists()] for name, files in groups.items()}


def compile_forms(target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(
        '"""Generated from ui/*.ui by boligsocial_desktop.ui.build_forms; do not edit."""\n'
    )
    for ui_file in sorted(UI_DIR.rglob("*.ui")):
        out = target / f"{form_module_name(ui_file)}.py"
        subprocess.run([_tool("uic"), "-g", "python", "--from-imports", str(ui_file), "-o", str(out)], check=True)
        out.write_text(with_fitted_fields(out.read_text(encoding="utf-8")), encoding="utf-8")


_FIELD = re.compile(r"= (QComboBox|QFontComboBox|QSpinBox|QDoubleSpinBox|QDateEdit|QTimeEdit|QDateTimeEdit)\(")
_SETUP_END = re.compile(r"^( +)QMetaObject\.connectSlotsByName\((\w+)\)\n", re.MULTILINE)


def with_fitted_fields(code: str) -> str:
    """A form with spin boxes or combo boxes calls form_fields.fit_fields at the end of its setupUi, so each
    of those fields gets the wheel guard and the combo fit without an application-wide event filter."""
    if not _FIELD.search(code):
        return code
    code = code.replace("\nclass Ui_", "from boligsocial_desktop.ui.form_fields import fit_fields\n\nclass Ui_", 1)
    code, found = _SETUP_END.subn(r"\g<0>\1fit_fields(\2)\n", code, count=1)
    if not found:
        raise SystemExit("pyside6-uic's setupUi has changed; build_forms.with_fitted_fields needs updating")
    return code


def update_translations(ts_dir: Path) -> None:
    ts_dir.mkdir(parents=True, exist_ok=True)
    for group, files in translation_groups().items():
        ts_file = ts_dir / f"{group}_{LANGUAGE}.ts"
        if ts_dir != TRANSLATIONS_DIR and (TRANSLATIONS_DIR / ts_file.name).exists():
            shutil.copy(TRANSLATIONS_DIR / ts_file.name, ts_file)
        subprocess.run(
            [_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-target-language", LANGUAGE,
             *map(str, files), "-ts", str(ts_file)],
            check=True,
        )
        subprocess.run([_tool("lrelease"), "-silent", str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))], check=True)


def _same_tree(a: Path, b: Path, pattern: str) -> list[str]:
    names = {p.name for p in a.glob(pattern)} | {p.name for p in b.glob(pattern)}
    return sorted(
        n for n in names if not ((a / n).exists() and (b / n).exists() and filecmp.cmp(a / n, b / n, shallow=False))
    )


def check() -> list[str]:
    """Names of generated files that differ from what the sources give now."""
    with tempfile.TemporaryDirectory() as tmp:
        forms, ts = Path(tmp) / "forms", Path(tmp) / "translations"
        compile_forms(forms)
        update_translations(ts)
        return _same_tree(forms, FORMS_DIR, "*.py") + _same_tree(ts, TRANSLATIONS_DIR, "*.ts")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated files are stale")
    args = parser.parse_args(argv)
    if args.check:
        stale = check()
        if stale:
            print("Forældede genererede filer:", ", ".join(stale))
            return 1
        return 0
    compile_forms(FORMS_DIR)
    update_translations(TRANSLATIONS_DIR)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
