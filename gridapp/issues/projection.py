"""Deriving an issue's current state from its events: one function applies one event, to a row or to a snapshot.

The service applies each new event to the ``Issue`` row with ``apply_event``; ``replay`` folds a whole history into a
fresh ``Snapshot``. Everything an event changes is inside the event (deadlines are computed once, when the event is
made, and stored in its data), so replaying never depends on today's calendar or catalogue.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from gridapp.issues.kinds import (
    ACTIVE_STATES,
    DeadlineKind,
    EventKind,
    HazardGrade,
    IssueState,
    RiskColour,
    Stage,
)

_STAGES = tuple(Stage)

# States in which an issue waits for someone to assign it: the acceptance clock (受理/交办时限) runs.
WAITING_STATES = frozenset({IssueState.REPORTED, IssueState.ESCALATED, IssueState.REOPENED})

# Issues without a running clock sort after every deadline (an index cannot sort NULLs last).
NO_DEADLINE = dt.datetime(9999, 12, 31, tzinfo=dt.UTC)


@dataclass
class Snapshot:
    """The projected columns of an issue (same names as ``gridapp.issues.models.Issue``)."""

    plant_id: uuid.UUID | None = None
    year: int = 0
    series: str = ""
    seq: int = 0
    number: str = ""
    title: str = ""
    description: str = ""
    category_code: str = ""
    unit_id: uuid.UUID | None = None
    origin_unit_id: uuid.UUID | None = None
    area_id: uuid.UUID | None = None
    reporter_id: uuid.UUID | None = None
    reported_at: dt.datetime | None = None
    state: IssueState | None = None
    state_at: dt.datetime | None = None
    assignee_id: uuid.UUID | None = None
    assigned_by_id: uuid.UUID | None = None
    assigned_at: dt.datetime | None = None
    first_assigned_at: dt.datetime | None = None
    accept_due_at: dt.datetime | None = None
    accept_soon_at: dt.datetime | None = None
    feedback_due_at: dt.datetime | None = None
    feedback_soon_at: dt.datetime | None = None
    fed_back_at: dt.datetime | None = None
    first_fed_back_at: dt.datetime | None = None
    first_feedback_on_time: bool | None = None
    due_at: dt.datetime | None = None
    due_soon_at: dt.datetime | None = None
    deadline_at: dt.datetime | None = None
    deadline_soon_at: dt.datetime | None = None
    deadline_kind: DeadlineKind | None = None
    urgency_at: dt.datetime | None = None
    rectifier_id: uuid.UUID | None = None
    rectified_at: dt.datetime | None = None
    verifier_id: uuid.UUID | None = None
    verified_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    rework_count: int = 0
    escalation_count: int = 0
    reopen_count: int = 0
    comment_count: int = 0
    photo_count: int = 0
    hold_reason: str | None = None
    held_by_id: uuid.UUID | None = None
    hold_review_on: dt.date | None = None
    lead_id: uuid.UUID | None = None
    supervisor_id: uuid.UUID | None = None
    stage: Stage | None = None
    is_hazard: bool = False
    hazard_grade: HazardGrade | None = None
    risk_colour: RiskColour | None = None
    responsible_id: uuid.UUID | None = None
    measures: str = ""
    funds: str = ""
    contingency_plan: str = ""
    event_count: int = 0
    partners: frozenset[uuid.UUID] = frozenset()  # kept in issue_partner beside the row


PROJECTED = tuple(f.name for f in dataclasses.fields(Snapshot) if f.name != "partners")


@dataclass(frozen=True, slots=True)
class EventRecord:
    """An event as the projection needs it."""

    kind: EventKind
    at: dt.datetime
    actor_id: uuid.UUID | None
    note: str
    data: dict[str, Any]


# JSON helpers: event data holds only strings, numbers, booleans and lists.


def id_text(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def text_id(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


def time_text(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat() if value is not None else None


def text_time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def text_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def hazard_data(
    grade: HazardGrade,
    colour: RiskColour,
    responsible_id: uuid.UUID | None,
    measures: str,
    funds: str,
    deadline: dt.datetime | None,
    deadline_soon: dt.datetime | None,
    contingency_plan: str,
) -> dict[str, Any]:
    return {
        "grade": grade.value,
        "colour": colour.value,
        "responsible": id_text(responsible_id),
        "measures": measures,
        "funds": funds,
        "deadline": time_text(deadline),
        "deadline_soon": time_text(deadline_soon),
        "contingency": contingency_plan,
    }


def _set_state(target: Any, state: IssueState, at: dt.datetime) -> None:
    if target.state != state:
        target.state = state
        target.state_at = at


def _apply_hazard(target: Any, hazard: dict[str, Any]) -> None:
    target.is_hazard = True
    target.hazard_grade = HazardGrade(hazard["grade"])
    target.risk_colour = RiskColour(hazard["colour"])
    target.responsible_id = text_id(hazard.get("responsible"))
    target.measures = hazard.get("measures", "")
    target.funds = hazard.get("funds", "")
    target.contingency_plan = hazard.get("contingency", "")
    if hazard.get("deadline"):
        target.due_at = text_time(hazard["deadline"])
        target.due_soon_at = text_time(hazard.get("deadline_soon"))


def _start_acceptance(target: Any, d: dict[str, Any]) -> None:
    # Events made before the acceptance clock existed carry none: their issues keep waiting without one.
    target.accept_due_at = text_time(d.get("accept_due"))
    target.accept_soon_at = text_time(d.get("accept_soon"))


def apply_event(target: Any, event: EventRecord) -> None:
    """Change ``target`` (an Issue row or a Snapshot) as ``event`` says; the single definition of every transition."""
    d, at = event.data, event.at
    match event.kind:
        case EventKind.REPORTED:
            target.plant_id = text_id(d["plant"])
            target.year, target.seq, target.number = d["year"], d["seq"], d["number"]
            target.series = d.get("series", "")
            target.title, target.description = d["title"], d.get("description", "")
            target.category_code = d["category"]
            target.unit_id = target.origin_unit_id = text_id(d["unit"])
            target.area_id = text_id(d.get("area"))
            # A report keyed in for someone else names its reporter; the event's actor is who entered it.
            target.reporter_id = text_id(d["reporter"]) if d.get("reporter") else event.actor_id
            target.reported_at = at
            target.state = None
            _set_state(target, IssueState.REPORTED, at)
            if d.get("hazard"):
                _apply_hazard(target, d["hazard"])
            elif d.get("is_hazard"):
                target.is_hazard = True
            _start_acceptance(target, d)
        case EventKind.ASSIGNED:
            target.assignee_id = text_id(d["assignee"])
            target.assigned_by_id = event.actor_id
            target.assigned_at = at
            if target.first_assigned_at is None:
                target.first_assigned_at = at
            target.feedback_due_at = text_time(d.get("feedback_due"))
            target.feedback_soon_at = text_time(d.get("feedback_soon"))
            target.fed_back_at = None  # a new assignment starts a new feedback clock
            if d.get("due"):
                target.due_at = text_time(d["due"])
                target.due_soon_at = text_time(d.get("due_soon"))
            target.hold_reason = None
            target.held_by_id = target.hold_review_on = None
            _set_state(target, IssueState.ASSIGNED, at)
        case EventKind.STARTED:
            _set_state(target, IssueState.IN_PROGRESS, at)
        case EventKind.FED_BACK:
            target.fed_back_at = at
            if d.get("due"):  # the category's default completion, when neither leader nor hazard gave a date
                target.due_at = text_time(d["due"])
                target.due_soon_at = text_time(d.get("due_soon"))
            if target.first_fed_back_at is None:
                target.first_fed_back_at = at
                target.first_feedback_on_time = bool(d.get("on_time"))
            _set_state(target, IssueState.FED_BACK, at)
        case EventKind.RECTIFIED:
            target.rectifier_id = event.actor_id
            target.rectified_at = at
            _set_state(target, IssueState.RECTIFIED, at)
        case EventKind.VERIFIED:
            target.verifier_id = event.actor_id
            target.verified_at = at
            _set_state(target, IssueState.VERIFIED, at)
        case EventKind.RETURNED:
            target.rework_count += 1
            target.verifier_id = None
            target.verified_at = None
            _set_state(target, IssueState.RETURNED, at)
        case EventKind.CLOSED:
            target.closed_at = at
            _set_state(target, IssueState.CLOSED, at)
        case EventKind.ESCALATED:
            target.unit_id = text_id(d["to_unit"])
            target.escalation_count += 1
            target.assignee_id = None
            target.feedback_due_at = target.feedback_soon_at = None
            _start_acceptance(target, d)
            _set_state(target, IssueState.ESCALATED, at)
        case EventKind.HELD:
            target.hold_reason = event.note
            target.held_by_id = event.actor_id
            target.hold_review_on = text_date(d.get("review_on"))
            _set_state(target, IssueState.HELD, at)
        case EventKind.HOLD_REVIEWED:
            target.hold_review_on = text_date(d.get("review_on"))
        case EventKind.REOPENED:
            target.reopen_count += 1
            target.closed_at = None
            target.verifier_id = target.verified_at = None
            target.rectifier_id = target.rectified_at = None
            _start_acceptance(target, d)
            _set_state(target, IssueState.REOPENED, at)
        case EventKind.COMMENTED:
            target.comment_count += 1
        case EventKind.EDITED:
            for name, (_old, new) in d.get("changes", {}).items():
                if name in ("area_id",):
                    setattr(target, name, text_id(new))
                else:
                    setattr(target, name, new)
        case EventKind.PEOPLE_SET:
            target.lead_id = text_id(d.get("lead"))
            target.supervisor_id = text_id(d.get("supervisor"))
            if isinstance(target, Snapshot):
                target.partners = frozenset(uuid.UUID(p) for p in d.get("partners", []))
        case EventKind.STAGE_REACHED:
            # The track only moves forward: two PCs offline may each record a stage, and the union of their
            # events, in history order, must give the furthest stage whatever order they arrive in.
            reached = Stage(d["stage"])
            if target.stage is None or _STAGES.index(reached) > _STAGES.index(Stage(target.stage)):
                target.stage = reached
        case EventKind.HAZARD_SET:
            _apply_hazard(target, d)
        case EventKind.PHOTOS_ADDED:
            target.photo_count += len(d.get("photos", []))
        case EventKind.LINK_ADDED:
            pass
    target.event_count += 1
    _recompute_deadline(target)


def _recompute_deadline(target: Any) -> None:
    """The clock that runs now: acceptance until someone assigns it, feedback until the assignee answers, then the
    completion deadline. The acceptance clock has no kind (it is told by the waiting state)."""
    state = target.state
    if state in WAITING_STATES and target.accept_due_at is not None:
        target.deadline_at, target.deadline_soon_at = target.accept_due_at, target.accept_soon_at
        target.deadline_kind = None
    elif (
        state in (IssueState.ASSIGNED, IssueState.IN_PROGRESS) and target.fed_back_at is None and target.feedback_due_at
    ):
        target.deadline_at, target.deadline_soon_at = target.feedback_due_at, target.feedback_soon_at
        target.deadline_kind = DeadlineKind.FEEDBACK
    elif state in ACTIVE_STATES and target.due_at is not None:
        target.deadline_at, target.deadline_soon_at = target.due_at, target.due_soon_at
        target.deadline_kind = DeadlineKind.RECTIFY
    else:
        target.deadline_at = target.deadline_soon_at = target.deadline_kind = None
    target.urgency_at = target.deadline_at or NO_DEADLINE


def replay(events: Iterable[EventRecord]) -> Snapshot:
    snapshot = Snapshot()
    for event in events:
        apply_event(snapshot, event)
    return snapshot
