"""issue_tally: live issues counted per responsible unit, state, category and hazard flag, kept by triggers

The board's column counts and the table's total at a million issues are sums over these rows instead of counts of
the issues. Triggers keep them in the transaction of every change to an issue, whoever writes it (the services, the
sync's merge and re-derivation, a bulk load); the table is derived and does not sync. Filled here from the issues.

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30 17:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATES = ("reported", "assigned", "in_progress", "fed_back", "rectified", "verified", "closed", "returned", "escalated",
          "held", "reopened")  # fmt: skip
KEY = ("unit_id", "state", "category_code", "is_hazard")
_OLD = " AND ".join(f"{c} = OLD.{c}" for c in KEY)
_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in (*KEY, "deleted_at"))
_NEW = ", ".join(f"NEW.{c}" for c in KEY)
_COLUMNS = ", ".join(KEY)

SQLITE = (
    f"CREATE TRIGGER issue_tally_insert AFTER INSERT ON issue WHEN NEW.deleted_at IS NULL BEGIN "
    f"INSERT INTO issue_tally ({_COLUMNS}, issues) VALUES ({_NEW}, 1) "
    f"ON CONFLICT ({_COLUMNS}) DO UPDATE SET issues = issues + 1; END",
    f"CREATE TRIGGER issue_tally_delete AFTER DELETE ON issue WHEN OLD.deleted_at IS NULL BEGIN "
    f"UPDATE issue_tally SET issues = issues - 1 WHERE {_OLD}; END",
    f"CREATE TRIGGER issue_tally_update AFTER UPDATE OF {_COLUMNS}, deleted_at ON issue WHEN {_CHANGED} BEGIN "
    f"UPDATE issue_tally SET issues = issues - 1 WHERE OLD.deleted_at IS NULL AND {_OLD}; "
    f"INSERT INTO issue_tally ({_COLUMNS}, issues) SELECT {_NEW}, 1 WHERE NEW.deleted_at IS NULL "
    f"ON CONFLICT ({_COLUMNS}) DO UPDATE SET issues = issues + 1; END",
)
POSTGRESQL = (
    "CREATE FUNCTION issue_tally_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN "
    f"UPDATE issue_tally SET issues = issues - 1 WHERE {_OLD}; END IF; "
    f"IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN "
    f"INSERT INTO issue_tally ({_COLUMNS}, issues) VALUES ({_NEW}, 1) "
    f"ON CONFLICT ({_COLUMNS}) DO UPDATE SET issues = issue_tally.issues + 1; END IF; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER issue_tally_insert_delete AFTER INSERT OR DELETE ON issue "
    "FOR EACH ROW EXECUTE FUNCTION issue_tally_change()",
    f"CREATE TRIGGER issue_tally_update AFTER UPDATE OF {_COLUMNS}, deleted_at ON issue FOR EACH ROW "
    f"WHEN ({_CHANGED.replace('IS NOT', 'IS DISTINCT FROM')}) EXECUTE FUNCTION issue_tally_change()",
)


def upgrade() -> None:
    op.create_table(
        "issue_tally",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("state", sa.Enum(*STATES, name="issuestate", native_enum=False, length=24), nullable=False),
        sa.Column("category_code", sa.String(length=40), nullable=False),
        sa.Column("is_hazard", sa.Boolean(), nullable=False),
        sa.Column("issues", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_issue_tally_unit_id_unit")),
        sa.PrimaryKeyConstraint(*KEY, name=op.f("pk_issue_tally")),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    for statement in SQLITE if bind.dialect.name == "sqlite" else POSTGRESQL:
        op.execute(statement)
    op.execute(
        f"INSERT INTO issue_tally ({_COLUMNS}, issues) SELECT {_COLUMNS}, count(*) FROM issue "
        f"WHERE deleted_at IS NULL GROUP BY {_COLUMNS}"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS issue_tally_{name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS issue_tally_insert_delete ON issue")
        op.execute("DROP TRIGGER IF EXISTS issue_tally_update ON issue")
        op.execute("DROP FUNCTION IF EXISTS issue_tally_change()")
    op.drop_table("issue_tally")
