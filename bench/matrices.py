"""The technical centre's matrices at scale: the diagnosis matrix (grids × six stages, open and overdue, cross-grid,
and the stages passed in a month) over 100,000 issues. Goal: ≤ 100 ms.

    python -m bench.matrices [--issues 100000] [--runs 15]

It starts from ``bench.issues``'s database (built first when missing) copied to ``issues-stages-<n>.sqlite3``, where
60 % of the issues are put on the six-stage track the way the service does it: STAGE_REACHED events appended to
their history, and the row's stage and event count updated to match.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import time
import uuid
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from bench.issues import OUTPUT, median_ms
from gridapp.db.base import utcnow
from gridapp.issues.kinds import EventKind, Stage
from gridapp.issues.models import Issue, IssueEvent
from gridapp.services import open_workspace

STAGES = list(Stage)


def put_on_track(path: os.PathLike[str], seed: int = 3) -> int:
    """Give 60 % of the issues a stage (1 to 6 steps along the track, an hour or more apart); returns how many."""
    rng = random.Random(seed)
    opened = open_workspace(path)
    db = opened.services.db
    now = utcnow()
    with db.read() as s:
        issues = s.execute(
            select(Issue.id, Issue.reported_at, Issue.event_count, Issue.updated_by, Issue.unit_id)
        ).all()
    events: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    station = db.station.id
    for issue_id, reported_at, count, actor, unit in issues:
        if rng.random() >= 0.6:
            continue
        steps = rng.randint(1, len(STAGES))
        at = reported_at
        for n, stage in enumerate(STAGES[:steps], start=1):
            at = min(at + dt.timedelta(minutes=rng.randrange(60, 5 * 24 * 60)), now - dt.timedelta(minutes=1))
            events.append({
                "id": uuid.uuid4(), "issue_id": issue_id, "seq": count + n, "kind": EventKind.STAGE_REACHED, "at": at,
                "actor_id": actor, "actor_name": "", "from_state": None, "to_state": None, "note": "",
                "data": {"stage": stage.value, "unit": str(unit)}, "created_at": at, "updated_at": at, "station_id": station,
                "updated_by": actor, "deleted_at": None,
            })  # fmt: skip
        rows.append({"b_id": issue_id, "b_stage": STAGES[steps - 1], "b_count": count + steps})
    # Straight through the engine, as bench.issues writes its events: the bench database's audit chain does not
    # cover bulk-made events, so the app opens it read-only (which the matrix, a read, does not mind).
    table = Issue.__table__
    staged = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values(stage=bindparam("b_stage"), event_count=bindparam("b_count"))
    )
    with db.engine.begin() as conn:
        for chunk in range(0, len(events), 50_000):
            conn.execute(insert(IssueEvent.__table__), events[chunk : chunk + 50_000])
        conn.execute(staged, rows)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    opened.services.close()
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--issues", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault("GRIDAPP_DATA_DIR", str(OUTPUT / "data"))
    source = OUTPUT / f"issues-{args.issues}.sqlite3"
    path = OUTPUT / f"issues-stages-{args.issues}.sqlite3"
    if not path.exists():
        if not source.exists():  # bench.issues builds it (and measures the board while it is at it)
            subprocess.run([sys.executable, "-m", "bench.issues", "--issues", str(args.issues), "--runs", "1"],
                           check=True)  # fmt: skip
        started = time.perf_counter()
        partial = path.with_suffix(".part")
        shutil.copyfile(source, partial)
        staged = put_on_track(partial)
        partial.rename(path)
        print(f"built {path.name}: {staged} of {args.issues} issues on the six-stage track "
              f"in {time.perf_counter() - started:.0f} s")  # fmt: skip
    opened = open_workspace(path)
    services = opened.services
    issues = services.issues
    units = services.org.units()
    plant = units[0]
    net = next(u for u in units if u.kind.value == "net")
    month = issues.calendar().local_date(issues.now()).replace(day=1) - dt.timedelta(days=1)
    whole = issues.diagnosis_matrix(plant.id)
    print(f"{args.issues} issues, {whole.total.open} open on the track ({whole.total.overdue} overdue), "
          f"{len(units)} units; {args.runs} runs each; medians (goal ≤ 100 ms)")  # fmt: skip

    def report(label: str, fn: Any) -> None:
        print(f"  {label:<62} {median_ms(fn, args.runs):7.1f} ms")

    grids = len(issues.diagnosis_matrix(net.id).rows)
    report(f"diagnosis matrix, whole plant ({len(whole.rows)} nets × 6)", lambda: issues.diagnosis_matrix(plant.id))
    report(f"diagnosis matrix, one net ({grids} grids × 6)", lambda: issues.diagnosis_matrix(net.id))
    report("diagnosis matrix, whole plant, with last month's stages passed",
           lambda: issues.diagnosis_matrix(plant.id, month))  # fmt: skip
    report("diagnosis matrix, one net, with last month's stages passed", lambda: issues.diagnosis_matrix(net.id, month))
    services.close()


if __name__ == "__main__":
    main()
