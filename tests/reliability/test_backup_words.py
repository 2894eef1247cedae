"""What the user is told: a failed upgrade truthfully, a damaged file's backups folder only when it exists, and a server
upgrade that waits for the administrator when pg_dump is missing."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import gridapp.backup.server as server
from gridapp.backup.sqlite import make_backup
from gridapp.db.database import Database
from gridapp.db.schema import backup_before_upgrade
from gridapp.errors import DatabaseOpenError, Problem
from ui.errors import database_problem_text


def test_a_damaged_file_names_its_backups_folder_only_when_it_exists(demo_db: Database, tmp_path: Path) -> None:
    path = Path(demo_db.location.path or "")
    error = DatabaseOpenError(Problem.NOT_A_DATABASE, str(path), "malformed")
    assert "backups" not in database_problem_text(error)
    make_backup(path)
    text = database_problem_text(error)
    assert str(path.parent / "backups") in text and "gridapp restore" in text


def test_a_failed_upgrade_says_whether_it_was_undone(qapp) -> None:  # type: ignore[no-untyped-def]
    undone = DatabaseOpenError(Problem.MIGRATION_FAILED, "/x/p.sqlite3", "boom; database unchanged; backup: /x/b.db")
    assert "undone" in database_problem_text(undone) and "/x/b.db" in database_problem_text(undone)
    left = DatabaseOpenError(Problem.MIGRATION_FAILED, "/x/p.sqlite3", "boom; database LEFT AT ['0010']; backup: /b")
    text = database_problem_text(left)
    assert "could not be undone" in text and "as it was" not in text


def test_a_server_upgrade_without_pg_dump_waits_for_a_confirmation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server, "pg_dump_program", lambda: None)
    fake = SimpleNamespace(location=SimpleNamespace(path=None, url="postgresql+psycopg://gridapp@plant/grid"))
    with pytest.raises(DatabaseOpenError) as caught:
        backup_before_upgrade(fake, "0010")  # type: ignore[arg-type]
    assert caught.value.problem is Problem.UPGRADE_NEEDS_BACKUP
    assert "pg_dump" in database_problem_text(caught.value)
    assert backup_before_upgrade(fake, "0010", without_backup=True) is None  # type: ignore[arg-type]
