"""My to-do (我的待办) at scale: a grid leader's to-do on the synthetic plant with 100,000 issues (the issue bench's
data, built once and shared), through the service and through the view's Qt model (offscreen). Goal: ≤ 100 ms.
The dock reads each group's count and its first ``FIRST`` issues (``todo(..., first=FIRST)``); the whole list
(every item, what the alerts read) is measured beside it.

    python -m bench.todo [--issues 100000] [--runs 21] [--postgresql URL]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from types import SimpleNamespace

from bench.bulk import OUTPUT, build_sqlite
from bench.issues import median_ms
from gridapp.actor import Actor
from gridapp.issues.rows import IssueFilter
from gridapp.services import open_workspace
from gridapp.todo import FIRST, ISSUE_KINDS, first_issue_items, issue_items, point_items, todo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--issues", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--postgresql", default="", help="measure this PostgreSQL database instead (loaded)")
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    os.environ.setdefault("GRIDAPP_DATA_DIR", str(OUTPUT / "data"))
    if args.postgresql:  # loaded there already (python -m bench.bulk --issues N --postgresql URL)
        opened = open_workspace(args.postgresql)
    else:
        path = build_sqlite(args.issues, args.people, args.units)  # the same plant as bench.issues (bench.bulk)
        opened = open_workspace(path)
    services = opened.services
    units = services.org.units()
    grid = next(u for u in units if u.kind.value == "grid")
    leader = next(r.person_id for r in services.org.unit_roles(grid.id) if r.role_kind.value == "leader")
    actor = Actor(services.db.station.id, leader, "网格长")
    found = todo(services, actor, first=FIRST)
    counts = ", ".join(f"{kind.value} {n}" for kind, n in found.counts.items())
    size = int(services.issues.count(IssueFilter())) if args.postgresql else args.issues
    print(f"{size} issues, {len(units)} units; the leader of {grid.name}: {len(found)} items ({counts}), "
          f"{len(found.items)} listed (the first {FIRST} of each group)")  # fmt: skip
    print(f"{args.runs} runs each; medians (goal ≤ 100 ms)")

    def report(label: str, fn: Callable[[], object]) -> None:
        print(f"  {label:<58} {median_ms(fn, args.runs):7.1f} ms")

    report(f"service: the grid leader's to-do (counts, first {FIRST})", lambda: todo(services, actor, first=FIRST))
    now, today = services.issues.now(), dt.date.today()
    with services.db.read() as s:
        report("  of which the issue groups", lambda: first_issue_items(s, leader, now, today, FIRST))
        report("  of which the points to confirm", lambda: point_items(s, leader, today))
        report("every item (the alerts' read): the issues", lambda: issue_items(s, leader, now, today))
    from ui.todo.dock import TodoDock, install_todo

    biggest = max((k for k in found.counts if k in ISSUE_KINDS), key=lambda k: found.counts[k], default=None)
    if biggest is not None:  # its "more" line: the board filtered to exactly that group
        where = TodoDock.group_filter(leader, biggest.value)
        report(f"the board filtered to the group '{biggest.value}' (more…)", lambda: services.issues.board(where))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    from ui.context import AppContext

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    context = AppContext(window)
    context.set_services(services)
    context.login = SimpleNamespace(actor=actor)  # type: ignore[assignment]  # as after a login, without an account
    dock = install_todo(window, context)
    window.resize(1280, 800)
    window.show()
    dock.show()

    from PySide6.QtCore import QEventLoop

    def open_dock() -> None:
        loop = QEventLoop()
        dock.refreshed.connect(loop.quit)
        dock.refresh()  # read off the UI thread: wait until it is shown
        loop.exec()
        dock.refreshed.disconnect(loop.quit)
        app.processEvents()  # the tree painted

    report("open the to-do dock: service, model, the tree painted", open_dock)
    window.close()
    window.deleteLater()
    app.processEvents()
    services.close()


if __name__ == "__main__":
    main()
