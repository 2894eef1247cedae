"""The issue board at scale: 100,000 issues with their events on a synthetic plant; medians for opening the board
(column counts and first pages), applying filters and full-text search, through the service and through the
board's and table's Qt models (offscreen). Goal: each ≤ 100 ms.

    python -m bench.issues [--issues 100000] [--runs 15]

The issues are made the way the service makes them: each one's events are generated along a road of the state
machine and folded into its row with the same ``apply_event``; ``bench.bulk`` writes them (a million in minutes)
and keeps the database in bench/output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench.bulk import build_sqlite
from bench.synth import SyntheticPlant
from gridapp.db.base import utcnow
from gridapp.db.database import Database
from gridapp.issues import search
from gridapp.issues.kinds import EventKind, IssueState
from gridapp.issues.models import Issue, IssueEvent
from gridapp.issues.projection import PROJECTED, EventRecord, Snapshot, apply_event, id_text, time_text
from gridapp.issues.rows import IssueFilter, Overdue
from gridapp.services import open_workspace

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"

PLACES = ["一级泵房", "二级泵房", "加药间", "沉淀池", "滤池", "清水池", "配电室", "中控室", "化验室", "取水口", "管廊",
          "综合楼", "职工宿舍", "反冲洗泵房", "污泥脱水间"]  # fmt: skip
THINGS = ["1号送水泵", "2号取水泵", "出口阀门", "液位计", "计量泵", "变压器", "排泥阀", "护栏", "照明灯", "UPS电源",
          "通风机", "压力变送器", "加氯机", "反冲洗阀", "排水沟盖板", "消防栓"]  # fmt: skip
FAULTS = ["振动偏大", "滴漏", "显示失灵", "温度偏高", "锈蚀松动", "不亮", "告警", "动作缓慢", "堵塞", "异响", "缺失",
          "压力偏低", "渗水", "跳闸"]  # fmt: skip
NOTES = ["已到现场查看", "已安排维修班处理", "备件已申请", "已更换", "复查正常", "需停机处理", "已设置警示标志"]
CATEGORIES = ["production", "hazard", "equipment", "safety", "health", "other"]

# Final states and how often they occur: most issues of two years are closed.
FINALS = [(IssueState.CLOSED, 70), (IssueState.REPORTED, 3), (IssueState.ASSIGNED, 5), (IssueState.IN_PROGRESS, 5),
          (IssueState.FED_BACK, 6), (IssueState.RECTIFIED, 3), (IssueState.VERIFIED, 1), (IssueState.RETURNED, 1),
          (IssueState.ESCALATED, 1), (IssueState.HELD, 3), (IssueState.REOPENED, 2)]  # fmt: skip
ROAD = {
    IssueState.REPORTED: [],
    IssueState.ASSIGNED: [EventKind.ASSIGNED],
    IssueState.IN_PROGRESS: [EventKind.ASSIGNED, EventKind.STARTED],
    IssueState.FED_BACK: [EventKind.ASSIGNED, EventKind.STARTED, EventKind.FED_BACK],
    IssueState.RECTIFIED: [EventKind.ASSIGNED, EventKind.FED_BACK, EventKind.RECTIFIED],
    IssueState.VERIFIED: [EventKind.ASSIGNED, EventKind.FED_BACK, EventKind.RECTIFIED, EventKind.VERIFIED],
    IssueState.CLOSED: [EventKind.ASSIGNED, EventKind.FED_BACK, EventKind.RECTIFIED, EventKind.VERIFIED,
                        EventKind.CLOSED],
    IssueState.RETURNED: [EventKind.ASSIGNED, EventKind.FED_BACK, EventKind.RECTIFIED, EventKind.RETURNED],
    IssueState.ESCALATED: [EventKind.ESCALATED],
    IssueState.HELD: [EventKind.ASSIGNED, EventKind.FED_BACK, EventKind.HELD],
    IssueState.REOPENED: [EventKind.ASSIGNED, EventKind.FED_BACK, EventKind.RECTIFIED, EventKind.VERIFIED,
                          EventKind.CLOSED, EventKind.REOPENED],
}  # fmt: skip


def make_issues(db: Database, plant: SyntheticPlant, count: int, seed: int = 2) -> int:
    """Write ``count`` issues and their events; returns the number of events."""
    rng = random.Random(seed)
    now = utcnow()
    station = db.station.id
    parents = _parents(db)
    finals, weights = zip(*FINALS, strict=True)
    issue_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    index_rows: list[tuple[uuid.UUID, str, str, list[str]]] = []
    seq_by_year: dict[int, int] = {}
    starts = sorted(now - dt.timedelta(minutes=rng.randrange(2 * 365 * 24 * 60)) for _ in range(count))
    for start in starts:
        issue_id = uuid.uuid4()
        unit = rng.choice(plant.leaves)
        year = (start + dt.timedelta(hours=8)).year
        seq_by_year[year] = seq_by_year.get(year, 0) + 1
        title = f"{rng.choice(PLACES)}{rng.choice(THINGS)}{rng.choice(FAULTS)}"
        description = rng.choice(["", "巡检发现，", "夜班发现，存在安全隐患，", "设备运行中"]) + rng.choice(NOTES)
        category = rng.choice(CATEGORIES)
        final = rng.choices(finals, weights)[0]
        reporter, worker, leader, checker = (rng.choice(plant.people) for _ in range(4))
        records = [EventRecord(EventKind.REPORTED, start, reporter, "", {
            "plant": id_text(plant.units[0]), "year": year, "seq": seq_by_year[year],
            "number": f"{year}-{seq_by_year[year]:04d}", "title": title, "description": description,
            "category": category, "unit": id_text(unit), "area": None, "is_hazard": category == "hazard",
            "hazard": None, "links": []})]  # fmt: skip
        at = start
        for kind in ROAD[final]:
            at = min(at + dt.timedelta(minutes=rng.randrange(20, 20 * 60)), now - dt.timedelta(minutes=1))
            actor, data, note = leader, {}, ""
            if kind is EventKind.ASSIGNED:
                data = {"assignee": id_text(worker), "feedback_due": time_text(at + dt.timedelta(hours=8)),
                        "feedback_soon": time_text(at + dt.timedelta(hours=6)), "clock": "calendar", "minutes": 480}  # fmt: skip
                if rng.random() < 0.3:
                    data["due"] = time_text(at + dt.timedelta(days=7))
                    data["due_soon"] = time_text(at + dt.timedelta(days=5, hours=6))
            elif kind in (EventKind.STARTED, EventKind.FED_BACK, EventKind.RECTIFIED):
                actor, note = worker, rng.choice(NOTES)
                if kind is EventKind.FED_BACK:
                    data = {"on_time": rng.random() < 0.85}
            elif kind is EventKind.VERIFIED:
                actor = checker
            elif kind is EventKind.ESCALATED:
                data = {"from_unit": id_text(unit), "to_unit": id_text(parents[unit]), "overdue": False}
                note = "本级无法解决"
            elif kind in (EventKind.HELD, EventKind.RETURNED, EventKind.REOPENED):
                note = "需大修期间处理"
            records.append(EventRecord(kind, at, actor, note, data))
        snapshot = Snapshot()
        for seq, record in enumerate(records, start=1):
            before = snapshot.state
            apply_event(snapshot, record)
            event_rows.append({
                "id": uuid.uuid4(), "issue_id": issue_id, "seq": seq, "kind": record.kind, "at": record.at,
                "actor_id": record.actor_id, "actor_name": "", "from_state": before,
                "to_state": snapshot.state if snapshot.state != before else None, "note": record.note,
                "data": record.data, "created_at": record.at, "updated_at": record.at, "station_id": station,
                "updated_by": record.actor_id, "deleted_at": None,
            })  # fmt: skip
        row = {name: getattr(snapshot, name) for name in PROJECTED}
        row.update(
            id=issue_id,
            search_key=search.rowid(issue_id),
            created_at=start,
            updated_at=at,
            station_id=station,
            updated_by=leader,
            deleted_at=None,
        )
        issue_rows.append(row)
        index_rows.append((issue_id, title, description, []))
    with db.write(db.system_actor()) as session:
        for chunk in range(0, len(issue_rows), 20_000):
            session.execute(insert(Issue), issue_rows[chunk : chunk + 20_000])
        for chunk in range(0, len(event_rows), 50_000):
            session.execute(insert(IssueEvent), event_rows[chunk : chunk + 50_000])
        search.write_many(session, index_rows)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    return len(event_rows)


def _parents(db: Database) -> dict[uuid.UUID, uuid.UUID]:
    from gridapp.org.models import Unit

    with db.read() as s:
        return {
            uid: parent for uid, parent in s.execute(Unit.__table__.select().with_only_columns(Unit.id, Unit.parent_id))
        }


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm the caches once, as a second look at the board would
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--issues", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--jobs", type=int, default=2, help="processes generating issues when the database is built")
    args = parser.parse_args()
    os.environ.setdefault("GRIDAPP_DATA_DIR", str(OUTPUT / "data"))
    path = build_sqlite(args.issues, args.people, args.units, args.jobs)  # bench.bulk: cached in bench/output
    opened = open_workspace(path)
    services = opened.services
    issues = services.issues
    units = services.org.units()
    plant_id = units[0].id
    grid = next(u for u in units if u.kind.value == "grid")
    print(f"{args.issues} issues, {len(units)} units, {args.runs} runs each; medians (goal ≤ 100 ms)")

    def report(label: str, fn: Callable[[], object]) -> None:
        print(f"  {label:<58} {median_ms(fn, args.runs):7.1f} ms")

    everything = IssueFilter(unit_id=plant_id)
    overdue_in_grid = IssueFilter(unit_id=grid.id, overdue=Overdue.OVERDUE)
    category = IssueFilter(unit_id=plant_id, categories=frozenset({"hazard"}),
                           reported_from=dt.date.today() - dt.timedelta(days=90))  # fmt: skip
    two_chars = IssueFilter(unit_id=plant_id, text="隐患")
    phrase = IssueFilter(unit_id=plant_id, text="送水泵振动")
    rare = IssueFilter(unit_id=plant_id, text="大修期间")
    print("service (no Qt):")
    report("board counts per state, whole plant", lambda: issues.state_counts(everything))
    report("table first page (200) + count, whole plant", lambda: (issues.count(everything), issues.page(everything)))
    report("filter: a grid's subtree, overdue (count + page)",
           lambda: (issues.count(overdue_in_grid), issues.page(overdue_in_grid)))  # fmt: skip
    report("filter: hazards of the last 90 days (count + page)",
           lambda: (issues.count(category), issues.page(category)))  # fmt: skip
    report("search '隐患' (two characters; count + page)", lambda: (issues.count(two_chars), issues.page(two_chars)))
    report("search '送水泵振动' (phrase; count + page)", lambda: (issues.count(phrase), issues.page(phrase)))
    report("search '大修期间' (in few issues; count + page)", lambda: (issues.count(rare), issues.page(rare)))
    report("board (counts + 11 first pages), whole plant", lambda: issues.board(everything))
    report("board, search '隐患'", lambda: issues.board(two_chars))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.issues.board import KanbanBoard
    from ui.issues.issue_model import IssueTableModel

    app = QApplication.instance() or QApplication([])
    board = KanbanBoard()
    board.resize(1400, 800)
    board.show()
    table = IssueTableModel()
    table.set_service(issues)

    def board_load(where: IssueFilter) -> Callable[[], object]:
        def run() -> None:
            board.load(issues, where)
            app.processEvents()

        return run

    def table_load(where: IssueFilter) -> Callable[[], object]:
        return lambda: table.set_filter(where)

    print("Qt models and views (offscreen):")
    report("open the board: 11 columns, counts and first pages", board_load(everything))
    report("board with filter: a grid's subtree, overdue", board_load(overdue_in_grid))
    report("board with search '隐患'", board_load(two_chars))
    report("open the table: count and first page", table_load(everything))
    report("table with filter: hazards of the last 90 days", table_load(category))
    report("table with search '隐患'", table_load(two_chars))
    report("table: scroll one page further (fetchMore)", lambda: (table.set_filter(everything), table.fetchMore()))
    board.close()
    board.deleteLater()
    table.deleteLater()
    app.processEvents()
    services.close()


if __name__ == "__main__":
    main()
