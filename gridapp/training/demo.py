"""Loading the demo plant's training from ``resources/demo/training.json``, dated back from the day it is loaded:
the shipped classrooms, one session of each kind (三学) with who attended, and the required hours.

Rows are written as the service writes them (the demo's one transaction stamps station and author); attendees are
checked as the service checks them (only people of the session's unit and the units below it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.org.models import Person, Unit
from gridapp.org.queries import UnitIndex
from gridapp.progress import Progress
from gridapp.times import plant_today, utcnow
from gridapp.training.kinds import RequirementPeriod, TrainingKind
from gridapp.training.models import TrainingAttendance, TrainingClassroom, TrainingRequirement, TrainingSession
from gridapp.training.service import install_classrooms


def load_training(session: Session, data: dict[str, Any], progress: Progress, today: dt.date | None = None) -> None:
    today = today or plant_today(utcnow())
    install_classrooms(session)
    people = dict(session.execute(select(Person.employee_no, Person.id)).all())
    homes = dict(session.execute(select(Person.id, Person.home_unit_id)).all())
    units = dict(session.execute(select(Unit.code, Unit.id)).all())
    classrooms = dict(session.execute(select(TrainingClassroom.code, TrainingClassroom.id)).all())
    index = UnitIndex(session)
    for item in data.get("requirements", []):
        session.add(
            TrainingRequirement(
                unit_id=units[item["unit"]],
                kind=TrainingKind(item["kind"]),
                period=RequirementPeriod(item["period"]),
                hours=round(float(item["hours"]), 2),
            )
        )
    total = len(data["sessions"])
    for n, item in enumerate(data["sessions"]):
        unit_id = units[item["unit"]]
        row = TrainingSession(
            unit_id=unit_id,
            kind=TrainingKind(item["kind"]),
            classroom_id=classrooms[item["classroom"]],
            topic=item["topic"],
            teacher=item.get("teacher", ""),
            place=item.get("place", ""),
            held_on=today - dt.timedelta(days=item["days_ago"]),
            hours=float(item["hours"]),
        )
        session.add(row)
        session.flush()
        allowed = set(index.descendants(unit_id))
        for no in dict.fromkeys(item["attendees"]):
            person_id = people[no]
            if homes[person_id] not in allowed:
                raise ValueError(f"demo training {item['topic']}: {no} is not of {item['unit']}")
            session.add(TrainingAttendance(session_id=row.id, person_id=person_id))
        progress(n + 1, total, "")
