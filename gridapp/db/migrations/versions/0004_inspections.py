"""inspections: document sets, checkpoint items, editions, rounds

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 02:44:46.133329
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "inspection_document_type",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column(
            "kind", sa.Enum("book", "card", "table", name="documentkind", native_enum=False, length=24), nullable=False
        ),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("has_items", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_document_type")),
    )
    with op.batch_alter_table("inspection_document_type", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_document_type_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_inspection_document_type_code_live",
            ["code"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "inspection_document",
        sa.Column("post_id", sa.Uuid(), nullable=False),
        sa.Column("type_id", sa.Uuid(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("version", sa.String(length=16), nullable=False),
        sa.Column("changed_since_release", sa.Boolean(), nullable=False),
        sa.Column("in_force_from", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], name=op.f("fk_inspection_document_post_id_post")),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["inspection_document_type.id"],
            name=op.f("fk_inspection_document_type_id_inspection_document_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_document")),
    )
    with op.batch_alter_table("inspection_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_document_post_id"), ["post_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_document_type_id"), ["type_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_document_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            "uq_inspection_document_post_type_live",
            ["post_id", "type_id"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "inspection_change",
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("actor_name", sa.String(length=80), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "created",
                "body_edited",
                "item_added",
                "item_changed",
                "item_removed",
                "items_reordered",
                "imported",
                "copied_from",
                "released",
                name="changeaction",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("item_id", sa.Uuid(), nullable=True),
        sa.Column("item_position", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=24), nullable=False),
        sa.Column("old_value", sa.String(length=400), nullable=False),
        sa.Column("new_value", sa.String(length=400), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["inspection_document.id"],
            name=op.f("fk_inspection_change_document_id_inspection_document"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_change")),
    )
    with op.batch_alter_table("inspection_change", schema=None) as batch_op:
        batch_op.create_index("ix_inspection_change_document_at", ["document_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_change_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "inspection_edition",
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.String(length=16), nullable=False),
        sa.Column("released_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("released_by", sa.String(length=80), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["inspection_document.id"],
            name=op.f("fk_inspection_edition_document_id_inspection_document"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_edition")),
    )
    with op.batch_alter_table("inspection_edition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_edition_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_edition_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "inspection_item",
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("equipment", sa.String(length=40), nullable=False),
        sa.Column("activity", sa.String(length=40), nullable=False),
        sa.Column("content", sa.String(length=400), nullable=False),
        sa.Column("standard", sa.String(length=400), nullable=False),
        sa.Column("method", sa.String(length=200), nullable=False),
        sa.Column(
            "level",
            sa.Enum("staff", "officer", "leader", name="checklevel", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "frequency",
            sa.Enum("daily", "weekly", "monthly", "custom", name="frequency", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("interval_days", sa.Integer(), nullable=True),
        sa.Column(
            "kind", sa.Enum("pass_fail", "reading", name="itemkind", native_enum=False, length=24), nullable=False
        ),
        sa.Column("lower", sa.Float(), nullable=True),
        sa.Column("upper", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["inspection_document.id"], name=op.f("fk_inspection_item_document_id_inspection_document")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_item")),
    )
    with op.batch_alter_table("inspection_item", schema=None) as batch_op:
        batch_op.create_index("ix_inspection_item_document_position", ["document_id", "position"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_item_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "inspection_round",
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column(
            "level",
            sa.Enum("staff", "officer", "leader", name="checklevel", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "frequency",
            sa.Enum("daily", "weekly", "monthly", "custom", name="frequency", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("interval_days", sa.Integer(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("performed_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("inspector_id", sa.Uuid(), nullable=True),
        sa.Column("inspector_name", sa.String(length=40), nullable=False),
        sa.Column("version", sa.String(length=16), nullable=False),
        sa.Column("source", sa.Enum("app", "paper", name="roundsource", native_enum=False, length=24), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["inspection_document.id"],
            name=op.f("fk_inspection_round_document_id_inspection_document"),
        ),
        sa.ForeignKeyConstraint(["inspector_id"], ["person.id"], name=op.f("fk_inspection_round_inspector_id_person")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_inspection_round_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_round")),
    )
    with op.batch_alter_table("inspection_round", schema=None) as batch_op:
        batch_op.create_index(
            "ix_inspection_round_group", ["document_id", "level", "frequency", "period_start"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_inspection_round_inspector_id"), ["inspector_id"], unique=False)
        batch_op.create_index("ix_inspection_round_performed_at", ["performed_at"], unique=False)
        batch_op.create_index("ix_inspection_round_unit_period", ["unit_id", "period_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_round_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "inspection_result",
        sa.Column("round_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "outcome", sa.Enum("pass", "fail", "na", name="outcome", native_enum=False, length=24), nullable=False
        ),
        sa.Column("reading", sa.Float(), nullable=True),
        sa.Column("out_of_limit", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("issue_id", sa.Uuid(), nullable=True),
        sa.Column("issue_number", sa.String(length=16), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["inspection_item.id"], name=op.f("fk_inspection_result_item_id_inspection_item")
        ),
        sa.ForeignKeyConstraint(
            ["round_id"], ["inspection_round.id"], name=op.f("fk_inspection_result_round_id_inspection_round")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_result")),
    )
    with op.batch_alter_table("inspection_result", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_result_issue_id"), ["issue_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_result_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_result_round_id"), ["round_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_result_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "inspection_photo",
        sa.Column("result_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("mime", sa.String(length=40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["result_id"], ["inspection_result.id"], name=op.f("fk_inspection_photo_result_id_inspection_result")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_photo")),
    )
    with op.batch_alter_table("inspection_photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inspection_photo_result_id"), ["result_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_inspection_photo_updated_at"), ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("inspection_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_photo_updated_at"))
        batch_op.drop_index(batch_op.f("ix_inspection_photo_result_id"))

    op.drop_table("inspection_photo")
    with op.batch_alter_table("inspection_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_result_updated_at"))
        batch_op.drop_index(batch_op.f("ix_inspection_result_round_id"))
        batch_op.drop_index(batch_op.f("ix_inspection_result_item_id"))
        batch_op.drop_index(batch_op.f("ix_inspection_result_issue_id"))

    op.drop_table("inspection_result")
    with op.batch_alter_table("inspection_round", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_round_updated_at"))
        batch_op.drop_index("ix_inspection_round_unit_period")
        batch_op.drop_index("ix_inspection_round_performed_at")
        batch_op.drop_index(batch_op.f("ix_inspection_round_inspector_id"))
        batch_op.drop_index("ix_inspection_round_group")

    op.drop_table("inspection_round")
    with op.batch_alter_table("inspection_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_item_updated_at"))
        batch_op.drop_index("ix_inspection_item_document_position")

    op.drop_table("inspection_item")
    with op.batch_alter_table("inspection_edition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_edition_updated_at"))
        batch_op.drop_index(batch_op.f("ix_inspection_edition_document_id"))

    op.drop_table("inspection_edition")
    with op.batch_alter_table("inspection_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_change_updated_at"))
        batch_op.drop_index("ix_inspection_change_document_at")

    op.drop_table("inspection_change")
    with op.batch_alter_table("inspection_document", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_inspection_document_post_type_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_inspection_document_updated_at"))
        batch_op.drop_index(batch_op.f("ix_inspection_document_type_id"))
        batch_op.drop_index(batch_op.f("ix_inspection_document_post_id"))

    op.drop_table("inspection_document")
    with op.batch_alter_table("inspection_document_type", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_inspection_document_type_code_live",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index(batch_op.f("ix_inspection_document_type_updated_at"))

    op.drop_table("inspection_document_type")
