"""The state machine: every transition from every state (allowed exactly where the table says), who may make each
(by hand, per person of the demo plant), the checks beyond roles, and the events scoring listens to."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from gridapp.events import IssueClosed, IssueFedBack
from gridapp.issues.errors import Refusal, TransitionRefused
from gridapp.issues.kinds import Action, EventKind, HazardGrade, IssueState
from gridapp.issues.models import IssueEvent
from gridapp.issues.rows import HazardDraft
from tests.issues.conftest import LEADER, OFFICER, OTHER_ZONE_LEAD, STAFF, STAFF_2, ZONE_LEAD, Plant

S = IssueState
A = Action
ASSIGNEE = STAFF_2
NOBODY = "DH0020"  # a worker of another workshop, with no role


def _in_state(plant: Plant, state: IssueState) -> uuid.UUID:
    """A fresh issue reported by STAFF in DH-W-01-1 and brought to ``state`` along the usual road."""
    issue = plant.report().id
    leader, assignee = plant.actor(LEADER), plant.actor(ASSIGNEE)
    svc = plant.service
    roads: dict[IssueState, list[Callable[[], object]]] = {
        S.REPORTED: [],
        S.ASSIGNED: [lambda: svc.assign(leader, issue, plant.people[ASSIGNEE])],
        S.IN_PROGRESS: [lambda: svc.act(assignee, issue, A.START)],
        S.FED_BACK: [lambda: svc.act(assignee, issue, A.FEED_BACK, "已到现场，正在关阀")],
        S.RECTIFIED: [lambda: svc.act(assignee, issue, A.RECTIFY, "已更换阀门")],
        S.VERIFIED: [lambda: svc.act(leader, issue, A.VERIFY, "现场无积水")],
        S.CLOSED: [lambda: svc.act(leader, issue, A.CLOSE)],
    }
    main_road = [S.REPORTED, S.ASSIGNED, S.IN_PROGRESS, S.FED_BACK, S.RECTIFIED, S.VERIFIED, S.CLOSED]
    side_roads = {
        S.RETURNED: (S.RECTIFIED, lambda: svc.act(leader, issue, A.RETURN, "仍有渗漏")),
        S.ESCALATED: (S.REPORTED, lambda: svc.act(leader, issue, A.ESCALATE, "需车间协调备件")),
        S.HELD: (S.REPORTED, lambda: svc.act(leader, issue, A.HOLD, "需大修期间处理")),
        S.REOPENED: (S.CLOSED, lambda: svc.act(leader, issue, A.REOPEN, "再次漏水")),
    }
    target, extra = (state, None) if state in main_road else side_roads[state]
    for step in main_road[1 : main_road.index(target) + 1]:
        for call in roads[step]:
            call()
    if extra is not None:
        extra()
    assert plant.service.row(issue).state is state  # type: ignore[union-attr]
    return issue


# Who makes each action in the state-by-state test (a person the table allows).
MAKER = {A.ASSIGN: LEADER, A.START: ASSIGNEE, A.FEED_BACK: ASSIGNEE, A.RECTIFY: ASSIGNEE, A.VERIFY: LEADER,
         A.RETURN: LEADER, A.CLOSE: LEADER, A.ESCALATE: LEADER, A.HOLD: LEADER, A.REOPEN: LEADER}  # fmt: skip

# Written out by hand from the issue and the README's rule table, not derived from the code.
ALLOWED_FROM = {
    A.ASSIGN: {S.REPORTED, S.ESCALATED, S.REOPENED, S.HELD, S.ASSIGNED, S.IN_PROGRESS, S.FED_BACK, S.RETURNED},
    A.START: {S.ASSIGNED, S.RETURNED},
    A.FEED_BACK: {S.ASSIGNED, S.IN_PROGRESS},
    A.RECTIFY: {S.IN_PROGRESS, S.FED_BACK},
    A.VERIFY: {S.RECTIFIED},
    A.RETURN: {S.RECTIFIED},
    A.CLOSE: {S.VERIFIED},
    A.ESCALATE: {S.REPORTED, S.ASSIGNED, S.IN_PROGRESS, S.FED_BACK, S.RETURNED, S.REOPENED, S.ESCALATED},
    A.HOLD: {S.REPORTED, S.ASSIGNED, S.IN_PROGRESS, S.FED_BACK, S.RETURNED, S.ESCALATED, S.REOPENED},
    A.REOPEN: {S.CLOSED},
}
LEADS_TO = {A.ASSIGN: S.ASSIGNED, A.START: S.IN_PROGRESS, A.FEED_BACK: S.FED_BACK, A.RECTIFY: S.RECTIFIED,
            A.VERIFY: S.VERIFIED, A.RETURN: S.RETURNED, A.CLOSE: S.CLOSED, A.ESCALATE: S.ESCALATED,
            A.HOLD: S.HELD, A.REOPEN: S.REOPENED}  # fmt: skip


def _events(plant: Plant, issue: uuid.UUID) -> int:
    with plant.db.read() as s:
        return s.scalar(select(func.count()).select_from(IssueEvent).where(IssueEvent.issue_id == issue)) or 0


def _make(plant: Plant, action: Action, issue: uuid.UUID, who: str) -> IssueState:
    kwargs = {"assignee_id": plant.people[ASSIGNEE]} if action is A.ASSIGN else {}
    return plant.service.act(plant.actor(who), issue, action, "处理说明", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("action", list(Action))
def test_every_action_from_every_state(plant: Plant, action: Action) -> None:
    for state in IssueState:
        issue = _in_state(plant, state)
        before = _events(plant, issue)
        if state in ALLOWED_FROM[action]:
            assert _make(plant, action, issue, MAKER[action]) is LEADS_TO[action], state
            assert _events(plant, issue) == before + 1
            assert plant.service.replayed(issue) == plant.service.stored(issue)
        else:
            with pytest.raises(TransitionRefused) as caught:
                _make(plant, action, issue, MAKER[action])
            assert caught.value.reason is Refusal.WRONG_STATE, state
            assert _events(plant, issue) == before  # nothing written
            assert plant.service.row(issue).state is state  # type: ignore[union-attr]


# Who may make each action, per person (L leader, O officer, Z zone lead of the issue's workshop, X zone lead of
# another workshop, R reporter, A assignee, N nobody in particular). Also written by hand.
PEOPLE = {"L": LEADER, "O": OFFICER, "Z": ZONE_LEAD, "X": OTHER_ZONE_LEAD, "R": STAFF, "A": ASSIGNEE, "N": NOBODY}
MAY = {
    A.ASSIGN: (S.REPORTED, "LOZ"),
    A.START: (S.ASSIGNED, "A"),
    A.FEED_BACK: (S.ASSIGNED, "A"),
    A.RECTIFY: (S.IN_PROGRESS, "A"),
    A.VERIFY: (S.RECTIFIED, "LOZR"),
    A.RETURN: (S.RECTIFIED, "LOZR"),
    A.CLOSE: (S.VERIFIED, "LOZ"),
    A.ESCALATE: (S.ASSIGNED, "LOZA"),
    A.HOLD: (S.REPORTED, "LZ"),
    A.REOPEN: (S.CLOSED, "LOZR"),
}


@pytest.mark.parametrize("action", list(Action))
def test_who_may_make_each_transition(plant: Plant, action: Action) -> None:
    state, allowed = MAY[action]
    for letter, person in PEOPLE.items():
        issue = _in_state(plant, state)
        assert (action in plant.service.available_actions(plant.actor(person), issue)) == (letter in allowed)
        if letter in allowed:
            assert _make(plant, action, issue, person) is LEADS_TO[action]
        else:
            with pytest.raises(TransitionRefused) as caught:
                _make(plant, action, issue, person)
            assert caught.value.reason is Refusal.NOT_PERMITTED, letter
            assert plant.service.row(issue).state is state  # type: ignore[union-attr]


def test_the_rectifier_cannot_verify_their_own_work(plant: Plant) -> None:
    issue = plant.report().id
    leader = plant.actor(LEADER)
    plant.service.assign(leader, issue, plant.people[LEADER])  # the leader fixes it himself
    plant.service.act(leader, issue, A.START)
    plant.service.act(leader, issue, A.RECTIFY)
    for action in (A.VERIFY, A.RETURN):
        with pytest.raises(TransitionRefused) as caught:
            plant.service.act(leader, issue, action, "自己验收")
        assert caught.value.reason is Refusal.SAME_PERSON
    assert plant.service.act(plant.actor(ZONE_LEAD), issue, A.VERIFY) is S.VERIFIED
    assert plant.service.detail(issue).verifier.id == plant.people[ZONE_LEAD]  # type: ignore[union-attr]


def test_a_hazards_acceptance_is_by_someone_other_than_its_responsible_person(plant: Plant) -> None:
    issue = plant.report(category="hazard", hazard=HazardDraft(HazardGrade.GENERAL,
                                                               responsible_id=plant.people[ZONE_LEAD])).id  # fmt: skip
    plant.service.assign(plant.actor(LEADER), issue, plant.people[ASSIGNEE])
    plant.service.act(plant.actor(ASSIGNEE), issue, A.START)
    plant.service.act(plant.actor(ASSIGNEE), issue, A.RECTIFY)
    with pytest.raises(TransitionRefused) as caught:
        plant.service.act(plant.actor(ZONE_LEAD), issue, A.VERIFY)
    assert caught.value.reason is Refusal.SAME_PERSON
    assert plant.service.act(plant.actor(LEADER), issue, A.VERIFY) is S.VERIFIED


def test_a_major_hazard_is_accepted_by_a_manager_only(plant: Plant) -> None:
    major = HazardDraft(HazardGrade.MAJOR, responsible_id=plant.people[ZONE_LEAD], measures="更换腐蚀管段",
                        funds="车间维修费 3.5 万元", deadline=dt.date(2026, 4, 30), contingency_plan="关闭上游阀门")  # fmt: skip
    issue = plant.report(category="hazard", hazard=major).id  # reported by staff (DH0013)
    plant.service.assign(plant.actor(LEADER), issue, plant.people[ASSIGNEE])
    plant.service.act(plant.actor(ASSIGNEE), issue, A.START)
    plant.service.act(plant.actor(ASSIGNEE), issue, A.RECTIFY)
    for who in ("DH0013", OFFICER):  # the reporter, an officer: 重大 needs a grid leader, secretary or zone lead
        with pytest.raises(TransitionRefused) as caught:
            plant.service.act(plant.actor(who), issue, A.VERIFY)
        assert caught.value.reason is Refusal.NOT_PERMITTED
    assert plant.service.act(plant.actor(LEADER), issue, A.VERIFY) is S.VERIFIED


@pytest.mark.parametrize(("action", "state"), [(A.FEED_BACK, S.ASSIGNED), (A.RETURN, S.RECTIFIED),
                                               (A.HOLD, S.REPORTED), (A.REOPEN, S.CLOSED)])  # fmt: skip
def test_a_written_note_is_required(plant: Plant, action: Action, state: IssueState) -> None:
    issue = _in_state(plant, state)
    with pytest.raises(TransitionRefused) as caught:
        plant.service.act(plant.actor(MAKER[action]), issue, action, "   ")
    assert caught.value.reason is Refusal.NOTE_REQUIRED


def test_escalation_needs_an_overdue_clock_or_a_reason_and_stops_at_the_top(plant: Plant) -> None:
    issue = _in_state(plant, S.ASSIGNED)
    leader = plant.actor(LEADER)
    with pytest.raises(TransitionRefused) as caught:
        plant.service.act(leader, issue, A.ESCALATE)
    assert caught.value.reason is Refusal.NOT_OVERDUE
    plant.clock.advance(hours=8, minutes=1)  # the 8-hour feedback clock has run out
    assert plant.service.act(leader, issue, A.ESCALATE) is S.ESCALATED
    row = plant.service.row(issue)
    assert row is not None and row.unit_id == plant.units["DH-W-01"] and row.assignee_id is None
    assert row.origin_unit_id == plant.units["DH-W-01-1"] and row.escalation_count == 1
    plant.service.act(leader, issue, A.ESCALATE, "车间无法解决")
    assert plant.service.row(issue).unit_id == plant.units["DH-W"]  # type: ignore[union-attr]
    # Above the grid is the plant, where nobody holds a leader's or officer's role: nobody would receive it.
    with pytest.raises(TransitionRefused) as caught:
        plant.service.act(leader, issue, A.ESCALATE, "网格无法解决")
    assert caught.value.reason is Refusal.NOBODY_ABOVE
    at_the_top = plant.report(unit="DH").id
    with pytest.raises(TransitionRefused) as caught:
        plant.service.act(plant.db.system_actor(), at_the_top, A.ESCALATE, "厂级也无法解决")
    assert caught.value.reason is Refusal.NO_PARENT
    # Moved up to the grid, it is out of the workshop zone lead's reach.
    with pytest.raises(TransitionRefused):
        plant.service.assign(plant.actor(ZONE_LEAD), issue, plant.people[ASSIGNEE])
    escalations = [e for e in plant.service.detail(issue).events if e.kind is EventKind.ESCALATED]  # type: ignore[union-attr]
    assert [e.data["overdue"] for e in escalations] == [True, False]  # then a reason was written


def test_rework_and_reopening_are_counted(plant: Plant) -> None:
    issue = _in_state(plant, S.RETURNED)
    assignee = plant.actor(ASSIGNEE)
    plant.service.act(assignee, issue, A.START)
    plant.service.act(assignee, issue, A.RECTIFY)
    plant.service.act(plant.actor(LEADER), issue, A.RETURN, "还是漏")
    row = plant.service.row(issue)
    assert row is not None and row.rework_count == 2


def test_feedback_and_closure_publish_the_events_scoring_listens_to(plant: Plant) -> None:
    fed: list[IssueFedBack] = []
    closed: list[IssueClosed] = []
    plant.events.subscribe(IssueFedBack, lambda s, e: fed.append(e))
    plant.events.subscribe(IssueClosed, lambda s, e: closed.append(e))
    on_time = _in_state(plant, S.FED_BACK)
    late = _in_state(plant, S.ASSIGNED)
    plant.clock.advance(hours=9)
    plant.service.act(plant.actor(ASSIGNEE), late, A.FEED_BACK, "迟到的反馈")
    assert [(e.issue_id, e.on_time, e.person_id) for e in fed] == [
        (on_time, True, plant.people[ASSIGNEE]),
        (late, False, plant.people[ASSIGNEE]),
    ]
    _in_state(plant, S.CLOSED)
    assert len(closed) == 1
    event = closed[0]
    assert (event.rectifier_id, event.verifier_id, event.hazard) == (
        plant.people[ASSIGNEE], plant.people[LEADER], False)  # fmt: skip
    assert event.unit_id == plant.units["DH-W-01-1"]


def test_a_subscriber_failure_rolls_the_transition_back(plant: Plant) -> None:
    issue = _in_state(plant, S.VERIFIED)

    def broken(session: object, event: IssueClosed) -> None:
        raise RuntimeError("scoring failed")

    plant.events.subscribe(IssueClosed, broken)
    with pytest.raises(RuntimeError):
        plant.service.act(plant.actor(LEADER), issue, A.CLOSE)
    assert plant.service.row(issue).state is S.VERIFIED  # type: ignore[union-attr]
