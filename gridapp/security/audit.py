"""The audit trail: one record per write transaction, per login and per refused or sensitive action, in a chain.

Every change made through ``Database.write`` gathers what it changed as it flushes (``note_flush``); just before
the commit one record is appended in the same transaction (``append``): who (account, person, station), what (the
service method that opened the write, or a named action), the target (table, id and business number), the result,
and the rows touched; for each issue event written, a digest of its content. Each record carries
``hash = HMAC(key, previous hash + record)``, so editing, inserting or deleting a record, or an issue event, without
the key breaks the chain at that record (``gridapp.security.chain`` checks it).

The key lives in the OS keyring under the chain's id. A PC with no keyring at all keeps an unkeyed chain (the same
HMAC with an empty key, so no secret): accidental or naive edits are still found, but someone who can write the
database file could recompute it; the window says so. The key is never written to a file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import secrets
import uuid
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.security.kinds import AuditResult
from gridapp.security.models import AuditChain, AuditRecord
from gridapp.security.secrets import NoSecureStore, audit_key, store_audit_key
from gridapp.times import utcnow

log = logging.getLogger(__name__)

CHANGES_KEY = "gridapp.audit.changes"
UNKEYED = "unkeyed"
MAX_ROWS_LISTED = 200
# Bookkeeping and derived tables: changed by the writes that are audited, never worth a target of their own.
DERIVED = frozenset(
    {"issue_event", "issue_fts", "issue_search", "issue_tally", "score_person_tally", "score_unit_tally", "station"}
)
NOT_AUDITED = frozenset({"audit_record", "audit_chain", "sync_version", "sync_clock", "sync_station_audit"})
PG_CHAIN_LOCK = "gridapp-audit-chain"


class AuditKeyMissing(RuntimeError):
    """The chain is keyed but this PC's keyring does not hold its key: records cannot be added here."""


@dataclass
class Changes:
    """What one write transaction changed, gathered flush by flush."""

    rows: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, id) -> insert | update | delete
    targets: list[tuple[str, str, str, uuid.UUID | None]] = field(default_factory=list)  # table, id, number, unit
    events: dict[str, str] = field(default_factory=dict)  # issue_event id -> digest
    bulk: dict[str, int] = field(default_factory=dict)  # "insert person" -> statements
    action: str = ""
    result: AuditResult = AuditResult.OK  # a failed login still records its counted failure
    extra: dict[str, Any] = field(default_factory=dict)  # what the service adds (a login name, an export's rows)
    target: tuple[str, str, str, uuid.UUID | None] | None = None  # named by the service, else the first row changed
    always: bool = False  # recorded even when no row changed (a refused login)
    sealed_seq: int = 0  # the record that sealed them, once written

    def __bool__(self) -> bool:
        return bool(self.rows or self.bulk or self.always)


PLAIN = frozenset({str, int, bool, type(None)})


def _text(value: Any) -> Any:
    kind = type(value)  # exact types first: the full check calls this for every value of a million records
    if kind in PLAIN:
        return value
    if kind is dict:
        return {k if type(k) is str else str(k): v if type(v) in PLAIN else _text(v) for k, v in value.items()}
    if kind is list:
        return [v if type(v) in PLAIN else _text(v) for v in value]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, (dt.date, uuid.UUID)):
        return str(value)
    if hasattr(value, "value"):  # an enum
        return value.value
    if isinstance(value, dict):
        return {str(k): _text(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_text(v) for v in value]
    return str(value)


def canonical(value: Any) -> bytes:
    return json.dumps(_text(value), sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


EVENT_FIELDS = (
    "id",
    "issue_id",
    "seq",
    "kind",
    "at",
    "actor_id",
    "actor_name",
    "from_state",
    "to_state",
    "note",
    "data",
    "created_at",
    "station_id",
    "updated_by",
    "deleted_at",
)


def event_digest(event: Any) -> str:
    """SHA-256 over an issue event's content, as written and as read back."""
    return event_digest_of([getattr(event, name) for name in EVENT_FIELDS])


def event_digest_of(values: list[Any]) -> str:
    """The same from the EVENT_FIELDS' values in order (a row read by the check, with no ORM object)."""
    return hashlib.sha256(canonical(values)).hexdigest()


RECORD_FIELDS = (
    "seq",
    "id",
    "at",
    "station_id",
    "account_id",
    "account_login",
    "person_id",
    "person_name",
    "action",
    "target_table",
    "target_id",
    "target_number",
    "unit_id",
    "result",
    "detail",
)


def record_mac(key: bytes, previous: str, record: Any) -> str:
    return record_mac_of(key, previous, [getattr(record, name) for name in RECORD_FIELDS])


def record_mac_of(key: bytes, previous: str, values: list[Any]) -> str:
    """The same from the RECORD_FIELDS' values in order (a row read by the check, with no ORM object)."""
    return hmac.new(key, previous.encode() + canonical(values), hashlib.sha256).hexdigest()


def fingerprint(key: bytes | None) -> str:
    if key is None:
        return UNKEYED
    return hmac.new(key, b"gridapp audit key fingerprint", hashlib.sha256).hexdigest()[:32]


# gathering what a write changed


def note_flush(session: Session) -> None:
    """after_flush: remember every row this flush inserted, updated or tombstoned (never their values)."""
    changes: Changes | None = session.info.get(CHANGES_KEY)
    if changes is None:
        return
    for op, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            table = getattr(obj, "__tablename__", None)
            if table is None or table in NOT_AUDITED:
                continue
            if op == "update":
                if not session.is_modified(obj, include_collections=False):
                    continue
                if table == "station":
                    continue  # last seen: bookkeeping of every start
                op_here = "delete" if getattr(obj, "deleted_at", None) is not None else "update"
            else:
                op_here = op
            row_id = str(getattr(obj, "id", "") or getattr(obj, "seq", ""))
            key = (table, row_id)
            if key not in changes.rows:
                changes.rows[key] = op_here
                if table not in DERIVED:
                    changes.targets.append((table, row_id, str(getattr(obj, "number", "") or ""), _unit_of(obj)))
            if table == "issue_event" and op == "insert":
                changes.events[row_id] = event_digest(obj)


def changes_of(session: Session) -> Changes:
    """The changes being gathered for the write ``session`` belongs to (to name its action, result or extras)."""
    return session.info[CHANGES_KEY]


def note_statement(session: Session, verb: str, table: str) -> None:
    """do_orm_execute: a bulk INSERT / UPDATE / DELETE (tallies, imports) is named by table and count."""
    changes: Changes | None = session.info.get(CHANGES_KEY)
    if changes is None or table in NOT_AUDITED:
        return
    name = f"{verb} {table}"
    changes.bulk[name] = changes.bulk.get(name, 0) + 1


def _unit_of(obj: Any) -> uuid.UUID | None:
    for name in ("unit_id", "home_unit_id"):
        value = getattr(obj, name, None)
        if isinstance(value, uuid.UUID):
            return value
    return None


def _detail(changes: Changes) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for (table, _row), op in changes.rows.items():
        counts[f"{op} {table}"] = counts.get(f"{op} {table}", 0) + 1
    listed = [[op, table, row] for (table, row), op in list(changes.rows.items())[:MAX_ROWS_LISTED]]
    detail: dict[str, Any] = {"counts": counts, "rows": listed}
    if changes.bulk:
        detail["bulk"] = changes.bulk
    if changes.events:
        detail["events"] = changes.events
    return detail


# the chain


@dataclass
class ChainKey:
    chain_id: uuid.UUID
    key: bytes  # b"" for an unkeyed chain
    keyed: bool


def load_key(session: Session) -> ChainKey | None:
    """The chain's key on this PC; None before the first record. Raises AuditKeyMissing for a keyed chain whose
    key this PC lacks (NoSecureStore counts as lacking it)."""
    chain = session.scalar(select(AuditChain).limit(1))
    if chain is None:
        return None
    if chain.key_fingerprint == UNKEYED:
        return ChainKey(chain.id, b"", False)
    try:
        key = audit_key(chain.id)
    except NoSecureStore as exc:
        raise AuditKeyMissing(f"no keyring on this PC: {exc}") from exc
    if key is None or fingerprint(key) != chain.key_fingerprint:
        raise AuditKeyMissing(f"the key of audit chain {chain.id} is not in this PC's keyring")
    return ChainKey(chain.id, key, True)


def _start_chain(session: Session, actor: Actor, sealing: Iterable[str] = ()) -> ChainKey:
    """The first record of a database: make a key (kept in the keyring only) and cover the issue events that
    were written before the trail existed (a database upgraded from an earlier version)."""
    from gridapp.issues.models import IssueEvent

    chain_id = uuid.uuid4()
    key: bytes | None = secrets.token_bytes(32)
    try:
        store_audit_key(chain_id, key)  # type: ignore[arg-type]
    except NoSecureStore:
        log.warning("no OS keyring: the audit chain is kept unkeyed (tamper evidence against naive edits only)")
        key = None
    now = utcnow()
    session.add(AuditChain(id=chain_id, key_fingerprint=fingerprint(key), created_at=now))
    session.flush()
    chain = ChainKey(chain_id, key or b"", key is not None)
    digest, count = events_before(session, now, IssueEvent, set(sealing))
    _append_record(
        session,
        chain,
        actor,
        action="audit.start",
        result=AuditResult.OK,
        detail={"events_before": count, "events_digest": digest, "keyed": key is not None},
        at=now,
    )
    return chain


def events_before(session: Session, moment: dt.datetime, model: Any, sealing: set[str]) -> tuple[str, int]:
    """One digest over every issue event created up to ``moment``, in id order, but those the transaction that
    starts the chain writes (its own record seals them)."""
    total = hashlib.sha256()
    count = 0
    query = select(model).where(model.created_at <= moment).order_by(model.id).execution_options(yield_per=2000)
    for issue_event in session.scalars(query):
        if str(issue_event.id) in sealing:
            continue
        total.update(event_digest(issue_event).encode())
        count += 1
    return total.hexdigest(), count


HEAD = select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
INSERT_RECORD = insert(AuditRecord.__table__)


def _head(session: Session) -> tuple[int, str]:
    row = session.connection().execute(HEAD).first()
    return (row[0], row[1]) if row else (0, "")


def _lock_chain(session: Session) -> None:
    """On a server several PCs append at once: the chain is extended under a lock, never forked."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": PG_CHAIN_LOCK})


def _append_record(
    session: Session,
    chain: ChainKey,
    actor: Actor,
    *,
    action: str,
    result: AuditResult,
    detail: dict[str, Any],
    target: tuple[str, str, str, uuid.UUID | None] = ("", "", "", None),
    at: dt.datetime | None = None,
) -> int:
    seq, previous = _head(session)
    table, row_id, number, unit_id = target
    values: dict[str, Any] = {
        "seq": seq + 1,
        "id": uuid.uuid4(),
        "at": at or utcnow(),
        "station_id": actor.station_id,
        "account_id": actor.account_id,
        "account_login": actor.login[:40],
        "person_id": actor.person_id,
        "person_name": (actor.name if actor.person_id else "")[:40],
        "action": action[:80],
        "target_table": table[:40],
        "target_id": row_id[:40],
        "target_number": number[:40],
        "unit_id": unit_id,
        "result": result.value,
        "detail": detail,
    }
    values["hash"] = record_mac_of(chain.key, previous, [values[name] for name in RECORD_FIELDS])
    # Core on the session's connection, not an ORM object: this runs in every write, and the unit of work and
    # the ORM's statement events cost more than the rest of the record (sealing went from ~0.7 ms to ~0.2 ms).
    session.connection().execute(INSERT_RECORD, values)
    return seq + 1


# The key of each open database's chain, once read from the keyring: a real keyring (Credential Manager, Secret
# Service over D-Bus) can take milliseconds, and every write appends a record. Only a committed chain is kept
# (load_key read it); one this transaction starts could still roll back. The checks always read the keyring.
_KEYS: weakref.WeakKeyDictionary[Any, ChainKey] = weakref.WeakKeyDictionary()


def _key_for_append(session: Session) -> ChainKey | None:
    bind = session.get_bind()
    chain = _KEYS.get(bind)
    if chain is None:
        chain = load_key(session)
        if chain is not None:
            _KEYS[bind] = chain
    return chain


def append(
    session: Session,
    actor: Actor,
    *,
    action: str,
    result: AuditResult = AuditResult.OK,
    detail: dict[str, Any] | None = None,
    target: tuple[str, str, str, uuid.UUID | None] = ("", "", "", None),
    sealing: Iterable[str] = (),
) -> int:
    """Add one record in ``session``'s transaction (logins, exports, refusals; writes come through ``seal``);
    returns its sequence number."""
    _lock_chain(session)
    chain = _key_for_append(session) or _start_chain(session, actor, sealing)
    return _append_record(session, chain, actor, action=action, result=result, detail=detail or {}, target=target)


def seal(session: Session, actor: Actor, changes: Changes) -> None:
    """before_commit of ``Database.write``: the record of everything the transaction changed."""
    target = changes.target or (changes.targets[0] if changes.targets else _first_row(changes))
    detail = _detail(changes) | changes.extra
    changes.sealed_seq = append(
        session,
        actor,
        action=changes.action or "write",
        result=changes.result,
        detail=detail,
        target=target,
        sealing=changes.events,
    )


def _first_row(changes: Changes) -> tuple[str, str, str, uuid.UUID | None]:
    for table, row in changes.rows:
        return (table, row, "", None)
    return ("", "", "", None)


def record_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditRecord)) or 0)


def listed_events(records: Iterable[AuditRecord]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for record in records:
        for event_id, digest in (record.detail or {}).get("events", {}).items():
            found[event_id] = (record.seq, digest)
    return found


DENIAL_REASONS = frozenset({"not_permitted", "same_person", "no_person", "not_allowed", "own_points", "not_manager"})


def denial_of(exc: BaseException) -> str | None:
    """What a refused action lacked, when ``exc`` is a refusal of rights (not of input); None otherwise."""
    from gridapp.security.rights import AccessDenied

    if isinstance(exc, AccessDenied):
        return f"right:{exc.right.value}"
    reason = getattr(exc, "reason", None) or getattr(exc, "refusal", None)
    value = getattr(reason, "value", None)
    if value in DENIAL_REASONS:
        action = getattr(getattr(exc, "action", None), "value", "")
        return f"{action}:{value}" if action else str(value)
    return None
