"""acceptance clock: a limit per category for assigning a waiting issue, and a default completion after feedback

Issues already waiting keep no acceptance clock: their events carry none, and the row must stay what replay gives.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 12:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLOCK = sa.Enum("calendar", "working", name="clockkind", native_enum=False, length=24)


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: recreating the issue table would drop what refers to it.
    op.add_column("issue_category", sa.Column("accept_minutes", sa.Integer(), nullable=False, server_default="60"))
    op.add_column("issue_category", sa.Column("accept_clock", CLOCK, nullable=False, server_default="working"))
    op.add_column("issue_category", sa.Column("complete_days", sa.Integer(), nullable=False, server_default="3"))
    op.add_column("issue", sa.Column("accept_due_at", gridapp.db.base.UTCDateTime(), nullable=True))
    op.add_column("issue", sa.Column("accept_soon_at", gridapp.db.base.UTCDateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("issue", "accept_soon_at")
    op.drop_column("issue", "accept_due_at")
    op.drop_column("issue_category", "complete_days")
    op.drop_column("issue_category", "accept_clock")
    op.drop_column("issue_category", "accept_minutes")
