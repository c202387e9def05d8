"""Every write of every shared table lands in the outbox, in the same transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import String, Text, select
from sqlalchemy.orm import Session

from boligsocial_desktop.storage.models import (
    LOCAL_ONLY_TABLES,
    Base,
    OutboxChange,
    SharedRow,
    shared_models,
)

SAMPLES = {
    bool: True,
    int: 3,
    float: 3.5,
    date: date(2026, 3, 4),
    time: time(15, 0),
    datetime: datetime(2026, 3, 4, 12, 0, tzinfo=UTC),
    str: "x",
    dict: {"da": "x"},
}


def _sample_value(column):
    return SAMPLES[column.type.python_type]


def _insert_with_parents(session: Session, model: type[SharedRow], cache: dict) -> SharedRow:
    """A valid row of `model`, creating the rows its required foreign keys point at."""
    values = {}
    for column in model.__table__.columns:
        if column.name in {"id", "created_at", "updated_at", "deleted_at", "version"}:
            continue
        if column.foreign_keys:
            if column.nullable:
                continue
            target_table = next(iter(column.foreign_keys)).column.table.name
            target_model = next(m for m in shared_models() if m.__tablename__ == target_table)
            if target_table not in cache:
                cache[target_table] = _insert_with_parents(session, target_model, cache)
            values[column.name] = cache[target_table].id
        elif not column.nullable or column.default is None:
            values[column.name] = _sample_value(column)
    row = model(**values)
    session.add(row)
    session.flush()
    return row


def _column_to_change(db, model: type[SharedRow]) -> tuple[str, str]:
    """A plain text column to edit, or else a foreign key pointed at a new parent row."""
    columns = [c for c in model.__table__.columns if c.name not in {"id", "created_at", "updated_at", "deleted_at"}]
    for column in columns:
        if isinstance(column.type, (String, Text)) and not column.foreign_keys:
            return column.name, "ændret"
    column = next(c for c in columns if c.foreign_keys)
    target_table = next(iter(column.foreign_keys)).column.table.name
    target_model = next(m for m in shared_models() if m.__tablename__ == target_table)
    with db.transaction() as session:
        return column.name, _insert_with_parents(session, target_model, {}).id


def test_every_table_is_shared_or_explicitly_local():
    shared = {m.__tablename__ for m in shared_models()}
    assert shared | LOCAL_ONLY_TABLES == set(Base.metadata.tables)
    assert len(shared) >= 25


@pytest.mark.parametrize("model", shared_models(), ids=lambda m: m.__tablename__)
def test_insert_update_delete_of_each_table_land_in_outbox(db, model):
    with db.transaction() as session:
        row = _insert_with_parents(session, model, {})
        row_id = row.id
    column, new_value = _column_to_change(db, model)
    with db.transaction() as session:
        setattr(session.get(model, row_id), column, new_value)
    with db.transaction() as session:
        session.get(model, row_id).deleted_at = datetime.now(UTC)

    with db.reading() as session:
        changes = session.scalars(
            select(OutboxChange).where(OutboxChange.row_id == row_id).order_by(OutboxChange.seq)
        ).all()
    assert [c.op for c in changes] == ["insert", "update", "delete"]
    insert, update, delete = changes
    assert insert.table_name == model.__tablename__
    assert insert.fields["id"] == row_id
    assert update.fields == {column: new_value}
    assert update.base_version == 1
    assert delete.base_version == 2
    assert delete.fields["deleted_at"] is not None
    assert insert.hlc < update.hlc < delete.hlc
    assert {c.origin for c in changes} == {db.origin}


def test_hard_delete_is_captured_too(db):
    from boligsocial_desktop.storage.models import Partner

    with db.transaction() as session:
        partner = Partner(name="Frivilligcenter")
        session.add(partner)
    with db.transaction() as session:
        session.delete(session.get(Partner, partner.id))
    with db.reading() as session:
        ops = session.scalars(select(OutboxChange.op).where(OutboxChange.row_id == partner.id)).all()
    assert ops == ["insert", "delete"]


def test_rolled_back_write_leaves_no_outbox_row(db):
    from boligsocial_desktop.storage.models import Estate

    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Estate(name="Ellemarken"))
        session.flush()
        raise RuntimeError("afbrudt")
    with db.reading() as session:
        assert session.scalars(select(OutboxChange)).all() == []
        assert session.scalars(select(Estate)).all() == []


def test_unchanged_assignment_records_nothing(db):
    from boligsocial_desktop.storage.models import Estate

    with db.transaction() as session:
        estate = Estate(name="Søparken")
        session.add(estate)
    with db.transaction() as session:
        session.get(Estate, estate.id).name = "Søparken"
    with db.reading() as session:
        assert session.scalars(select(OutboxChange.op)).all() == ["insert"]


def test_clock_survives_reopen(db_path, tmp_path):
    from boligsocial_desktop.storage.engine import open_database
    from boligsocial_desktop.storage.models import Estate

    first = open_database(path=db_path)
    with first.transaction() as session:
        session.add(Estate(name="Hastrupparken"))
    last = first.capture.clock.last
    origin = first.origin
    first.dispose()
    second = open_database(path=db_path)
    assert second.origin == origin
    assert second.capture.clock.now() > last
    second.dispose()
