"""A station PC killed (SIGKILL) at random points while it imports the plant's whole content: each time the database
is intact and holds either nothing of the bundle or all of it, and importing the same file again completes it.

One bundle is prepared (the demo plant for a new station: thousands of rows), and one station database file, set up
and checkpointed; every run copies that file. The import runs in a child process (tests/sync/import_child.py) that
gets this process's keyring entries as a file (the MemoryKeyring is per process; the station only needs its audit
chain's key — importing needs no private sync key). The kill delays are spread evenly, with seeded jitter, over the
import's duration measured in a first, uninterrupted child; the next child is started while the last run is checked,
so its start-up overlaps the checks.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import keyring

from gridapp.db.connect import open_database
from gridapp.issues.photos import PhotoStore
from gridapp.station import Station
from gridapp.sync.models import RowVersion
from gridapp.sync.service import SyncService
from gridapp.sync.tables import SYNCED
from tests.sync.helpers import open_site, send

ROOT = Path(__file__).resolve().parents[2]
RUNS = 24
SEED = 20260611


def _counts(path: Path) -> dict[str, int]:
    """Rows of every table (the WAL a killed process left is recovered by this connection)."""
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        con.close()


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return "; ".join(r[0] for r in con.execute("PRAGMA integrity_check"))
    finally:
        con.close()


MERGED = [t.name for t in SYNCED] + [RowVersion.__tablename__]


def _merged(counts: dict[str, int]) -> dict[str, int]:
    """What the bundle itself puts in, in the import's one transaction: the business rows and their versions. (The
    station's first meeting with its plant — the plant's key kept as a peer — is a transaction of its own before
    the import, so a kill between the two leaves the plant met and nothing of the bundle.)"""
    return {name: counts[name] for name in MERGED}


class Child:
    """A warm child: started, keyring loaded, database open, waiting for the word to import."""

    def __init__(self, run: Path, bundle: Path, secrets: Path, station: Station) -> None:
        self.run = run
        self.database = run / "gridapp.sqlite3"
        self.errors = (run / "stderr.txt").open("w")
        env = dict(os.environ, GRIDAPP_DATA_DIR=str(run / "data"), PYTHONPATH=str(ROOT))
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.import_child",
                str(self.database),
                str(bundle),
                str(secrets),
                station.id.hex,
                station.name,
                str(run / "photos"),
            ],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
        )

    def expect(self, word: str) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.startswith(word), f"child said {line!r}: {(self.run / 'stderr.txt').read_text()}"
        return line

    def go(self) -> float:
        """Start the import; returns the moment it started."""
        self.expect("ready")
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        self.expect("start")
        return time.perf_counter()

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.errors.close()


def test_a_killed_import_is_all_or_nothing_and_reading_it_again_completes_it(
    _templates: dict[str, Path], tmp_path: Path
) -> None:
    plant = open_site(_templates["demo"], tmp_path / "plant", "东湖水厂")
    plant.sync.set_up_plant(plant.actor, "东湖水厂")
    station = open_site(_templates["empty"], tmp_path / "station", "泵站1")
    me = station.sync.set_up_station(station.actor, "泵站1", "B1")
    with station.db.read() as s:
        from gridapp.sync.models import Identity

        public = s.get(Identity, me.id).public_key  # type: ignore[union-attr]
    plant.sync.register_key(plant.actor, me.id, public, "泵站1", "B1")
    bundle = send(plant, station, tmp_path)
    plant.db.dispose()
    with station.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    station.db.dispose()
    prepared, who = station.folder / "gridapp.sqlite3", station.db.station
    secrets = tmp_path / "keyring.json"
    secrets.write_text(json.dumps([[*k, v] for k, v in keyring.get_keyring().store.items()]))  # type: ignore[attr-defined]
    secrets.chmod(0o600)
    before = _counts(prepared)

    def start(name: str) -> Child:
        run = tmp_path / name
        run.mkdir()
        shutil.copy(prepared, run / "gridapp.sqlite3")
        return Child(run, bundle, secrets, who)

    # The uninterrupted import: what "all of it" is, and how long it takes.
    reference = start("reference")
    started = reference.go()
    done = reference.expect("done")
    duration = time.perf_counter() - started
    reference.kill()
    after = _counts(reference.database)
    assert int(done.split()[1]) > 2000, "thousands of rows"
    assert _merged(after) != _merged(before)

    rng = random.Random(SEED)
    delays = [(n + rng.random()) / RUNS * duration * 1.1 for n in range(RUNS)]
    rng.shuffle(delays)
    outcomes: list[str] = []
    children: list[Child] = [start("run-00")]
    try:
        for n, delay in enumerate(delays):
            child = children[-1]
            at = child.go()
            time.sleep(max(0.0, at + delay - time.perf_counter()))
            child.kill()
            if n + 1 < RUNS:
                children.append(start(f"run-{n + 1:02d}"))  # warms up while this run is checked

            assert _integrity(child.database) == "ok", f"run {n}: killed after {delay:.3f} s"
            now = _counts(child.database)
            odd = {  # the audit trail counts both transactions (the meeting's record may be there alone)
                t: (before[t], now[t], after[t])
                for t in now
                if now[t] not in (before[t], after[t]) and t != "audit_record"
            }
            assert not odd, f"run {n}: killed after {delay:.3f} s, a table half written: {odd}"
            if _merged(now) == _merged(before):
                outcomes.append("nothing")
            elif _merged(now) == _merged(after):
                outcomes.append("all")
            else:
                raise AssertionError(f"run {n}: killed after {delay:.3f} s, half an import")

            db = open_database(child.database, who)
            try:
                again = SyncService(db, PhotoStore(child.run / "photos")).import_file(
                    db.system_actor(), bundle, trust_plant=lambda _name, _code: True
                )
            finally:
                db.dispose()
            assert (again.merged.rows > 0) == (outcomes[-1] == "nothing")
            assert _merged(_counts(child.database)) == _merged(after), f"run {n}"
    finally:
        for child in children:
            child.kill()
    print(f"import {duration:.2f} s; {RUNS} kills: {outcomes.count('nothing')} before the commit, "
          f"{outcomes.count('all')} after")  # fmt: skip
    assert outcomes.count("nothing") >= RUNS // 4, outcomes
