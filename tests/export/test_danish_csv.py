"""CSV for Danish Excel: decimal comma, dd-mm-åååå, Danish time; read back by LibreOffice in Danish."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest
from sqlalchemy import select

from boligsocial_desktop.services.data_export import export_table
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.services.spreadsheet_cells import danish_text, xlsx_value
from boligsocial_desktop.storage.models import Activity


@pytest.mark.parametrize(("value", "decimals", "expected"), [
    (1.5, None, "1,5"), (1234.5, None, "1234,5"), (2.675, 2, "2,68"), (1.25, 1, "1,3"), (6, 1, "6,0"),
    (6, None, "6"), (-3, None, "-3"), (Decimal("0.10"), None, "0,10"), (1e-7, None, "0,0000001"),
    (-0.04, 1, "0,0"), (date(2026, 12, 1), None, "01-12-2026"), (time(9, 5), None, "09:05"),
    (datetime(2026, 7, 10, 8, 0, tzinfo=UTC), None, "10-07-2026 10:00"),  # summer time in Denmark
    (datetime(2026, 12, 1, 8, 0, tzinfo=UTC), None, "01-12-2026 09:00"),
    (True, None, "ja"), (False, None, "nej"), (None, None, ""), ("-tirsdag", None, "'-tirsdag"),
])
def test_one_danish_text_for_every_csv_cell(value, decimals, expected):
    assert danish_text(value, decimals) == expected


def test_xlsx_keeps_dates_typed_in_danish_time():
    moment, fmt = xlsx_value(datetime(2026, 7, 10, 8, 0, tzinfo=UTC))
    assert moment == datetime(2026, 7, 10, 10, 0) and fmt == "dd\\-mm\\-yyyy\\ hh:mm"
    assert xlsx_value(date(2026, 12, 1)) == (date(2026, 12, 1), "dd\\-mm\\-yyyy")
    assert xlsx_value(1.5) == (1.5, None)


def _activity(db) -> None:
    estate = PlacesService(db).create_estate("Søparken")
    with db.transaction() as s:
        s.add(Activity(title="Fællesspisning", estate_id=estate.id, recurrence="ugentlig",
                       start_date=date(2026, 1, 5), end_date=date(2026, 6, 1), start_time=time(17, 30),
                       end_time=time(19), expected_headcount=-1, price_kr=29.5, signup_required=True))


def _rows(path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))


def test_table_export_writes_danish_numbers_dates_and_times(db, tmp_path):
    _activity(db)
    export_table(db, "activities", "csv", tmp_path / "a.csv")
    row = _rows(tmp_path / "a.csv")[0]
    with db.reading() as session:
        created = session.scalars(select(Activity.created_at)).one()
    assert (row["start_date"], row["end_date"], row["start_time"]) == ("05-01-2026", "01-06-2026", "17:30")
    assert (row["price_kr"], row["expected_headcount"], row["signup_required"]) == ("29,5", "-1", "ja")
    assert row["created_at"] == danish_text(created) and len(row["created_at"]) == len("06-12-2026 21:30")


@pytest.mark.sqlite_only
def test_danish_calc_reads_the_table_export_as_numbers_and_dates(db, tmp_path, danish_calc):
    _activity(db)
    export_table(db, "activities", "csv", tmp_path / "aktiviteter.csv")
    header, row = danish_calc(tmp_path / "aktiviteter.csv")
    cell = dict(zip(header, row, strict=False))
    assert cell["start_date"] == datetime(2026, 1, 5) and cell["end_date"] == datetime(2026, 6, 1)
    assert cell["price_kr"] == 29.5 and cell["expected_headcount"] == -1
    assert isinstance(cell["created_at"], datetime) and cell["created_at"].year >= 2026
    assert cell["title"] == "Fællesspisning"
