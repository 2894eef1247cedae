"""An open database: sessions for reading, serialized write transactions that know their Actor, and row stamping."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from gridapp.actor import Actor
from gridapp.changes import NoticeBoard, notices_of
from gridapp.db import faults
from gridapp.db.base import Tracked, utcnow
from gridapp.security import audit
from gridapp.station import Station
from gridapp.sync import log as sync_log

ACTOR_KEY = "gridapp.actor"
EVENTS_KEY = "gridapp.events"  # the domain events a write published (gridapp.events), for its notices


class NoActorError(RuntimeError):
    """A change was flushed from a session that was not opened with ``Database.write(actor)``."""


class ReadOnlyDatabase(RuntimeError):
    """The database was opened for reading only: its audit chain is broken or its key is missing here (reason
    ``audit:…``), or the file or its folder cannot be written (reason ``file``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Location:
    """Where the data lives, as shown to the user (passwords hidden)."""

    url: str
    is_sqlite: bool
    path: str | None  # the file, for SQLite


class Database:
    """The one object through which services reach the data.

    SQLite has a single writer, so writes inside this process take a lock and start with ``BEGIN IMMEDIATE``;
    a second process waits on the busy timeout instead of failing half-way through a transaction.
    """

    def __init__(self, engine: Engine, location: Location, station: Station) -> None:
        self.engine = engine
        self.location = location
        self.station = station
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._write_lock = threading.RLock()
        self.read_only: str | None = None  # why writes are refused, when they are
        self.notices = NoticeBoard()  # what each committed write changed (gridapp.changes)
        self.own_records: set[int] = set()  # audit records this process wrote: the watcher skips them

    def system_actor(self) -> Actor:
        """The station itself acting (demo load, migrations), before any person is chosen."""
        return Actor(station_id=self.station.id, person_id=None, name=self.station.name)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; anything it flushes is refused (no actor)."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except Exception as exc:
            calm = faults.calm(exc, during_write=False)
            if calm is not None:
                raise calm from exc
            raise

    @contextmanager
    def write(self, actor: Actor, action: str = "") -> Iterator[Session]:
        """One all-or-nothing write transaction on behalf of ``actor``; commits on success, rolls back on error.

        Whatever it changes is sealed into one audit record before the commit (``gridapp.security.audit``),
        named ``action`` or else after the service method that opened it. A refusal of the permission table
        rolls the change back and is audited in a transaction of its own.
        """
        if self.read_only is not None:
            raise ReadOnlyDatabase(self.read_only)
        action = action or _caller()
        changes = audit.Changes(action=action)
        events: list[object] = []
        try:
            with self._write_lock, self._sessions() as session:
                session.info[ACTOR_KEY] = actor
                session.info[audit.CHANGES_KEY] = changes
                session.info[EVENTS_KEY] = events
                with session.begin():
                    session.connection(execution_options={"gridapp_write": True})
                    yield session
        except Exception as exc:
            calm = faults.calm(exc, during_write=True)
            if calm is not None:
                # Rolled back (the server never commits half a transaction; SQLite never began it): say so once.
                raise calm from exc
            refusal = audit.denial_of(exc)
            if refusal is not None:
                self.audit_event(actor, action, audit.AuditResult.DENIED, {"refused": refusal})
            raise
        # Committed: now (never on a rollback) tell whoever listens what changed.
        if changes.sealed_seq:
            self.own_records.add(changes.sealed_seq)
        self.notices.publish(notices_of(changes.rows, events, actor.station_id))

    def audit_event(
        self,
        actor: Actor,
        action: str,
        result: audit.AuditResult = audit.AuditResult.OK,
        detail: dict[str, Any] | None = None,
        target: tuple[str, str, str, Any] = ("", "", "", None),
    ) -> None:
        """Record something that changed no business row (a login, an export, a refusal) in its own transaction."""
        if self.read_only is not None:
            return  # a broken chain is not extended; the auditor reads what is there
        try:
            with self._write_lock, self._sessions() as session, session.begin():
                session.connection(execution_options={"gridapp_write": True})
                seq = audit.append(session, actor, action=action, result=result, detail=detail, target=target)
        except Exception as exc:
            calm = faults.calm(exc, during_write=True)
            if calm is not None:
                raise calm from exc
            raise
        self.own_records.add(seq)

    def dispose(self) -> None:
        self.engine.dispose()


def _caller() -> str:
    """The service method that opened the write ("IssueService.report"), for the audit record."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename in (__file__, _CONTEXTLIB):
        frame = frame.f_back  # type: ignore[assignment]
    if frame is None:
        return "write"
    return getattr(frame.f_code, "co_qualname", frame.f_code.co_name)


_CONTEXTLIB = sys.modules["contextlib"].__file__


@event.listens_for(Session, "after_flush")
def _note_flush(session: Session, flush_context: Any) -> None:
    audit.note_flush(session)


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state: Any) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        verb = "insert" if state.is_insert else "update" if state.is_update else "delete"
        audit.note_statement(state.session, verb, getattr(table, "name", "?"))


@event.listens_for(Session, "before_commit")
def _seal(session: Session) -> None:
    changes = session.info.get(audit.CHANGES_KEY)
    if changes is None or session.in_nested_transaction():
        return  # a savepoint released is not the write's commit: the record is sealed once, at the end
    session.flush()  # first: a write whose last change is an attribute set (an unlock) has not flushed yet
    if changes:
        session.info.pop(audit.CHANGES_KEY)
        audit.seal(session, session.info[ACTOR_KEY], changes)
        sync_log.record(session, session.info[ACTOR_KEY], changes.rows)


@event.listens_for(Session, "before_flush")
def _stamp_tracked_rows(session: Session, flush_context: Any, instances: Any) -> None:
    dirty = [obj for obj in session.dirty if isinstance(obj, Tracked)]  # computed once: each call walks the session
    changed = [obj for obj in session.new if isinstance(obj, Tracked)] + dirty
    if not changed:
        return
    actor: Actor | None = session.info.get(ACTOR_KEY)
    if actor is None:
        raise NoActorError("changes must be made inside Database.write(actor)")
    now = utcnow()
    for obj in changed:
        obj.station_id = actor.station_id
        obj.updated_by = actor.person_id
    for obj in dirty:
        obj.updated_at = now
