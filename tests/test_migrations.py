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


def test_talk_summaries_move_to_their_own_table_with_their_versions(demo_db: Database) -> None:
    """0025: a talk's summary leaves party_talk for party_talk_note (synced to the plant only), keeping the talk's
    id and version, and comes back on a downgrade."""
    import datetime as dt

    from sqlalchemy import select

    from gridapp.org.models import Person
    from gridapp.party_life.kinds import TalkKind
    from gridapp.party_life.rows import TalkDraft
    from gridapp.party_life.talks import TalkService

    with demo_db.read() as s:
        a, b = s.scalars(select(Person.id).where(Person.deleted_at.is_(None)).limit(2))
    talk = TalkService(demo_db).record(
        demo_db.system_actor(), TalkDraft(a, b, dt.date(2026, 11, 2), TalkKind.HARDSHIP, "家中老人住院", "每周回访")
    )
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with demo_db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0024")
        conn.commit()
        moved_back = conn.exec_driver_sql("SELECT summary, follow_up FROM party_talk WHERE id = ?", (talk.hex,))
        assert moved_back.all() == [("家中老人住院", "每周回访")]
        command.upgrade(config, "0025")
        conn.commit()
        note = conn.exec_driver_sql("SELECT summary, follow_up FROM party_talk_note WHERE id = ?", (talk.hex,))
        assert note.all() == [("家中老人住院", "每周回访")]
        # only talks with something written get a note (the demo's talks without a summary get none)
        assert (
            conn.exec_driver_sql("SELECT count(*) FROM party_talk_note WHERE summary = '' AND follow_up = ''").scalar()
            == 0
        )
        versions = conn.exec_driver_sql(
            "SELECT table_name, hlc FROM sync_version WHERE row_id = ? ORDER BY table_name", (talk.hex,)
        ).all()
    assert [t for t, _ in versions] == ["party_talk", "party_talk_note"] and versions[0][1] == versions[1][1]
