"""Backups at scale: a verified backup of the synthetic plant with 100,000 issues (the issue bench's data, built once
and shared; copied here so the bench never touches it), a second one with the photos already kept, the list, and a
restore of the 100,000-issue file (the current file backed up first). Prints the figures.

    python -m bench.backup [--issues 100000] [--photos 2000] [--runs 3]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import shutil
import statistics
import time
from pathlib import Path

from bench.bulk import OUTPUT, build_sqlite
from gridapp.backup.sqlite import (
    MANUAL,
    backup_folder,
    find_backup,
    list_backups,
    make_backup,
    photo_root,
    restore_backup,
    verify_file,
)
from gridapp.services import open_workspace


def shared_plant(issues: int, people: int, units: int) -> Path:
    return build_sqlite(issues, people, units)  # the same plant as bench.issues (bench.bulk), cached in OUTPUT


def fake_photos(root: Path, count: int) -> None:
    """Content-addressed files the size of phone photos after the app's resize (~300 KB)."""
    for i in range(count):
        data = i.to_bytes(4, "big") * 75_000
        digest = hashlib.sha256(data).hexdigest()
        path = root / digest[:2] / f"{digest}.jpg"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--issues", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--photos", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("GRIDAPP_DATA_DIR", str(OUTPUT / "data"))
    source = shared_plant(args.issues, args.people, args.units)
    folder = OUTPUT / "backup-bench"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / "plant.sqlite3"
    shutil.copy(source, path)
    open_workspace(path).services.close()  # at this version's schema (an upgrade, if any, is not timed)
    shutil.rmtree(backup_folder(path), ignore_errors=True)
    fake_photos(photo_root(path), args.photos)
    size_mb = path.stat().st_size / 1_048_576
    print(f"{args.issues} issues, file {size_mb:.0f} MB, {args.photos} photos; {args.runs} runs, medians")

    steps: dict[str, list[float]] = {"copy": [], "verify": [], "photos": []}
    totals, incremental = [], []
    for _run in range(args.runs):
        shutil.rmtree(backup_folder(path), ignore_errors=True)
        marks: list[tuple[str, float]] = []

        def mark(step: str, marks: list[tuple[str, float]] = marks) -> None:
            marks.append((step, time.perf_counter()))

        started = time.perf_counter()
        make_backup(path, MANUAL, thin=False, progress=mark)
        ended = time.perf_counter()
        totals.append(ended - started)
        marks.append(("end", ended))
        for (step, at), (_next, after) in itertools.pairwise(marks):
            steps[step].append(after - at)
        started = time.perf_counter()
        make_backup(path, MANUAL, thin=False)  # the photos are kept already: only the database is copied
        incremental.append(time.perf_counter() - started)
    backups = list_backups(path)
    newest = backups[0]
    print(f"  backup + verify, first (database and {args.photos} photos)  {statistics.median(totals):6.2f} s")
    print(f"    of which VACUUM INTO                                 {statistics.median(steps['copy']):6.2f} s")
    print(f"    of which integrity check + row counts + SHA-256      {statistics.median(steps['verify']):6.2f} s")
    print(f"    of which photos (hard links)                         {statistics.median(steps['photos']):6.2f} s")
    print(f"  backup + verify, next (photos already kept)            {statistics.median(incremental):6.2f} s")
    print(f"  backup file {newest.size / 1_048_576:.0f} MB; issues {newest.counts.get('issue')}, "
          f"events {newest.counts.get('issue_event')}")  # fmt: skip
    started = time.perf_counter()
    list_backups(path)
    print(
        f"  list the backups ({len(backups)})                          {1000 * (time.perf_counter() - started):6.1f} ms"
    )

    restores = []
    for _run in range(args.runs):
        started = time.perf_counter()
        restored = restore_backup(path, find_backup(path, newest.name))
        restores.append(time.perf_counter() - started)
        assert restored.previous is not None
    verify_file(path)
    print(f"  restore (check backup, back up current file, copy, swap) {statistics.median(restores):6.2f} s")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
