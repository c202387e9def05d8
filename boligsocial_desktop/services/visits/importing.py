"""Import of an existing visit log from CSV or Excel (XLSX): all rows or none.

Columns are found by their Danish headers ("Dato", "Emne", "Afdeling", "Henvist til" …,
see HEADER_ALIASES); unknown columns are ignored but still checked for CPR numbers. Any
cell with a CPR-shaped number refuses the whole import and the message names the cells
(Excel style, e.g. "C7"). Every other problem is listed per row in Danish; nothing is
saved unless every row is good.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import select

from ...domain import dates
from ...domain.cpr import cell_holds_cpr
from ...errors import AppError, ValidationError
from ...storage.engine import Database
from ...storage.models import AdviceTopic, Estate, ReferralTarget, StaffMember
from .. import audit
from ..staff import StaffInfo
from ..table_files import (
    TableFileRefused,
    column_letter,
    find_header_row,
    header_key,
    near_miss_message,
    read_rows,
    resembled_column,
)
from ..validation import strip_unsafe_cells
from .common import AGE_BANDS, LANGUAGE_CODES, AccessDenied, may_see_notes, require_staff
from .entry import VisitInput, VisitService

MAX_PROBLEMS_SHOWN = 40

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "date": ("dato", "besøgsdato", "dato for besøg", "dag", "dato og tid", "tidspunkt for besøg"),
    "time": ("tid", "klokkeslæt", "kl", "tidspunkt", "starttid"),
    "office": ("kontor", "områdekontor", "sted", "rådgivningssted"),
    "estate": ("afdeling", "boligafdeling", "bebyggelse", "boligområde", "beboers afdeling"),
    "staff": ("medarbejder", "rådgiver", "initialer", "registreret af", "modtaget af"),
    "topics": ("emne", "emner", "tema", "temaer", "henvendelse", "henvendelsestype", "hvad drejede det sig om"),
    "language": ("sprog",),
    "interpreter": ("tolk", "tolk brugt", "brug af tolk"),
    "duration": ("varighed", "minutter", "varighed (min)", "varighed i minutter", "tidsforbrug", "tid brugt"),
    "age_band": ("alder", "aldersgruppe"),
    "gender": ("køn",),
    "referrals": ("henvisning", "henvisninger", "henvist til", "henvist"),
    "outcome": ("resultat", "udfald", "udbytte"),
    "follow_up_due": ("opfølgning", "opfølgningsdato", "opfølgning senest", "opfølgning dato", "opfølges"),
    "repeat_token": ("genkendelseskode", "kode", "besøgskode"),
    "notes": ("noter", "note", "bemærkninger", "bemærkning", "kommentar", "kommentarer"),
}
FIELD_LABELS = {"date": "Dato", "topics": "Emne"}

TOPIC_ALIASES = {
    "gæld": "Gæld og budget", "budget": "Gæld og budget", "økonomi": "Gæld og budget",
    "husleje": "Huslejerestance", "restance": "Huslejerestance", "huslejerestance": "Huslejerestance",
    "breve": "Breve fra myndigheder", "brev": "Breve fra myndigheder", "post": "Breve fra myndigheder",
    "digital": "Digital selvbetjening (MitID, e-Boks)", "mitid": "Digital selvbetjening (MitID, e-Boks)",
    "e-boks": "Digital selvbetjening (MitID, e-Boks)", "digital selvbetjening": "Digital selvbetjening (MitID, e-Boks)",
    "skemaer": "Skemaer og ansøgninger", "skema": "Skemaer og ansøgninger", "ansøgning": "Skemaer og ansøgninger",
    "ansøgninger": "Skemaer og ansøgninger", "job": "Job og uddannelse", "uddannelse": "Job og uddannelse",
    "beskæftigelse": "Job og uddannelse", "familie": "Familie og børn", "børn": "Familie og børn",
    "bolig": "Bolig og naboer", "naboer": "Bolig og naboer", "nabo": "Bolig og naboer",
    "sundhed": "Sundhed", "helbred": "Sundhed", "andet": "Andet", "øvrigt": "Andet",
}
REFERRAL_ALIASES = {
    "gældsrådgivning": "Gældsrådgivningen", "gældsrådgivningen": "Gældsrådgivningen",
    "jobcenter": "Jobcenter", "jobcentret": "Jobcenter", "socialcenter": "Social- og handicapcenteret",
    "handicapcenter": "Social- og handicapcenteret", "social- og handicapcenter": "Social- og handicapcenteret",
    "social- og handicapcenteret": "Social- og handicapcenteret", "kommunen": "Social- og handicapcenteret",
    "uu": "Ungdommens Uddannelsesvejledning (UU)", "ungdommens uddannelsesvejledning": "Ungdommens Uddannelsesvejledning (UU)",
    "boligorganisation": "Boligorganisationen", "boligorganisationen": "Boligorganisationen",
    "boligselskab": "Boligorganisationen", "boligselskabet": "Boligorganisationen",
    "ejendomskontor": "Boligorganisationen", "ejendomskontoret": "Boligorganisationen", "andet": "Andet",
}
LANGUAGE_NAMES = {
    "dansk": "da", "arabisk": "ar", "somali": "so", "somalisk": "so", "tyrkisk": "tr", "urdu": "ur",
    "farsi": "fa", "persisk": "fa", "tigrinya": "ti", "engelsk": "en", "polsk": "pl", "pashto": "ps",
    "kurdisk": "ku", "bosnisk": "bs", "rumænsk": "ro", "ukrainsk": "uk", "tysk": "de", "fransk": "fr",
    "spansk": "es", "russisk": "ru", "thai": "th", "vietnamesisk": "vi", "kinesisk": "zh", "tamil": "ta",
    "albansk": "sq", "amharisk": "am", "andet": "other",
}
GENDER_WORDS = {"kvinde": "kvinde", "k": "kvinde", "kvindelig": "kvinde", "mand": "mand", "m": "mand",
                "mandlig": "mand", "andet": "andet"}
YES = {"ja", "j", "x", "1", "sand", "true", "yes"}
NO = {"nej", "n", "0", "falsk", "false", "no", ""}
_SEPARATORS = re.compile(r"[;,/+|\n]+")


class ImportRefused(AppError):
    """The file was not imported; `problems` lists what to fix (Danish)."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = problems or []


@dataclass(frozen=True)
class ImportResult:
    imported: int
    ignored_columns: tuple[str, ...]
    warnings: tuple[str, ...] = ()  # e.g. cells whose invisible control characters were removed


def _normal(text: Any) -> str:
    return header_key(text or "")


# --- reading files ------------------------------------------------------------


def read_table(path: Path) -> list[list[Any]]:
    """The file's rows (first row = headers) as lists of cell values, read within the limits of
    `table_files` (rows, columns, file and cell sizes)."""
    if not path.exists():
        raise ImportRefused(f"Filen {path} findes ikke.")
    suffix = path.suffix.casefold()
    if suffix == ".xls":
        raise ImportRefused("Gamle Excel-filer (.xls) kan ikke læses. Gem filen som .xlsx eller CSV og prøv igen.")
    try:
        return read_rows(path)
    except TableFileRefused as exc:
        raise ImportRefused(exc.message) from exc


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def cpr_cells(rows: list[list[Any]]) -> list[str]:
    """Excel-style names of every cell holding a CPR-shaped number (a 9-digit number counts: Excel drops
    the leading zero of a CPR number typed into a number cell)."""
    found = []
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if cell_holds_cpr(value):
                found.append(f"{column_letter(c)}{r}")
    return found


# --- parsing values -----------------------------------------------------------

def parse_date(value: Any) -> tuple[date, time | None]:
    """A date cell (see `domain.dates` for the spellings) and its time of day, if it holds one."""
    return dates.parse_date_time(value)


def parse_time(value: Any) -> time | None:
    return dates.parse_time(value)


def parse_duration(value: Any) -> int | None:
    if isinstance(value, time):
        return value.hour * 60 + value.minute
    text = _cell_text(value).casefold().replace("minutter", "").replace("min.", "").replace("min", "").strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})", text)
    if match:
        return int(match.group(1)) * 60 + int(match.group(2))
    if text.replace(",", "").isdigit():
        return int(text.split(",")[0])
    raise ValueError(f"varigheden »{_cell_text(value)}« skal være et antal minutter")


def parse_age_band(value: Any) -> str | None:
    text = _cell_text(value).replace("-", "–").replace(" ", "").removesuffix("år")
    if not text:
        return None
    if text in AGE_BANDS:
        return text
    if text.isdigit():
        age = int(text)
        for band in AGE_BANDS:
            low, _, high = band.partition("–")
            low = int(low.rstrip("+"))
            if age >= low and (not high or age <= int(high)):
                return band
    raise ValueError(f"aldersgruppen »{_cell_text(value)}« kendes ikke (brug {', '.join(AGE_BANDS)})")


def _match_names(cell: Any, names: dict[str, str], aliases: dict[str, str], what: str,
                 all_names: Iterable[str]) -> list[str]:
    """Ids for the names in a cell ("Gæld og budget, Job"): whole names first, then short aliases."""
    text = _normal(cell)
    if not text:
        return []
    original = " ".join(_cell_text(cell).split())
    ids: list[str] = []
    for name in sorted(names, key=len, reverse=True):
        if name in text:
            ids.append(names[name])
            text = text.replace(name, ";")
    for piece in _SEPARATORS.split(text):
        piece = piece.strip(" .-")
        if not piece:
            continue
        target = aliases.get(piece)
        if target and _normal(target) in names:
            ids.append(names[_normal(target)])
        else:
            at = original.casefold().find(piece)
            shown = original[at:at + len(piece)] if at >= 0 else piece
            raise ValueError(f"{what} »{shown}« findes ikke på listen (kendte: {', '.join(all_names)})")
    return list(dict.fromkeys(ids))


# --- the import ---------------------------------------------------------------


KNOWN_HEADERS = frozenset(alias for aliases in HEADER_ALIASES.values() for alias in aliases)


def map_headers(headers: list[Any]) -> tuple[dict[str, int], list[str]]:
    """Field -> column index, and the headers of the columns that are not used. Raises ImportRefused for
    a header that is a near miss of a known one (»Datoo«, »FÃ¸dt«): such a column is never dropped silently."""
    lookup = {alias: field for field, aliases in HEADER_ALIASES.items() for alias in aliases}
    mapping: dict[str, int] = {}
    ignored: list[str] = []
    misses: list[tuple[int, str, str]] = []
    for index, header in enumerate(headers):
        field = lookup.get(_normal(header))
        if field and field not in mapping:
            mapping[field] = index
        elif _cell_text(header):
            known = None if field else resembled_column(header, KNOWN_HEADERS)
            if known:
                misses.append((index, _cell_text(header), known))
            ignored.append(_cell_text(header))
    if misses:
        raise ImportRefused(near_miss_message(misses), [f"Kolonne {column_letter(i)} »{h}« ligner »{k}«"
                                                        for i, h, k in misses])
    return mapping, ignored


def import_visits(db: Database, path: Path, actor: StaffInfo | None, *, office_id: str | None = None,
                  now: datetime | None = None) -> ImportResult:
    """Read, check every row, then save all visits in one transaction (or raise ImportRefused)."""
    now = now or datetime.now(UTC)
    rows = read_table(Path(path))
    while rows and not any(_cell_text(v) for v in rows[-1]):
        rows.pop()
    if not rows:
        raise ImportRefused("Filen er tom.")
    warnings = tuple(f"Celle {column_letter(c)}{r + 1}: usynlige styretegn (NUL eller bidi-tegn) er fjernet."
                     for r, c in strip_unsafe_cells(rows))
    cells = cpr_cells(rows)
    if cells:
        shown = ", ".join(cells[:MAX_PROBLEMS_SHOWN]) + (f" og {len(cells) - MAX_PROBLEMS_SHOWN} flere"
                                                         if len(cells) > MAX_PROBLEMS_SHOWN else "")
        raise ImportRefused(
            f"Importen er afvist: {'cellen' if len(cells) == 1 else 'cellerne'} {shown} indeholder noget, der "
            "ligner et CPR-nummer. CPR-numre må ikke gemmes i programmet. Fjern numrene i filen og prøv igen. "
            "Intet er indlæst.", [f"Celle {c}: ligner et CPR-nummer" for c in cells])
    header_index = find_header_row(rows, KNOWN_HEADERS)
    start = header_index or 0  # title rows and empty rows above the header row are skipped
    mapping, ignored = map_headers(rows[start])
    missing = [FIELD_LABELS[f] for f in ("date", "topics") if f not in mapping]
    if missing:
        found = ", ".join(_cell_text(h) for h in rows[start] if _cell_text(h)) or "ingen"
        where = (f"Række {start + 1} ligner overskriftsrækken; fundet: {found}." if header_index is not None else
                 f"Ingen af de første 20 rækker ligner en overskriftsrække (fx Dato;Emne;Afdeling); "
                 f"første række: {found}.")
        raise ImportRefused(f"Filen mangler kolonnen {' og '.join(f'»{m}«' for m in missing)}. {where}")
    body = [(number, row) for number, row in enumerate(rows[start + 1:], start=start + 2)
            if any(_cell_text(v) for v in row)]
    if not body:
        raise ImportRefused("Filen har overskrifter, men ingen besøg.")

    def cell(row: list[Any], field: str) -> Any:
        index = mapping.get(field)
        return row[index] if index is not None and index < len(row) else None

    problems: list[str] = []
    with db.transaction() as session:
        role = require_staff(session, actor)
        if "notes" in mapping and not may_see_notes(role) and any(_cell_text(cell(r, "notes")) for _, r in body):
            raise AccessDenied("Filen har noter, og kun rådgivere og administratorer kan indlæse noter.")
        estates = {_normal(name): i for i, name in session.execute(
            select(Estate.id, Estate.name).where(Estate.deleted_at.is_(None)))}
        staff: dict[str, str] = {}
        for i, name, initials in session.execute(select(StaffMember.id, StaffMember.name, StaffMember.initials)
                                                 .where(StaffMember.deleted_at.is_(None))):
            staff[_normal(name)] = i
            if initials:
                staff.setdefault(_normal(initials), i)
        topic_rows = session.execute(select(AdviceTopic.id, AdviceTopic.name).where(
            AdviceTopic.deleted_at.is_(None), AdviceTopic.active.is_(True)).order_by(AdviceTopic.sort_order)).all()
        topics = {_normal(n): i for i, n in topic_rows}
        referral_rows = session.execute(select(ReferralTarget.id, ReferralTarget.name).where(
            ReferralTarget.deleted_at.is_(None), ReferralTarget.active.is_(True))
            .order_by(ReferralTarget.sort_order)).all()
        referrals = {_normal(n): i for i, n in referral_rows}
        default_office = office_id or (next(iter(estates.values())) if len(estates) == 1 else None)
        imported = 0
        for number, row in body:
            try:
                data = _row_input(cell, row, estates, staff, topics, [n for _, n in topic_rows], referrals,
                                  [n for _, n in referral_rows], default_office, actor)
                checked = VisitService.checked_fields(data, now)
                VisitService.add_visit(session, actor, role, data, checked)
                imported += 1
            except (ValueError, ValidationError) as exc:
                message = exc.message if isinstance(exc, ValidationError) else str(exc)
                problems.append(f"Række {number}: {message[0].upper()}{message[1:]}")
        if problems:
            shown = problems[:MAX_PROBLEMS_SHOWN]
            more = len(problems) - len(shown)
            raise ImportRefused(
                f"Importen er afvist, intet er indlæst: {len(problems)} af {len(body)} rækker har fejl. "
                "Ret dem i filen og prøv igen.\n" + "\n".join(shown) + (f"\n… og {more} rækker mere." if more else ""),
                problems)
        audit.record(session, "import besøg", staff_id=actor.id, table_name="advice_visits",
                     detail=f"{imported} besøg fra {Path(path).name}")
    return ImportResult(imported, tuple(ignored), warnings)


def _row_input(cell, row, estates, staff, topics, topic_names, referrals, referral_names, default_office,
               actor) -> VisitInput:
    day, clock = parse_date(cell(row, "date"))
    clock = parse_time(cell(row, "time")) or clock or time(12, 0)
    visited_at = dates.local_moment(day, clock)  # Danish time, whatever the PC's time zone

    def named(field: str, table: dict[str, str], what: str, default: str | None) -> str | None:
        text = _normal(cell(row, field))
        if not text:
            return default
        if text not in table:
            raise ValueError(f"{what} »{_cell_text(cell(row, field))}« findes ikke i programmet")
        return table[text]

    office = named("office", estates, "kontoret", default_office)
    if office is None:
        raise ValueError("kontoret mangler (tilføj en kolonne »Kontor« eller vælg et kontor ved importen)")
    language_text = _normal(cell(row, "language"))
    language = LANGUAGE_NAMES.get(language_text, language_text or None)
    if language is not None and language not in LANGUAGE_CODES:
        raise ValueError(f"sproget »{_cell_text(cell(row, 'language'))}« kendes ikke")
    interpreter_text = _normal(cell(row, "interpreter"))
    if interpreter_text not in YES | NO:
        raise ValueError(f"»{_cell_text(cell(row, 'interpreter'))}« i kolonnen Tolk skal være ja eller nej")
    gender_text = _normal(cell(row, "gender"))
    if gender_text and gender_text not in GENDER_WORDS:
        raise ValueError(f"kønnet »{_cell_text(cell(row, 'gender'))}« kendes ikke (kvinde, mand eller andet)")
    follow = cell(row, "follow_up_due")
    follow_up = parse_date(follow)[0] if _cell_text(follow) and _normal(follow) not in NO else None
    return VisitInput(
        visited_at=visited_at,
        office_estate_id=office,
        staff_id=named("staff", staff, "medarbejderen", actor.id if actor else None),
        topic_ids=_match_names(cell(row, "topics"), topics, TOPIC_ALIASES, "emnet", topic_names),
        estate_id=named("estate", estates, "afdelingen", None),
        language=language,
        interpreter_used=interpreter_text in YES and interpreter_text != "",
        duration_minutes=parse_duration(cell(row, "duration")),
        age_band=parse_age_band(cell(row, "age_band")),
        gender=GENDER_WORDS.get(gender_text) if gender_text else None,
        referral_ids=_match_names(cell(row, "referrals"), referrals, REFERRAL_ALIASES, "henvisningen",
                                  referral_names),
        outcome=_cell_text(cell(row, "outcome")) or None,
        follow_up_due=follow_up,
        repeat_token=_cell_text(cell(row, "repeat_token")) or None,
        notes=_cell_text(cell(row, "notes")) or None,
    )
