"""Helpers shared by the ambassador tests (imported by name; tests/ambassadors is on sys.path)."""

from __future__ import annotations

from datetime import date

from boligsocial_desktop.services.ambassadors import AmbassadorInput, LanguageSkill

TODAY = date(2026, 3, 4)  # a Wednesday in week 10


def person(name: str, estate_id: str, *languages: tuple[str, str] | str, phone: str | None = None,
           scope: str = "ingen", **extra) -> AmbassadorInput:
    skills = tuple(LanguageSkill(lang, "godt") if isinstance(lang, str) else LanguageSkill(*lang) for lang in languages)
    consent_date = date(2026, 1, 10) if scope != "ingen" else None
    return AmbassadorInput(name=name, estate_id=estate_id, languages=skills, phone=phone, consent_scope=scope,
                           consent_date=extra.pop("consent_date", consent_date), **extra)
