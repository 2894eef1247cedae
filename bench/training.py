"""The training matrix (三学四课堂) on the 10,000-person, 500-unit synthetic plant with two years of sessions: the
whole plant's people × kinds for a year and for a quarter, with required hours and the shortfall list (goal ≤ 100 ms):
the first read in a fresh process, reads through a fresh engine (new connections: nothing of SQLite's page cache nor
of SQLAlchemy's compiled statements kept), and reads after it. The hours come from ``training_tally`` (per person,
kind and year / quarter / month, kept by triggers: ``gridapp.training.tallies``), so no read depends on a cache.

    python -m bench.training [--runs 15] [--people 10000] [--units 500]

Two years: every grid holds a 领学 session each month (its people, nine in ten attend), a 联学 session every other
month with the next grid (half of both grids' people), and a 专学 session each quarter (a fifth of its people); the
plant requires 12 h of 领学, 6 h of 联学 and 4 h of 专学 a year. The database is built once in bench/output and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from bench.org import median_ms
from bench.synth import _common, make_plant

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"
YEARS = (2024, 2025)


def build(path: Path, people: int, units: int) -> None:
    from sqlalchemy import insert, select

    from gridapp.org.kinds import UnitKind
    from gridapp.org.models import Person, Unit
    from gridapp.org.queries import UnitIndex
    from gridapp.services import open_workspace
    from gridapp.training.kinds import RequirementPeriod, TrainingKind
    from gridapp.training.models import TrainingAttendance, TrainingClassroom, TrainingRequirement, TrainingSession

    path.unlink(missing_ok=True)
    opened = open_workspace(path)
    db = opened.services.db
    try:
        make_plant(db, people, units)
        opened.services.training.ensure_classrooms(db.system_actor())
        rng = random.Random(7)
        common = _common(db.station.id)
        with db.write(db.system_actor()) as s:
            rooms = list(s.scalars(select(TrainingClassroom.id)))
            index = UnitIndex(s)
            grids = [u for u, k in s.execute(select(Unit.id, Unit.kind)).all() if k is UnitKind.GRID]
            home = dict(s.execute(select(Person.id, Person.home_unit_id)).all())
            by_unit: dict[uuid.UUID, list[uuid.UUID]] = {}
            for pid, unit in home.items():
                by_unit.setdefault(unit, []).append(pid)
            staff = {g: [p for u in index.descendants(g) for p in by_unit.get(u, [])] for g in grids}
            sessions, marks = [], []

            def held(unit: uuid.UUID, kind: TrainingKind, day: dt.date, hours: float, who: list[uuid.UUID]) -> None:
                sid = uuid.uuid4()
                sessions.append({"id": sid, "unit_id": unit, "kind": kind, "classroom_id": rng.choice(rooms),
                                 "topic": "技术培训", "teacher": "王工", "held_on": day, "hours": hours, "place": "",
                                 **common})  # fmt: skip
                marks.extend({"id": uuid.uuid4(), "session_id": sid, "person_id": p, **common} for p in who)

            for n, grid in enumerate(grids):
                mine, neighbour = staff[grid], staff[grids[(n + 1) % len(grids)]]
                for year in YEARS:
                    for month in range(1, 13):
                        day = dt.date(year, month, rng.randint(1, 28))
                        held(grid, TrainingKind.LEAD, day, 1.5, [p for p in mine if rng.random() < 0.9])
                        if month % 2 == 0:
                            who = [p for p in mine + neighbour if rng.random() < 0.5]
                            held(grid, TrainingKind.JOINT, day + dt.timedelta(days=-1), 2.0, who)
                        if month % 3 == 0:
                            held(grid, TrainingKind.SPECIAL, day, 4.0, [p for p in mine if rng.random() < 0.2])
            s.execute(insert(TrainingSession), sessions)
            s.execute(insert(TrainingAttendance), marks)
            plant = next(u for u in index.name if index.parent[u] is None)
            for kind, hours in ((TrainingKind.LEAD, 12), (TrainingKind.JOINT, 6), (TrainingKind.SPECIAL, 4)):
                s.add(TrainingRequirement(unit_id=plant, kind=kind, period=RequirementPeriod.YEARLY, hours=hours))
        print(f"{len(sessions)} sessions, {len(marks)} attendance rows")
    finally:
        opened.services.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--units", type=int, default=500)
    args = parser.parse_args()
    os.environ.setdefault("GRIDAPP_DATA_DIR", tempfile.mkdtemp(prefix="gridapp-bench-"))
    OUTPUT.mkdir(parents=True, exist_ok=True)
    database = OUTPUT / f"training-{args.people}-{args.units}.sqlite3"
    if not database.exists():
        started = time.perf_counter()
        build(database, args.people, args.units)
        print(f"built {database.name} in {time.perf_counter() - started:.1f} s")

    from gridapp.db.connect import open_database
    from gridapp.services import open_workspace

    services = open_workspace(database).services
    try:
        plant = services.org.units()[0].id
        training = services.training
        year = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
        quarter = (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
        started = time.perf_counter()
        matrix = training.matrix(plant, *year)
        print(f"training matrix, whole plant, a year, first read of a fresh process: "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")  # fmt: skip
        print(f"matrix: {len(matrix.rows)} people × {len(matrix.kinds)} kinds; "
              f"{len({s.person_id for s in matrix.shortfalls})} people short, {len(matrix.shortfalls)} shortfalls")  # fmt: skip
        from gridapp.training.service import TrainingService

        def cold(span: tuple[dt.date, dt.date], unit: object = plant) -> object:
            """A fresh engine and service: new connections, nothing cached (opening them is not timed)."""
            db = open_database(database, services.db.station)
            try:
                service = TrainingService(db)
                started = time.perf_counter()
                service.matrix(unit, *span)  # type: ignore[arg-type]
                return time.perf_counter() - started
            finally:
                db.dispose()

        def cold_ms(span: tuple[dt.date, dt.date], unit: object = plant) -> float:
            return statistics.median(cold(span, unit) for _ in range(args.runs)) * 1000  # type: ignore[misc]

        grid = next(u.id for u in services.org.units() if u.kind.value == "grid")

        figures = {
            "training matrix, whole plant, a year, fresh engine (cold)": cold_ms(year),
            "training matrix, whole plant, a quarter, fresh engine (cold)": cold_ms(quarter),
            "training matrix, whole plant, a half year, fresh engine (cold)": cold_ms(
                (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
            ),
            "training matrix, whole plant, 2025-03-15..2025-07-14 (part months), fresh engine": cold_ms(
                (dt.date(2025, 3, 15), dt.date(2025, 7, 14))
            ),
            "training matrix, whole plant, a year": median_ms(lambda: training.matrix(plant, *year), args.runs),
            "training matrix, whole plant, a quarter": median_ms(lambda: training.matrix(plant, *quarter), args.runs),
            "… with its shortfall list": median_ms(lambda: training.matrix(plant, *year).shortfalls, args.runs),
            f"a grid's matrix ({len(training.matrix(grid, *year).rows)} people), a year, fresh engine": cold_ms(
                year, grid
            ),
            "a grid's matrix, a year": median_ms(lambda: training.matrix(grid, *year), args.runs),
        }
        for name, ms in figures.items():
            print(f"{name}: {ms:.0f} ms (goal ≤ 100 ms)")
    finally:
        services.close()


if __name__ == "__main__":
    main()
