"""Which languages a poster can be printed in, and what each language calls itself.

The bundled fonts cover the Latin, Arabic (Arabic, Farsi, Urdu, Pashto, Sorani) and
Ethiopic (Tigrinya, Amharic) scripts, plus Greek and Cyrillic. Languages written in other
scripts (Thai, Chinese, Hindi ...) are refused up front with a Danish message, rather
than printing empty boxes.
"""

from __future__ import annotations

from ...domain.languages import LANGUAGES, language_name, sorted_codes
from ...errors import ValidationError

# What each language calls itself: the heading of its section on the poster.
ENDONYMS: dict[str, str] = {
    "da": "Dansk", "ar": "العربية", "so": "Soomaali", "tr": "Türkçe", "ur": "اردو", "fa": "فارسی",
    "ti": "ትግርኛ", "am": "አማርኛ", "pl": "Polski", "en": "English", "de": "Deutsch", "ku": "Kurdî",
    "ps": "پښتو", "ru": "Русский", "uk": "Українська", "ro": "Română", "bs": "Bosanski", "hr": "Hrvatski",
    "sr": "Srpski", "sq": "Shqip", "vi": "Tiếng Việt", "tl": "Tagalog", "es": "Español", "fr": "Français",
    "it": "Italiano", "pt": "Português", "lt": "Lietuvių", "lv": "Latviešu", "et": "Eesti", "bg": "Български",
    "hu": "Magyar", "cs": "Čeština", "el": "Ελληνικά", "om": "Afaan Oromoo", "sw": "Kiswahili", "sv": "Svenska",
    "no": "Norsk", "fi": "Suomi", "is": "Íslenska", "kl": "Kalaallisut", "fo": "Føroyskt", "nl": "Nederlands",
    "az": "Azərbaycanca", "uz": "Oʻzbekcha",
}  # fmt: skip

# Languages whose script none of the bundled fonts has.
NO_FONT = frozenset({"th", "hi", "pa", "bn", "ta", "zh", "he", "ne", "my", "ka", "hy"})


# The languages most residents read besides Danish (DOMAIN.md): offered first.
COMMON = ("ar", "so", "tr", "ur", "fa", "ti", "ku", "en", "pl")


def poster_languages() -> list[str]:
    """Codes a poster can be printed in: Danish, the common ones, then the rest, each group by Danish name."""
    common = [code for code in sorted_codes() if code in COMMON]
    rest = [code for code in sorted_codes() if code != "da" and code not in NO_FONT and code not in COMMON]
    return ["da", *common, *rest]


def endonym(code: str) -> str:
    return ENDONYMS.get(code, language_name(code).capitalize())


def check_languages(codes: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The chosen languages besides Danish, in order, without repeats; unknown or unprintable ones refused."""
    out: list[str] = []
    for raw in codes:
        code = raw.strip().lower()
        if not code or code == "da" or code in out:
            continue
        if code not in LANGUAGES:
            raise ValidationError(f"Sproget »{raw.strip()}« kender programmet ikke. Brug sprogkoder med to "
                                  "bogstaver, fx ar, so, tr, ur, fa, ti.", "languages")
        if code in NO_FONT:
            raise ValidationError(f"Plakaten kan ikke skrives på {language_name(code)}: programmet har ingen "
                                  "skrifttype til det alfabet. Du kan vælge sproget fra.", "languages")
        out.append(code)
    return tuple(out)
