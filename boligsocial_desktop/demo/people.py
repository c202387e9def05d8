"""Demo beboerambassadører: roster with languages and consent, move-ins, welcome visits,
duties (vagter) and who took them.

Privacy: an ambassador without recorded consent has no address, phone, e-mail or notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING

from ..domain.enums import AmbassadorStatus, AssignmentState, ConsentScope, DutyKind, WelcomeVisitState
from . import catalogue as cat
from .names import email_for, flat_address, person_name, phone_number, pick_gender, pick_language

if TYPE_CHECKING:
    from .generator import Build


@dataclass
class AmbassadorInfo:
    id: str
    estate: int
    start: date
    end: date | None  # None: still active
    languages: frozenset[str]
    paused: bool = False


@dataclass
class Roster:
    """Who is active, per estate and month, for matching duties and welcome visits."""

    by_month: dict[tuple[int, int, int], list[AmbassadorInfo]] = field(default_factory=dict)

    def active(self, estate: int, d: date) -> list[AmbassadorInfo]:
        return self.by_month.get((estate, d.year, d.month), [])


def _month_key(d: date) -> tuple[int, int]:
    return d.year, d.month


def _months(start: date, end: date):
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def _estate_weights(b: Build) -> list[float]:
    return list(accumulate(e.spec.flats for e in b.estates))


def generate_ambassadors(b: Build, percent_from: int, percent_to: int) -> None:
    rng = b.rng
    b.progress(percent_from, "Opretter beboerambassadører …")
    estate_cum = _estate_weights(b)
    span = (b.today - timedelta(days=30) - (b.first_day - timedelta(days=180))).days
    drafts = []
    for _ in range(b.spec.ambassadors):
        start = b.first_day - timedelta(days=180) + timedelta(days=rng.randint(0, max(1, span)))
        length = int(rng.expovariate(1 / 560)) + 60
        finish = start + timedelta(days=length)
        end: date | None = None if finish >= b.today else finish
        estate = rng.choices(range(len(b.estates)), cum_weights=estate_cum)[0]
        drafts.append((start, end, estate))
    drafts.sort(key=lambda d: d[0])
    infos: list[AmbassadorInfo] = []
    for start, end, estate in drafts:
        language = pick_language(rng)
        gender = pick_gender(rng, 0.62)
        name = person_name(rng, language, gender)
        consent_roll = rng.random()
        scope = (
            ConsentScope.STORE_AND_SHARE if consent_roll < 0.3
            else ConsentScope.STORE if consent_roll < 0.78
            else ConsentScope.NONE
        ).value  # fmt: skip
        consent = scope != ConsentScope.NONE.value
        paused = end is None and rng.random() < 0.08
        status = (
            AmbassadorStatus.STOPPED if end is not None
            else AmbassadorStatus.PAUSED if paused
            else AmbassadorStatus.ACTIVE
        ).value  # fmt: skip
        training = start - timedelta(days=rng.randint(0, 40))
        term = "forår" if training.month <= 6 else "efterår"
        row = b.base(b.stamp(start, time(10, 0)), b.stamp(end, time(10, 0)) if end else None)
        estate_spec = b.estates[estate].spec
        row.update(
            name=name,
            estate_id=b.estates[estate].id,
            address=flat_address(rng, estate_spec.street, estate_spec.max_number, estate_spec.postcode)
            if consent
            else None,
            phone=phone_number(rng) if consent else None,
            email=email_for(name, rng) if consent and rng.random() < 0.6 else None,
            status=status,
            start_date=start,
            stop_date=end,
            training_course=f"Beboerambassadør-uddannelsen, {term} {training.year}",
            training_date=training,
            notes=rng.choice(cat.AMBASSADOR_NOTES) if consent and rng.random() < 0.15 else None,
            consent_date=start - timedelta(days=rng.randint(0, 20)) if consent else None,
            consent_scope=scope,
            anonymised_at=None,
        )
        b.writer.add("ambassadors", row)
        languages = [(language, "modersmål")]
        if language != "da":
            languages.append(("da", rng.choices(("flydende", "godt", "lidt"), (4, 4, 2))[0]))
        if language != "en" and rng.random() < 0.3:
            languages.append(("en", rng.choice(("flydende", "godt", "lidt"))))
        if language == "so" and rng.random() < 0.3:
            languages.append(("ar", rng.choice(("godt", "lidt"))))
        if language == "fa" and rng.random() < 0.2:
            languages.append(("ur", "lidt"))
        for code, level in languages:
            lang_row = b.base(row["created_at"])
            lang_row.update(ambassador_id=row["id"], language=code, level=level)
            b.writer.add("ambassador_languages", lang_row)
        infos.append(AmbassadorInfo(row["id"], estate, start, end, frozenset(c for c, _ in languages), paused))
    roster = Roster()
    horizon = b.today + timedelta(days=60)
    for info in infos:
        last = info.end or horizon
        for y, m in _months(max(info.start, b.first_day - timedelta(days=31)), last):
            if info.paused and (y, m) >= _month_key(b.today - timedelta(days=60)):
                continue
            roster.by_month.setdefault((info.estate, y, m), []).append(info)
    b.ambassador_roster = roster
    b.progress(percent_to, "Opretter beboerambassadører …")


def _duty_clock(rng, d: date) -> tuple[time, time]:
    if d.weekday() >= 5:
        return time(10, 0), time(11, 30)
    return rng.choice(((time(16, 0), time(17, 0)), (time(17, 0), time(18, 0)), (time(15, 30), time(16, 30))))


def _assignment_state(rng, day: date, today: date) -> str:
    if day < today:
        return (AssignmentState.DONE if rng.random() < 0.86 else AssignmentState.CANCELLED).value
    return (AssignmentState.CONFIRMED if rng.random() < 0.6 else AssignmentState.PROPOSED).value


def generate_move_ins_and_duties(b: Build, percent_from: int, percent_to: int) -> None:
    rng = b.rng
    roster = b.ambassador_roster or Roster()
    coordinators = [s for s in b.staff if s.role == "koordinator"]
    today = b.today
    b.progress(percent_from, "Opretter vagter og værtskaber …")

    def add_duty(
        kind: str,
        estate: int,
        day: date,
        start: time,
        end: time,
        needed: int,
        description: str | None,
        session_id: str | None = None,
    ) -> dict:
        duty = b.base(b.stamp(day - timedelta(days=rng.randint(5, 21)), time(11, 0)))
        duty.update(
            kind=kind,
            estate_id=b.estates[estate].id,
            session_id=session_id,
            day=day,
            start_time=start,
            end_time=end,
            needed=needed,
            description=description,
        )
        b.writer.add("duties", duty)
        return duty

    def assign(duty: dict, ambassador: AmbassadorInfo, state: str, hours: float | None) -> None:
        row = b.base(min(duty["created_at"] + timedelta(days=1), b.now))
        swap_with = swap_by = None
        if state in (AssignmentState.PROPOSED.value, AssignmentState.CONFIRMED.value) and rng.random() < 0.03:
            others = [a for a in roster.active(ambassador.estate, duty["day"]) if a.id != ambassador.id]
            if others:
                swap_with = rng.choice(others).id
                if coordinators and rng.random() < 0.5:
                    swap_by = rng.choice(coordinators).id
        row.update(
            duty_id=duty["id"],
            ambassador_id=ambassador.id,
            state=state,
            hours=hours,
            swap_with_ambassador_id=swap_with,
            swap_approved_by_id=swap_by,
        )
        b.writer.add("duty_assignments", row)

    def staff_duty(duty: dict, estate: int) -> None:
        active = roster.active(estate, duty["day"])
        if not active:
            return
        wanted = duty["needed"] if rng.random() < 0.8 else max(1, duty["needed"] - 1)
        start, end = duty["start_time"], duty["end_time"]
        hours = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) / 60
        for ambassador in rng.sample(active, min(wanted, len(active))):
            state = _assignment_state(rng, duty["day"], today)
            assign(duty, ambassador, state, hours if state == AssignmentState.DONE.value else None)

    # Hosting at calendar sessions (events, some fællesspisning).
    horizon = today + timedelta(days=45)
    for host in b.host_candidates:
        if host.day > horizon:
            continue
        duty = add_duty(
            DutyKind.EVENT_HOST.value,
            host.estate,
            host.day,
            host.start,
            host.end,
            host.needed,
            f"Værter ved {host.title}",
            host.session_id,
        )
        staff_duty(duty, host.estate)
    # Other duties on ordinary days.
    estate_cum = _estate_weights(b)
    span = (horizon - b.first_day).days
    other = max(0, b.spec.other_duties - len(b.host_candidates))
    drafts = []
    for _ in range(other):
        day = b.first_day + timedelta(days=rng.randint(0, span))
        if b.calendar.is_closed(day):
            continue
        drafts.append((day, rng.choices(range(len(b.estates)), cum_weights=estate_cum)[0]))
    drafts.sort(key=lambda d: d[0])
    for day, estate in drafts:
        roll = rng.random()
        if roll < 0.4:
            kind, text = DutyKind.LAUNDRY_INTRO.value, rng.choice(cat.LAUNDRY_DESCRIPTIONS)
        elif roll < 0.75:
            kind, text = DutyKind.WASTE_GUIDE.value, rng.choice(cat.WASTE_DESCRIPTIONS)
        else:
            kind, text = DutyKind.OTHER.value, rng.choice(cat.OTHER_DUTIES)
        start, end = _duty_clock(rng, day)
        duty = add_duty(kind, estate, day, start, end, rng.choice((1, 1, 2)), text)
        staff_duty(duty, estate)

    # Move-ins and their welcome visits.
    b.progress((percent_from + percent_to) // 2, "Opretter indflytninger og velkomstbesøg …")
    move_span = (today + timedelta(days=30) - b.first_day).days
    moves = []
    for _ in range(b.spec.move_ins):
        day = b.first_day + timedelta(days=rng.randint(0, move_span))
        roll = rng.random()
        if roll < 0.6:
            day = day.replace(day=1)
        elif roll < 0.9:
            day = day.replace(day=15)
        moves.append((max(day, b.first_day), rng.choices(range(len(b.estates)), cum_weights=estate_cum)[0]))
    moves.sort(key=lambda m: m[0])
    for move_day, estate in moves:
        spec = b.estates[estate].spec
        household = pick_language(rng)
        languages = household if household == "da" or rng.random() < 0.4 else f"{household},da"
        address = flat_address(rng, spec.street, spec.max_number, spec.postcode)
        move = b.base(b.stamp(move_day - timedelta(days=rng.randint(10, 30)), time(10, 0)))
        move.update(
            estate_id=b.estates[estate].id,
            address=address,
            move_in_date=move_day,
            household_languages=languages,
            note=rng.choice(cat.MOVE_IN_NOTES) if rng.random() < 0.1 else None,
        )
        b.writer.add("move_ins", move)
        if rng.random() < 0.05:
            continue  # no welcome visit wanted or registered
        _welcome_visit(b, move, estate, move_day, frozenset(languages.split(",")), roster, add_duty, assign)
    b.progress(percent_to, "Opretter indflytninger og velkomstbesøg …")


def _welcome_visit(
    b: Build, move: dict, estate: int, move_day: date, languages: frozenset[str], roster: Roster, add_duty, assign
) -> None:
    rng, today = b.rng, b.today
    due = move_day + timedelta(days=14)
    roll = rng.random()
    if due >= today:
        state = WelcomeVisitState.PLANNED if roll < 0.3 else WelcomeVisitState.OPEN
    elif due >= today - timedelta(days=30):
        state = (
            WelcomeVisitState.OPEN
            if roll < 0.3
            else WelcomeVisitState.PLANNED
            if roll < 0.6
            else WelcomeVisitState.DONE
            if roll < 0.9
            else WelcomeVisitState.NOT_HOME
        )
    else:
        state = (
            WelcomeVisitState.DONE
            if roll < 0.72
            else WelcomeVisitState.NOT_HOME
            if roll < 0.87
            else WelcomeVisitState.DECLINED
            if roll < 0.97
            else WelcomeVisitState.OPEN
        )
    visit_day = None
    if state in (WelcomeVisitState.DONE, WelcomeVisitState.NOT_HOME):
        visit_day = max(move_day + timedelta(days=1), due + timedelta(days=rng.randint(-6, 6)))
        if visit_day >= today:
            state = WelcomeVisitState.PLANNED
    if state == WelcomeVisitState.PLANNED:
        visit_day = max(today + timedelta(days=rng.randint(1, 10)), due + timedelta(days=rng.randint(-3, 3)))
    ambassador = None
    duty = None
    if visit_day is not None:
        active = roster.active(estate, visit_day)
        matching = [a for a in active if a.languages & languages - {"da"}] or [
            a for a in active if a.languages & languages
        ]
        pool = matching or active
        if pool:
            ambassador = rng.choice(pool)
        else:
            state, visit_day = WelcomeVisitState.OPEN, None
    if ambassador is not None and visit_day is not None:
        while b.calendar.is_closed(visit_day):
            visit_day += timedelta(days=1)
        start, end = _duty_clock(rng, visit_day)
        duty = add_duty(
            DutyKind.WELCOME_VISIT.value, estate, visit_day, start, end, 1, f"Velkomstbesøg: {move['address']}"
        )
        if state == WelcomeVisitState.DONE:
            assignment_state, hours = AssignmentState.DONE.value, 1.0
        elif state == WelcomeVisitState.NOT_HOME:
            assignment_state, hours = AssignmentState.DONE.value, 0.5
        else:
            assignment_state = (AssignmentState.CONFIRMED if rng.random() < 0.7 else AssignmentState.PROPOSED).value
            hours = None
        assign(duty, ambassador, assignment_state, hours)
    created = move["created_at"]
    updated = b.stamp(visit_day, time(18, 0)) if visit_day is not None and visit_day < today else created
    row = b.base(created, max(created, updated))
    row.update(
        move_in_id=move["id"],
        due_date=due,
        state=state.value,
        ambassador_id=ambassador.id if ambassador else None,
        duty_id=duty["id"] if duty else None,
        done_date=visit_day if state == WelcomeVisitState.DONE else None,
    )
    b.writer.add("welcome_visits", row)
