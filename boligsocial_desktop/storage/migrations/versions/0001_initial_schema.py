"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

import boligsocial_desktop.storage.types

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('advice_cases',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('consent_kind', sa.String(length=20), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=False),
    sa.Column('consent_scope', sa.String(length=200), nullable=False),
    sa.Column('last_visit_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('delete_after', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_advice_cases'))
    )
    op.create_table('advice_topics',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_advice_topics'))
    )
    op.create_table('estates',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('housing_organisation', sa.String(length=120), nullable=True),
    sa.Column('flats', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_estates'))
    )
    op.create_table('grant_periods',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grant_periods'))
    )
    op.create_table('local_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_local_state'))
    )
    op.create_table('office_settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_office_settings')),
    sa.UniqueConstraint('key', name=op.f('uq_office_settings_key'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('hlc', sa.String(length=60), nullable=False),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('exported', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_exported'), ['exported'], unique=False)

    op.create_table('partners',
    sa.Column('name', sa.String(length=160), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=True),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners'))
    )
    op.create_table('referral_targets',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_targets'))
    )
    op.create_table('staff_members',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('initials', sa.String(length=10), nullable=True),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('os_username', sa.String(length=120), nullable=True),
    sa.Column('pin_hash', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_members'))
    )
    with op.batch_alter_table('staff_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_members_os_username'), ['os_username'], unique=False)

    op.create_table('advice_visits',
    sa.Column('visited_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('office_estate_id', sa.String(length=36), nullable=False),
    sa.Column('estate_id', sa.String(length=36), nullable=True),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=True),
    sa.Column('interpreter_used', sa.Boolean(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('age_band', sa.String(length=10), nullable=True),
    sa.Column('gender', sa.String(length=10), nullable=True),
    sa.Column('outcome', sa.String(length=200), nullable=True),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('follow_up_done_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('repeat_token_hash', sa.String(length=64), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['advice_cases.id'], name=op.f('fk_advice_visits_case_id_advice_cases')),
    sa.ForeignKeyConstraint(['estate_id'], ['estates.id'], name=op.f('fk_advice_visits_estate_id_estates')),
    sa.ForeignKeyConstraint(['office_estate_id'], ['estates.id'], name=op.f('fk_advice_visits_office_estate_id_estates')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_members.id'], name=op.f('fk_advice_visits_staff_id_staff_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_advice_visits'))
    )
    with op.batch_alter_table('advice_visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_advice_visits_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_advice_visits_follow_up_due'), ['follow_up_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_advice_visits_repeat_token_hash'), ['repeat_token_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_advice_visits_visited_at'), ['visited_at'], unique=False)

    op.create_table('ambassadors',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('estate_id', sa.String(length=36), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('stop_date', sa.Date(), nullable=True),
    sa.Column('training_course', sa.String(length=160), nullable=True),
    sa.Column('training_date', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('consent_scope', sa.String(length=20), nullable=False),
    sa.Column('anonymised_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['estate_id'], ['estates.id'], name=op.f('fk_ambassadors_estate_id_estates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ambassadors'))
    )
    with op.batch_alter_table('ambassadors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ambassadors_estate_id'), ['estate_id'], unique=False)

    op.create_table('audit_log',
    sa.Column('at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=True),
    sa.Column('row_id', sa.String(length=36), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_members.id'], name=op.f('fk_audit_log_staff_id_staff_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)

    op.create_table('closing_periods',
    sa.Column('estate_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['estate_id'], ['estates.id'], name=op.f('fk_closing_periods_estate_id_estates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_closing_periods'))
    )
    with op.batch_alter_table('closing_periods', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_closing_periods_estate_id'), ['estate_id'], unique=False)

    op.create_table('focus_areas',
    sa.Column('grant_period_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['grant_period_id'], ['grant_periods.id'], name=op.f('fk_focus_areas_grant_period_id_grant_periods')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_focus_areas'))
    )
    with op.batch_alter_table('focus_areas', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_focus_areas_grant_period_id'), ['grant_period_id'], unique=False)

    op.create_table('houses',
    sa.Column('estate_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=True),
    sa.Column('opens_at', sa.Time(), nullable=True),
    sa.Column('closes_at', sa.Time(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['estate_id'], ['estates.id'], name=op.f('fk_houses_estate_id_estates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_houses'))
    )
    with op.batch_alter_table('houses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_houses_estate_id'), ['estate_id'], unique=False)

    op.create_table('move_ins',
    sa.Column('estate_id', sa.String(length=36), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('move_in_date', sa.Date(), nullable=False),
    sa.Column('household_languages', sa.String(length=120), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['estate_id'], ['estates.id'], name=op.f('fk_move_ins_estate_id_estates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_move_ins'))
    )
    with op.batch_alter_table('move_ins', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_move_ins_estate_id'), ['estate_id'], unique=False)

    op.create_table('advice_visit_referrals',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('referral_target_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['referral_target_id'], ['referral_targets.id'], name=op.f('fk_advice_visit_referrals_referral_target_id_referral_targets')),
    sa.ForeignKeyConstraint(['visit_id'], ['advice_visits.id'], name=op.f('fk_advice_visit_referrals_visit_id_advice_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_advice_visit_referrals')),
    sa.UniqueConstraint('visit_id', 'referral_target_id', name=op.f('uq_advice_visit_referrals_visit_id'))
    )
    with op.batch_alter_table('advice_visit_referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_advice_visit_referrals_referral_target_id'), ['referral_target_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_advice_visit_referrals_visit_id'), ['visit_id'], unique=False)

    op.create_table('advice_visit_topics',
    sa.Column('visit_id', sa.String(length=36), nullable=False),
    sa.Column('topic_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['topic_id'], ['advice_topics.id'], name=op.f('fk_advice_visit_topics_topic_id_advice_topics')),
    sa.ForeignKeyConstraint(['visit_id'], ['advice_visits.id'], name=op.f('fk_advice_visit_topics_visit_id_advice_visits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_advice_visit_topics')),
    sa.UniqueConstraint('visit_id', 'topic_id', name=op.f('uq_advice_visit_topics_visit_id'))
    )
    with op.batch_alter_table('advice_visit_topics', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_advice_visit_topics_topic_id'), ['topic_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_advice_visit_topics_visit_id'), ['visit_id'], unique=False)

    op.create_table('ambassador_languages',
    sa.Column('ambassador_id', sa.String(length=36), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ambassador_id'], ['ambassadors.id'], name=op.f('fk_ambassador_languages_ambassador_id_ambassadors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ambassador_languages')),
    sa.UniqueConstraint('ambassador_id', 'language', name=op.f('uq_ambassador_languages_ambassador_id'))
    )
    with op.batch_alter_table('ambassador_languages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ambassador_languages_ambassador_id'), ['ambassador_id'], unique=False)

    op.create_table('rooms',
    sa.Column('house_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['house_id'], ['houses.id'], name=op.f('fk_rooms_house_id_houses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rooms'))
    )
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rooms_house_id'), ['house_id'], unique=False)

    op.create_table('activities',
    sa.Column('title', sa.String(length=160), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('estate_id', sa.String(length=36), nullable=False),
    sa.Column('focus_area_id', sa.String(length=36), nullable=True),
    sa.Column('target_group', sa.String(length=30), nullable=True),
    sa.Column('partner_id', sa.String(length=36), nullable=True),
    sa.Column('responsible_staff_id', sa.String(length=36), nullable=True),
    sa.Column('room_id', sa.String(length=36), nullable=True),
    sa.Column('languages', sa.String(length=120), nullable=True),
    sa.Column('signup_required', sa.Boolean(), nullable=False),
    sa.Column('signup_url', sa.String(length=300), nullable=True),
    sa.Column('price_kr', sa.Numeric(precision=10, scale=2, asdecimal=False), nullable=True),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.Column('expected_headcount', sa.Integer(), nullable=True),
    sa.Column('recurrence', sa.String(length=30), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=True),
    sa.Column('week_of_month', sa.Integer(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('skip_holidays', sa.Boolean(), nullable=False),
    sa.Column('skip_closing_periods', sa.Boolean(), nullable=False),
    sa.Column('season', sa.String(length=40), nullable=True),
    sa.Column('copied_from_id', sa.String(length=36), nullable=True),
    sa.Column('translations', sa.JSON(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['copied_from_id'], ['activities.id'], name=op.f('fk_activities_copied_from_id_activities')),
    sa.ForeignKeyConstraint(['estate_id'], ['estates.id'], name=op.f('fk_activities_estate_id_estates')),
    sa.ForeignKeyConstraint(['focus_area_id'], ['focus_areas.id'], name=op.f('fk_activities_focus_area_id_focus_areas')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_activities_partner_id_partners')),
    sa.ForeignKeyConstraint(['responsible_staff_id'], ['staff_members.id'], name=op.f('fk_activities_responsible_staff_id_staff_members')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_activities_room_id_rooms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activities_estate_id'), ['estate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_focus_area_id'), ['focus_area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_responsible_staff_id'), ['responsible_staff_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activities_room_id'), ['room_id'], unique=False)

    op.create_table('activity_targets',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('grant_period_id', sa.String(length=36), nullable=False),
    sa.Column('metric', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('target_value', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_activity_targets_activity_id_activities')),
    sa.ForeignKeyConstraint(['grant_period_id'], ['grant_periods.id'], name=op.f('fk_activity_targets_grant_period_id_grant_periods')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_targets'))
    )
    with op.batch_alter_table('activity_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_targets_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_targets_grant_period_id'), ['grant_period_id'], unique=False)

    op.create_table('sessions',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('room_id', sa.String(length=36), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('cancel_reason', sa.String(length=200), nullable=True),
    sa.Column('is_exception', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activities.id'], name=op.f('fk_sessions_activity_id_activities')),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], name=op.f('fk_sessions_room_id_rooms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sessions'))
    )
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.create_index('ix_sessions_activity_day', ['activity_id', 'day'], unique=False)
        batch_op.create_index(batch_op.f('ix_sessions_day'), ['day'], unique=False)
        batch_op.create_index('ix_sessions_room_day', ['room_id', 'day'], unique=False)

    op.create_table('attendance_counts',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('age_band', sa.String(length=10), nullable=False),
    sa.Column('gender', sa.String(length=10), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_attendance_counts_session_id_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance_counts')),
    sa.UniqueConstraint('session_id', 'age_band', 'gender', name=op.f('uq_attendance_counts_session_id'))
    )
    with op.batch_alter_table('attendance_counts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_counts_session_id'), ['session_id'], unique=False)

    op.create_table('attendances',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('new_participants', sa.Integer(), nullable=False),
    sa.Column('returning_participants', sa.Integer(), nullable=False),
    sa.Column('volunteers_present', sa.Integer(), nullable=False),
    sa.Column('volunteer_hours', sa.Numeric(precision=8, scale=2, asdecimal=False), nullable=False),
    sa.Column('recorded_by_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff_members.id'], name=op.f('fk_attendances_recorded_by_id_staff_members')),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_attendances_session_id_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendances')),
    sa.UniqueConstraint('session_id', name=op.f('uq_attendances_session_id'))
    )
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendances_session_id'), ['session_id'], unique=False)

    op.create_table('duties',
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('estate_id', sa.String(length=36), nullable=False),
    sa.Column('session_id', sa.String(length=36), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('needed', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['estate_id'], ['estates.id'], name=op.f('fk_duties_estate_id_estates')),
    sa.ForeignKeyConstraint(['session_id'], ['sessions.id'], name=op.f('fk_duties_session_id_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duties'))
    )
    with op.batch_alter_table('duties', schema=None) as batch_op:
        batch_op.create_index('ix_duties_day', ['day'], unique=False)
        batch_op.create_index(batch_op.f('ix_duties_estate_id'), ['estate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duties_session_id'), ['session_id'], unique=False)

    op.create_table('duty_assignments',
    sa.Column('duty_id', sa.String(length=36), nullable=False),
    sa.Column('ambassador_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('hours', sa.Numeric(precision=6, scale=2, asdecimal=False), nullable=True),
    sa.Column('swap_with_ambassador_id', sa.String(length=36), nullable=True),
    sa.Column('swap_approved_by_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ambassador_id'], ['ambassadors.id'], name=op.f('fk_duty_assignments_ambassador_id_ambassadors')),
    sa.ForeignKeyConstraint(['duty_id'], ['duties.id'], name=op.f('fk_duty_assignments_duty_id_duties')),
    sa.ForeignKeyConstraint(['swap_approved_by_id'], ['staff_members.id'], name=op.f('fk_duty_assignments_swap_approved_by_id_staff_members')),
    sa.ForeignKeyConstraint(['swap_with_ambassador_id'], ['ambassadors.id'], name=op.f('fk_duty_assignments_swap_with_ambassador_id_ambassadors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_assignments'))
    )
    with op.batch_alter_table('duty_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_assignments_ambassador_id'), ['ambassador_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_assignments_duty_id'), ['duty_id'], unique=False)

    op.create_table('welcome_visits',
    sa.Column('move_in_id', sa.String(length=36), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('ambassador_id', sa.String(length=36), nullable=True),
    sa.Column('duty_id', sa.String(length=36), nullable=True),
    sa.Column('done_date', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', boligsocial_desktop.storage.types.UtcDateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['ambassador_id'], ['ambassadors.id'], name=op.f('fk_welcome_visits_ambassador_id_ambassadors')),
    sa.ForeignKeyConstraint(['duty_id'], ['duties.id'], name=op.f('fk_welcome_visits_duty_id_duties')),
    sa.ForeignKeyConstraint(['move_in_id'], ['move_ins.id'], name=op.f('fk_welcome_visits_move_in_id_move_ins')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_welcome_visits'))
    )
    with op.batch_alter_table('welcome_visits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_welcome_visits_ambassador_id'), ['ambassador_id'], unique=False)
        batch_op.create_index('ix_welcome_visits_due', ['state', 'due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_welcome_visits_move_in_id'), ['move_in_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('welcome_visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_welcome_visits_move_in_id'))
        batch_op.drop_index('ix_welcome_visits_due')
        batch_op.drop_index(batch_op.f('ix_welcome_visits_ambassador_id'))

    op.drop_table('welcome_visits')
    with op.batch_alter_table('duty_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_assignments_duty_id'))
        batch_op.drop_index(batch_op.f('ix_duty_assignments_ambassador_id'))

    op.drop_table('duty_assignments')
    with op.batch_alter_table('duties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duties_session_id'))
        batch_op.drop_index(batch_op.f('ix_duties_estate_id'))
        batch_op.drop_index('ix_duties_day')

    op.drop_table('duties')
    with op.batch_alter_table('attendances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendances_session_id'))

    op.drop_table('attendances')
    with op.batch_alter_table('attendance_counts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_counts_session_id'))

    op.drop_table('attendance_counts')
    with op.batch_alter_table('sessions', schema=None) as batch_op:
        batch_op.drop_index('ix_sessions_room_day')
        batch_op.drop_index(batch_op.f('ix_sessions_day'))
        batch_op.drop_index('ix_sessions_activity_day')

    op.drop_table('sessions')
    with op.batch_alter_table('activity_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_targets_grant_period_id'))
        batch_op.drop_index(batch_op.f('ix_activity_targets_activity_id'))

    op.drop_table('activity_targets')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activities_room_id'))
        batch_op.drop_index(batch_op.f('ix_activities_responsible_staff_id'))
        batch_op.drop_index(batch_op.f('ix_activities_partner_id'))
        batch_op.drop_index(batch_op.f('ix_activities_focus_area_id'))
        batch_op.drop_index(batch_op.f('ix_activities_estate_id'))

    op.drop_table('activities')
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rooms_house_id'))

    op.drop_table('rooms')
    with op.batch_alter_table('ambassador_languages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ambassador_languages_ambassador_id'))

    op.drop_table('ambassador_languages')
    with op.batch_alter_table('advice_visit_topics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_advice_visit_topics_visit_id'))
        batch_op.drop_index(batch_op.f('ix_advice_visit_topics_topic_id'))

    op.drop_table('advice_visit_topics')
    with op.batch_alter_table('advice_visit_referrals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_advice_visit_referrals_visit_id'))
        batch_op.drop_index(batch_op.f('ix_advice_visit_referrals_referral_target_id'))

    op.drop_table('advice_visit_referrals')
    with op.batch_alter_table('move_ins', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_move_ins_estate_id'))

    op.drop_table('move_ins')
    with op.batch_alter_table('houses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_houses_estate_id'))

    op.drop_table('houses')
    with op.batch_alter_table('focus_areas', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_focus_areas_grant_period_id'))

    op.drop_table('focus_areas')
    with op.batch_alter_table('closing_periods', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_closing_periods_estate_id'))

    op.drop_table('closing_periods')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')
    with op.batch_alter_table('ambassadors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ambassadors_estate_id'))

    op.drop_table('ambassadors')
    with op.batch_alter_table('advice_visits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_advice_visits_visited_at'))
        batch_op.drop_index(batch_op.f('ix_advice_visits_repeat_token_hash'))
        batch_op.drop_index(batch_op.f('ix_advice_visits_follow_up_due'))
        batch_op.drop_index(batch_op.f('ix_advice_visits_case_id'))

    op.drop_table('advice_visits')
    with op.batch_alter_table('staff_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_members_os_username'))

    op.drop_table('staff_members')
    op.drop_table('referral_targets')
    op.drop_table('partners')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_exported'))

    op.drop_table('outbox')
    op.drop_table('office_settings')
    op.drop_table('local_state')
    op.drop_table('grant_periods')
    op.drop_table('estates')
    op.drop_table('advice_topics')
    op.drop_table('advice_cases')
