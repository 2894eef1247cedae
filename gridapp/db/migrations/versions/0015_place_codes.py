"""place codes: areas and posts get the short code their printed QR codes say (RG:AREA:<code>, RG:POST:<code>)

Existing rows get the first six hex digits of their id (longer where two would clash), so placards printed
before with the bare id and the new ones lead to the same place.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 17:00:00.000000
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("area", "post")


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        op.add_column(table, sa.Column("code", sa.String(length=32), nullable=False, server_default=""))
        op.create_index(op.f(f"ix_{table}_code"), table, ["code"], unique=False)
        rows = sa.table(table, sa.column("id", sa.Uuid()), sa.column("code", sa.String()))
        taken: set[str] = set()
        for (row_id,) in bind.execute(sa.select(rows.c.id).order_by(rows.c.id)).all():
            hex_id = (row_id if isinstance(row_id, uuid.UUID) else uuid.UUID(str(row_id))).hex.upper()
            length = 6
            while hex_id[:length] in taken and length < 32:
                length += 1
            taken.add(hex_id[:length])
            bind.execute(sa.update(rows).where(rows.c.id == row_id).values(code=hex_id[:length]))


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(op.f(f"ix_{table}_code"), table_name=table)
        op.drop_column(table, "code")
