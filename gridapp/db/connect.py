"""Opening a database from a URL or a file path, with every failure turned into a problem the user can act on.

The user's file is only ever opened, never replaced: a file that is not SQLite is refused before SQLite sees it,
and nothing here deletes or truncates anything.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from gridapp.db.database import Database, Location
from gridapp.errors import DatabaseOpenError, Problem
from gridapp.station import Station

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 15
PG_CONNECT_TIMEOUT_S = 5


def to_url(target: str | os.PathLike[str]) -> URL:
    """A SQLAlchemy URL from what the user typed: a URL, or a path to an SQLite file."""
    raw = os.fspath(target).strip()
    if "://" not in raw:
        return URL.create("sqlite+pysqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseOpenError(Problem.BAD_URL, raw, str(exc)) from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername == "sqlite":
        url = url.set(drivername="sqlite+pysqlite")
    if url.drivername not in ("sqlite+pysqlite", "postgresql+psycopg"):
        raise DatabaseOpenError(Problem.BAD_URL, raw, f"unsupported driver {url.drivername}")
    if url.drivername.startswith("sqlite") and not url.database:
        raise DatabaseOpenError(Problem.BAD_URL, raw, "an in-memory database would lose everything on exit")
    return url


def open_database(target: str | os.PathLike[str], station: Station) -> Database:
    url = to_url(target)
    if url.drivername.startswith("sqlite"):
        return _open_sqlite(url, station)
    return _open_postgresql(url, station)


def _open_sqlite(url: URL, station: Station) -> Database:
    assert url.database is not None
    path = Path(url.database)
    shown = str(path)
    if path.exists():
        _check_sqlite_file(path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(Problem.CANNOT_CREATE, shown, str(exc)) from exc
    existed = path.exists()
    try:
        _probe_sqlite(path)
    except sqlite3.Error as exc:
        raise _classify_sqlite_error(exc, shown, existed) from exc
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return Database(engine, Location(shown, True, shown), station)


def _probe_sqlite(path: Path) -> None:
    """Read the schema without writing, then switch to WAL and prove a write transaction can start.

    The read-only look comes first so that a damaged file is refused before anything is written to it.
    """
    if path.exists():
        ro = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            tables = {row[0] for row in ro.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            ro.close()
        if tables and "alembic_version" not in tables:
            # Another program's database: switching it to WAL would already change its header.
            raise DatabaseOpenError(Problem.NOT_A_DATABASE, str(path), "tables without a schema version")
    con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        mode = con.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError("attempt to write a readonly database")
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    finally:
        con.close()


def _check_sqlite_file(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseOpenError(Problem.READ_ONLY, str(path), str(exc)) from exc
    except OSError as exc:
        raise DatabaseOpenError(Problem.NOT_A_DATABASE, str(path), str(exc)) from exc
    # An empty file is what some tools leave when creating a database; SQLite treats it as new.
    if header and header != SQLITE_HEADER:
        raise DatabaseOpenError(Problem.NOT_A_DATABASE, str(path), "no SQLite header")


def _classify_sqlite_error(exc: BaseException, shown: str, existed: bool) -> DatabaseOpenError:
    message = str(getattr(exc, "orig", None) or exc).lower()
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return DatabaseOpenError(Problem.READ_ONLY if existed else Problem.CANNOT_CREATE, shown, message)
    if "not a database" in message or "malformed" in message or "encrypted" in message:
        return DatabaseOpenError(Problem.NOT_A_DATABASE, shown, message)
    if "locked" in message or "busy" in message:
        return DatabaseOpenError(Problem.READ_ONLY, shown, message)
    return DatabaseOpenError(Problem.NOT_A_DATABASE, shown, message)


def _on_sqlite_connect(dbapi_connection: Any, connection_record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit transactions are unreliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA temp_store=MEMORY")  # the search's matches (issues/search.py) never touch the disk
    cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    # Writers take the lock up front so two writers queue instead of failing on lock upgrade.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("gridapp_write") else "BEGIN")


def _open_postgresql(url: URL, station: Station) -> Database:
    shown = url.render_as_string(hide_password=True)
    if url.password is None and url.username:
        from gridapp.security.secrets import database_password

        password = database_password(url)
        if password:
            url = url.set(password=password)
    engine = create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SADatabaseError as exc:
        engine.dispose()
        message = str(exc.orig or exc)
        lowered = message.lower()
        if "password" in lowered or "authentication" in lowered or "role" in lowered:
            raise DatabaseOpenError(Problem.LOGIN_FAILED, shown, message) from exc
        raise DatabaseOpenError(Problem.UNREACHABLE, shown, message) from exc
    return Database(engine, Location(shown, False, None), station)
