"""inspection_round_owner: the named person who answers for each recurring round of a document (level, frequency)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inspection_round_owner",
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column(
            "level",
            sa.Enum("staff", "officer", "leader", name="checklevel", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "frequency",
            sa.Enum("daily", "weekly", "monthly", "custom", name="frequency", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("interval_days", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["inspection_document.id"],
            name=op.f("fk_inspection_round_owner_document_id_inspection_document"),
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_inspection_round_owner_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_round_owner")),
    )
    with op.batch_alter_table("inspection_round_owner", schema=None) as batch_op:
        batch_op.create_index("ix_inspection_round_owner_document", ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_round_owner_updated_at"), ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("inspection_round_owner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_round_owner_updated_at"))
        batch_op.drop_index("ix_inspection_round_owner_document")
    op.drop_table("inspection_round_owner")
