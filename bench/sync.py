"""Offline sync by file: what an export and an import cost, and how big the file is.

    python -m bench.sync [--changes 10000] [--photos 200] [--photo-kb 1500]

(a) 10,000 changes: a station joined to the demo plant books 10,000 points entries as ORM objects through
    ``Database.write`` (so the change log is written, 1,000 per transaction); the same rows are inserted raw
    (``executemany`` of plain INSERTs, one transaction) into a copy of the station taken before. Goal: export at the
    station + import at the plant ≤ 5 × the raw insert.
(b) A month of one pump station's work, made through the services: 60 issues reported with photos, assigned, fed
    back, rectified, verified and closed; 30 daily rounds of the demo card's daily items; points given by hand; 200
    photos (noise JPEGs of about --photo-kb each: noise does not compress, so the file is as big as real photos make
    it). Export at the station, import at the plant, the file's size.

Everything is built in a temporary folder with the keyring in memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import shutil
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

import keyring
from PIL import Image
from sqlalchemy import select

from tests.memory_keyring import MemoryKeyring

DEMO_PASSWORD = "Bench#2026"


def _templates(folder: Path) -> dict[str, Path]:
    from gridapp.db.connect import open_database
    from gridapp.db.schema import ensure_schema
    from gridapp.demo import load_demo
    from gridapp.station import Station

    station = Station(uuid.uuid4(), "bench")
    empty = folder / "empty.sqlite3"
    db = open_database(empty, station)
    ensure_schema(db)
    db.dispose()
    demo = Path(shutil.copy(empty, folder / "demo.sqlite3"))
    db = open_database(demo, station)
    load_demo(db, db.system_actor(), demo_password=DEMO_PASSWORD)
    db.dispose()
    return {"empty": empty, "demo": demo}


def _station_sync(site):
    """The station's sync over the photo folder its issue service uses (beside the database file)."""
    from gridapp.issues.photos import PhotoStore, photo_root_for
    from gridapp.sync.service import SyncService

    return SyncService(site.db, PhotoStore(photo_root_for(site.db.location.path, site.folder)))


def _timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


# -- (a) 10,000 changes ----------------------------------------------------------------------------------------------


def changes(tmp: Path, templates: dict[str, Path], count: int) -> list[tuple[str, str]]:
    from gridapp.org.models import Person
    from gridapp.scoring.kinds import EntrySource, EntryStatus
    from gridapp.scoring.models import ScoreEntry, ScoreRule
    from gridapp.times import utcnow
    from tests.sync.helpers import plant_and_stations, read, send

    plant, (station,) = plant_and_stations(templates, tmp / "a")
    with station.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    empty_copy = Path(shutil.copy(station.folder / "gridapp.sqlite3", tmp / "a-raw.sqlite3"))
    with station.db.read() as s:
        rules = list(s.scalars(select(ScoreRule).limit(20)))
        people = list(s.execute(select(Person.id, Person.home_unit_id).where(Person.deleted_at.is_(None))))
    rng = random.Random(3)
    actor = station.actor
    now = utcnow()
    today = now.date()

    def book() -> None:
        for start in range(0, count, 1000):
            with station.db.write(actor, "bench.book") as s:
                for _ in range(min(1000, count - start)):
                    rule = rng.choice(rules)
                    person, unit = rng.choice(people)
                    quantity = rng.randint(1, 3)
                    s.add(
                        ScoreEntry(
                            catalogue=rule.catalogue,
                            rule_id=rule.id,
                            category=rule.category,
                            person_id=person,
                            unit_id=unit,
                            booked_on=today - dt.timedelta(days=rng.randrange(28)),
                            quantity=quantity,
                            requested_tenths=10 * quantity,
                            points_tenths=10 * quantity,
                            status=EntryStatus.CONFIRMED,
                            source=EntrySource.MANUAL,
                            occurred_at=now,
                            reason="巡检到位",
                            proposed_at=now,
                            decided_at=now,
                        )
                    )

    _, orm = _timed(book)
    # The same rows, raw: read back as SQLite stores them, inserted with executemany into the copy taken before.
    with station.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    source = sqlite3.connect(station.folder / "gridapp.sqlite3")
    columns = [r[1] for r in source.execute("PRAGMA table_info(score_entry)")]
    rows = source.execute(f"SELECT {', '.join(columns)} FROM score_entry").fetchall()
    source.close()
    target = sqlite3.connect(empty_copy, isolation_level=None)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=NORMAL")
    target.execute("PRAGMA foreign_keys=ON")
    before = target.execute("SELECT count(*) FROM score_entry").fetchone()[0]
    there = {r[0] for r in target.execute("SELECT id FROM score_entry")}
    rows = [r for r in rows if r[columns.index("id")] not in there]  # the demo plant's entries are in both
    started = time.perf_counter()
    target.execute("BEGIN IMMEDIATE")
    target.executemany(
        f"INSERT INTO score_entry ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        rows,
    )
    target.execute("COMMIT")
    raw = time.perf_counter() - started
    inserted = target.execute("SELECT count(*) FROM score_entry").fetchone()[0] - before
    target.close()

    me = plant.sync.identity()
    assert me is not None
    path = tmp / "a.rgsync"
    written, export = _timed(lambda: station.sync.export_file(station.actor, me.id, path))
    received, imported = _timed(lambda: read(plant, path))
    back, _ = _timed(lambda: send(plant, station, tmp))
    plant.db.dispose()
    station.db.dispose()
    ratio = (export + imported) / raw
    return [
        ("(a) changes booked at the station (ORM, 1,000 per write)", f"{count:,} in {orm:.2f} s"),
        ("    the same rows inserted raw (executemany)", f"{inserted:,} in {raw:.3f} s"),
        ("    export at the station", f"{export:.2f} s, {written.rows:,} rows, {_mb(written.size)}"),
        ("    import at the plant", f"{imported:.2f} s, {received.merged.rows:,} rows merged"),
        ("    (export + import) / raw insert", f"{ratio:.1f} ×  (goal ≤ 5 ×)  {'ok' if ratio <= 5 else 'MISSED'}"),
        ("    the plant's reply (acknowledgement)", f"{back.stat().st_size:,} bytes"),
    ]


# -- (b) a month of a pump station -----------------------------------------------------------------------------------


def _photo(rng: random.Random, kb: int) -> bytes:
    """A JPEG of about ``kb`` kilobytes made of noise (a camera sensor's noise barely compresses either)."""
    side = max(64, int((kb * 1024 / 0.78 * 4 / 3) ** 0.5))  # ≈ 0.78 bytes a pixel at quality 85 for RGB noise
    size = (side, side * 3 // 4)
    out = io.BytesIO()
    Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3)).save(out, "JPEG", quality=85)
    return out.getvalue()


def month(tmp: Path, templates: dict[str, Path], photos: int, photo_kb: int) -> list[tuple[str, str]]:
    from gridapp.actor import Actor
    from gridapp.inspections.kinds import Frequency
    from gridapp.inspections.rows import ResultDraft, RoundDraft
    from gridapp.issues.kinds import Action
    from gridapp.issues.rows import ReportDraft
    from gridapp.org.models import Person, Unit
    from gridapp.scoring.kinds import ScoringRefused
    from gridapp.scoring.models import ScoreRule
    from gridapp.services import Services
    from gridapp.times import utcnow
    from tests.sync.helpers import plant_and_stations, read

    plant, (station,) = plant_and_stations(templates, tmp / "b")
    services = Services.over(station.db)
    sync = _station_sync(station)
    rng = random.Random(5)
    with station.db.read() as s:
        people = {p.employee_no: p for p in s.scalars(select(Person).where(Person.deleted_at.is_(None)))}
        unit = s.scalar(select(Unit.id).where(Unit.code == "DH-W-01-1"))
        rules = list(s.scalars(select(ScoreRule).limit(10)))
    assert unit is not None

    def actor(employee_no: str) -> Actor:
        p = people[employee_no]
        return Actor(station.db.station.id, p.id, p.name)

    pictures = tmp / "pictures"
    pictures.mkdir()
    started = time.perf_counter()
    files = []
    for n in range(photos):
        path = pictures / f"IMG_{n:04d}.jpg"
        path.write_bytes(_photo(rng, photo_kb))
        files.append(path)
    made_photos = time.perf_counter() - started
    photo_bytes = sum(f.stat().st_size for f in files)

    system = station.actor
    issues, events = 60, 0
    started = time.perf_counter()
    for n in range(issues):
        mine = files[n * photos // issues : (n + 1) * photos // issues]
        ref = services.issues.report(
            actor("DH0013"), ReportDraft(f"泵房巡检发现问题 {n + 1}", unit, "production", photos=mine)
        )
        events += 1
        services.issues.assign(system, ref.id, people["DH0013"].id, "请处理")
        events += 1
        for action in (Action.FEED_BACK, Action.RECTIFY):
            services.issues.act(actor("DH0013"), ref.id, action, "已处理")
            events += 1
        for action in (Action.VERIFY, Action.CLOSE):
            services.issues.act(system, ref.id, action, "复查合格")
            events += 1
    work_issues = time.perf_counter() - started

    ins = services.inspections
    started = time.perf_counter()
    rounds = results = 0
    daily = [g for g in ins.rounds.schedule_groups() if g.frequency == Frequency.DAILY]
    today = dt.date.today()
    if daily:
        group = daily[0]
        items = ins.rounds.round_items(group.document_id, group.level, group.frequency, group.interval_days)
        for day in range(30):
            on = today - dt.timedelta(days=29 - day)
            at = dt.datetime.combine(on, dt.time(9, 0), tzinfo=dt.UTC)
            drafts = tuple(ResultDraft(i.id, reading=i.lower if i.lower is not None else i.upper) for i in items)
            ins.rounds.record(system, RoundDraft(group.document_id, group.level, group.frequency, on, min(at, utcnow()),
                                                 None, drafts))  # fmt: skip
            rounds += 1
            results += len(items)
    work_rounds = time.perf_counter() - started

    started = time.perf_counter()
    points = 0
    giver = actor("DH0001")  # the grid leader
    team = [p for p in people.values() if p.employee_no.startswith("DH00")]
    for _ in range(100):
        try:
            services.scoring.entries.give(
                giver, rng.choice(rules).id, person_id=rng.choice(team).id, reason="本月巡检到位"
            )
        except ScoringRefused:
            continue  # a rule for units, or one the leader may not give: the next one
        points += 1
    work_points = time.perf_counter() - started

    me = plant.sync.identity()
    assert me is not None
    path = tmp / "month.rgsync"
    written, export = _timed(lambda: sync.export_file(station.actor, me.id, path))
    received, imported = _timed(lambda: read(plant, path))
    plant.db.dispose()
    station.db.dispose()
    return [
        ("(b) a month at a pump station, made through the services", ""),
        ("    issues (report → assign → feed back → rectify → verify → close)", f"{issues} with {events} events, {work_issues:.1f} s"),
        ("    daily rounds", f"{rounds} rounds, {results} results, {work_rounds:.1f} s"),
        ("    points given by hand", f"{points}, {work_points:.1f} s"),
        ("    photos (noise JPEG)", f"{photos} × ≈{photo_bytes / max(photos, 1) / 1e6:.2f} MB = {_mb(photo_bytes)} "
                                      f"(made in {made_photos:.1f} s)"),
        ("    export at the station", f"{export:.2f} s, {written.rows:,} rows, {written.blobs} photos"),
        ("    the file", _mb(written.size)),
        ("    import at the plant", f"{imported:.2f} s, {received.merged.rows:,} rows, {received.merged.blobs} photos"),
    ]  # fmt: skip


def _mb(size: int) -> str:
    return f"{size / 1e6:.2f} MB" if size >= 100_000 else f"{size:,} bytes"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--photo-kb", type=int, default=1500)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (its path is printed)")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    import os

    os.environ["GRIDAPP_DATA_DIR"] = str(tmp / "data")
    try:
        started = time.perf_counter()
        templates = _templates(tmp)
        print(f"demo plant built in {time.perf_counter() - started:.1f} s; SQLite files in {tmp}")
        lines = changes(tmp, templates, args.changes)
        lines += month(tmp, templates, args.photos, args.photo_kb)
        width = max(len(label) for label, _ in lines)
        for label, value in lines:
            print(f"  {label:<{width}}  {value}")
        print(f"total {time.perf_counter() - started:.0f} s")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
