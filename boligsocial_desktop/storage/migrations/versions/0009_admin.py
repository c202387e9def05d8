"""Running the office from the program: archived houses and rooms, repeating shifts.

* `houses.archived_at`, `rooms.archived_at`: a house or room that has held sessions is
  archived rather than deleted, so the calendar's history keeps its place; archived
  places are not offered for new bookings.
* `duties.series_id`: the shifts made together as one weekly series share this id, so
  an edit can apply to one shift or to this and the following ones.

Revision ID: 0006_admin
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

import boligsocial_desktop.storage.types

revision = "0009_admin"
down_revision = "0008_calendarday"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("houses", "rooms"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("archived_at", boligsocial_desktop.storage.types.UtcDateTime(timezone=True),
                                          nullable=True))
    with op.batch_alter_table("duties", schema=None) as batch_op:
        batch_op.add_column(sa.Column("series_id", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_duties_series_id"), ["series_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("duties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duties_series_id"))
        batch_op.drop_column("series_id")
    for table in ("rooms", "houses"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("archived_at")
