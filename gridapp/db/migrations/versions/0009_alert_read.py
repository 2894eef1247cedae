"""alert_read: the alerts each person has seen (an alert itself is computed from the data, never stored)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 13:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "alert_read",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_alert_read_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_read")),
    )
    with op.batch_alter_table("alert_read", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alert_read_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_alert_read_person_id_key_live",
            ["person_id", "key"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("alert_read", schema=None) as batch_op:
        batch_op.drop_index("uq_alert_read_person_id_key_live", sqlite_where=sa.text("deleted_at IS NULL"),
                            postgresql_where=sa.text("deleted_at IS NULL"))  # fmt: skip
        batch_op.drop_index(batch_op.f("ix_alert_read_updated_at"))
    op.drop_table("alert_read")
