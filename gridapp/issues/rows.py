"""What the issue board's services take and hand out: drafts in, frozen rows out (no ORM object leaves a service)."""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gridapp.issues.kinds import (
    ClockKind,
    DeadlineKind,
    EventKind,
    HazardGrade,
    IssueState,
    RiskColour,
    Stage,
)


@dataclass(frozen=True, slots=True)
class IssueLinkDraft:
    """A link to make with a report: ``kind`` is a LinkKind value ("area", "check_item", "round", "issue")."""

    kind: str
    target_id: uuid.UUID
    label: str


@dataclass(frozen=True, slots=True)
class HazardDraft:
    """A hazard's grade, colour and five fixes (五落实); a major (重大) hazard needs all five before it is saved."""

    grade: HazardGrade
    colour: RiskColour | None = None  # None: the grade's usual colour (重大 red, 较大 orange, 一般 yellow)
    responsible_id: uuid.UUID | None = None  # 责任落实
    measures: str = ""  # 措施落实
    funds: str = ""  # 资金落实
    deadline: dt.date | None = None  # 时限落实: rectified by the end of this (local) day
    contingency_plan: str = ""  # 预案落实


@dataclass(frozen=True, slots=True)
class ReportDraft:
    """A quick report (一键上报): what, where, which category; the rest is optional."""

    title: str
    unit_id: uuid.UUID
    category: str  # a category code, e.g. "production", "hazard"
    description: str = ""
    area_id: uuid.UUID | None = None
    photos: Sequence[Path] = ()
    links: Sequence[IssueLinkDraft] = ()
    hazard: HazardDraft | None = None
    # Who found it, when someone else keys it in (a clerk entering a paper checklist): the reporter, who gets the
    # credit; the one who typed it stays the event's actor, shown as "entered by". None: the actor found it.
    reporter_id: uuid.UUID | None = None


class Count(int):
    """A number of issues; ``more``: a bounded count stopped there, so there are more (shown as "10,000+");
    ``approximate``: an estimate (shown as "约 N"), e.g. of the issues matching a common word."""

    more: bool
    approximate: bool

    def __new__(cls, value: int, more: bool = False, approximate: bool = False) -> Count:
        count = super().__new__(cls, value)
        count.more, count.approximate = more, approximate
        return count


@dataclass(frozen=True, slots=True)
class IssueRef:
    id: uuid.UUID
    number: str  # "2026-0001": unique per plant and year


@dataclass(frozen=True, slots=True)
class CategoryRow:
    code: str
    name: str
    feedback_minutes: int
    clock: ClockKind
    hazard: bool
    in_use: bool


@dataclass(frozen=True, slots=True)
class IssueRow:
    """One issue as lists, cards and the ledger show it."""

    id: uuid.UUID
    number: str
    title: str
    category_code: str
    state: IssueState
    state_at: dt.datetime
    unit_id: uuid.UUID
    unit: str
    origin_unit_id: uuid.UUID
    reporter: str
    reported_at: dt.datetime
    assignee_id: uuid.UUID | None
    assignee: str
    deadline_at: dt.datetime | None
    deadline_soon_at: dt.datetime | None
    deadline_kind: DeadlineKind | None
    is_hazard: bool
    hazard_grade: HazardGrade | None
    risk_colour: RiskColour | None
    rework_count: int
    escalation_count: int
    photo_count: int
    comment_count: int


class IssueSort(enum.Enum):
    NUMBER = "number"
    TITLE = "title"
    CATEGORY = "category"
    STATE = "state"
    UNIT = "unit"
    ASSIGNEE = "assignee"
    REPORTED_AT = "reported_at"
    DEADLINE = "deadline"
    GRADE = "grade"


class Overdue(enum.Enum):
    ANY = "any"
    OVERDUE = "overdue"  # the running clock has passed its deadline
    DUE_SOON = "due_soon"  # three quarters used, not yet passed
    ATTENTION = "attention"  # overdue or due soon


@dataclass(frozen=True, slots=True)
class IssueFilter:
    """What the board and the table show; every field narrows, defaults show everything."""

    unit_id: uuid.UUID | None = None  # this unit and everything below it (by the current responsible unit)
    states: frozenset[IssueState] = frozenset()  # empty: every state
    categories: frozenset[str] = frozenset()
    assignee_id: uuid.UUID | None = None
    overdue: Overdue = Overdue.ANY
    reported_from: dt.date | None = None  # local dates, inclusive
    reported_to: dt.date | None = None
    text: str = ""  # full-text search over titles, descriptions and comments
    hazards_only: bool = False
    stages: frozenset[Stage] = frozenset()  # the six-stage track (六环节): empty: any stage or none
    todo_group: tuple[uuid.UUID, str] | None = None  # (person, gridapp.todo.TodoKind): that group of their to-do


@dataclass(frozen=True, slots=True)
class EventRow:
    seq: int
    kind: EventKind
    at: dt.datetime
    actor_id: uuid.UUID | None
    actor: str
    from_state: IssueState | None
    to_state: IssueState | None
    note: str
    data: dict[str, object] = field(hash=False)


@dataclass(frozen=True, slots=True)
class PhotoRow:
    id: uuid.UUID
    name: str
    path: Path
    thumbnail: Path
    width: int
    height: int


@dataclass(frozen=True, slots=True)
class LinkRow:
    kind: str
    target_id: uuid.UUID
    label: str


@dataclass(frozen=True, slots=True)
class PersonRef:
    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class IssueDetail:
    """Everything the detail panel shows."""

    row: IssueRow
    description: str
    category: str  # the category's name as the catalogue has it
    origin_unit: str
    area: str
    reporter_id: uuid.UUID | None
    feedback_due_at: dt.datetime | None
    fed_back_at: dt.datetime | None
    due_at: dt.datetime | None
    hold_reason: str | None
    lead: PersonRef | None
    supervisor: PersonRef | None
    partners: tuple[PersonRef, ...]
    stage: Stage | None
    stages: tuple[tuple[Stage, dt.datetime], ...]  # each stage reached, first time, in track order
    responsible: PersonRef | None
    measures: str
    funds: str
    contingency_plan: str
    rectifier: PersonRef | None
    verifier: PersonRef | None
    closed_at: dt.datetime | None
    events: tuple[EventRow, ...]
    photos: tuple[PhotoRow, ...]
    links: tuple[LinkRow, ...]
    names: dict[str, str] = field(default_factory=dict, hash=False)  # people and units the events name, by id text
    hold_review_on: dt.date | None = None  # a held issue's next review (挂账复核)
    entered_by: PersonRef | None = None  # who keyed the report in for the reporter (None: the reporter did)


def board_order(state: IssueState) -> tuple[IssueSort, bool]:
    """Columns of finished or parked work list the newest first; the others the most urgent first."""
    if state in (IssueState.CLOSED, IssueState.HELD, IssueState.VERIFIED):
        return IssueSort.REPORTED_AT, True
    return IssueSort.DEADLINE, False
