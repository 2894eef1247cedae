"""Care (思想动态与帮扶) on the 10,000-person, 500-unit synthetic plant with two years of records: the open hardship
cases of the whole plant (the monthly analysis, its audit record included), one person's file, and the overdue steps
behind a guardian's alert.

    python -m bench.care [--runs 15] [--people 10000] [--units 500]

Each party member is linked to up to three staff; each ward has a state-of-mind note a month for two years; one ward
in ten has a hardship case (a third of them closed) with three dated steps and two progress notes. The database is
built once in bench/output and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

from bench.org import median_ms
from bench.synth import _common, make_plant

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"
TODAY = dt.date(2025, 12, 15)


def build(path: Path, people: int, units: int) -> None:
    from sqlalchemy import insert, select

    from gridapp.org.kinds import PARTY_MEMBERS
    from gridapp.org.models import Guardianship, Person
    from gridapp.party_life.models import CareCase, CareNote, CareProgress, CareStep
    from gridapp.services import open_workspace

    path.unlink(missing_ok=True)
    opened = open_workspace(path)
    db = opened.services.db
    try:
        make_plant(db, people, units)
        rng = random.Random(11)
        common = _common(db.station.id)
        with db.write(db.system_actor()) as s:
            members: dict[uuid.UUID, list[uuid.UUID]] = {}
            staff: dict[uuid.UUID, list[uuid.UUID]] = {}
            for pid, home, status in s.execute(select(Person.id, Person.home_unit_id, Person.party_status)):
                (members if status in PARTY_MEMBERS else staff).setdefault(home, []).append(pid)
            links, notes, cases, steps, progress = [], [], [], [], []
            for unit, guardians in members.items():
                wards = list(staff.get(unit, []))
                for guardian in guardians:
                    for _ in range(rng.randint(1, 3)):
                        if not wards:
                            break
                        ward = wards.pop()
                        links.append({"id": uuid.uuid4(), "guardian_id": guardian, "ward_id": ward, "area_id": None,
                                      "starts_on": dt.date(2024, 1, 1), "ends_on": None, **common})  # fmt: skip
                        for month in range(24):
                            day = dt.date(2024 + month // 12, month % 12 + 1, rng.randint(1, 28))
                            notes.append({"id": uuid.uuid4(), "person_id": ward, "author_id": guardian,
                                          "written_on": day, "text": "思想稳定，工作积极", **common})  # fmt: skip
                        if rng.random() < 0.1:
                            case = uuid.uuid4()
                            opened_on = dt.date(2025, rng.randint(1, 11), rng.randint(1, 28))
                            closed = rng.random() < 1 / 3
                            cases.append({"id": case, "person_id": ward, "hardship": "家属重病", "detail": "",
                                          "opened_on": opened_on, "opened_by_id": guardian,
                                          "closed_on": TODAY if closed else None, "closed_by_id": None,
                                          "closing_note": "", **common})  # fmt: skip
                            for position in range(3):
                                due = opened_on + dt.timedelta(days=20 * (position + 1))
                                done = due if closed or rng.random() < 0.5 else None
                                steps.append({"id": uuid.uuid4(), "case_id": case, "position": position,
                                              "action": "联系工会申请补助", "due_on": due, "done_on": done,
                                              "done_note": "", **common})  # fmt: skip
                            for _ in range(2):
                                progress.append({"id": uuid.uuid4(), "case_id": case, "author_id": guardian,
                                                 "written_on": opened_on, "text": "已走访", **common})  # fmt: skip
            for model, rows in ((Guardianship, links), (CareNote, notes), (CareCase, cases), (CareStep, steps),
                                (CareProgress, progress)):  # fmt: skip
                s.execute(insert(model), rows)
        print(f"{len(links)} 1+N links, {len(notes)} notes, {len(cases)} cases, {len(steps)} steps")
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
    database = OUTPUT / f"care-{args.people}-{args.units}.sqlite3"
    if not database.exists():
        started = time.perf_counter()
        build(database, args.people, args.units)
        print(f"built {database.name} in {time.perf_counter() - started:.1f} s")

    from sqlalchemy import func, select

    from gridapp.actor import Actor
    from gridapp.org.models import Guardianship
    from gridapp.party_life.care import CareService
    from gridapp.services import open_workspace

    services = open_workspace(database).services
    try:
        db = services.db
        plant = services.org.units()[0].id
        care = CareService(db, today=lambda: TODAY)
        with db.read() as s:
            # the busiest guardian, and one of their wards
            guardian, ward = s.execute(
                select(Guardianship.guardian_id, func.min(Guardianship.ward_id))
                .group_by(Guardianship.guardian_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
        station = db.system_actor()  # sees every case, as the plant's grid leader would
        me = Actor(db.station.id, guardian, "包保党员")
        open_cases = care.cases(station, plant)
        print(f"open cases of the plant: {len(open_cases)}; overdue steps: {sum(c.overdue_steps for c in open_cases)}")
        figures = {
            "open hardship cases, whole plant (audited read)": median_ms(lambda: care.cases(station, plant), args.runs),
            "one person's file, 24 notes (audited read)": median_ms(lambda: care.person_file(me, ward), args.runs),
            "overdue steps of a guardian's wards (the alert)": median_ms(lambda: care.overdue_for(guardian), args.runs),
        }
        for name, ms in figures.items():
            print(f"{name}: {ms:.0f} ms (goal ≤ 100 ms)")
    finally:
        services.close()


if __name__ == "__main__":
    main()
