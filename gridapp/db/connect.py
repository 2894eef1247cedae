"""Opening a database from a URL or a file path, with every failure turned into a problem the user can act on.

The user's file is only ever opened, never replaced: what a file is gets decided read-only before anything is
written (gridapp.db.identify), a file that cannot be written opens read-only, and nothing here deletes or truncates
anything. A server connection has bounded waits everywhere (Timeouts), so a vanished server never hangs a write.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from dataclasses import dataclass, fields
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from gridapp.db.database import Database, Location
from gridapp.db.deadline import Deadline
from gridapp.db.identify import FileKind, FileLook, look, read_only_uri, wal_beside
from gridapp.db.network_share import on_network_share
from gridapp.errors import DatabaseOpenError, Problem
from gridapp.station import Station

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 15
PG_CONNECT_TIMEOUT_S = 5
READ_ONLY_FILE = "file"  # Database.read_only when the file (or its folder) cannot be written


@dataclass(frozen=True, slots=True)
class Timeouts:
    """How long a fault may hold things up. The defaults suit a plant's LAN: a write to a server that vanished
    fails within ~45 s and leaves the write lock free; a long report still has two minutes per statement."""

    sqlite_busy_s: float = BUSY_TIMEOUT_S  # another program holding the file's write lock
    pg_connect_s: int = PG_CONNECT_TIMEOUT_S
    pg_keepalive_idle_s: int = 10  # a silent connection is probed after this long …
    pg_keepalive_interval_s: int = 5  # … every this long …
    pg_keepalive_count: int = 3  # … and given up after this many unanswered probes
    pg_tcp_user_timeout_s: int = 30  # data sent but not acknowledged (packets black-holed)
    pg_statement_s: int = 120  # the server cancels a statement running longer
    pg_deadline_s: float = 150  # no answer at all (a hung server or proxy): this app closes the socket itself

    @classmethod
    def from_env(cls) -> Timeouts:
        """Defaults, each overridable with GRIDAPP_TIMEOUT_<FIELD> (seconds) for a site that needs others."""
        values: dict[str, Any] = {}
        for name, default in ((f.name, f.default) for f in fields(cls)):
            raw = os.environ.get(f"GRIDAPP_TIMEOUT_{name.upper()}")
            if raw:
                with suppress(ValueError):
                    values[name] = type(default)(float(raw))
        return cls(**values)


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


def open_database(target: str | os.PathLike[str], station: Station, timeouts: Timeouts | None = None) -> Database:
    url = to_url(target)
    timeouts = timeouts or Timeouts.from_env()
    if url.drivername.startswith("sqlite"):
        return _open_sqlite(url, station, timeouts)
    return _open_postgresql(url, station, timeouts)


def _open_sqlite(url: URL, station: Station, timeouts: Timeouts) -> Database:
    """Look at the file read-only first (what it is, whether it can be written); only a file found to be ours, or
    a new one, is then switched to WAL. A file that cannot be written opens read-only, creating nothing beside it."""
    assert url.database is not None
    path = Path(url.database)
    shown = str(path)
    if on_network_share(path):
        raise DatabaseOpenError(Problem.NETWORK_SHARE, shown, "SQLite's WAL needs a local disk")
    if path.exists():
        look = _look(path, shown)
        if not _can_write(path):
            return _open_sqlite_read_only(path, shown, look, station, timeouts)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseOpenError(Problem.CANNOT_CREATE, shown, str(exc)) from exc
    existed = path.exists()
    try:
        _probe_sqlite(path, timeouts)
    except sqlite3.Error as exc:
        raise _classify_sqlite_error(exc, shown, existed) from exc
    engine = create_engine(url, connect_args={"timeout": timeouts.sqlite_busy_s})
    event.listen(engine, "connect", partial(_on_sqlite_connect, busy_ms=int(timeouts.sqlite_busy_s * 1000)))
    event.listen(engine, "begin", _on_sqlite_begin)
    return Database(engine, Location(shown, True, shown), station)


def _look(path: Path, shown: str) -> FileLook:
    """What the existing file is, or the refusal that says so; nothing is written and nothing is left beside it."""
    try:
        found = look(path)
    except PermissionError as exc:
        raise DatabaseOpenError(Problem.READ_ONLY, shown, str(exc)) from exc
    except sqlite3.Error as exc:
        raise DatabaseOpenError(Problem.BUSY, shown, str(exc)) from exc
    except OSError as exc:
        raise DatabaseOpenError(Problem.NOT_A_DATABASE, shown, str(exc)) from exc
    if found.kind in (FileKind.DAMAGED, FileKind.FOREIGN):
        raise DatabaseOpenError(Problem.NOT_A_DATABASE, shown, found.detail)
    if found.kind is FileKind.NEWER:
        raise DatabaseOpenError(Problem.NEWER_SCHEMA, shown, found.detail)
    return found


def _can_write(path: Path) -> bool:
    """Whether the file, its folder (WAL creates -wal/-shm there) and any -wal/-shm already beside it can be
    written by this process. Opening for writing changes nothing; root's override is honoured as SQLite would."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate is not path and not candidate.exists():
            continue
        try:
            fd = os.open(candidate, os.O_RDWR)
        except OSError:
            return False
        os.close(fd)
    return os.access(path.parent, os.W_OK | os.X_OK)


def _open_sqlite_read_only(path: Path, shown: str, found: FileLook, station: Station, timeouts: Timeouts) -> Database:
    """Browse and print a file that cannot be written; writes are refused with the reason (Database.read_only).

    ``mode=ro`` alone would still create a ``-shm`` (read-only, like the file) that keeps SQLite from writing the
    file even after it becomes writable again; without a ``-wal`` the file holds everything, so it is opened
    ``immutable``. A ``-wal`` already there was made by a writer, whose ``-shm`` is writable."""
    if found.kind is FileKind.EMPTY:
        raise DatabaseOpenError(Problem.READ_ONLY, shown, "an empty file that cannot be written")
    if found.kind is FileKind.OLDER:
        raise DatabaseOpenError(Problem.READ_ONLY, shown, "an older schema that cannot be upgraded in place")
    uri = read_only_uri(path, immutable=not wal_beside(path))

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=timeouts.sqlite_busy_s, check_same_thread=False)

    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)), creator=connect)
    event.listen(engine, "connect", partial(_on_sqlite_connect, busy_ms=int(timeouts.sqlite_busy_s * 1000)))
    event.listen(engine, "begin", _on_sqlite_begin)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM alembic_version"))
    except SADatabaseError as exc:
        engine.dispose()
        raise _classify_sqlite_error(exc, shown, True) from exc
    db = Database(engine, Location(shown, True, shown), station)
    db.read_only = READ_ONLY_FILE
    return db


def _probe_sqlite(path: Path, timeouts: Timeouts) -> None:
    """Switch to WAL and prove a write transaction can start (the file was already looked at read-only)."""
    con = sqlite3.connect(path, timeout=timeouts.sqlite_busy_s, isolation_level=None)
    try:
        mode = con.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError("attempt to write a readonly database")
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    finally:
        con.close()


def _classify_sqlite_error(exc: BaseException, shown: str, existed: bool) -> DatabaseOpenError:
    message = str(getattr(exc, "orig", None) or exc).lower()
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return DatabaseOpenError(Problem.READ_ONLY if existed else Problem.CANNOT_CREATE, shown, message)
    if "not a database" in message or "malformed" in message or "encrypted" in message:
        return DatabaseOpenError(Problem.NOT_A_DATABASE, shown, message)
    if "locked" in message or "busy" in message:
        return DatabaseOpenError(Problem.BUSY, shown, message)
    return DatabaseOpenError(Problem.NOT_A_DATABASE, shown, message)


def _on_sqlite_connect(dbapi_connection: Any, connection_record: Any, busy_ms: int) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit transactions are unreliable).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA temp_store=MEMORY")  # the search's matches (issues/search.py) never touch the disk
    cursor.close()


def _on_sqlite_begin(conn: Any) -> None:
    # Writers take the lock up front so two writers queue instead of failing on lock upgrade.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("gridapp_write") else "BEGIN")


def postgresql_connect_args(timeouts: Timeouts) -> dict[str, Any]:
    """libpq's own limits: a server that does not answer the connect, a silent network (keepalives), data that is
    never acknowledged (tcp_user_timeout, in ms) and a statement the server should give up on (in ms)."""
    return {
        "connect_timeout": timeouts.pg_connect_s,
        "keepalives": 1,
        "keepalives_idle": timeouts.pg_keepalive_idle_s,
        "keepalives_interval": timeouts.pg_keepalive_interval_s,
        "keepalives_count": timeouts.pg_keepalive_count,
        "tcp_user_timeout": timeouts.pg_tcp_user_timeout_s * 1000,
        # Custom plans always: a cached generic plan of the board's search (state, tokens and LIKE as parameters)
        # cannot tell a word in a quarter of the issues from a rare one, and at 1M issues ran 100 times slower.
        "options": f"-c statement_timeout={timeouts.pg_statement_s * 1000} -c plan_cache_mode=force_custom_plan",
    }


def _open_postgresql(url: URL, station: Station, timeouts: Timeouts) -> Database:
    shown = url.render_as_string(hide_password=True)
    if url.password is None and url.username:
        from gridapp.security.secrets import database_password

        password = database_password(url)
        if password:
            url = url.set(password=password)
    engine = create_engine(url, pool_pre_ping=True, connect_args=postgresql_connect_args(timeouts))
    Deadline(timeouts.pg_deadline_s).install(engine)
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
