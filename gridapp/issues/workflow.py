"""The workflow as an explicit state machine: every transition, the states it starts from, where it leads, who may
make it, and the checks beyond roles (a note, a different verifier, a parent unit). Pure: no database.

Rule table (also in the README):

| action    | from                                                        | to          | who                                      |
|-----------|-------------------------------------------------------------|-------------|------------------------------------------|
| assign    | reported, escalated, reopened, held, assigned, in_progress, fed_back, returned | assigned | manager, officer    |
| start     | assigned, returned                                          | in_progress | assignee                                 |
| feed_back | assigned, in_progress                                       | fed_back    | assignee                                 |
| rectify   | in_progress, fed_back                                       | rectified   | assignee                                 |
| verify    | rectified                                                   | verified    | manager, officer, supervisor, reporter — never the rectifier (nor, for a hazard, its responsible person); a major hazard (重大) only a manager |
| return    | rectified                                                   | returned    | as verify; a note is required; rework is counted |
| close     | verified                                                    | closed      | manager, officer                         |
| escalate  | reported, assigned, in_progress, fed_back, returned, reopened, escalated | escalated | manager, officer, assignee; the unit needs a parent with someone in charge at or above it; overdue, or a written reason |
| hold      | reported, assigned, in_progress, fed_back, returned, escalated, reopened | held | manager; a written reason     |
| reopen    | closed                                                      | reopened    | manager, officer, reporter; a note       |

manager = grid leader, party secretary or zone lead of the issue's current unit or of any unit above it;
officer = an officer (六大员/八大员) of that unit or above; assignee = the assignee or the issue's lead (牵头人).
The station itself (no person and no account: demo data, imports) passes every role check; a person acting is
always checked; a system account (三员) holds no business role and makes none of these.
"""

from __future__ import annotations

from dataclasses import dataclass

from gridapp.issues.errors import Refusal
from gridapp.issues.kinds import Action, Change, IssueState, Party, Stage

S = IssueState
P = Party


@dataclass(frozen=True, slots=True)
class Transition:
    action: Action
    sources: frozenset[IssueState]
    target: IssueState
    who: frozenset[Party]
    note_required: bool = False


def _t(action: Action, sources: set[IssueState], target: IssueState, who: set[Party], note: bool = False) -> Transition:
    return Transition(action, frozenset(sources), target, frozenset(who | {P.SYSTEM}), note)


TRANSITIONS: dict[Action, Transition] = {
    t.action: t
    for t in (
        _t(
            Action.ASSIGN,
            {S.REPORTED, S.ESCALATED, S.REOPENED, S.HELD, S.ASSIGNED, S.IN_PROGRESS, S.FED_BACK, S.RETURNED},
            S.ASSIGNED,
            {P.MANAGER, P.OFFICER},
        ),
        _t(Action.START, {S.ASSIGNED, S.RETURNED}, S.IN_PROGRESS, {P.ASSIGNEE}),
        _t(Action.FEED_BACK, {S.ASSIGNED, S.IN_PROGRESS}, S.FED_BACK, {P.ASSIGNEE}, note=True),
        _t(Action.RECTIFY, {S.IN_PROGRESS, S.FED_BACK}, S.RECTIFIED, {P.ASSIGNEE}),
        _t(Action.VERIFY, {S.RECTIFIED}, S.VERIFIED, {P.MANAGER, P.OFFICER, P.SUPERVISOR, P.REPORTER}),
        _t(Action.RETURN, {S.RECTIFIED}, S.RETURNED, {P.MANAGER, P.OFFICER, P.SUPERVISOR, P.REPORTER}, note=True),
        _t(Action.CLOSE, {S.VERIFIED}, S.CLOSED, {P.MANAGER, P.OFFICER}),
        _t(
            Action.ESCALATE,
            {S.REPORTED, S.ASSIGNED, S.IN_PROGRESS, S.FED_BACK, S.RETURNED, S.REOPENED, S.ESCALATED},
            S.ESCALATED,
            {P.MANAGER, P.OFFICER, P.ASSIGNEE},
        ),
        _t(
            Action.HOLD,
            {S.REPORTED, S.ASSIGNED, S.IN_PROGRESS, S.FED_BACK, S.RETURNED, S.ESCALATED, S.REOPENED},
            S.HELD,
            {P.MANAGER},
            note=True,
        ),
        _t(Action.REOPEN, {S.CLOSED}, S.REOPENED, {P.MANAGER, P.OFFICER, P.REPORTER}, note=True),
    )
}


@dataclass(frozen=True, slots=True)
class Situation:
    """What the checks need to know about the issue and the acting person."""

    state: IssueState
    parties: frozenset[Party]
    actor_id: object | None  # the acting person's id (None: the station itself)
    rectifier_id: object | None = None
    responsible_id: object | None = None  # a hazard's responsible person (五落实: 责任人)
    is_hazard: bool = False
    major_hazard: bool = False  # 重大隐患: accepted (verified or returned) only by a manager
    has_parent: bool = True
    someone_above: bool = True  # a manager or officer at the parent unit or above, to take an escalation
    overdue: bool = False


def refusal(action: Action, situation: Situation, note: str = "") -> Refusal | None:
    """Why ``action`` may not be made in ``situation`` (None: it may)."""
    rule = TRANSITIONS[action]
    if situation.state not in rule.sources:
        return Refusal.WRONG_STATE
    if not (situation.parties & rule.who):
        return Refusal.NOT_PERMITTED
    if action in (Action.VERIFY, Action.RETURN) and situation.actor_id is not None:
        if situation.actor_id == situation.rectifier_id:
            return Refusal.SAME_PERSON
        if situation.is_hazard and situation.actor_id == situation.responsible_id:
            return Refusal.SAME_PERSON
        if situation.major_hazard and not situation.parties & {P.MANAGER, P.SYSTEM}:
            return Refusal.NOT_PERMITTED
    if rule.note_required and not note.strip():
        return Refusal.NOTE_REQUIRED
    if action is Action.ESCALATE:
        if not situation.has_parent:
            return Refusal.NO_PARENT
        if not situation.someone_above:
            return Refusal.NOBODY_ABOVE
        if not situation.overdue and not note.strip():
            return Refusal.NOT_OVERDUE
    return None


def actions_to(target: IssueState) -> list[Action]:
    """The actions that lead into ``target`` (what a kanban drop onto that column can mean)."""
    return [a for a, t in TRANSITIONS.items() if t.target == target]


# Who may make each change that is not a transition (edits beside the state machine).
CHANGE_RULES: dict[Change, frozenset[Party]] = {
    Change.EDIT: frozenset({Party.MANAGER, Party.OFFICER, Party.REPORTER}),
    Change.PEOPLE: frozenset({Party.MANAGER}),
    Change.STAGE: frozenset({Party.MANAGER, Party.OFFICER, Party.ASSIGNEE, Party.PARTNER}),
    Change.HAZARD: frozenset({Party.MANAGER, Party.OFFICER, Party.ASSIGNEE, Party.REPORTER}),
    Change.HOLD_REVIEW: frozenset({Party.MANAGER}),  # as the hold itself
}


# 六环节 in their order: discovery → analysis → coordination → plan → tracking → rectification.
STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)


def stages_skipped(current: Stage | None, wanted: Stage) -> tuple[Stage, ...]:
    """The stages recording ``wanted`` after ``current`` would pass over (none: it is the next one)."""
    start = STAGE_ORDER.index(current) + 1 if current is not None else 0
    return STAGE_ORDER[start : STAGE_ORDER.index(wanted)]


def stage_refusal(current: Stage | None, wanted: Stage, note: str) -> Refusal | None:
    """A stage is recorded only after the earlier ones: never again nor backwards; passing over stages needs a
    written reason (the skip is recorded with it)."""
    if current is not None and STAGE_ORDER.index(wanted) <= STAGE_ORDER.index(current):
        return Refusal.STAGE_ORDER
    if stages_skipped(current, wanted) and not note.strip():
        return Refusal.STAGE_SKIP_REASON
    return None
