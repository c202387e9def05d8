"""Import of an existing visit log from CSV or Excel (XLSX): all rows or none.

The shared pipeline (`services.importing`) reads the file and collects every problem; this module
declares the columns (found by their Danish headers, see COLUMNS) and turns one row into a visit.
Unknown columns are ignored but still checked for CPR numbers; nothing is saved unless every row
is good. A row with the same minute, adviser and topics as another row or a stored visit is a
duplicate, imported only when the user says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import dates
from ...errors import ValidationError
from ...storage.engine import Database
from ...storage.models import AdviceTopic, AdviceVisit, AdviceVisitTopic, Estate, ReferralTarget, StaffMember
from .. import audit
from ..importing import Column, DuplicatePolicy, ImportResult, Row, TableImport, cell_text
from ..importing.pipeline import Progress
from ..staff import StaffInfo
from ..table_files import header_key
from .common import AGE_BANDS, LANGUAGE_CODES, AccessDenied, may_see_notes, require_staff
from .entry import VisitInput, VisitService

COLUMNS = (
    Column("date", "Dato", ("besøgsdato", "dato for besøg", "dag", "dato og tid", "tidspunkt for besøg"),
           required=True),
    Column("time", "Tid", ("klokkeslæt", "kl", "tidspunkt", "starttid")),
    Column("office", "Kontor", ("områdekontor", "sted", "rådgivningssted")),
    Column("estate", "Afdeling", ("boligafdeling", "bebyggelse", "boligområde", "beboers afdeling")),
    Column("staff", "Medarbejder", ("rådgiver", "initialer", "registreret af", "modtaget af")),
    Column("topics", "Emne", ("emner", "tema", "temaer", "henvendelse", "henvendelsestype",
                              "hvad drejede det sig om"), required=True),
    Column("language", "Sprog"),
    Column("interpreter", "Tolk", ("tolk brugt", "brug af tolk")),
    Column("duration", "Varighed", ("minutter", "varighed (min)", "varighed i minutter", "tidsforbrug", "tid brugt")),
    Column("age_band", "Alder", ("aldersgruppe",)),
    Column("gender", "Køn"),
    Column("referrals", "Henvisning", ("henvisninger", "henvist til", "henvist")),
    Column("outcome", "Resultat", ("udfald", "udbytte")),
    Column("follow_up_due", "Opfølgning", ("opfølgningsdato", "opfølgning senest", "opfølgning dato", "opfølges")),
    Column("repeat_token", "Genkendelseskode", ("kode", "besøgskode")),
    Column("notes", "Noter", ("note", "bemærkninger", "bemærkning", "kommentar", "kommentarer")),
)
# the field VisitService names in a ValidationError -> the column it comes from
_CHECKED_FIELDS = {"visited_at": "date", "duration": "duration", "follow_up_due": "follow_up_due",
                   "language": "language", "age_band": "age_band", "gender": "gender", "outcome": "outcome",
                   "notes": "notes", "topics": "topics", "office": "office", "estate": "estate", "staff": "staff",
                   "referrals": "referrals"}

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
    "gældsrådgivning": "Gældsrådgivningen",
    "gældsrådgivningen": "Gældsrådgivningen",
    "jobcenter": "Jobcenter",
    "jobcentret": "Jobcenter",
    "socialcenter": "Social- og handicapcenteret",
    "handicapcenter": "Social- og handicapcenteret",
    "social- og handicapcenter": "Social- og handicapcenteret",
    "social- og handicapcenteret": "Social- og handicapcenteret",
    "kommunen": "Social- og handicapcenteret",
    "uu": "Ungdommens Uddannelsesvejledning (UU)",
    "ungdommens uddannelsesvejledning": "Ungdommens Uddannelsesvejledning (UU)",
    "boligorganisation": "Boligorganisationen",
    "boligorganisationen": "Boligorganisationen",
    "boligselskab": "Boligorganisationen",
    "boligselskabet": "Boligorganisationen",
    "ejendomskontor": "Boligorganisationen",
    "ejendomskontoret": "Boligorganisationen",
    "andet": "Andet",
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




def _normal(text: Any) -> str:
    return header_key(text or "")




# --- parsing values -----------------------------------------------------------

def parse_date(value: Any) -> tuple[date, time | None]:
    """A date cell (see `domain.dates` for the spellings) and its time of day, if it holds one."""
    return dates.parse_date_time(value)


def parse_time(value: Any) -> time | None:
    return dates.parse_time(value)


def parse_duration(value: Any) -> int | None:
    if isinstance(value, time):
        return value.hour * 60 + value.minute
    text = cell_text(value).casefold().replace("minutter", "").replace("min.", "").replace("min", "").strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})[:.](\d{2})", text)
    if match:
        return int(match.group(1)) * 60 + int(match.group(2))
    if text.replace(",", "").isdigit():
        return int(text.split(",")[0])
    raise ValueError(f"varigheden »{cell_text(value)}« skal være et antal minutter")


def parse_age_band(value: Any) -> str | None:
    text = cell_text(value).replace("-", "–").replace(" ", "").removesuffix("år")
    if not text:
        return None
    if text in AGE_BANDS:
        return text
    if text.isdigit():
        age = int(text)
        for band in AGE_BANDS:
            low, _, high = band.partition("–")
            if age >= int(low.rstrip("+")) and (not high or age <= int(high)):
                return band
    raise ValueError(f"aldersgruppen »{cell_text(value)}« kendes ikke (brug {', '.join(AGE_BANDS)})")


def _match_names(cell: Any, names: dict[str, str], aliases: dict[str, str], what: str,
                 all_names: Iterable[str]) -> list[str]:
    """Ids for the names in a cell ("Gæld og budget, Job"): whole names first, then short aliases."""
    text = _normal(cell)
    if not text:
        return []
    original = " ".join(cell_text(cell).split())
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

# A checked row: the form's input and the service's cleaned values (VisitService.checked_fields).
VisitRecord = tuple[VisitInput, dict[str, Any]]
# What makes two visits the same: the minute (UTC), the adviser and the topics.
VisitKey = tuple[datetime, str | None, frozenset[str]]


class VisitImport(TableImport):
    kind = "besøg"
    columns = COLUMNS
    example_header = "Dato;Emne;Afdeling"
    duplicate_column = "date"

    def __init__(self, actor: StaffInfo | None, office_id: str | None, now: datetime):
        self.actor = actor
        self.office_id = office_id
        self.now = now

    def prepare(self, session: Session, row_fields: set[str], rows: list[Row]) -> None:
        self.role = require_staff(session, self.actor)
        if "notes" in row_fields and not may_see_notes(self.role) and any(r.text("notes") for r in rows):
            raise AccessDenied("Filen har noter, og kun rådgivere og administratorer kan indlæse noter.")
        self.estates = {_normal(name): i for i, name in session.execute(
            select(Estate.id, Estate.name).where(Estate.deleted_at.is_(None)))}
        self.staff: dict[str, str] = {}
        self.staff_initials: dict[str, str] = {}
        for i, name, initials in session.execute(select(StaffMember.id, StaffMember.name, StaffMember.initials)
                                                 .where(StaffMember.deleted_at.is_(None))):
            self.staff[_normal(name)] = i
            self.staff_initials[i] = initials or name
            if initials:
                self.staff.setdefault(_normal(initials), i)
        topic_rows = session.execute(select(AdviceTopic.id, AdviceTopic.name).where(
            AdviceTopic.deleted_at.is_(None), AdviceTopic.active.is_(True)).order_by(AdviceTopic.sort_order)).all()
        self.topics = {_normal(n): i for i, n in topic_rows}
        self.topic_names = [n for _, n in topic_rows]
        self.topic_by_id = {i: n for i, n in topic_rows}
        referral_rows = session.execute(select(ReferralTarget.id, ReferralTarget.name).where(
            ReferralTarget.deleted_at.is_(None), ReferralTarget.active.is_(True))
            .order_by(ReferralTarget.sort_order)).all()
        self.referrals = {_normal(n): i for i, n in referral_rows}
        self.referral_names = [n for _, n in referral_rows]
        self.default_office = self.office_id or (next(iter(self.estates.values())) if len(self.estates) == 1
                                                 else None)

    def _named(self, row: Row, name: str, table: dict[str, str], what: str, default: str | None) -> str | None:
        text = _normal(row.value(name))
        if not text:
            return default
        if text not in table:
            row.problem(name, f"{what} »{row.text(name)}« findes ikke i programmet.")
            return None
        return table[text]

    def check_row(self, row: Row) -> VisitRecord | None:
        moment: datetime | None = None
        if not row.text("date"):
            row.problem("date", "datoen mangler.")
        else:
            day_clock = row.check("date", parse_date, row.value("date"))
            clock = row.check("time", parse_time, row.value("time"))
            if day_clock is not None:
                day, date_clock = day_clock
                moment = dates.local_moment(day, clock or date_clock or time(12, 0))  # Danish time, on any PC
        office = self._named(row, "office", self.estates, "kontoret", self.default_office)
        if office is None and not row.text("office"):
            row.problem("office", "kontoret mangler (tilføj en kolonne »Kontor« eller vælg et kontor ved importen).")
        language_text = _normal(row.value("language"))
        language = LANGUAGE_NAMES.get(language_text, language_text or None)
        if language is not None and language not in LANGUAGE_CODES:
            row.problem("language", f"sproget »{row.text('language')}« kendes ikke.")
        interpreter_text = _normal(row.value("interpreter"))
        if interpreter_text not in YES | NO:
            row.problem("interpreter", f"»{row.text('interpreter')}« i kolonnen Tolk skal være ja eller nej.")
        gender_text = _normal(row.value("gender"))
        if gender_text and gender_text not in GENDER_WORDS:
            row.problem("gender", f"kønnet »{row.text('gender')}« kendes ikke (kvinde, mand eller andet).")
        follow = row.value("follow_up_due")
        follow_up: date | None = (row.check("follow_up_due", parse_date, follow) or (None,))[0] \
            if cell_text(follow) and _normal(follow) not in NO else None
        # Every column is checked (and its problems listed) before a row without a moment is given up.
        staff_id = self._named(row, "staff", self.staff, "medarbejderen", self.actor.id if self.actor else None)
        topic_ids: list[str] = row.check("topics", _match_names, row.value("topics"), self.topics, TOPIC_ALIASES,
                                         "emnet", self.topic_names, default=[])
        estate_id = self._named(row, "estate", self.estates, "afdelingen", None)
        duration: int | None = row.check("duration", parse_duration, row.value("duration"))
        age_band: str | None = row.check("age_band", parse_age_band, row.value("age_band"))
        referral_ids: list[str] = row.check("referrals", _match_names, row.value("referrals"), self.referrals,
                                            REFERRAL_ALIASES, "henvisningen", self.referral_names, default=[])
        if moment is None:
            return None
        data = VisitInput(
            visited_at=moment,
            office_estate_id=office,
            staff_id=staff_id,
            topic_ids=topic_ids,
            estate_id=estate_id,
            language=language,
            interpreter_used=interpreter_text in YES and interpreter_text != "",
            duration_minutes=duration,
            age_band=age_band,
            gender=GENDER_WORDS.get(gender_text) if gender_text else None,
            referral_ids=referral_ids,
            outcome=row.text("outcome") or None,
            follow_up_due=follow_up,
            repeat_token=row.text("repeat_token") or None,
            notes=row.text("notes") or None,
        )
        try:  # the service's own rules, also when a field has a problem of its own
            checked = VisitService.checked_fields(data, self.now)
        except ValidationError as exc:
            row.problem(_CHECKED_FIELDS.get(exc.field or "", "date"), exc.message, unless_listed=True)
            return None
        return None if row.problems else (data, checked)

    def duplicate_key(self, record: VisitRecord) -> VisitKey:
        data, checked = record
        return (checked["visited_at"].astimezone(UTC).replace(second=0, microsecond=0), data.staff_id,
                frozenset(checked["topic_ids"]))

    def describe(self, record: VisitRecord) -> str:
        data, checked = record
        moment = checked["visited_at"].astimezone(dates.COPENHAGEN)
        topics = ", ".join(self.topic_by_id.get(t, "?") for t in checked["topic_ids"])
        who = self.staff_initials.get(data.staff_id or "", "")
        return f"besøget {moment:%d-%m-%Y} kl. {moment:%H.%M} hos {who} om {topics}"

    def load_existing(self, session: Session, records: list[VisitRecord]) -> None:
        """The keys (minute, adviser, topics) of the stored visits in the file's period, in one query."""
        self.stored: set[VisitKey] = set()
        if not records:
            return
        moments = [checked["visited_at"] for _, checked in records]
        first = min(moments).replace(second=0, microsecond=0)
        last = max(moments).replace(second=0, microsecond=0) + timedelta(minutes=1)
        visits: dict[str, tuple[datetime, str | None]] = {}
        topics: dict[str, set[str]] = {}
        for visit_id, at, staff_id, topic_id in session.execute(
                select(AdviceVisit.id, AdviceVisit.visited_at, AdviceVisit.staff_id, AdviceVisitTopic.topic_id)
                .outerjoin(AdviceVisitTopic, (AdviceVisitTopic.visit_id == AdviceVisit.id)
                           & AdviceVisitTopic.deleted_at.is_(None))
                .where(AdviceVisit.visited_at >= first, AdviceVisit.visited_at < last,
                       AdviceVisit.deleted_at.is_(None))):
            visits[visit_id] = (at.astimezone(UTC).replace(second=0, microsecond=0), staff_id)
            if topic_id is not None:
                topics.setdefault(visit_id, set()).add(topic_id)
        self.stored = {(*visits[v], frozenset(topics.get(v, ()))) for v in visits}

    def existing_duplicate(self, session: Session, record: VisitRecord) -> str | None:
        if self.duplicate_key(record) in self.stored:
            return "et gemt besøg med samme tidspunkt, medarbejder og emner"
        return None

    def write(self, session: Session, record: VisitRecord) -> None:
        data, checked = record
        VisitService.add_visit(session, self.actor, self.role, data, checked)

    def finish(self, session: Session, count: int, file_name: str) -> None:
        audit.record(session, "import besøg", staff_id=self.actor.id if self.actor else None,
                     table_name="advice_visits", detail=f"{count} besøg fra {file_name}")


def import_visits(db: Database, path: Path, actor: StaffInfo | None, *, office_id: str | None = None,
                  now: datetime | None = None, duplicates: DuplicatePolicy = DuplicatePolicy.REFUSE,
                  progress: Progress | None = None) -> ImportResult:
    """Read, check every row, then save all visits in one transaction (or raise ImportRefused)."""
    return VisitImport(actor, office_id, now or datetime.now(UTC)).run(db, path, duplicates=duplicates,
                                                                        progress=progress)
