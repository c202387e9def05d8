"""Small shared checks that raise ValidationError with a Danish message naming the field.

Every free-text field goes through `required_text` or `optional_text` (or, for fields that
need their own parsing such as phone numbers and e-mail addresses, `refuse_cpr` first), so
the CPR guard and the character checks live in one place:

* no text may hold a CPR number (`domain.cpr`, every spelling);
* no text may hold a NUL character;
* names and titles (`required_text`, or `name=True`) may not hold bidi override or isolate
  characters, which turn the displayed order of a name around. Longer texts (descriptions,
  notes, translations) may: text pasted from Word in Arabic sometimes carries them.
"""

from __future__ import annotations

from typing import Any

from ..domain.cpr import contains_cpr_number
from ..domain.text_safety import has_bidi_control, has_nul, has_unsafe_characters, strip_unsafe_characters
from ..errors import ValidationError

MAX_SEARCH_LENGTH = 100  # characters in a search box


def field_name(label: str) -> str:
    """The label as a field name in a message: »Titel«, »Afdelingens navn«."""
    return label[:1].upper() + label[1:]


def cpr_message(label: str) -> str:
    return f"Feltet »{field_name(label)}« ligner et CPR-nummer. Skriv ikke CPR-numre i programmet."


def refuse_cpr(value: str | None, label: str, field: str) -> None:
    """Raise when the text holds a CPR number in any spelling (the text stays in the form to be fixed)."""
    if contains_cpr_number(value):
        raise ValidationError(cpr_message(label), field)


def refuse_unsafe_characters(value: str | None, label: str, field: str, *, name: bool = False) -> None:
    """Raise for a NUL character; for a name or title also for bidi override and isolate characters."""
    if has_nul(value):
        raise ValidationError(f"Feltet »{field_name(label)}« indeholder et ugyldigt tegn (NUL). "
                              "Skriv teksten igen i stedet for at kopiere den ind.", field)
    if name and has_bidi_control(value):
        raise ValidationError(f"Feltet »{field_name(label)}« indeholder usynlige tegn, der vender skriveretningen "
                              "(bidi-styretegn). Skriv teksten igen i stedet for at kopiere den ind.", field)


def check_free_text(value: str | None, label: str, field: str, *, name: bool = False) -> None:
    refuse_unsafe_characters(value, label, field, name=name)
    refuse_cpr(value, label, field)


def required_text(value: str | None, label: str, field: str, max_length: int, *, name: bool = True) -> str:
    """A required name or title (bidi controls refused unless `name=False`)."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"Udfyld {label}.", field)
    if len(text) > max_length:
        raise ValidationError(f"{field_name(label)} må højst være {max_length} tegn.", field)
    check_free_text(text, label, field, name=name)
    return text


def optional_text(value: str | None, label: str, field: str, max_length: int, *,
                  name: bool = False) -> str | None:
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(f"{field_name(label)} må højst være {max_length} tegn.", field)
    check_free_text(text, label, field, name=name)
    return text or None


def search_text(value: str | None, field: str = "search") -> str:
    """A search box's text, stripped; refused when longer than MAX_SEARCH_LENGTH."""
    text = (value or "").strip()
    if len(text) > MAX_SEARCH_LENGTH:
        raise ValidationError(f"Søgeteksten må højst være {MAX_SEARCH_LENGTH} tegn (der er {len(text)}). "
                              "Skriv et kortere ord at søge efter.", field)
    return text


def strip_unsafe_cells(rows: list[list[Any]]) -> list[tuple[int, int]]:
    """Remove NUL and bidi control characters from every text cell of an imported table, in place.

    Returns the (row, column) positions, both counted from 0, of the cells that changed, so the
    import can warn about them. Imports strip where a form refuses: the file cannot be fixed from
    the program, and the characters carry no meaning of their own.
    """
    changed: list[tuple[int, int]] = []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, str) and has_unsafe_characters(value):
                row[c] = strip_unsafe_characters(value)
                changed.append((r, c))
    return changed


def positive_int(value: int | None, label: str, field: str, maximum: int = 10_000) -> int:
    if value is None or value < 1:
        raise ValidationError(f"{label.capitalize()} skal være mindst 1.", field)
    if value > maximum:
        raise ValidationError(f"{label.capitalize()} må højst være {maximum}.", field)
    return value
