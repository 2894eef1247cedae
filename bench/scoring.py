"""Score dashboards at plant scale: 5,000 people, a year of ~500,000 entries; prints the medians of the queries
the tab runs (totals and ranking, the trend and comparison charts' data), against the 300 ms budget.

    python -m bench.scoring [--runs 9] [--people 5000] [--entries 500000] [--database URL]

Builds on bench.synth.make_plant; the entries go in with Core bulk inserts and the tallies are rebuilt in SQL
(as a sync would), then every measured call goes through the same ScoringService the tab uses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, insert, select, text

from bench.synth import make_plant
from gridapp.db.base import utcnow
from gridapp.scoring import tallies
from gridapp.scoring.catalogue import install_defaults
from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.models import ScoreEntry, ScoreRule
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import StandingQuery
from gridapp.scoring.service import ScoringService
from gridapp.services import open_workspace

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"
YEAR = 2025
BUDGET_MS = 300


def fill(service: ScoringService, plant_people: list[uuid.UUID], units: list[uuid.UUID], leaves: list[uuid.UUID],
         people_units: dict[uuid.UUID, uuid.UUID], entries: int, seed: int = 7) -> int:  # fmt: skip
    """``entries`` confirmed entries over the year (98 % for people, the rest for teams), a few proposals."""
    db = service._db
    rng = random.Random(seed)
    with db.write(db.system_actor()) as s:
        install_defaults(s)
        rules = {c: list(s.scalars(select(ScoreRule).where(ScoreRule.catalogue == c))) for c in ("star", "team")}
    now = utcnow()
    common = {"created_at": now, "updated_at": now, "station_id": db.station.id, "updated_by": None,
              "deleted_at": None}  # fmt: skip
    people_share = int(entries * 0.98)
    batch: list[dict[str, object]] = []
    written = 0
    days = [dt.date(YEAR, 1, 1) + dt.timedelta(days=d) for d in range(365)]
    for i in range(entries):
        team_entry = i >= people_share
        rule = rng.choice(rules["team" if team_entry else "star"])
        person = None if team_entry else rng.choice(plant_people)
        unit = rng.choice(leaves) if team_entry else people_units[person]  # type: ignore[index]
        status = EntryStatus.PROPOSED if rng.random() < 0.01 else EntryStatus.CONFIRMED
        batch.append({
            "id": uuid.uuid4(), "catalogue": rule.catalogue, "rule_id": rule.id, "category": rule.category,
            "person_id": person, "unit_id": unit, "booked_on": rng.choice(days), "quantity": 1,
            "requested_tenths": rule.points_tenths,
            "points_tenths": rule.points_tenths if status is EntryStatus.CONFIRMED else 0,
            "status": status, "source": rule.trigger or EntrySource.MANUAL, "source_id": None, "occurred_at": now,
            "reason": "合成数据", "evidence": "", "proposed_by": None, "proposed_at": now, "decided_by": None,
            "decided_at": now if status is EntryStatus.CONFIRMED else None, "decision_note": "", "corrects_id": None,
            **common,
        })  # fmt: skip
        if len(batch) == 20_000:
            with db.write(db.system_actor()) as s:
                s.execute(insert(ScoreEntry), batch)
            written += len(batch)
            batch = []
    if batch:
        with db.write(db.system_actor()) as s:
            s.execute(insert(ScoreEntry), batch)
        written += len(batch)
    return written


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm the page cache once
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--people", type=int, default=5000)
    parser.add_argument("--entries", type=int, default=500_000)
    parser.add_argument("--database", help="a database URL or file (default: a fresh SQLite file in bench/output)")
    args = parser.parse_args()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    target = args.database or str(OUTPUT / f"scoring-{args.people}-{args.entries}.sqlite3")
    fresh = args.database is None and not Path(target).exists()
    opened = open_workspace(target)
    services = opened.services
    scoring = ScoringService(services.db, today=lambda: dt.date(YEAR, 12, 31))
    try:
        if fresh or opened.empty:
            started = time.perf_counter()
            plant = make_plant(services.db, args.people, max(50, args.people // 20))
            with services.db.read() as s:
                from gridapp.org.models import Person

                homes = dict(s.execute(select(Person.id, Person.home_unit_id)).all())
            written = fill(scoring, plant.people, plant.units, plant.leaves, homes, args.entries)
            built = time.perf_counter() - started
            started = time.perf_counter()
            with services.db.write(services.db.system_actor()) as s:
                tallies.rebuild(s)
                if services.db.location.is_sqlite:
                    s.execute(text("ANALYZE"))
            print(f"built {args.people} people, {written} entries in {built:.1f} s; "
                  f"tallies rebuilt in {time.perf_counter() - started:.1f} s")  # fmt: skip
        root = services.org.units()[0].id
        year = Period(PeriodKind.YEAR, YEAR)
        month = Period(PeriodKind.MONTH, YEAR, 6)
        with services.db.read() as s:
            count = s.scalar(select(func.count()).select_from(ScoreEntry))
            tally_rows = s.scalar(text("SELECT count(*) FROM score_person_tally WHERE period = :p"), {"p": year.key})
        everyone = StandingQuery("star", year, root, party_members_only=False)
        members = StandingQuery("star", year, root)
        standings = scoring.standings

        def tab_opens() -> None:
            standings.count(everyone)
            standings.page(everyone, 0, 200)
            standings.trend("star", root, year)
            standings.comparison("star", root, year)

        def entries_aggregate() -> None:
            with services.db.read() as s:
                s.execute(
                    select(ScoreEntry.person_id, ScoreEntry.category, func.sum(ScoreEntry.points_tenths))
                    .where(ScoreEntry.catalogue == "star", ScoreEntry.status == EntryStatus.CONFIRMED)
                    .where(ScoreEntry.booked_on.between(year.starts_on, year.ends_on))
                    .group_by(ScoreEntry.person_id, ScoreEntry.category)
                ).all()

        measured = [
            ("year: count + first page of the ranking (5,000 people)", lambda: (standings.count(everyone), standings.page(everyone, 0, 200))),
            ("year: totals by category + ranking, all 5,000 rows", lambda: standings.all(everyone)),
            ("year: party members' ranking, all rows", lambda: standings.all(members)),
            ("year: trend chart data (12 months × 5 categories)", lambda: standings.trend("star", root, year)),
            ("year: comparison chart data (units below the plant)", lambda: standings.comparison("star", root, year)),
            ("year: team ranking (5 × 44 assessment)", lambda: standings.all(StandingQuery("team", year, root))),
            ("month: count + first page of the ranking", lambda: (standings.count(StandingQuery("star", month, root, False)), standings.page(StandingQuery("star", month, root, False)))),
            ("year: the tab opening (count, page, trend, comparison)", tab_opens),
            ("for contrast: the same totals straight from the entries", entries_aggregate),
        ]  # fmt: skip
        print(f"{services.db.location.url}: {count} entries, {tally_rows} person tally rows for {year.key}; "
              f"median of {args.runs} runs (budget {BUDGET_MS} ms)")  # fmt: skip
        for label, fn in measured:
            ms = median_ms(fn, args.runs)
            print(f"  {label:58s} {ms:8.1f} ms")
        from gridapp.scoring.charts import comparison_png, trend_png

        trend = standings.trend("star", root, year)
        comparison = standings.comparison("star", root, year)
        names = [c.name for c in scoring.catalogues()[0].categories]
        ms = median_ms(
            lambda: (trend_png(trend, names, "积分趋势"), comparison_png(comparison, names, "单位对比")), args.runs
        )
        print(f"  {'both charts drawn to PNG (matplotlib, off the UI thread)':58s} {ms:8.1f} ms")
    finally:
        services.close()


if __name__ == "__main__":
    main()
