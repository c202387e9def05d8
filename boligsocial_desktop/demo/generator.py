"""Demo data: a realistic area office to try the app on, and to measure it at full size.

`generate_demo(db, "small")` gives one estate and one year (Taastrupgaard);
`generate_demo(db, "large")` gives the Køge plan's four estates and ten years at the
design-target sizes in DOMAIN.md. The data are the same for the same seed and `today`:
every id and timestamp comes from `random.Random(seed)` and the dates, never from the
wall clock. Rows are written with Core bulk inserts, and every one is recorded in the
outbox in the same transaction, so demo data can be shared between PCs like any other.
"""

from __future__ import annotations

import random
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select

from ..errors import ValidationError
from ..services.office import database_is_empty
from ..storage.engine import Database
from ..storage.models import (
    AdviceTopic,
    FocusArea,
    GrantPeriod,
    ReferralTarget,
)
from . import catalogue as cat
from .context import (
    BatchWriter,
    DanishCalendar,
    HostCandidate,
    ProgressCallback,
    Season,
    local_stamp,
    new_uuid,
    seasons_between,
)
from .names import NAMES, email_for, initials, phone_number

if TYPE_CHECKING:
    from .people import Roster

DemoSize = Literal["small", "large"]

BULK_CACHE_KIB = 262_144  # 256 MiB page cache while generating (SQLite only)

# Tables whose rows only come from the user; reference lists from migrations don't count.
@dataclass(frozen=True)
class DemoSpec:
    """How much to generate. `series_per_season` counts weekly/biweekly/monthly series
    across all estates in one season; single events come on top."""

    estates: tuple[str, ...]
    years: int
    series_per_season: int
    ambassadors: int
    advice_visits: int
    advice_cases: int
    move_ins: int
    other_duties: int
    batch_size: int = 5000


SPECS: dict[str, DemoSpec] = {
    "small": DemoSpec(
        estates=("Taastrupgaard",),
        years=1,
        series_per_season=10,
        ambassadors=20,
        advice_visits=500,
        advice_cases=4,
        move_ins=70,
        other_duties=40,
    ),
    "large": DemoSpec(
        estates=("Karlemoseparken", "Søparken", "Ellemarken", "Hastrupparken"),
        years=10,
        series_per_season=250,
        ambassadors=2000,
        advice_visits=100_000,
        advice_cases=60,
        move_ins=24_000,
        other_duties=7_000,
    ),
}


@dataclass(frozen=True)
class DemoSummary:
    """How many rows the demo wrote, per table (each also has one outbox row)."""

    estates: int = 0
    houses: int = 0
    rooms: int = 0
    closing_periods: int = 0
    partners: int = 0
    staff_members: int = 0
    activities: int = 0
    activity_targets: int = 0
    sessions: int = 0
    attendances: int = 0
    attendance_counts: int = 0
    participants: int = 0
    signups: int = 0
    attendance_ticks: int = 0
    attendance_extras: int = 0
    ambassadors: int = 0
    ambassador_languages: int = 0
    duties: int = 0
    move_ins: int = 0
    welcome_visits: int = 0
    duty_assignments: int = 0
    advice_cases: int = 0
    advice_visits: int = 0
    advice_visit_topics: int = 0
    advice_visit_referrals: int = 0

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def in_danish(self) -> str:
        """What the demo made, one line per kind of row, for the `demo` command."""
        width = max(len(label) for label in DANISH_LABELS.values())
        lines = [f"Demodata oprettet: {self.total} rækker i alt."]
        lines += [f"  {DANISH_LABELS[name]:<{width}}  {count:>7}" for name, count in self.as_dict().items()]
        return "\n".join(lines)


DANISH_LABELS = {
    "estates": "afdelinger", "houses": "fælleshuse", "rooms": "lokaler", "closing_periods": "lukkeperioder",
    "partners": "samarbejdspartnere", "staff_members": "medarbejdere", "activities": "aktiviteter",
    "activity_targets": "måltal", "sessions": "gange (aktivitetsdatoer)", "attendances": "fremmøder",
    "attendance_counts": "optællinger", "participants": "deltagere", "signups": "tilmeldinger",
    "attendance_ticks": "afkrydsninger", "attendance_extras": "ekstra deltagere", "ambassadors": "ambassadører",
    "ambassador_languages": "ambassadørsprog", "duties": "vagter", "move_ins": "indflytninger",
    "welcome_visits": "velkomstbesøg", "duty_assignments": "vagtfordelinger", "advice_cases": "rådgivningssager",
    "advice_visit_topics": "emner på besøg", "advice_visits": "rådgivningsbesøg",
    "advice_visit_referrals": "henvisninger",
}


# --- What the generator keeps in memory while it works -------------------------------


@dataclass
class RoomInfo:
    id: str
    name: str
    kind: str
    capacity: int


@dataclass
class EstateInfo:
    index: int
    id: str
    spec: cat.EstateSpec
    rooms: list[RoomInfo]


@dataclass
class StaffInfo:
    id: str
    name: str
    role: str
    office: int  # estate index of the office the person works from
    start: date
    end: date | None  # None: still employed

    def employed(self, d: date) -> bool:
        return self.start <= d and (self.end is None or d <= self.end)


@dataclass
class PeriodInfo:
    id: str
    start: date
    end: date
    focus_areas: list[tuple[str, str]]  # (id, name) in sort order

    def focus_area_for(self, theme: str) -> str | None:
        for keyword in cat.THEME_KEYWORDS.get(theme, ()):
            for area_id, name in self.focus_areas:
                if keyword in name.lower():
                    return area_id
        return self.focus_areas[0][0] if self.focus_areas else None


class Build:
    """The state of one generation run, shared by the parts in activities/people/advice."""

    def __init__(
        self,
        db: Database,
        writer: BatchWriter,
        spec: DemoSpec,
        seed: int,
        today: date,
        progress: ProgressCallback | None,
    ):
        self.db = db
        self.writer = writer
        self.spec = spec
        self.rng = random.Random(seed)
        self.seed = seed
        self.today = today
        self.first_day = date(today.year - spec.years, today.month, min(today.day, 28)) + timedelta(days=1)
        self.now = local_stamp(today, time(8, 0))
        self.seasons: list[Season] = seasons_between(self.first_day, today)
        self.calendar = DanishCalendar.build(range(self.first_day.year - 1, today.year + 2))
        self._progress = progress
        self.estates: list[EstateInfo] = []
        self.staff: list[StaffInfo] = []
        self.partners: dict[str, str] = {}
        self.periods: list[PeriodInfo] = []
        self.topics: dict[str, str] = {}
        self.referrals: dict[str, str] = {}
        self.host_candidates: list[HostCandidate] = []
        self.ambassador_roster: Roster | None = None  # set by people.generate_ambassadors

    # -- helpers ----------------------------------------------------------------------

    def progress(self, percent: int, text: str) -> None:
        if self._progress is not None:
            self._progress(max(0, min(100, percent)), text)

    def uuid(self) -> str:
        return new_uuid(self.rng)

    def stamp(self, d: date, clock: time = time(9, 0)) -> datetime:
        """A creation time derived from the data, never later than 'now'."""
        return min(local_stamp(d, clock), self.now)

    def base(self, created: datetime, updated: datetime | None = None) -> dict[str, Any]:
        return {
            "id": self.uuid(),
            "created_at": created,
            "updated_at": updated or created,
            "deleted_at": None,
            "version": 1,
        }

    def period_for(self, d: date) -> PeriodInfo | None:
        for period in self.periods:
            if period.start <= d <= period.end:
                return period
        return None

    def staff_at(self, office: int, d: date, roles: tuple[str, ...]) -> list[StaffInfo]:
        found = [s for s in self.staff if s.office == office and s.role in roles and s.employed(d)]
        if not found:  # fall back to anyone employed at the office, then anyone at all
            found = [s for s in self.staff if s.office == office and s.employed(d)] or [
                s for s in self.staff if s.employed(d)
            ]
        return found or self.staff

    # -- reference lists from the migrations -------------------------------------------

    def load_reference(self, session) -> None:
        for period in session.scalars(select(GrantPeriod).order_by(GrantPeriod.start_date, GrantPeriod.id)):
            areas = session.execute(
                select(FocusArea.id, FocusArea.name)
                .where(FocusArea.grant_period_id == period.id, FocusArea.deleted_at.is_(None))
                .order_by(FocusArea.sort_order, FocusArea.name, FocusArea.id)
            ).all()
            if period.deleted_at is None:
                self.periods.append(
                    PeriodInfo(period.id, period.start_date, period.end_date, [tuple(a) for a in areas])
                )
        for model, target in ((AdviceTopic, self.topics), (ReferralTarget, self.referrals)):
            rows = session.execute(
                select(model.id, model.name)
                .where(model.deleted_at.is_(None), model.active.is_(True))
                .order_by(model.sort_order, model.name, model.id)
            ).all()
            target.update({name: row_id for row_id, name in rows})

    # -- places, partners, staff ------------------------------------------------------

    def places(self) -> None:
        created = self.stamp(self.first_day - timedelta(days=60))
        for index, name in enumerate(self.spec.estates):
            spec = cat.ESTATES[name]
            estate = self.base(created)
            estate.update(
                name=spec.name,
                code=spec.code,
                address=spec.address,
                housing_organisation=spec.housing_organisation,
                flats=spec.flats,
            )
            self.writer.add("estates", estate)
            info = EstateInfo(index, estate["id"], spec, [])
            for house_spec in spec.houses:
                house = self.base(created)
                house.update(
                    estate_id=estate["id"],
                    name=house_spec.name,
                    address=house_spec.address,
                    opens_at=time(8, 0),
                    closes_at=time(22, 0),
                )
                self.writer.add("houses", house)
                for room_spec in house_spec.rooms:
                    room = self.base(created)
                    room.update(house_id=house["id"], name=room_spec.name, capacity=room_spec.capacity)
                    self.writer.add("rooms", room)
                    info.rooms.append(RoomInfo(room["id"], room_spec.name, room_spec.kind, room_spec.capacity))
            self.estates.append(info)
        first_year = self.seasons[0].year if self.seasons else self.first_day.year
        for name, start, end in self.calendar.closing_periods:
            if start.year < first_year or start.year > self.today.year + 1:
                continue
            row = self.base(self.stamp(date(start.year, 1, 5)))
            row.update(estate_id=None, name=name, start_date=start, end_date=end)
            self.writer.add("closing_periods", row)
        partners = cat.PARTNERS if len(self.estates) > 1 else cat.PARTNERS[:8]
        for partner in partners:
            row = self.base(created)
            row.update(name=partner.name, kind=partner.kind, contact=partner.contact)
            self.writer.add("partners", row)
            self.partners[partner.name] = row["id"]

    # First names from the Taastrupgaard team page, then more.
    STAFF_FIRST_NAMES = (
        ("Lea", "da", "kvinde"), ("Nese", "tr", "kvinde"), ("Osman", "tr", "mand"), ("Marjan", "fa", "kvinde"),
        ("Mie", "da", "kvinde"), ("Anita", "da", "kvinde"), ("Trine", "da", "kvinde"), ("Maya", "da", "kvinde"),
        ("Berit", "da", "kvinde"), ("Katrine", "da", "kvinde"), ("Jonas", "da", "mand"), ("Ahmad", "ar", "mand"),
        ("Hodan", "so", "kvinde"), ("Rasmus", "da", "mand"), ("Amira", "ar", "kvinde"), ("Mikkel", "da", "mand"),
        ("Louise", "da", "kvinde"), ("Kasper", "da", "mand"), ("Sara", "ar", "kvinde"), ("Emil", "da", "mand"),
        ("Camilla", "da", "kvinde"), ("Ibrahim", "ar", "mand"), ("Helle", "da", "kvinde"), ("Jakob", "da", "mand"),
        ("Yasmin", "ar", "kvinde"), ("Tobias", "da", "mand"), ("Zeynep", "tr", "kvinde"), ("Simon", "da", "mand"),
        ("Fadumo", "so", "kvinde"), ("Anders", "da", "mand"),
    )  # fmt: skip
    # (role, people at a time per office, typical years in the job)
    STAFF_POSITIONS = (("koordinator", 1, 5.0), ("rådgiver", 2, 3.5), ("medhjælper", 1, 1.5))

    def staff_members(self) -> None:
        rng = self.rng
        people: list[StaffInfo] = []
        name_index = 0
        taken_initials: set[str] = set()
        start_all = self.first_day - timedelta(days=200)
        for office in range(len(self.estates)):
            for role, count, years in self.STAFF_POSITIONS:
                for _ in range(count):
                    start = start_all - timedelta(days=rng.randint(0, 400))
                    while True:
                        length = timedelta(days=int(365 * years * rng.uniform(0.6, 1.4)))
                        finish = start + length
                        end: date | None = None if finish >= self.today else finish
                        first, language, _gender = self.STAFF_FIRST_NAMES[name_index % len(self.STAFF_FIRST_NAMES)]
                        name_index += 1
                        surname = rng.choice(NAMES[language].surnames)
                        people.append(StaffInfo("", f"{first} {surname}", role, office, start, end))
                        if end is None:
                            break
                        start = end + timedelta(days=1)
        if len(self.estates) > 1:  # the secretariat's administrator
            people.append(StaffInfo("", "Birgitte Holm", "administrator", 0, start_all, None))
        people.sort(key=lambda s: (s.start, s.office, s.role, s.name))
        for person in people:
            row = self.base(self.stamp(person.start))
            if person.end is not None:
                row["updated_at"] = self.stamp(person.end)
            person.id = row["id"]
            row.update(
                name=person.name,
                initials=initials(person.name, taken_initials),
                role=person.role,
                email=email_for(person.name),
                phone=phone_number(rng),
                os_username=None,
                pin_hash=None,
                active=person.end is None,
            )
            self.writer.add("staff_members", row)
        self.staff = people


# --- Public API --------------------------------------------------------------------------


def generate_demo(
    db: Database,
    size: DemoSize,
    seed: int = 1,
    progress: ProgressCallback | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty database with demo data; everything commits together or not at all.

    Raises ValidationError if the database already holds data, or for an unknown size.
    """
    if size not in SPECS:
        raise ValidationError(f"Størrelsen »{size}« kendes ikke. Vælg »small« eller »large«.")
    if not database_is_empty(db):
        raise ValidationError(
            "Databasen indeholder allerede data, så der kan ikke lægges demodata ind. "
            "Opret en ny, tom database til demodata."
        )
    from .activities import generate_activities  # the parts import Build from here
    from .advice import generate_advice
    from .people import generate_ambassadors, generate_move_ins_and_duties

    spec = SPECS[size]
    today = today or date.today()
    sqlite = db.engine.dialect.name == "sqlite"
    try:
        with db.transaction() as session:
            if sqlite:  # a big page cache keeps the bulk load of random-key indexes in memory
                session.connection().exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
            build = Build(db, BatchWriter(session, spec.batch_size), spec, seed, today, progress)
            build.progress(0, "Forbereder demodata …")
            build.load_reference(session)
            build.progress(1, "Opretter boligafdelinger, fælleshuse og lokaler …")
            build.places()
            build.progress(2, "Opretter medarbejdere …")
            build.staff_members()
            generate_activities(build, 3, 50)
            generate_ambassadors(build, 50, 53)
            generate_move_ins_and_duties(build, 53, 62)
            generate_advice(build, 62, 97)
            build.progress(97, "Gemmer …")
            build.writer.flush()
            counts = dict(build.writer.counts)
    finally:
        if sqlite:  # back to SQLite's default for the pooled connection
            with db.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA cache_size=-2000")
    build.progress(100, "Demodata er klar.")
    return DemoSummary(**counts)
