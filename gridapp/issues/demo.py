"""Loading the demo plant's issues from ``resources/demo/issues.json``: each one reported and moved along its road
through the same service calls a user makes, on a clock that walks from days ago up to now."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.base import utcnow
from gridapp.db.database import ACTOR_KEY
from gridapp.events import EventBus
from gridapp.issues.clock import FakeClock
from gridapp.issues.kinds import Action, HazardGrade, RiskColour, Stage
from gridapp.issues.rows import HazardDraft, ReportDraft
from gridapp.issues.service import IssueService
from gridapp.org.models import Area, Person, Unit
from gridapp.progress import Progress


def load_issues(session: Session, data: dict[str, Any], progress: Progress) -> None:
    station = session.info[ACTOR_KEY].station_id
    people = {no: (pid, name) for pid, no, name in session.execute(select(Person.id, Person.employee_no, Person.name))}
    units = {code: uid for uid, code in session.execute(select(Unit.id, Unit.code))}
    areas = {name: aid for aid, name in session.execute(select(Area.id, Area.name))}
    now = utcnow()
    clock = FakeClock(now)
    # Demo events are not published to other capabilities: the demo plant starts with no points proposed.
    service = IssueService(None, EventBus(), clock)  # type: ignore[arg-type]

    def actor(no: str) -> Actor:
        pid, name = people[no]
        return Actor(station, pid, name)

    def walk(hours: float) -> None:
        clock.current = min(clock.current + dt.timedelta(hours=hours), now - dt.timedelta(minutes=1))

    total = len(data["issues"])
    for n, entry in enumerate(data["issues"]):
        clock.current = now - dt.timedelta(days=entry["days_ago"])
        hazard = entry.get("hazard")
        draft = ReportDraft(
            title=entry["title"],
            unit_id=units[entry["unit"]],
            category=entry["category"],
            description=entry.get("description", ""),
            area_id=areas.get(entry.get("area", "")),
            hazard=_hazard(hazard, people, clock.current) if hazard else None,
        )
        ref = service.report_in(session, actor(entry["reporter"]), draft)
        leader = actor("DH0001")
        if "people" in entry:
            walk(0.2)
            crew = entry["people"]
            service.set_people_in(session, leader, ref.id, people[crew["lead"]][0], people[crew["supervisor"]][0],
                                  [people[p][0] for p in crew.get("partners", [])])  # fmt: skip
        for stage in entry.get("stages", []):
            walk(0.1)
            stage, note = (stage, "") if isinstance(stage, str) else stage  # [stage, reason]: a skip
            service.reach_stage_in(session, leader, ref.id, Stage(stage), note)
        for step in entry.get("steps", []):
            walk(step["after_hours"])
            due = step.get("due_days")
            service.act_in(
                session,
                actor(step["by"]),
                ref.id,
                Action(step["action"]),
                step.get("note", ""),
                assignee_id=people[step["to"]][0] if "to" in step else None,
                due=(clock.current + dt.timedelta(days=due)).astimezone(_CST).date() if due else None,
            )
        progress(n + 1, total, "")


_CST = dt.timezone(dt.timedelta(hours=8))


def _hazard(raw: dict[str, Any], people: dict[str, tuple[Any, str]], at: dt.datetime) -> HazardDraft:
    days = raw.get("deadline_days")
    return HazardDraft(
        grade=HazardGrade(raw["grade"]),
        colour=RiskColour(raw["colour"]) if raw.get("colour") else None,
        responsible_id=people[raw["responsible"]][0] if raw.get("responsible") else None,
        measures=raw.get("measures", ""),
        funds=raw.get("funds", ""),
        deadline=(at + dt.timedelta(days=days)).astimezone(_CST).date() if days else None,
        contingency_plan=raw.get("contingency", ""),
    )
