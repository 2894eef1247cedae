"""issue: the per-unit index carries the deadline (a subtree's overdue issues are index ranges); lead and supervisor indexes partial

A grid's overdue filter at a million issues read every issue of the grid's units to test its deadline (117 ms);
with ``urgency_at`` after ``(unit_id, state)`` the bounded count is a walk of index entries and the board's columns
are ranges per unit and state. The new index replaces ``ix_issue_live_unit_state`` (its leading columns are the
same, so every use of the old one is served by it). The lead's and supervisor's indexes become partial (the rows
naming one): with planner statistics of a table where most issues name none, "lead_id = ?" looked like a scan, and
the to-do's pass over a person's roles read every open issue (790 ms at 1M).

Revision ID: 0024
Revises: 0023
Create Date: 2026-11-30 19:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | Sequence[str] | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")
PEOPLE = ("lead_id", "supervisor_id")


def upgrade() -> None:
    # Plain CREATE INDEX (not batch mode): copying the issue table would drop the triggers and the search index.
    op.create_index("ix_issue_live_unit_state_urgency", "issue", ["unit_id", "state", "urgency_at"], unique=False,
                    sqlite_where=LIVE, postgresql_where=LIVE)  # fmt: skip
    op.drop_index("ix_issue_live_unit_state", table_name="issue")
    for column in PEOPLE:  # partial: only the issues that name someone (most name no lead or supervisor)
        op.drop_index(f"ix_issue_{column}", table_name="issue")
        named = sa.text(f"{column} IS NOT NULL")
        op.create_index(f"ix_issue_{column}", "issue", [column], unique=False,
                        sqlite_where=named, postgresql_where=named)  # fmt: skip
    bind = op.get_bind()
    if (
        bind.dialect.name == "sqlite"
        and bind.execute(sa.text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first()
    ):
        # A database with planner statistics (a bulk-loaded one) gets them for the new index too: an index without
        # them beside others with them misleads SQLite's planner into scanning the table for some lists.
        for name in ("ix_issue_live_unit_state_urgency", *(f"ix_issue_{column}" for column in PEOPLE)):
            op.execute(f"ANALYZE {name}")


def downgrade() -> None:
    for column in PEOPLE:
        op.drop_index(f"ix_issue_{column}", table_name="issue")
        op.create_index(f"ix_issue_{column}", "issue", [column], unique=False)
    op.create_index("ix_issue_live_unit_state", "issue", ["unit_id", "state"], unique=False,
                    sqlite_where=LIVE, postgresql_where=LIVE)  # fmt: skip
    op.drop_index("ix_issue_live_unit_state_urgency", table_name="issue")
