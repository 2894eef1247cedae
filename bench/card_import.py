"""Importing a workshop's card sheet: a 2,000-item sheet as workshops make them (two title rows, a two-row heading,
categories merged over runs of ten, limits inside the standard text, a totals row and notes under the table).

    python -m bench.card_import [--items 2000] [--runs 5]

Budget (issue 14): the preview and the import of 2,000 items each within 3 s, in a worker thread as the app runs
them. Printed separately: reading the file and finding its columns (the mapping step), the preview (every row
checked, readings proposed, compared with the card), and the import (one transaction).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from openpyxl import Workbook

from gridapp.demo import load_demo
from gridapp.inspections.workbook import SCHEMA
from gridapp.io.sheets import read_file
from gridapp.io.tables import Table, build_table
from gridapp.services import open_workspace

STANDARDS = ("0.3～0.5MPa", "≤75℃", "无渗漏、无异响", "8~12 g/L", "不低于0.2MPa", "运行平稳，振动≤4.5mm/s", "清洁")


def workshop_sheet(path: Path, items: int) -> Path:
    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = "巡回检查表"
    sheet.append(["中引水厂加药车间巡回检查表"])
    sheet.merge_cells("A1:H1")
    sheet.append(["编制：加药车间　　2026年版"])
    sheet.merge_cells("A2:H2")
    sheet.append(["序号", "设备名称", "作业单元", "检查项目", "标准要求", "判定方法", "检查人", "频次"])
    sheet.append([None, None, None, None, None, None, "(岗位)", "(周期)"])
    for n in range(items):
        equipment = f"{n // 10 + 1}号加药泵" if n % 10 == 0 else None
        sheet.append([n + 1, equipment, "巡检", f"检查点{n + 1}", STANDARDS[n % len(STANDARDS)], "目视、测量",
                      ("岗位员工", "网格员", "网格长")[n % 3], ("每日", "每周", "每月")[n % 3]])  # fmt: skip
    for start in range(5, 5 + items, 10):
        sheet.merge_cells(f"B{start}:B{min(start + 9, 4 + items)}")
    sheet.append(["合计", None, None, f"{items}项"])
    sheet.append(["注：每班检查一次，异常立即上报。"])
    book.save(path)
    return path


def median(runs: int, fn: Callable[[], object], pool: ThreadPoolExecutor) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = pool.submit(fn).result()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name, ThreadPoolExecutor(1) as pool:
        folder = Path(folder_name)
        os.environ["GRIDAPP_DATA_DIR"] = str(folder)
        services = open_workspace(folder / "plant.sqlite3").services
        actor = services.db.system_actor()
        load_demo(services.db, actor)
        ins = services.inspections
        kind = next(t for t in ins.documents.document_types() if t.code == "round_table")
        post = ins.documents.posts()[0]
        document = ins.documents.start_document(actor, post.id, kind.id)
        path = workshop_sheet(folder / "card.xlsx", args.items)

        read_s, table = median(args.runs, lambda: build_table(read_file(path), SCHEMA), pool)
        assert isinstance(table, Table) and not table.problems(), table.problems()
        preview_s, plan = median(args.runs, lambda: ins.workbooks.plan_import(document, table), pool)
        assert not plan.errors and plan.rows == args.items, plan.errors[:3]  # type: ignore[attr-defined]
        import_s, _ = median(1, lambda: ins.workbooks.import_items(actor, document, table), pool)
        again_s, _ = median(args.runs, lambda: ins.workbooks.import_items(actor, document, table), pool)
        print(f"card sheet of {args.items} items ({path.stat().st_size // 1024} KB), medians of {args.runs} runs:")
        print(f"  read and find the columns  {read_s * 1000:7.0f} ms")
        print(f"  preview (rows checked, {plan.proposals} readings proposed)  {preview_s * 1000:7.0f} ms")  # type: ignore[attr-defined]
        print(f"  read + preview             {(read_s + preview_s) * 1000:7.0f} ms   budget 3000 ms")
        print(f"  import into an empty card  {import_s * 1000:7.0f} ms   budget 3000 ms")
        print(f"  import again (no change)   {again_s * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
