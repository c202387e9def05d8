"""The table export writes formula-like text as text in CSV; JSON keeps the text as it is."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, time

from boligsocial_desktop.services.data_export import export_table
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.spreadsheet_cells import csv_cell, csv_uncell
from boligsocial_desktop.storage.models import Activity

TITLES = ['=HYPERLINK("http://x","klik")', "+45 12 34 56 78", "-tirsdag", "@ref", "\tfoo", "\rbar", "Strikkeklub"]


def _activities(db):
    estate = PlacesService(db).create_estate("Søparken")
    with db.transaction() as s:
        for title in TITLES:
            s.add(Activity(title=title, estate_id=estate.id, recurrence="ugentlig", start_date=date(2026, 1, 5),
                           end_date=date(2026, 6, 1), start_time=time(15), end_time=time(17),
                           expected_headcount=-1 if title == "-tirsdag" else 12))


def test_csv_cells_get_an_apostrophe_and_json_is_unchanged(db, tmp_path):
    _activities(db)
    export_table(db, "activities", "csv", tmp_path / "a.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "a.csv").read_bytes().decode("utf-8-sig"), newline=""),
                               delimiter=";"))
    assert sorted(r["title"] for r in rows) == sorted(csv_cell(t) for t in TITLES)
    assert {r["title"][:1] for r in rows} == {"'", "S"}
    assert sorted(r["expected_headcount"] for r in rows) == ["-1"] + ["12"] * 6  # numbers stay numbers
    export_table(db, "activities", "json", tmp_path / "a.json")
    assert sorted(r["title"] for r in json.loads((tmp_path / "a.json").read_text())) == sorted(TITLES)


def test_the_cell_rule():
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("@a") == "'@a" and csv_cell("\tx") == "'\tx"
    assert csv_cell(-5) == -5 and csv_cell(1.5) == 1.5 and csv_cell(None) is None and csv_cell("Søparken") == "Søparken"
    assert csv_cell("'hej") == "'hej" and csv_uncell("'hej") == "'hej"
    for text in TITLES:
        assert csv_uncell(csv_cell(text)) == text
