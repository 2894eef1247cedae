"""What a bundle holds for a peer (``gather``) and how a received one is merged (``merge``).

Merge rules (README, "Sync"):
- Rows are merged whole, by their last version's hybrid-clock stamp: the later change wins. A change made on top of
  the version the receiver has is a plain update; one made without knowing of the receiver's own change is a
  conflict, and whichever value loses — the receiver's or the sender's — is kept in the conflict archive.
- A tombstone is a change like any other: a delete against a concurrent edit is decided by the same clock, and the
  loser (the edit, or the deleted row) is archived.
- Issue events, round results, point entries and audit records are never lost: new rows are added, an issue's
  events are the union from every PC, and its state is re-derived from all of them in one order — (seq, at, id) —
  the same on every PC.
- Talk summaries and state-of-mind notes (``TO_PLANT_ONLY``) go from a station up to the plant and never down.
- Accounts, roles, role assignments and the password policy are set at the plant. A station's change to them is
  refused at the plant (archived) and the plant's row is sent back; a station may change a person's own password.
- Two live rows claiming one unique value (an employee number, a code) are settled the same way everywhere: the
  later keeps it, the earlier is tombstoned as of its own last change and archived.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Table, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from gridapp.issues import search
from gridapp.issues.models import HISTORY_ORDER, IssueCategory, IssueEvent
from gridapp.issues.photos import PhotoStore
from gridapp.issues.projection import EventRecord, Snapshot, replay
from gridapp.scoring.kinds import EntryStatus
from gridapp.security import audit
from gridapp.security.models import AuditRecord
from gridapp.sync import log
from gridapp.sync.bundle import Blobs, Contents
from gridapp.sync.kinds import ConflictReason, Role
from gridapp.sync.log import APPLIED_KEY, Version
from gridapp.sync.models import Conflict, Identity, Peer, RowVersion, StationAuditRecord
from gridapp.sync.tables import (
    ACCOUNT_FROM_STATION,
    ACCOUNT_PER_PC,
    BY_NAME,
    CODECS,
    FILE_TABLES,
    ORDER,
    PLANT_ONLY,
    TO_PLANT_ONLY,
    BlobMap,
    Codec,
    live_keys,
    read_rows,
)

CHUNK = 500
AUDIT_CODEC = Codec(AuditRecord.__table__)  # type: ignore[arg-type]
APPEND_ONLY = frozenset({"issue_event"})  # the database refuses UPDATE of these
DERIVED_ROWS = frozenset({"issue"})  # re-derived from the events after every merge: never a conflict of its own
SNAPSHOT_FIELDS = [f.name for f in dataclasses.fields(Snapshot) if f.name in BY_NAME["issue"].c]

# A row as it travels: [table, id, hlc, base hlc, origin, author, deleted, values (None when deleted)]
T, ID, HLC, BASE, ORIGIN, AUTHOR, DELETED, VALUES = range(8)


class Cancelled(Exception):
    """The user stopped the exchange; nothing was written."""


@dataclass
class Merged:
    rows: int = 0  # rows written here
    unchanged: int = 0  # already here (a bundle read twice)
    conflicts: int = 0
    refused: int = 0  # changes to rights refused at the plant
    audit: int = 0
    blobs: int = 0
    tables: set[str] = field(default_factory=set)


# -- what goes out ---------------------------------------------------------------------------------------------------


def gather(
    session: Session,
    me: Identity,
    peer: Peer,
    photos: PhotoStore | None,
    cancelled: Callable[[], bool] = bool,
) -> Contents:
    """Every change the peer has not acknowledged (except those it sent us), and, for the plant, this station's
    audit records it does not have."""
    top = int(session.scalar(select(func.max(RowVersion.usn))) or 0)
    versions = _versions_for(session, peer, top)
    if peer.role != Role.PLANT:
        versions = [v for v in versions if v[T] not in TO_PLANT_ONLY]  # personal information goes up only
    blobs = Blobs()
    values: dict[tuple[str, str], list[Any]] = {}
    by_table: dict[str, list[str]] = {}
    for v in versions:
        if not v[DELETED] and v[T] in BY_NAME:
            by_table.setdefault(v[T], []).append(v[ID])
    for name, ids in by_table.items():
        if cancelled():
            raise Cancelled
        for row_id, row in read_rows(session, name, ids, blobs).items():
            values[(name, row_id)] = row
    if photos is not None:
        for (name, _), row in values.items():
            if name not in FILE_TABLES:
                continue
            cols = CODECS[name].columns
            sha, suffix = row[cols.index("sha256")], row[cols.index("suffix")]
            if sha not in blobs:
                local = photos.ensure_local(sha, suffix)  # from the plant server when need be
                if local is not None:
                    blobs.later(sha, local.stat().st_size, local.read_bytes)
    rows = []
    for v in versions:
        found = values.get((v[T], v[ID]))
        if found is None and not v[DELETED]:
            continue  # a row removed outside the app since it was logged
        rows.append([*v, found])
    audit_rows = []
    if me.role == Role.STATION and peer.role == Role.PLANT:
        for record in session.execute(
            select(AuditRecord.__table__).where(AuditRecord.seq > peer.acked_audit).order_by(AuditRecord.seq)
        ):
            audit_rows.append(dict(zip(AUDIT_CODEC.columns, AUDIT_CODEC.encode(record, blobs), strict=True)))
    header = {"usn_to": top, "ack": peer.applied_usn, "rows": len(rows), "audit": len(audit_rows)}
    return Contents(header, rows, audit_rows, blobs)


def _versions_for(session: Session, peer: Peer, top: int) -> list[list[Any]]:
    """The versions above what ``peer`` acknowledged, except those it sent, as they travel (without values)."""
    if session.get_bind().dialect.name == "sqlite":
        rows = session.connection().exec_driver_sql(
            "SELECT table_name, row_id, hlc, base_hlc, origin_id, author_id, deleted FROM sync_version "
            "WHERE usn > ? AND usn <= ? AND (source_id IS NULL OR source_id != ?) ORDER BY usn",
            (peer.acked_usn, top, peer.id.hex),
        )
        return [[t, r, h, b, o, a, bool(d)] for t, r, h, b, o, a, d in rows]
    rows = session.execute(
        select(
            RowVersion.table_name,
            RowVersion.row_id,
            RowVersion.hlc,
            RowVersion.base_hlc,
            RowVersion.origin_id,
            RowVersion.author_id,
            RowVersion.deleted,
        )
        .where(RowVersion.usn > peer.acked_usn, RowVersion.usn <= top)
        .where((RowVersion.source_id.is_(None)) | (RowVersion.source_id != peer.id))
        .order_by(RowVersion.usn)
    )
    return [[t, r.hex, h, b, o.hex, a.hex if a else None, d] for t, r, h, b, o, a, d in rows]


# -- what comes in ---------------------------------------------------------------------------------------------------


def merge(
    session: Session,
    me: Identity,
    peer: Peer,
    contents: Contents,
    station_id: uuid.UUID,
    cancelled: Callable[[], bool] = bool,
) -> Merged:
    """Apply ``contents`` from ``peer`` inside the caller's write transaction (all or nothing)."""
    merged = Merged()
    plant_receiving = me.role == Role.PLANT
    incoming = sorted(
        (r for r in contents.rows if r[T] in BY_NAME and (plant_receiving or r[T] not in TO_PLANT_ONLY)),
        key=lambda r: ORDER[r[T]],
    )  # stable: each table's rows stay in the sender's order; a station takes no one's personal information
    log.heard(session, station_id, (r[HLC] for r in incoming))
    rid = {r[ID]: uuid.UUID(r[ID]) for r in incoming}  # each id parsed once
    stations: dict[str | None, uuid.UUID | None] = {None: None}
    for r in incoming:
        for at in (ORIGIN, AUTHOR):
            if r[at] not in stations:
                stations[r[at]] = uuid.UUID(r[at])
    current = log.current_versions(session, [(r[T], rid[r[ID]]) for r in incoming])
    applied: set[tuple[str, str]] = session.info.setdefault(APPLIED_KEY, set())
    changes = audit.changes_of(session)
    reasserted: list[tuple[str, uuid.UUID, bool]] = []
    versions: list[Version] = []
    tally = _Tally()

    by_table: dict[str, list[list[Any]]] = {}
    for r in incoming:
        by_table.setdefault(r[T], []).append(r)
    deletions: list[tuple[list[Any], RowVersion | None]] = []
    for name in sorted(by_table, key=ORDER.__getitem__):
        if cancelled():
            raise Cancelled
        table, codec = BY_NAME[name], CODECS[name]
        to_write: list[tuple[list[Any], RowVersion | None]] = []
        for r in _parents_first(table, by_table[name]):
            lv = current.get((name, rid[r[ID]]))
            if lv is not None and lv.hlc == r[HLC]:
                merged.unchanged += 1
                continue
            if name in PLANT_ONLY and plant_receiving:
                _refuse(session, table, codec, r, lv, contents.blobs, merged)
                reasserted.append((name, rid[r[ID]], lv is None))
                continue
            wins = lv is None or r[HLC] > lv.hlc or (name in PLANT_ONLY and peer.role == Role.PLANT)
            quiet = name in DERIVED_ROWS or (name in PLANT_ONLY and peer.role == Role.PLANT)
            if lv is not None and not quiet and not _sequential(r, lv):
                loser = _local_values(session, table, codec, rid[r[ID]]) if wins else r[VALUES]
                _archive(
                    session,
                    name,
                    rid[r[ID]],
                    ConflictReason.CONCURRENT,
                    lost_hlc=lv.hlc if wins else r[HLC],
                    lost_origin=lv.origin_id if wins else stations[r[ORIGIN]],
                    lost_author=lv.author_id if wins else stations[r[AUTHOR]],
                    lost=loser,
                    codec=codec,
                    kept_hlc=r[HLC] if wins else lv.hlc,
                    merged=merged,
                )
            if not wins:
                continue
            if r[DELETED]:
                deletions.append((r, lv))
            else:
                to_write.append((r, lv))
            versions.append(
                Version(
                    name,
                    rid[r[ID]],
                    r[HLC],
                    r[BASE],
                    stations[r[ORIGIN]],
                    stations[r[AUTHOR]],
                    bool(r[DELETED]),
                    peer.id,
                )
            )
        _write_rows(session, table, codec, to_write, contents.blobs, merged, peer.role == Role.PLANT)
        for r, lv in to_write:
            row_key = (name, str(rid[r[ID]]))
            applied.add(row_key)
            changes.rows.setdefault(row_key, "insert" if lv is None else "update")
            if name == "issue_event":
                decoded = codec.decode(r[VALUES], contents.blobs)
                changes.events[row_key[1]] = audit.event_digest_of([decoded[f] for f in audit.EVENT_FIELDS])
        merged.rows += len(to_write)
        if to_write:
            merged.tables.add(name)
        if name == "score_entry":
            tally.note(to_write, codec)
    for r, _lv in sorted(deletions, key=lambda d: -ORDER[d[0][T]]):
        table = BY_NAME[r[T]]
        row_id = rid[r[ID]]
        session.execute(delete(table).where(table.c.id == row_id))
        applied.add((r[T], str(row_id)))
        changes.rows.setdefault((r[T], str(row_id)), "delete")
        merged.rows += 1
        merged.tables.add(r[T])
    log.write_versions(session, versions, current)
    for name, row_id, absent in reasserted:
        # The plant's own row (or its absence) goes back as a new change, so the station's copy is put right.
        log.record_local(session, station_id, None, [(name, row_id)], deleted=absent)
        applied.add((name, str(row_id)))
    _derive(session, incoming)
    tally.apply(session)
    if contents.audit and plant_receiving:
        merged.audit = _keep_station_audit(session, peer.id, contents.audit)
    return merged


def _sequential(r: list[Any], lv: RowVersion) -> bool:
    """Whether the incoming change and the one here are one line of edits (no conflict)."""
    if r[BASE] == lv.hlc or lv.base_hlc == r[HLC]:
        return True  # one was made on top of the other
    return lv.origin_id.hex == r[ORIGIN] and lv.base_hlc == r[BASE]  # two steps of one PC's run of edits


def _parents_first(table: Table, rows: list[list[Any]]) -> list[list[Any]]:
    """Rows of a table that refers to itself (units under units), ordered so a parent comes before its children."""
    selfish = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not selfish:
        return rows
    codec = CODECS[table.name]
    at = [codec.columns.index(c) for c in selfish]
    by_id = {r[ID]: r for r in rows}
    done: set[str] = set()
    ordered: list[list[Any]] = []

    def visit(r: list[Any], depth: int = 0) -> None:
        if r[ID] in done or depth > 1000:
            return
        done.add(r[ID])
        if r[VALUES] is not None:
            for i in at:
                parent = r[VALUES][i]
                if parent in by_id:
                    visit(by_id[parent], depth + 1)
        ordered.append(r)

    for r in rows:
        visit(r)
    return ordered


def _uuid(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


def _local_values(session: Session, table: Table, codec: Codec, row_id: uuid.UUID) -> list[Any] | None:
    return read_rows(session, table.name, [row_id.hex], {}).get(row_id.hex)


def _archive(
    session: Session,
    name: str,
    row_id: uuid.UUID,
    reason: ConflictReason,
    *,
    lost_hlc: str,
    lost_origin: uuid.UUID,
    lost_author: uuid.UUID | None,
    lost: list[Any] | None,
    codec: Codec,
    kept_hlc: str,
    merged: Merged,
) -> None:
    exists = session.scalar(
        select(Conflict.id).where(Conflict.table_name == name, Conflict.row_id == row_id, Conflict.lost_hlc == lost_hlc)
    )
    if exists is not None:
        return  # the same loser met again (a bundle read twice)
    session.add(
        Conflict(
            table_name=name,
            row_id=row_id,
            reason=reason,
            lost_hlc=lost_hlc,
            lost_origin=lost_origin,
            lost_author=lost_author,
            lost=None if lost is None else dict(zip(codec.columns, lost, strict=True)),
            kept_hlc=kept_hlc,
        )
    )
    merged.conflicts += 1


def _refuse(
    session: Session,
    table: Table,
    codec: Codec,
    r: list[Any],
    lv: RowVersion | None,
    blobs: BlobMap,
    merged: Merged,
) -> None:
    """A station's change to rights, at the plant: keep a person's own new password, refuse the rest (archived);
    the plant's row is then sent back (``merge``)."""
    name, row_id = table.name, uuid.UUID(r[ID])
    local = _local_values(session, table, codec, row_id)
    if r[VALUES] is not None and local is not None and name == "account" and lv is not None and r[HLC] > lv.hlc:
        theirs = codec.decode(r[VALUES], blobs)
        password = {c: theirs[c] for c in ACCOUNT_FROM_STATION}
        session.execute(update(table).where(table.c.id == row_id).values(**password))
        local = _local_values(session, table, codec, row_id)
    if local != r[VALUES]:
        differs = [
            c
            for i, c in enumerate(codec.columns)
            if local is None or r[VALUES] is None or local[i] != r[VALUES][i]
            if c not in ("updated_at", "station_id", "updated_by", *ACCOUNT_FROM_STATION, *ACCOUNT_PER_PC)
        ]
        if differs:
            _archive(
                session,
                name,
                row_id,
                ConflictReason.PLANT_ONLY,
                lost_hlc=r[HLC],
                lost_origin=uuid.UUID(r[ORIGIN]),
                lost_author=_uuid(r[AUTHOR]),
                lost=r[VALUES],
                codec=codec,
                kept_hlc=lv.hlc if lv else "",
                merged=merged,
            )
            merged.refused += 1


def _write_rows(
    session: Session,
    table: Table,
    codec: Codec,
    rows: list[tuple[list[Any], RowVersion | None]],
    blobs: BlobMap,
    merged: Merged,
    from_plant: bool,
) -> None:
    if not rows:
        return
    if session.get_bind().dialect.name == "sqlite":
        statement = codec.sqlite_insert_new if table.name in APPEND_ONLY else codec.sqlite_upsert
        stored = [codec.to_sqlite(r[VALUES], blobs) for r, _ in rows]
        connection = session.connection()
        try:
            with session.begin_nested():
                connection.exec_driver_sql(statement, stored)
            return
        except IntegrityError:
            pass  # a unique value taken by another live row: settle the rows one by one
        for (r, _lv), values in zip(rows, stored, strict=True):
            try:
                with session.begin_nested():
                    connection.exec_driver_sql(statement, values)
            except IntegrityError:
                if not _settle_clash(session, table, codec, r, codec.decode(r[VALUES], blobs), merged, from_plant):
                    raise  # not a clash of live values: a foreign key or a damaged row; the import fails whole
        return
    decoded = [codec.decode(r[VALUES], blobs) for r, _ in rows]
    upsert = _upsert(session, table)
    try:
        with session.begin_nested():
            session.execute(upsert, decoded)
        return
    except IntegrityError:
        pass
    for (r, _lv), values in zip(rows, decoded, strict=True):
        try:
            with session.begin_nested():
                session.execute(upsert, [values])
        except IntegrityError:
            if not _settle_clash(session, table, codec, r, values, merged, from_plant):
                raise


def _upsert(session: Session, table: Table) -> Any:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)
    if table.name in APPEND_ONLY:
        return insert.on_conflict_do_nothing(index_elements=[table.c.id])
    return insert.on_conflict_do_update(
        index_elements=[table.c.id], set_={c.name: insert.excluded[c.name] for c in table.columns if c.name != "id"}
    )


def _settle_clash(
    session: Session,
    table: Table,
    codec: Codec,
    r: list[Any],
    values: dict[str, Any],
    merged: Merged,
    from_plant: bool,
) -> bool:
    """Two live rows claim one unique value: the one changed later keeps it, the other is tombstoned as of its own
    last change (the same on every PC, whichever order they meet in) and archived. For accounts and rights the
    plant's row always keeps it (a station's own first "sysadmin" gives way to the plant's)."""
    for columns in live_keys(table):
        clash = session.execute(
            select(table.c.id, table.c.updated_at).where(
                *(table.c[c] == values[c] for c in columns), table.c.deleted_at.is_(None), table.c.id != values["id"]
            )
        ).first()
        if clash is None:
            continue
        there = session.scalar(
            select(RowVersion).where(RowVersion.table_name == table.name, RowVersion.row_id == clash.id)
        )
        incoming_wins = there is None or r[HLC] > there.hlc or (from_plant and table.name in PLANT_ONLY)
        if incoming_wins:
            lost = _local_values(session, table, codec, clash.id)
            session.execute(
                update(table)
                .where(table.c.id == clash.id)
                .values(deleted_at=clash.updated_at, updated_at=table.c.updated_at)
            )
            _archive(
                session,
                table.name,
                clash.id,
                ConflictReason.TAKEN,
                lost_hlc=there.hlc if there else "",
                lost_origin=there.origin_id if there else uuid.UUID(int=0),
                lost_author=there.author_id if there else None,
                lost=lost,
                codec=codec,
                kept_hlc=r[HLC],
                merged=merged,
            )
            session.execute(_upsert(session, table), [values])
        else:
            session.execute(_upsert(session, table), [dict(values, deleted_at=values["updated_at"])])
            _archive(
                session,
                table.name,
                values["id"],
                ConflictReason.TAKEN,
                lost_hlc=r[HLC],
                lost_origin=uuid.UUID(r[ORIGIN]),
                lost_author=_uuid(r[AUTHOR]),
                lost=r[VALUES],
                codec=codec,
                kept_hlc=there.hlc,
                merged=merged,
            )
        return True
    return False


class _Tally:
    """The score tallies after a merge: new confirmed entries are added to them; when an entry already here changed
    (confirmed, corrected, deleted elsewhere), they are rebuilt from all entries."""

    def __init__(self) -> None:
        self.new: list[SimpleNamespace] = []
        self.rebuild = False

    def note(self, written: list[tuple[list[Any], RowVersion | None]], codec: Codec) -> None:
        at = {name: codec.columns.index(name) for name in TALLIED}
        confirmed = EntryStatus.CONFIRMED.value
        ids: dict[str | None, uuid.UUID | None] = {None: None}  # few people and units: each id parsed once
        days: dict[str, dt.date] = {}
        for r, lv in written:
            if lv is not None:
                self.rebuild = True
                return
            v = r[VALUES]
            if v[at["status"]] == confirmed and v[at["deleted_at"]] is None:
                person, unit, day = v[at["person_id"]], v[at["unit_id"]], v[at["booked_on"]]
                self.new.append(
                    SimpleNamespace(
                        catalogue=v[at["catalogue"]],
                        booked_on=days.get(day) or days.setdefault(day, dt.date.fromisoformat(day)),
                        category=v[at["category"]],
                        points_tenths=int(v[at["points_tenths"]]),
                        person_id=ids[person] if person in ids else ids.setdefault(person, uuid.UUID(person)),
                        unit_id=ids[unit] if unit in ids else ids.setdefault(unit, uuid.UUID(unit)),
                    )
                )

    def apply(self, session: Session) -> None:
        from gridapp.scoring import tallies

        if self.rebuild:
            tallies.rebuild(session)
        elif self.new:
            tallies.add_entries(session, self.new)


TALLIED = ("catalogue", "booked_on", "category", "points_tenths", "person_id", "unit_id", "status", "deleted_at")


def _derive(session: Session, incoming: Iterable[list[Any]]) -> None:
    """Rebuild what is derived from the rows that arrived: issues from their events, and their search entries."""
    issues: set[uuid.UUID] = set()
    event_codec = CODECS["issue_event"]
    issue_at = event_codec.columns.index("issue_id")
    for r in incoming:
        if r[T] == "issue" and r[VALUES] is not None:
            issues.add(uuid.UUID(r[ID]))
        elif r[T] == "issue_event" and r[VALUES] is not None:
            issues.add(uuid.UUID(r[VALUES][issue_at]))
    if issues:
        project_issues(session, sorted(issues))


def project_issues(session: Session, issue_ids: list[uuid.UUID]) -> None:
    """Each issue's projected columns from all its events, in the order every PC uses, and its search entry."""
    issue_table = BY_NAME["issue"]
    categories = dict(
        session.execute(select(IssueCategory.code, IssueCategory.name).where(IssueCategory.deleted_at.is_(None))).all()
    )
    for start in range(0, len(issue_ids), CHUNK):
        chunk = issue_ids[start : start + CHUNK]
        events: dict[uuid.UUID, list[Any]] = {i: [] for i in chunk}
        for e in session.execute(
            select(
                IssueEvent.issue_id,
                IssueEvent.kind,
                IssueEvent.at,
                IssueEvent.actor_id,
                IssueEvent.note,
                IssueEvent.data,
            )
            .where(IssueEvent.issue_id.in_(chunk))
            .order_by(IssueEvent.issue_id, *HISTORY_ORDER)
        ):
            events[e.issue_id].append(e)
        comments: dict[uuid.UUID, tuple[str, str, list[str]]] = {}
        for issue_id, history in events.items():
            if not history:
                continue
            snapshot = replay(EventRecord(e.kind, e.at, e.actor_id, e.note, e.data) for e in history)
            session.execute(
                update(issue_table)
                .where(issue_table.c.id == issue_id)
                .values({name: getattr(snapshot, name) for name in SNAPSHOT_FIELDS})
                .values(updated_at=issue_table.c.updated_at)  # derived: not a change of the row's own
            )
            hazard = (snapshot.measures, snapshot.funds, snapshot.contingency_plan)
            texts = search.written_texts(categories.get(snapshot.category_code, ""), hazard, (e.note for e in history))
            comments[issue_id] = (snapshot.title, snapshot.description, texts)
        search.write_many(session, [(i, t, d, c) for i, (t, d, c) in comments.items()])


def store_photos(contents: Contents, photos: PhotoStore | None) -> int:
    """The photos a bundle carried, stored before its rows are merged (content-addressed: a failed or repeated
    import leaves nothing wrong behind)."""
    if photos is None:
        return 0
    stored = 0
    for r in contents.rows:
        if r[T] not in FILE_TABLES or r[VALUES] is None:
            continue
        cols = CODECS[r[T]].columns
        sha = r[VALUES][cols.index("sha256")]
        if sha in contents.blobs:
            photos.put(sha, r[VALUES][cols.index("suffix")], contents.blobs[sha])
            stored += 1
    return stored


def _keep_station_audit(session: Session, station: uuid.UUID, records: list[dict[str, Any]]) -> int:
    have = set(
        session.scalars(
            select(StationAuditRecord.id).where(
                StationAuditRecord.id.in_([uuid.UUID(r["id"]) for r in records if r.get("id")])
            )
        )
    )
    kept = 0
    for record in records:
        record_id = uuid.UUID(record["id"])
        if record_id in have:
            continue
        session.add(StationAuditRecord(id=record_id, station_id=station, seq=int(record["seq"]), record=record))
        kept += 1
    session.flush()
    return kept
