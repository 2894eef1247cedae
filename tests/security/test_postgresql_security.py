"""Accounts, lock-out and the audit chain on a PostgreSQL server, and several PCs writing at once: the chain is
extended under a lock, one record after another, never forked."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from gridapp.demo import load_demo
from gridapp.issues.rows import ReportDraft
from gridapp.security.accounts import LoginRefused
from gridapp.security.chain import BreachKind, ChainChecker, ChainReport
from gridapp.security.kinds import LoginProblem
from gridapp.security.models import AuditRecord
from gridapp.services import Opened, open_workspace
from tests.conftest import DEMO_PASSWORD
from tests.test_postgresql import postgres_url  # noqa: F401  (the throw-away server fixture)

pytestmark = pytest.mark.postgres

FORGED_NOTE = "伪造的批示：同意不整改"


@pytest.fixture
def plant_url(postgres_url: str) -> Iterator[str]:  # noqa: F811
    """A database of its own on the module's server, holding the demo plant with its demo accounts."""
    name = f"sec_{uuid.uuid4().hex[:12]}"
    server = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = make_url(postgres_url).set(database=name).render_as_string(hide_password=False)
    opened = open_workspace(url)
    try:
        load_demo(opened.services.db, opened.services.db.system_actor(), demo_password=DEMO_PASSWORD)
    finally:
        opened.services.close()
    yield url
    with server.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    server.dispose()


def _full(opened: Opened) -> ChainReport:
    with opened.services.db.read() as s:
        return ChainChecker(s).full()


def _admin_sql(url: str, *statements: str, params: dict[str, object] | None = None) -> None:
    """What someone with the server's owner account could do, outside the app."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement), params or {})
    finally:
        engine.dispose()


def test_accounts_lock_out_and_the_chain_on_postgresql(plant_url: str) -> None:
    opened = open_workspace(plant_url)
    services = opened.services
    try:
        assert opened.chain.intact and opened.chain.keyed
        accounts = services.security.accounts
        assert accounts.login("DH0001", DEMO_PASSWORD).actor.login == "DH0001"
        for attempt in range(5):
            with pytest.raises(LoginRefused) as refused:
                accounts.login("DH0012", "Wrong#2026")
            assert refused.value.problem is (LoginProblem.LOCKED if attempt == 4 else LoginProblem.UNKNOWN_OR_WRONG)
        until = refused.value.details["until"]
        accounts.init_admin("Admin#2026-x")
    finally:
        services.close()
    again = open_workspace(plant_url)  # a restart, or another PC
    services = again.services
    try:
        assert again.chain.intact
        accounts = services.security.accounts
        with pytest.raises(LoginRefused) as refused:
            accounts.login("DH0012", DEMO_PASSWORD)
        assert refused.value.problem is LoginProblem.LOCKED and refused.value.details["until"] == until
        admin = accounts.login("sysadmin", "Admin#2026-x").actor
        staff = next(a for a in accounts.accounts() if a.login == "DH0012")
        accounts.unlock(admin, staff.id)
        assert accounts.login("DH0012", DEMO_PASSWORD).actor.login == "DH0012"
        report = _full(again)
        assert report.intact and report.keyed and report.records >= 12
        with services.db.read() as s:
            actions = list(s.scalars(select(AuditRecord.action).order_by(AuditRecord.seq)))
        assert actions[0] == "audit.start" and "account.unlock" in actions and actions.count("login") >= 8
    finally:
        services.close()


def test_pcs_writing_at_once_extend_one_chain(plant_url: str) -> None:
    pcs = [open_workspace(plant_url) for _ in range(4)]  # one Database (engine, pool) per PC
    failures: list[BaseException] = []
    start = threading.Barrier(len(pcs))

    def work(opened: Opened, n: int) -> None:
        try:
            services = opened.services
            staff = services.security.accounts.login("DH0012", DEMO_PASSWORD).actor
            unit = services.org.search_people("DH0012")[0].unit_id
            start.wait()
            for i in range(8):
                services.issues.report(staff, ReportDraft(f"第{n}台电脑上报的第{i}个问题", unit, "production"))
                services.security.accounts.login("DH0001", DEMO_PASSWORD)  # a record with no business row
        except BaseException as exc:  # (the test reports it)
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(opened, n)) for n, opened in enumerate(pcs)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not failures, failures
        with pcs[0].services.db.read() as s:
            seqs = list(s.scalars(select(AuditRecord.seq).order_by(AuditRecord.seq)))
            reports = s.scalar(text("SELECT count(*) FROM audit_record WHERE action = 'IssueService.report'"))
        assert seqs == list(range(1, len(seqs) + 1))  # linear: no gap, no two records on one predecessor
        assert reports == 4 * 8
        report = _full(pcs[0])
        assert report.intact and report.records == len(seqs)
    finally:
        for opened in pcs:
            opened.services.close()
    reopened = open_workspace(plant_url)
    try:
        assert reopened.chain.intact
    finally:
        reopened.services.close()


def test_tampering_on_postgresql_is_found(plant_url: str) -> None:
    opened = open_workspace(plant_url)
    with opened.services.db.read() as s:
        event_id, number, event_seq = s.execute(
            text(
                "SELECT e.id, i.number, e.seq FROM issue_event e JOIN issue i ON i.id = e.issue_id "
                "WHERE e.note <> '' ORDER BY e.at LIMIT 1"
            )
        ).one()
        sealing = next(
            r.seq
            for r in s.scalars(select(AuditRecord).order_by(AuditRecord.seq))
            if str(event_id) in (r.detail or {}).get("events", {})
        )
    opened.services.close()
    _admin_sql(
        plant_url,
        "DROP TRIGGER issue_event_append_only ON issue_event",
        "UPDATE issue_event SET note = :note WHERE id = :id",
        "CREATE TRIGGER issue_event_append_only BEFORE UPDATE OR DELETE ON issue_event "
        "FOR EACH ROW EXECUTE FUNCTION issue_event_append_only()",
        params={"note": FORGED_NOTE, "id": event_id},
    )
    opened = open_workspace(plant_url)
    try:
        report = _full(opened)
        assert report.breach is not None
        assert (report.breach.kind, report.breach.seq) == (BreachKind.EVENT_CHANGED, sealing)
        assert report.breach.detail == f"{number} #{event_seq}"
    finally:
        opened.services.close()

    # a guard switched off rather than dropped is as good as dropped
    _admin_sql(plant_url, "ALTER TABLE audit_record DISABLE TRIGGER audit_record_append_only")
    opened = open_workspace(plant_url)
    try:
        breach = opened.chain.breach
        assert breach is not None and (breach.kind, breach.detail) == (
            BreachKind.GUARD_DROPPED,
            "audit_record_append_only",
        )
        assert opened.services.db.read_only == "audit:guard_dropped"
    finally:
        opened.services.close()


def test_the_start_check_is_not_misled_by_a_write_committed_while_it_reads(plant_url: str) -> None:
    """Issue 20: a PC starting while the others write. Another PC's report commits between the start check's
    statements (its events and its record at once); the check still finds the chain intact, not an event missing."""
    from sqlalchemy import event

    starting, writing = open_workspace(plant_url), open_workspace(plant_url)
    try:
        staff = writing.services.security.accounts.login("DH0012", DEMO_PASSWORD).actor
        unit = writing.services.org.search_people("DH0012")[0].unit_id
        written: list[int] = []

        def meanwhile(conn: object, cursor: object, statement: str, *args: object) -> None:
            if not written and "FROM audit_record" in statement and "audit_record.seq >" in statement:
                writing.services.issues.report(staff, ReportDraft("检查期间另一台电脑上报", unit, "production"))
                written.append(1)

        event.listen(starting.services.db.engine, "before_cursor_execute", meanwhile)
        try:
            report = starting.services.security.check_at_start()
        finally:
            event.remove(starting.services.db.engine, "before_cursor_execute", meanwhile)
        assert written, "the other PC's report was not made during the check"
        assert report.intact, report.breach
        assert starting.services.db.read_only is None
        assert starting.services.security.check_at_start().intact  # and the next start reads on from there
    finally:
        starting.services.close()
        writing.services.close()
