"""issue: indexes on the reporter, the lead and the supervisor (the to-do list asks "where am I one of them")

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 12:52:44.882462
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("lead_id", "reporter_id", "supervisor_id")


def upgrade() -> None:
    # Plain CREATE INDEX (not batch mode): copying the issue table would drop the triggers and the search index.
    for column in COLUMNS:
        op.create_index(f"ix_issue_{column}", "issue", [column], unique=False)


def downgrade() -> None:
    for column in COLUMNS:
        op.drop_index(f"ix_issue_{column}", table_name="issue")
