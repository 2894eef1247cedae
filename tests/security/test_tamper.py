"""Tamper evidence: each attack on the audit trail or the issue history is found at the right record.

Every attack is made the way someone with the database file and ``sqlite3`` would make it (triggers dropped and
recreated, rows edited, copied or deleted, hashes recomputed without the key); the start check (``open_workspace``)
finds what it can see cheaply and makes the database read-only, the full check names the first bad record.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from gridapp.db.connect import open_database
from gridapp.db.database import Database, ReadOnlyDatabase
from gridapp.demo import load_demo
from gridapp.issues.rows import ReportDraft
from gridapp.paths import data_dir
from gridapp.security.audit import RECORD_FIELDS, canonical, record_mac
from gridapp.security.chain import BreachKind, ChainChecker, ChainReport
from gridapp.security.models import AuditChain, AuditRecord
from gridapp.security.secrets import SERVICE, audit_key_name
from gridapp.security.trail import AuditQuery
from gridapp.services import Opened, open_workspace
from gridapp.station import load_or_create_station
from tests.conftest import DEMO_PASSWORD, KEYRING

FORGED_NOTE = "伪造的批示：同意不整改"


@dataclass
class Started:
    """A demo database that has been started once (checkpoint at ``checkpoint``) and then used a little."""

    path: Path
    checkpoint: int  # the head when the checkpoint was set
    report_seq: int  # the record of a report made after the checkpoint
    report_event: str  # its event's id (as SQLite stores it)
    report_number: str
    head: int


def _full(db: Database) -> ChainReport:
    with db.read() as s:
        return ChainChecker(s).full()


def _checked_seq(db: Database) -> int:
    with db.read() as s:
        return s.scalars(select(AuditChain.checked_seq)).one()


def _sql(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(sql, params).fetchall()
        con.commit()
        return rows
    finally:
        con.close()


def _untriggered(path: Path, table: str, *statements: tuple[str, tuple[object, ...]]) -> None:
    """The attack of the issue: drop the table's append-only triggers, change rows, recreate the triggers."""
    con = sqlite3.connect(path)
    try:
        triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,))
        saved = triggers.fetchall()
        assert saved, f"no triggers on {table}"
        for name, _sql_text in saved:
            con.execute(f"DROP TRIGGER {name}")
        for statement, params in statements:
            con.execute(statement, params)
        for _name, sql_text in saved:
            con.execute(sql_text)
        con.commit()
    finally:
        con.close()


def _sealing_seq(path: Path, event_id: str) -> int:
    """The record whose detail lists the event (read as an attacker or an auditor would)."""
    wanted = str(uuid.UUID(event_id))
    for seq, detail in _sql(path, "SELECT seq, detail FROM audit_record ORDER BY seq"):
        if wanted in json.loads(str(detail)).get("events", {}):
            return int(seq)  # type: ignore[call-overload]
    raise AssertionError(f"no record seals event {event_id}")


def _event_label(path: Path, event_id: str) -> str:
    number, seq = _sql(
        path, "SELECT i.number, e.seq FROM issue_event e JOIN issue i ON i.id = e.issue_id WHERE e.id = ?", event_id
    )[0]
    return f"{number} #{seq}"


def _head(path: Path) -> int:
    return int(_sql(path, "SELECT max(seq) FROM audit_record")[0][0])  # type: ignore[call-overload]


def _reopen(path: Path) -> Opened:
    return open_workspace(path)


@pytest.fixture
def started(demo_db_file: Path) -> Iterator[Started]:
    opened = open_workspace(demo_db_file)
    services = opened.services
    try:
        assert opened.chain.intact and opened.chain.keyed
        checkpoint = _checked_seq(services.db)
        assert _head(demo_db_file) - checkpoint == 1  # after the check: this PC's station registered (a write)
        staff = services.security.accounts.login("DH0012", DEMO_PASSWORD).actor
        assert staff.account_id is not None
        person = next(p for p in services.org.search_people("DH0012"))
        ref = services.issues.report(staff, ReportDraft("二级泵房出口阀门滴漏", person.unit_id, "production"))
        services.security.accounts.login("DH0001", DEMO_PASSWORD)
    finally:
        services.close()
    event_id = str(_sql(demo_db_file, "SELECT id FROM issue_event WHERE issue_id = ?", ref.id.hex)[0][0])
    yield Started(
        demo_db_file, checkpoint, _sealing_seq(demo_db_file, event_id), event_id, ref.number, _head(demo_db_file)
    )


def _assert_broken(opened: Opened, kind: BreachKind, seq: int | None) -> None:
    """The start check found it: the breach named, and the database refuses writes."""
    try:
        breach = opened.chain.breach
        assert breach is not None and (breach.kind, breach.seq) == (kind, seq), opened.chain
        db = opened.services.db
        assert db.read_only == f"audit:{kind.value}"
        with pytest.raises(ReadOnlyDatabase), db.write(db.system_actor()):
            pass
    finally:
        opened.services.close()


def _full_of(path: Path) -> ChainReport:
    opened = open_workspace(path)
    try:
        return _full(opened.services.db)
    finally:
        opened.services.close()


# an intact chain


def test_an_intact_demo_database_checks_intact_and_the_checkpoint_advances(started: Started) -> None:
    assert started.head > started.checkpoint >= 2
    opened = _reopen(started.path)
    try:
        db = opened.services.db
        assert opened.chain.intact and opened.chain.keyed and opened.chain.records == started.head
        assert _checked_seq(db) == started.head  # moved on: the next start checks only what comes after
        full = _full(db)
        assert full.intact and full.records == started.head and full.events == opened.chain.events > 18
        with db.read() as s:
            quick = ChainChecker(s).quick()
        assert quick.intact and quick.records == started.head
    finally:
        opened.services.close()


def test_the_key_is_in_the_keyring_only(started: Started, data_dir: Path) -> None:
    (chain_id,) = _sql(started.path, "SELECT id FROM audit_chain")[0]
    stored = KEYRING.get_password(SERVICE, audit_key_name(uuid.UUID(str(chain_id))))
    assert stored
    key = base64.b64decode(stored)
    forms = [key, stored.encode(), key.hex().encode(), key.hex().upper().encode()]
    files = [p for folder in (data_dir, started.path.parent) for p in folder.rglob("*") if p.is_file()]
    assert started.path in files
    for path in files:
        content = path.read_bytes()
        assert not any(form in content for form in forms), f"the audit key is written in {path}"


# (a) an issue event edited behind the triggers' back


@pytest.mark.parametrize("where", ["before the checkpoint", "after the checkpoint"])
def test_an_edited_issue_event_names_the_record_that_sealed_it(started: Started, where: str) -> None:
    if where == "after the checkpoint":
        event_id = started.report_event
    else:  # a demo issue's instruction, sealed by the demo load long before the last start
        event_id = str(_sql(started.path, "SELECT id FROM issue_event WHERE note != '' ORDER BY at LIMIT 1")[0][0])
    seq, label = _sealing_seq(started.path, event_id), _event_label(started.path, event_id)
    _untriggered(started.path, "issue_event", ("UPDATE issue_event SET note = ? WHERE id = ?", (FORGED_NOTE, event_id)))
    assert _sql(started.path, "SELECT note FROM issue_event WHERE id = ?", event_id) == [(FORGED_NOTE,)]

    opened = _reopen(started.path)
    if where == "after the checkpoint":
        assert opened.chain.breach is not None and opened.chain.breach.detail == label
        _assert_broken(opened, BreachKind.EVENT_CHANGED, seq)
    else:  # the start check does not re-read what it checked before (≤ 50 ms): the full check finds it
        assert opened.chain.intact
        opened.services.close()
    report = _full_of(started.path)
    assert report.breach is not None
    assert (report.breach.kind, report.breach.seq, report.breach.detail) == (BreachKind.EVENT_CHANGED, seq, label)


# (b) a forged issue event


@pytest.mark.parametrize("created", ["as the copied row", "now"])
def test_a_forged_issue_event_is_found(started: Started, created: str) -> None:
    columns = [row[1] for row in _sql(started.path, "PRAGMA table_info(issue_event)")]
    source = str(_sql(started.path, "SELECT id FROM issue_event WHERE note != '' ORDER BY at LIMIT 1")[0][0])
    issue_id, top = _sql(
        started.path,
        "SELECT issue_id, (SELECT max(seq) FROM issue_event x WHERE x.issue_id = e.issue_id) FROM issue_event e "
        "WHERE id = ?",
        source,
    )[0]
    new_seq = int(top) + 1  # type: ignore[call-overload]
    given: dict[str, object] = {"id": uuid.uuid4().hex, "seq": new_seq, "note": FORGED_NOTE}
    if created == "now":
        given["created_at"] = _sql(started.path, "SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")[0][0]
    picked = ", ".join("?" if c in given else c for c in columns)
    _sql(
        started.path,
        f"INSERT INTO issue_event ({', '.join(columns)}) SELECT {picked} FROM issue_event WHERE id = ?",
        *[given[c] for c in columns if c in given],
        source,
    )
    label = f"{_sql(started.path, 'SELECT number FROM issue WHERE id = ?', issue_id)[0][0]} #{new_seq}"

    _assert_broken(_reopen(started.path), BreachKind.EVENT_FORGED, None)  # more events than the trail wrote
    report = _full_of(started.path)
    assert report.breach is not None
    assert (report.breach.kind, report.breach.seq, report.breach.detail) == (BreachKind.EVENT_FORGED, None, label)


# (c) an audit record edited and the chain recomputed without the key


def _plain_sha256(previous: str, record: AuditRecord) -> str:
    return hashlib.sha256(previous.encode() + canonical([getattr(record, n) for n in RECORD_FIELDS])).hexdigest()


FORGERS: dict[str, Callable[[str, AuditRecord], str]] = {
    "plain sha256": _plain_sha256,
    "empty key (as an unkeyed chain)": lambda previous, record: record_mac(b"", previous, record),
    "wrong key": lambda previous, record: record_mac(b"guessed key, 32 bytes long......", previous, record),
}


def _forge_chain(db_path: Path, db: Database, at_seq: int, forge: Callable[[str, AuditRecord], str]) -> None:
    """Change record ``at_seq``'s action and recompute its hash and every later one without the chain's key,
    using the app's own canonical form (the format is no secret)."""
    with db.read() as s:
        records = list(s.scalars(select(AuditRecord).where(AuditRecord.seq >= at_seq - 1).order_by(AuditRecord.seq)))
    previous = records[0].hash
    updates = []
    for record in records[1:]:
        if record.seq == at_seq:
            record.action = "account.unlock"
        record.hash = forge(previous, record)
        previous = record.hash
        updates.append(
            ("UPDATE audit_record SET action = ?, hash = ? WHERE seq = ?", (record.action, record.hash, record.seq))
        )
    db.dispose()
    _untriggered(db_path, "audit_record", *updates)


@pytest.mark.parametrize("forger", list(FORGERS))
def test_a_record_edited_and_rehashed_without_the_key_is_found(started: Started, forger: str) -> None:
    opened = _reopen(started.path)  # the checkpoint moves to the head, past the record to be forged
    checkpoint = _checked_seq(opened.services.db)
    assert checkpoint == started.head
    _forge_chain(started.path, opened.services.db, 2, FORGERS[forger])
    # the start check sees the checkpoint's record changed: the first bad one is at or before it
    _assert_broken(_reopen(started.path), BreachKind.RECORD_CHANGED, checkpoint)
    report = _full_of(started.path)
    assert report.breach is not None and (report.breach.kind, report.breach.seq) == (BreachKind.RECORD_CHANGED, 2)


def test_a_record_rehashed_after_the_checkpoint_is_named_at_start(started: Started) -> None:
    """The checkpoint is where the last start left it (before the report): the start check names the record."""
    db_path = started.path
    db = open_database(db_path, load_or_create_station(data_dir()))
    _forge_chain(db_path, db, started.report_seq, FORGERS["wrong key"])
    _assert_broken(_reopen(db_path), BreachKind.RECORD_CHANGED, started.report_seq)
    report = _full_of(db_path)
    assert report.breach is not None and report.breach.seq == started.report_seq


def test_a_record_edited_without_rehashing_is_found(started: Started) -> None:
    _untriggered(
        started.path,
        "audit_record",
        ("UPDATE audit_record SET account_login = 'DH0001' WHERE seq = ?", (started.report_seq,)),
    )
    _assert_broken(_reopen(started.path), BreachKind.RECORD_CHANGED, started.report_seq)
    report = _full_of(started.path)
    assert report.breach is not None and (report.breach.kind, report.breach.seq) == (
        BreachKind.RECORD_CHANGED,
        started.report_seq,
    )


# (d) a record deleted in the middle


def test_a_record_deleted_in_the_middle_is_found(started: Started) -> None:
    middle = started.checkpoint + 1  # DH0012's login, after the checkpoint
    assert middle < started.head
    _untriggered(started.path, "audit_record", ("DELETE FROM audit_record WHERE seq = ?", (middle,)))
    _assert_broken(_reopen(started.path), BreachKind.RECORD_MISSING, middle)
    report = _full_of(started.path)
    assert report.breach is not None and (report.breach.kind, report.breach.seq) == (BreachKind.RECORD_MISSING, middle)


def test_a_record_deleted_behind_the_checkpoint_is_found_by_the_count(started: Started) -> None:
    _reopen(started.path).services.close()  # the checkpoint moves to the head
    middle = started.checkpoint + 1
    _untriggered(started.path, "audit_record", ("DELETE FROM audit_record WHERE seq = ?", (middle,)))
    _assert_broken(_reopen(started.path), BreachKind.RECORD_MISSING, middle)  # fewer records than numbers
    report = _full_of(started.path)
    assert report.breach is not None and (report.breach.kind, report.breach.seq) == (BreachKind.RECORD_MISSING, middle)


# (e) the end of the trail cut off


def test_records_cut_off_the_end_after_a_checkpoint_are_found(started: Started) -> None:
    _reopen(started.path).services.close()  # the checkpoint moves to the head
    head = _head(started.path)
    _untriggered(started.path, "audit_record", ("DELETE FROM audit_record WHERE seq > ?", (head - 2,)))
    _assert_broken(_reopen(started.path), BreachKind.RECORD_MISSING, head - 1)
    report = _full_of(started.path)
    assert report.breach is not None and (report.breach.kind, report.breach.seq) == (
        BreachKind.RECORD_MISSING,
        head - 1,
    )


def test_a_cut_off_that_removes_sealed_events_is_found(started: Started) -> None:
    """Records after the checkpoint cut off together with the issue event one of them sealed is still a count
    that no longer adds up (the report was made after the last start)."""
    _untriggered(started.path, "audit_record", ("DELETE FROM audit_record WHERE seq >= ?", (started.report_seq,)))
    opened = _reopen(started.path)
    assert opened.chain.breach is not None and opened.chain.breach.kind is BreachKind.EVENT_FORGED
    opened.services.close()
    report = _full_of(started.path)
    assert report.breach is not None and report.breach.kind is BreachKind.EVENT_FORGED


# (f) a guard dropped


@pytest.mark.parametrize("trigger", ["issue_event_no_update", "audit_record_no_delete"])
def test_a_dropped_guard_is_found(started: Started, trigger: str) -> None:
    _sql(started.path, f"DROP TRIGGER {trigger}")
    opened = _reopen(started.path)
    assert opened.chain.breach is not None and opened.chain.breach.detail == trigger
    _assert_broken(opened, BreachKind.GUARD_DROPPED, None)
    report = _full_of(started.path)
    assert report.breach is not None and (report.breach.kind, report.breach.detail) == (
        BreachKind.GUARD_DROPPED,
        trigger,
    )


# (g) the key missing from this PC's keyring


@pytest.mark.parametrize("how", ["missing", "another key"])
def test_a_missing_key_opens_read_only_and_logins_still_work(
    started: Started, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    (chain_id,) = _sql(started.path, "SELECT id FROM audit_chain")[0]
    name = (SERVICE, audit_key_name(uuid.UUID(str(chain_id))))
    if how == "missing":
        monkeypatch.delitem(KEYRING.store, name)
    else:
        monkeypatch.setitem(KEYRING.store, name, base64.b64encode(secrets.token_bytes(32)).decode())
    opened = _reopen(started.path)
    services = opened.services
    try:
        assert opened.chain.breach is not None and opened.chain.breach.kind is BreachKind.KEY_MISSING
        assert services.db.read_only == "audit:key_missing"
        before = _head(started.path)
        leader = services.security.accounts.login("DH0001", DEMO_PASSWORD)  # read-only: nothing is written
        assert leader.actor.login == "DH0001"
        auditor = services.security.accounts.login("auditor", DEMO_PASSWORD)
        assert services.security.trail.count(auditor.actor, AuditQuery()) == before  # the auditor still reads it all
        assert _head(started.path) == before
        with pytest.raises(ReadOnlyDatabase):
            services.issues.report(leader.actor, ReportDraft("只读时上报", services.org.units()[0].id, "production"))
        full = _full(services.db)
        assert full.breach is not None and full.breach.kind is BreachKind.KEY_MISSING
    finally:
        services.close()


# (h) no keyring at all


def test_without_a_keyring_the_chain_is_unkeyed_and_still_finds_a_naive_edit(
    db: Database, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = Path(str(db.location.path))
    db.dispose()
    keyring.set_keyring(fail.Keyring())
    try:
        with caplog.at_level(logging.WARNING):
            opened = open_workspace(path)
            services = opened.services
            try:
                load_demo(services.db, services.db.system_actor(), demo_password=DEMO_PASSWORD)
                services.security.accounts.login("DH0001", DEMO_PASSWORD)
                assert _full(services.db).intact and not _full(services.db).keyed
            finally:
                services.close()
        assert "no OS keyring" in caplog.text
        assert _sql(path, "SELECT key_fingerprint FROM audit_chain") == [("unkeyed",)]
        opened = open_workspace(path)
        assert opened.chain.intact and not opened.chain.keyed
        opened.services.close()
        for file in [p for folder in (data_dir, path.parent) for p in folder.rglob("*") if p.is_file()]:
            assert b"audit-key" not in file.read_bytes()  # nothing stood in for the keyring

        event_id = str(_sql(path, "SELECT id FROM issue_event WHERE note != '' ORDER BY at LIMIT 1")[0][0])
        seq = _sealing_seq(path, event_id)
        _untriggered(path, "issue_event", ("UPDATE issue_event SET note = ? WHERE id = ?", (FORGED_NOTE, event_id)))
        report = _full_of(path)
        assert report.breach is not None and (report.breach.kind, report.breach.seq) == (BreachKind.EVENT_CHANGED, seq)
        _untriggered(path, "audit_record", ("UPDATE audit_record SET action = 'x' WHERE seq = ?", (seq,)))
        report = _full_of(path)
        assert report.breach is not None and (report.breach.kind, report.breach.seq) == (BreachKind.RECORD_CHANGED, seq)
    finally:
        keyring.set_keyring(KEYRING)


# a database upgraded from before the trail


def test_a_database_upgraded_from_before_the_trail_starts_its_chain_over_the_old_events(demo_db: Database) -> None:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from gridapp.db.schema import MIGRATIONS

    previous = ScriptDirectory(str(MIGRATIONS)).get_revision("0006").down_revision
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with demo_db.engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, str(previous))  # the issue history without accounts or a trail
        conn.commit()
    path = Path(str(demo_db.location.path))
    demo_db.dispose()
    opened = open_workspace(path)
    try:
        assert opened.upgrade is not None
        assert opened.chain.intact, opened.chain
        db = opened.services.db
        assert db.read_only is None
        report = _full(db)
        assert report.intact and report.keyed and report.events > 18
    finally:
        opened.services.close()
    (start,) = _sql(path, "SELECT detail FROM audit_record WHERE seq = 1")[0]
    assert json.loads(str(start))["events_before"] == report.events  # the first write's record covers them

    event_id = str(_sql(path, "SELECT id FROM issue_event WHERE note != '' ORDER BY at LIMIT 1")[0][0])
    _untriggered(path, "issue_event", ("UPDATE issue_event SET note = ? WHERE id = ?", (FORGED_NOTE, event_id)))
    report = _full_of(path)
    assert report.breach is not None and (report.breach.kind, report.breach.seq) == (BreachKind.EVENT_CHANGED, 1)


def test_a_wiped_trail_is_not_taken_for_an_upgrade(started: Started) -> None:
    """No chain and no records, but accounts: they were made by recorded writes, so the trail existed."""
    _untriggered(started.path, "audit_record", ("DELETE FROM audit_record", ()), ("DELETE FROM audit_chain", ()))
    _assert_broken(_reopen(started.path), BreachKind.EVENT_FORGED, None)
