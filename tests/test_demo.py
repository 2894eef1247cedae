"""The demo plant: seed 000's shape, loaded all-or-nothing, only into an empty database."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from gridapp.db.database import Database
from gridapp.demo import load_demo
from gridapp.errors import NotEmptyError
from gridapp.org.kinds import PARTY_MEMBERS, RoleKind, UnitKind
from gridapp.org.models import Area, Guardianship, Person, Post, Role, RoleAssignment, Unit
from gridapp.org.service import OrgService
from gridapp.party_life.kinds import Attendance, SuggestionState
from gridapp.party_life.meetings import add_months
from gridapp.party_life.models import CareCase, CareNote, Meeting, Talk
from gridapp.progress import Cancelled
from gridapp.projects.kinds import ProjectStatus
from gridapp.projects.models import Project
from gridapp.services import Services
from gridapp.times import plant_today
from gridapp.training.kinds import TrainingKind
from gridapp.training.models import TrainingSession


def test_demo_plant_has_the_shape_of_seed_000(db: Database) -> None:
    progress: list[tuple[int, int]] = []
    load_demo(db, db.system_actor(), lambda done, total, text="": progress.append((done, total)))
    assert progress and progress[-1][0] == progress[-1][1]
    with db.read() as s:
        kinds = dict(s.execute(select(Unit.kind, func.count()).group_by(Unit.kind)).all())
        assert kinds[UnitKind.PLANT] == 1 and kinds[UnitKind.GRID] == 1 and kinds[UnitKind.ZONE] == 5
        assert s.scalar(select(func.count()).select_from(Post)) == 12
        people = s.scalars(select(Person)).all()
        assert 50 <= len(people) <= 70
        assert {p.party_status for p in people} >= set(PARTY_MEMBERS)
        held = s.execute(
            select(Role.kind, func.count(RoleAssignment.id)).join(RoleAssignment).group_by(Role.kind)
        ).all()
        assert dict(held) == {RoleKind.LEADER: 2, RoleKind.SECRETARY: 1, RoleKind.OFFICER: 6, RoleKind.ZONE_LEAD: 5}
        officers_in_use = s.scalar(select(func.count()).where(Role.kind == RoleKind.OFFICER, Role.in_use))
        assert officers_in_use == 6  # 六大员 of the eight in the catalogue
        assert s.scalar(select(func.count()).select_from(Guardianship)) >= 3
        assert s.scalar(select(func.count()).select_from(Area)) >= 5
        # Every row says which station wrote it.
        assert s.scalar(select(func.count()).where(Person.station_id != db.station.id)) == 0


def test_demo_goes_only_into_an_empty_database(demo_db: Database) -> None:
    def counts() -> list[int | None]:
        with demo_db.read() as s:
            return [
                s.scalar(select(func.count()).select_from(t)) for t in (Person, Meeting, Talk, TrainingSession, Project)
            ]

    before = counts()
    with pytest.raises(NotEmptyError):
        load_demo(demo_db, demo_db.system_actor())
    assert counts() == before  # nothing of a second demo was added


def test_cancelled_demo_load_leaves_nothing_behind(db: Database) -> None:
    def cancel_midway(done: int, total: int, text: str = "") -> None:
        if done > 0:
            raise Cancelled("demo")

    with pytest.raises(Cancelled):
        load_demo(db, db.system_actor(), cancel_midway)
    assert OrgService(db).is_empty()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0


def test_demo_holds_party_life_training_and_projects(services: Services) -> None:
    """A user who loads the demo sees these pages filled: meetings with attendance (absences with reasons), the
    quarter's 1+N talks with a few links missing, suggestions in several states, this week's zone reports, one
    training session of each kind with a requirement, a project under way with a late milestone and a finished one."""
    today = plant_today()
    with services.db.read() as s:
        grid = s.scalar(select(Unit.id).where(Unit.code == "DH-W"))
        leader = s.scalar(select(Person.id).where(Person.employee_no == "DH0009"))
        team = s.scalar(select(Unit.id).where(Unit.code == "DH-W-05-1"))
        assert s.scalar(select(func.count()).select_from(CareNote)) == 0  # personal information: not in a demo
        assert s.scalar(select(func.count()).select_from(CareCase)) == 0
    assert grid is not None and leader is not None and team is not None
    party = services.party_life
    meetings = party.meetings.meetings(grid, add_months(today.replace(day=1), -2), today)
    assert len(meetings) >= 6 and len({m.unit for m in meetings}) >= 3
    marks = [a.attendance for m in meetings for a in party.meetings.detail(m.id).attendees]
    assert Attendance.PRESENT in marks and {Attendance.SICK_LEAVE, Attendance.OFFICIAL_LEAVE} <= set(marks)
    assert Attendance.NO_REASON not in marks  # no event proposes the deduction in a demo
    coverage = party.talks.coverage(grid, today.year, (today.month - 1) // 3 + 1)
    assert 0 < len(coverage.missing) < len(coverage.rows) // 2
    states = {r.state for r in party.suggestions.suggestions(grid, today - dt.timedelta(days=40), today)}
    assert len(states) == 3 and SuggestionState.SUBMITTED in states
    assert len([r for r in party.zone_reports.week(grid) if r.report_id is not None]) >= 5
    sessions = services.training.sessions(grid, today - dt.timedelta(days=62), today)
    assert {r.kind for r in sessions} == set(TrainingKind)
    assert all(services.training.detail(r.id).attendees for r in sessions)
    assert services.training.requirements(team)  # set for its zone
    statuses = {r.status for r in services.projects.projects()}
    assert statuses == {ProjectStatus.ACTIVE, ProjectStatus.FINISHED}
    assert services.projects.overdue_for(leader)  # the late milestone alerts its leader
