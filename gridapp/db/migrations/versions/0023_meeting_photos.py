"""party_meeting_photo: photos of a party meeting's record, kept in the issues' photo folder by SHA-256

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-30 19:15:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0023"
down_revision: str | Sequence[str] | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "party_meeting_photo",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("suffix", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["party_meeting.id"], name=op.f("fk_party_meeting_photo_meeting_id_party_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_meeting_photo")),
    )
    for column in ("meeting_id", "sha256", "updated_at"):
        op.create_index(op.f(f"ix_party_meeting_photo_{column}"), "party_meeting_photo", [column], unique=False)


def downgrade() -> None:
    op.drop_table("party_meeting_photo")
