"""The organisation tab on the 10,000-person, 500-unit synthetic plant: medians of the tree shown and of people
search (goals: tree ≤ 200 ms, search ≤ 50 ms), with the other organisation work for reference.

    python -m bench.org [--runs 15] [--people 10000] [--units 500]

Runs offscreen unless DISPLAY is set. The database is built once in bench/output and reused.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.synth import build

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"
# name parts, employee numbers, pinyin initials and full pinyin, as people type them into the search box
QUERIES = {
    "initials": ["wjh", "lxy", "zgq", "cdm", "hj"],
    "name": ["王", "建华", "刘秀英", "海涛", "张"],
    "employee no.": ["S000123", "S0099", "s01", "S009999", "S1"],
    "pinyin": ["wangjianhua", "liu", "zhanghai", "chen", "xiuying"],
}


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm caches (SQLAlchemy statement cache, SQLite pages)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--units", type=int, default=500)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("GRIDAPP_DATA_DIR", tempfile.mkdtemp(prefix="gridapp-bench-"))
    OUTPUT.mkdir(parents=True, exist_ok=True)
    database = OUTPUT / f"org-{args.people}-{args.units}.sqlite3"
    if not database.exists():
        started = time.perf_counter()
        build(database, args.people, args.units)
        print(f"built {database.name} in {time.perf_counter() - started:.1f} s")

    from PySide6.QtWidgets import QApplication, QTreeView

    from gridapp.services import open_workspace
    from ui.context import AppContext
    from ui.org.tab import OrgTab
    from ui.org.unit_tree_model import UnitTreeModel

    app = QApplication.instance() or QApplication([])
    opened = open_workspace(database)
    services = opened.services
    org = services.org
    try:
        units = org.units()
        plant = units[0]

        model = UnitTreeModel()
        view = QTreeView()
        view.setModel(model)
        view.setUniformRowHeights(True)
        view.resize(420, 800)
        view.show()

        def tree_shown() -> None:
            model.set_units(org.units())
            view.expandToDepth(1)
            view.setCurrentIndex(model.index(0, 0))
            view.repaint()  # painted, not just scheduled
            app.processEvents()

        context = AppContext()
        tab = OrgTab(context)
        tab.resize(1400, 860)
        context.set_services(services)
        tab.show()
        app.processEvents()

        def tab_refreshed() -> None:
            tab.refresh()
            tab.repaint()
            app.processEvents()

        print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'xcb')}; {len(units)} units, {plant.people} people; "
              f"medians of {args.runs} runs")  # fmt: skip
        tree = median_ms(tree_shown, args.runs)
        print(f"tree shown (load, model, view painted)      {tree:7.1f} ms   goal ≤ 200 ms")
        print(f"whole tab refreshed (tree, header, people)  {median_ms(tab_refreshed, args.runs):7.1f} ms")
        all_search: list[float] = []
        for kind, queries in QUERIES.items():
            per_query = [median_ms(lambda q=q: org.search_people(q), args.runs) for q in queries]
            all_search += per_query
            print(f"search by {kind:<13} (5 queries, worst median) {max(per_query):7.1f} ms")
        print(f"search, median over all queries              {statistics.median(all_search):7.1f} ms   goal ≤ 50 ms")
        print(f"search, slowest query median                 {max(all_search):7.1f} ms   goal ≤ 50 ms")
        print(
            f"people of the plant, first page of 200       {median_ms(lambda: org.people(plant.id, 0, 200), args.runs):7.1f} ms"
        )
        print(
            f"unit header of the plant                     {median_ms(lambda: org.unit_header(plant.id), args.runs):7.1f} ms"
        )
        coverage = median_ms(lambda: org.guardianship.coverage(plant.id), max(3, args.runs // 3))
        print(f"coverage report of the plant (background)    {coverage:7.1f} ms")
        export = OUTPUT / "org-export.xlsx"
        started = time.perf_counter()
        org.roster.export(export)
        print(f"export to Excel (background, one run)        {(time.perf_counter() - started) * 1000:7.0f} ms")
        started = time.perf_counter()
        preview = org.roster.preview(export)
        print(f"import preview of that file (background)     {(time.perf_counter() - started) * 1000:7.0f} ms   "
              f"({len(preview.rows)} rows, all unchanged: {not preview.changes_anything})")  # fmt: skip
        tab.close()
        view.close()
    finally:
        services.close()


if __name__ == "__main__":
    main()
