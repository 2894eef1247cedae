"""Migrations: an empty database reaches the models' schema; start-up's HEAD matches the scripts; backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from gridapp.db.connect import open_database
from gridapp.db.database import Database
from gridapp.db.models import metadata
from gridapp.db.schema import HEAD, MIGRATIONS, ensure_schema, stored_revisions
from gridapp.errors import DatabaseOpenError, Problem
from gridapp.station import load_or_create_station


def test_head_constant_matches_the_migration_scripts() -> None:
    assert ScriptDirectory(str(MIGRATIONS)).get_heads() == [HEAD]


def test_migrations_from_empty_match_the_models(tmp_path: Path, data_dir: Path) -> None:
    db = open_database(tmp_path / "new.sqlite3", load_or_create_station(data_dir))
    result = ensure_schema(db)
    assert result is not None and result.from_revision is None and result.backup is None
    assert stored_revisions(db) == {HEAD}
    with db.engine.connect() as conn:
        # Virtual tables (FTS5) and their shadow tables are made by hand in migrations, outside the models.
        virtual = [
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")
        ]

        def include_name(name: str | None, type_: str, parents: object) -> bool:
            return not (type_ == "table" and any(name == v or (name or "").startswith(v + "_") for v in virtual))

        opts = {"compare_type": True, "include_name": include_name}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    assert diff == []
    assert ensure_schema(db) is None  # already current: nothing to do
    db.dispose()


def test_upgrade_backs_up_the_existing_file_first(demo_db: Database) -> None:
    script = ScriptDirectory(str(MIGRATIONS))
    previous = script.get_revision(HEAD).down_revision
    if previous is None:
        pytest.skip("one migration only: there is no older schema to upgrade from yet")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with demo_db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, str(previous))
        conn.commit()
    result = ensure_schema(demo_db)
    assert result is not None and result.from_revision == previous
    assert result.backup is not None and result.backup.exists()
    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (previous,)
        assert backup.execute("SELECT count(*) FROM person").fetchone() == (58,)
    assert stored_revisions(demo_db) == {HEAD}


def test_a_database_from_a_newer_version_is_refused_untouched(db: Database, tmp_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    path = Path(db.location.path or "")
    db.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as caught:  # told while opening, before anything is written
        open_database(path, load_or_create_station(tmp_path))
    assert caught.value.problem is Problem.NEWER_SCHEMA
    assert path.read_bytes() == before
