"""issue_handover: shift handovers as records (notes, 交接事项, the sheet as handed over, the acknowledgement); a held
issue's decider and review date (挂账复核)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30 16:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: recreating the issue table would drop what refers to it.
    op.add_column("issue", sa.Column("held_by_id", sa.Uuid(), nullable=True))
    op.add_column("issue", sa.Column("hold_review_on", sa.Date(), nullable=True))
    # Held issues get their decider from their last hold event: the row is what replaying the events gives.
    op.execute(
        "UPDATE issue SET held_by_id = (SELECT e.actor_id FROM issue_event e WHERE e.issue_id = issue.id "
        "AND e.kind = 'held' ORDER BY e.seq DESC, e.at DESC, e.id DESC LIMIT 1) WHERE state = 'held'"
    )
    op.create_table(
        "issue_handover",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("since", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("until", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("handed_by_id", sa.Uuid(), nullable=True),
        sa.Column("handed_by_name", sa.String(length=40), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("sheet", sa.JSON(), nullable=False),
        sa.Column("acknowledged_by_id", sa.Uuid(), nullable=True),
        sa.Column("acknowledged_by_name", sa.String(length=40), nullable=False),
        sa.Column("acknowledged_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.Column("acknowledge_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["acknowledged_by_id"], ["person.id"], name=op.f("fk_issue_handover_acknowledged_by_id_person")
        ),
        sa.ForeignKeyConstraint(["handed_by_id"], ["person.id"], name=op.f("fk_issue_handover_handed_by_id_person")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_issue_handover_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_handover")),
    )
    with op.batch_alter_table("issue_handover", schema=None) as batch_op:
        batch_op.create_index("ix_issue_handover_unit_until", ["unit_id", "until"], unique=False)
        batch_op.create_index(batch_op.f("ix_issue_handover_updated_at"), ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("issue_handover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issue_handover_updated_at"))
        batch_op.drop_index("ix_issue_handover_unit_until")
    op.drop_table("issue_handover")
    op.drop_column("issue", "hold_review_on")
    op.drop_column("issue", "held_by_id")
