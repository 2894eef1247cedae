"""The plant's PostgreSQL under many workstations at once: ``--stations`` processes each open the workspace, poll for
changes every second (the table's count) and report an issue every few seconds; meanwhile this process opens the
board again and again. Prints the p50/p95 of a write, of a poll and of opening the board.

    python -m bench.workstations postgresql://grid@127.0.0.1:5432/plant [--stations 20] [--seconds 60]

Goal (issue 20): p95 of a write ≤ 100 ms and board open p95 ≤ 150 ms under that load.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import time
from typing import Any


def _percentiles(values: list[float]) -> str:
    if len(values) < 2:
        return "—"
    cuts = statistics.quantiles(values, n=20)
    return f"p50 {statistics.median(values):6.1f} ms, p95 {cuts[18]:6.1f} ms ({len(values)})"


def _station(url: str, seconds: float, seed: int, results: Any) -> None:
    try:
        results.put(_work(url, seconds, seed))
    except Exception as exc:  # a station that failed still answers, so the bench never waits for it forever
        results.put(([], [], f"station {seed}: {type(exc).__name__}: {str(exc)[:200]}"))


def _work(url: str, seconds: float, seed: int) -> tuple[list[float], list[float], str]:
    from sqlalchemy import select

    from gridapp.actor import Actor
    from gridapp.issues.rows import IssueFilter, ReportDraft
    from gridapp.org.models import Person
    from gridapp.services import open_workspace

    rng = random.Random(seed)
    services = open_workspace(url).services
    db = services.db
    with db.read() as s:
        people = s.execute(select(Person.id, Person.name, Person.home_unit_id).limit(2000)).all()
    writes: list[float] = []
    polls: list[float] = []
    where = IssueFilter(unit_id=services.org.units()[0].id)
    end = time.monotonic() + seconds
    next_write = time.monotonic() + rng.uniform(0, 4)
    while time.monotonic() < end:
        started = time.perf_counter()
        services.issues.count(where)
        polls.append((time.perf_counter() - started) * 1000)
        if time.monotonic() >= next_write:
            pid, name, unit = rng.choice(people)
            started = time.perf_counter()
            services.issues.report(
                Actor(db.station.id, pid, name), ReportDraft(f"工作站{seed}巡检发现渗水", unit, "production")
            )
            writes.append((time.perf_counter() - started) * 1000)
            next_write = time.monotonic() + rng.uniform(2, 6)
        time.sleep(1)
    services.close()
    return writes, polls, ""


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
    workers = [
        context.Process(target=_station, args=(args.url, args.seconds, n, results)) for n in range(args.stations)
    ]
    for worker in workers:
        worker.start()
    services = open_workspace(args.url).services
    where = IssueFilter(unit_id=services.org.units()[0].id)
    time.sleep(min(15.0, args.seconds / 4))  # the stations start up
    boards: list[float] = []
    end = time.monotonic() + args.seconds / 2
    while time.monotonic() < end:
        started = time.perf_counter()
        services.issues.board(where)
        boards.append((time.perf_counter() - started) * 1000)
        time.sleep(0.5)
    writes: list[float] = []
    polls: list[float] = []
    failures = []
    for _ in workers:
        w, p, failed = results.get()
        writes += w
        polls += p
        if failed:
            failures.append(failed)
    for worker in workers:
        worker.join()
    services.close()
    print(f"{args.stations} workstations for {args.seconds:.0f} s on PostgreSQL")
    print(f"  write (report an issue)      {_percentiles(writes)}")
    print(f"  poll (the table's count)     {_percentiles(polls)}")
    print(f"  board open (service)         {_percentiles(boards)}")
    for failed in failures:
        print(f"  FAILED {failed}")


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
