"""issue: indexes for the diagnosis matrix (诊治矩阵): the open issues on the six-stage track counted per unit and stage
from one small covering index, and the stage events of a month found by kind and time

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN_ON_TRACK = sa.text("deleted_at IS NULL AND stage IS NOT NULL AND state <> 'closed'")


def upgrade() -> None:
    # Plain CREATE INDEX (not batch mode): copying the issue table would drop the triggers and the search index.
    op.create_index("ix_issue_open_stage", "issue", ["unit_id", "stage", "urgency_at"], unique=False,
                    sqlite_where=OPEN_ON_TRACK, postgresql_where=OPEN_ON_TRACK)  # fmt: skip
    op.create_index("ix_issue_event_kind_at", "issue_event", ["kind", "at", "issue_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_issue_event_kind_at", table_name="issue_event")
    op.drop_index("ix_issue_open_stage", table_name="issue")
