from __future__ import annotations

import json

import pytest

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.data_export import export_table
from boligsocial_desktop.services.places import PlacesService


def test_export_is_deterministic_and_complete(db, tmp_path):
    places = PlacesService(db)
    for name in ("Søparken", "Ellemarken", "Åparken"):
        places.create_estate(name)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert export_table(db, "estates", "json", first) == 3
    export_table(db, "estates", "json", second)
    assert first.read_bytes() == second.read_bytes()
    assert {row["name"] for row in json.loads(first.read_text("utf-8"))} == {"Søparken", "Ellemarken", "Åparken"}


def test_csv_opens_in_danish_excel(db, tmp_path):
    PlacesService(db).create_estate("Søparken")
    target = tmp_path / "estates.csv"
    export_table(db, "estates", "csv", target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.split(";")[:2] == ["name", "code"]
    assert "Søparken" in data.decode("utf-8-sig")


def test_unknown_table_names_the_choices(db, tmp_path):
    with pytest.raises(ValidationError, match="findes ikke.*estates"):
        export_table(db, "beboere", "json", tmp_path / "x.json")
