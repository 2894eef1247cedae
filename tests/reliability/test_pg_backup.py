"""A server database's upgrade: pg_dump first when it is installed, otherwise no upgrade without the administrator."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

import gridapp.backup.server as server
from gridapp.db.connect import open_database
from gridapp.db.schema import MIGRATIONS, stored_revisions
from gridapp.errors import DatabaseOpenError, Problem
from gridapp.services import open_workspace
from gridapp.station import load_or_create_station
from tests.test_postgresql import postgres_url  # noqa: F401 (the fixture: a throw-away server)


def _downgrade(url: str, data_dir: Path, revision: str) -> None:
    db = open_database(url, load_or_create_station(data_dir))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
        conn.commit()
    db.dispose()


def test_pg_dump_before_a_server_upgrade_or_a_confirmation(
    postgres_url: str,  # noqa: F811
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if server.pg_dump_program() is None:
        pytest.skip("pg_dump is not installed")
    open_workspace(postgres_url).services.close()  # at the newest schema
    _downgrade(postgres_url, data_dir, "0010")

    with monkeypatch.context() as patched:  # no pg_dump here: refused until the administrator confirms
        patched.setattr(server, "pg_dump_program", lambda: None)
        with pytest.raises(DatabaseOpenError) as caught:
            open_workspace(postgres_url)
        assert caught.value.problem is Problem.UPGRADE_NEEDS_BACKUP
        db = open_database(postgres_url, load_or_create_station(data_dir))
        assert stored_revisions(db) == {"0010"}  # nothing was changed
        db.dispose()
        confirmed = open_workspace(postgres_url, without_backup=True)
        assert confirmed.upgrade is not None and confirmed.upgrade.backup is None
        confirmed.services.close()

    _downgrade(postgres_url, data_dir, "0010")
    opened = open_workspace(postgres_url)
    opened.services.close()
    dump = opened.upgrade.backup if opened.upgrade else None
    assert dump is not None and dump.parent == data_dir / "backups" and dump.suffix == ".dump"
    listing = subprocess.run(["pg_restore", "--list", str(dump)], capture_output=True, text=True, check=True).stdout
    assert "TABLE DATA public person" in listing and "alembic_version" in listing
