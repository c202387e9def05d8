"""The migrations build exactly the schema the models declare: tables, columns and indexes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from boligsocial_desktop.storage.models import Base


def test_migrated_database_matches_the_models(db):
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_the_reports_covering_indexes_exist(db):
    indexes = {(table, index["name"]): index["column_names"]
               for table in ("sessions", "attendance_counts", "attendance_ticks", "advice_visit_topics")
               for index in inspect(db.engine).get_indexes(table)}
    assert indexes[("attendance_counts", "ix_attendance_counts_report")] == [
        "session_id", "deleted_at", "age_band", "gender", "count"]
    assert indexes[("advice_visit_topics", "ix_advice_visit_topics_report")] == ["visit_id", "deleted_at", "topic_id"]
