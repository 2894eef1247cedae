"""training_tally: each person's training hours and sessions per kind in every year, quarter and month, kept by
triggers

The training matrix of the plant for a year sums one row per person and kind instead of every attendance of the
year. Triggers on training_attendance (added, removed, tombstoned, moved) and training_session (its day, kind or
hours changed, tombstoned) keep it in the transaction of every change, whoever writes the row (the services, the
sync's merge, a bulk load); the table is derived and does not sync. Hours are kept in hundredths (whole numbers:
adding and taking away never drifts). Filled here from the attendance.

Revision ID: 0026
Revises: 0025
Create Date: 2026-11-30 22:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | Sequence[str] | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GRAINS = "(SELECT 0 AS n UNION ALL SELECT 1 UNION ALL SELECT 2) AS g"
COLUMNS = "period, kind, person_id, centihours, sessions"
SESSION_CHANGED = ("held_on", "kind", "hours", "deleted_at")
ATTENDANCE_CHANGED = ("session_id", "person_id", "deleted_at")


def _period(dialect: str, day: str) -> str:
    """The key of grain g.n (0 year, 1 quarter, 2 month) of ``day``: "Y2025", "Q2025-2", "M2025-04"."""
    if dialect == "sqlite":
        return (
            f"CASE g.n WHEN 0 THEN 'Y' || strftime('%Y', {day}) "
            f"WHEN 1 THEN 'Q' || strftime('%Y', {day}) || '-' || ((CAST(strftime('%m', {day}) AS INTEGER) + 2) / 3) "
            f"ELSE 'M' || strftime('%Y-%m', {day}) END"
        )
    return (
        f"CASE g.n WHEN 0 THEN 'Y' || to_char({day}, 'YYYY') "
        f"WHEN 1 THEN 'Q' || to_char({day}, 'YYYY') || '-' || to_char({day}, 'Q') "
        f"ELSE 'M' || to_char({day}, 'YYYY-MM') END"
    )


def _add(dialect: str, sign: str, session: str, person: str, source: str, where: str) -> str:
    """Add (sign '+') or take away (sign '-') one attendance of ``person`` at the session ``session`` (an alias or
    OLD / NEW) in its year's, quarter's and month's tallies."""
    return (
        f"INSERT INTO training_tally ({COLUMNS}) "
        f"SELECT {_period(dialect, session + '.held_on')}, {session}.kind, {person}, "
        f"{sign}CAST(round({session}.hours * 100) AS INTEGER), {sign}1 "
        f"FROM {source} CROSS JOIN {GRAINS} WHERE {where} "
        "ON CONFLICT (period, kind, person_id) DO UPDATE SET "
        "centihours = training_tally.centihours + excluded.centihours, "
        "sessions = training_tally.sessions + excluded.sessions"
    )


def _of_attendance(dialect: str, sign: str, row: str, also: str = "") -> str:
    """The attendance ``row`` (OLD / NEW) at its session, if the session is there and live."""
    return _add(dialect, sign, "s", f"{row}.person_id", "training_session s",
                f"s.id = {row}.session_id AND s.deleted_at IS NULL{also}")  # fmt: skip


def _of_session(dialect: str, sign: str, row: str, also: str = "") -> str:
    """Every live attendance of the session ``row`` (OLD / NEW), at the row's day, kind and hours."""
    return _add(dialect, sign, row, "a.person_id", "training_attendance a",
                f"a.session_id = {row}.id AND a.deleted_at IS NULL{also}")  # fmt: skip


def _changed(columns: Sequence[str], distinct: str) -> str:
    return " OR ".join(f"OLD.{c} {distinct} NEW.{c}" for c in columns)


def sqlite() -> list[str]:
    d = "sqlite"
    return [
        "CREATE TRIGGER training_tally_attendance_insert AFTER INSERT ON training_attendance "
        f"WHEN NEW.deleted_at IS NULL BEGIN {_of_attendance(d, '+', 'NEW')}; END",
        "CREATE TRIGGER training_tally_attendance_delete AFTER DELETE ON training_attendance "
        f"WHEN OLD.deleted_at IS NULL BEGIN {_of_attendance(d, '-', 'OLD')}; END",
        f"CREATE TRIGGER training_tally_attendance_update AFTER UPDATE OF {', '.join(ATTENDANCE_CHANGED)} "
        f"ON training_attendance WHEN {_changed(ATTENDANCE_CHANGED, 'IS NOT')} BEGIN "
        f"{_of_attendance(d, '-', 'OLD', ' AND OLD.deleted_at IS NULL')}; "
        f"{_of_attendance(d, '+', 'NEW', ' AND NEW.deleted_at IS NULL')}; END",
        "CREATE TRIGGER training_tally_session_insert AFTER INSERT ON training_session "
        f"WHEN NEW.deleted_at IS NULL BEGIN {_of_session(d, '+', 'NEW')}; END",
        "CREATE TRIGGER training_tally_session_delete AFTER DELETE ON training_session "
        f"WHEN OLD.deleted_at IS NULL BEGIN {_of_session(d, '-', 'OLD')}; END",
        f"CREATE TRIGGER training_tally_session_update AFTER UPDATE OF {', '.join(SESSION_CHANGED)} "
        f"ON training_session WHEN {_changed(SESSION_CHANGED, 'IS NOT')} BEGIN "
        f"{_of_session(d, '-', 'OLD', ' AND OLD.deleted_at IS NULL')}; "
        f"{_of_session(d, '+', 'NEW', ' AND NEW.deleted_at IS NULL')}; END",
    ]


def postgresql() -> list[str]:
    d = "postgresql"
    out = []
    for table, name, of, changed in (
        ("training_attendance", "attendance", _of_attendance, ATTENDANCE_CHANGED),
        ("training_session", "session", _of_session, SESSION_CHANGED),
    ):
        out += [
            f"CREATE FUNCTION training_tally_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN {of(d, '-', 'OLD')}; END IF; "
            f"IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN {of(d, '+', 'NEW')}; END IF; "
            "RETURN NULL; END $$",
            f"CREATE TRIGGER training_tally_{name}_insert_delete AFTER INSERT OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION training_tally_{name}()",
            f"CREATE TRIGGER training_tally_{name}_update AFTER UPDATE OF {', '.join(changed)} ON {table} "
            f"FOR EACH ROW WHEN ({_changed(changed, 'IS DISTINCT FROM')}) EXECUTE FUNCTION training_tally_{name}()",
        ]
    return out


def upgrade() -> None:
    op.create_table(
        "training_tally",
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("lead", "joint", "special", name="trainingkind", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("centihours", sa.Integer(), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("period", "kind", "person_id", name=op.f("pk_training_tally")),
        sqlite_with_rowid=False,
    )
    dialect = op.get_bind().dialect.name
    for statement in sqlite() if dialect == "sqlite" else postgresql():
        op.execute(statement)
    op.execute(
        f"INSERT INTO training_tally ({COLUMNS}) "
        f"SELECT {_period(dialect, 's.held_on')}, s.kind, a.person_id, "
        "CAST(sum(round(s.hours * 100)) AS INTEGER), count(*) "
        f"FROM training_attendance a JOIN training_session s ON s.id = a.session_id CROSS JOIN {GRAINS} "
        "WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL GROUP BY 1, s.kind, a.person_id"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in ("attendance", "session"):
            for event in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS training_tally_{table}_{event}")
    else:
        for table, name in (("training_attendance", "attendance"), ("training_session", "session")):
            op.execute(f"DROP TRIGGER IF EXISTS training_tally_{name}_insert_delete ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS training_tally_{name}_update ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS training_tally_{name}()")
    op.drop_table("training_tally")
