"""Poster templates: declarative JSON files in resources/templates/, read and checked here.

A template names its colours and lists its elements, each a box in millimetres on an
A4 page measured from the top left corner (A5 and A3 are the same poster scaled).
Element kinds:

  rect     a filled rectangle (colour band)             fill
  rule     a horizontal line                             color; h is the thickness
  logo     the estate's logo, or its name in a badge     style: on_dark | plate | outline
  picture  the chosen photo, else the pictogram          fit: cover | contain, background, pictogram_color
  title    the title in Danish and the chosen languages  max_size, min_size, color, translation_color,
                                                         translation_scale, align, valign, leading
  body     the descriptions, language by language        max_size, min_size, color, tag_color, align, leading,
                                                         per_page_scale (max_size grows by it with one
                                                         language per page; default 1.4)
  facts    time, place, price, sign-up, contact, with icons   max_size, min_size, color, icon_color
  qr       the QR code with a caption                    color
  footer   the estate and housing organisation           max_size, min_size, color, align

Sizes are points on A4. A template must have a title, a body and facts; the rest are optional.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...errors import AppError
from ...paths import resources_dir

A4_MM = (210.0, 297.0)
KINDS = frozenset({"rect", "rule", "logo", "picture", "title", "body", "facts", "qr", "footer"})
TEXT_KINDS = frozenset({"title", "body", "facts", "footer"})
REQUIRED = ("title", "body", "facts")
COLOR_KEYS = ("fill", "color", "translation_color", "tag_color", "icon_color", "pictogram_color", "background")
DEFAULT_TEMPLATE = "overskrift"
# Numeric options and their allowed range (inclusive); sizes are points, the rest factors.
NUMBER_OPTIONS = {
    "max_size": (1.0, 400.0), "min_size": (1.0, 400.0), "leading": (0.5, 3.0), "translation_scale": (0.1, 2.0),
    "per_page_scale": (0.5, 4.0),
}
GEOMETRY_LABELS = {"x": "x (vandret placering)", "y": "y (lodret placering)", "w": "w (bredde)", "h": "h (højde)"}


class TemplateError(AppError):
    pass


@dataclass(frozen=True)
class Element:
    kind: str
    x: float
    y: float
    w: float
    h: float
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def get(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)


@dataclass(frozen=True)
class Template:
    name: str
    label: str
    description: str
    order: int
    colors: dict[str, str] = field(hash=False, compare=False)
    elements: tuple[Element, ...] = ()

    def first(self, kind: str) -> Element | None:
        return next((e for e in self.elements if e.kind == kind), None)


def templates_dir() -> Path:
    return resources_dir() / "templates"


def _fail(path: Path, why: str) -> TemplateError:
    return TemplateError(f"Skabelonen {path.name} kan ikke bruges: {why}. Ret filen i {path.parent}, "
                         "eller installér programmet igen.")


def parse_template(path: Path) -> Template:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(path, f"filen kan ikke læses som JSON ({exc})") from exc
    if not isinstance(raw, dict):
        raise _fail(path, "filen skal indeholde ét JSON-objekt")
    colors = raw.get("colors", {})
    if not isinstance(colors, dict) or "text" not in colors:
        raise _fail(path, "»colors« skal være et objekt med mindst farven »text«")
    for name, value in colors.items():
        if not (isinstance(value, str) and value.startswith("#") and len(value) == 7):
            raise _fail(path, f"farven »{name}« skal skrives som #rrggbb")
    elements = []
    if not isinstance(raw.get("elements", []), list):
        raise _fail(path, "»elements« skal være en liste")
    for number, item in enumerate(raw.get("elements", []), start=1):
        if not isinstance(item, dict) or item.get("kind") not in KINDS:
            raise _fail(
                path, f"element {number} har en ukendt slags ({item.get('kind') if isinstance(item, dict) else item!r})"
            )
        where = f"element {number} ({item['kind']})"
        box = []
        for key in ("x", "y", "w", "h"):
            if key not in item:
                raise _fail(path, f"{where} mangler tal for x, y, w og h (feltet »{GEOMETRY_LABELS[key]}« mangler)")
            box.append(_number(path, where, GEOMETRY_LABELS[key], item[key]))
        x, y, w, h = box
        if x < 0 or y < 0 or x > A4_MM[0] or y > A4_MM[1]:
            raise _fail(path, f"{where} ligger uden for A4-siden (210 × 297 mm): felterne »x« og »y« skal være "
                              "mellem 0 og 210 og mellem 0 og 297")
        if w <= 0 or h <= 0 or x + w > A4_MM[0] + 0.01 or y + h > A4_MM[1] + 0.01:
            raise _fail(path, f"{where} ligger uden for A4-siden (210 × 297 mm): felterne »w« og »h« skal være "
                              "større end 0, og elementet skal slutte på siden")
        options = {k: v for k, v in item.items() if k not in ("kind", "x", "y", "w", "h")}
        for key, (low, high) in NUMBER_OPTIONS.items():
            if key in options:
                value = _number(path, where, key, options[key])
                if not low <= value <= high:
                    raise _fail(path, f"{where}: feltet »{key}« skal være mellem {low:g} og {high:g} (er {value:g})")
        for key in COLOR_KEYS:
            if key in options and options[key] is not None and options[key] not in colors:
                raise _fail(
                    path, f"element {number} ({item['kind']}) bruger farven »{options[key]}«, som ikke er i »colors«"
                )
        if item["kind"] in TEXT_KINDS:
            smallest, largest = options.get("min_size"), options.get("max_size")
            if not (isinstance(smallest, (int, float)) and isinstance(largest, (int, float))
                    and 0 < smallest <= largest):
                raise _fail(path, f"element {number} ({item['kind']}) skal have min_size og max_size med "
                                  "0 < min_size ≤ max_size")
        elements.append(Element(item["kind"], x, y, w, h, options))
    kinds = {e.kind for e in elements}
    for kind in REQUIRED:
        if kind not in kinds:
            raise _fail(path, f"der mangler et »{kind}«-element")
    name = raw.get("name") or path.stem
    if not isinstance(name, str):
        raise _fail(path, "feltet »name« skal være en tekst")
    order = _number(path, "skabelonen", "order", raw.get("order", 99))
    if not (order.is_integer() and 0 <= order <= 10_000):
        raise _fail(path, "feltet »order« skal være et helt tal mellem 0 og 10000")
    return Template(name=name, label=str(raw.get("label", name)), description=str(raw.get("description", "")),
                    order=int(order), colors=dict(colors), elements=tuple(elements))


def _number(path: Path, where: str, key: str, value: Any) -> float:
    """A finite number from the template (true/false, text, NaN and Infinity are refused, naming the field)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(path, f"{where}: feltet »{key}« skal være et tal, ikke {json.dumps(value, ensure_ascii=False)}")
    number = float(value)
    if not math.isfinite(number):
        raise _fail(path, f"{where}: feltet »{key}« skal være et endeligt tal (ikke NaN eller uendelig)")
    return number


@lru_cache(maxsize=4)
def _load_all(folder: str, _stamp: tuple) -> dict[str, Template]:
    templates = [parse_template(path) for path in sorted(Path(folder).glob("*.json"))]
    return {t.name: t for t in sorted(templates, key=lambda t: (t.order, t.name))}


def all_templates(folder: Path | None = None) -> dict[str, Template]:
    """name -> template, in the order they are offered (cached until a file changes)."""
    folder = folder or templates_dir()
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.json")))
    templates = _load_all(str(folder), stamp)
    if not templates:
        raise TemplateError(f"Der er ingen plakatskabeloner i {folder}. Installér programmet igen.")
    return templates


def get_template(name: str, folder: Path | None = None) -> Template:
    templates = all_templates(folder)
    if name not in templates:
        raise TemplateError(f"Skabelonen »{name}« findes ikke. Vælg en af: {', '.join(templates)}.")
    return templates[name]
