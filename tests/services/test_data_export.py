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
    with pytest.raises(ValidationError, match=r"findes ikke.*estates"):
        export_table(db, "beboere", "json", tmp_path / "x.json")


def test_personal_data_needs_an_adviser_and_is_audited(db, tmp_path):
    from sqlalchemy import select

    from boligsocial_desktop.services.staff import StaffService
    from boligsocial_desktop.storage.models import AuditEntry, OfficeSetting

    staff = StaffService(db)
    helper = staff.create("Mie", "medhjælper")
    adviser = staff.create("Nese", "rådgiver", pin="2468")
    with db.transaction() as session:
        session.add(OfficeSetting(key="visits.token_secret", value={"secret": "hemmelig"}))
        session.add(OfficeSetting(key="ambassadors.welcome_visit_due_days", value={"days": 14}))
    target = tmp_path / "settings.json"
    with pytest.raises(ValidationError, match="personoplysninger"):
        export_table(db, "advice_visits", "json", target, helper)
    assert not target.exists()
    assert export_table(db, "office_settings", "json", target) == 1  # without a staff member: values masked
    assert json.loads(target.read_text("utf-8"))[0]["value"] == "(skjult)"
    assert export_table(db, "office_settings", "json", target, adviser) == 1
    assert "hemmelig" not in target.read_text("utf-8")
    assert json.loads(target.read_text("utf-8"))[0]["value"] == {"days": 14}
    with db.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "eksport")
                                  .order_by(AuditEntry.at)).all()
    assert [(e.staff_id, e.table_name) for e in entries] == [(None, "office_settings"), (adviser.id, "office_settings")]
