"""Inspection cards: medians of the printed documents and of the round queries at seed 000's scale.

    python -m bench.inspections [--runs 9] [--no-libreoffice]

Budgets (issue 5): the 498-item checklist in under 0.5 s and an A1 display board in under 1 s, in a process that has
already loaded the font, off the UI thread. Each build runs in a worker thread, as the app runs it. Beside them:
LibreOffice turning the same 498-item checklist from .xlsx into PDF (what users do today), when `soffice` is
installed, and the round queries on a plant whose 12 posts carry the 498 steps with a year of rounds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import insert

from bench.inspections_synth import synthetic_content, synthetic_items
from gridapp.db.base import utcnow
from gridapp.demo import load_demo
from gridapp.inspections.kinds import Outcome, RoundSource
from gridapp.inspections.models import InspectionRound, RoundResult
from gridapp.inspections.prints.board import build_board
from gridapp.inspections.prints.checklist import build_checklist
from gridapp.inspections.prints.options import ChecklistOptions, Source
from gridapp.inspections.prints.tiles import build_tiles
from gridapp.inspections.rows import ResultDraft, RoundDraft
from gridapp.inspections.schedule import periods
from gridapp.inspections.workbook import write_items
from gridapp.reports.fonts import register_fonts
from gridapp.services import Services, open_workspace

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"


def median_of(runs: int, fn: Callable[[], object], pool: ThreadPoolExecutor) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        pool.submit(fn).result()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def libreoffice_seconds(runs: int, folder: Path) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    content = synthetic_content(498)
    sheet = folder / "checklist-498.xlsx"
    with sheet.open("wb") as fh:
        write_items(list(content.items), "巡检表", fh)
    profile = folder / "lo-profile"
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
             "--outdir", str(folder), str(sheet)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        times.append(time.perf_counter() - started)
    return statistics.median(times[1:] if len(times) > 2 else times)  # the first run also creates the profile


def seed_scale_plant(folder: Path) -> Services:
    """The demo plant's 12 posts carrying the 498 steps between them, released, with a year of rounds."""
    os.environ["GRIDAPP_DATA_DIR"] = str(folder)
    services = open_workspace(folder / "plant.sqlite3").services
    load_demo(services.db, services.db.system_actor())
    ins = services.inspections
    actor = services.db.system_actor()
    table = next(t for t in ins.documents.document_types() if t.code == "round_table")
    posts = ins.documents.posts()
    drafts = synthetic_items(498)
    start = dt.date.today() - dt.timedelta(days=365)
    documents = []
    for n, post in enumerate(posts):
        doc = ins.documents.start_document(actor, post.id, table.id)
        ins.documents.replace_items(actor, doc, [(None, d) for d in drafts[n :: len(posts)]], "bench")
        row = ins.documents.document(doc)
        ins.editions.release(actor, doc, "5.0" if row.version else "1.0", "bench", today=start)
        documents.append(doc)
    yesterday = dt.date.today() - dt.timedelta(days=1)
    now = utcnow()
    common = {"created_at": now, "updated_at": now, "station_id": services.db.station.id, "updated_by": None,
              "deleted_at": None}  # fmt: skip
    rounds, results = [], []
    for doc in documents:
        for g in ins.rounds.schedule_groups(document_id=doc):
            items = ins.rounds.round_items(doc, g.level, g.frequency, g.interval_days)
            for first, _last in periods(g.frequency, start, yesterday, g.interval_days, start):
                rid = uuid.uuid4()
                rounds.append({"id": rid, "document_id": doc, "unit_id": g.unit_id, "level": g.level,
                               "frequency": g.frequency, "interval_days": g.interval_days, "period_start": first,
                               "performed_at": now - dt.timedelta(days=(yesterday - first).days),
                               "inspector_id": None, "inspector_name": "巡检员", "version": "1.0",
                               "source": RoundSource.APP, "note": "", **common})  # fmt: skip
                results.extend({"id": uuid.uuid4(), "round_id": rid, "item_id": i.id, "position": i.position,
                                "outcome": Outcome.PASS, "reading": None, "out_of_limit": False, "note": "",
                                "issue_id": None, "issue_number": None, **common} for i in items)  # fmt: skip
    with services.db.write(actor) as s:
        s.execute(insert(InspectionRound), rounds)
        s.execute(insert(RoundResult), results)
    print(f"seed-scale plant: {len(posts)} posts, 498 steps, {len(rounds)} rounds, {len(results)} results")
    return services


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="gridapp-bench-inspections-"))
    register_fonts()  # "a process that has already loaded the font"
    content = synthetic_content(498)
    with ThreadPoolExecutor(1) as pool:
        print(f"PDFs (median of {args.runs}, built in a worker thread)")
        for label, landscape in (("portrait", False), ("landscape", True)):
            seconds = median_of(
                args.runs,
                lambda landscape=landscape: build_checklist(content, ChecklistOptions(landscape=landscape)),
                pool,
            )
            print(f"  checklist, 498 items, A4 {label:9}  {seconds:6.3f} s   (budget 0.5 s)")
        services = seed_scale_plant(folder)
        ins = services.inspections
        dosing = next(p for p in ins.documents.posts() if p.name == "加药工")
        card = next(d for d in ins.documents.document_set(dosing.id) if d.type.code == "round_table")
        data = ins.prints.board_data(Source(card.id))
        big = ins.prints.board_data(Source(card.id))
        big = type(big)(content, big.team, big.plant, big.qr_payload)
        for label, board in ((f"{len(data.content.items)} items", data), ("498 items", big)):
            for size in ("A1", "A2"):
                seconds = median_of(args.runs, lambda board=board, size=size: build_board(board, size), pool)
                print(f"  display board {size}, {label:10}   {seconds:6.3f} s   (budget 1 s for A1)")
        seconds = median_of(args.runs, lambda: build_tiles(data, "A1", "A4"), pool)
        print(f"  display board A1 tiled on A4 (15 sheets) {seconds:6.3f} s")
        seconds = median_of(args.runs, lambda: ins.prints.pocket_cards(Source(card.id), 10), pool)
        print(f"  pocket cards, 10 up, front and back      {seconds:6.3f} s")
        if not args.no_libreoffice:
            lo = libreoffice_seconds(max(3, args.runs // 3), folder)
            if lo is None:
                print("  LibreOffice .xlsx → PDF, 498 items:    (soffice not installed)")
            else:
                print(f"  LibreOffice .xlsx → PDF, 498 items:    {lo:6.3f} s")
        plant = services.org.units()[0]
        print(f"Rounds (median of {args.runs})")
        for label, fn in (
            ("done-vs-due matrix, plant, this month", lambda: ins.rounds.matrix(plant.id)),
            ("who is due (schedule), plant", lambda: ins.rounds.due(plant.id)),
            ("round record, first page of 200", lambda: ins.rounds.rounds(plant.id, 0, 200)),
        ):
            print(f"  {label:40} {median_of(args.runs, fn, pool):6.3f} s")
        group = ins.rounds.schedule_groups(document_id=card.id)[0]
        items = ins.rounds.round_items(card.id, group.level, group.frequency, group.interval_days)
        actor = services.db.system_actor()

        def record() -> None:
            results = tuple(ResultDraft(i.id, reading=i.lower if i.lower is not None else i.upper) for i in items)
            draft = RoundDraft(card.id, group.level, group.frequency, dt.date.today(), utcnow(), None, results)  # fmt: skip
            ins.rounds.record(actor, draft)

        label = f"record a round of {len(items)} items"
        print(f"  {label:40} {median_of(args.runs, record, pool):6.3f} s")
        services.close()


if __name__ == "__main__":
    main()
