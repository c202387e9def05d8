"""Build the PyInstaller one-folder program and smoke-test the frozen build offscreen.

    uv run --group build python packaging/build_and_smoke.py             # build, then test
    uv run --group build python packaging/build_and_smoke.py --skip-build
    uv run --group build python packaging/build_and_smoke.py --large-db benchmarks/.cache/large-1.sqlite

The same script runs on Linux (here and in CI) and on the Windows runner
(.github/workflows/windows.yml). It checks, on the frozen program only:
  --version, --help, `demo --size small`, `screenshot` of every view, `backup` and
  `restore`, `flyer` when `--help` lists it, that the Danish translations and the
  user guide are in the bundle, the window's first paint, and that a second start
  raises the first window (QtNetwork's local socket works frozen).
It prints one JSON object with the timings and the bundle size, and exits 1 on the first
failure. The build goes to build/pyinstaller/ and dist/ (both ignored by git).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "boligsocial.spec"
APP = "BoligsocialDesktop"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
VIEWS = ("calendar", "ambassadors", "visits", "flyers", "reports", "settings")
# The target is for the installed Windows bundle. A Linux bundle also carries ICU (about 35 MB)
# and system libraries that Windows has itself, so it gets a looser limit here.
BUNDLE_LIMIT_MB = 200 if sys.platform == "win32" else 300
FIRST_PAINT_LIMIT_S = 2.0


class SmokeFailure(Exception):
    pass


PASSED: list[str] = []  # the checks that passed, for the closing "N passed, N failed" line


def passed(check: str) -> None:
    PASSED.append(check)
    log(f"  ok: {check}")


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def build(dist: Path, work: Path) -> float:
    log(f"Bygger {SPEC.name} med PyInstaller …")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], cwd=ROOT, check=True)
    return time.perf_counter() - started


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1_000_000


class Frozen:
    """Runs the frozen console program with a data folder of its own, offscreen."""

    def __init__(self, bundle: Path, scratch: Path):
        self.console = bundle / f"boligsocial-desktop{EXE_SUFFIX}"
        self.windowed = bundle / f"{APP}{EXE_SUFFIX}"
        self.scratch = scratch
        self.data = scratch / "data"
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOLIGSOCIAL_DATA_DIR": str(self.data),
                    "BOLIGSOCIAL_SETTINGS_DIR": str(scratch / "settings"), "BOLIGSOCIAL_NO_CRASH_DIALOG": "1"}
        for name in ("BOLIGSOCIAL_DB", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            self.env.pop(name, None)

    def run(self, *args: str, timeout: float = 180, env: dict | None = None) -> subprocess.CompletedProcess:
        result = subprocess.run([str(self.console), *args], capture_output=True, text=True, timeout=timeout,
                                env=env or self.env, cwd=self.scratch, encoding="utf-8", errors="replace")
        if result.returncode != 0:
            raise SmokeFailure(f"`{' '.join(args)}` gav kode {result.returncode}:\n{result.stdout}\n{result.stderr}")
        return result

    @property
    def log_file(self) -> Path:
        return self.data / "logs" / "boligsocial.log"


def link_staff_to_this_user(db_path: Path) -> None:
    """The GUI asks who you are on a database without your staff member; give it one (as bench_app does)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.bench_app import ensure_staff_for_this_user

    ensure_staff_for_this_user(db_path)


def first_paint_seconds(frozen: Frozen, db_path: Path, runs: int = 3) -> dict[str, float]:
    env = {**frozen.env, "BOLIGSOCIAL_REPORT_FIRST_PAINT": "1"}
    timings = []
    for run in range(runs + 1):  # the first run warms the disk cache, as a second start of the day would
        started = time.perf_counter()
        process = subprocess.Popen([str(frozen.windowed), "--db", str(db_path)], stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True, env=env, cwd=frozen.scratch)
        line = process.stdout.readline().strip()
        elapsed = time.perf_counter() - started
        process.wait(timeout=60)
        process.stdout.close()
        if line != "painted":
            raise SmokeFailure(f"Det frosne program viste ikke hovedvinduet (fik »{line}«).")
        if run:
            timings.append(elapsed)
    timings.sort()
    return {"best": round(timings[0], 3), "median": round(timings[len(timings) // 2], 3)}


def log_size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def wait_for(path: Path, text: str, timeout: float, after: int = 0) -> str:
    """Wait until `text` is in the log file, in the part written after byte `after`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            with path.open("rb") as handle:
                handle.seek(after)
                content = handle.read().decode("utf-8", errors="replace")
            if text in content:
                return content
        time.sleep(0.1)
    raise SmokeFailure(f"»{text}« kom ikke i {path} inden for {timeout:.0f} s")


def second_start_raises_first(frozen: Frozen, db_path: Path) -> float:
    before = log_size(frozen.log_file)  # the first-paint runs have logged their windows already
    first = subprocess.Popen([str(frozen.windowed), "--db", str(db_path)], env=frozen.env, cwd=frozen.scratch,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(frozen.log_file, "Hovedvinduet vises", 60, before)
        started = time.perf_counter()
        second = subprocess.run([str(frozen.windowed), "--db", str(db_path)], env=frozen.env, cwd=frozen.scratch,
                                capture_output=True, timeout=60)
        elapsed = time.perf_counter() - started
        if second.returncode != 0:
            raise SmokeFailure(f"Den anden start endte med kode {second.returncode}")
        content = wait_for(frozen.log_file, "Vinduet er hentet frem", 15, before)
        if content.count("Hovedvinduet vises") != 1:
            raise SmokeFailure("Den anden start åbnede et vindue selv")
        return elapsed
    finally:
        if sys.platform == "win32":
            first.terminate()
        else:
            first.send_signal(signal.SIGTERM)
        first.wait(timeout=30)


def flyer_check(frozen: Frozen, db_path: Path, help_text: str) -> str:
    """The posters feature is built in parallel: test `flyer` when --help lists it."""
    if "flyer" not in help_text:
        return "findes ikke endnu"
    usage = frozen.run("flyer", "--help").stdout
    with sqlite3.connect(db_path) as conn:
        row = conn.execute("SELECT id FROM activities WHERE deleted_at IS NULL LIMIT 1").fetchone()
    conn.close()
    out = frozen.scratch / "flyer.pdf"
    if row and "-o" in usage:
        if "--activity" in usage:
            frozen.run("--db", str(db_path), "flyer", "--activity", row[0], "-o", str(out))
        else:  # the activity id as a positional argument
            frozen.run("--db", str(db_path), "flyer", row[0], "-o", str(out))
        if not out.exists() or out.read_bytes()[:5] != b"%PDF-":
            raise SmokeFailure("flyer skrev ingen PDF")
        return f"PDF {out.stat().st_size // 1000} kB"
    return "kun --help (argumenterne kendes ikke af dette script)"


def smoke(bundle: Path, large_db: Path | None) -> dict:
    from boligsocial_desktop import __version__

    figures: dict = {}
    with tempfile.TemporaryDirectory(prefix="boligsocial-smoke-") as tmp:
        frozen = Frozen(bundle, Path(tmp))
        for exe in (frozen.console, frozen.windowed):
            if not exe.is_file():
                raise SmokeFailure(f"{exe} mangler i bundtet")
        started = time.perf_counter()
        version = frozen.run("--version").stdout.strip()
        figures["version_seconds"] = round(time.perf_counter() - started, 3)
        if version != f"Boligsocial Desktop {__version__}":
            raise SmokeFailure(f"--version gav »{version}«")
        passed("--version")
        help_text = frozen.run("--help").stdout
        for command in ("demo", "screenshot", "backup", "restore"):
            if command not in help_text:
                raise SmokeFailure(f"--help nævner ikke {command}")
        passed("--help")

        db_path = frozen.scratch / "kontor.sqlite"
        started = time.perf_counter()
        frozen.run("--db", str(db_path), "demo", "--size", "small")
        figures["demo_small_seconds"] = round(time.perf_counter() - started, 2)
        passed("demo --size small")

        for view in VIEWS:
            shot = frozen.scratch / f"{view}.png"
            frozen.run("--db", str(db_path), "screenshot", "--view", view, "-o", str(shot))
            if not shot.exists() or shot.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n" or shot.stat().st_size < 10_000:
                raise SmokeFailure(f"screenshot af {view} blev ikke et billede")
            passed(f"screenshot --view {view}")
        log_text = frozen.log_file.read_text(encoding="utf-8", errors="replace")
        if "kunne ikke indlæses" in log_text:
            raise SmokeFailure("En oversættelse mangler i bundtet:\n" + log_text)
        internal = bundle / "_internal"
        for needed in ("resources/translations/shell_da.qm", "resources/fonts/NotoSans-Regular.ttf",
                       "resources/icons/boligsocial.png", "docs/guide/README.md",
                       "boligsocial_desktop/storage/migrations/env.py"):
            if not (internal / needed).exists():
                raise SmokeFailure(f"{needed} mangler i bundtet")
        passed("translations, fonts, icon, guide and migrations are bundled")
        strays = [
            p.relative_to(internal).as_posix()
            for p in internal.rglob("*")
            if p.suffix == ".ts" or (p.suffix == ".qm" and "PySide6" in p.parts and not p.name.endswith("_da.qm"))
        ]
        if strays:
            raise SmokeFailure(f"Bundtet har filer, der skulle være filtreret fra: {', '.join(strays[:5])} …")
        passed("no .ts sources or foreign Qt translations in the bundle")

        frozen.run("--db", str(db_path), "backup")
        listed = frozen.run("--db", str(db_path), "backup", "--list").stdout.split()
        backup_file = next((word for word in listed if word.endswith(".sqlite")), None)
        if backup_file is None:
            raise SmokeFailure("backup --list viste ingen sikkerhedskopi")
        restored = frozen.run("--db", str(db_path), "restore", backup_file).stdout
        if "gendannet" not in restored:
            raise SmokeFailure(f"restore svarede: {restored}")
        passed("backup, backup --list, restore")
        figures["flyer"] = flyer_check(frozen, db_path, help_text)
        passed(f"flyer: {figures['flyer']}")

        link_staff_to_this_user(db_path)
        figures["first_paint_small_seconds"] = first_paint_seconds(frozen, db_path)
        passed("main window painted")
        figures["second_start_seconds"] = round(second_start_raises_first(frozen, db_path), 3)
        passed("second start raises the first window")
        if large_db is not None:
            link_staff_to_this_user(large_db)
            figures["first_paint_large_seconds"] = first_paint_seconds(frozen, large_db)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="test the bundle that is already in --dist")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--large-db", type=Path, help="also time the first paint on this (large demo) database; "
                                                      "a staff member for this user is added to it")
    args = parser.parse_args(argv)
    result: dict = {"platform": sys.platform, "user": getpass.getuser()}
    try:
        if not args.skip_build:
            result["build_seconds"] = round(build(args.dist, args.work), 1)
        bundle = args.dist / APP
        result["bundle_mb"] = round(folder_size_mb(bundle), 1)
        if result["bundle_mb"] > BUNDLE_LIMIT_MB:
            raise SmokeFailure(f"Bundtet fylder {result['bundle_mb']} MB (grænse {BUNDLE_LIMIT_MB} MB)")
        started = time.perf_counter()
        result.update(smoke(bundle, args.large_db))
        result["smoke_seconds"] = round(time.perf_counter() - started, 1)
        slow = result.get("first_paint_large_seconds", result["first_paint_small_seconds"])["median"]
        if slow > FIRST_PAINT_LIMIT_S:
            raise SmokeFailure(f"Hovedvinduet kom først efter {slow} s (grænse {FIRST_PAINT_LIMIT_S} s)")
    except (SmokeFailure, subprocess.SubprocessError, OSError) as exc:
        result["failed"] = str(exc)
        print(json.dumps(result, ensure_ascii=False, indent=2))
        log(f"RØGTEST FEJLEDE: {exc}")
        print(f"smoke: {len(PASSED)} passed, 1 failed", flush=True)
        return 1
    result["ok"] = True
    print(json.dumps(result, ensure_ascii=False, indent=2))
    log("Røgtesten af det frosne program bestod.")
    print(f"smoke: {len(PASSED)} passed, 0 failed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
