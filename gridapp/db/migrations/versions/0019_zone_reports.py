"""party life: weekly zone reports (每周责任区安全状况), one per party member, zone and week

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-30 17:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0019"
down_revision: str | Sequence[str] | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "party_zone_report",
        sa.Column("zone_id", sa.Uuid(), nullable=False),
        sa.Column("reporter_id", sa.Uuid(), nullable=False),
        sa.Column("week", sa.Date(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("problems", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["reporter_id"], ["person.id"], name=op.f("fk_party_zone_report_reporter_id_person")),
        sa.ForeignKeyConstraint(["zone_id"], ["unit.id"], name=op.f("fk_party_zone_report_zone_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_zone_report")),
    )
    op.create_index(op.f("ix_party_zone_report_reporter_id"), "party_zone_report", ["reporter_id"], unique=False)
    op.create_index(op.f("ix_party_zone_report_updated_at"), "party_zone_report", ["updated_at"], unique=False)
    op.create_index(op.f("ix_party_zone_report_week"), "party_zone_report", ["week"], unique=False)
    op.create_index(op.f("ix_party_zone_report_zone_id"), "party_zone_report", ["zone_id"], unique=False)
    op.create_index(
        "uq_party_zone_report_zone_id_reporter_id_week_live",
        "party_zone_report",
        ["zone_id", "reporter_id", "week"],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_table("party_zone_report")
