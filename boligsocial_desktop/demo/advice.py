"""Demo Åben Rådgivning: walk-in visits with topics, referrals and follow-up.

Privacy as in DOMAIN.md: visits are anonymous. A share carries a repeat token (a hex
SHA-256 of a random token) so that repeat visitors can be counted without knowing who
they are; only a few visitors have a named case, and only with recorded consent.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, time, timedelta
from itertools import accumulate
from typing import TYPE_CHECKING

from ..domain.enums import ConsentKind
from . import catalogue as cat
from .context import daterange, local_stamp, poisson
from .names import email_for, person_name, phone_number, pick_gender, pick_language

if TYPE_CHECKING:
    from .generator import Build

# Weights for the seasons of walk-in advice: busiest in January and August.
MONTH_WEIGHTS = {1: 1.5, 2: 1.1, 3: 1.0, 4: 0.95, 5: 0.95, 6: 0.9, 7: 0.35, 8: 1.5, 9: 1.15, 10: 1.0, 11: 1.0, 12: 0.7}
WEEKDAY_WEIGHTS = (1.1, 1.2, 0.8, 1.3, 0.6, 0.0, 0.0)
OPENING_HOURS = {  # minutes after midnight, per weekday
    0: (13 * 60, 16 * 60),
    1: (9 * 60 + 30, 12 * 60 + 30),
    2: (13 * 60, 15 * 60),
    3: (13 * 60, 17 * 60 + 30),
    4: (9 * 60 + 30, 12 * 60),
}
AGE_BANDS = ("13–17", "18–24", "25–64", "65+")
AGE_CUM = list(accumulate((2, 12, 72, 14)))
TOPIC_COUNT_CUM = list(accumulate((60, 30, 10)))
TOKEN_SHARE = 0.45  # visits where the visitor accepted a repeat token
REUSE_SHARE = 0.65  # tokened visits by someone who has been before
CASE_WINDOW_DAYS = 270
DELETE_AFTER_DAYS = 365


class Visitor:
    __slots__ = ("age_band", "candidate", "case_from", "case_id", "estate_id", "gender", "language", "token", "visits")

    def __init__(self, token, language, gender, age_band, estate_id):
        self.token, self.language, self.gender, self.age_band, self.estate_id = (
            token,
            language,
            gender,
            age_band,
            estate_id,
        )
        self.visits: list[Visit] = []
        self.case_id: str | None = None
        self.case_from: datetime | None = None  # visits from here on belong to the case
        self.candidate = False


class Visit:
    __slots__ = ("age_band", "at", "duration", "estate_id", "gender", "language", "office", "staff_id", "visitor")

    def __init__(self, at, office, estate_id, staff_id, language, gender, age_band, duration, visitor):
        self.at, self.office, self.estate_id, self.staff_id = at, office, estate_id, staff_id
        self.language, self.gender, self.age_band, self.duration, self.visitor = (
            language,
            gender,
            age_band,
            duration,
            visitor,
        )


def _topic_weights(month: int) -> list[float]:
    return [w * cat.TOPIC_MONTH_BOOST.get((name, month), 1.0) for name, w in cat.TOPIC_WEIGHTS.items()]


class AdviceGenerator:
    def __init__(self, b: Build):
        self.b = b
        self.rng = b.rng
        self.topic_names = [name for name in cat.TOPIC_WEIGHTS if name in b.topics]
        self.topic_cum = {
            m: list(
                accumulate(w for name, w in zip(cat.TOPIC_WEIGHTS, _topic_weights(m), strict=False) if name in b.topics)
            )
            for m in range(1, 13)
        }

    def _token(self) -> str:
        return hashlib.sha256(self.rng.getrandbits(256).to_bytes(32, "big")).hexdigest()

    def _other_estate(self, office: int) -> str | None:
        b, rng = self.b, self.rng
        roll = rng.random()
        if roll < 0.85 or len(b.estates) == 1:
            return b.estates[office].id if roll < 0.95 else None
        return rng.choice(b.estates).id

    def simulate(self, percent_from: int, percent_to: int) -> list[Visit]:
        b, rng = self.b, self.rng
        days = [
            d
            for d in daterange(b.first_day, b.today - timedelta(days=1))
            if WEEKDAY_WEIGHTS[d.weekday()] > 0
            and d not in b.calendar.holidays
            and not (d.month == 12 and d.day >= 23)
            and not (d.month == 1 and d.day == 2)
        ]
        flats = [e.spec.flats for e in b.estates]
        day_weights = [MONTH_WEIGHTS[d.month] * WEEKDAY_WEIGHTS[d.weekday()] for d in days]
        scale = b.spec.advice_visits / (sum(day_weights) * sum(flats))
        visits: list[Visit] = []
        pools: list[list[Visitor]] = [[] for _ in b.estates]
        for n, (d, weight) in enumerate(zip(days, day_weights, strict=False)):
            if n % 120 == 0:
                b.progress(
                    percent_from + (percent_to - percent_from) * n // len(days),
                    "Opretter besøg i Åben Rådgivning …",
                )
            opens, closes = OPENING_HOURS[d.weekday()]
            for office, office_flats in enumerate(flats):
                count = poisson(rng, weight * office_flats * scale)
                if not count:
                    continue
                advisers = b.staff_at(office, d, ("rådgiver", "koordinator"))
                minutes = sorted(rng.randint(opens, closes - 10) for _ in range(count))
                pool = pools[office]
                for minute in minutes:
                    visitor = None
                    if rng.random() < TOKEN_SHARE:
                        if pool and rng.random() < REUSE_SHARE:
                            visitor = rng.choice(pool)
                        else:
                            language = pick_language(rng)
                            visitor = Visitor(
                                self._token(),
                                language,
                                pick_gender(rng, 0.58),
                                rng.choices(AGE_BANDS, cum_weights=AGE_CUM)[0],
                                self._other_estate(office),
                            )
                            pool.append(visitor)
                            if len(pool) > 600:
                                del pool[:300]
                    if visitor is not None:
                        language, gender, age_band, estate_id = (
                            visitor.language,
                            visitor.gender,
                            visitor.age_band,
                            visitor.estate_id,
                        )
                    else:
                        language, gender = pick_language(rng), pick_gender(rng, 0.58)
                        age_band = rng.choices(AGE_BANDS, cum_weights=AGE_CUM)[0]
                        estate_id = self._other_estate(office)
                    at = local_stamp(d, time(minute // 60, minute % 60))
                    visit = Visit(
                        at,
                        office,
                        estate_id,
                        rng.choice(advisers).id,
                        language,
                        gender,
                        age_band,
                        rng.choice((10, 15, 15, 20, 20, 20, 30, 30, 45, 60)),
                        visitor,
                    )
                    if visitor is not None:
                        visitor.visits.append(visit)
                    visits.append(visit)
        return visits

    def cases(self, visits: list[Visit]) -> None:
        """Named cases for a few repeat visitors who consented (recent ones only)."""
        b, rng = self.b, self.rng
        window_start = b.today - timedelta(days=CASE_WINDOW_DAYS)
        candidates: list[Visitor] = []
        for visit in visits:
            visitor = visit.visitor
            if visitor is None or visitor.candidate:
                continue
            recent = [v for v in visitor.visits if v.at.date() >= window_start]
            if len(recent) >= 2:
                visitor.candidate = True
                candidates.append(visitor)
        for visitor in rng.sample(candidates, min(b.spec.advice_cases, len(candidates))):
            recent = [v for v in visitor.visits if v.at.date() >= window_start]
            first, last = recent[0], recent[-1]
            name = person_name(rng, visitor.language, visitor.gender)
            row = b.base(first.at, last.at)
            row.update(
                name=name,
                phone=phone_number(rng) if rng.random() < 0.9 else None,
                email=email_for(name, rng) if rng.random() < 0.4 else None,
                consent_kind=(ConsentKind.WRITTEN if rng.random() < 0.6 else ConsentKind.ORAL).value,
                consent_date=first.at.date(),
                consent_scope=rng.choice(cat.CASE_CONSENT_SCOPES),
                last_visit_at=last.at,
                delete_after=last.at.date() + timedelta(days=DELETE_AFTER_DAYS),
            )
            b.writer.add("advice_cases", row)
            visitor.case_id = row["id"]
            visitor.case_from = first.at

    def write(self, visits: list[Visit], percent_from: int, percent_to: int) -> None:
        b, rng = self.b, self.rng
        topics, referrals = b.topics, b.referrals
        for n, visit in enumerate(visits):
            if n % 5000 == 0:
                b.progress(
                    percent_from + (percent_to - percent_from) * n // max(1, len(visits)),
                    "Gemmer besøg i Åben Rådgivning …",
                )
            d = visit.at.date()
            visitor = visit.visitor
            case_id = None
            if visitor is not None and visitor.case_from is not None and visit.at >= visitor.case_from:
                case_id = visitor.case_id
            k = rng.choices((1, 2, 3), cum_weights=TOPIC_COUNT_CUM)[0]
            chosen: list[str] = []
            cum = self.topic_cum[d.month]
            for _ in range(8):
                name = rng.choices(self.topic_names, cum_weights=cum)[0]
                if name not in chosen:
                    chosen.append(name)
                if len(chosen) == k:
                    break
            sent_to: list[str] = []
            for name in chosen:
                if rng.random() < cat.REFERRAL_SHARE.get(name, 0.0):
                    options = cat.TOPIC_REFERRALS[name]
                    target = options[1] if len(options) > 1 and visit.age_band in ("13–17", "18–24") else options[0]
                    if target in referrals and target not in sent_to and len(sent_to) < 2:
                        sent_to.append(target)
            follow_up = rng.random() < (0.3 if sent_to else 0.14)
            due = done_at = None
            if follow_up:
                due = d + timedelta(days=rng.choice((7, 7, 14, 14, 21)))
                if due.weekday() >= 5:
                    due += timedelta(days=7 - due.weekday())
                if due < b.today - timedelta(days=2) and rng.random() < 0.9:
                    done_day = max(d + timedelta(days=1), due + timedelta(days=rng.randint(-3, 3)))
                    done_at = min(local_stamp(done_day, time(rng.randint(9, 15), rng.choice((0, 15, 30, 45)))), b.now)
            if sent_to:
                outcome = cat.OUTCOME_REFERRED
            elif follow_up:
                outcome = cat.OUTCOME_FOLLOW_UP
            elif rng.random() < 0.08:
                outcome = cat.OUTCOME_COMES_BACK
            else:
                outcome = rng.choice(cat.OUTCOMES_SOLVED)
            note = None
            if rng.random() < (0.6 if case_id else 0.1):
                note = rng.choice(cat.VISIT_NOTES.get(chosen[0], cat.VISIT_NOTES["Andet"]))
            created = visit.at + timedelta(minutes=visit.duration)
            row = b.base(created, max(created, done_at) if done_at else created)
            row.update(
                visited_at=visit.at,
                office_estate_id=b.estates[visit.office].id,
                estate_id=visit.estate_id,
                staff_id=visit.staff_id,
                language=visit.language,
                interpreter_used=visit.language != "da" and rng.random() < 0.3,
                duration_minutes=visit.duration,
                age_band=visit.age_band,
                gender=visit.gender,
                outcome=outcome,
                follow_up_due=due,
                follow_up_done_at=done_at,
                repeat_token_hash=visitor.token if visitor is not None else None,
                case_id=case_id,
                notes=note,
            )
            b.writer.add("advice_visits", row)
            for name in chosen:
                link = b.base(created)
                link.update(visit_id=row["id"], topic_id=topics[name])
                b.writer.add("advice_visit_topics", link)
            for name in sent_to:
                link = b.base(created)
                link.update(visit_id=row["id"], referral_target_id=referrals[name])
                b.writer.add("advice_visit_referrals", link)


def generate_advice(b: Build, percent_from: int, percent_to: int) -> None:
    generator = AdviceGenerator(b)
    middle = percent_from + (percent_to - percent_from) // 4
    visits = generator.simulate(percent_from, middle)
    generator.cases(visits)
    generator.write(visits, middle, percent_to)
