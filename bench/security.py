"""Security costs: a login (Argon2id), the audit record on a quick report, the full check of 1,000,000 audit
records and the check at every start. Goals: ≤ 0.5 s, ≤ 10 %, ≤ 60 s, ≤ 50 ms.

    python -m bench.security [--records 1000000] [--runs 15] [--database URL]

The demo plant gives the accounts and issues; the records are written with Core bulk inserts, their chain computed
here with the chain's own key and canonical form (as the app's writes would have), not through a million writes.
No OS keyring works headless here, so an in-memory one stands in (as in the tests): the chain is keyed. The
database must be empty (the default SQLite file is made anew); the last measure, reports with sealing switched
off, leaves it with events no record wrote, so it is of no use after.

Measured here (2 cores shared with other work), SQLite: login 21 ms; report +5 % (paired +7 %); full check of
1,000,019 records 35 s; start check 17 ms. PostgreSQL 15 on loopback: full check 43 s; start check 5 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
from sqlalchemy import func, insert, select

from gridapp.db.database import Database
from gridapp.demo import load_demo
from gridapp.issues.rows import ReportDraft
from gridapp.security import audit
from gridapp.security.audit import load_key, record_mac
from gridapp.security.chain import ChainChecker
from gridapp.security.models import AuditRecord
from gridapp.security.passwords import hash_password, verify_password
from gridapp.services import open_workspace
from gridapp.times import utcnow
from tests.memory_keyring import MemoryKeyring

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"
PASSWORD = "Bench#2026"
CHUNK = 20_000


class _Record:
    """What ``record_mac`` reads, without an ORM object per row."""

    def __init__(self, values: dict[str, object]) -> None:
        self.__dict__.update(values)


def fill(db: Database, records: int) -> float:
    """Append synthetic records (one issue action each) after the head, chained with the chain's key."""
    started = time.perf_counter()
    with db.read() as s:
        chain = load_key(s)
        assert chain is not None, "the demo load starts the chain"
        seq, previous = s.execute(select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc())).first()
    station, now = db.station.id, utcnow()
    account, person = uuid.uuid4(), uuid.uuid4()
    batch: list[dict[str, object]] = []
    for i in range(records):
        seq += 1
        row_id = str(uuid.uuid4())
        values: dict[str, object] = {
            "seq": seq, "id": uuid.uuid4(), "at": now, "station_id": station, "account_id": account,
            "account_login": "DH0001", "person_id": person, "person_name": "熊德明", "action": "IssueService.act",
            "target_table": "issue", "target_id": row_id, "target_number": f"2025-{i % 9999 + 1:04d}",
            "unit_id": None, "result": "ok",
            "detail": {"counts": {"update issue": 1, "insert issue_note": 1},
                       "rows": [["update", "issue", row_id], ["insert", "issue_note", str(uuid.uuid4())]]},
        }  # fmt: skip
        values["hash"] = previous = record_mac(chain.key, previous, _Record(values))
        batch.append(values)
        if len(batch) == CHUNK:
            _insert(db, batch)
            batch = []
    if batch:
        _insert(db, batch)
    return time.perf_counter() - started


def _insert(db: Database, rows: list[dict[str, object]]) -> None:
    with db.engine.begin() as conn:
        conn.execute(insert(AuditRecord.__table__), rows)


def median_s(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--database", help="a database URL or file (default: a SQLite file in bench/output)")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    OUTPUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("GRIDAPP_DATA_DIR", str(OUTPUT / "data"))
    target = args.database or str(OUTPUT / f"security-{args.records}.sqlite3")
    if args.database is None:
        Path(target).unlink(missing_ok=True)  # the key lives in this process's keyring only
    opened = open_workspace(target)
    services = opened.services
    db = services.db
    try:
        if not opened.empty:
            raise SystemExit(f"{target} already holds a plant: the bench needs an empty database")
        load_demo(db, db.system_actor(), demo_password=PASSWORD)
        accounts = services.security.accounts
        print(f"{db.location.url}; medians of {args.runs} runs")

        stored = hash_password(PASSWORD)
        print(f"  Argon2id verify alone (m=19 MiB, t=2, p=1)          {median_s(lambda: verify_password(stored, PASSWORD), args.runs) * 1000:8.1f} ms")  # fmt: skip
        login = median_s(lambda: accounts.login("DH0001", PASSWORD), args.runs)
        print(f"  login (verify + account row + audit record)         {login * 1000:8.1f} ms   goal ≤ 500 ms")

        built = fill(db, args.records)
        with db.read() as s:
            total = s.scalar(select(func.count()).select_from(AuditRecord))
        print(f"  {args.records} records chained and bulk-inserted in {built:.1f} s ({total} in the trail)")

        before = peak_mib()
        started = time.perf_counter()
        with db.read() as s:
            report = ChainChecker(s).full()
        full = time.perf_counter() - started
        print(f"  full verification of {report.records} records, {report.events} events   {full:8.1f} s    "
              f"goal ≤ 60 s; intact={report.intact}; peak memory {before:.0f} → {peak_mib():.0f} MiB")  # fmt: skip

        started = time.perf_counter()
        first = services.security.check_at_start()  # the records after the last checkpoint: all of them
        print(f"  start check walking {first.records} new records          {time.perf_counter() - started:8.1f} s    "
              f"intact={first.intact}")  # fmt: skip
        at_start = median_s(services.security.check_at_start, args.runs)
        print(f"  start check, checkpoint current (check_at_start)    {at_start * 1000:8.1f} ms   goal ≤ 50 ms")
        # last: the reports made with sealing off leave events no record wrote (the chain is broken after)
        staff = accounts.login("DH0012", PASSWORD).actor
        unit = services.org.search_people("DH0012")[0].unit_id
        draft = ReportDraft("二级泵房出口阀门滴漏", unit, "production")
        sealed, unsealed, sealing = [], [], []
        real_seal = audit.seal

        def timed_seal(*args: Any, **kwargs: Any) -> None:
            started = time.perf_counter()
            real_seal(*args, **kwargs)
            sealing.append(time.perf_counter() - started)

        services.issues.report(staff, draft)  # warm
        runs = max(args.runs, 201)  # ~10 ms a pair: cheap, and the difference is small beside the noise
        pair = [(sealed, timed_seal), (unsealed, lambda *a, **k: None)]
        for _ in range(runs):  # interleaved, so a busy moment of the machine weighs on both alike
            pair.reverse()  # and in turn first: the first of two like writes in a row is ~0.4 ms slower
            for times, seal in pair:
                audit.seal = seal  # type: ignore[assignment]
                try:
                    started = time.perf_counter()
                    services.issues.report(staff, draft)
                    times.append(time.perf_counter() - started)
                finally:
                    audit.seal = real_seal  # type: ignore[assignment]
        with_audit, without = statistics.median(sealed), statistics.median(unsealed)
        paired = statistics.median(a - b for a, b in zip(sealed, unsealed, strict=True))  # drift cancels out
        print(f"  quick report, audit record sealed ({runs} runs)       {with_audit * 1000:8.1f} ms   "
              f"of which sealing itself {statistics.median(sealing) * 1000:.2f} ms")  # fmt: skip
        print(f"  quick report, sealing switched off                  {without * 1000:8.1f} ms   "
              f"overhead {(with_audit / without - 1) * 100:+.1f} % (goal ≤ 10 %); "
              f"median of paired differences {paired * 1000:.2f} ms = {paired / without * 100:+.1f} %")  # fmt: skip
    finally:
        services.close()


if __name__ == "__main__":
    main()
