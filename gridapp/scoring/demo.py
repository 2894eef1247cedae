"""Loading the demo plant's points from ``resources/demo/scoring.json``, dated back from the day it is loaded.

Every entry goes through the same checks as in the app (the confirmer must hold a grantor role, caps apply),
so the demo data cannot show what the rules would refuse.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.org.models import Person, Unit
from gridapp.progress import Progress
from gridapp.scoring.catalogue import install_defaults
from gridapp.scoring.closing import close_in
from gridapp.scoring.entries import confirm_entry, correct_entry, new_entry, reject_entry
from gridapp.scoring.kinds import EntrySource, WarningLevel
from gridapp.scoring.models import ScoreEntry, ScoreRule, ScoreWarning
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.points import to_tenths
from gridapp.scoring.rules import in_force
from gridapp.times import plant_today

DEMO_NAMESPACE = uuid.UUID("5b7f0c2e-6a52-4d6e-9a43-2f1f4c1f9e01")


def load_scoring(session: Session, data: dict[str, Any], progress: Progress, today: dt.date | None = None) -> None:
    today = today or plant_today()
    install_defaults(session)
    people = {
        no: (pid, home) for pid, no, home in session.execute(select(Person.id, Person.employee_no, Person.home_unit_id))
    }
    units = dict(session.execute(select(Unit.code, Unit.id)).all())
    rules = {(r.catalogue, r.code): r for r in session.scalars(select(ScoreRule).where(*in_force()))}
    keyed: dict[str, ScoreEntry] = {}
    total = len(data["entries"])
    for index, item in enumerate(data["entries"]):
        rule = rules[(item["catalogue"], item["rule"])]
        source = EntrySource(item.get("source", EntrySource.MANUAL.value))
        manual = source is EntrySource.MANUAL
        if "person" in item:
            person_id, unit_id = people[item["person"]]
        else:
            person_id, unit_id = None, units[item["unit"]]
        proposer = item.get("proposed_by") or (item.get("by") if manual else None)
        booked = today - dt.timedelta(days=item["days_ago"])
        entry = new_entry(
            session,
            rule,
            person_id=person_id,
            unit_id=unit_id,
            booked_on=booked,
            quantity=item.get("quantity", 1),
            source=source,
            source_id=None if manual else uuid.uuid5(DEMO_NAMESPACE, f"event-{index}"),
            occurred_at=dt.datetime.combine(booked, dt.time(9, 30)).astimezone(dt.UTC),
            reason=item.get("reason", ""),
            evidence=item.get("evidence", ""),
            proposed_by=people[proposer][0] if proposer else None,
        )
        if item["status"] == "confirmed":
            confirm_entry(session, entry, people[item["by"]][0], item.get("note", ""), booked)
        elif item["status"] == "rejected":
            reject_entry(session, entry, people[item["by"]][0], item.get("note") or "经核实不符合积分条件", booked)
        if "key" in item:
            keyed[item["key"]] = entry
        if index % 50 == 0:
            progress(index, total, "")
    closer = people[data.get("closed_by", "DH0002")][0]
    current = Period.of(PeriodKind.MONTH, today)
    for months_ago in sorted(data.get("close_months_ago", []), reverse=True):
        period = current
        for _ in range(months_ago):
            period = period.previous()
        close_in(session, period, closer)
    for item in data.get("corrections", []):
        correction = correct_entry(
            session, keyed[item["entry"]], to_tenths(item["amount"]), item["reason"], people[item["by"]][0], today
        )
        if "confirmed_by" in item:  # four eyes: another grantor confirms the correction
            confirm_entry(session, correction, people[item["confirmed_by"]][0], "", today)
    for item in data.get("warnings", []):
        session.add(
            ScoreWarning(
                person_id=people[item["person"]][0],
                level=WarningLevel(item["level"]),
                situation=item["situation"],
                measures=item.get("measures", ""),
                raised_on=today - dt.timedelta(days=item["days_ago"]),
                raised_by=people[item["raised_by"]][0],
                closing_note="",
            )
        )
    progress(total, total, "")
