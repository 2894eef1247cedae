"""A last-resort deadline for PostgreSQL round trips that get no answer at all, so no thread (and no write lock)
waits forever.

TCP keepalives and ``tcp_user_timeout`` catch a network that drops packets, and ``statement_timeout`` a slow
statement; neither helps when something between here and the server still acknowledges the packets but never
answers (a hung server, a stuck proxy or VPN box). Each statement, commit, rollback and pool ping is armed; when one
has waited longer than the deadline, the watchdog shuts the connection's socket down. The driver then fails the
call as a lost connection, SQLAlchemy discards the connection, and the transaction is rolled back by the server.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

log = logging.getLogger(__name__)


class Deadline:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._armed: dict[int, tuple[float, Any]] = {}  # thread id → (when it expires, DBAPI connection)
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.fired = 0  # sockets shut down so far (for the log and the tests)

    def install(self, engine: Engine) -> None:
        event.listen(engine, "before_cursor_execute", self._on_before_cursor_execute)
        event.listen(engine, "after_cursor_execute", self._on_after_cursor_execute)
        event.listen(engine, "handle_error", self._on_handle_error)
        dialect = engine.dialect
        for name in ("do_ping", "do_commit", "do_rollback"):
            setattr(dialect, name, self._guarded(getattr(dialect, name)))

    def arm(self, dbapi_connection: Any) -> None:
        with self._lock:
            self._armed[threading.get_ident()] = (time.monotonic() + self.seconds, dbapi_connection)
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="postgresql deadline", daemon=True)
                self._thread.start()
        self._wake.set()

    def disarm(self) -> None:
        with self._lock:
            self._armed.pop(threading.get_ident(), None)

    def _guarded(self, call: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def guarded(dbapi_connection: Any) -> Any:
            self.arm(dbapi_connection)
            try:
                return call(dbapi_connection)
            finally:
                self.disarm()

        return guarded

    def _on_before_cursor_execute(self, conn: Any, *_args: Any) -> None:
        self.arm(conn.connection.dbapi_connection)

    def _on_after_cursor_execute(self, *_args: Any) -> None:
        self.disarm()

    def _on_handle_error(self, _context: Any) -> None:
        self.disarm()

    def _watch(self) -> None:
        while True:
            with self._lock:
                now = time.monotonic()
                expired = [(key, conn) for key, (when, conn) in self._armed.items() if when <= now]
                for key, _conn in expired:
                    del self._armed[key]
                soonest = min((when for when, _conn in self._armed.values()), default=now + 3600)
            for _key, conn in expired:
                self._shut(conn)
            self._wake.wait(timeout=max(0.05, min(soonest - time.monotonic(), 1.0)))
            self._wake.clear()

    def _shut(self, dbapi_connection: Any) -> None:
        try:
            fd = dbapi_connection.pgconn.socket
            sock = socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM)
        except Exception:  # already closed: nothing waits on it
            return
        try:
            sock.shutdown(socket.SHUT_RDWR)
            self.fired += 1
            log.warning("no answer from the database server for %s s: connection closed", self.seconds)
        except OSError:
            pass
        finally:
            sock.close()  # the duplicate only; the driver's own descriptor now reads end-of-file
