"""The before_flush backstop: every free-text column is guarded or exempt with a reason, and it bites."""

from __future__ import annotations

import pytest
from sqlalchemy import JSON, String, select

from boligsocial_desktop.errors import ValidationError
from boligsocial_desktop.services.places import PlacesService
from boligsocial_desktop.storage.models import LOCAL_ONLY_TABLES, Activity, Base, Estate
from boligsocial_desktop.storage.text_guard import EXEMPT, GUARDED


def _text_columns():
    for table in Base.metadata.sorted_tables:
        if table.name in LOCAL_ONLY_TABLES:
            continue
        for column in table.columns:
            if column.primary_key or column.foreign_keys:
                continue  # identifiers
            if isinstance(column.type, (String, JSON)):
                yield table.name, column.name


def test_every_shared_text_column_is_guarded_or_exempt_with_a_reason():
    columns = set(_text_columns())
    guarded = {(table, column) for table, names in GUARDED.items() for column in names}
    forgotten = columns - guarded - set(EXEMPT)
    assert not forgotten, f"add these columns to GUARDED or EXEMPT in storage/text_guard.py: {sorted(forgotten)}"
    assert not guarded & set(EXEMPT)
    assert guarded | set(EXEMPT) <= columns, "GUARDED or EXEMPT names a column that does not exist"
    assert all(reason.strip() for reason in EXEMPT.values())
    assert all(label[:1].isupper() for names in GUARDED.values() for label in names.values())


def test_a_write_past_the_services_is_still_refused(db):
    estate = PlacesService(db).create_estate("Søparken")
    with (pytest.raises(ValidationError, match="Feltet »Adresse« ligner et CPR-nummer") as caught,
          db.transaction() as session):
        session.get(Estate, estate.id).address = "01.01.90 – 1234"
    assert caught.value.field == "address"
    with (pytest.raises(ValidationError, match="Feltet »Oversættelser« ligner et CPR-nummer"),
          db.transaction() as session):
        session.add(Activity(title="Café", estate_id=estate.id, recurrence="enkelt",
                             translations={"title": {"ar": "٠١٠١٩٠-١٢٣٤"}}))
    with db.reading() as session:
        assert session.get(Estate, estate.id).address is None
        assert session.scalars(select(Activity)).all() == []


def test_an_old_row_holding_a_cpr_number_can_still_be_edited_elsewhere(db):
    estate = PlacesService(db).create_estate("Søparken")
    with db.transaction() as session:
        session.execute(Estate.__table__.update().where(Estate.__table__.c.id == estate.id)
                        .values(address="010190-1234"))
    with db.transaction() as session:
        session.get(Estate, estate.id).name = "Søparken Nord"  # only the changed columns are checked
    with db.transaction() as session:
        row = session.get(Estate, estate.id)
        row.address = None  # and cleaning up is allowed
    with db.reading() as session:
        assert session.get(Estate, estate.id).name == "Søparken Nord"
