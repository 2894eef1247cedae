"""training (三学四课堂): classrooms, sessions, attendance, the units' required hours

Revision ID: 0021
Revises: 0020
Create Date: 2026-11-30 19:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0020"
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
    op.create_table(
        "training_classroom",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("in_use", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *tracked(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_classroom")),
    )
    index("training_classroom", "updated_at")
    unique_live("uq_training_classroom_code_live", "training_classroom", "code")
    op.create_table(
        "training_session",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "lead", "joint", "special", name="trainingkind", native_enum=False, length=24, create_constraint=False
            ),
            nullable=False,
        ),
        sa.Column("classroom_id", sa.Uuid(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("teacher", sa.String(length=60), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("place", sa.String(length=80), nullable=False),
        *tracked(),
        fk("training_session", "classroom_id", "training_classroom"),
        fk("training_session", "unit_id", "unit"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_session")),
    )
    for column in ("classroom_id", "unit_id", "updated_at"):
        index("training_session", column)
    op.create_index("ix_training_session_held_on_kind_hours", "training_session", ["held_on", "kind", "hours"])
    op.create_table(
        "training_attendance",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        *tracked(),
        fk("training_attendance", "person_id", "person"),
        fk("training_attendance", "session_id", "training_session"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_attendance")),
    )
    index("training_attendance", "person_id")
    index("training_attendance", "updated_at")
    unique_live("uq_training_attendance_session_id_person_id_live", "training_attendance", "session_id", "person_id")
    op.create_table(
        "training_requirement",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "lead", "joint", "special", name="trainingkind", native_enum=False, length=24, create_constraint=False
            ),
            nullable=False,
        ),
        sa.Column(
            "period",
            sa.Enum(
                "monthly",
                "quarterly",
                "half_yearly",
                "yearly",
                name="requirementperiod",
                native_enum=False,
                length=24,
                create_constraint=False,
            ),
            nullable=False,
        ),
        sa.Column("hours", sa.Float(), nullable=False),
        *tracked(),
        fk("training_requirement", "unit_id", "unit"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_requirement")),
    )
    index("training_requirement", "unit_id")
    index("training_requirement", "updated_at")
    unique_live("uq_training_requirement_unit_id_kind_live", "training_requirement", "unit_id", "kind")


def downgrade() -> None:
    for table in ("training_requirement", "training_attendance", "training_session", "training_classroom"):
        op.drop_table(table)
