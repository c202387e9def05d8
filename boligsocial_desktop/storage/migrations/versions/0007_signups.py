"""Sign-ups: participants (persons and households), sign-ups with a waiting list, tick-off
attendance per session with anonymous extras, and seats for sign-ups on activities.

Revision ID: 0006_signups
Revises: 0005
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

import boligsocial_desktop.storage.types

revision = "0007_signups"
down_revision = "0006_seal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('participants',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('household_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('estate_id', sa.String(length=36), nullable=True),
    sa.Column('age_band', sa.String(length=10), nullable=True),
    sa.Column('gender', sa.String(length=10), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('consent_kind', sa.String(length=20), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('erased_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['estate_id'], ['estates.id'], name=op.f('fk_participants_estate_id_estates')),
    sa.ForeignKeyConstraint(['household_id'], ['participants.id'], name=op.f('fk_participants_household_id_participants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participants_household_id'), ['household_id'], unique=False)

    op.create_table('signups',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('queued_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('moved_up_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('signed_up_by_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_signups_activity_id_activities')),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_signups_participant_id_participants')),
    sa.ForeignKeyConstraint(['signed_up_by_id'], ['staff_members.id'], name=op.f('fk_signups_signed_up_by_id_staff_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signups')),
    sa.UniqueConstraint('activity_id', 'participant_id', name=op.f('uq_signups_activity_id'))
    )
    with op.batch_alter_table('signups', schema=None) as batch_op:
        batch_op.create_index('ix_signups_activity_state', ['activity_id', 'state'], unique=False)
        batch_op.create_index(batch_op.f('ix_signups_participant_id'), ['participant_id'], unique=False)

    op.create_table('attendance_extras',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('age_band', sa.String(length=10), nullable=False),
    sa.Column('gender', sa.String(length=10), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_attendance_extras_session_id_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_extras')),
    sa.UniqueConstraint('session_id', 'age_band', 'gender', name=op.f('uq_attendance_extras_session_id'))
    )
    op.create_table('attendance_ticks',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], name=op.f('fk_attendance_ticks_participant_id_participants')),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_attendance_ticks_session_id_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_ticks')),
    sa.UniqueConstraint('session_id', 'participant_id', name=op.f('uq_attendance_ticks_session_id'))
    )
    with op.batch_alter_table('attendance_ticks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_ticks_participant_id'), ['participant_id'], unique=False)

    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signup_capacity', sa.Integer(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_column('signup_capacity')

    with op.batch_alter_table('attendance_ticks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_ticks_participant_id'))

    op.drop_table('attendance_ticks')
    op.drop_table('attendance_extras')
    with op.batch_alter_table('signups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signups_participant_id'))
        batch_op.drop_index('ix_signups_activity_state')

    op.drop_table('signups')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participants_household_id'))

    op.drop_table('participants')
