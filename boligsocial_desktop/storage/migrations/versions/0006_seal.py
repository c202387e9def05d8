"""Sensitive columns sealed at rest: the advisers' key and its wraps, and repeat codes sealed to advisers.

* `adviser_keys`: the advisers' key (its id and drop public key), each adviser's and administrator's
  key pair wrapped by their PIN, and grants of the advisers' key to them (crypto.sealed_values).
* `advice_visits.repeat_token_sealed`: a repeat code logged without the advisers' key at hand,
  sealed to the advisers until one signs in and turns it into the keyed hash.

Existing plain values are sealed by the program, not here: the key is only there when the first
adviser signs in with a PIN (services.advisers_key.seal_plain_values).

Revision ID: 0006_seal
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

import boligsocial_desktop.storage.types

revision = "0006_seal"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "adviser_keys",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("key_id", sa.String(length=40), nullable=True),
        sa.Column("public_key", sa.String(length=60), nullable=True),
        sa.Column("kdf", sa.JSON(), nullable=True),
        sa.Column("wrapped", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_members.id"],
                                name=op.f("fk_adviser_keys_staff_id_staff_members")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adviser_keys")),
    )
    with op.batch_alter_table("adviser_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_adviser_keys_staff_id"), ["staff_id"], unique=False)
    with op.batch_alter_table("advice_visits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("repeat_token_sealed", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("advice_visits", schema=None) as batch_op:
        batch_op.drop_column("repeat_token_sealed")
    with op.batch_alter_table("adviser_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adviser_keys_staff_id"))
    op.drop_table("adviser_keys")
