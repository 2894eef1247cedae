"""The issue board at scale: 100,000 issues with their events on a synthetic plant; medians for opening the board
(column counts and first pages), applying filters and full-text search, through the service and through the
board's and table's Qt models (offscreen). Goal: each ≤ 100 ms.

    python -m bench.issues [--issues 100000] [--runs 15] [--postgresql URL]

The issues are made the way the service makes them: each one's events are generated along a road of the state
machine and folded into its row with the same ``apply_event``; ``bench.bulk`` writes them (a million in minutes)
and keeps the database in bench/output.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bench.bulk import build_sqlite
from gridapp.issues.rows import IssueFilter, Overdue
from gridapp.services import open_workspace

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"


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
    parser.add_argument("--postgresql", default="", help="measure this PostgreSQL database instead (loaded)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--jobs", type=int, default=2, help="processes generating issues when the database is built")
    args = parser.parse_args()
    os.environ.setdefault("GRIDAPP_DATA_DIR", str(OUTPUT / "data"))
    if args.postgresql:  # loaded there already (python -m bench.bulk --issues N --postgresql URL)
        opened = open_workspace(args.postgresql)
    else:
        path = build_sqlite(args.issues, args.people, args.units, args.jobs)  # bench.bulk: cached in bench/output
        opened = open_workspace(path)
    services = opened.services
    issues = services.issues
    units = services.org.units()
    plant_id = units[0].id
    grid = next(u for u in units if u.kind.value == "grid")
    size = int(issues.count(IssueFilter())) if args.postgresql else args.issues
    server = "PostgreSQL" if args.postgresql else "SQLite"
    print(f"{size} issues on {server}, {len(units)} units, {args.runs} runs each; medians (goal ≤ 100 ms)")

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
