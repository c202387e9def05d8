"""The `boligsocial-desktop` command. Without a sub-command it starts the program."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from . import __version__, fileops, start_collector
from .errors import AppError
from .paths import AppPaths, resolve_paths
from .program_mutex import ProgramMutex

log = logging.getLogger(__name__)
ENV_PIN = "BOLIGSOCIAL_PIN"
VIEWS = ("calendar", "ambassadors", "visits", "flyers", "reports", "settings")


def build_parser() -> argparse.ArgumentParser:
    from . import cli_words

    cli_words.install()  # argparse's own words ("usage:", "options", its errors) in Danish
    parser = argparse.ArgumentParser(
        prog="boligsocial-desktop",
        description="Boligsocial Desktop: aktiviteter, beboerambassadører, Åben Rådgivning, plakater og rapporter.",
    )
    parser.add_argument("--version", action="version", version=f"Boligsocial Desktop {__version__}",
                        help=cli_words.VERSION_HELP)
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
    export.add_argument("--pin-file", type=Path, metavar="FIL",
                        help=f"læs medarbejderens pinkode fra filen (ellers {ENV_PIN} eller spørg)")

    shot = commands.add_parser("screenshot", help="gem et billede af en visning (til dokumentation og test)")
    shot.add_argument("--view", choices=VIEWS, default="calendar")
    shot.add_argument("-o", "--output", required=True, type=Path)
    shot.add_argument("--size", default="1280x800", help="BxH i pixels")
    shot.add_argument("--activity", metavar="AKTIVITET",
                      help="plakater: vis plakaten for denne aktivitet (titel, evt. med en dato, eller id)")
    shot.add_argument("--dark", action="store_true", help="mørk tilstand, som i Windows' mørke tema")

    program = commands.add_parser("program", help="månedsprogram som PDF-plakat for et hus eller en afdeling")
    scope = program.add_mutually_exclusive_group(required=True)
    scope.add_argument("--house", metavar="HUS", help="husets navn (eller begyndelsen af det) eller id")
    scope.add_argument("--estate", metavar="AFDELING", help="afdelingens navn eller id")
    program.add_argument("--month", required=True, metavar="ÅÅÅÅ-MM")
    program.add_argument("--paper", choices=("A4", "A3"), default="A4")
    program.add_argument("-o", "--output", required=True, type=Path)

    ics = commands.add_parser("ics", help="kalenderfil (.ics) til Outlook for et hus eller en aktivitet")
    ics_scope = ics.add_mutually_exclusive_group(required=True)
    ics_scope.add_argument("--house", metavar="HUS", help="husets navn (eller begyndelsen af det) eller id")
    ics_scope.add_argument("--activity", metavar="AKTIVITET",
                           help="aktivitetens titel, evt. med en dato (»Loppemarked 12-09-2026«), eller id")
    ics.add_argument("-o", "--output", required=True, type=Path)

    purge = commands.add_parser("purge", help="slet alt, hvis slettefrist er nået: noter, navngivne sager, koder, "
                                              "stoppede ambassadørers kontaktoplysninger og gamle logfiler")
    purge.add_argument("--dry-run", action="store_true", help="vis kun, hvad der ville blive slettet")
    importing = commands.add_parser("import", help="indlæs data fra en CSV- eller Excel-fil")
    importing.add_argument("kind", choices=("ambassadors", "visits"), help="hvad filen indeholder")
    importing.add_argument("file", type=Path, metavar="FIL")
    importing.add_argument("--staff", metavar="NAVN", help="hvem der indlæser (navn eller initialer)")
    importing.add_argument("--pin-file", type=Path, metavar="FIL",
                           help=f"læs medarbejderens pinkode fra filen (ellers {ENV_PIN} eller spørg)")
    importing.add_argument(
        "--office", metavar="KONTOR", help="kontor (afdelingens navn) for rækker uden kolonnen Kontor"
    )
    twice = importing.add_mutually_exclusive_group()
    twice.add_argument("--allow-duplicates", action="store_true",
                       help="indlæs også rækker, der allerede findes eller står to gange i filen")
    twice.add_argument("--skip-duplicates", action="store_true",
                       help="spring rækker over, der allerede findes eller står to gange i filen")

    listing = commands.add_parser("list", help="vis afdelinger, huse, lokaler, aktiviteter eller medarbejdere "
                                               "med deres id'er")
    listing.add_argument("kind", choices=("estates", "houses", "rooms", "activities", "staff"), metavar="HVAD",
                         help="estates, houses, rooms, activities eller staff")

    flyer = commands.add_parser("flyer", help="plakat for en aktivitet som PDF, på dansk og andre sprog")
    flyer.add_argument("activity", metavar="AKTIVITET",
                       help="aktivitetens titel, evt. med en dato (»Loppemarked 12-09-2026«), eller id")
    flyer.add_argument("-o", "--output", required=True, type=Path)
    flyer.add_argument("--lang", metavar="SPROG", help="sprogkoder, fx da,ar,so,tr (standard: dem, der er oversat)")
    flyer.add_argument("--paper", choices=("A4", "A5", "A3"), default="A4")
    flyer.add_argument("--template", metavar="NAVN", default="overskrift", help="overskrift, foto eller kopi")

    report = commands.add_parser("report", help="rapport for en periode som XLSX, CSV eller PDF (små tal skjult)")
    report.add_argument("--from", dest="date_from", required=True, metavar="DATO", help="første dag, fx 01-07-2026")
    report.add_argument("--to", dest="date_to", required=True, metavar="DATO", help="sidste dag, fx 30-09-2026")
    report.add_argument("--estate", action="append", metavar="AFDELING", help="afdeling (navn eller id); kan gentages")
    report.add_argument("--format", choices=("xlsx", "csv", "pdf"), required=True)
    report.add_argument("-o", "--output", required=True, type=Path)

    backup = commands.add_parser("backup", help="tag en sikkerhedskopi af databasen (SQLites backup-API)")
    backup.add_argument("-o", "--output", type=Path, metavar="FIL", help="gem kopien her i stedet for i backup-mappen")
    backup.add_argument("--list", action="store_true", help="vis sikkerhedskopierne i backup-mappen")

    restore = commands.add_parser("restore", help="gendan databasen fra en sikkerhedskopi (den nuværende gemmes)")
    restore.add_argument("file", type=Path, metavar="FIL")
    restore.add_argument("--allow-unsealed", action="store_true",
                         help="administrator: gendan en ukrypteret kopi, selv om kontoret har en kontornøgle "
                              "(skrives i revisionsloggen)")
    restore.add_argument("--staff", metavar="NAVN", help="hvem der gendanner (kræves med --allow-unsealed)")

    key = commands.add_parser("key", help="kontornøglen, der krypterer ændringsfiler og sikkerhedskopier")
    key.add_argument("action", choices=("create", "join", "change-passphrase", "rotate", "expire", "status"),
                     help="create: første pc; join: ny pc; change-passphrase; rotate: ny nøgle; "
                          "expire: slet nøgler for måneder før --before; status")
    key.add_argument("--share", type=Path, metavar="MAPPE", help="den fælles mappe (standard: den i Indstillinger)")
    key.add_argument("--passphrase-file", type=Path, metavar="FIL",
                     help="læs adgangsfrasen fra filen (ellers BOLIGSOCIAL_PASSPHRASE eller spørg)")
    key.add_argument("--new-passphrase-file", type=Path, metavar="FIL",
                     help="den nye adgangsfrase (ellers BOLIGSOCIAL_NEW_PASSPHRASE eller spørg)")
    key.add_argument("--before", metavar="ÅÅÅÅ-MM", help="expire: slet nøglerne for måneder før denne")
    key.add_argument("--forget-old", action="store_true",
                     help="rotate: glem de gamle nøgler straks (gamle filer på andre pc'er kan så ikke læses)")
    key.add_argument("--replace", action="store_true",
                     help="create: erstat en kontornøgle, der allerede findes (filer krypteret med den kan så ikke "
                          "læses; den gamle nøglefil gemmes ved siden af)")
    key.add_argument("--staff", metavar="NAVN",
                     help="hvem der ændrer nøglen (en administrator; ikke til status og join)")
    key.add_argument("--pin-file", type=Path, metavar="FIL",
                     help="læs pinkoden fra filen (ellers BOLIGSOCIAL_PIN eller spørg)")

    migrate_to = commands.add_parser("migrate-to", help="flyt kontorets SQLite-database over på en PostgreSQL-server")
    migrate_to.add_argument("url", metavar="URL", help="PostgreSQL-URL uden adgangskode, fx "
                            "postgresql+psycopg://boligsocial_migrering@server/boligsocial?sslmode=verify-full")
    sync = commands.add_parser("sync", help="del ændringer med de andre pc'er én gang (til planlagte opgaver)")
    sync.add_argument("--share", metavar="MAPPE", help="den delte mappe (ellers den, der er valgt i programmet)")

    participants = commands.add_parser("participants", help="deltagerlister til aktiviteter med tilmelding")
    participant_commands = participants.add_subparsers(dest="participants_command", metavar="HANDLING", required=True)
    template = participant_commands.add_parser("template", help="tom deltagerliste med overskrifter og et eksempel")
    template.add_argument("-o", "--output", required=True, type=Path, help="FIL.csv eller FIL.xlsx")
    participant_import = participant_commands.add_parser("import", help="tilmeld deltagerne i en udfyldt liste")
    participant_import.add_argument("activity", metavar="AKTIVITET", help="aktivitetens id eller navn")
    participant_import.add_argument("file", type=Path, metavar="FIL")
    participant_import.add_argument("--staff", metavar="NAVN", help="hvem der indlæser (navn eller initialer)")
    participant_import.add_argument("--pin-file", type=Path, metavar="FIL",
                                    help=f"læs medarbejderens pinkode fra filen (ellers {ENV_PIN} eller spørg)")

    signups = commands.add_parser("signups", help="tilmeldingsark (PDF) eller, med --month, månedens "
                                                  "afkrydsningsliste med navne")
    signups.add_argument("activity", metavar="AKTIVITET", help="aktivitetens id eller navn")
    signups.add_argument("-o", "--output", required=True, type=Path)
    signups.add_argument("--month", metavar="ÅÅÅÅ-MM", help="afkrydsningsliste for måneden (kun koordinatorer og "
                                                            "administratorer)")
    signups.add_argument("--staff", metavar="NAVN", help="hvem der udskriver (navn eller initialer)")
    signups.add_argument("--pin-file", type=Path, metavar="FIL",
                         help=f"læs medarbejderens pinkode fra filen (ellers {ENV_PIN} eller spørg)")

    bench = commands.add_parser("bench", help="kør hastighedsmålingerne (udviklere)")
    bench.add_argument("bench_args", nargs=argparse.REMAINDER)
    cli_words.name_arguments(parser)
    return parser


def _lookup(db):
    """Names (or ids) on the command line to rows: one resolver for every command (services/lookup.py)."""
    from .services.lookup import Lookup

    return Lookup(db)


def open_app_database(args: argparse.Namespace):
    try:
        return open_database_for(args)
    finally:
        start_collector.resume()


def open_database_for(args: argparse.Namespace):
    from .storage.engine import open_database

    paths = resolve_paths(args.db, args.data_dir)
    if args.database_url:
        return open_database(url=args.database_url), paths

    def pre_upgrade_backup(db_path: Path, revision: str) -> Path:
        from . import backups

        # The office key is looked up only when an upgrade needs the copy: sealed with it, plain without.
        return backups.pre_upgrade_backup(db_path, paths.backups, revision, keys=_office_keys(args))

    return open_database(path=paths.database, backup_dir=paths.backups, pre_upgrade_backup=pre_upgrade_backup), paths


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import database_is_empty, generate_demo

    db, _ = open_app_database(args)
    if not args.force and not database_is_empty(db):
        raise AppError("Databasen er ikke tom. Brug --force for at tilføje demodata alligevel.")

    def report(percent: int, text: str) -> None:
        print(f"\r{percent:3d} % {text:<50}", end="", file=sys.stderr, flush=True)

    summary = generate_demo(db, args.size, seed=args.seed, progress=report)
    print(file=sys.stderr)
    print(summary.in_danish())
    return 0


def checked_output(args: argparse.Namespace) -> Path:
    """The -o file, refused when it is the live database, its journal, the backup folder or the share."""
    from .output_paths import check_output

    return check_output(args.output, resolve_paths(args.db, args.data_dir), share=getattr(args, "share", None))


def cmd_export(args: argparse.Namespace) -> int:
    from .services.data_export import SENSITIVE_TABLES, export_table, needs_staff

    output = checked_output(args)
    db, _ = open_app_database(args)
    staff = None
    if args.staff or args.table in SENSITIVE_TABLES:
        staff = _acting_staff(db, args.staff, args.pin_file)
    elif needs_staff(args.table):
        staff = _acting_staff(db, None, args.pin_file, required=False)
    count = export_table(db, args.table, args.format, output, staff)
    print(f"{count} rækker skrevet til {output}")
    if staff is None and needs_staff(args.table):
        print("Personoplysninger er skjult. Angiv hvem du er med --staff NAVN for at se dem, som din rolle "
              "tillader.", file=sys.stderr)
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
    if not os.environ.get("QT_QPA_PLATFORM"):  # unset or empty: offscreen, no window and no display needed
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .screenshot import render_view

    width, height = parse_size(args.size)
    output = checked_output(args)
    db, _ = open_app_database(args)
    activity_id = _lookup(db).activity(args.activity) if args.activity else None
    render_view(db, args.view, output, width, height, activity_id=activity_id, **({"dark": True} if args.dark else {}))
    print(f"Billede gemt: {output}")
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
    output = checked_output(args)
    db, _ = open_app_database(args)
    lookup = _lookup(db)
    house_id = lookup.house(args.house) if args.house else None
    estate_id = lookup.estate(args.estate) if args.estate else None
    pdf = CalendarFiles(db).month_programme_pdf(year, month, house_id=house_id, estate_id=estate_id,
                                                paper=args.paper)
    _write_output(output, pdf)
    print(f"Månedsprogram gemt: {output}")
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    from .services.calendar_files import CalendarFiles

    output = checked_output(args)
    db, _ = open_app_database(args)
    files, lookup = CalendarFiles(db), _lookup(db)
    if args.house:
        data, count = files.house_ics(lookup.house(args.house))
    else:
        data, count = files.activity_ics(lookup.activity(args.activity))
    _write_output(output, data)
    print(f"{count} gange skrevet til {output}")
    return 0


def _write_output(output: Path, data: bytes) -> None:
    from .services.atomic_write import write_atomically

    write_atomically(output, data)


def cmd_flyer(args: argparse.Namespace) -> int:
    from .domain.languages import language_name
    from .services.flyers import FlyerService

    output = checked_output(args)
    db, _ = open_app_database(args)
    languages = [code for code in args.lang.split(",") if code.strip()] if args.lang else None
    pdf, chosen = FlyerService(db).poster_pdf(_lookup(db).activity(args.activity), languages=languages,
                                              paper=args.paper,
                                              template=args.template)
    try:
        output.write_bytes(pdf)
    except OSError as exc:
        raise AppError(f"Plakaten kan ikke gemmes i {output} ({exc.strerror}).") from exc
    print(f"Plakat gemt: {output} (sprog: {', '.join(language_name(c) for c in ('da', *chosen))})")
    return 0


def _import_ambassadors(args: argparse.Namespace):
    from .services.ambassadors.importer import import_ambassadors

    db, _ = open_app_database(args)
    return lambda policy: import_ambassadors(db, args.file, duplicates=policy)


def cmd_report(args: argparse.Namespace) -> int:
    from .domain.danish import parse_short_date
    from .services.reports import PlanService, ReportChoices, ReportService
    from .services.reports.periods import period_from_dates

    try:
        start, end = parse_short_date(args.date_from), parse_short_date(args.date_to)
    except ValueError as exc:
        raise AppError(str(exc)) from None
    output = checked_output(args)
    db, _ = open_app_database(args)
    service = ReportService(db)
    period = period_from_dates(start, end, [p.span for p in PlanService(db).grant_periods()])
    estate_ids = tuple(_lookup(db).estate(word) for word in args.estate or ())
    service.export(ReportChoices(period, estate_ids), args.format, output)
    print(f"Rapport for {period.label} gemt: {output}")
    return 0


def _local_database(args: argparse.Namespace):
    if args.database_url:
        raise AppError("Sikkerhedskopier laves kun af en lokal SQLite-database, ikke af en database-URL.")
    paths = resolve_paths(args.db, args.data_dir)
    from .settings import Settings

    return paths, Settings().backup_folder(paths.backups)


def _key_location(args: argparse.Namespace):
    from .crypto import KeyLocation
    from .settings import Settings

    paths = resolve_paths(args.db, args.data_dir)
    share = getattr(args, "share", None) or Settings().share_dir
    return KeyLocation(Path(share) if share else None, paths.data_dir)


def _office_keys(args: argparse.Namespace):
    """The office key when the office has one (else None: files stay plain, as before)."""
    from .crypto import load_configured_keys
    from .settings import Settings

    share = getattr(args, "share", None) or Settings().share_dir  # the folder this PC shares through
    return load_configured_keys(resolve_paths(args.db, args.data_dir).data_dir, Path(share) if share else None)


def _read_passphrase(path: Path | None, env: str, prompt: str) -> str:
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise AppError(f"Adgangsfrasen kan ikke læses fra {path} ({exc.strerror}).") from exc
    if os.environ.get(env):
        return os.environ[env]
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    raise AppError(f"Angiv adgangsfrasen med --passphrase-file FIL eller miljøvariablen {env}.")


# What only an administrator may do with the office key, as in the program (services.office_key); `join` needs the
# passphrase itself, and `status` only looks.
KEY_ADMIN_ACTIONS = frozenset({"create", "change-passphrase", "rotate", "expire"})


def _require_key_administrator(args: argparse.Namespace) -> None:
    """An administrator, signed in with the PIN, unless the office has none yet (a new install's first key)."""
    from sqlalchemy import func, select

    from .domain.enums import StaffRole
    from .storage.models import StaffMember

    db, _ = open_app_database(args)
    with db.reading() as session:
        administrators = session.scalar(select(func.count()).select_from(StaffMember).where(
            StaffMember.role == StaffRole.ADMINISTRATOR.value, StaffMember.deleted_at.is_(None)))
    if not administrators:
        return
    actor = _acting_staff(db, args.staff, args.pin_file)
    if actor.role != StaffRole.ADMINISTRATOR:
        raise AppError("Kun en administrator kan oprette, erstatte, forny og udløbe kontornøglen og skifte "
                       "adgangsfrasen. Angiv administratoren med --staff NAVN.")


def cmd_key(args: argparse.Namespace) -> int:
    from . import backups
    from .crypto import (
        ENV_PASSPHRASE,
        KeyringSecretStore,
        OfficeKeys,
        create_office_key,
        join_office_key,
        load_office_keys,
    )

    location, store = _key_location(args), KeyringSecretStore()
    if args.action in KEY_ADMIN_ACTIONS:
        _require_key_administrator(args)

    def passphrase() -> str:
        return _read_passphrase(args.passphrase_file, ENV_PASSPHRASE, "Adgangsfrase: ")

    keys: OfficeKeys | None
    if args.action == "create":
        keys = create_office_key(location, passphrase(), store, replace=args.replace)
        print(f"Kontornøglen er lavet og gemt i {location.share_file} (kun beskyttet af adgangsfrasen) og i "
              "denne pc's nøglering. Skriv adgangsfrasen ned, og gem den et sikkert sted.")
    elif args.action == "join":
        keys = join_office_key(location, passphrase(), store)
        print("Denne pc har nu kontornøglen og kan synkronisere og tage krypterede sikkerhedskopier.")
    else:
        keys = load_office_keys(location, store)
        if keys is None:
            raise AppError("Kontoret har ingen kontornøgle endnu. Den første pc laver den med »key create«.")
    if args.action == "change-passphrase":
        new = _read_passphrase(args.new_passphrase_file, "BOLIGSOCIAL_NEW_PASSPHRASE", "Ny adgangsfrase: ")
        keys.change_passphrase(new)
        print("Adgangsfrasen er skiftet. Pc'er, der allerede har nøglen, arbejder videre som før.")
    elif args.action == "rotate":
        rotated = keys.rotate(passphrase(), forget_old=False)
        _, folder = _local_database(args)
        done = backups.reseal_backups(folder, rotated)
        if args.forget_old:
            rotated.forget_retired()
        print(f"Ny kontornøgle lavet; {len(done)} sikkerhedskopier er krypteret igen med den. "
              "Hver af de andre pc'er skal tilsluttes igen med adgangsfrasen (»key join«).")
    elif args.action == "expire":
        if not args.before:
            raise AppError("Angiv med --before ÅÅÅÅ-MM, hvilken måned der er den første, der skal kunne læses.")
        year, month = parse_month(args.before)
        gone = keys.destroy_before(f"{year:04d}-{month:02d}")
        print(f"Nøglerne for {', '.join(gone)} er slettet; filer fra de måneder kan ikke læses mere."
              if gone else "Der var ingen nøgler fra før den måned.")
    elif args.action == "status":
        info = keys.status()
        print(f"Kontor: {info['office_id']}\nNøgle: {info['master_id']}\nNøglefil: {info['share_file']}\n"
              f"Måneder med nøgle: {', '.join(info['periods'])}\nGamle nøgler (kun læsning): {info['retired']}")
    for warning in keys.warnings:
        print(f"Advarsel: {warning}", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from . import backups
    from .storage.engine import check_sqlite_file

    paths, folder = _local_database(args)
    if args.output:
        from .output_paths import check_output

        args.output = check_output(args.output, paths, backup_folder=folder)
    if args.list:
        for info in backups.list_backups(folder):
            print(f"{info.taken_at:%d-%m-%Y %H:%M:%S}  {info.size_bytes / 1_000_000:8.1f} MB  {info.path}")
        return 0
    if not paths.database.is_file():
        raise AppError(f"Der er ingen database i {paths.database}.")
    check_sqlite_file(paths.database)
    keys = _office_keys(args)
    if args.output and keys is not None:
        made = backups.make_backup(paths.database, args.output.parent, keys=keys)
        made = fileops.replace(made, args.output)
    elif args.output:
        made = backups.checked_copy(paths.database, args.output)
    else:
        from .settings import Settings

        settings = Settings()
        made = backups.make_backup(paths.database, folder, keys=keys)
        backups.rotate(folder, settings.keep_daily, settings.keep_weekly, settings.keep_monthly)
    print(f"Sikkerhedskopi gemt: {made}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from . import backups
    from .crypto import read_key_file
    from .single_instance import SingleInstance

    paths, folder = _local_database(args)
    try:
        office_has_key = read_key_file(_key_location(args)) is not None
    except AppError:
        office_has_key = True  # a key file that can't be read is still a key file
    unsealed = Path(args.file).is_file() and not backups.is_sealed_backup(Path(args.file))
    administrator = None
    if office_has_key and unsealed:
        if not args.allow_unsealed:
            backups.refuse_unsealed(args.file, office_has_key)
        administrator = _administrator_for_unsealed_restore(args)
    instance = SingleInstance(str(paths.database.resolve()), paths.data_dir)
    if not instance.acquire(notify=False):
        raise AppError("Boligsocial Desktop kører på denne database. Luk programmet, og prøv igen.")
    try:
        try:
            keys = _office_keys(args)
        except AppError:
            if not unsealed:
                raise
            keys = None  # a plain backup on a PC that has not joined yet (refused above unless allowed)
        result = backups.restore(args.file, paths.database, folder, keys=keys, office_has_key=office_has_key,
                                 allow_unsealed=administrator is not None)
        from .restore_audit import record_restore

        record_restore(lambda: open_app_database(args)[0], result,
                       staff_id=administrator.id if administrator is not None else None, source="kommandolinje")
    finally:
        instance.release()
    if administrator is not None:
        _audit_unsealed_restore(args, administrator, result.restored_from)
    print(f"Databasen er gendannet fra {result.restored_from}.")
    if result.kept_aside:
        print(f"Den tidligere database er gemt som {result.kept_aside}.")
    return 0


def _administrator_for_unsealed_restore(args: argparse.Namespace):
    """Who restores a plain backup in an office with a key: an administrator of the current database."""
    from .domain.enums import StaffRole

    db, _ = open_app_database(args)
    try:
        actor = _acting_staff(db, args.staff)
    finally:
        db.dispose()
    if actor.role != StaffRole.ADMINISTRATOR:
        raise AppError("Kun en administrator kan gendanne en ukrypteret sikkerhedskopi (--allow-unsealed).")
    return actor


def _audit_unsealed_restore(args: argparse.Namespace, actor, restored_from: Path) -> None:
    """The exception goes in the restored database's audit log (and this PC's log)."""
    from .services import audit
    from .storage.models import StaffMember

    log.warning("Ukrypteret sikkerhedskopi gendannet med --allow-unsealed af %s: %s", actor.id, restored_from.name)
    db, _ = open_app_database(args)
    try:
        with db.transaction() as session:
            known = session.get(StaffMember, actor.id) is not None
            audit.record(session, "gendan ukrypteret sikkerhedskopi", staff_id=actor.id if known else None,
                         detail=f"{restored_from.name}, --allow-unsealed af {actor.initials or actor.name}")
    finally:
        db.dispose()


def saved_share_folder() -> str | None:
    """The folder chosen under Indstillinger on this PC (its local settings file, never the registry)."""
    from .settings import Settings

    value = Settings().share_dir
    return str(value) if value else None


def cmd_sync(args: argparse.Namespace) -> int:
    from .sync.command import run_once

    db, _ = open_app_database(args)  # migrations run here, before anything is shared
    try:
        return run_once(db, args.share, saved_share_folder())
    finally:
        db.dispose()


def cmd_bench(args: argparse.Namespace) -> int:
    try:
        from benchmarks.run import main as bench_main
    except ImportError:
        raise AppError(
            "Hastighedsmålingerne findes kun i en udviklerkopi af programmet (mappen benchmarks/)."
        ) from None
    return bench_main(args.bench_args)


def _acting_staff(db, name: str | None, pin_file: Path | None = None, *, required: bool = True):
    """The staff member named by --staff (else this Windows user's), signed in as in the program.

    A staff member with a PIN must give it: from --pin-file, from BOLIGSOCIAL_PIN (scheduled
    tasks), or typed when the command runs in a window. The check is the program's own
    (StaffService.sign_in), and a wrong PIN is audited there too.
    """
    import getpass

    from .services.staff import PinRequired, StaffService

    service = StaffService(db)
    member = None
    if name:
        member = service.get(_lookup(db).staff(name))
    else:
        member = service.find_by_os_user(getpass.getuser())
        if member is None:
            if not required:
                return None
            raise AppError("Angiv hvem du er med --staff NAVN (navn eller initialer).")
    pin = _read_pin(member.name, pin_file) if member.has_pin else None
    try:
        return service.sign_in(member.id, pin)
    except PinRequired:
        raise AppError(f"{member.name} er rådgiver eller administrator og skal have en pinkode. Vælg den i "
                       "programmet (Filer › Skift bruger) og kør så kommandoen igen.") from None


def _read_pin(name: str, path: Path | None) -> str:
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise AppError(f"Pinkoden kan ikke læses fra {path} ({exc.strerror}).") from exc
    if os.environ.get(ENV_PIN):
        return os.environ[ENV_PIN].strip()
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Pinkode for {name}: ")
    raise AppError(f"{name} har en pinkode. Angiv den med --pin-file FIL eller miljøvariablen {ENV_PIN}, "
                   "eller kør kommandoen i et vindue, så den kan spørge om den.")


def cmd_purge(args: argparse.Namespace) -> int:
    from .services.deadlines import apply_deadlines

    db, paths = open_app_database(args)
    try:
        report = apply_deadlines(db, dry_run=args.dry_run, log_dir=paths.logs, source="kommandolinje")
    finally:
        db.dispose()
    for line in report.details:
        print(line)
    for line in report.messages:
        print(line)
    if report.logs_removed:
        print(f"{len(report.logs_removed)} logfiler ældre end fristen for noter er slettet.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Both importers print the same summary the program's import page shows (services.importing.summary)."""
    from .services.importing import DuplicatePolicy, ImportRefused, summary_lines

    importers = {"ambassadors": _import_ambassadors, "visits": _import_visits}
    run = importers[args.kind](args)
    policy = (DuplicatePolicy.ALLOW if args.allow_duplicates else
              DuplicatePolicy.SKIP if args.skip_duplicates else DuplicatePolicy.REFUSE)
    try:
        result = run(policy)
    except ImportRefused as exc:
        lines = summary_lines(exc.result)
        print(f"Fejl: {lines[0]}", file=sys.stderr)
        for line in lines[1:]:
            print(line, file=sys.stderr)
        if exc.result.only_duplicates:
            print("Brug --allow-duplicates for at indlæse dem alligevel, eller --skip-duplicates for kun at "
                  "indlæse de andre rækker.", file=sys.stderr)
        return 1
    for line in summary_lines(result):
        print(line)
    return 0


def _import_visits(args: argparse.Namespace):
    from .services.visits.importing import import_visits

    db, _ = open_app_database(args)
    actor = _acting_staff(db, args.staff, args.pin_file)
    office_id = _lookup(db).estate(args.office) if args.office else None
    return lambda policy: import_visits(db, args.file, actor, office_id=office_id, duplicates=policy)


def cmd_participants(args: argparse.Namespace) -> int:
    from .services.signups.importing import ParticipantImportRefused, import_participants, template_bytes

    if args.participants_command == "template":
        output = checked_output(args)
        _write_output(output, template_bytes(output.suffix.casefold()))
        print(f"Skabelon gemt: {output}")
        return 0
    db, _ = open_app_database(args)
    actor = _acting_staff(db, args.staff, args.pin_file)
    try:
        result = import_participants(db, _lookup(db).activity(args.activity), args.file, actor)
    except ParticipantImportRefused as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        raise
    for line in result.notes():
        print(line)
    print(f"{result.signed_up} tilmeldt, {result.waiting} på venteliste, {result.skipped} var der i forvejen "
          f"(fra {args.file})")
    return 0


def cmd_signups(args: argparse.Namespace) -> int:
    from .services.signups.printouts import SignupPrintouts

    output = checked_output(args)
    db, _ = open_app_database(args)
    actor = _acting_staff(db, args.staff, args.pin_file)
    activity_id = _lookup(db).activity(args.activity)
    printouts = SignupPrintouts(db)
    if args.month:
        year, month = parse_month(args.month)
        _write_output(output, printouts.month_tick_sheet_pdf(activity_id, year, month, actor))
        print(f"Afkrydsningsliste gemt: {output} (indeholder navne: opbevar den forsvarligt)")
    else:
        _write_output(output, printouts.signup_sheet_pdf(activity_id, actor))
        print(f"Tilmeldingsark gemt: {output}")
    return 0


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from .services.migrate_to import migrate_to

    if args.database_url:
        raise AppError(
            "migrate-to flytter en SQLite-database; vælg den med --db eller --data-dir, ikke --database-url."
        )
    paths = resolve_paths(args.db, args.data_dir)
    if not paths.database.exists():
        raise AppError(f"Databasen {paths.database} findes ikke; intet er flyttet.")
    db, _ = open_app_database(args)

    def report(percent: int, text: str) -> None:
        print(f"\r{percent:3d} % {text:<50}", end="", file=sys.stderr, flush=True)

    try:
        result = migrate_to(db, args.url, progress=report)
    finally:
        print(file=sys.stderr)
        db.dispose()
    for check in result.tables:
        print(f"{check.table:<28} {check.rows:>8} rækker  sha256 {check.checksum[:16]}")
    print(f"{result.rows} rækker i {len(result.tables)} tabeller flyttet og kontrolleret (antal og kontrolsum).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """The names the other commands take, with their ids and what tells equal names apart."""
    db, _ = open_app_database(args)
    try:
        entries = _lookup(db).entries(args.kind)
    finally:
        db.dispose()
    if not entries:
        print("Der er ingen endnu.")
    width = max((len(e.name) for e in entries), default=0)
    for entry in entries:
        print(f"{entry.id}  {entry.name:<{width}}  {entry.detail}".rstrip())
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from .app import run_gui

    paths = resolve_paths(args.db, args.data_dir)
    key = args.database_url or str(paths.database.resolve())
    return run_gui(lambda: open_database_for(args)[0], paths=paths, instance_key=key)  # collects after the paint


COMMANDS = {None: cmd_gui, "demo": cmd_demo, "export": cmd_export, "screenshot": cmd_screenshot,
            "program": cmd_program, "ics": cmd_ics, "import": cmd_import, "purge": cmd_purge,
            "flyer": cmd_flyer, "report": cmd_report, "backup": cmd_backup, "restore": cmd_restore,
            "key": cmd_key, "migrate-to": cmd_migrate_to, "sync": cmd_sync, "bench": cmd_bench, "list": cmd_list,
            "participants": cmd_participants, "signups": cmd_signups}


def start_problem(args: argparse.Namespace, paths: AppPaths) -> AppError | None:
    """What stops every start before anything else: a SQLite database on a network drive, or a data folder
    this user cannot create or write."""
    from .paths import check_data_folder, check_database_location

    try:
        if not args.database_url:
            check_database_location(paths.database)
        check_data_folder(paths.data_dir)
    except AppError as exc:
        return exc
    return None


def start_logging(paths: AppPaths | None) -> Path | None:
    """Log to the data folder; when that cannot be used (`paths` None), to %TEMP%\\BoligsocialDesktop."""
    from .logsetup import setup_logging
    from .paths import temp_log_dir

    for folder in ([paths.logs] if paths is not None else []) + [temp_log_dir()]:
        try:
            return setup_logging(folder)
        except OSError:
            continue
    logging.getLogger().addHandler(logging.NullHandler())
    return None


def _gui_after_start_problem(args: argparse.Namespace, problem: AppError, log_file: Path | None) -> int:
    """The windowed program: explain in a message box; a network database gets the share offered instead."""
    from .app import offer_share_instead, show_start_problem
    from .paths import DB_FILENAME, NetworkDatabaseError, default_data_dir

    if isinstance(problem, NetworkDatabaseError):
        local = AppPaths(default_data_dir(), default_data_dir() / DB_FILENAME)
        if start_problem(argparse.Namespace(database_url=None), local) is None:  # else no local place to offer
            if not offer_share_instead(problem, local.database):
                return 1
            args.db, args.data_dir = str(local.database), str(local.data_dir)
            start_logging(local)
            return cmd_gui(args)
    show_start_problem(problem.message, log_file)
    return 1


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.db, args.data_dir)
    problem = start_problem(args, paths)
    log_file = start_logging(paths if problem is None else None)
    if problem is not None:
        log.error("Programmet kan ikke starte: %s", problem.message)
    if argv is None and args.command != "bench":  # a process of its own, just started (not the benchmarks)
        start_collector.pause()
    try:
        with ProgramMutex():  # the installer waits while any run of the program holds it
            if problem is not None:
                if args.command is None:
                    return _gui_after_start_problem(args, problem, log_file)
                raise problem
            return COMMANDS[args.command](args)
    except AppError as exc:
        print(f"Fejl: {exc.message}", file=sys.stderr)
        if args.command is None:
            _tell_the_window_user(exc.message, log_file)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # one line for the user; the traceback goes to the log
        log.exception("Uventet fejl")
        print(f"Uventet fejl: {exc} (detaljer i logfilen)", file=sys.stderr)
        if args.command is None:
            _tell_the_window_user(f"Programmet kunne ikke starte: {exc}", log_file)
        return 2
    finally:
        start_collector.resume()  # a command that never opened the database


def _tell_the_window_user(message: str, log_file: Path | None) -> None:
    """The windowed program has no console for the lines above: say it in a message box too."""
    try:
        from .app import show_start_problem

        show_start_problem(message, log_file)
    except Exception:  # Qt itself cannot start: the log (and the console, if any) is all there is
        log.exception("Fejlen kunne ikke vises")


__all__ = ["AppPaths", "main"]
