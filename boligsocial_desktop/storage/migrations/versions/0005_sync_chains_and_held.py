"""Sharing you can trust: hash chains over change files, and changes held until they can apply.

* `sync_exported_files.chain` and `sync_applied.chain`: the chain hash of a change file
  (its predecessor's chain and its own changes), written by the PC that made the file and
  remembered by every PC that applied it. Two histories under one PC identity (a restored
  or cloned PC) differ in these hashes, so every PC can see the fork.
* `sync_held_changes`: changes that cannot be applied yet (a row that has not arrived, a
  column or table this version does not know); they are tried again after every import and
  after an upgrade, never dropped.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

import boligsocial_desktop.storage.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_exported_files", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain", sa.String(length=64), nullable=True))
    with op.batch_alter_table("sync_applied", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain", sa.String(length=64), nullable=True))
    op.create_table(
        "sync_held_changes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.Column("hlc", sa.String(length=60), nullable=False),
        sa.Column("base", sa.JSON(), nullable=True),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("held_at", boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_held_changes")),
    )


def downgrade() -> None:
    op.drop_table("sync_held_changes")
    with op.batch_alter_table("sync_applied", schema=None) as batch_op:
        batch_op.drop_column("chain")
    with op.batch_alter_table("sync_exported_files", schema=None) as batch_op:
        batch_op.drop_column("chain")
