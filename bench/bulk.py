"""Building a million synthetic issues in minutes: generation in worker processes, chunked transactions straight
through sqlite3, indexes and the search index filled after the bulk load; and the same rows into PostgreSQL with COPY.

    python -m bench.bulk --issues 1000000 [--jobs 2]          # SQLite, cached as bench/output/issues-N.sqlite3
    python -m bench.bulk --issues 1000000 --postgresql URL    # the cached SQLite database copied into PostgreSQL

Each issue is made the way the service makes it (one road through the state machine, every event folded into the
row with the service's ``apply_event``), so the rows are what the service would have written.
What measurement showed (2 cores, 1,000,000 issues): SQLAlchemy's ORM bulk insert spends four fifths of its time
converting values, so values are converted here once into SQLite's stored form; one transaction of everything grew
a 5.5 GB write-ahead log, so the load runs without a journal in chunks of 20,000 issues into a fresh file (a failed
build is thrown away, never used); secondary indexes are dropped for the load and made again after it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import multiprocessing
import os
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.synth import SyntheticPlant, make_plant
from gridapp.db.base import utcnow
from gridapp.issues import search
from gridapp.issues.kinds import EventKind, IssueState
from gridapp.issues.models import Issue, IssueEvent
from gridapp.issues.projection import PROJECTED, EventRecord, Snapshot, apply_event, id_text, time_text

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"
CHUNK = 20_000

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
TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite (UTC, naive)


def _time(v: dt.datetime) -> str:
    # isoformat is ten times cheaper than strftime; it leaves out a zero fraction, which the stored form keeps.
    if v.tzinfo is not dt.UTC:
        v = v.astimezone(dt.UTC)
    text = v.isoformat(" ")[:-6]  # without "+00:00"
    return text if len(text) == 26 else text + ".000000"


_V4 = (0x4000 << 64) | (0x8000 << 48)
_V4_MASK = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)


def _random_hex(rng: random.Random) -> str:
    """A version-4 UUID's 32 hex digits from the chunk's generator (uuid4 reads the OS's entropy every time)."""
    return f"{(rng.getrandbits(128) & _V4_MASK) | _V4:032x}"


def _converter(column: Any) -> Callable[[Any], Any] | None:
    from sqlalchemy import Boolean, Date, Enum, Uuid

    from gridapp.db.base import UTCDateTime

    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _time
    if isinstance(kind, Uuid):
        return lambda v: v.hex
    if isinstance(kind, Enum):
        return lambda v: v.value
    if isinstance(kind, Boolean):
        return int
    if isinstance(kind, Date):
        return lambda v: v.isoformat()
    return None


# The projected columns of a Snapshot, each with what turns its value into the stored form (None: as it is).
_PROJECTED = [(name, _converter(Issue.__table__.c[name])) for name in PROJECTED]
ISSUE_COLUMNS = [*PROJECTED, "id", "search_key", "created_at", "updated_at", "station_id", "updated_by", "deleted_at"]
EVENT_COLUMNS = ["id", "issue_id", "seq", "kind", "at", "actor_id", "actor_name", "from_state", "to_state", "note",
                 "data", "created_at", "updated_at", "station_id", "updated_by", "deleted_at"]  # fmt: skip
assert sorted(ISSUE_COLUMNS) == sorted(c.name for c in Issue.__table__.columns)
assert sorted(EVENT_COLUMNS) == sorted(c.name for c in IssueEvent.__table__.columns)


@dataclass(frozen=True)
class Chunk:
    """What one worker makes: issues ``starts`` (sorted, with their yearly numbers) under seed ``seed``."""

    seed: int
    starts: list[tuple[dt.datetime, int, int]]  # (reported at, year, seq)
    plant: SyntheticPlant
    parents: dict[uuid.UUID, uuid.UUID]
    station: uuid.UUID
    now: dt.datetime


@dataclass
class Made:
    issues: list[tuple[Any, ...]]
    events: list[tuple[Any, ...]]
    index: list[tuple[int, str, str, str]]  # (rowid, issue id hex, grams, chars) for issue_fts


def make_chunk(chunk: Chunk) -> Made:
    rng = random.Random(chunk.seed)
    plant, now, station = chunk.plant, chunk.now, chunk.station
    finals, weights = zip(*FINALS, strict=True)
    plant_text = id_text(plant.units[0])
    made = Made([], [], [])
    for start, year, seq in chunk.starts:
        issue_int = (rng.getrandbits(128) & _V4_MASK) | _V4
        issue_hex = f"{issue_int:032x}"
        key = issue_int & search.ROWID_MASK  # search.rowid of the issue's UUID
        unit = rng.choice(plant.leaves)
        title = f"{rng.choice(PLACES)}{rng.choice(THINGS)}{rng.choice(FAULTS)}"
        description = rng.choice(["", "巡检发现，", "夜班发现，存在安全隐患，", "设备运行中"]) + rng.choice(NOTES)
        category = rng.choice(CATEGORIES)
        final = rng.choices(finals, weights)[0]
        reporter, worker, leader, checker = (rng.choice(plant.people) for _ in range(4))
        records = [EventRecord(EventKind.REPORTED, start, reporter, "", {
            "plant": plant_text, "year": year, "seq": seq, "number": f"{year}-{seq:04d}", "title": title,
            "description": description, "category": category, "unit": id_text(unit), "area": None,
            "is_hazard": category == "hazard", "hazard": None, "links": []})]  # fmt: skip
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
                data = {"from_unit": id_text(unit), "to_unit": id_text(chunk.parents[unit]), "overdue": False}
                note = "本级无法解决"
            elif kind in (EventKind.HELD, EventKind.RETURNED, EventKind.REOPENED):
                note = "需大修期间处理"
            records.append(EventRecord(kind, at, actor, note, data))
        snapshot = Snapshot()
        values = snapshot.__dict__
        station_hex = station.hex
        for number, record in enumerate(records, start=1):
            before = snapshot.state
            apply_event(snapshot, record)
            at_text = _time(record.at)
            actor_hex = record.actor_id.hex if record.actor_id else None
            after = snapshot.state
            made.events.append((
                _random_hex(rng), issue_hex, number, record.kind.value, at_text, actor_hex, "",
                before.value if before is not None else None, after.value if after != before else None, record.note,
                json.dumps(record.data) if record.data else "{}", at_text, at_text, station_hex, actor_hex, None,
            ))  # fmt: skip
        row = [v if (v := values[name]) is None or f is None else f(v) for name, f in _PROJECTED]
        row += [issue_hex, key, _time(start), _time(at), station_hex, leader.hex, None]
        made.issues.append(tuple(row))
        made.index.append((key, issue_hex, *_tokens(title, description)))
    return made


@functools.cache
def _tokens(title: str, description: str) -> tuple[str, str]:
    tokens = search.tokenize([title, description])
    return " ".join(tokens.grams), " ".join(tokens.chars)


def _chunks(plant: SyntheticPlant, parents: dict[uuid.UUID, uuid.UUID], station: uuid.UUID, count: int,
            seed: int) -> Iterator[Chunk]:  # fmt: skip
    """The issues' report times over two years, numbered per year in time order, cut into chunks."""
    rng = random.Random(seed)
    now = utcnow()
    starts = sorted(now - dt.timedelta(minutes=rng.randrange(2 * 365 * 24 * 60)) for _ in range(count))
    seq_by_year: dict[int, int] = {}
    numbered = []
    for start in starts:
        year = (start + dt.timedelta(hours=8)).year
        seq_by_year[year] = seq_by_year.get(year, 0) + 1
        numbered.append((start, year, seq_by_year[year]))
    for n, first in enumerate(range(0, count, CHUNK)):
        yield Chunk(seed * 1_000_003 + n, numbered[first : first + CHUNK], plant, parents, station, now)


def _secondary_indexes(conn: sqlite3.Connection, tables: Sequence[str]) -> list[tuple[str, str]]:
    marks = ", ".join("?" for _ in tables)
    return conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        list(tables),
    ).fetchall()


def load_sqlite(path: Path, plant: SyntheticPlant, station: uuid.UUID, count: int, jobs: int,
                seed: int = 2) -> dict[str, float]:  # fmt: skip
    """Write ``count`` issues with their events into the migrated database ``path`` (which nobody else has open);
    returns the seconds of each phase and the number of events."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")  # a fresh file: a failed build is deleted, never repaired
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")  # 1 GB of pages while the indexes are made
    conn.execute("PRAGMA temp_store = MEMORY")
    parents = {
        uuid.UUID(unit): uuid.UUID(parent)
        for unit, parent in conn.execute("SELECT id, parent_id FROM unit WHERE parent_id IS NOT NULL")
    }
    figures: dict[str, float] = {}
    started = time.perf_counter()
    indexes = _secondary_indexes(conn, ["issue", "issue_event"])
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    # The tallies' triggers would add to a tally row per issue: one GROUP BY after the load is 100 times cheaper.
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'issue'"
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    insert_issue = f"INSERT INTO issue ({', '.join(ISSUE_COLUMNS)}) VALUES ({', '.join('?' * len(ISSUE_COLUMNS))})"
    insert_event = (
        f"INSERT INTO issue_event ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(EVENT_COLUMNS))})"
    )

    insert_fts = "INSERT INTO issue_fts (rowid, issue_id, grams, chars) VALUES (?, ?, ?, ?)"
    events = 0
    chunks = _chunks(plant, parents, station, count, seed)
    with multiprocessing.get_context("fork").Pool(jobs) if jobs > 1 else _Serial() as pool:
        for made in pool.imap(make_chunk, chunks):
            conn.execute("BEGIN")
            conn.executemany(insert_issue, made.issues)
            conn.executemany(insert_event, made.events)
            conn.executemany(insert_fts, made.index)
            conn.execute("COMMIT")
            events += len(made.events)
    figures["generate and insert"] = time.perf_counter() - started
    started = time.perf_counter()
    for _name, sql in indexes:
        conn.execute(sql)
    figures["indexes"] = time.perf_counter() - started
    started = time.perf_counter()
    conn.execute("INSERT INTO issue_fts (issue_fts) VALUES ('optimize')")
    figures["search index merged"] = time.perf_counter() - started
    started = time.perf_counter()
    for _name, sql in triggers:
        conn.execute(sql)
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'issue_tally'").fetchone():
        conn.execute("DELETE FROM issue_tally")
        conn.execute(
            "INSERT INTO issue_tally (unit_id, state, category_code, is_hazard, issues) SELECT unit_id, state, "
            "category_code, is_hazard, count(*) FROM issue WHERE deleted_at IS NULL "
            "GROUP BY unit_id, state, category_code, is_hazard"
        )
    figures["tallies"] = time.perf_counter() - started
    forget_audit_trail(conn)
    started = time.perf_counter()
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    figures["analyze"] = time.perf_counter() - started
    figures["events"] = events
    return figures


def forget_audit_trail(conn: sqlite3.Connection) -> None:
    """The synthetic plant's own audit records go: the bulk-loaded events are then those of a database from before
    the audit trail, which the first write seals (``gridapp.security.audit``), instead of events no record wrote
    (which would make the database read-only as tampered with)."""
    guards = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('audit_record', 'audit_chain')"
    ).fetchall()
    for name, _sql in guards:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("DELETE FROM audit_record")
    conn.execute("DELETE FROM audit_chain")
    for _name, sql in guards:
        conn.execute(sql)


class _Serial:
    def __enter__(self) -> _Serial:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def imap(self, fn: Callable[[Chunk], Made], items: Iterator[Chunk]) -> Iterator[Made]:
        return map(fn, items)


def build_sqlite(count: int, people: int = 10_000, units: int = 500, jobs: int = 2) -> Path:
    """The cached database of ``count`` issues, built when missing (``bench/output/issues-N.sqlite3``)."""
    from gridapp.services import open_workspace

    OUTPUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("GRIDAPP_DATA_DIR", str(OUTPUT / "data"))
    path = OUTPUT / f"issues-{count}.sqlite3"
    if path.exists():
        return path
    started = time.perf_counter()
    partial = path.with_suffix(".part")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    opened = open_workspace(partial)
    db = opened.services.db
    plant = make_plant(db, people, units)
    station = db.station.id
    opened.services.close()
    figures = load_sqlite(partial, plant, station, count, jobs)
    partial.rename(path)
    phases = ", ".join(f"{k} {v:.0f} s" for k, v in figures.items() if k != "events")
    print(f"built {path.name}: {count} issues, {figures['events']:.0f} events in {time.perf_counter() - started:.0f} s"
          f" ({phases})")  # fmt: skip
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--issues", type=int, default=1_000_000)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--postgresql", default="", help="copy the cached SQLite database into this PostgreSQL URL")
    args = parser.parse_args()
    path = build_sqlite(args.issues, args.people, args.units, args.jobs)
    if args.postgresql:
        from bench.pg_load import copy_into

        copy_into(path, args.postgresql)


if __name__ == "__main__":
    main()
