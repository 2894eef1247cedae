"""sync: the change log (row versions), hybrid clocks, identity, peers, conflict archive, exchanges, stations'
audit records; issue numbers in a series per station; an issue's n-th event may come from two PCs

Every row already in the database gets its first version here (stamped from its own updated_at and station), so
the first bundle a new station receives holds the whole plant.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30 14:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import gridapp.db.base

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC = gridapp.db.base.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "sync_version",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("usn", sa.BigInteger(), nullable=False),
        sa.Column("hlc", sa.String(length=56), nullable=False),
        sa.Column("base_hlc", sa.String(length=56), nullable=True),
        sa.Column("origin_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_version")),
    )
    op.create_index("ix_sync_version_usn", "sync_version", ["usn"], unique=True)
    op.create_table(
        "sync_clock",
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("wall_ms", sa.BigInteger(), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("station_id", name=op.f("pk_sync_clock")),
    )
    op.create_table(
        "sync_identity",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("plant_id", sa.Uuid(), nullable=True),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTC(), nullable=False),
        sa.Column("warn_after_days", sa.Integer(), nullable=False),
        sa.Column("every_minutes", sa.Integer(), nullable=False),
        sa.Column("plant_url", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_identity")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("registered_at", UTC(), nullable=False),
        sa.Column("registered_by", sa.String(length=80), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("acked_usn", sa.BigInteger(), nullable=False),
        sa.Column("applied_usn", sa.BigInteger(), nullable=False),
        sa.Column("acked_audit", sa.BigInteger(), nullable=False),
        sa.Column("last_sync_at", UTC(), nullable=True),
        sa.Column("last_way", sa.String(length=8), nullable=False),
        sa.Column("last_written", sa.String(length=260), nullable=False),
        sa.Column("last_written_at", UTC(), nullable=True),
        sa.Column("last_read", sa.String(length=260), nullable=False),
        sa.Column("last_read_at", UTC(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", UTC(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("lost_hlc", sa.String(length=56), nullable=False),
        sa.Column("lost_origin", sa.Uuid(), nullable=False),
        sa.Column("lost_author", sa.Uuid(), nullable=True),
        sa.Column("lost", sa.JSON(), nullable=True),
        sa.Column("kept_hlc", sa.String(length=56), nullable=False),
        sa.Column("resolved_at", UTC(), nullable=True),
        sa.Column("resolved_by", sa.String(length=80), nullable=False),
        sa.Column("resolution", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index("ix_sync_conflict_open", "sync_conflict", ["resolved_at", "at"], unique=False)
    op.create_table(
        "sync_exchange",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", UTC(), nullable=False),
        sa.Column("peer_id", sa.Uuid(), nullable=True),
        sa.Column("peer_name", sa.String(length=80), nullable=False),
        sa.Column("way", sa.String(length=8), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("file", sa.String(length=260), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("blobs", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("by", sa.String(length=80), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_exchange")),
    )
    op.create_index("ix_sync_exchange_at", "sync_exchange", ["at"], unique=False)
    op.create_table(
        "sync_station_audit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_station_audit")),
    )
    op.create_index("ix_sync_station_audit_station_seq", "sync_station_audit", ["station_id", "seq"], unique=True)

    op.add_column("issue", sa.Column("series", sa.String(length=4), nullable=False, server_default=""))
    op.drop_index("uq_issue_plant_year_seq", table_name="issue")
    op.create_index("uq_issue_plant_year_series_seq", "issue", ["plant_id", "year", "series", "seq"], unique=True)
    op.drop_index("uq_issue_event_issue_seq", table_name="issue_event")
    op.create_index("ix_issue_event_issue_seq", "issue_event", ["issue_id", "seq"], unique=False)

    _first_versions()


# The business tables at this revision (gridapp.sync.tables.SYNCED then), in foreign-key order.
SYNCED = [
    "inspection_document_type", "issue_category", "org_setting", "role", "score_catalogue", "score_category",
    "score_rule", "security_setting", "unit", "work_calendar", "post", "inspection_document", "person", "account",
    "alert_read", "area", "inspection_change", "inspection_edition", "inspection_item", "inspection_round",
    "role_assignment", "score_entry", "score_period", "score_warning", "area_photo", "guardianship",
    "inspection_result", "issue", "score_period_rule", "inspection_photo", "issue_event", "issue_link",
    "issue_partner", "issue_photo",
]  # fmt: skip


def _first_versions() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        wall = "CAST(FLOOR(EXTRACT(EPOCH FROM updated_at) * 1000) AS BIGINT)"
        station = "REPLACE(CAST(station_id AS TEXT), '-', '')"
        hlc = f"LPAD(CAST({wall} AS TEXT), 13, '0') || '-00000-' || {station}"
    else:
        wall = "CAST(ROUND((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER)"
        hlc = f"printf('%013d-00000-%s', {wall}, lower(station_id))"
    for table in SYNCED:
        bind.execute(
            sa.text(
                "INSERT INTO sync_version (table_name, row_id, usn, hlc, base_hlc, origin_id, author_id, deleted) "
                f"SELECT '{table}', id, "
                "(SELECT COALESCE(MAX(usn), 0) FROM sync_version) + ROW_NUMBER() OVER (ORDER BY updated_at, id), "
                f"{hlc}, NULL, station_id, updated_by, false FROM {table}"
            )
        )


def downgrade() -> None:
    op.drop_index("ix_issue_event_issue_seq", table_name="issue_event")
    op.create_index("uq_issue_event_issue_seq", "issue_event", ["issue_id", "seq"], unique=True)
    op.drop_index("uq_issue_plant_year_series_seq", table_name="issue")
    op.create_index("uq_issue_plant_year_seq", "issue", ["plant_id", "year", "seq"], unique=True)
    op.execute("ALTER TABLE issue DROP COLUMN series")  # no table copy: issue is referred to by foreign keys
    for name in ("sync_station_audit", "sync_exchange", "sync_conflict", "sync_peer", "sync_identity", "sync_clock"):
        op.drop_table(name)
    op.drop_index("ix_sync_version_usn", table_name="sync_version")
    op.drop_table("sync_version")
