"""An open database: sessions for reading, serialized write transactions that know their Actor, and row stamping."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from gridapp.actor import Actor
from gridapp.db.base import Tracked, utcnow
from gridapp.station import Station

ACTOR_KEY = "gridapp.actor"


class NoActorError(RuntimeError):
    """A change was flushed from a session that was not opened with ``Database.write(actor)``."""


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

    def system_actor(self) -> Actor:
        """The station itself acting (demo load, migrations), before any person is chosen."""
        return Actor(station_id=self.station.id, person_id=None, name=self.station.name)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; anything it flushes is refused (no actor)."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def write(self, actor: Actor) -> Iterator[Session]:
        """One all-or-nothing write transaction on behalf of ``actor``; commits on success, rolls back on error."""
        with self._write_lock, self._sessions() as session:
            session.info[ACTOR_KEY] = actor
            with session.begin():
                session.connection(execution_options={"gridapp_write": True})
                yield session

    def dispose(self) -> None:
        self.engine.dispose()


@event.listens_for(Session, "before_flush")
def _stamp_tracked_rows(session: Session, flush_context: Any, instances: Any) -> None:
    changed = [obj for obj in (*session.new, *session.dirty) if isinstance(obj, Tracked)]
    if not changed:
        return
    actor: Actor | None = session.info.get(ACTOR_KEY)
    if actor is None:
        raise NoActorError("changes must be made inside Database.write(actor)")
    now = utcnow()
    for obj in changed:
        obj.station_id = actor.station_id
        obj.updated_by = actor.person_id
        if obj in session.dirty:
            obj.updated_at = now
