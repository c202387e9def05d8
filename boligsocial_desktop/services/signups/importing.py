"""The participant list as a file: an empty template, and the import of a filled one.

Small and self-contained on purpose, so it can move into the shared import pipeline later:
the file is read and decoded by services.table_files (code pages, separators, header rows
below titles, limits), each row goes through the same checks as the form
(services.signups.common), and the rows are signed up in one transaction: all or nothing.
A row already signed up to the activity (same name, household and age band), or the same row
twice in the file, is skipped and counted, so last month's list can be imported again.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import dates
from ...domain.cpr import cell_holds_cpr
from ...domain.enums import ConsentKind, Gender, SignupState
from ...domain.vocabulary import AGE_BANDS
from ...errors import AppError, ValidationError
from ...storage.engine import Database
from ...storage.models import Participant, Signup
from ...storage.types import utcnow
from .. import audit
from ..importing.pipeline import CPR_MESSAGE, Problem
from ..spreadsheet_cells import csv_row
from ..staff import StaffInfo
from ..table_files import column_letter, find_header_row, header_key, near_miss_message, read_rows, resembled_column
from ..validation import strip_unsafe_cells
from .common import CheckedParticipant, ParticipantInput, check_participant, display_name, require_staff
from .roster import _activity, add_participant, place

HEADERS = ("Navn", "Aldersgruppe", "Køn", "Sprog", "Husstand eller lejlighed", "Telefon", "E-mail", "Samtykke",
           "Samtykkedato")
FIELDS = ("name", "age_band", "gender", "language", "household", "phone", "email", "consent_kind", "consent_date")
EXAMPLE = ("Amira H.", "6–12", "pige", "somali", "Familien H., lejl. 12", "43 59 10 00", "", "skriftligt",
           "01-09-2026")
ALIASES = {"fornavn": "navn", "alder": "aldersgruppe", "husstand": "husstand eller lejlighed",
           "lejlighed": "husstand eller lejlighed", "tlf": "telefon", "tlf.": "telefon", "email": "e-mail",
           "mail": "e-mail", "samtykke dato": "samtykkedato"}
COLUMN_FIELD = {header_key(h): f for h, f in zip(HEADERS, FIELDS, strict=True)}
KNOWN = frozenset(COLUMN_FIELD) | frozenset(ALIASES)
GENDER_WORDS = {"k": Gender.FEMALE, "kvinde": Gender.FEMALE, "pige": Gender.FEMALE, "m": Gender.MALE,
                "mand": Gender.MALE, "dreng": Gender.MALE, "andet": Gender.OTHER, "ukendt": Gender.UNKNOWN,
                "": Gender.UNKNOWN}


class ParticipantImportRefused(AppError):
    """Nothing was imported; `problems` names each wrong row and column in Danish."""

    def __init__(self, problems: list[str]):
        super().__init__(f"Filen er ikke indlæst, fordi den har {len(problems)} fejl. Intet er gemt. "
                         "Ret fejlene i filen og prøv igen.")
        self.problems = problems


@dataclass(frozen=True)
class ParticipantImportResult:
    signed_up: int
    waiting: int
    skipped: int
    ignored_columns: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def notes(self) -> list[str]:
        """The lines the command line and the dialog show under the counts: unused columns, skipped rows."""
        unused = ["Kolonner, der ikke bruges: " + ", ".join(self.ignored_columns)] if self.ignored_columns else []
        return unused + list(self.warnings)


def template_bytes(suffix: str) -> bytes:
    """The empty list with the Danish headers and one example row, as CSV (Danish Excel) or XLSX."""
    if suffix == ".csv":
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(csv_row(HEADERS))
        writer.writerow(csv_row(EXAMPLE))
        return out.getvalue().encode("utf-8-sig")
    if suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook()
        sheet = book.active
        sheet.title = "Deltagere"
        sheet.append(list(HEADERS))
        sheet.append(list(EXAMPLE))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for column, width in zip("ABCDEFGHI", (22, 14, 10, 14, 26, 16, 26, 14, 14), strict=True):
            sheet.column_dimensions[column].width = width
        sheet.freeze_panes = "A2"
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
    raise ValidationError("Skabelonen kan gemmes som .csv eller .xlsx.", "output")


def age_band(value: object) -> str | None:
    """»6–12«, »6-12«, »6 - 12 år« or an age in years (»8«) as one of the age bands."""
    text = str(value if value is not None else "").strip().removesuffix("år").strip()
    if not text:
        return None
    normal = text.replace(" ", "").replace("-", "–").replace("—", "–")
    if normal in AGE_BANDS:
        return normal
    try:
        years = int(float(text.replace(",", ".")))
    except (ValueError, OverflowError):  # not a number, or »1e999« (infinity)
        return None
    for band in AGE_BANDS:
        low, _, high = band.replace("+", "–200").partition("–")
        if int(low) <= years <= int(high):
            return band
    return None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number stored as a number in Excel
    return str(value).strip()


def _row_input(cells: dict[str, object], today: date) -> ParticipantInput:
    band = age_band(cells.get("age_band"))
    if band is None:
        raise ValidationError(f"Aldersgruppen »{_text(cells.get('age_band'))}« kendes ikke. Skriv en af "
                              f"{', '.join(AGE_BANDS)} eller en alder i år.", "age_band")
    gender = GENDER_WORDS.get(_text(cells.get("gender")).casefold())
    if gender is None:
        raise ValidationError(f"Køn »{_text(cells.get('gender'))}« kendes ikke. Skriv kvinde, mand, pige, dreng, "
                              "andet eller ukendt.", "gender")
    consent_text = _text(cells.get("consent_kind")).casefold()
    consent = {"ja": ConsentKind.ORAL.value, "x": ConsentKind.ORAL.value}.get(consent_text, consent_text) or None
    consent_day = None
    if cells.get("consent_date") not in (None, ""):
        try:
            consent_day = dates.parse_date(cells["consent_date"])
        except ValueError:
            raise ValidationError(f"Samtykkedatoen »{_text(cells['consent_date'])}« er ikke en dato.",
                                  "consent_date") from None
    return ParticipantInput(_text(cells.get("name")), band, gender.value, _text(cells.get("language")) or None,
                            _text(cells.get("household")) or None, _text(cells.get("phone")) or None,
                            _text(cells.get("email")) or None, consent, consent_day)


# A harmless value per field: a wrong cell is replaced by it so the row's other cells are checked too.
_HARMLESS = {"name": "X", "age_band": "6–12", "gender": "", "language": None, "household": None, "phone": None,
             "email": None, "consent_kind": ConsentKind.ORAL.value, "consent_date": None}
_ERROR_FIELD = {"consent": "consent_kind"}  # the form's field names that are not the file's


def _check_row(cells: dict[str, object], today: date,
               ) -> tuple[CheckedParticipant | None, list[tuple[str, str]]]:
    """The checked participant (None if wrong) and every problem of the row as (field, message).

    The form's checks stop at the first wrong field; here each wrong cell is noted and replaced by a
    harmless value, and the row is checked again, so one round names every cell to fix.
    """
    cells = dict(cells)
    problems: list[tuple[str, str]] = []
    while True:
        try:
            person = check_participant(_row_input(cells, today), today)
            return (None if problems else person), problems
        except ValidationError as exc:
            field = _ERROR_FIELD.get(exc.field or "", exc.field or "")
            if field not in _HARMLESS or any(f == field for f, _ in problems):
                problems.append((field, exc.message))
                return None, problems
            problems.append((field, exc.message))
            cells[field] = _HARMLESS[field]


def import_participants(db: Database, activity_id: str, path: Path, actor: StaffInfo | None,
                        today: date | None = None) -> ParticipantImportResult:
    today = today or date.today()
    rows = read_rows(Path(path))
    stripped = strip_unsafe_cells(rows)
    header_at = find_header_row(rows, KNOWN)
    if header_at is None:
        raise ParticipantImportRefused([f"Filen har ingen overskriftsrække med kolonnerne {', '.join(HEADERS)}. "
                                        "Hent skabelonen med »participants template«."])
    columns: dict[int, str] = {}
    ignored, misses = [], []
    for index, header in enumerate(rows[header_at]):
        key = ALIASES.get(header_key(header), header_key(header))
        if key in COLUMN_FIELD:
            columns[index] = COLUMN_FIELD[key]
        elif header_key(header):
            near = resembled_column(header, KNOWN)
            (misses.append((index, str(header), near)) if near else ignored.append(str(header).strip()))
    if misses:
        raise ParticipantImportRefused([near_miss_message(misses)])
    if "name" not in columns.values() or "age_band" not in columns.values():
        raise ParticipantImportRefused(["Filen skal have kolonnerne »Navn« og »Aldersgruppe«."])
    index_of = {field: i for i, field in columns.items()}
    headers = rows[header_at]

    def problem(message: str, number: int, field: str | None, index: int | None = None) -> Problem:
        index = index_of.get(field or "") if index is None else index
        header = str(headers[index]).strip() if index is not None and index < len(headers) else None
        shown = header or (HEADERS[FIELDS.index(field)] if field in FIELDS else None)
        return Problem(message, number, shown, column_letter(index) if index is not None else None)

    checked, problems = [], []
    for number, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        # Every cell, used or not, is looked at for a CPR number (a number cell too); it is never echoed.
        cpr = [i for i, value in enumerate(row) if cell_holds_cpr(value)]
        problems += [problem(CPR_MESSAGE, number, None, i) for i in cpr]
        cells = {field: (None if i in cpr else row[i]) if i < len(row) else None for i, field in columns.items()}
        if not any(_text(v) for v in cells.values()):
            continue
        person, wrong = _check_row(cells, today)
        problems += [problem(message, number, field) for field, message in wrong]
        if person is not None and not cpr:
            checked.append((number, person))
    if problems:
        raise ParticipantImportRefused([str(p) for p in problems])
    warnings = [f"Række {r + 1}: usynlige styretegn er fjernet fra en celle." for r, _ in stripped]
    now = utcnow()
    signed = waiting = skipped = 0
    with db.transaction() as session:
        require_staff(session, actor)
        activity = _activity(session, activity_id)
        signed_up_before = {_key(p.name, h, p.age_band) for p, h in _signed_up_people(session, activity_id)}
        first_row: dict[tuple[str, str, str], int] = {}
        for offset, (number, person) in enumerate(checked):
            person_key = _key(person.name, person.household, person.age_band)
            who = display_name(person.name, person.household)
            if person_key in signed_up_before or person_key in first_row:
                skipped += 1
                warnings.append(f"Række {number}: {who} er allerede tilmeldt aktiviteten og er sprunget over."
                                if person_key in signed_up_before else
                                f"Række {number}: {who} står også i række {first_row[person_key]} og er sprunget "
                                "over.")
                continue
            first_row[person_key] = number
            result = place(session, activity, add_participant(session, activity, person), actor,
                           now + timedelta(microseconds=offset))
            signed += result.state is SignupState.SIGNED_UP
            waiting += result.state is SignupState.WAITING
        audit.record(session, "indlæs deltagere", staff_id=actor.id if actor else None, table_name="signups",
                     row_id=activity_id, detail=f"{Path(path).name}: {signed} tilmeldt, {waiting} på venteliste, "
                                                f"{skipped} sprunget over")
    return ParticipantImportResult(signed, waiting, skipped, tuple(ignored), tuple(warnings))


def _key(name: str, household: str | None, band: str | None) -> tuple[str, str, str]:
    return (name.casefold(), (household or "").casefold(), band or "")


def _signed_up_people(session: Session, activity_id: str) -> list[tuple[Participant, str | None]]:
    people = session.scalars(select(Participant).join(Signup, Signup.participant_id == Participant.id).where(
        Signup.activity_id == activity_id, Signup.deleted_at.is_(None),
        Signup.state != SignupState.CANCELLED.value)).all()
    household_ids = {p.household_id for p in people if p.household_id}
    households = {p.id: p.name for p in session.scalars(select(Participant).where(
        Participant.id.in_(household_ids)))} if household_ids else {}
    return [(p, households.get(p.household_id or "")) for p in people]


__all__ = ["HEADERS", "ParticipantImportRefused", "ParticipantImportResult", "age_band", "import_participants",
           "template_bytes"]
