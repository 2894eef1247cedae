"""party life: the catalogue of meeting kinds, meetings and their attendance (组织生活), talks (谈心谈话),
suggestions (合理化建议); the shipped rules for missing organisation life and for adopted suggestions are proposed by
party life's events

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30 17:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = (
    ("star", "SD06", "meeting_absent"),  # 无故缺席组织生活
    ("star", "SP04", "suggestion_safety"),  # 安全管理合理化建议被采纳
    ("team", "CE04", "suggestion_cost"),  # 合理化建议 (降本增效)
)


def upgrade() -> None:
    op.create_table(
        "party_meeting_kind",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column(
            "frequency",
            sa.Enum(
                "monthly", "quarterly", "half_yearly", "yearly", name="meetingfrequency", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column(
            "attendees",
            sa.Enum("party_members", "committee", "everyone", name="attendees", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "unit_kind",
            sa.Enum("plant", "net", "grid", "zone", "team", name="unitkind", native_enum=False, length=24),
            nullable=True,
        ),
        sa.Column("in_use", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_meeting_kind")),
    )
    op.create_index(op.f("ix_party_meeting_kind_updated_at"), "party_meeting_kind", ["updated_at"], unique=False)
    op.create_index(
        "uq_party_meeting_kind_code_live",
        "party_meeting_kind",
        ["code"],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    op.create_table(
        "party_meeting",
        sa.Column("kind_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=80), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("host_id", sa.Uuid(), nullable=True),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["host_id"], ["person.id"], name=op.f("fk_party_meeting_host_id_person")),
        sa.ForeignKeyConstraint(
            ["kind_id"], ["party_meeting_kind.id"], name=op.f("fk_party_meeting_kind_id_party_meeting_kind")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_party_meeting_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_meeting")),
    )
    op.create_index(op.f("ix_party_meeting_held_on"), "party_meeting", ["held_on"], unique=False)
    op.create_index(op.f("ix_party_meeting_kind_id"), "party_meeting", ["kind_id"], unique=False)
    op.create_index(op.f("ix_party_meeting_unit_id"), "party_meeting", ["unit_id"], unique=False)
    op.create_index(op.f("ix_party_meeting_updated_at"), "party_meeting", ["updated_at"], unique=False)
    op.create_table(
        "party_meeting_attendance",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "attendance",
            sa.Enum(
                "present", "sick_leave", "official_leave", "no_reason", name="attendance", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["party_meeting.id"], name=op.f("fk_party_meeting_attendance_meeting_id_party_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_party_meeting_attendance_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_meeting_attendance")),
    )
    op.create_index(
        op.f("ix_party_meeting_attendance_meeting_id"), "party_meeting_attendance", ["meeting_id"], unique=False
    )
    op.create_index(
        op.f("ix_party_meeting_attendance_person_id"), "party_meeting_attendance", ["person_id"], unique=False
    )
    op.create_index(
        op.f("ix_party_meeting_attendance_updated_at"), "party_meeting_attendance", ["updated_at"], unique=False
    )
    op.create_index(
        "uq_party_meeting_attendance_meeting_id_person_id_live",
        "party_meeting_attendance",
        ["meeting_id", "person_id"],
        unique=True,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )

    op.create_table(
        "party_talk",
        sa.Column("talker_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "linked_quarterly",
                "new_hire",
                "conflict",
                "hardship",
                "mistake",
                "other",
                name="talkkind",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_party_talk_person_id_person")),
        sa.ForeignKeyConstraint(["talker_id"], ["person.id"], name=op.f("fk_party_talk_talker_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_talk")),
    )
    op.create_index(
        "ix_party_talk_talker_id_person_id_held_on",
        "party_talk",
        ["talker_id", "person_id", "held_on"],
        unique=False,
    )
    op.create_index(op.f("ix_party_talk_person_id"), "party_talk", ["person_id"], unique=False)
    op.create_index(op.f("ix_party_talk_held_on"), "party_talk", ["held_on"], unique=False)
    op.create_index(op.f("ix_party_talk_updated_at"), "party_talk", ["updated_at"], unique=False)
    op.create_table(
        "party_suggestion",
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("submitter_id", sa.Uuid(), nullable=False),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "safety", "cost", "technique", "management", name="suggestioncategory", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.Column(
            "state",
            sa.Enum(
                "submitted",
                "adopted",
                "not_adopted",
                "merged",
                "done",
                name="suggestionstate",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("reviewer_id", sa.Uuid(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("review_note", sa.String(length=400), nullable=False),
        sa.Column("merged_into_id", sa.Uuid(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("done_note", sa.String(length=400), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["party_suggestion.id"],
            name=op.f("fk_party_suggestion_merged_into_id_party_suggestion"),
        ),
        sa.ForeignKeyConstraint(["reviewer_id"], ["person.id"], name=op.f("fk_party_suggestion_reviewer_id_person")),
        sa.ForeignKeyConstraint(["submitter_id"], ["person.id"], name=op.f("fk_party_suggestion_submitter_id_person")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_party_suggestion_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_suggestion")),
    )
    op.create_index(op.f("ix_party_suggestion_submitted_on"), "party_suggestion", ["submitted_on"], unique=False)
    op.create_index(op.f("ix_party_suggestion_submitter_id"), "party_suggestion", ["submitter_id"], unique=False)
    op.create_index(op.f("ix_party_suggestion_unit_id"), "party_suggestion", ["unit_id"], unique=False)
    op.create_index(op.f("ix_party_suggestion_updated_at"), "party_suggestion", ["updated_at"], unique=False)
    # Shipped rules now proposed by party life's events; a site's own rules stay as they are.
    rule = sa.table(
        "score_rule",
        sa.column("catalogue", sa.String()),
        sa.column("code", sa.String()),
        sa.column("trigger", sa.String()),
        sa.column("deleted_at", sa.DateTime()),
    )
    for catalogue, code, trigger in TRIGGERS:
        op.get_bind().execute(
            sa.update(rule)
            .where(
                rule.c.catalogue == catalogue,
                rule.c.code == code,
                rule.c.trigger.is_(None),
                rule.c.deleted_at.is_(None),
            )
            .values(trigger=trigger)
        )


def downgrade() -> None:
    op.drop_table("party_suggestion")
    op.drop_table("party_talk")
    op.drop_table("party_meeting_attendance")
    op.drop_table("party_meeting")
    op.drop_table("party_meeting_kind")
