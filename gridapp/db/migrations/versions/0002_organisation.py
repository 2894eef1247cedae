"""organisation: what an area's claimer answers for, area photos for placards, plant-wide org settings

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 02:35:37.751075
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "org_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=400), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_org_setting")),
    )
    with op.batch_alter_table("org_setting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_org_setting_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_org_setting_key_live",
            ["key"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "area_photo",
        sa.Column("area_id", sa.Uuid(), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["area_id"], ["area.id"], name=op.f("fk_area_photo_area_id_area")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_area_photo")),
    )
    with op.batch_alter_table("area_photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_area_photo_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_area_photo_area_id_live",
            ["area_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    # A plain ALTER TABLE (no batch copy): copying "area" would break the foreign keys that point at it.
    # Existing areas get an empty duty text; the model supplies it for new rows.
    op.add_column("area", sa.Column("duties", sa.String(length=400), nullable=False, server_default=""))


def downgrade() -> None:
    # SQLite ≥ 3.35 and PostgreSQL drop a column in place; a batch copy of "area" would break the foreign keys
    # of the guardianship and area_photo rows that point at it.
    op.drop_column("area", "duties")

    with op.batch_alter_table("area_photo", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_area_photo_area_id_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_area_photo_updated_at"))

    op.drop_table("area_photo")
    with op.batch_alter_table("org_setting", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_org_setting_key_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_org_setting_updated_at"))

    op.drop_table("org_setting")
