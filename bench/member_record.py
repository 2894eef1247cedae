"""A party member's yearly record of organisation life on bench.party_life's 10,000-person, 500-unit plant with two
years of records: the record of the member with the most attendance marks, with and without the talk summaries (the
audited export), and its A4 print.

    python -m bench.member_record [--runs 15]

Runs on a copy of bench/output/party-life-10000-500.sqlite3 (built by bench.party_life when missing).
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from bench.org import median_ms
from bench.party_life import OUTPUT, build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault("GRIDAPP_DATA_DIR", tempfile.mkdtemp(prefix="gridapp-bench-"))
    OUTPUT.mkdir(parents=True, exist_ok=True)
    source = OUTPUT / "party-life-10000-500.sqlite3"
    if not source.exists():
        started = time.perf_counter()
        build(source, 10_000, 500)
        print(f"built {source.name} in {time.perf_counter() - started:.1f} s")
    copy = Path(tempfile.mkdtemp(prefix="member-record-")) / "plant.sqlite3"
    shutil.copy(source, copy)

    from sqlalchemy import func, select

    from gridapp.party_life.models import MeetingAttendance, Talk
    from gridapp.party_life.printing import member_record_pdf
    from gridapp.services import open_workspace

    workspace = open_workspace(copy, without_backup=True)
    services = workspace.services
    try:
        db = services.db
        with db.read() as s:
            person, marks = s.execute(
                select(MeetingAttendance.person_id, func.count())
                .group_by(MeetingAttendance.person_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
            talker = s.scalar(select(Talk.talker_id).group_by(Talk.talker_id).order_by(func.count().desc()).limit(1))
        records, actor = services.party_life.member_records, db.system_actor()
        record = records.record(actor, person, 2025)
        talks = records.record(actor, talker, 2025, "bench")
        print(
            f"member with the most marks: {marks} over two years, {len(record.meetings)} in 2025; "
            f"busiest talker: {sum(q.talks for q in talks.quarters)} talks in 2025, {len(talks.summaries)} summaries"
        )
        figures = {
            "a member's yearly record": median_ms(lambda: records.record(actor, person, 2025), args.runs),
            "with the summaries (audited)": median_ms(lambda: records.record(actor, talker, 2025, "bench"), args.runs),
            "its A4 print": median_ms(lambda: member_record_pdf(record), args.runs),
        }
        for name, ms in figures.items():
            print(f"{name}: {ms:.0f} ms")
    finally:
        services.close()
        shutil.rmtree(copy.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
