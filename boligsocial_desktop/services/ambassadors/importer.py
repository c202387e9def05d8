"""Import of an existing ambassador list from CSV (Danish Excel: semicolon, UTF-8 with BOM) or XLSX.

The shared pipeline (`services.importing`) reads the file and collects every problem; this module
declares the columns and turns one row into an ambassador. All or nothing: if any row is wrong,
nothing is saved. A row with the same name and phone as another row or a stored ambassador (same
name in the same estate when there is no phone) is a duplicate, imported only when the user says so.

Columns (header row, any order, case does not matter): navn, afdeling (the estate's name),
adresse, telefon, e-mail, sprog ("somali (modersmål), dansk (godt)" or "so:modersmål, da"),
uddannelse, uddannelsesdato, status, startdato, stopdato, samtykke (ingen, gemme, gemme og dele),
samtykkedato, noter. Only navn and afdeling are required.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import dates
from ...domain.enums import AmbassadorStatus, ConsentScope
from ...domain.languages import LanguageLevel, parse_language, parse_level
from ...errors import ValidationError
from ...storage.engine import Database
from ...storage.models import Estate
from .. import audit
from ..importing import Column, DuplicatePolicy, ImportResult, Row, TableImport, cell_text
from ..importing.pipeline import Progress
from .common import LanguageSkill, normalise_email, normalise_name, normalise_phone
from .roster import AmbassadorInput, Cleaned, clean_input, find_duplicate, insert_ambassador

COLUMNS = (
    Column("name", "navn", required=True),
    Column("estate", "afdeling", ("boligafdeling",), required=True),
    Column("address", "adresse"),
    Column("phone", "telefon", ("tlf", "tlf.", "telefonnummer")),
    Column("email", "e-mail", ("email", "mail")),
    Column("languages", "sprog", ("sprog (niveau)",)),
    Column("training_course", "uddannelse", ("uddannelsesforløb", "kursus")),
    Column("training_date", "uddannelsesdato"),
    Column("status", "status"),
    Column("start_date", "startdato", ("start dato",)),
    Column("stop_date", "stopdato"),
    Column("consent_scope", "samtykke"),
    Column("consent_date", "samtykkedato", ("samtykke dato",)),
    Column("notes", "noter", ("note", "bemærkninger")),
)
MAX_ROWS = 5000


def _date(value: Any, label: str) -> date | None:
    if cell_text(value) == "":
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


class AmbassadorImport(TableImport):
    kind = "ambassadører"
    kind_one = "ambassadør"
    columns = COLUMNS
    example_header = "navn;afdeling;telefon"
    duplicate_column = "name"
    max_rows = MAX_ROWS

    def __init__(self, today: date, actor_id: str | None):
        self.today = today
        self.actor_id = actor_id
        self.estates: dict[str, str] = {}

    def prepare(self, session: Session, row_fields: set[str], rows: list[Row]) -> None:
        self.estates = {name.strip().casefold(): estate_id for estate_id, name in session.execute(
            select(Estate.id, Estate.name).where(Estate.deleted_at.is_(None)))}

    def check_row(self, row: Row) -> Cleaned | None:
        name = row.text("name")
        if not name:
            row.problem("name", "navnet mangler.")
        estate_name = row.text("estate")
        estate_id = self.estates.get(estate_name.casefold())
        if not estate_name:
            row.problem("estate", "afdelingen mangler.")
        elif estate_id is None:
            known = ", ".join(sorted(n.title() for n in self.estates)) or "ingen"
            row.problem("estate", f"afdelingen »{estate_name}« findes ikke. Kendte afdelinger: {known}.")
        data = AmbassadorInput(
            name=name, estate_id=estate_id or "?",  # a missing estate is listed above; check the rest too
            address=row.text("address") or None,
            phone=row.check("phone", normalise_phone, row.text("phone")),
            email=row.check("email", normalise_email, row.text("email")),
            languages=row.check("languages", _languages, row.text("languages")) or (),
            training_course=row.text("training_course") or None,
            training_date=row.check("training_date", _date, row.value("training_date"), "training_date"),
            status=row.check("status", _status, row.text("status")) or AmbassadorStatus.ACTIVE.value,
            start_date=row.check("start_date", _date, row.value("start_date"), "start_date"),
            stop_date=row.check("stop_date", _date, row.value("stop_date"), "stop_date"),
            consent_scope=row.check("consent_scope", _scope, row.text("consent_scope")) or ConsentScope.NONE.value,
            consent_date=row.check("consent_date", _date, row.value("consent_date"), "consent_date"),
            notes=row.text("notes") or None,
        )
        try:  # the rules between fields (consent, dates), also when a field has a problem of its own
            cleaned = clean_input(data, self.today)
        except ValidationError as exc:
            row.problem(_field(exc.field), exc.message, unless_listed=True)
            return None
        return None if row.problems else cleaned

    def duplicate_key(self, record: Cleaned) -> tuple[str, Any]:
        return normalise_name(record.values["name"]), record.values["phone"] or record.values["estate_id"]

    def describe(self, record: Cleaned) -> str:
        phone = record.values["phone"]
        return f"{record.values['name']}, telefon {phone}" if phone else record.values["name"]

    def existing_duplicate(self, session: Session, record: Cleaned) -> str | None:
        existing = find_duplicate(session, record.values)
        if existing is None:
            return None
        estate = session.get(Estate, existing.estate_id)
        where = f" i {estate.name}" if estate is not None else ""
        return (
            f"ambassadøren {existing.name}{where}, oprettet {existing.created_at.astimezone(dates.COPENHAGEN):%d-%m-%Y}"
        )

    def write(self, session: Session, record: Cleaned) -> None:
        insert_ambassador(session, record, allow_duplicate=self.duplicates is DuplicatePolicy.ALLOW)

    def finish(self, session: Session, count: int, file_name: str) -> None:
        audit.record(session, "importér ambassadører", staff_id=self.actor_id, table_name="ambassadors",
                     detail=f"{count} fra {file_name}")


_FIELDS = {column.field for column in COLUMNS}


def _field(name: str | None) -> str:
    """The column of a field clean_input names (its estate_id is the afdeling column; unknown: navn)."""
    name = "estate" if name == "estate_id" else name
    return name if name in _FIELDS else "name"


def import_ambassadors(db: Database, path: Path, *, today: date | None = None, actor_id: str | None = None,
                       duplicates: DuplicatePolicy = DuplicatePolicy.REFUSE,
                       progress: Progress | None = None) -> ImportResult:
    """Import the file (see the module's docstring); raises ImportRefused with every problem, nothing saved."""
    return AmbassadorImport(today or date.today(), actor_id).run(db, path, duplicates=duplicates, progress=progress)
