"""Languages the residents and ambassadors speak: ISO 639-1 codes with Danish names.

Stored values are the two-letter codes; people see the Danish names ("somali", "arabisk").
The list covers the languages met in Danish social housing plus the common European ones;
add a code here when an office needs one more.
"""

from __future__ import annotations

from enum import StrEnum

from .danish import danish_sort_key


class LanguageLevel(StrEnum):
    """How well an ambassador speaks a language (stored in ambassador_languages.level)."""

    NATIVE = "modersmål"
    FLUENT = "flydende"
    GOOD = "godt"
    SOME = "lidt"


# Strongest first: used to rank suggestions when the load is equal.
LEVEL_RANK = {LanguageLevel.NATIVE: 0, LanguageLevel.FLUENT: 1, LanguageLevel.GOOD: 2, LanguageLevel.SOME: 3}

LANGUAGES: dict[str, str] = {
    "da": "dansk",
    "ar": "arabisk",
    "so": "somali",
    "tr": "tyrkisk",
    "ur": "urdu",
    "fa": "farsi",
    "ti": "tigrinya",
    "pl": "polsk",
    "en": "engelsk",
    "de": "tysk",
    "ku": "kurdisk",
    "ps": "pashto",
    "ru": "russisk",
    "uk": "ukrainsk",
    "ro": "rumænsk",
    "bs": "bosnisk",
    "hr": "kroatisk",
    "sr": "serbisk",
    "sq": "albansk",
    "vi": "vietnamesisk",
    "th": "thai",
    "tl": "tagalog",
    "es": "spansk",
    "fr": "fransk",
    "it": "italiensk",
    "pt": "portugisisk",
    "lt": "litauisk",
    "lv": "lettisk",
    "et": "estisk",
    "bg": "bulgarsk",
    "hu": "ungarsk",
    "cs": "tjekkisk",
    "el": "græsk",
    "am": "amharisk",
    "om": "oromo",
    "sw": "swahili",
    "hi": "hindi",
    "pa": "punjabi",
    "bn": "bengali",
    "ta": "tamil",
    "zh": "kinesisk",
    "sv": "svensk",
    "no": "norsk",
    "fi": "finsk",
    "is": "islandsk",
    "kl": "grønlandsk",
    "fo": "færøsk",
    "nl": "nederlandsk",
    "he": "hebraisk",
    "ne": "nepalesisk",
    "my": "burmesisk",
    "ka": "georgisk",
    "hy": "armensk",
    "az": "aserbajdsjansk",
    "uz": "usbekisk",
}

_BY_NAME = {name: code for code, name in LANGUAGES.items()}
# Names people type that are not the canonical ones.
_BY_NAME.update({"persisk": "fa", "dari": "fa", "somalisk": "so", "tigrinja": "ti", "kurmanji": "ku",
                 "sorani": "ku", "filippinsk": "tl", "pashtu": "ps", "tamilsk": "ta", "hollandsk": "nl"})


def is_known(code: str) -> bool:
    return code in LANGUAGES


def language_name(code: str) -> str:
    """The Danish name, or the code itself when it is not in the list."""
    return LANGUAGES.get(code, code)


def parse_language(text: str) -> str | None:
    """A code from a code ("so") or a Danish name ("Somali"); None when it is not known."""
    key = text.strip().lower()
    if key in LANGUAGES:
        return key
    return _BY_NAME.get(key)


def parse_level(text: str | None) -> LanguageLevel | None:
    key = (text or "").strip().lower()
    if not key:
        return None
    aliases = {"modersmaal": "modersmål", "modersmal": "modersmål", "god": "godt", "flydende": "flydende"}
    try:
        return LanguageLevel(aliases.get(key, key))
    except ValueError:
        return None


def sorted_codes() -> list[str]:
    """Codes ordered by Danish name (æ, ø, å last, as Danish sorting wants)."""
    return sorted(LANGUAGES, key=lambda code: danish_sort_key(LANGUAGES[code]))
