"""Reference lists every office starts with: advice topics, referrals, grant periods.

The rows get name-derived UUIDs, so every PC that runs this migration holds the very
same rows and nothing is duplicated when PCs exchange changes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import uuid
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NAMESPACE = uuid.UUID("6f1d5f0e-3a51-4c35-9d47-2f3a8e0b9c11")

ADVICE_TOPICS = [
    "Gæld og budget",
    "Huslejerestance",
    "Breve fra myndigheder",
    "Digital selvbetjening (MitID, e-Boks)",
    "Skemaer og ansøgninger",
    "Job og uddannelse",
    "Familie og børn",
    "Bolig og naboer",
    "Sundhed",
    "Andet",
]
REFERRAL_TARGETS = [
    "Gældsrådgivningen",
    "Jobcenter",
    "Social- og handicapcenteret",
    "Ungdommens Uddannelsesvejledning (UU)",
    "Boligorganisationen",
    "Andet",
]
GRANT_PERIODS = [
    (
        "Helhedsplan 2015–2018",
        date(2015, 1, 1),
        date(2018, 12, 31),
        [
            "Tryghed & trivsel",
            "Kriminalpræventiv indsats",
            "Uddannelse & beskæftigelse",
            "Forebyggelse & forældreansvar",
        ],
    ),
    (
        "Helhedsplan 2019–2026",
        date(2019, 1, 1),
        date(2026, 12, 31),
        [
            "Uddannelse & livschancer",
            "Beskæftigelse",
            "Kriminalitetsforebyggelse",
            "Sammenhængskraft & medborgerskab",
        ],
    ),
]


def reference_id(kind: str, name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{name}"))


def _common() -> dict[str, Any]:
    created = datetime(2026, 1, 1)  # fixed: identical rows on every PC
    return {"created_at": created, "updated_at": created, "deleted_at": None, "version": 1}


def _table(name: str, *columns: sa.sql.expression.ColumnClause[Any]) -> sa.sql.expression.TableClause:
    return sa.table(
        name,
        sa.column("id"),
        sa.column("created_at"),
        sa.column("updated_at"),
        sa.column("deleted_at"),
        sa.column("version"),
        *columns,
    )


def upgrade() -> None:
    topics = _table("advice_topics", sa.column("name"), sa.column("sort_order"), sa.column("active"))
    op.bulk_insert(
        topics,
        [
            {"id": reference_id("topic", n), "name": n, "sort_order": i, "active": True, **_common()}
            for i, n in enumerate(ADVICE_TOPICS)
        ],
    )
    referrals = _table("referral_targets", sa.column("name"), sa.column("sort_order"), sa.column("active"))
    op.bulk_insert(
        referrals,
        [
            {"id": reference_id("referral", n), "name": n, "sort_order": i, "active": True, **_common()}
            for i, n in enumerate(REFERRAL_TARGETS)
        ],
    )
    periods = _table("grant_periods", sa.column("name"), sa.column("start_date"), sa.column("end_date"))
    areas = _table("focus_areas", sa.column("grant_period_id"), sa.column("name"), sa.column("sort_order"))
    for name, start, end, focus_areas in GRANT_PERIODS:
        period_id = reference_id("grant_period", name)
        op.bulk_insert(periods, [{"id": period_id, "name": name, "start_date": start, "end_date": end, **_common()}])
        op.bulk_insert(
            areas,
            [
                {
                    "id": reference_id("focus_area", f"{name}/{area}"),
                    "grant_period_id": period_id,
                    "name": area,
                    "sort_order": i,
                    **_common(),
                }
                for i, area in enumerate(focus_areas)
            ],
        )


def downgrade() -> None:
    for table in ("focus_areas", "grant_periods", "referral_targets", "advice_topics"):
        op.execute(sa.text(f"DELETE FROM {table} WHERE created_at = :created").bindparams(created=datetime(2026, 1, 1)))
