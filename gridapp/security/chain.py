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
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from gridapp.issues.models import Issue, IssueEvent
from gridapp.security.audit import (
    AuditKeyMissing,
    ChainKey,
    canonical,
    event_digest,
    load_key,
    record_mac,
)
from gridapp.security.models import AuditChain, AuditRecord

BATCH = 5000
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
        present = set(session.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")))
    return [name for name in expected if name not in present]


def _checkpoint_mac(key: bytes, chain: AuditChain) -> str:
    content = canonical([str(chain.id), chain.checked_seq, chain.checked_hash, chain.checked_events])
    return hmac.new(key, b"checkpoint" + content, hashlib.sha256).hexdigest()


def _event_label(session: Session, issue_id: uuid.UUID, seq: int) -> str:
    number = session.scalar(select(Issue.number).where(Issue.id == issue_id))
    return f"{number or issue_id} #{seq}"


class ChainChecker:
    """Reads the chain in one session; never writes except the checkpoint (``advance``)."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def _key(self) -> ChainKey | Breach | None:
        try:
            return load_key(self.s)
        except AuditKeyMissing as exc:
            return Breach(BreachKind.KEY_MISSING, None, str(exc))

    def _walk(
        self, chain: ChainKey, after_seq: int, previous: str, progress: Progress, total: int
    ) -> tuple[list[Breach], dict[str, tuple[int, str]], int, tuple[int, str], dt.datetime | None]:
        """Check the records after ``after_seq``; returns breaches, the events they sealed, the genesis count,
        the last (seq, hash), and the genesis time."""
        breaches: list[Breach] = []
        sealed: dict[str, tuple[int, str]] = {}
        expected = after_seq + 1
        last = (after_seq, previous)
        genesis_at: dt.datetime | None = None
        genesis_count = 0
        query = (
            select(AuditRecord)
            .where(AuditRecord.seq > after_seq)
            .order_by(AuditRecord.seq)
            .execution_options(yield_per=BATCH)
        )
        for done, record in enumerate(self.s.scalars(query), 1):
            if not breaches:
                if record.seq != expected:
                    breaches.append(Breach(BreachKind.RECORD_MISSING, expected))
                elif not hmac.compare_digest(record_mac(chain.key, previous, record), record.hash):
                    breaches.append(Breach(BreachKind.RECORD_CHANGED, record.seq))
            detail = record.detail or {}
            if record.action == "audit.start":
                genesis_at = record.at
                genesis_count = int(detail.get("events_before", 0))
                sealed["<genesis>"] = (record.seq, str(detail.get("events_digest", "")))
            for event_id, digest in detail.get("events", {}).items():
                sealed[event_id] = (record.seq, digest)
            previous = record.hash
            expected = record.seq + 1
            last = (record.seq, record.hash)
            if done % BATCH == 0:
                progress(done, total, "records")
            self.s.expunge(record)
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
            forged = self.s.scalar(select(IssueEvent.issue_id).limit(1))
            if forged is not None:
                breaches.append(Breach(BreachKind.EVENT_FORGED, None, "no audit trail, yet issue events exist"))
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
        query = select(IssueEvent).order_by(IssueEvent.id).execution_options(yield_per=BATCH)
        before = hashlib.sha256()
        before_count = 0
        for seen, event in enumerate(self.s.scalars(query), 1):
            found = sealed.pop(str(event.id), None)
            if found is not None:
                if event_digest(event) != found[1]:
                    breaches.append(
                        Breach(BreachKind.EVENT_CHANGED, found[0], _event_label(self.s, event.issue_id, event.seq))
                    )
            elif genesis_at is not None and event.created_at <= genesis_at:
                before.update(event_digest(event).encode())
                before_count += 1
            else:
                breaches.append(Breach(BreachKind.EVENT_FORGED, None, _event_label(self.s, event.issue_id, event.seq)))
            if seen % BATCH == 0:
                progress(seen, total, "events")
            self.s.expunge(event)
        for event_id, (seq, _digest) in sealed.items():
            breaches.append(Breach(BreachKind.EVENT_MISSING, seq, event_id))
        if genesis is not None and (before_count != genesis_count or before.hexdigest() != genesis[1]):
            breaches.append(Breach(BreachKind.EVENT_CHANGED, genesis[0], "events before the audit trail started"))
        return breaches

    def _head_not_moved_back(self, last: tuple[int, str]) -> list[Breach]:
        chain = self.s.scalar(select(AuditChain).limit(1))
        if chain is None or chain.checked_seq == 0:
            return []
        if last[0] < chain.checked_seq:
            return [Breach(BreachKind.RECORD_MISSING, last[0] + 1, f"the head was at {chain.checked_seq}")]
        return []

    def quick(self) -> ChainReport:
        """At every start: the checkpoint, the records after it, their events, the event count and the guards."""
        key = self._key()
        if isinstance(key, Breach):
            return ChainReport(0, 0, True, key)
        breaches = [Breach(BreachKind.GUARD_DROPPED, None, name) for name in missing_guards(self.s)]
        events = int(self.s.scalar(select(func.count()).select_from(IssueEvent)) or 0)
        if key is None:
            if events:
                breaches.append(Breach(BreachKind.EVENT_FORGED, None, "no audit trail, yet issue events exist"))
            return ChainReport(0, events, False, _first(breaches))
        chain = self.s.scalar(select(AuditChain).limit(1))
        assert chain is not None
        start_seq, previous, counted = 0, "", 0
        if chain.checked_seq:
            if not hmac.compare_digest(_checkpoint_mac(key.key, chain), chain.checked_mac or ""):
                breaches.append(Breach(BreachKind.RECORD_CHANGED, chain.checked_seq, "checkpoint"))
                return ChainReport(0, events, key.keyed, _first(breaches))
            at_checkpoint = self.s.scalar(select(AuditRecord.hash).where(AuditRecord.seq == chain.checked_seq))
            if at_checkpoint is None:
                breaches.append(Breach(BreachKind.RECORD_MISSING, chain.checked_seq))
            elif at_checkpoint != chain.checked_hash:
                breaches.append(Breach(BreachKind.RECORD_CHANGED, chain.checked_seq))
            start_seq, previous, counted = chain.checked_seq, chain.checked_hash, chain.checked_events
        walked, sealed, genesis_count, last, _genesis_at = self._walk(key, start_seq, previous, _no_progress, 0)
        breaches += walked
        genesis = sealed.pop("<genesis>", None)
        if genesis is not None:
            counted += genesis_count
        if sealed:
            rows = self.s.scalars(select(IssueEvent).where(IssueEvent.id.in_([uuid.UUID(i) for i in sealed])))
            found = {str(e.id): e for e in rows}
            for event_id, (seq, digest) in sealed.items():
                event = found.get(event_id)
                if event is None:
                    breaches.append(Breach(BreachKind.EVENT_MISSING, seq, event_id))
                elif event_digest(event) != digest:
                    breaches.append(
                        Breach(BreachKind.EVENT_CHANGED, seq, _event_label(self.s, event.issue_id, event.seq))
                    )
        counted += len(sealed)
        if counted != events:
            kind = BreachKind.EVENT_FORGED if events > counted else BreachKind.EVENT_MISSING
            breaches.append(Breach(kind, None, f"{events} issue events, {counted} in the audit trail"))
        report = ChainReport(last[0], events, key.keyed, _first(breaches))
        self._pending = (last, counted) if report.intact else None
        return report

    def advance(self) -> None:
        """After an intact quick check: remember the head, so the next start checks only what came after."""
        pending = getattr(self, "_pending", None)
        if not pending:
            return
        (seq, head), counted = pending
        key = load_key(self.s)
        chain = self.s.scalar(select(AuditChain).limit(1))
        if key is None or chain is None or seq == chain.checked_seq:
            return
        chain.checked_seq, chain.checked_hash, chain.checked_events = seq, head, counted
        chain.checked_mac = _checkpoint_mac(key.key, chain)
