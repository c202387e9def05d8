"""Import of an existing ambassador list from CSV (Danish Excel: semicolon, UTF-8 with BOM) or XLSX.

All or nothing: every row is checked first; if any row or column is wrong, nothing is saved
and `ImportProblems.problems` lists, in Danish, each wrong row and column.

Columns (header row, any order, case does not matter): navn, afdeling (the estate's name),
adresse, telefon, e-mail, sprog ("somali (modersmål), dansk (godt)" or "so:modersmål, da"),
uddannelse, uddannelsesdato, status, startdato, stopdato, samtykke (ingen, gemme, gemme og dele),
samtykkedato, noter. Only navn and afdeling are required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from ...domain import dates
from ...domain.cpr import cell_holds_cpr
from ...domain.enums import AmbassadorStatus, ConsentScope
from ...domain.languages import LanguageLevel, parse_language, parse_level
from ...errors import AppError, ValidationError
from ...storage.engine import Database
from ...storage.models import Estate
from .. import audit
from ..table_files import (
    find_header_row,
    header_key,
    near_miss_message,
    read_csv,
    read_xlsx,
    resembled_column,
)
from ..validation import strip_unsafe_cells
from .common import LanguageSkill, normalise_email, normalise_name, normalise_phone
from .roster import (
    AmbassadorInput,
    clean_input,
    duplicate_message,
    find_duplicate,
    insert_ambassador,
)

COLUMNS = {
    "navn": "name", "afdeling": "estate", "adresse": "address", "telefon": "phone", "e-mail": "email",
    "sprog": "languages", "uddannelse": "training_course", "uddannelsesdato": "training_date", "status": "status",
    "startdato": "start_date", "stopdato": "stop_date", "samtykke": "consent_scope",
    "samtykkedato": "consent_date", "noter": "notes",
}
ALIASES = {"email": "e-mail", "mail": "e-mail", "tlf": "telefon", "tlf.": "telefon", "telefonnummer": "telefon",
           "boligafdeling": "afdeling", "uddannelsesforløb": "uddannelse", "kursus": "uddannelse",
           "noter": "noter", "note": "noter", "bemærkninger": "noter", "samtykke dato": "samtykkedato",
           "start dato": "startdato", "sprog (niveau)": "sprog"}
FIELD_COLUMN = {field: column for column, field in COLUMNS.items()}
FIELD_COLUMN["consent_date"] = "samtykkedato"
REQUIRED = ("navn", "afdeling")
KNOWN_HEADERS = frozenset(COLUMNS) | frozenset(ALIASES)
MAX_ROWS = 5000


class ImportProblems(AppError):
    """The file was not imported; `problems` names each wrong row and column."""

    def __init__(self, problems: list[str]):
        count = len(problems)
        super().__init__(f"Filen er ikke indlæst, fordi den har {count} fejl. "
                         "Intet er gemt. Ret fejlene i filen og prøv igen.")
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    imported: int
    names: tuple[str, ...]
    warnings: tuple[str, ...] = ()  # e.g. cells whose invisible control characters were removed
    ignored_columns: tuple[str, ...] = ()  # headers of the columns that are not used


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def read_table(path: Path) -> list[list[str | date | int | float]]:
    """The file's rows as text cells (XLSX date and number cells stay dates and numbers), read within the
    limits of `table_files` (rows, columns, file and cell sizes)."""
    if not path.exists():
        raise AppError(f"Filen {path} findes ikke.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return [[cell if isinstance(cell, (date, datetime, int, float)) and not isinstance(cell, bool)
                 else _text(cell) for cell in row]
                for row in read_xlsx(path)]
    if suffix not in (".csv", ".txt"):
        raise AppError(f"Filen {path.name} skal være en CSV- eller XLSX-fil.")
    return [[cell.strip() for cell in row] for row in read_csv(path)]


def _date(value, label: str) -> date | None:
    if _text(value) == "":
        return None
    try:
        return dates.parse_date(value)
    except dates.DateTextError as exc:
        raise ValidationError(f"{exc}. Skriv den som 01-12-2026.", label) from None


def _languages(text: str) -> tuple[LanguageSkill, ...]:
    skills: list[LanguageSkill] = []
    for item in re.split(r"[,/;]", text):
        item = item.strip()
        if not item:
            continue
        match = re.match(r"^(.+?)\s*(?:[:(]\s*([^)]*)\)?)?$", item)
        name, level_text = (match.group(1), match.group(2)) if match else (item, None)
        code = parse_language(name)
        if code is None:
            raise ValidationError(f"sproget »{name.strip()}« kendes ikke. Skriv en sprogkode som »so« eller et "
                                  "dansk navn som »somali«.", "languages")
        level = parse_level(level_text) if level_text else LanguageLevel.GOOD
        if level is None:
            raise ValidationError(f"niveauet »{level_text}« kendes ikke. Skriv modersmål, flydende, godt eller lidt.",
                                  "languages")
        skills.append(LanguageSkill(code, level))
    return tuple(skills)


def _scope(text: str) -> str:
    key = text.strip().lower().replace("_", " ")
    if not key or key in ("nej", "ingen"):
        return ConsentScope.NONE.value
    if key in ("gemme", "ja", "gem"):
        return ConsentScope.STORE.value
    if key in ("gemme og dele", "dele", "gemme og vise", "gem og del"):
        return ConsentScope.STORE_AND_SHARE.value
    raise ValidationError(f"samtykket »{text}« kendes ikke. Skriv ingen, gemme eller gemme og dele.",
                          "consent_scope")


def _status(text: str) -> str:
    key = text.strip().lower() or AmbassadorStatus.ACTIVE.value
    try:
        return AmbassadorStatus(key).value
    except ValueError:
        raise ValidationError(f"status »{text}« kendes ikke. Skriv aktiv, pause eller stoppet.", "status") from None


def import_ambassadors(db: Database, path: Path, *, today: date | None = None,
                       actor_id: str | None = None) -> ImportResult:
    today = today or date.today()
    table = [row for row in read_table(Path(path))]
    while table and not any(_text(c) for c in table[-1]):
        table.pop()
    if not table:
        raise ImportProblems(["Filen er tom. Den første række skal være kolonnenavne, fx navn;afdeling;telefon."])
    warnings = tuple(f"Række {r + 1}, kolonne {c + 1}: usynlige styretegn (NUL eller bidi-tegn) er fjernet."
                     for r, c in strip_unsafe_cells(table))
    cpr_cells = [f"Række {r}, kolonne {c}: cellen ligner et CPR-nummer. Skriv ikke CPR-numre i programmet; "
                 "fjern nummeret i filen."
                 for r, row in enumerate(table, start=1) for c, cell in enumerate(row, start=1) if cell_holds_cpr(cell)]
    if cpr_cells:
        raise ImportProblems(cpr_cells)
    problems: list[str] = []
    headers: list[str | None] = []
    ignored: list[str] = []
    misses: list[tuple[int, str, str]] = []
    header_index = find_header_row(table, KNOWN_HEADERS)
    start = header_index or 0  # title rows and empty rows above the header row are skipped
    for position, cell in enumerate(table[start], start=1):
        name = header_key(cell)
        name = ALIASES.get(name, name)
        if not name:
            headers.append(None)
        elif name in COLUMNS:
            if name in headers:
                problems.append(f"Kolonnen »{name}« står der to gange.")
            headers.append(name)
        else:
            headers.append(None)
            known = resembled_column(cell, KNOWN_HEADERS)
            if known:
                misses.append((position - 1, _text(cell), known))
            ignored.append(_text(cell))
    if misses:
        problems.append(near_miss_message(misses))
    for required in REQUIRED:
        if required not in headers:
            where = (f"Række {start + 1} ligner overskriftsrækken." if header_index is not None else
                     "Ingen af de første 20 rækker ligner en overskriftsrække (fx navn;afdeling;telefon).")
            problems.append(f"Kolonnen »{required}« mangler. {where}")
    if problems:
        raise ImportProblems(problems)
    if len(table) - start - 1 > MAX_ROWS:
        raise ImportProblems([f"Filen har {len(table) - start - 1} rækker; der kan højst indlæses {MAX_ROWS} ad gangen."])

    with db.reading() as session:
        estates = {name.strip().casefold(): estate_id for estate_id, name in session.execute(
            select(Estate.id, Estate.name).where(Estate.deleted_at.is_(None)))}

    cleaned_rows = []
    seen: dict[tuple, int] = {}
    for number, cells in enumerate(table[start + 1:], start=start + 2):
        values = {header: (cells[i] if i < len(cells) else "") for i, header in enumerate(headers) if header}
        if not any(_text(v) for v in values.values()):
            continue
        row_problems: list[str] = []

        def attempt(column: str, fn, *args):
            try:
                return fn(*args)
            except ValidationError as exc:
                row_problems.append(f"Række {number}, kolonne »{column}«: {exc.message}")
                return None

        estate_name = _text(values.get("afdeling"))
        estate_id = estates.get(estate_name.casefold())
        if estate_name and estate_id is None:
            row_problems.append(f"Række {number}, kolonne »afdeling«: afdelingen »{estate_name}« findes ikke. "
                                f"Kendte afdelinger: {', '.join(sorted(n.title() for n in estates)) or 'ingen'}.")
        data = dict(
            name=_text(values.get("navn")), estate_id=estate_id or "",
            address=_text(values.get("adresse")) or None,
            phone=attempt("telefon", normalise_phone, _text(values.get("telefon"))),
            email=attempt("e-mail", normalise_email, _text(values.get("e-mail"))),
            languages=attempt("sprog", _languages, _text(values.get("sprog"))) or (),
            training_course=_text(values.get("uddannelse")) or None,
            training_date=attempt("uddannelsesdato", _date, values.get("uddannelsesdato"), "training_date"),
            status=attempt("status", _status, _text(values.get("status"))) or AmbassadorStatus.ACTIVE.value,
            start_date=attempt("startdato", _date, values.get("startdato"), "start_date"),
            stop_date=attempt("stopdato", _date, values.get("stopdato"), "stop_date"),
            consent_scope=attempt("samtykke", _scope, _text(values.get("samtykke"))) or ConsentScope.NONE.value,
            consent_date=attempt("samtykkedato", _date, values.get("samtykkedato"), "consent_date"),
            notes=_text(values.get("noter")) or None,
        )
        if not row_problems and estate_id:
            try:
                cleaned = clean_input(AmbassadorInput(**data), today)
            except ValidationError as exc:
                column = FIELD_COLUMN.get(exc.field or "", "navn")
                row_problems.append(f"Række {number}, kolonne »{column}«: {exc.message}")
            else:
                key = (normalise_name(cleaned.values["name"]), cleaned.values["phone"] or cleaned.values["estate_id"])
                if key in seen:
                    row_problems.append(f"Række {number}, kolonne »navn«: {cleaned.values['name']} står også i række "
                                        f"{seen[key]} (samme navn og telefon).")
                else:
                    seen[key] = number
                    cleaned_rows.append((number, cleaned))
        elif not data["name"]:
            row_problems.insert(0, f"Række {number}, kolonne »navn«: navnet mangler.")
        if not estate_name:
            row_problems.append(f"Række {number}, kolonne »afdeling«: afdelingen mangler.")
        problems.extend(row_problems)
    if problems:
        raise ImportProblems(problems)
    if not cleaned_rows:
        raise ImportProblems(["Filen har ingen ambassadører under kolonnenavnene."])

    with db.transaction() as session:
        names = []
        for number, cleaned in cleaned_rows:
            duplicate = find_duplicate(session, cleaned.values)
            if duplicate is not None:
                problems.append(f"Række {number}, kolonne »navn«: {duplicate_message(cleaned.values, duplicate)}")
                continue
            insert_ambassador(session, cleaned)
            names.append(cleaned.values["name"])
        if problems:
            raise ImportProblems(problems)  # rolls the whole transaction back
        audit.record(session, "importér ambassadører", staff_id=actor_id, table_name="ambassadors",
                     detail=f"{len(names)} fra {Path(path).name}")
    return ImportResult(len(names), tuple(names), warnings, tuple(ignored))
