"""Bad situations: each gives a clear problem (worded in Chinese by the UI) and never changes the user's file."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, text

from gridapp.db.connect import open_database, to_url
from gridapp.errors import DatabaseOpenError, Problem
from gridapp.services import open_workspace
from gridapp.station import load_or_create_station

ROOT = Path(__file__).resolve().parent.parent


def _open_problem(target: str | Path) -> Problem:
    with pytest.raises(DatabaseOpenError) as caught:
        open_workspace(target)
    return caught.value.problem


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes("这不是数据库，是一份值班记录。\n".encode() * 200)
    before = path.read_bytes()
    assert _open_problem(path) is Problem.NOT_A_DATABASE
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "notes.sqlite3"]  # no -wal, -shm or backup


def test_a_damaged_sqlite_file_is_refused_untouched(demo_db_file: Path) -> None:
    raw = bytearray(demo_db_file.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # the schema page is garbage, the header still says SQLite
    demo_db_file.write_bytes(bytes(raw))
    before = demo_db_file.read_bytes()
    assert _open_problem(demo_db_file) is Problem.NOT_A_DATABASE
    assert demo_db_file.read_bytes() == before


def test_a_sqlite_database_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        con.execute("INSERT INTO customers (name) VALUES ('张三')")
    con.close()
    before = path.read_bytes()
    assert _open_problem(path) is Problem.NOT_A_DATABASE
    assert path.read_bytes() == before


def _without_override(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run Python code that file permissions apply to: root normally ignores them, so its override is dropped."""
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)


def test_a_read_only_file_in_a_read_only_folder_opens_read_only_and_is_kept(demo_db_file: Path, tmp_path: Path) -> None:
    folder = demo_db_file.parent
    data = tmp_path / "ro-data"
    data.mkdir()
    load_or_create_station(data)
    os.chmod(demo_db_file, 0o444)
    os.chmod(folder, 0o555)
    os.chmod(data, 0o555)
    os.chmod(data / "station.json", 0o444)
    before = demo_db_file.read_bytes()
    code = (
        "import sys\n"
        "from gridapp.services import open_workspace\n"
        "from gridapp.errors import DatabaseOpenError\n"
        "try:\n"
        f"    opened = open_workspace({str(demo_db_file)!r})\n"
        "except DatabaseOpenError as exc:\n"
        "    print(exc.problem.value)\n"
        "else:\n"
        "    print('read-only' if opened.services.db.read_only else 'writable')\n"
    )
    env = {**os.environ, "GRIDAPP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    try:
        result = _without_override(code, env)
    finally:
        os.chmod(folder, 0o755)
        os.chmod(data, 0o755)
        os.chmod(demo_db_file, 0o644)
    assert result.stdout.strip() == "read-only", result.stderr
    assert demo_db_file.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(demo_db_file.name)) == [demo_db_file.name]


def test_a_new_database_in_a_read_only_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    data = tmp_path / "ro-data"
    data.mkdir()
    load_or_create_station(data)
    os.chmod(folder, 0o555)
    code = (
        "from gridapp.services import open_workspace\n"
        "from gridapp.errors import DatabaseOpenError\n"
        "try:\n"
        f"    open_workspace({str(folder / 'new.sqlite3')!r})\n"
        "except DatabaseOpenError as exc:\n"
        "    print(exc.problem.value)\n"
    )
    env = {**os.environ, "GRIDAPP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    try:
        result = _without_override(code, env)
    finally:
        os.chmod(folder, 0o755)
    assert result.stdout.strip() == Problem.CANNOT_CREATE.value, result.stderr
    assert list(folder.iterdir()) == []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_unreachable_postgresql_server_is_reported() -> None:
    url = f"postgresql+psycopg://grid@127.0.0.1:{_free_port()}/plant"
    assert _open_problem(url) is Problem.UNREACHABLE


def test_bad_urls_are_reported() -> None:
    for target in ("mysql://x@y/z", "sqlite://", "postgresql://:::"):
        with pytest.raises(DatabaseOpenError) as caught:
            to_url(target)
        assert caught.value.problem is Problem.BAD_URL


def test_a_plain_path_becomes_an_sqlite_url(tmp_path: Path) -> None:
    url = to_url(tmp_path / "x.sqlite3")
    assert url.drivername == "sqlite+pysqlite" and url.database == str(tmp_path / "x.sqlite3")
    assert to_url("postgresql://u@h/d").drivername == "postgresql+psycopg"


def test_writes_take_the_sqlite_write_lock_up_front(demo_db_file: Path, data_dir: Path) -> None:
    db = open_database(demo_db_file, load_or_create_station(data_dir))
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with db.write(db.system_actor()):
        pass
    with db.read() as session:
        session.execute(text("SELECT 1"))
    db.dispose()
    assert statements == ["BEGIN IMMEDIATE", "BEGIN", "SELECT 1"]
