"""Checking the audit chain: the head at every start (fast), the whole chain on demand (the auditor's "verify").

Both name the first bad record: a record edited, removed or inserted without the key; an issue event edited
(its digest no longer matches the record that wrote it) or forged (no record wrote it); the append-only guards
dropped; the head moved back (records removed from the end).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, Table, Uuid, cast, func, select, text
from sqlalchemy.orm import Session

from gridapp.issues.models import Issue, IssueEvent
from gridapp.security.audit import (
    EVENT_FIELDS,
    RECORD_FIELDS,
    AuditKeyMissing,
    ChainKey,
    canonical,
    event_digest_of,
    load_key,
    record_mac_of,
)
from gridapp.security.models import Account, AuditChain, AuditRecord

BATCH = 5000


def _columns(table: Table, names: tuple[str, ...]) -> tuple[list[Any], tuple[int, ...]]:
    """The columns a walk reads, and which of them are UUIDs read as text (see ``_values``)."""
    columns: list[Any] = []
    uuids: list[int] = []
    for i, name in enumerate(names):
        column = table.c[name]
        if isinstance(column.type, Uuid):
            columns.append(cast(column, String).label(name))
            uuids.append(i)
        else:
            columns.append(column)
    return columns, tuple(uuids)


def _values(row: Sequence[Any], uuids: tuple[int, ...], count: int) -> list[Any]:
    """A row's first ``count`` values as the canonical form wants them. UUIDs come as text (32 hex digits on
    SQLite, the dashed form on PostgreSQL) and are dashed here: parsing five UUID objects per row only to print
    them again was a third of the full check."""
    values = list(row[:count])
    for i in uuids:
        if values[i] is not None:
            values[i] = _dashed(values[i])
    return values


def _dashed(value: str) -> str:
    if len(value) != 32:
        return value
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


# The walks read columns, not ORM objects: a million records as objects took ~80 s, as rows ~35 s.
RECORD_COLUMNS, RECORD_UUIDS = _columns(AuditRecord.__table__, (*RECORD_FIELDS, "hash"))
EVENT_COLUMNS, EVENT_UUIDS = _columns(IssueEvent.__table__, EVENT_FIELDS)
R_SEQ, R_AT, R_ACTION, R_DETAIL = (RECORD_FIELDS.index(n) for n in ("seq", "at", "action", "detail"))
R_HASH = len(RECORD_FIELDS)
E_ID, E_ISSUE, E_SEQ, E_CREATED = (EVENT_FIELDS.index(n) for n in ("id", "issue_id", "seq", "created_at"))
GUARDS = {
    "sqlite": ("issue_event_no_update", "issue_event_no_delete", "audit_record_no_update", "audit_record_no_delete"),
    "postgresql": ("issue_event_append_only", "audit_record_append_only"),
}


class BreachKind(enum.StrEnum):
    RECORD_CHANGED = "record_changed"  # its hash does not match its content and the one before it
    RECORD_MISSING = "record_missing"  # a gap in the sequence, or the head moved back
    EVENT_CHANGED = "event_changed"  # an issue event differs from what its record sealed
    EVENT_MISSING = "event_missing"  # a sealed issue event is gone
    EVENT_FORGED = "event_forged"  # an issue event no record wrote
    GUARD_DROPPED = "guard_dropped"  # an append-only trigger is missing
    KEY_MISSING = "key_missing"  # the chain is keyed and this PC lacks the key: nothing can be checked


@dataclass(frozen=True, slots=True)
class Breach:
    kind: BreachKind
    seq: int | None  # the first bad record's sequence number (None when no record can be named)
    detail: str = ""  # an issue number and event, a trigger name…


@dataclass(frozen=True, slots=True)
class ChainReport:
    records: int
    events: int
    keyed: bool
    breach: Breach | None

    @property
    def intact(self) -> bool:
        return self.breach is None


Progress = Callable[[int, int, str], None]


def _no_progress(done: int, total: int, what: str) -> None:
    return None


def _first(breaches: list[Breach]) -> Breach | None:
    if not breaches:
        return None
    return min(breaches, key=lambda b: (b.seq is None, b.seq or 0))


def missing_guards(session: Session) -> list[str]:
    dialect = session.get_bind().dialect.name
    expected = GUARDS.get(dialect, ())
    if dialect == "sqlite":
        present = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    else:
        # A trigger switched off (ALTER TABLE … DISABLE TRIGGER) guards nothing: it counts as dropped.
        present = set(
            session.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'"))
        )
    return [name for name in expected if name not in present]


def _checkpoint_mac(key: bytes, chain: AuditChain) -> str:
    content = canonical([str(chain.id), chain.checked_seq, chain.checked_hash, chain.checked_events])
    return hmac.new(key, b"checkpoint" + content, hashlib.sha256).hexdigest()


def _event_label(session: Session, issue_id: str, seq: int) -> str:
    number = session.scalar(select(Issue.number).where(Issue.id == uuid.UUID(issue_id)))
    return f"{number or issue_id} #{seq}"


class ChainChecker:
    """Reads the chain in one session; never writes except the checkpoint (``advance``)."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self._pending: tuple[tuple[int, str], int, ChainKey] | None = None  # what advance() would remember

    def _key(self) -> ChainKey | Breach | None:
        try:
            return load_key(self.s)
        except AuditKeyMissing as exc:
            return Breach(BreachKind.KEY_MISSING, None, str(exc))

    def _walk(
        self,
        chain: ChainKey,
        after_seq: int,
        previous: str,
        progress: Progress,
        total: int,
        up_to: int | None = None,
    ) -> tuple[list[Breach], dict[str, tuple[int, str]], int, tuple[int, str], dt.datetime | None]:
        """Check the records after ``after_seq`` (up to ``up_to``); returns breaches, the events they sealed, the
        genesis count, the last (seq, hash), and the genesis time."""
        breaches: list[Breach] = []
        sealed: dict[str, tuple[int, str]] = {}
        expected = after_seq + 1
        last = (after_seq, previous)
        genesis_at: dt.datetime | None = None
        genesis_count = 0
        query = (
            select(*RECORD_COLUMNS)
            .where(AuditRecord.seq > after_seq, *([AuditRecord.seq <= up_to] if up_to is not None else []))
            .order_by(AuditRecord.seq)
            .execution_options(yield_per=BATCH)
        )
        for done, row in enumerate(self.s.execute(query), 1):
            seq, digest = row[R_SEQ], row[R_HASH]
            if not breaches:
                if seq != expected:
                    breaches.append(Breach(BreachKind.RECORD_MISSING, expected))
                elif not hmac.compare_digest(
                    record_mac_of(chain.key, previous, _values(row, RECORD_UUIDS, R_HASH)), digest
                ):
                    breaches.append(Breach(BreachKind.RECORD_CHANGED, seq))
            detail = row[R_DETAIL] or {}
            if row[R_ACTION] == "audit.start":
                genesis_at = row[R_AT]
                genesis_count = int(detail.get("events_before", 0))
                sealed["<genesis>"] = (seq, str(detail.get("events_digest", "")))
            for event_id, event_digest in detail.get("events", {}).items():
                sealed[event_id] = (seq, event_digest)
            previous = digest
            expected = seq + 1
            last = (seq, digest)
            if done % BATCH == 0:
                progress(done, total, "records")
        return breaches, sealed, genesis_count, last, genesis_at

    def full(self, progress: Progress = _no_progress) -> ChainReport:
        """Every record and every issue event; the auditor's "verify" and ``gridapp audit verify``."""
        key = self._key()
        events = int(self.s.scalar(select(func.count()).select_from(IssueEvent)) or 0)
        total = int(self.s.scalar(select(func.count()).select_from(AuditRecord)) or 0)
        if isinstance(key, Breach):
            return ChainReport(total, events, True, key)
        breaches = [Breach(BreachKind.GUARD_DROPPED, None, name) for name in missing_guards(self.s)]
        if key is None:
            breaches += self._no_trail(events)
            return ChainReport(0, events, False, _first(breaches))
        walked, sealed, genesis_count, last, genesis_at = self._walk(key, 0, "", progress, total)
        breaches += walked
        breaches += self._head_not_moved_back(last)
        breaches += self._events(sealed, genesis_at, genesis_count, progress, events)
        progress(total, total, "")
        return ChainReport(total, events, key.keyed, _first(breaches))

    def _events(
        self,
        sealed: dict[str, tuple[int, str]],
        genesis_at: dt.datetime | None,
        genesis_count: int,
        progress: Progress,
        total: int,
    ) -> list[Breach]:
        breaches: list[Breach] = []
        genesis = sealed.pop("<genesis>", None)
        query = select(*EVENT_COLUMNS).order_by(IssueEvent.id).execution_options(yield_per=BATCH)
        before = hashlib.sha256()
        before_count = 0
        for seen, row in enumerate(self.s.execute(query), 1):
            found = sealed.pop(_dashed(row[E_ID]), None)
            if found is not None:
                if event_digest_of(_values(row, EVENT_UUIDS, len(EVENT_FIELDS))) != found[1]:
                    label = _event_label(self.s, row[E_ISSUE], row[E_SEQ])
                    breaches.append(Breach(BreachKind.EVENT_CHANGED, found[0], label))
            elif genesis_count and genesis_at is not None and row[E_CREATED] <= genesis_at:
                before.update(event_digest_of(_values(row, EVENT_UUIDS, len(EVENT_FIELDS))).encode())
                before_count += 1
            else:
                # No record wrote it; its own created_at (which a forger chooses) never excuses it unless the
                # trail started over earlier events (a database upgraded from an earlier version).
                label = _event_label(self.s, row[E_ISSUE], row[E_SEQ])
                breaches.append(Breach(BreachKind.EVENT_FORGED, None, label))
            if seen % BATCH == 0:
                progress(seen, total, "events")
        for event_id, (seq, _digest) in sealed.items():
            breaches.append(Breach(BreachKind.EVENT_MISSING, seq, event_id))
        if genesis is not None:
            what = f"{before_count} events dated before the audit trail, {genesis_count} sealed by its start"
            if before_count > genesis_count:
                breaches.append(Breach(BreachKind.EVENT_FORGED, None, what))
            elif before_count < genesis_count:
                breaches.append(Breach(BreachKind.EVENT_MISSING, genesis[0], what))
            elif before.hexdigest() != genesis[1]:
                breaches.append(Breach(BreachKind.EVENT_CHANGED, genesis[0], "events before the audit trail started"))
        return breaches

    def _no_trail(self, events: int) -> list[Breach]:
        """No chain yet. Issue events alone are a database upgraded from before the trail: its first write starts
        the chain over them (``audit.start`` counts them). Events beside accounts mean the trail was wiped:
        no account was ever made without a record, so the trail existed."""
        if not events or self.s.scalar(select(Account.id).limit(1)) is None:
            return []
        return [Breach(BreachKind.EVENT_FORGED, None, "the audit trail is gone, yet accounts and issue events exist")]

    def _head_not_moved_back(self, last: tuple[int, str]) -> list[Breach]:
        chain = self.s.scalar(select(AuditChain).limit(1))
        if chain is None or chain.checked_seq == 0:
            return []
        if last[0] < chain.checked_seq:
            return [Breach(BreachKind.RECORD_MISSING, last[0] + 1, f"the head was at {chain.checked_seq}")]
        return []

    def _gap(self) -> Breach | None:
        """Fewer records than the head's number: one was deleted somewhere (finding where is a scan of the
        numbers, only when there is a gap)."""
        head = int(self.s.scalar(select(func.max(AuditRecord.seq))) or 0)
        count = int(self.s.scalar(select(func.count()).select_from(AuditRecord)) or 0)
        if count == head:
            return None
        expected = 1
        for seq in self.s.scalars(select(AuditRecord.seq).order_by(AuditRecord.seq).execution_options(yield_per=BATCH)):
            if seq != expected:
                break
            expected += 1
        return Breach(BreachKind.RECORD_MISSING, expected, f"{count} records numbered up to {head}")

    def quick(self) -> ChainReport:
        """At every start: the checkpoint, the records after it, their events, the event count, no gap in the
        numbers (SQLite), and the guards. What it cannot see cheaply (an edit before the checkpoint that leaves
        the checkpoint's hash as it was) the full check finds."""
        key = self._key()
        if isinstance(key, Breach):
            return ChainReport(0, 0, True, key)
        breaches = [Breach(BreachKind.GUARD_DROPPED, None, name) for name in missing_guards(self.s)]
        chain = self.s.scalar(select(AuditChain).limit(1))  # read before the head: its checkpoint is behind it
        # The events and the head in one statement, one snapshot: on a server other PCs commit meanwhile (each
        # write its events with its record), and the records walked stop at this head, so the counts agree.
        events, head = self.s.execute(
            select(
                select(func.count()).select_from(IssueEvent).scalar_subquery(),
                select(func.coalesce(func.max(AuditRecord.seq), 0)).scalar_subquery(),
            )
        ).one()
        if key is None:
            breaches += self._no_trail(events)
            return ChainReport(0, events, False, _first(breaches))
        assert chain is not None
        start_seq, previous, counted = 0, "", 0
        if chain.checked_seq:
            if not hmac.compare_digest(_checkpoint_mac(key.key, chain), chain.checked_mac or ""):
                breaches.append(Breach(BreachKind.RECORD_CHANGED, chain.checked_seq, "checkpoint"))
                return ChainReport(0, events, key.keyed, _first(breaches))
            at_checkpoint = self.s.scalar(select(AuditRecord.hash).where(AuditRecord.seq == chain.checked_seq))
            if at_checkpoint is None:
                below = self.s.scalar(select(func.max(AuditRecord.seq)).where(AuditRecord.seq < chain.checked_seq))
                where = f"the head was at {chain.checked_seq}"
                breaches.append(Breach(BreachKind.RECORD_MISSING, (below or 0) + 1, where))
            elif at_checkpoint != chain.checked_hash:
                where = "the checkpoint's record was rehashed: the first bad record is at or before it"
                breaches.append(Breach(BreachKind.RECORD_CHANGED, chain.checked_seq, where))
            start_seq, previous, counted = chain.checked_seq, chain.checked_hash, chain.checked_events
        # SQLite counts a million records in ~15 ms; PostgreSQL takes ~40 ms, most of the start's 50 ms budget,
        # so there a record deleted behind the checkpoint is left to the full check (like an event edited there).
        gap = self._gap() if self.s.get_bind().dialect.name == "sqlite" else None
        if gap is not None:
            breaches.append(gap)
        walked, sealed, genesis_count, last, _genesis_at = self._walk(key, start_seq, previous, _no_progress, 0, head)
        breaches += walked
        genesis = sealed.pop("<genesis>", None)
        if genesis is not None:
            counted += genesis_count
        if sealed:
            ids = [uuid.UUID(i) for i in sealed]
            found = {
                _dashed(row[E_ID]): row for row in self.s.execute(select(*EVENT_COLUMNS).where(IssueEvent.id.in_(ids)))
            }
            for event_id, (seq, digest) in sealed.items():
                row = found.get(event_id)
                if row is None:
                    breaches.append(Breach(BreachKind.EVENT_MISSING, seq, event_id))
                elif event_digest_of(_values(row, EVENT_UUIDS, len(EVENT_FIELDS))) != digest:
                    label = _event_label(self.s, row[E_ISSUE], row[E_SEQ])
                    breaches.append(Breach(BreachKind.EVENT_CHANGED, seq, label))
        counted += len(sealed)
        if counted != events:
            kind = BreachKind.EVENT_FORGED if events > counted else BreachKind.EVENT_MISSING
            breaches.append(Breach(kind, None, f"{events} issue events, {counted} in the audit trail"))
        report = ChainReport(last[0], events, key.keyed, _first(breaches))
        self._pending = (last, counted, key) if report.intact else None
        return report

    def advance(self) -> None:
        """After an intact quick check: remember the head, so the next start checks only what came after."""
        if self._pending is None:
            return
        (seq, head), counted, key = self._pending  # the key quick() read: a real keyring is slow to ask twice
        chain = self.s.scalar(select(AuditChain).limit(1))
        if chain is None or seq == chain.checked_seq:
            return
        chain.checked_seq, chain.checked_hash, chain.checked_events = seq, head, counted
        chain.checked_mac = _checkpoint_mac(key.key, chain)
