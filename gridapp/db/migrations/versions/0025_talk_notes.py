"""party life: a talk's summary and follow-ups move to party_talk_note, which syncs to the plant only, so the talk
itself (who, with whom, when, why) reaches every PC and counts in each PC's quarterly coverage

Each note keeps its talk's id and its talk's version in the change log (a new usn), so a station's notes not yet
sent go up with their talks, and a note the plant already holds arrives as the same version.

Revision ID: 0025
Revises: 0024
Create Date: 2026-11-30 19:55:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0025"
down_revision: str | Sequence[str] | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRACKED = "id, created_at, updated_at, station_id, updated_by, deleted_at"


def upgrade() -> None:
    op.create_table(
        "party_talk_note",
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", gridapp.db.base.UTCDateTime(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", gridapp.db.base.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_talk_note")),
    )
    op.create_index(op.f("ix_party_talk_note_updated_at"), "party_talk_note", ["updated_at"], unique=False)
    op.execute(
        f"INSERT INTO party_talk_note (summary, follow_up, {TRACKED}) SELECT summary, follow_up, {TRACKED} "
        "FROM party_talk WHERE summary <> '' OR follow_up <> ''"
    )
    op.execute(
        "INSERT INTO sync_version (table_name, row_id, usn, hlc, base_hlc, origin_id, author_id, deleted, source_id) "
        "SELECT 'party_talk_note', v.row_id, "
        "(SELECT COALESCE(MAX(usn), 0) FROM sync_version) + ROW_NUMBER() OVER (ORDER BY v.usn), "
        "v.hlc, v.base_hlc, v.origin_id, v.author_id, v.deleted, v.source_id "
        "FROM sync_version v JOIN party_talk_note n ON n.id = v.row_id WHERE v.table_name = 'party_talk'"
    )
    with op.batch_alter_table("party_talk") as batch:
        batch.drop_column("summary")
        batch.drop_column("follow_up")


def downgrade() -> None:
    with op.batch_alter_table("party_talk") as batch:
        batch.add_column(sa.Column("summary", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("follow_up", sa.Text(), nullable=False, server_default=""))
    op.execute(
        "UPDATE party_talk SET summary = n.summary, follow_up = n.follow_up FROM party_talk_note n "
        "WHERE n.id = party_talk.id"
    )
    op.execute("DELETE FROM sync_version WHERE table_name = 'party_talk_note'")
    op.drop_index(op.f("ix_party_talk_note_updated_at"), table_name="party_talk_note")
    op.drop_table("party_talk_note")
