"""Party life's matrices on the 10,000-person, 500-unit synthetic plant with two years of records: the meetings'
done-vs-due matrix of the whole plant for a year and the quarter's 1+N talk coverage (goal ≤ 100 ms each).

    python -m bench.party_life [--runs 15] [--people 10000] [--units 500]

Two years: every team's monthly party group meeting (one month in twelve missed), every grid's meetings of the
shipped catalogue, each with its attendance; each party member linked to up to three staff, four talks in five held
each quarter. The database is built once in bench/output and reused.
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
YEARS = (2024, 2025)


def build(path: Path, people: int, units: int) -> None:
    from sqlalchemy import insert, select

    from gridapp.org.kinds import PARTY_MEMBERS, UnitKind
    from gridapp.org.models import Guardianship, Person, Unit
    from gridapp.party_life.catalogue import install_kinds
    from gridapp.party_life.kinds import Attendance, MeetingFrequency, TalkKind
    from gridapp.party_life.models import Meeting, MeetingAttendance, MeetingKind, Talk
    from gridapp.services import open_workspace

    path.unlink(missing_ok=True)
    opened = open_workspace(path)
    db = opened.services.db
    try:
        make_plant(db, people, units)
        rng = random.Random(7)
        common = _common(db.station.id)
        with db.write(db.system_actor()) as s:
            install_kinds(s)
            kinds = list(s.scalars(select(MeetingKind)))
            unit_kind = dict(s.execute(select(Unit.id, Unit.kind)).all())
            people_rows = s.execute(select(Person.id, Person.home_unit_id, Person.party_status)).all()
            members: dict[uuid.UUID, list[uuid.UUID]] = {}
            staff: dict[uuid.UUID, list[uuid.UUID]] = {}
            for pid, home, status in people_rows:
                (members if status in PARTY_MEMBERS else staff).setdefault(home, []).append(pid)
            meetings, marks = [], []
            for kind in kinds:
                holders = [u for u, k in unit_kind.items() if k == kind.unit_kind]
                for unit in holders:
                    for year in YEARS:
                        for month in range(1, 13, kind.frequency.months):
                            if kind.frequency is MeetingFrequency.MONTHLY and rng.random() < 1 / 12:
                                continue  # missed
                            mid = uuid.uuid4()
                            day = dt.date(year, month, rng.randint(1, 28))
                            meetings.append({"id": mid, "kind_id": kind.id, "unit_id": unit, "held_on": day,
                                             "place": "", "topic": "学习", "host_id": None, "minutes": "",
                                             "decisions": "", **common})  # fmt: skip
                            if kind.unit_kind is UnitKind.TEAM:
                                for pid in members.get(unit, []):
                                    mark = Attendance.PRESENT if rng.random() < 0.9 else Attendance.SICK_LEAVE
                                    marks.append({"id": uuid.uuid4(), "meeting_id": mid, "person_id": pid,
                                                  "attendance": mark, "note": "", **common})  # fmt: skip
            s.execute(insert(Meeting), meetings)
            s.execute(insert(MeetingAttendance), marks)
            links, talks = [], []
            for unit, guardians in members.items():
                wards = list(staff.get(unit, []))
                for guardian in guardians:
                    for _ in range(rng.randint(1, 3)):
                        if not wards:
                            break
                        ward = wards.pop()
                        links.append({"id": uuid.uuid4(), "guardian_id": guardian, "ward_id": ward, "area_id": None,
                                      "starts_on": dt.date(2024, 1, 1), "ends_on": None, **common})  # fmt: skip
                        for year in YEARS:
                            for quarter in range(4):
                                if rng.random() < 0.8:
                                    day = dt.date(year, 3 * quarter + 1, rng.randint(1, 28))
                                    talks.append({"id": uuid.uuid4(), "talker_id": guardian, "person_id": ward,
                                                  "held_on": day, "kind": TalkKind.LINKED_QUARTERLY,
                                                  **common})  # fmt: skip
            s.execute(insert(Guardianship), links)
            s.execute(insert(Talk), talks)
        print(f"{len(meetings)} meetings, {len(marks)} attendance marks, {len(links)} 1+N links, {len(talks)} talks")
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
    database = OUTPUT / f"party-life-{args.people}-{args.units}.sqlite3"
    if not database.exists():
        started = time.perf_counter()
        build(database, args.people, args.units)
        print(f"built {database.name} in {time.perf_counter() - started:.1f} s")

    from gridapp.services import open_workspace

    services = open_workspace(database).services
    try:
        plant = services.org.units()[0].id
        meetings, talks = services.party_life.meetings, services.party_life.talks
        today = dt.date(2025, 12, 15)
        matrix = meetings.matrix(plant, dt.date(2025, 1, 1), today=today)
        coverage = talks.coverage(plant, 2025, 3)
        print(f"matrix: {len(matrix.rows)} (unit, kind) rows × 12 months; coverage: {len(coverage.rows)} links, "
              f"{len(coverage.missing)} missing")  # fmt: skip
        figures = {
            "meeting matrix, whole plant, a year": median_ms(lambda: meetings.matrix(plant, dt.date(2025, 1, 1), today=today), args.runs),
            "talk coverage, whole plant, a quarter": median_ms(lambda: talks.coverage(plant, 2025, 3), args.runs),
            "missed meetings (an alert's query)": median_ms(lambda: meetings.missed(plant, today), args.runs),
        }  # fmt: skip
        for name, ms in figures.items():
            print(f"{name}: {ms:.0f} ms (goal ≤ 100 ms)")
    finally:
        services.close()


if __name__ == "__main__":
    main()
