"""The facts of an activity in each poster language: "Hver onsdag kl. 15–17", the place, the QR caption.

The words (weekdays, months, "hver", "kl.", "Scan og ring op" …) are in
resources/phrases/poster_phrases.json, which translators edit; this module only puts
them together. The dates come from the sessions actually held: the span runs from the
first held session to the last, and weekdays of the pattern without a session in
between are named ("ikke 23. og 30. december").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..paths import resources_dir
from .danish import EN_DASH, join_words
from .enums import Recurrence

PHRASES_FILE = Path("phrases") / "poster_phrases.json"
MAX_NAMED_SKIPS = 6  # more skipped dates than this are not listed (the line would fill the poster)


@dataclass(frozen=True)
class SeriesFacts:
    """When a series is held, read from its sessions."""

    recurrence: Recurrence
    weekdays: tuple[int, ...]  # 0 = Monday
    start: time
    end: time
    held: tuple[date, ...]  # the days sessions are held (not cancelled), in order

    @property
    def skipped(self) -> tuple[date, ...]:
        """Days of the pattern between the first and last held session that have no session."""
        if len(self.held) < 2 or self.recurrence not in (Recurrence.WEEKLY, Recurrence.BIWEEKLY):
            return ()
        held = set(self.held)
        step = 2 if self.recurrence == Recurrence.BIWEEKLY else 1
        first_monday = self.held[0] - timedelta(days=self.held[0].weekday())
        out, day = [], self.held[0]
        while day <= self.held[-1]:
            week = (day - first_monday).days // 7
            if day.weekday() in self.weekdays and week % step == 0 and day not in held:
                out.append(day)
            day += timedelta(days=1)
        return tuple(out)


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {code: entry for code, entry in data.items() if not code.startswith("_")}


def phrases(path: Path | None = None) -> dict[str, dict[str, Any]]:
    return _load(path or resources_dir() / PHRASES_FILE)


def phrase_languages() -> tuple[str, ...]:
    return tuple(phrases())


def _clock(value: time, style: str) -> str:
    if style == "danish":
        return f"{value.hour}" if value.minute == 0 else f"{value.hour}.{value.minute:02d}"
    return f"{value.hour:02d}:{value.minute:02d}"


def _day(words: dict[str, Any], day: date, with_year: bool, long: bool = False) -> str:
    months = words.get("months_long", words["months"]) if long else words["months"]
    text = words["date"].format(day=day.day, month=months[day.month - 1])
    return f"{text} {day.year}" if with_year else text


def _skipped(words: dict[str, Any], days: tuple[date, ...]) -> str:
    """ "23. og 30. december og 6. januar" in the language's words."""
    months = words.get("months_long", words["months"])
    day_only = words["date"].split("{month}")[0].strip()
    groups: list[str] = []
    for year_month in dict.fromkeys((d.year, d.month) for d in days):
        in_month = [day_only.format(day=d.day) for d in days if (d.year, d.month) == year_month]
        groups.append(f"{join_words(in_month, words['and'])} {months[year_month[1] - 1]}")
    return join_words(groups, words["and"])


def when_text(facts: SeriesFacts, lang: str) -> str | None:
    """E.g. "Hver onsdag kl. 15–17, 7. jan. – 24. jun. 2027, ikke 1. og 8. april"; None without words
    for the language or for a series the words cannot say (monthly)."""
    words = phrases().get(lang)
    if words is None or not facts.held:
        return None
    times = words["time"].format(start=_clock(facts.start, words["clock"]), end=_clock(facts.end, words["clock"]))
    first, last = facts.held[0], facts.held[-1]
    if facts.recurrence == Recurrence.SINGLE or len(facts.held) == 1:
        weekday = words["weekdays"][first.weekday()]
        return f"{weekday} {_day(words, first, True, long=True)}{words.get('comma', ', ')}{times}"
    if facts.recurrence not in (Recurrence.WEEKLY, Recurrence.BIWEEKLY):
        return None
    rule = words["every" if facts.recurrence == Recurrence.WEEKLY else "every_second"]
    weekdays = join_words([words["weekdays"][w] for w in facts.weekdays], words["and"])
    text: str = rule.format(weekdays=weekdays, time=times).strip()
    span = words["span"].format(first=_day(words, first, first.year != last.year), last=_day(words, last, True))
    comma = words.get("comma", ", ")
    text = f"{text}{comma}{span}".replace(" - ", f" {EN_DASH} ")
    skipped = facts.skipped
    if skipped and len(skipped) <= MAX_NAMED_SKIPS:
        text += comma + words["not"].format(dates=_skipped(words, skipped))
    return text


def place_text(place: str, lang: str) -> str | None:
    words = phrases().get(lang)
    return words["place"].format(place=place) if words and place else None


def qr_caption(kind: str, lang: str) -> str | None:
    """The text under the QR code ("url", "tel" or "sms") in the language, or None without words for it."""
    words = phrases().get(lang)
    return words.get(f"qr_{kind}") if words else None
