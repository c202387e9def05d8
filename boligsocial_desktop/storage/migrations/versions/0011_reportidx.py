"""Covering indexes for the reports' grouped statements, on ten years of data.

Each report statement goes from a period's sessions (or advice visits) to their rows in one
other table and adds them up. With these indexes SQLite reads every column it needs from the
index alone instead of looking up each table row as well:

* `ix_sessions_report` (activity_id, day, deleted_at, status, id): a period's sessions of the
  chosen activities, with the status and the id the other tables are joined on.
* `ix_attendances_report`: the headcount summary of each session (totals, hours).
* `ix_attendance_counts_report`: age band × gender of each session.
* `ix_attendance_ticks_report`: the participants ticked at each session (different participants).
* `ix_advice_visit_topics_report`, `ix_advice_visit_referrals_report`: a visit's topics and referrals.

On the large demo database (ten years, four estates) the file grows by about 72 MB (6 %).
Only indexes: no table changes, nothing for sharing (each PC builds its own).

Revision ID: 0011_reportidx
Revises: 0010_perf
Create Date: 2026-12-07
"""

from alembic import op

revision = "0011_reportidx"
down_revision = "0010_perf"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_sessions_report", "sessions", ["activity_id", "day", "deleted_at", "status", "id"]),
    ("ix_attendances_report", "attendances",
     ["session_id", "deleted_at", "total", "new_participants", "returning_participants", "volunteer_hours"]),
    ("ix_attendance_counts_report", "attendance_counts", ["session_id", "deleted_at", "age_band", "gender", "count"]),
    ("ix_attendance_ticks_report", "attendance_ticks", ["session_id", "deleted_at", "present", "participant_id"]),
    ("ix_advice_visit_topics_report", "advice_visit_topics", ["visit_id", "deleted_at", "topic_id"]),
    ("ix_advice_visit_referrals_report", "advice_visit_referrals", ["visit_id", "deleted_at", "referral_target_id"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
