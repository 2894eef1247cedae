"""What the projects' service hands out and takes in: plain frozen rows, never live ORM objects."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from gridapp.projects.kinds import ProjectStatus


@dataclass(frozen=True, slots=True)
class ProjectDraft:
    """A project as typed in the dialog; ``milestones`` (title, day) are taken on creation only."""

    title: str
    unit_id: uuid.UUID
    leader_id: uuid.UUID
    started_on: dt.date
    due_on: dt.date | None = None
    problem: str = ""
    goal: str = ""
    target: str = ""
    target_value: float | None = None
    target_unit: str = ""
    members: tuple[tuple[uuid.UUID, str], ...] = ()  # (person, duty)
    issue_ids: tuple[uuid.UUID, ...] = ()
    milestones: tuple[tuple[str, dt.date], ...] = ()


@dataclass(frozen=True, slots=True)
class MilestoneRow:
    id: uuid.UUID
    position: int
    title: str
    due_on: dt.date
    done_on: dt.date | None
    note: str
    overdue: bool  # not done and past its day, as of the day the row was read


@dataclass(frozen=True, slots=True)
class ResultRow:
    id: uuid.UUID
    what: str
    value: float
    unit: str
    recorded_on: dt.date

    @property
    def text(self) -> str:
        """12.5 万元, 300 小时: the number without a needless ".0", then its unit."""
        return f"{self.what} {self.value:g} {self.unit}".strip()


@dataclass(frozen=True, slots=True)
class MemberRow:
    person_id: uuid.UUID
    name: str
    unit: str  # the person's home unit
    grid: str  # the grid the person belongs to
    duty: str


@dataclass(frozen=True, slots=True)
class LinkedIssueRow:
    issue_id: uuid.UUID
    number: str
    title: str
    state: str  # an IssueState code


@dataclass(frozen=True, slots=True)
class AttackingProject:
    """A tackling project that attacks an issue, as the issue's detail names it."""

    id: uuid.UUID
    number: str
    title: str
    status: ProjectStatus
    leader: str


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: uuid.UUID
    name: str
    sha256: str
    suffix: str
    size: int


@dataclass(frozen=True, slots=True)
class ProjectRow:
    """One project as the board and the yearly list show it."""

    id: uuid.UUID
    number: str
    year: int
    title: str
    status: ProjectStatus
    status_on: dt.date
    unit_id: uuid.UUID
    unit: str
    leader_id: uuid.UUID
    leader: str
    grids: tuple[str, ...]  # the leader's grid first, then the other grids of the team
    members: tuple[str, ...]
    goal: str
    target: str  # the measure with its number and unit
    started_on: dt.date
    due_on: dt.date | None
    milestones_done: int
    milestones: int
    overdue: int  # milestones past their day and not done
    results: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ProjectDetail:
    row: ProjectRow
    problem: str
    target: str
    target_value: float | None
    target_unit: str
    status_note: str
    members: tuple[MemberRow, ...]
    issues: tuple[LinkedIssueRow, ...]
    milestones: tuple[MilestoneRow, ...]
    results: tuple[ResultRow, ...]
    attachments: tuple[AttachmentRow, ...]


@dataclass(frozen=True, slots=True)
class ProjectBoard:
    """The projects by status (in ProjectStatus's order) and by grid (a project under every grid of its team)."""

    by_status: dict[ProjectStatus, tuple[ProjectRow, ...]]
    by_grid: tuple[tuple[str, tuple[ProjectRow, ...]], ...]
    counts: dict[str, dict[ProjectStatus, int]] = field(default_factory=dict)  # grid → status → projects


@dataclass(frozen=True, slots=True)
class OverdueMilestone:
    """A milestone past its day in an open project (the alert to the project's leader)."""

    milestone_id: uuid.UUID
    project_id: uuid.UUID
    number: str
    project: str
    title: str
    due_on: dt.date
    unit_id: uuid.UUID
    unit: str
