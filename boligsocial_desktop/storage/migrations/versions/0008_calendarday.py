"""Series on several weekdays: `activities.weekdays` holds them as "0,3" (Monday and Thursday).

`weekday` keeps the first of them, so an older version on another PC still shows a
sensible day.

Revision ID: 0006_calendarday
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_calendarday"
down_revision = "0007_signups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weekdays", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_column("weekdays")
