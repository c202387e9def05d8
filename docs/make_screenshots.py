"""Make the user guide's pictures with the program's own `screenshot` command, so they never go stale.

    uv run python docs/make_screenshots.py            # all views into docs/guide/billeder/ (and README's two)
    uv run python docs/make_screenshots.py --view calendar
    uv run python docs/make_screenshots.py --set dark   # docs/screenshots/dark/: Windows' dark mode, 1280x720
    uv run python docs/make_screenshots.py --set 200    # docs/screenshots/200/: 200 % scaling on a 2560x1440 screen
    uv run python docs/make_screenshots.py --office-day   # the pictures of "En dag på kontoret"

A fresh small demo database is made in a temporary folder (the demo's "today" is the real
date), and every view is rendered offscreen at 1100x700 through
`boligsocial-desktop screenshot`, exactly as a user would run it. The office day's pictures
(kontordag-*.png) are taken by its GUI test, tests/test_office_day.py, as it drives the real main window
through the day on a fresh database.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
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
README_SHOTS = {"calendar": "calendar.png", "settings": "settings.png"}  # docs/screenshots/, at 1280x800
# The checks of what users see on a laptop: every view at 1280x720, in dark mode and at 200 % scaling.
CHECK_SIZE = "1280x720"
SCREEN_2560 = '{"screens": [{"name": "2560x1440", "x": 0, "y": 0, "width": 2560, "height": 1440, "dpr": 1}]}'


def program(*args: str, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-m", "boligsocial_desktop", *args], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def poster_activity(db_path: str) -> str:
    """The id of the activity running nearest today with the most poster languages (all translated)."""
    from sqlalchemy import select

    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.storage.models import Activity

    db = open_database(path=Path(db_path))
    try:
        with db.reading() as session:
            rows = session.execute(select(Activity.id, Activity.start_date, Activity.end_date, Activity.languages)
                                   .where(Activity.languages.is_not(None), Activity.languages != "da")).all()
    finally:
        db.dispose()
    today = date.today()

    def distance(row) -> int:
        return 0 if row.start_date <= today <= row.end_date else min(abs((row.start_date - today).days),
                                                                      abs((row.end_date - today).days))

    return min(rows, key=lambda row: (distance(row), -len(row.languages.split(",")), row.id)).id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--view", choices=sorted(VIEWS), action="append", help="only this view (repeatable)")
    parser.add_argument("--set", choices=("guide", "dark", "200"), default="guide",
                        help="guide: the guide's pictures; dark: dark mode; 200: 200 %% scaling (both 1280x720)")
    parser.add_argument("--office-day", action="store_true", help="the pictures of the guide's office day")
    args = parser.parse_args(argv)
    if args.office_day:
        return office_day()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="boligsocial-guide-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOLIGSOCIAL_DATA_DIR": str(Path(tmp) / "data")}
        env.pop("BOLIGSOCIAL_DB", None)
        db = str(Path(tmp) / "demo.sqlite")
        program("--db", db, "demo", "--size", "small", env=env)
        extra_for = {"flyers": ("--activity", poster_activity(db))}  # the posters page shows a poster
        if args.set != "guide":
            return check_shots(args.set, args.view or list(VIEWS), db, extra_for, env, Path(tmp))
        for view in args.view or VIEWS:
            target = OUTPUT / VIEWS[view]
            extra = extra_for.get(view, ())
            program("--db", db, "screenshot", "--view", view, "--size", SIZE, "-o", str(target), *extra, env=env)
            print(f"{target.relative_to(ROOT)}")
            if view in README_SHOTS:
                target = ROOT / "docs" / "screenshots" / README_SHOTS[view]
                program("--db", db, "screenshot", "--view", view, "--size", "1280x800", "-o", str(target), env=env)
                print(f"{target.relative_to(ROOT)}")
    return 0


def check_shots(kind: str, views: list[str], db: str, extra_for: dict, env: dict[str, str], tmp: Path) -> int:
    """Every view at 1280x720 in dark mode, or at 200 % on a 2560x1440 screen (a 2560x1440 picture)."""
    folder = ROOT / "docs" / "screenshots" / kind
    folder.mkdir(parents=True, exist_ok=True)
    options: tuple[str, ...] = ()
    if kind == "dark":
        options = ("--dark",)
    else:
        screen = tmp / "screen.json"
        screen.write_text(SCREEN_2560, encoding="utf-8")
        env = {**env, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    for view in views:
        target = folder / f"{view}.png"
        program("--db", db, "screenshot", "--view", view, "--size", CHECK_SIZE, "-o", str(target),
                *options, *extra_for.get(view, ()), env=env)
        print(f"{target.relative_to(ROOT)}")
    return 0


def office_day() -> int:
    """Runs the office day's GUI test offscreen; it saves a picture of each step into the guide's folder."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BOLIGSOCIAL_SHOTS": str(OUTPUT)}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                             "tests/test_office_day.py"], env=env, cwd=ROOT)
    for picture in sorted(OUTPUT.glob("kontordag-*.png")):
        print(picture.relative_to(ROOT))
    return result.returncode


if __name__ == "__main__":
    raise SystemExit(main())
