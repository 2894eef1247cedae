"""score scope: the kind of unit a unit catalogue scores (班组考核 scores teams), and whose a rule is (the plant's,
or one unit's own)

``score_rule.owner_unit_id`` is checked by the service rather than by a database foreign key: adding or dropping
a foreign key on SQLite means copying the table, and ``score_entry`` refers to ``score_rule``.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30 15:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("score_catalogue", sa.Column("unit_kind", sa.String(length=24), nullable=True))
    op.add_column("score_rule", sa.Column("owner_unit_id", sa.Uuid(), nullable=True))
    op.create_index(op.f("ix_score_rule_owner_unit_id"), "score_rule", ["owner_unit_id"], unique=False)
    # The shipped unit catalogue (班组考核) has always meant teams; rules so far were all plant-wide.
    op.execute("UPDATE score_catalogue SET unit_kind = 'team' WHERE subject = 'unit'")


def downgrade() -> None:
    op.drop_index(op.f("ix_score_rule_owner_unit_id"), table_name="score_rule")
    op.drop_column("score_rule", "owner_unit_id")
    op.drop_column("score_catalogue", "unit_kind")
