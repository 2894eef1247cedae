"""Bringing a database to this version's schema with Alembic, after a backup, and refusing databases we do not own.

Start-up reads the stored revision with one query and imports Alembic only when an upgrade is needed.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text

from gridapp.db.database import Database
from gridapp.errors import DatabaseOpenError, Problem
from gridapp.progress import Progress, no_progress

# The newest migration; tests/test_migrations.py checks it against the migration scripts.
HEAD = "0011"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True, slots=True)
class SchemaUpgrade:
    """What ensure_schema did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None


def stored_revisions(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def ensure_schema(db: Database, progress: Progress = no_progress) -> SchemaUpgrade | None:
    """Upgrade ``db`` to HEAD; returns None when it was already there.

    Raises DatabaseOpenError(NEWER_SCHEMA) for a database from a newer app, NOT_A_DATABASE for a database
    with tables that are not ours, MIGRATION_FAILED when the upgrade failed (the transaction rolls back and
    the backup is kept).
    """
    revisions = stored_revisions(db)
    if revisions == {HEAD}:
        return None
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    known = {rev.revision for rev in script.walk_revisions()}
    if revisions - known:
        raise DatabaseOpenError(Problem.NEWER_SCHEMA, db.location.url, ", ".join(sorted(revisions - known)))
    if not revisions:
        with db.engine.connect() as conn:
            foreign = [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]
        if foreign:
            raise DatabaseOpenError(Problem.NOT_A_DATABASE, db.location.url, "tables without a schema version")
    current = min(revisions) if revisions else None
    backup = None
    if current is not None and db.location.path:
        progress(0, 2, "backup")
        backup = backup_sqlite(Path(db.location.path), current)
    progress(1, 2, "upgrade")
    try:
        upgrade(db)
    except Exception as exc:
        raise DatabaseOpenError(Problem.MIGRATION_FAILED, db.location.url, f"{exc}; backup: {backup}") from exc
    progress(2, 2, "")
    return SchemaUpgrade(current, HEAD, backup)


def upgrade(db: Database, target: str = "heads") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.connect() as conn:
        conn = conn.execution_options(gridapp_write=True)
        config.attributes["connection"] = conn
        command.upgrade(config, target)
        conn.commit()


def backup_sqlite(path: Path, revision: str) -> Path:
    """A consistent copy (SQLite's online backup, safe under WAL) in a ``backups`` folder beside the file."""
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-{stamp}-r{revision}{path.suffix or '.sqlite3'}"
    src = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target
