"""kill -9 during a backup and during a restore; a migration failing half-way leaves the file's bytes as they were."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

import gridapp.db.schema as schema
from gridapp.backup.sqlite import MANUAL, check_backup, list_backups, make_backup
from gridapp.db.connect import open_database
from gridapp.db.database import Database
from gridapp.errors import DatabaseOpenError, Problem
from gridapp.station import load_or_create_station

ROOT = Path(__file__).resolve().parents[2]

BACKUP_LOOP = """
import sys
from pathlib import Path
from gridapp.backup.sqlite import make_backup
print("ready", flush=True)
while True:
    make_backup(Path(sys.argv[1]))
"""

RESTORE_LOOP = """
import sys
from pathlib import Path
from gridapp.backup.sqlite import find_backup, restore_backup
path = Path(sys.argv[1])
names = sys.argv[2:]
print("ready", flush=True)
i = 0
while True:
    restore_backup(path, find_backup(path, names[i % 2]))
    i += 1
"""


def _kill_at_random(script: str, args: list[str], delay: float) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
    time.sleep(delay)
    if child.poll() is not None:
        raise AssertionError(child.stderr.read().decode() if child.stderr else "child ended")
    child.kill()  # SIGKILL: no cleanup of any kind
    child.wait()


def _assert_sound(path: Path) -> str:
    """The database opens with integrity ok; every listed backup is whole. Returns the marker row's value."""
    with closing(sqlite3.connect(path)) as con, con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        marker = con.execute("SELECT name FROM person WHERE employee_no = 'DH0001'").fetchone()[0]
    for backup in list_backups(path):
        check_backup(backup, deep=True)  # the SHA-256 of the manifest and the integrity check
    return marker


def _mark(path: Path, name: str) -> None:
    with closing(sqlite3.connect(path)) as con, con:
        con.execute("UPDATE person SET name = ? WHERE employee_no = 'DH0001'", (name,))


def test_kill_9_during_backups_leaves_only_verified_backups(demo_db: Database) -> None:
    path = Path(demo_db.location.path or "")
    demo_db.dispose()
    first = make_backup(path, MANUAL)
    rng = random.Random(13)
    for _ in range(8):
        _kill_at_random(BACKUP_LOOP, [str(path)], rng.uniform(0.0, 0.6))
        assert _assert_sound(path)
        # A good backup is always listed: the first, or a newer verified one that thinned it (same day).
        listed = list_backups(path)
        assert listed and listed[0].made_at >= first.made_at
    after = make_backup(path)  # and the next backup clears what the kills left
    leftovers = [p.name for p in after.path.parent.iterdir() if p.is_file() and p.name.endswith(".part")]
    assert leftovers == []


def test_kill_9_during_restores_leaves_the_old_or_the_new_state(demo_db: Database) -> None:
    path = Path(demo_db.location.path or "")
    demo_db.dispose()
    _mark(path, "状态甲")
    a = make_backup(path, MANUAL, now=dt.datetime.now() - dt.timedelta(days=1))  # another day: thinning keeps both
    _mark(path, "状态乙")
    b = make_backup(path, MANUAL)
    rng = random.Random(7)
    seen = set()
    for _ in range(8):
        _kill_at_random(RESTORE_LOOP, [str(path), a.name, b.name], rng.uniform(0.0, 0.8))
        seen.add(_assert_sound(path))
        assert {a.name, b.name} <= {x.name for x in list_backups(path)}
    assert seen <= {"状态甲", "状态乙"}


def _digest_at_rest(path: Path) -> str:
    """The main file's SHA-256 once every connection is closed and the WAL is folded in.

    With WAL, "identical" can honestly mean only this: the committed content, checkpointed into the main file, is the
    same bytes. A rolled-back transaction may leave uncommitted frames in the -wal file (SQLite ignores and overwrites
    them; they are never checkpointed), and SQLite keeps a -shm index beside it — neither is the database.
    """
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0  # not busy: nothing else open
    finally:
        con.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


FAILING = '''
"""Injected by the test: creates a table, alters another the batch way, then fails half-way."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.add_column(sa.Column("half_column", sa.Integer))
    op.execute("INSERT INTO half_done VALUES (1)")
    raise RuntimeError("injected failure half-way through a migration")


def downgrade() -> None:
    pass
'''


def test_a_migration_failing_half_way_leaves_the_file_identical(
    demo_db: Database, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(demo_db.location.path or "")
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(schema.MIGRATIONS)).get_current_head()
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    with demo_db.engine.connect() as conn:  # two migrations back, so two succeed before the injected one fails
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
        conn.commit()
    demo_db.dispose()
    before = _digest_at_rest(path)
    migrations = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9001_fails.py").write_text(FAILING.format(down=head), encoding="utf-8")
    monkeypatch.setattr(schema, "MIGRATIONS", migrations)
    monkeypatch.setattr(schema, "HEAD", "9001")

    db = open_database(path, load_or_create_station(data_dir))
    with pytest.raises(DatabaseOpenError) as caught:
        schema.ensure_schema(db)
    assert caught.value.problem is Problem.MIGRATION_FAILED and "unchanged" in caught.value.detail
    assert schema.stored_revisions(db) == {"0009"}
    db.dispose()
    assert _digest_at_rest(path) == before
    backups = list_backups(path)
    assert [b.revision for b in backups] == ["0009"] and backups[0].counts["person"] == 58


def test_a_successful_upgrade_of_several_migrations_keeps_foreign_keys_on(demo_db: Database) -> None:
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    with demo_db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
        conn.commit()
    result = schema.ensure_schema(demo_db)
    assert result is not None and result.from_revision == "0008" and result.backup is not None
    assert schema.stored_revisions(demo_db) == {schema.HEAD}
    with demo_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
