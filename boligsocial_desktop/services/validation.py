"""Small shared checks that raise ValidationError with a Danish message naming the field."""

from __future__ import annotations

from ..errors import ValidationError


def required_text(value: str | None, label: str, field: str, max_length: int) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"Udfyld {label}.", field)
    if len(text) > max_length:
        raise ValidationError(f"{label.capitalize()} må højst være {max_length} tegn.", field)
    return text


def optional_text(value: str | None, label: str, field: str, max_length: int) -> str | None:
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(f"{label.capitalize()} må højst være {max_length} tegn.", field)
    return text or None


def positive_int(value: int | None, label: str, field: str, maximum: int = 10_000) -> int:
    if value is None or value < 1:
        raise ValidationError(f"{label.capitalize()} skal være mindst 1.", field)
    if value > maximum:
        raise ValidationError(f"{label.capitalize()} må højst være {maximum}.", field)
    return value
