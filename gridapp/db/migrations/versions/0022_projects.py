"""tackling projects (攻关项目): projects, their linked issues, team, milestones, results and attached files

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-30 19:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0022"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")


def tracked() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
    ]


def fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))


def index(table: str, *columns: str) -> None:
    op.create_index(op.f(f"ix_{table}_{'_'.join(columns)}"), table, list(columns), unique=False)


def unique_live(name: str, table: str, *columns: str) -> None:
    op.create_index(name, table, list(columns), unique=True, sqlite_where=LIVE, postgresql_where=LIVE)


def upgrade() -> None:
    statuses = ("proposed", "active", "finished", "stopped")
    op.create_table(
        "project",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("leader_id", sa.Uuid(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("target_value", sa.Float(), nullable=True),
        sa.Column("target_unit", sa.String(length=16), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.Enum(*statuses, name="projectstatus", native_enum=False, length=24), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=False),
        sa.Column("status_note", sa.String(length=400), nullable=False),
        *tracked(),
        fk("project", "leader_id", "person"),
        fk("project", "unit_id", "unit"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    for column in ("leader_id", "status", "unit_id", "updated_at", "year"):
        index("project", column)
    unique_live("uq_project_number_live", "project", "number")
    op.create_table(
        "project_issue",
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=False),
        *tracked(),
        fk("project_issue", "issue_id", "issue"),
        fk("project_issue", "project_id", "project"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_issue")),
    )
    for column in ("issue_id", "project_id", "updated_at"):
        index("project_issue", column)
    unique_live("uq_project_issue_project_id_issue_id_live", "project_issue", "project_id", "issue_id")
    op.create_table(
        "project_member",
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("duty", sa.String(length=80), nullable=False),
        *tracked(),
        fk("project_member", "person_id", "person"),
        fk("project_member", "project_id", "project"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_member")),
    )
    for column in ("person_id", "project_id", "updated_at"):
        index("project_member", column)
    unique_live("uq_project_member_project_id_person_id_live", "project_member", "project_id", "person_id")
    op.create_table(
        "project_milestone",
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=400), nullable=False),
        *tracked(),
        fk("project_milestone", "project_id", "project"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_milestone")),
    )
    for column in ("due_on", "project_id", "updated_at"):
        index("project_milestone", column)
    op.create_table(
        "project_result",
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("what", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        *tracked(),
        fk("project_result", "project_id", "project"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_result")),
    )
    for column in ("project_id", "updated_at"):
        index("project_result", column)
    op.create_table(
        "project_attachment",
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("suffix", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        *tracked(),
        fk("project_attachment", "project_id", "project"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_attachment")),
    )
    for column in ("project_id", "sha256", "updated_at"):
        index("project_attachment", column)


def downgrade() -> None:
    for table in (
        "project_attachment", "project_result", "project_milestone", "project_member", "project_issue", "project",
    ):  # fmt: skip
        op.drop_table(table)
