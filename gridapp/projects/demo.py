"""Loading the demo plant's tackling projects (项目攻关) from ``resources/demo/projects.json``, dated back from the
day it is loaded: each with its team, milestones (done or not) and results.

Rows are written as the service writes them (the demo's one transaction stamps station and author); numbers are
given as the service gives them (GG<year>-<order>). No event is published for a finished project: the demo plant
starts with no points proposed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.org.models import Person, Unit
from gridapp.progress import Progress
from gridapp.projects.kinds import ProjectStatus
from gridapp.projects.models import Project, ProjectMember, ProjectMilestone, ProjectResult
from gridapp.times import plant_today, utcnow


def load_projects(session: Session, data: dict[str, Any], progress: Progress, today: dt.date | None = None) -> None:
    today = today or plant_today(utcnow())
    people = dict(session.execute(select(Person.employee_no, Person.id)).all())
    units = dict(session.execute(select(Unit.code, Unit.id)).all())

    def day(item: dict[str, Any], key: str) -> dt.date | None:
        """``<key>_days_ago`` or ``<key>_days_ahead`` of ``item`` as a plant day; None when it has neither."""
        if f"{key}_days_ago" in item:
            return today - dt.timedelta(days=item[f"{key}_days_ago"])
        if f"{key}_days_ahead" in item:
            return today + dt.timedelta(days=item[f"{key}_days_ahead"])
        return None

    total = len(data["projects"])
    for n, item in enumerate(data["projects"]):
        started = day(item, "started")
        assert started is not None
        taken = session.scalar(select(func.count()).select_from(Project).where(Project.year == started.year)) or 0
        leader_id = people[item["leader"]]
        project = Project(
            number=f"GG{started.year}-{taken + 1:02d}",
            year=started.year,
            title=item["title"],
            unit_id=units[item["unit"]],
            leader_id=leader_id,
            problem=item.get("problem", ""),
            goal=item.get("goal", ""),
            target=item.get("target", ""),
            target_value=item.get("target_value"),
            target_unit=item.get("target_unit", ""),
            started_on=started,
            due_on=day(item, "due"),
            status=ProjectStatus(item["status"]),
            status_on=day(item, "status") or started,
            status_note=item.get("status_note", ""),
        )
        session.add(project)
        session.flush()
        for no, duty in item.get("members", []):
            if people[no] != leader_id:  # the leader is not a member row: the project names them
                session.add(ProjectMember(project_id=project.id, person_id=people[no], duty=duty))
        for position, milestone in enumerate(item.get("milestones", [])):
            due = day(milestone, "due")
            assert due is not None and due >= started
            session.add(
                ProjectMilestone(
                    project_id=project.id,
                    position=position,
                    title=milestone["title"],
                    due_on=due,
                    done_on=day(milestone, "done"),
                    note=milestone.get("note", ""),
                )
            )
        for result in item.get("results", []):
            session.add(
                ProjectResult(
                    project_id=project.id,
                    what=result["what"],
                    value=float(result["value"]),
                    unit=result["unit"],
                    recorded_on=day(result, "recorded") or today,
                )
            )
        progress(n + 1, total, "")
