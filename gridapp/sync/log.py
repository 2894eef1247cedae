"""The change log: every row a write changes gets a new version in the same transaction (``record``), stamped
with this station's hybrid clock, the person, and a local sequence number (usn) that tells what is new for a peer.

Called by ``Database.write`` just before the commit, after the audit record is sealed: on PostgreSQL the audit
chain's lock is then held, so usns are handed out in commit order and a peer's watermark never skips a change.
Rows the sync itself applied are versioned by the sync (with their origin's stamp), not here.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import BigInteger, bindparam, case, func, select, update
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.sync import clock
from gridapp.sync.models import ClockState, RowVersion
from gridapp.sync.tables import BY_NAME

VERSION_COLUMNS = (
    "table_name", "row_id", "usn", "hlc", "base_hlc", "origin_id", "author_id", "deleted", "source_id",
)  # fmt: skip
SMALL_LOOKUP = 2000  # tables × ids looked up in one statement, beyond which each table is asked apart
APPLIED_KEY = "gridapp.sync.applied"  # (table, id text) rows a sync import versioned itself


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, slots=True)
class Version:
    table: str
    row_id: uuid.UUID
    hlc: str
    base_hlc: str | None
    origin_id: uuid.UUID
    author_id: uuid.UUID | None
    deleted: bool = False
    source_id: uuid.UUID | None = None


def record(session: Session, actor: Actor, rows: Iterable[tuple[str, str]]) -> None:
    applied = session.info.get(APPLIED_KEY, ())
    changed = [(t, uuid.UUID(r)) for t, r in rows if t in BY_NAME and (t, r) not in applied]
    if changed:
        record_local(session, actor.station_id, actor.person_id, changed)


def record_local(
    session: Session,
    station_id: uuid.UUID,
    author_id: uuid.UUID | None,
    changed: list[tuple[str, uuid.UUID]],
    deleted: bool = False,
) -> None:
    """New versions for rows changed here. A change's base is the last version this database received from
    elsewhere: a run of edits made here between two syncs is one change made on top of what the peers knew, so a
    peer tells an edit of what it sent (a plain update) from one made without knowing of it (a conflict)."""
    hlc = next_stamp(session, station_id)
    current = current_versions(session, changed)
    write_versions(
        session,
        [Version(t, r, hlc, _base(current.get((t, r))), station_id, author_id, deleted) for t, r in changed],
        current,
    )


def _base(version: RowVersion | None) -> str | None:
    if version is None:
        return None
    return version.hlc if version.source_id is not None else version.base_hlc


TICK = (
    update(ClockState)
    .where(ClockState.station_id == bindparam("station"))
    .values(
        # clock.tick in one statement (the SET expressions all read the row as it was)
        wall_ms=case(
            (bindparam("now", type_=BigInteger) > ClockState.wall_ms, bindparam("now", type_=BigInteger)),
            (ClockState.counter >= clock.COUNTER_LIMIT, ClockState.wall_ms + 1),
            else_=ClockState.wall_ms,
        ),
        counter=case(
            (bindparam("now", type_=BigInteger) > ClockState.wall_ms, 0),
            (ClockState.counter >= clock.COUNTER_LIMIT, 0),
            else_=ClockState.counter + 1,
        ),
    )
    .returning(ClockState.wall_ms, ClockState.counter)
)


def next_stamp(session: Session, station_id: uuid.UUID) -> str:
    """Tick this station's clock once for the transaction and return the reading: one UPDATE … RETURNING on the
    database (every write does this), unless the session holds the row already (a sync that heard stamps)."""
    if session.identity_key(ClockState, station_id) not in session.identity_map:
        ticked = session.connection().execute(TICK, {"station": station_id, "now": now_ms()}).first()
        if ticked is not None:
            return clock.stamp((ticked[0], ticked[1]), station_id)
    state = session.get(ClockState, station_id)
    if state is None:
        state = ClockState(station_id=station_id, wall_ms=0, counter=0)
        session.add(state)
    reading = clock.tick((state.wall_ms, state.counter), now_ms())
    state.wall_ms, state.counter = reading
    session.flush()
    return clock.stamp(reading, station_id)


def heard(session: Session, station_id: uuid.UUID, stamps: Iterable[str]) -> None:
    """Move this station's clock past every stamp a bundle carried (the HLC receive rule)."""
    latest = max(stamps, default=None)
    if latest is None:
        return
    parsed = clock.Hlc.parse(latest)
    state = session.get(ClockState, station_id)
    if state is None:
        state = ClockState(station_id=station_id, wall_ms=0, counter=0)
        session.add(state)
    state.wall_ms, state.counter = clock.receive(
        (state.wall_ms, state.counter), (parsed.wall_ms, parsed.counter), now_ms()
    )
    session.flush()


def next_usn(session: Session) -> int:
    return int(session.scalar(select(func.max(RowVersion.usn))) or 0) + 1


def current_versions(
    session: Session, keys: Iterable[tuple[str, uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], RowVersion]:
    by_table: dict[str, list[uuid.UUID]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    found: dict[tuple[str, uuid.UUID], RowVersion] = {}
    every = {row_id for ids in by_table.values() for row_id in ids}
    if len(by_table) * len(every) <= SMALL_LOOKUP:
        # A write's few rows in a few tables: one statement (the key's index is probed for each table × id).
        for v in session.scalars(
            select(RowVersion).where(RowVersion.table_name.in_(by_table), RowVersion.row_id.in_(every))
        ):
            if v.row_id in by_table[v.table_name]:
                found[(v.table_name, v.row_id)] = v
        return found
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for v in session.scalars(
                select(RowVersion).where(RowVersion.table_name == table, RowVersion.row_id.in_(chunk))
            ):
                found[(table, v.row_id)] = v
    return found


def write_versions(session: Session, versions: list[Version], current: dict[tuple[str, uuid.UUID], RowVersion]) -> None:
    """Set each row's version, numbered in order from the next usn (``current``: the versions they replace, which
    are loaded in the session and updated with it)."""
    if not versions:
        return
    usn = next_usn(session)
    if current:
        for v in versions:
            replaced = current.pop((v.table, v.row_id), None)
            if replaced is not None:
                session.expunge(replaced)  # the statement below is their new state
    if session.get_bind().dialect.name == "sqlite":  # the bulk of an import: straight to SQLite, no conversions
        session.connection().exec_driver_sql(
            f"INSERT INTO sync_version ({', '.join(VERSION_COLUMNS)}) VALUES ({', '.join('?' * 9)}) "
            "ON CONFLICT (table_name, row_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in VERSION_COLUMNS[2:]),
            [
                (
                    v.table, v.row_id.hex, usn + offset, v.hlc, v.base_hlc, v.origin_id.hex,
                    v.author_id.hex if v.author_id else None, int(v.deleted),
                    v.source_id.hex if v.source_id else None,
                )
                for offset, v in enumerate(versions)
            ],
        )  # fmt: skip
        return
    rows = [dict(zip(VERSION_COLUMNS, (v.table, v.row_id, usn + offset, v.hlc, v.base_hlc, v.origin_id,
                                       v.author_id, v.deleted, v.source_id), strict=True))
            for offset, v in enumerate(versions)]  # fmt: skip
    from sqlalchemy.dialects.postgresql import insert

    statement = insert(RowVersion.__table__)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["table_name", "row_id"],
            set_={c: statement.excluded[c] for c in VERSION_COLUMNS[2:]},
        ),
        rows,
    )
