"""Bringing a database to this version's schema with Alembic, after a backup, and refusing databases we do not own.

Start-up reads the stored revision with one query and imports Alembic only when an upgrade is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text

from gridapp.db.database import Database
from gridapp.errors import DatabaseOpenError, Problem
from gridapp.progress import Progress, no_progress

# The newest migration; tests/test_migrations.py checks it against the migration scripts.
HEAD = "0026"
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


def ensure_schema(db: Database, progress: Progress = no_progress, without_backup: bool = False) -> SchemaUpgrade | None:
    """Upgrade ``db`` to HEAD; returns None when it was already there.

    Raises DatabaseOpenError(NEWER_SCHEMA) for a database from a newer app, NOT_A_DATABASE for a database
    with tables that are not ours, MIGRATION_FAILED when the upgrade failed (it was one transaction, rolled back:
    the database is at its old revision, untouched; the verified backup made first is kept), and
    UPGRADE_NEEDS_BACKUP for a server database when pg_dump is missing here, unless ``without_backup`` (the
    administrator confirmed).
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
    if current is not None:
        progress(0, 2, "backup")
        backup = backup_before_upgrade(db, current, without_backup)
    progress(1, 2, "upgrade")
    try:
        upgrade(db)
    except Exception as exc:
        after = _revisions_after_failure(db)
        if after != revisions and db.location.path and backup is not None:
            # Belt and braces: should a migration ever commit part of its work, the file goes back to the backup.
            db.dispose()
            from gridapp.backup.sqlite import find_backup, restore_backup

            restore_backup(Path(db.location.path), find_backup(Path(db.location.path), backup.name))
            after = revisions
        state = "unchanged" if after == revisions else f"LEFT AT {sorted(after)}"
        raise DatabaseOpenError(
            Problem.MIGRATION_FAILED, db.location.url, f"{exc}; database {state}; backup: {backup}"
        ) from exc
    progress(2, 2, "")
    return SchemaUpgrade(current, HEAD, backup)


def _revisions_after_failure(db: Database) -> set[str]:
    try:
        return stored_revisions(db)
    except Exception:  # the connection itself may be what failed
        return set()


def backup_before_upgrade(db: Database, revision: str, without_backup: bool = False) -> Path | None:
    """A verified backup (SQLite) or a pg_dump (server) before an upgrade; the same code as every other backup."""
    from gridapp.backup.sqlite import UPGRADE, BackupFailed, make_backup

    if db.location.path:
        if db.read_only is not None:  # a file that cannot be written cannot be upgraded (nor backed up beside it)
            raise DatabaseOpenError(Problem.READ_ONLY, db.location.url, f"an upgrade is needed: {db.read_only}")
        try:
            return make_backup(Path(db.location.path), UPGRADE).path
        except BackupFailed as exc:
            if isinstance(exc.__cause__, PermissionError):
                raise DatabaseOpenError(Problem.READ_ONLY, db.location.url, str(exc)) from exc
            raise DatabaseOpenError(
                Problem.NOT_A_DATABASE, db.location.url, f"no upgrade: its backup failed verification: {exc}"
            ) from exc
    from gridapp.backup.server import dump_postgresql, pg_dump_program
    from gridapp.paths import backup_dir

    if pg_dump_program() is None:
        if without_backup:
            return None
        raise DatabaseOpenError(Problem.UPGRADE_NEEDS_BACKUP, db.location.url, "pg_dump is not installed here")
    try:
        return dump_postgresql(db.engine.url, backup_dir(), revision)
    except BackupFailed as exc:
        if without_backup:
            return None
        raise DatabaseOpenError(Problem.UPGRADE_NEEDS_BACKUP, db.location.url, str(exc)) from exc


def upgrade(db: Database, target: str = "heads") -> None:
    """All the migrations up to ``target`` in ONE transaction: on failure nothing of any of them stays.

    Alembic would give each migration its own transaction on SQLite (it does not count on transactional DDL
    there); the connection is handed over already inside our transaction, which Alembic then leaves to us.
    SQLite ignores ``PRAGMA foreign_keys`` inside a transaction, and a batch migration's table copy must not
    cascade deletes, so foreign keys are off for the upgrade and checked (``foreign_key_check``) before the commit.
    """
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw = conn.connection.dbapi_connection
        if sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")  # outside any transaction: this is when it takes effect
        try:
            conn = conn.execution_options(gridapp_write=True)
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"the upgrade broke {len(broken)} foreign keys, first {broken[0]}")
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
