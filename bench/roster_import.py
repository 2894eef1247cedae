"""Importing a 10,000-row roster as HR exports it (a merged title over the headings, HR's words for the headings, a
unit path in every row — some in traditional characters — phones written every way, a totals row and a note under
the table) into the demo plant: seconds to read the file, to preview it and to import it (goals: preview ≤ 3 s,
import ≤ 3 s), then the preview of the same file once imported (everything unchanged), and the preview and import of
a second file that changes most of those people (other names, units, phones and statuses).

    python -m bench.roster_import [--rows 10000] [--create-units]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

GRID = "东湖水厂/东湖水厂党支部红色网格"
PATHS = [
    (f"{GRID}/加药车间责任区", "加药班"),
    (f"{GRID}/取水车间责任区", "取水泵房班"),
    (f"{GRID}/加药车间责任区/加药班", ""),
    ("東湖水廠/東湖水廠黨支部紅色網格/加藥車間責任區", "加藥班"),  # traditional
    ("加药车间责任区", ""),  # the plant and grid left out
]
NEW_PATHS = [(f"{GRID}/新建车间{n}", f"{n}班") for n in range(1, 21)]  # with --create-units
PHONES = ["+86 138-{0:04d}-{1:04d}", "138 {0:04d} {1:04d}", "(+86)138{0:04d}{1:04d}", "138{0:04d}{1:04d}"]
PARTY = ["群众", "中共党员", "共青团员", "中共党员（预备）", "团员", "群众", "入党积极分子", "无党派人士"]
POSTS = ["加药工", "化验员", "取水泵工", "巡检工", ""]


def make_roster(path: Path, rows: int, create_units: bool, seed: int = 7) -> Path:
    from openpyxl import Workbook

    rng = random.Random(seed)
    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = "花名册"
    headings = [
        "序号",
        "人员编码",
        "职工姓名",
        "性别",
        "所在部门",
        "班组",
        "岗位名称",
        "手机号码",
        "政治面貌",
        "入职日期",
    ]
    sheet.append(["东湖水厂职工花名册（人事系统导出）"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headings))
    sheet.append(headings)
    paths = PATHS + (NEW_PATHS if create_units else [])
    for n in range(1, rows + 1):
        unit, team = rng.choice(paths)
        phone = rng.choice(PHONES).format(rng.randrange(10_000), n % 10_000)
        name = rng.choice("王李张刘陈杨赵黄周吴") + rng.choice("建国秀英海涛丽娟志强") + rng.choice("华明芳军")
        sheet.append([n, f"BX{n:06d}", name, rng.choice("男女"), unit, team or None, rng.choice(POSTS) or None, phone,
                      rng.choice(PARTY), 40000 + n % 5000])  # fmt: skip
    sheet.append([None, "合计", f"{rows}人"])
    sheet.append(["注：本表由人力资源部提供"])
    book.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--create-units", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="gridapp-bench-roster-"))
    os.environ.setdefault("GRIDAPP_DATA_DIR", str(folder))

    from gridapp.db.connect import open_database
    from gridapp.db.schema import ensure_schema
    from gridapp.demo import load_demo
    from gridapp.io.sheets import read_file
    from gridapp.io.tables import build_table
    from gridapp.org.roster import SCHEMA
    from gridapp.org.roster_preview import RosterOptions
    from gridapp.services import Services
    from gridapp.station import load_or_create_station

    db = open_database(folder / "gridapp.sqlite3", load_or_create_station(folder))
    ensure_schema(db)
    load_demo(db, db.system_actor(), demo_password="Demo#2026")
    services = Services.over(db)
    roster = make_roster(folder / "花名册.xlsx", args.rows, args.create_units)
    options = RosterOptions(create_units=args.create_units)

    started = time.perf_counter()
    table = build_table(read_file(roster), SCHEMA)
    read = time.perf_counter() - started
    started = time.perf_counter()
    preview = services.org.roster.preview(table, options)
    previewed = time.perf_counter() - started
    assert not preview.blocked, [(r.line, r.problems) for r in preview.rows if r.problems][:3]
    started = time.perf_counter()
    done = services.org.roster.import_roster(db.system_actor(), table, options)
    imported = time.perf_counter() - started
    started = time.perf_counter()
    again = services.org.roster.preview(table, options)
    second = time.perf_counter() - started
    changed = build_table(read_file(make_roster(folder / "花名册2.xlsx", args.rows, args.create_units, seed=8)), SCHEMA)
    started = time.perf_counter()
    update_preview = services.org.roster.preview(changed, options)
    updated_preview = time.perf_counter() - started
    started = time.perf_counter()
    services.org.roster.import_roster(db.system_actor(), changed, options)
    updated = time.perf_counter() - started
    s = done.summary
    print(f"{len(table.rows)} rows ({len(table.skipped)} left out), {s.new} new, {s.cleaned} corrected, "
          f"{len(done.new_units)} units created")  # fmt: skip
    print(f"read     {read:6.2f} s  (read_file + build_table)")
    print(f"preview  {previewed:6.2f} s  goal ≤ 3 s")
    print(f"import   {imported:6.2f} s  goal ≤ 3 s")
    print(f"preview  {second:6.2f} s  once imported ({again.summary.unchanged} unchanged)")
    print(f"preview  {updated_preview:6.2f} s  of a second file ({update_preview.summary.changed} to update)")
    print(f"import   {updated:6.2f} s  of the second file")
    db.dispose()


if __name__ == "__main__":
    main()
