"""The plant's PostgreSQL under many workstations at once: ``--stations`` processes, each a PC of its own (its own
station identity), open the workspace, poll for changes every second as the app does (``ChangeWatcher``: the audit
trail's head; when other PCs' writes came, the table's count is read again, as the open table would) and report an
issue every 2–6 s; meanwhile this process opens the board again and again. Everything is measured from when every
station is up (the start of twenty processes on one machine is not a working plant). Prints the p50/p95 of a write
(and of the time it waited for the server's locks), of a poll with its refresh, and of opening the board.

    python -m bench.workstations postgresql://grid@127.0.0.1:5432/plant [--stations 20] [--seconds 60]

Goal (issue 20): p95 of a write ≤ 100 ms and board open p95 ≤ 150 ms under that load.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def _percentiles(values: list[float]) -> str:
    if len(values) < 2:
        return "—"
    cuts = statistics.quantiles(values, n=20)
    return f"p50 {statistics.median(values):6.1f} ms, p95 {cuts[18]:6.1f} ms ({len(values)})"


def _station(url: str, seconds: float, seed: int, results: Any, started: Any) -> None:
    try:
        results.put(_work(url, seconds, seed, started))
    except Exception as exc:  # a station that failed still answers, so the bench never waits for it forever
        results.put(Measured(failed=f"station {seed}: {type(exc).__name__}: {str(exc)[:200]}"))


@dataclass
class Measured:
    writes: list[float] = field(default_factory=list)
    locked: list[float] = field(default_factory=list)  # of each write, the time spent waiting for advisory locks
    statements: list[int] = field(default_factory=list)  # of each write
    polls: list[float] = field(default_factory=list)
    failed: str = ""


START_TIMEOUT = 180.0
STATIONS = Path(tempfile.gettempdir()) / "gridapp-bench-stations"


def _work(url: str, seconds: float, seed: int, started_all: Any) -> Measured:
    # A PC of its own: its own data folder, so its own station (the same one from run to run).
    os.environ["GRIDAPP_DATA_DIR"] = str(STATIONS / str(seed))
    from sqlalchemy import event, select

    from gridapp.actor import Actor
    from gridapp.changes import IssuesChanged
    from gridapp.issues.rows import IssueFilter, ReportDraft
    from gridapp.org.models import Person
    from gridapp.services import open_workspace
    from gridapp.watch import ChangeWatcher

    rng = random.Random(seed)
    services = open_workspace(url).services
    db = services.db
    with db.read() as s:
        people = s.execute(select(Person.id, Person.name, Person.home_unit_id).limit(2000)).all()
    measured = Measured()
    where = IssueFilter(unit_id=services.org.units()[0].id)
    watcher = ChangeWatcher(db)
    waiting = [0.0, 0.0, 0]  # lock wait so far, when the current statement started, statements

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        waiting[1] = time.perf_counter()
        waiting[2] += 1

    def after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "pg_advisory_xact_lock" in statement:
            waiting[0] += time.perf_counter() - waiting[1]

    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
    started_all.wait(START_TIMEOUT)  # every station is up: twenty PCs are not switched on in the same second
    time.sleep(rng.uniform(0, 1))  # nor do they poll in step: each its own phase of the second
    end = time.monotonic() + seconds
    next_write = time.monotonic() + rng.uniform(0, 4)
    while time.monotonic() < end:
        started = time.perf_counter()
        if any(isinstance(notice, IssuesChanged) for notice in watcher.poll()):
            services.issues.count(where)  # the open table shows the new issues
        measured.polls.append((time.perf_counter() - started) * 1000)
        if time.monotonic() >= next_write:
            pid, name, unit = rng.choice(people)
            waiting[0], waiting[2] = 0.0, 0
            started = time.perf_counter()
            services.issues.report(
                Actor(db.station.id, pid, name), ReportDraft(f"工作站{seed}巡检发现渗水", unit, "production")
            )
            measured.writes.append((time.perf_counter() - started) * 1000)
            measured.locked.append(waiting[0] * 1000)
            measured.statements.append(waiting[2])
            next_write = time.monotonic() + rng.uniform(2, 6)
        time.sleep(1)
    services.close()
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url")
    parser.add_argument("--stations", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gridapp.issues.rows import IssueFilter
    from gridapp.services import open_workspace

    # One write first, as the plant's first PC would make it: on a freshly loaded server it installs the category
    # catalogue and starts the audit trail (sealing every loaded event), once, before the stations share it.
    _warm_up(args.url)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    started = context.Barrier(args.stations + 1)
    workers = [
        context.Process(target=_station, args=(args.url, args.seconds, n, results, started))
        for n in range(args.stations)
    ]
    for worker in workers:
        worker.start()
    services = open_workspace(args.url).services
    where = IssueFilter(unit_id=services.org.units()[0].id)
    try:
        started.wait(START_TIMEOUT)  # measured from when every station is up and has started its round
    except threading.BrokenBarrierError:
        print("  (not every station started: measured with those that did)")
    boards: list[float] = []
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        started = time.perf_counter()
        services.issues.board(where)
        boards.append((time.perf_counter() - started) * 1000)
        time.sleep(0.5)
    total = Measured()
    failures: list[str] = []
    for _ in workers:
        measured = results.get()
        total.writes += measured.writes
        total.locked += measured.locked
        total.statements += measured.statements
        total.polls += measured.polls
        if measured.failed:
            failures.append(measured.failed)
    for worker in workers:
        worker.join()
    services.close()
    print(f"{args.stations} workstations for {args.seconds:.0f} s on PostgreSQL (load average {_load()})")
    print(f"  write (report an issue)      {_percentiles(total.writes)}")
    print(f"    of it waiting for locks    {_percentiles(total.locked)}")
    if total.statements:
        print(f"    statements per write       {statistics.median(total.statements):.0f}")
    print(f"  poll for changes + refresh   {_percentiles(total.polls)}")
    print(f"  board open (service)         {_percentiles(boards)}")
    for failed in failures:
        print(f"  FAILED {failed}")


def _load() -> str:
    return " ".join(f"{n:.2f}" for n in os.getloadavg())


def _warm_up(url: str) -> None:
    from sqlalchemy import select

    from gridapp.actor import Actor
    from gridapp.issues.rows import ReportDraft
    from gridapp.org.models import Person
    from gridapp.services import open_workspace

    services = open_workspace(url).services
    with services.db.read() as s:
        pid, name, unit = s.execute(select(Person.id, Person.name, Person.home_unit_id).limit(1)).one()
    started = time.perf_counter()
    services.issues.report(
        Actor(services.db.station.id, pid, name), ReportDraft("工作站预热巡检发现渗水", unit, "production")
    )
    print(f"first write (warm-up) {(time.perf_counter() - started) * 1000:.0f} ms")
    services.close()


if __name__ == "__main__":
    main()
