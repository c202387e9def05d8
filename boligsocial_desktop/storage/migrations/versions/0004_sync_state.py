"""Sharing between PCs: local bookkeeping tables and the base clocks of outbox changes.

All tables are local to this PC (never shared): per-field clocks of merged values,
how far each other PC's changes are applied, the change files this PC wrote, conflicts
for a person to settle, files on the share that were left alone, the other PCs seen,
and rows given up because another row with the same unique key won.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

import boligsocial_desktop.storage.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _utc(name: str, nullable: bool) -> sa.Column[Any]:
    return sa.Column(name, boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("base_clocks", sa.JSON(), nullable=True))

    op.create_table(
        "sync_field_clock",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("hlc", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", "field", name=op.f("pk_sync_field_clock")),
    )
    op.create_table(
        "sync_applied",
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("last_hlc", sa.String(length=60), nullable=True),
        _utc("applied_at", True),
        sa.PrimaryKeyConstraint("origin", name=op.f("pk_sync_applied")),
    )
    op.create_table(
        "sync_exported_files",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        _utc("created_at", False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_exported_files")),
    )
    with op.batch_alter_table("sync_exported_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_exported_files_origin"), ["origin"], unique=False)
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("local_value", sa.JSON(), nullable=True),
        sa.Column("local_hlc", sa.String(length=60), nullable=True),
        sa.Column("remote_value", sa.JSON(), nullable=True),
        sa.Column("remote_hlc", sa.String(length=60), nullable=True),
        sa.Column("remote_origin", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        _utc("created_at", False),
        _utc("resolved_at", True),
        sa.Column("resolution", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint("key", name=op.f("uq_sync_conflicts_key")),
    )
    with op.batch_alter_table("sync_conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflicts_open", ["resolved_at", "table_name", "row_id"], unique=False)
    op.create_table(
        "sync_parked_files",
        sa.Column("path", sa.String(length=400), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        _utc("first_seen", False),
        _utc("last_seen", False),
        sa.PrimaryKeyConstraint("path", name=op.f("pk_sync_parked_files")),
    )
    op.create_table(
        "sync_peers",
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=True),
        sa.Column("app_version", sa.String(length=40), nullable=True),
        sa.Column("status_file", sa.String(length=120), nullable=True),
        _utc("last_contact", True),
        sa.Column("positions", sa.JSON(), nullable=True),
        sa.Column("former_origins", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("origin", name=op.f("pk_sync_peers")),
    )
    op.create_table(
        "sync_dropped_rows",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("winner_id", sa.String(length=36), nullable=True),
        sa.Column("conflict_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_dropped_rows")),
    )


def downgrade() -> None:
    for table in ("sync_dropped_rows", "sync_peers", "sync_parked_files", "sync_conflicts", "sync_exported_files",
                  "sync_applied", "sync_field_clock"):
        op.drop_table(table)
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("base_clocks")
