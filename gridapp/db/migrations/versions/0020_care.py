"""party life: people's state of mind and hardship care (思想动态与帮扶): notes, cases, their steps and progress

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-30 19:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


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


def upgrade() -> None:
    op.create_table(
        "party_care_note",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *tracked(),
        fk("party_care_note", "author_id", "person"),
        fk("party_care_note", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_care_note")),
    )
    index("party_care_note", "author_id")
    index("party_care_note", "updated_at")
    op.create_index("ix_party_care_note_person_id_written_on", "party_care_note", ["person_id", "written_on"])
    op.create_table(
        "party_care_case",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("hardship", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("opened_by_id", sa.Uuid(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closed_by_id", sa.Uuid(), nullable=True),
        sa.Column("closing_note", sa.String(length=400), nullable=False),
        *tracked(),
        fk("party_care_case", "closed_by_id", "person"),
        fk("party_care_case", "opened_by_id", "person"),
        fk("party_care_case", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_care_case")),
    )
    for column in ("closed_on", "opened_on", "person_id", "updated_at"):
        index("party_care_case", column)
    op.create_table(
        "party_care_step",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_note", sa.String(length=400), nullable=False),
        *tracked(),
        fk("party_care_step", "case_id", "party_care_case"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_care_step")),
    )
    for column in ("case_id", "due_on", "updated_at"):
        index("party_care_step", column)
    op.create_table(
        "party_care_progress",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *tracked(),
        fk("party_care_progress", "author_id", "person"),
        fk("party_care_progress", "case_id", "party_care_case"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_care_progress")),
    )
    for column in ("case_id", "updated_at"):
        index("party_care_progress", column)


def downgrade() -> None:
    for table in ("party_care_progress", "party_care_step", "party_care_case", "party_care_note"):
        op.drop_table(table)
