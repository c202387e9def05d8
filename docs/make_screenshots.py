"""Make the user guide's pictures with the program's own `screenshot` command, so they never go stale.

    uv run python docs/make_screenshots.py            # all views into docs/guide/billeder/
    uv run python docs/make_screenshots.py --view calendar

A fresh small demo database is made in a temporary folder (the demo's "today" is the real
date), and every view is rendered offscreen at 1100x700 through
`boligsocial-desktop screenshot`, exactly as a user would run it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "guide" / "billeder"
VIEWS = {  # view -> file name used by the guide pages
    "calendar": "kalender.png",
    "ambassadors": "beboerambassadoerer.png",
    "visits": "aaben-raadgivning.png",
    "flyers": "plakater.png",
    "reports": "rapporter.png",
    "settings": "indstillinger.png",
}
SIZE = "1100x700"


def program(*args: str, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "boligsocial_desktop", *args], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--view", choices=sorted(VIEWS), action="append", help="only this view (repeatable)")
    args = parser.parse_args(argv)
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="boligsocial-guide-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOLIGSOCIAL_DATA_DIR": str(Path(tmp) / "data")}
        env.pop("BOLIGSOCIAL_DB", None)
        db = str(Path(tmp) / "demo.sqlite")
        program("--db", db, "demo", "--size", "small", env=env)
        for view in args.view or VIEWS:
            target = OUTPUT / VIEWS[view]
            program("--db", db, "screenshot", "--view", view, "--size", SIZE, "-o", str(target), env=env)
            print(f"{target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
