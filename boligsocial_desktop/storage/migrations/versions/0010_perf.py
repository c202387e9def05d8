"""Indexes for the advice log's refresh after a save, on 100,000 visits.

* `ix_advice_visits_created_at` (created_at, id): the visits entered last, at the top of
  the log. Without it every refresh read and sorted all visits: 100–290 ms on the large
  demo, 0.03 ms with it.
* `ix_advice_visits_staff_follow_up` (staff_id, follow_up_due): an adviser's open
  follow-ups, which the log's page reloads beside it: 22–37 ms before, about 1 ms with it.

Only indexes: no table changes, nothing for sharing (each PC builds its own).

Revision ID: 0010_perf
Revises: 0009_admin
Create Date: 2026-12-06
"""

from alembic import op

revision = "0010_perf"
down_revision = "0009_admin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("advice_visits", schema=None) as batch_op:
        batch_op.create_index("ix_advice_visits_created_at", ["created_at", "id"], unique=False)
        batch_op.create_index("ix_advice_visits_staff_follow_up", ["staff_id", "follow_up_due"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("advice_visits", schema=None) as batch_op:
        batch_op.drop_index("ix_advice_visits_staff_follow_up")
        batch_op.drop_index("ix_advice_visits_created_at")
