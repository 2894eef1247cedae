"""Tackling projects (攻关项目): set up by a grid's leader or officer, led by a 攻关员 or a named party member with
members from any grid; milestones past their day alert the leader; a finished project publishes ``ProjectFinished``,
from which scoring proposes the points its 攻关 rules give (a person confirms them, as every point)."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from gridapp.actor import Actor
from gridapp.db.database import Database
from gridapp.events import EventBus, ProjectFinished
from gridapp.issues.models import Issue
from gridapp.org.kinds import UnitKind
from gridapp.org.models import Person, Role, RoleAssignment
from gridapp.org.queries import UnitIndex
from gridapp.projects.kinds import NEXT, OPEN, ProjectRefused, ProjectStatus, Refusal
from gridapp.projects.models import (
    Project,
    ProjectAttachment,
    ProjectIssue,
    ProjectMember,
    ProjectMilestone,
    ProjectResult,
)
from gridapp.projects.rows import (
    AttachmentRow,
    AttackingProject,
    LinkedIssueRow,
    MemberRow,
    MilestoneRow,
    OverdueMilestone,
    ProjectBoard,
    ProjectDetail,
    ProjectDraft,
    ProjectRow,
    ResultRow,
)
from gridapp.security.rights import Right, may, plant_today, require
from gridapp.times import plant_midnight

if TYPE_CHECKING:
    from gridapp.issues.photos import PhotoStore

TACKLING_ROLE = "tackling"  # 攻关员 in the catalogue of officer roles
MAX_FILE_BYTES = 30 * 1024 * 1024


def _live(session: Session, model: type, row_id: uuid.UUID | None):  # type: ignore[no-untyped-def]
    row = session.get(model, row_id) if row_id is not None else None
    if row is None or row.deleted_at is not None:
        raise ProjectRefused(Refusal.UNKNOWN)
    return row


def grid_of(index: UnitIndex, unit_id: uuid.UUID | None) -> uuid.UUID | None:
    """The grid (格) a unit lies in: itself or the nearest grid above it; the unit itself when none is above."""
    if unit_id is None or unit_id not in index:
        return None
    return next((u for u in index.ancestors(unit_id) if index.kind[u] is UnitKind.GRID), unit_id)


class ProjectService:
    def __init__(
        self,
        db: Database,
        events: EventBus,
        photos: PhotoStore | None = None,
        today: Callable[[], dt.date] = plant_today,
    ) -> None:
        self._db = db
        self._events = events
        self._photos = photos
        self._today = today

    # reading

    def projects(
        self, year: int | None = None, unit_id: uuid.UUID | None = None, status: ProjectStatus | None = None
    ) -> list[ProjectRow]:
        """Projects of ``year`` (all years: None), carried by ``unit_id`` or below it or with a team member there."""
        today = self._today()
        with self._db.read() as s:
            index = UnitIndex(s)
            query = select(Project).where(Project.deleted_at.is_(None))
            if year is not None:
                query = query.where(Project.year == year)
            if status is not None:
                query = query.where(Project.status == status)
            projects = list(s.scalars(query.order_by(Project.year, Project.number)))
            rows = self._rows(s, index, projects, today)
        if unit_id is not None:
            below = set(index.descendants(unit_id)) if unit_id in index else set()
            rows = [r for r, units in rows if units & below]
        else:
            rows = [r for r, _units in rows]
        return rows

    def board(self, year: int | None = None, unit_id: uuid.UUID | None = None) -> ProjectBoard:
        """The project board: by status, and by grid — a project stands under its leader's grid and under the
        grid of every member from elsewhere (格间联动), so a grid sees every project its people work on."""
        rows = self.projects(year, unit_id)
        by_status = {status: tuple(r for r in rows if r.status is status) for status in ProjectStatus}
        grids: dict[str, list[ProjectRow]] = {}
        counts: dict[str, dict[ProjectStatus, int]] = {}
        for row in rows:
            for grid in row.grids:
                grids.setdefault(grid, []).append(row)
                tally = counts.setdefault(grid, dict.fromkeys(ProjectStatus, 0))
                tally[row.status] += 1
        by_grid = tuple((grid, tuple(grids[grid])) for grid in sorted(grids))
        return ProjectBoard(by_status, by_grid, counts)

    def project(self, project_id: uuid.UUID) -> ProjectDetail:
        today = self._today()
        with self._db.read() as s:
            index = UnitIndex(s)
            project = _live(s, Project, project_id)
            ((row, _units),) = self._rows(s, index, [project], today)
            members = tuple(
                MemberRow(person, name, index.name.get(home, ""), index.name.get(grid_of(index, home), ""), duty)  # type: ignore[arg-type]
                for person, name, home, duty in s.execute(
                    select(Person.id, Person.name, Person.home_unit_id, ProjectMember.duty)
                    .join(ProjectMember, ProjectMember.person_id == Person.id)
                    .where(ProjectMember.project_id == project.id, ProjectMember.deleted_at.is_(None))
                    .order_by(ProjectMember.created_at, Person.name)
                )
            )
            issues = tuple(
                LinkedIssueRow(i, number, title, state.value)
                for i, number, title, state in s.execute(
                    select(Issue.id, Issue.number, Issue.title, Issue.state)
                    .join(ProjectIssue, ProjectIssue.issue_id == Issue.id)
                    .where(ProjectIssue.project_id == project.id, ProjectIssue.deleted_at.is_(None))
                    .order_by(Issue.number)
                )
            )
            milestones = tuple(self._milestone_row(m, today) for m in _milestones(s, project.id))
            results = tuple(
                ResultRow(r.id, r.what, r.value, r.unit, r.recorded_on)
                for r in s.scalars(
                    select(ProjectResult)
                    .where(ProjectResult.project_id == project.id, ProjectResult.deleted_at.is_(None))
                    .order_by(ProjectResult.recorded_on, ProjectResult.created_at)
                )
            )
            attachments = tuple(
                AttachmentRow(a.id, a.name, a.sha256, a.suffix, a.size)
                for a in s.scalars(
                    select(ProjectAttachment)
                    .where(ProjectAttachment.project_id == project.id, ProjectAttachment.deleted_at.is_(None))
                    .order_by(ProjectAttachment.created_at)
                )
            )
            return ProjectDetail(
                row, project.problem, project.target, project.target_value, project.target_unit,
                project.status_note, members, issues, milestones, results, attachments,
            )  # fmt: skip

    def find_issues(self, text: str, limit: int = 20) -> list[LinkedIssueRow]:
        """Issues of the board whose number or title holds ``text`` (newest first): to pick the ones attacked."""
        words = text.strip()
        if not words:
            return []
        like = f"%{words.replace('%', '').replace('_', '')}%"
        with self._db.read() as s:
            return [
                LinkedIssueRow(i, number, title, state.value)
                for i, number, title, state in s.execute(
                    select(Issue.id, Issue.number, Issue.title, Issue.state)
                    .where(Issue.deleted_at.is_(None), or_(Issue.number.like(like), Issue.title.like(like)))
                    .order_by(Issue.reported_at.desc())
                    .limit(limit)
                )
            ]

    def attacking(self, issue_id: uuid.UUID) -> list[AttackingProject]:
        """The live projects that attack the issue ``issue_id`` (linked issues), newest year first."""
        with self._db.read() as s:
            return [
                AttackingProject(pid, number, title, status, leader)
                for pid, number, title, status, leader in s.execute(
                    select(Project.id, Project.number, Project.title, Project.status, Person.name)
                    .join(ProjectIssue, ProjectIssue.project_id == Project.id)
                    .join(Person, Person.id == Project.leader_id)
                    .where(
                        ProjectIssue.issue_id == issue_id,
                        ProjectIssue.deleted_at.is_(None),
                        Project.deleted_at.is_(None),
                    )
                    .order_by(Project.year.desc(), Project.number)
                )
            ]

    def yearly(self, year: int, unit_id: uuid.UUID | None = None) -> list[ProjectDetail]:
        """The year's projects in full, in the order of their numbers (the list printed for 公示)."""
        return [self.project(row.id) for row in self.projects(year, unit_id)]

    def yearly_pdf(self, year: int, unit_id: uuid.UUID | None = None) -> bytes:
        from gridapp.projects.printing import yearly_projects_pdf

        with self._db.read() as s:
            index = UnitIndex(s)
            if unit_id is None:
                unit_id = next((u for u, parent in index.parent.items() if parent is None), None)
            path = index.path(unit_id) if unit_id is not None and unit_id in index else ""
        return yearly_projects_pdf(self.yearly(year, unit_id), path, year)

    def overdue_for(self, leader_id: uuid.UUID, today: dt.date | None = None) -> list[OverdueMilestone]:
        """Milestones past their day, not done, of the open projects ``leader_id`` leads (the alert to the leader)."""
        today = today or self._today()
        with self._db.read() as s:
            index = UnitIndex(s)
            rows = s.execute(
                select(
                    ProjectMilestone.id,
                    Project.id,
                    Project.number,
                    Project.title,
                    ProjectMilestone.title,
                    ProjectMilestone.due_on,
                    Project.unit_id,
                )
                .join(Project, Project.id == ProjectMilestone.project_id)
                .where(
                    Project.leader_id == leader_id,
                    Project.deleted_at.is_(None),
                    Project.status.in_(OPEN),
                    ProjectMilestone.deleted_at.is_(None),
                    ProjectMilestone.done_on.is_(None),
                    ProjectMilestone.due_on < today,
                )
                .order_by(ProjectMilestone.due_on, Project.number)
            ).all()
            return [
                OverdueMilestone(m, p, number, project, title, due, unit, index.name.get(unit, ""))
                for m, p, number, project, title, due, unit in rows
            ]

    def may_edit(self, actor: Actor | None, project_id: uuid.UUID) -> bool:
        """Whether ``actor`` may change the project's plan, results and files: its leader, or PROJECT_EDIT over it."""
        if actor is None:
            return False
        with self._db.read() as s:
            project = s.get(Project, project_id)
            return project is not None and self._may_edit(s, actor, project)

    def attachment_file(self, attachment: AttachmentRow) -> Path | None:
        """This PC's file of an attachment (fetched from the plant server when need be); None when nowhere."""
        return self._photos.ensure_local(attachment.sha256, attachment.suffix) if self._photos else None

    def leader_qualified(self, person_id: uuid.UUID, on: dt.date | None = None) -> bool:
        with self._db.read() as s:
            return _qualified(s, person_id, on or self._today())

    # writing

    def create(self, actor: Actor, draft: ProjectDraft) -> uuid.UUID:
        """Set up (立项) a project in ``draft.unit_id``; needs PROJECT_EDIT there."""
        today = self._today()
        title = draft.title.strip()
        if not title:
            raise ProjectRefused(Refusal.TITLE_REQUIRED)
        with self._db.write(actor) as s:
            require(s, actor, Right.PROJECT_EDIT, draft.unit_id)
            _check_draft(s, draft, today)
            year = draft.started_on.year
            taken = s.scalar(select(func.count()).select_from(Project).where(Project.year == year)) or 0
            project = Project(
                id=uuid.uuid4(),
                number=_free_number(s, year, taken + 1),
                year=year,
                status=ProjectStatus.PROPOSED,
                status_on=today,
            )
            _apply(project, draft)
            s.add(project)
            s.flush()
            _set_members(s, project.id, draft.members, draft.leader_id)
            _set_issues(s, project.id, draft.issue_ids)
            for position, (text, due) in enumerate(draft.milestones):
                if not text.strip():
                    raise ProjectRefused(Refusal.TITLE_REQUIRED)
                if due < draft.started_on:
                    raise ProjectRefused(Refusal.DATES)
                s.add(ProjectMilestone(project_id=project.id, position=position, title=text.strip(), due_on=due))
            s.flush()
            return project.id

    def update(self, actor: Actor, project_id: uuid.UUID, draft: ProjectDraft) -> None:
        """Change what the project is: title, grid, leader, goal and target, dates, team, linked issues."""
        today = self._today()
        if not draft.title.strip():
            raise ProjectRefused(Refusal.TITLE_REQUIRED)
        with self._db.write(actor) as s:
            project = self._editable(s, actor, project_id)
            if draft.unit_id != project.unit_id:
                require(s, actor, Right.PROJECT_EDIT, draft.unit_id)
            if draft.leader_id != project.leader_id:
                # a new leader is a decision of the grid, not of the leader handing over
                require(s, actor, Right.PROJECT_EDIT, project.unit_id)
            _check_draft(s, draft, today)
            _apply(project, draft)
            _set_members(s, project.id, draft.members, draft.leader_id)
            _set_issues(s, project.id, draft.issue_ids)

    def set_status(self, actor: Actor, project_id: uuid.UUID, status: ProjectStatus, note: str = "") -> None:
        """Move the project along (立项 → 进行中 → 已完成 / 已终止); needs PROJECT_EDIT over its grid. Finishing
        publishes ProjectFinished: points proposed for the leader and each member under the 攻关 rules."""
        today = self._today()
        note = note.strip()
        with self._db.write(actor) as s:
            project = _live(s, Project, project_id)
            require(s, actor, Right.PROJECT_EDIT, project.unit_id)
            if status not in NEXT[project.status]:
                raise ProjectRefused(Refusal.STATUS_CHANGE, from_status=project.status.value, to=status.value)
            if status is ProjectStatus.STOPPED and not note:
                raise ProjectRefused(Refusal.REASON_REQUIRED)
            project.status, project.status_on, project.status_note = status, today, note
            s.flush()
            if status is ProjectStatus.FINISHED:
                members = s.scalars(
                    select(ProjectMember.person_id).where(
                        ProjectMember.project_id == project.id, ProjectMember.deleted_at.is_(None)
                    )
                ).all()
                results = [
                    f"{r.what} {r.value:g} {r.unit}".strip()
                    for r in s.scalars(
                        select(ProjectResult).where(
                            ProjectResult.project_id == project.id, ProjectResult.deleted_at.is_(None)
                        )
                    )
                ]
                people = (project.leader_id, *(m for m in members if m != project.leader_id))
                event = ProjectFinished(
                    project.id, project.unit_id, people, f"{project.number} {project.title}",
                    "；".join(results), plant_midnight(today) + dt.timedelta(hours=12),
                )  # fmt: skip
                self._events.publish(s, event)

    def delete(self, actor: Actor, project_id: uuid.UUID) -> None:
        """Tombstone a project set up by mistake (only while 立项); a project under way is stopped instead."""
        with self._db.write(actor) as s:
            project = _live(s, Project, project_id)
            require(s, actor, Right.PROJECT_EDIT, project.unit_id)
            if project.status is not ProjectStatus.PROPOSED:
                raise ProjectRefused(Refusal.STATUS_CHANGE, from_status=project.status.value, to="deleted")
            project.mark_deleted()

    def add_milestone(self, actor: Actor, project_id: uuid.UUID, title: str, due_on: dt.date) -> uuid.UUID:
        if not title.strip():
            raise ProjectRefused(Refusal.TITLE_REQUIRED)
        with self._db.write(actor) as s:
            project = self._editable(s, actor, project_id)
            if due_on < project.started_on:
                raise ProjectRefused(Refusal.DATES)
            last = max((m.position for m in _milestones(s, project.id)), default=-1)
            milestone = ProjectMilestone(
                id=uuid.uuid4(), project_id=project.id, position=last + 1, title=title.strip(), due_on=due_on
            )
            s.add(milestone)
            s.flush()
            return milestone.id

    def milestone_done(
        self, actor: Actor, milestone_id: uuid.UUID, done_on: dt.date | None = None, note: str = ""
    ) -> None:
        """Mark a milestone done (``done_on`` None with ``note`` "" undoes it: ticked by mistake)."""
        with self._db.write(actor) as s:
            milestone = _live(s, ProjectMilestone, milestone_id)
            self._editable(s, actor, milestone.project_id)
            if done_on is not None and done_on > self._today():
                raise ProjectRefused(Refusal.DATES)
            milestone.done_on, milestone.note = done_on, note.strip()

    def remove_milestone(self, actor: Actor, milestone_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            milestone = _live(s, ProjectMilestone, milestone_id)
            self._editable(s, actor, milestone.project_id)
            milestone.mark_deleted()

    def add_result(self, actor: Actor, project_id: uuid.UUID, what: str, value: float, unit: str) -> uuid.UUID:
        """A result as a number with its unit (节约 12.5 万元, 减少 300 小时): recorded while the project runs or
        when it is finished, so the finishing proposal and the yearly list name it."""
        if not what.strip() or not unit.strip():
            raise ProjectRefused(Refusal.VALUE_REQUIRED)
        with self._db.write(actor) as s:
            project = self._editable(s, actor, project_id, finished_too=True)
            result = ProjectResult(
                id=uuid.uuid4(), project_id=project.id, what=what.strip(), value=float(value),
                unit=unit.strip(), recorded_on=self._today(),
            )  # fmt: skip
            s.add(result)
            s.flush()
            return result.id

    def remove_result(self, actor: Actor, result_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            result = _live(s, ProjectResult, result_id)
            self._editable(s, actor, result.project_id, finished_too=True)
            result.mark_deleted()

    def attach(self, actor: Actor, project_id: uuid.UUID, source: Path) -> uuid.UUID:
        """Keep a file of the project (report, drawing, photo) in the photo folder, by its SHA-256."""
        if self._photos is None:
            raise ProjectRefused(Refusal.FILE_MISSING, name=source.name)
        try:
            size = source.stat().st_size
            if size > MAX_FILE_BYTES:
                raise ProjectRefused(Refusal.FILE_TOO_LARGE, name=source.name, size=size)
            data = source.read_bytes()
        except OSError as exc:
            raise ProjectRefused(Refusal.FILE_MISSING, name=source.name) from exc
        sha = hashlib.sha256(data).hexdigest()
        suffix = source.suffix.lower()[:8]
        if not suffix[1:].isalnum() or not suffix.isascii():
            suffix = ".bin"
        with self._db.read() as s:
            self._editable(s, actor, project_id, finished_too=True)  # refuse before the bytes are kept
        self._photos.put(sha, suffix, data, actor)
        with self._db.write(actor) as s:
            project = self._editable(s, actor, project_id, finished_too=True)
            row = ProjectAttachment(
                id=uuid.uuid4(), project_id=project.id, sha256=sha, suffix=suffix, name=source.name[:200], size=size
            )
            s.add(row)
            s.flush()
            return row.id

    def remove_attachment(self, actor: Actor, attachment_id: uuid.UUID) -> None:
        with self._db.write(actor) as s:
            row = _live(s, ProjectAttachment, attachment_id)
            self._editable(s, actor, row.project_id, finished_too=True)
            row.mark_deleted()

    # helpers

    def _may_edit(self, s: Session, actor: Actor, project: Project) -> bool:
        if project.deleted_at is not None:
            return False
        if actor.person_id is not None and actor.person_id == project.leader_id:
            return True
        return may(s, actor, Right.PROJECT_EDIT, project.unit_id)

    def _editable(self, s: Session, actor: Actor, project_id: uuid.UUID, finished_too: bool = False) -> Project:
        project = _live(s, Project, project_id)
        if not self._may_edit(s, actor, project):
            require(s, actor, Right.PROJECT_EDIT, project.unit_id)  # raises AccessDenied, audited as refused
        closed = {ProjectStatus.STOPPED} if finished_too else {ProjectStatus.STOPPED, ProjectStatus.FINISHED}
        if project.status in closed:
            raise ProjectRefused(Refusal.CLOSED)
        return project

    def _milestone_row(self, m: ProjectMilestone, today: dt.date) -> MilestoneRow:
        return MilestoneRow(
            m.id, m.position, m.title, m.due_on, m.done_on, m.note, m.done_on is None and m.due_on < today
        )

    def _rows(
        self, s: Session, index: UnitIndex, projects: list[Project], today: dt.date
    ) -> list[tuple[ProjectRow, set[uuid.UUID]]]:
        """Rows with, for each, the units it concerns (its grid, its leader's and its members' home units)."""
        if not projects:
            return []
        ids = [p.id for p in projects]
        names: dict[uuid.UUID, tuple[str, uuid.UUID | None]] = {}
        team: dict[uuid.UUID, list[uuid.UUID]] = {i: [] for i in ids}
        for project_id, person in s.execute(
            select(ProjectMember.project_id, ProjectMember.person_id)
            .where(ProjectMember.project_id.in_(ids), ProjectMember.deleted_at.is_(None))
            .order_by(ProjectMember.created_at)
        ):
            team[project_id].append(person)
        wanted = {p.leader_id for p in projects} | {m for ms in team.values() for m in ms}
        for person, name, home in s.execute(
            select(Person.id, Person.name, Person.home_unit_id).where(Person.id.in_(wanted))
        ):
            names[person] = (name, home)
        milestones: dict[uuid.UUID, list[tuple[dt.date, dt.date | None]]] = {i: [] for i in ids}
        for project_id, due, done in s.execute(
            select(ProjectMilestone.project_id, ProjectMilestone.due_on, ProjectMilestone.done_on).where(
                ProjectMilestone.project_id.in_(ids), ProjectMilestone.deleted_at.is_(None)
            )
        ):
            milestones[project_id].append((due, done))
        results: dict[uuid.UUID, list[str]] = {i: [] for i in ids}
        for r in s.scalars(
            select(ProjectResult)
            .where(ProjectResult.project_id.in_(ids), ProjectResult.deleted_at.is_(None))
            .order_by(ProjectResult.recorded_on, ProjectResult.created_at)
        ):
            results[r.project_id].append(f"{r.what} {r.value:g} {r.unit}".strip())
        out = []
        for p in projects:
            leader_name = names.get(p.leader_id, ("", None))[0]
            grid_ids: list[uuid.UUID] = []
            concerned = {p.unit_id}
            for person in (p.leader_id, *team[p.id]):
                home = names.get(person, ("", None))[1]
                if home is not None:
                    concerned.add(home)
                grid = grid_of(index, home)
                if person == p.leader_id and grid is None:  # a leader without a home unit: the project's grid
                    grid = grid_of(index, p.unit_id)
                if grid is not None and grid not in grid_ids:
                    grid_ids.append(grid)
            marks = milestones[p.id]
            open_ = p.status in OPEN
            target = " ".join(
                part for part in (p.target, f"{p.target_value:g}" if p.target_value is not None else "", p.target_unit)
                if part
            )  # fmt: skip
            row = ProjectRow(
                id=p.id,
                number=p.number,
                year=p.year,
                title=p.title,
                status=p.status,
                status_on=p.status_on,
                unit_id=p.unit_id,
                unit=index.name.get(p.unit_id, ""),
                leader_id=p.leader_id,
                leader=leader_name,
                grids=tuple(index.name.get(g, "") for g in grid_ids),
                members=tuple(names[m][0] for m in team[p.id] if m in names and m != p.leader_id),
                goal=p.goal,
                target=target,
                started_on=p.started_on,
                due_on=p.due_on,
                milestones_done=sum(1 for _due, done in marks if done is not None),
                milestones=len(marks),
                overdue=sum(1 for due, done in marks if open_ and done is None and due < today),
                results=tuple(results[p.id]),
            )
            out.append((row, concerned))
        return out


def _qualified(s: Session, person_id: uuid.UUID, on: dt.date) -> bool:
    """A leader is a 攻关员 today (the role held anywhere) or a named party member (正式 or 预备)."""
    person = s.get(Person, person_id)
    if person is None or person.deleted_at is not None or person.left_on is not None:
        return False
    if person.party_status.is_party_member:
        return True
    return (
        s.scalar(
            select(RoleAssignment.id)
            .join(Role, Role.id == RoleAssignment.role_id)
            .where(
                RoleAssignment.person_id == person_id,
                Role.code == TACKLING_ROLE,
                RoleAssignment.deleted_at.is_(None),
                RoleAssignment.starts_on <= on,
                or_(RoleAssignment.ends_on.is_(None), RoleAssignment.ends_on >= on),
            )
            .limit(1)
        )
        is not None
    )


def _check_draft(s: Session, draft: ProjectDraft, today: dt.date) -> None:
    if not _qualified(s, draft.leader_id, today):
        raise ProjectRefused(Refusal.LEADER_NOT_QUALIFIED)
    if draft.due_on is not None and draft.due_on < draft.started_on:
        raise ProjectRefused(Refusal.DATES)
    for person, _duty in draft.members:
        _live(s, Person, person)
    for issue in draft.issue_ids:
        _live(s, Issue, issue)


def _apply(project: Project, draft: ProjectDraft) -> None:
    project.title = draft.title.strip()
    project.unit_id = draft.unit_id
    project.leader_id = draft.leader_id
    project.problem = draft.problem.strip()
    project.goal = draft.goal.strip()
    project.target = draft.target.strip()
    project.target_value = draft.target_value
    project.target_unit = draft.target_unit.strip()
    project.started_on = draft.started_on
    project.due_on = draft.due_on
    if draft.started_on.year != project.year and project.year:
        project.year = draft.started_on.year  # the yearly list follows the start; the number keeps its year


def _free_number(s: Session, year: int, start: int) -> str:
    n = start
    while s.scalar(select(Project.id).where(Project.number == f"GG{year}-{n:02d}", Project.deleted_at.is_(None))):
        n += 1
    return f"GG{year}-{n:02d}"


def _milestones(s: Session, project_id: uuid.UUID) -> list[ProjectMilestone]:
    return list(
        s.scalars(
            select(ProjectMilestone)
            .where(ProjectMilestone.project_id == project_id, ProjectMilestone.deleted_at.is_(None))
            .order_by(ProjectMilestone.due_on, ProjectMilestone.position)
        )
    )


def _set_members(
    s: Session, project_id: uuid.UUID, members: Iterable[tuple[uuid.UUID, str]], leader_id: uuid.UUID
) -> None:
    """The team as drafted (the leader is not a member row: the project names them)."""
    wanted = {person: duty.strip() for person, duty in members if person != leader_id}
    for row in s.scalars(
        select(ProjectMember).where(ProjectMember.project_id == project_id, ProjectMember.deleted_at.is_(None))
    ):
        if row.person_id not in wanted:
            row.mark_deleted()
        else:
            duty = wanted.pop(row.person_id)
            if row.duty != duty:
                row.duty = duty
    for person, duty in wanted.items():
        s.add(ProjectMember(project_id=project_id, person_id=person, duty=duty))


def _set_issues(s: Session, project_id: uuid.UUID, issue_ids: Iterable[uuid.UUID]) -> None:
    wanted = set(issue_ids)
    for row in s.scalars(
        select(ProjectIssue).where(ProjectIssue.project_id == project_id, ProjectIssue.deleted_at.is_(None))
    ):
        if row.issue_id in wanted:
            wanted.discard(row.issue_id)
        else:
            row.mark_deleted()
    for issue in sorted(wanted):
        s.add(ProjectIssue(project_id=project_id, issue_id=issue))
