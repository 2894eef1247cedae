"""Database faults the user should hear about calmly: a lost server connection and a file held by another program.

The driver's errors are recognised by looking through the exception chain, with the driver modules found in
``sys.modules`` only: the first screen (which words these errors) imports no SQLAlchemy, and a fault can only come
from a driver that is loaded.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

# What libpq, psycopg and SQLAlchemy say when the socket under a connection is gone or unusable.
_LOST_WORDS = (
    "server closed the connection",
    "connection is closed",
    "connection already closed",
    "terminating connection",
    "could not receive data",
    "could not send data",
    "connection timed out",
    "connection refused",
    "connection reset",
    "broken pipe",
    "no route to host",
    "network is unreachable",
    "ssl syscall error",
    "consuming input failed",
    "connection failed",
    "the database system is shutting down",
    "the database system is starting up",
    "the database system is in recovery mode",
    "lost connection",
    "gridapp: statement deadline",
)
_BUSY_WORDS = ("database is locked", "database table is locked", "database is busy")


class ConnectionLost(Exception):
    """The connection to the database server broke. A write was rolled back (the server never commits half a
    transaction); reads and the change poll retry by themselves once the server answers again."""

    def __init__(self, detail: str, during_write: bool = False) -> None:
        super().__init__(detail)
        self.detail = detail
        self.during_write = during_write


class DatabaseBusy(Exception):
    """Another program held the SQLite file's write lock for longer than the busy timeout; nothing was changed."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        orig = getattr(current, "orig", None)  # SQLAlchemy's wrapped DBAPI error
        if isinstance(orig, BaseException) and id(orig) not in seen:
            yield orig
            seen.add(id(orig))
        current = current.__cause__ or current.__context__


def is_connection_lost(exc: BaseException) -> bool:
    for item in _chain(exc):
        if isinstance(item, ConnectionLost):
            return True
        if getattr(item, "connection_invalidated", False):
            return True  # SQLAlchemy's own verdict: the DBAPI said the connection is unusable
        psycopg = sys.modules.get("psycopg")
        if psycopg is not None and isinstance(item, psycopg.OperationalError):
            # No SQLSTATE: the client lost the socket; class 08 and 57P0x: the server dropped or is restarting.
            # (A statement timeout, 57014, is an OperationalError too, but the connection is fine.)
            state = getattr(item, "sqlstate", None)
            if state is None or state.startswith("08") or state.startswith("57P0"):
                return True
        if isinstance(item, ConnectionError | TimeoutError):
            return True
        message = str(item).lower()
        if any(word in message for word in _LOST_WORDS) and _is_database_error(item):
            return True
    return False


def is_busy(exc: BaseException) -> bool:
    for item in _chain(exc):
        if isinstance(item, DatabaseBusy):
            return True
        sqlite3 = sys.modules.get("sqlite3")
        busy = sqlite3 is not None and isinstance(item, sqlite3.OperationalError)
        if busy and any(word in str(item).lower() for word in _BUSY_WORDS):
            return True
    return False


def _is_database_error(item: BaseException) -> bool:
    sa_exc = sys.modules.get("sqlalchemy.exc")
    if sa_exc is not None and isinstance(item, sa_exc.DBAPIError):
        return True
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(item, psycopg.Error)


def calm(exc: BaseException, during_write: bool) -> Exception | None:
    """The calm error to raise instead of ``exc`` (chained to it), or None when it is not one of these faults."""
    if isinstance(exc, ConnectionLost | DatabaseBusy):
        return None
    if is_busy(exc):
        return DatabaseBusy(str(exc))
    if is_connection_lost(exc):
        return ConnectionLost(str(exc), during_write)
    return None
