"""Demo sign-ups: courses with a known group (homework café, family course, girls' club …) get seats,
participants (first name and initial, children through a household), a waiting list, and tick-off
attendance whose headcounts are the session's figures, as the program itself computes them.

A separate random stream (seeded from the demo's seed) draws everything here, so adding sign-ups
does not change the rest of the demo data. Participants of courses that ended longer ago than the
office's default deadline are already erased (names gone, counts kept), as the program would have.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import accumulate, pairwise
from typing import TYPE_CHECKING, Any

from ..domain.enums import ParticipantKind, SignupState
from ..services.signups.common import ERASED_NAME
from ..services.signups.retention import DEFAULT_MONTHS
from ..services.visits.common import add_months
from . import catalogue as cat
from .context import new_uuid
from .names import person_name, pick_language

if TYPE_CHECKING:
    from .generator import Build

ROSTER_TEMPLATES = frozenset({"Lektiecafé", "Familieballast – cafémøde", "Fritidsjobvejledning", "Motion for kvinder",
                              "Pigeklub"})
CHILD_BANDS = frozenset({"0–5", "6–12", "13–17"})
SHOW_UP = 0.75  # the share of the signed-up who come to a session
REUSE = 0.2  # the chance that a seat goes to someone already on another course in the estate


@dataclass
class Person:
    id: str
    band: str
    gender: str


@dataclass
class Roster:
    signed_up: list[Person]
    seen: set[str] = field(default_factory=set)


class SignupDemo:
    def __init__(self, b: Build, seed: int):
        self.b = b
        self.rng = random.Random(f"signups-{seed}")
        self.pool: dict[int, list[Person]] = {}
        self.households: dict[int, list[str]] = {}
        self.erase_before = add_months(b.today, -DEFAULT_MONTHS)
        self.profiles = {group: ([(band, gender) for band, gender, _ in cells],
                                 list(accumulate(w for _, _, w in cells)))
                         for group, cells in cat.ATTENDANCE_PROFILES.items()}

    def _base(self, created: datetime) -> dict[str, Any]:
        return {"id": new_uuid(self.rng), "created_at": created, "updated_at": created, "deleted_at": None,
                "version": 1}

    def takes_signups(self, template: cat.ActivityTemplate) -> bool:
        return template.title in ROSTER_TEMPLATES

    def capacity(self, template: cat.ActivityTemplate) -> int:
        return max(8, round(template.headcount * 1.2))

    def _participant(self, estate_index: int, estate_id: str, created: datetime, ended: date, band: str,
                     gender: str, kind: str = ParticipantKind.PERSON.value, household_id: str | None = None,
                     name: str | None = None) -> dict[str, Any]:
        rng = self.rng
        language = pick_language(rng)
        if name is None:
            first, *rest = person_name(rng, language, gender).split()
            name = f"{first} {rest[-1][0]}." if rest else first
        erased = ended < self.erase_before
        contact = kind == ParticipantKind.HOUSEHOLD.value or (band not in CHILD_BANDS and rng.random() < 0.4)
        row = self._base(created)
        row.update(kind=kind, household_id=household_id, name=ERASED_NAME if erased else name, estate_id=estate_id,
                   age_band=band if kind == ParticipantKind.PERSON.value else None, gender=gender,
                   language=language,
                   phone=None if erased or not contact else f"2{rng.randint(0, 9)} {rng.randint(10, 99)} "
                                                              f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                   email=None, consent_kind=None if erased or not contact else "mundtligt",
                   consent_date=None if erased or not contact else created.date(),
                   erased_at=self.b.now if erased else None)
        self.b.writer.add("participants", row)
        return row

    def _household(self, estate_index: int, estate_id: str, created: datetime, ended: date) -> str:
        known = self.households.setdefault(estate_index, [])
        if known and self.rng.random() < 0.3:
            return self.rng.choice(known)
        label = f"Lejl. {self.rng.randint(1, 140)}, {self.rng.choice(('st.', '1.', '2.', '3.'))} " \
                f"{self.rng.choice(('tv.', 'th.'))}"
        row = self._participant(estate_index, estate_id, created, ended, "", "ukendt",
                                ParticipantKind.HOUSEHOLD.value, name=label)
        known.append(row["id"])
        return row["id"]

    def roster(self, activity: dict, estate_index: int, template: cat.ActivityTemplate, capacity: int) -> Roster:
        """Participants and sign-ups of one course: full seats and two on the waiting list."""
        rng, created = self.rng, activity["created_at"]
        ended = activity["end_date"]
        cells, cum = self.profiles[template.target_group]
        if template.gender is not None:
            pairs = [(c, w) for c, w in zip(cells, [cum[0]] + [b - a for a, b in pairwise(cum)], strict=False)
                     if c[1] == template.gender]
            cells, cum = [c for c, _ in pairs], list(accumulate(w for _, w in pairs))
        pool = self.pool.setdefault(estate_index, [])
        people: list[Person] = []
        taken: set[str] = set()
        for i in range(capacity + 2):
            reuse = [p for p in pool if p.id not in taken and (p.band, p.gender) in cells]
            if reuse and rng.random() < REUSE:
                person = rng.choice(reuse)
            else:
                band, gender = rng.choices(cells, cum_weights=cum)[0]
                household = self._household(estate_index, activity["estate_id"], created, ended) \
                    if band in CHILD_BANDS and rng.random() < 0.7 else None
                row = self._participant(estate_index, activity["estate_id"], created, ended, band, gender,
                                        household_id=household)
                person = Person(row["id"], band, gender)
                pool.append(person)
            taken.add(person.id)
            signup = self._base(created + timedelta(minutes=i))
            signup.update(activity_id=activity["id"], participant_id=person.id, queued_at=signup["created_at"],
                          state=(SignupState.SIGNED_UP if i < capacity else SignupState.WAITING).value,
                          moved_up_at=None, signed_up_by_id=activity["responsible_staff_id"])
            self.b.writer.add("signups", signup)
            if i < capacity:
                people.append(person)
        return Roster(people)

    def attendance(self, roster: Roster, session_id: str, recorded: datetime,
                   template: cat.ActivityTemplate) -> tuple[Counter, int, int]:
        """Ticks (and a few anonymous extras) of one held session: (counts by band and gender, new, returning)."""
        rng = self.rng
        came = [p for p in roster.signed_up if rng.random() < SHOW_UP] or roster.signed_up[:1]
        counts: Counter = Counter()
        for person in came:
            tick = self._base(recorded)
            tick.update(session_id=session_id, participant_id=person.id, present=True)
            self.b.writer.add("attendance_ticks", tick)
            counts[(person.band, person.gender)] += 1
        new = sum(1 for p in came if p.id not in roster.seen)
        roster.seen.update(p.id for p in came)
        if rng.random() < 0.25:
            cells, cum = self.profiles[template.target_group]
            extras = Counter(rng.choices(cells, cum_weights=cum, k=rng.randint(1, 3)))
            for (band, gender), count in sorted(extras.items()):
                if template.gender is not None and gender != template.gender:
                    continue
                row = self._base(recorded)
                row.update(session_id=session_id, age_band=band, gender=gender, count=count)
                self.b.writer.add("attendance_extras", row)
                counts[(band, gender)] += count
        return counts, new, len(came) - new


__all__ = ["ROSTER_TEMPLATES", "Roster", "SignupDemo"]
