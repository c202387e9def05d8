"""The `boligsocial-desktop` command. Without a sub-command it starts the program."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from . import __version__
from .errors import AppError
from .paths import AppPaths, resolve_paths

log = logging.getLogger(__name__)
VIEWS = ("calendar", "ambassadors", "visits", "flyers", "reports", "settings")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boligsocial-desktop",
        description="Boligsocial Desktop: aktiviteter, beboerambassadører, Åben Rådgivning, plakater og rapporter.",
    )
    parser.add_argument("--version", action="version", version=f"Boligsocial Desktop {__version__}")
    parser.add_argument("--db", metavar="STI", help="databasefil (SQLite)")
    parser.add_argument("--data-dir", metavar="MAPPE", help="mappe til database, sikkerhedskopier og log")
    parser.add_argument("--database-url", metavar="URL", help="SQLAlchemy-URL, fx postgresql+psycopg://…")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    demo = commands.add_parser("demo", help="fyld en tom database med demodata")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true", help="også selv om databasen ikke er tom")

    export = commands.add_parser("export", help="eksportér en tabel som JSON eller CSV")
    export.add_argument("table")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("-o", "--output", required=True, type=Path)
    export.add_argument("--staff", metavar="NAVN", help="hvem der eksporterer (kræves for personoplysninger)")

    shot = commands.add_parser("screenshot", help="gem et billede af en visning (til dokumentation og test)")
    shot.add_argument("--view", choices=VIEWS, default="calendar")
    shot.add_argument("-o", "--output", required=True, type=Path)
    shot.add_argument("--size", default="1280x800", help="BxH i pixels")

    program = commands.add_parser("program", help="månedsprogram som PDF-plakat for et hus eller en afdeling")
    scope = program.add_mutually_exclusive_group(required=True)
    scope.add_argument("--house", metavar="ID")
    scope.add_argument("--estate", metavar="ID")
    program.add_argument("--month", required=True, metavar="ÅÅÅÅ-MM")
    program.add_argument("--paper", choices=("A4", "A3"), default="A4")
    program.add_argument("-o", "--output", required=True, type=Path)

    ics = commands.add_parser("ics", help="kalenderfil (.ics) til Outlook for et hus eller en aktivitet")
    ics_scope = ics.add_mutually_exclusive_group(required=True)
    ics_scope.add_argument("--house", metavar="ID")
    ics_scope.add_argument("--activity", metavar="ID")
    ics.add_argument("-o", "--output", required=True, type=Path)

    purge = commands.add_parser("purge", help="slet noter, navngivne sager og koder, hvis slettefrist er nået")
    purge.add_argument("--dry-run", action="store_true", help="vis kun, hvad der ville blive slettet")
    importing = commands.add_parser("import", help="indlæs data fra en CSV- eller Excel-fil")
    importing.add_argument("kind", choices=("ambassadors", "visits"), help="hvad filen indeholder")
    importing.add_argument("file", type=Path, metavar="FIL")
    importing.add_argument("--staff", metavar="NAVN", help="hvem der indlæser (navn eller initialer)")
    importing.add_argument("--office", metavar="KONTOR", help="kontor for rækker uden kolonnen Kontor")

    sync = commands.add_parser("sync", help="del ændringer med de andre pc'er én gang (til planlagte opgaver)")
    sync.add_argument("--share", metavar="MAPPE", help="den delte mappe (ellers den, der er valgt i programmet)")

    bench = commands.add_parser("bench", help="kør hastighedsmålingerne (udviklere)")
    bench.add_argument("bench_args", nargs=argparse.REMAINDER)
    return parser


def open_app_database(args: argparse.Namespace):
    from .storage.engine import open_database

    paths = resolve_paths(args.db, args.data_dir)
    if args.database_url:
        return open_database(url=args.database_url), paths
    return open_database(path=paths.database, backup_dir=paths.backups), paths


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import database_is_empty, generate_demo

    db, _ = open_app_database(args)
    if not args.force and not database_is_empty(db):
        raise AppError("Databasen er ikke tom. Brug --force for at tilføje demodata alligevel.")

    def report(percent: int, text: str) -> None:
        print(f"\r{percent:3d} % {text:<50}", end="", file=sys.stderr, flush=True)

    summary = generate_demo(db, args.size, seed=args.seed, progress=report)
    print(file=sys.stderr)
    print(summary)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .services.data_export import SENSITIVE_TABLES, export_table

    db, _ = open_app_database(args)
    staff = _acting_staff(db, args.staff) if args.table in SENSITIVE_TABLES else None
    count = export_table(db, args.table, args.format, args.output, staff)
    print(f"{count} rækker skrevet til {args.output}")
    return 0


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise AppError(f"Størrelsen »{text}« skal skrives som BREDDExHØJDE, fx 1280x800.") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise AppError("Bredde og højde skal være mellem 200 og 8000 pixels.")
    return width, height


def cmd_screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .screenshot import render_view

    width, height = parse_size(args.size)
    db, _ = open_app_database(args)
    render_view(db, args.view, args.output, width, height)
    print(f"Billede gemt: {args.output}")
    return 0


def parse_month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(part) for part in text.split("-"))
        if not 1 <= month <= 12:
            raise ValueError
    except ValueError:
        raise AppError(f"Måneden »{text}« skal skrives som ÅÅÅÅ-MM, fx 2026-12.") from None
    return year, month


def cmd_program(args: argparse.Namespace) -> int:
    from .services.calendar_files import CalendarFiles

    year, month = parse_month(args.month)
    db, _ = open_app_database(args)
    pdf = CalendarFiles(db).month_programme_pdf(year, month, house_id=args.house, estate_id=args.estate,
                                                paper=args.paper)
    args.output.write_bytes(pdf)
    print(f"Månedsprogram gemt: {args.output}")
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    from .services.calendar_files import CalendarFiles

    db, _ = open_app_database(args)
    files = CalendarFiles(db)
    data, count = files.house_ics(args.house) if args.house else files.activity_ics(args.activity)
    args.output.write_bytes(data)
    print(f"{count} gange skrevet til {args.output}")
    return 0

def _import_ambassadors(args: argparse.Namespace) -> int:
    from .services.ambassadors.importer import ImportProblems, import_ambassadors

    db, _ = open_app_database(args)
    try:
        result = import_ambassadors(db, args.file)
    except ImportProblems as problems:
        for line in problems.problems:
            print(line, file=sys.stderr)
        raise
    print(f"{result.imported} ambassadører indlæst fra {args.file}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from .sync.command import run_once

    db, _ = open_app_database(args)  # migrations run here, before anything is shared
    try:
        return run_once(db, args.share)
    finally:
        db.dispose()


def cmd_bench(args: argparse.Namespace) -> int:
    try:
        from benchmarks.run import main as bench_main
    except ImportError:
        raise AppError("Hastighedsmålingerne findes kun i en udviklerkopi af programmet (mappen benchmarks/).")
    return bench_main(args.bench_args)


def _acting_staff(db, name: str | None):
    import getpass

    from .services.staff import StaffService

    service = StaffService(db)
    if name:
        wanted = name.strip().casefold()
        for member in service.list_staff():
            if wanted in (member.name.casefold(), (member.initials or "").casefold()):
                return member
        raise AppError(f"Medarbejderen »{name}« findes ikke. Skriv navn eller initialer som i Indstillinger.")
    member = service.find_by_os_user(getpass.getuser())
    if member is None:
        raise AppError("Angiv hvem du er med --staff NAVN (navn eller initialer).")
    return member


def cmd_purge(args: argparse.Namespace) -> int:
    from .services.visits.retention import purge

    db, _ = open_app_database(args)
    report = purge(db, None, dry_run=args.dry_run, source="kommandolinje")
    for item in report.items:
        print(item.description)
    print(report.summary())
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    importers = {"ambassadors": _import_ambassadors, "visits": _import_visits}
    return importers[args.kind](args)


def _import_visits(args: argparse.Namespace) -> int:
    from .services.visits.importing import ImportRefused, import_visits

    db, _ = open_app_database(args)
    actor = _acting_staff(db, args.staff)
    office_id = None
    if args.office:
        from .services.places import PlacesService

        matches = [e.id for e in PlacesService(db).estates() if e.name.casefold() == args.office.strip().casefold()]
        if not matches:
            raise AppError(f"Kontoret »{args.office}« findes ikke.")
        office_id = matches[0]
    try:
        result = import_visits(db, args.file, actor, office_id=office_id)
    except ImportRefused as exc:
        print(f"Fejl: {exc.message}", file=sys.stderr)
        return 1
    if result.ignored_columns:
        print("Kolonner, der ikke bruges: " + ", ".join(result.ignored_columns))
    print(f"{result.imported} besøg indlæst fra {args.file}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from .app import run_gui
    from .logsetup import enable_crash_log

    db, paths = open_app_database(args)
    enable_crash_log(paths.logs)
    return run_gui(db)


COMMANDS = {None: cmd_gui, "demo": cmd_demo, "export": cmd_export, "screenshot": cmd_screenshot,
            "program": cmd_program, "ics": cmd_ics, "import": cmd_import, "purge": cmd_purge, "bench": cmd_bench,
            "sync": cmd_sync}


def main(argv: list[str] | None = None) -> int:
    from .logsetup import setup_logging

    args = build_parser().parse_args(argv)
    try:
        setup_logging(resolve_paths(args.db, args.data_dir).logs)
    except OSError:
        logging.getLogger().addHandler(logging.NullHandler())
    try:
        return COMMANDS[args.command](args)
    except AppError as exc:
        print(f"Fejl: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # one line for the user; the traceback goes to the log
        log.exception("Uventet fejl")
        print(f"Uventet fejl: {exc} (detaljer i logfilen)", file=sys.stderr)
        return 2


__all__ = ["main", "AppPaths"]
