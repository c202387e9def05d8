"""Poster templates: every number must be finite and every element on the page; the message names the field."""

from __future__ import annotations

import json

import pytest

from boligsocial_desktop.pdf.poster.templates import TemplateError, parse_template, templates_dir

BASE = json.loads((templates_dir() / "foto.json").read_text(encoding="utf-8"))


def _write(tmp_path, change):
    raw = json.loads(json.dumps(BASE))
    change(raw)
    path = tmp_path / "test.json"
    path.write_text(json.dumps(raw, allow_nan=True), encoding="utf-8")
    return path


def _title(raw):
    return next(e for e in raw["elements"] if e["kind"] == "title")


def _set(key, value):
    return lambda raw: _title(raw).__setitem__(key, value)


@pytest.mark.parametrize(("change", "words"), [
    (_set("x", float("nan")), "»x (vandret placering)« skal være et endeligt tal"),
    (_set("y", float("inf")), "»y (lodret placering)« skal være et endeligt tal"),
    (_set("w", float("-inf")), "»w (bredde)« skal være et endeligt tal"),
    (_set("h", "46"), "»h (højde)« skal være et tal"),
    (_set("h", True), "»h (højde)« skal være et tal"),
    (_set("x", -5), "ligger uden for A4-siden"),
    (_set("x", 1e308), "ligger uden for A4-siden"),
    (_set("y", 290), "ligger uden for A4-siden"),
    (_set("w", 0), "ligger uden for A4-siden"),
    (_set("max_size", float("nan")), "»max_size« skal være et endeligt tal"),
    (_set("min_size", float("inf")), "»min_size« skal være et endeligt tal"),
    (_set("leading", 1e9), "»leading« skal være mellem"),
    (_set("translation_scale", -1), "»translation_scale« skal være mellem"),
    (lambda raw: raw.__setitem__("order", float("nan")), "»order« skal være et endeligt tal"),
    (lambda raw: raw.__setitem__("order", 1e300), "»order« skal være et helt tal"),
    (lambda raw: raw.__setitem__("elements", {"kind": "title"}), "»elements« skal være en liste"),
])
def test_a_bad_number_is_refused_naming_the_field(tmp_path, change, words):
    with pytest.raises(TemplateError) as caught:
        parse_template(_write(tmp_path, change))
    assert words in caught.value.message
    assert caught.value.message.startswith("Skabelonen test.json kan ikke bruges: ")


def test_the_shipped_templates_pass():
    for path in sorted(templates_dir().glob("*.json")):
        parse_template(path)
