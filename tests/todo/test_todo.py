"""My to-do on the demo plant: a hand-made scenario and exactly what it adds to each person's list."""

from __future__ import annotations

import uuid

from gridapp.actor import Actor
from gridapp.issues.kinds import Action
from gridapp.issues.rows import ReportDraft
from gridapp.services import Services
from gridapp.todo import ISSUE_KINDS, Todo, TodoKind, todo
from tests.conftest import DEMO_PASSWORD

LEADER = "DH0001"  # 网格长 of the grid DH-W
ZONE_LEAD = "DH0007"  # 责任区负责人 of DH-W-01
REPORTER = "DH0013"  # a pump worker in DH-W-01-1
WORKER = "DH0014"  # another, who gets the work
SUPERVISOR = "DH0006"
PARTNER = "DH0020"  # a dosing worker of DH-W-02-1: partner on one issue only
STRANGER = "DH0030"  # a worker of DH-W-03-1 with no part in any of it


def actor(services: Services, login: str) -> Actor:
    return services.security.accounts.login(login, DEMO_PASSWORD).actor


def lines(found: Todo) -> set[tuple[TodoKind, uuid.UUID]]:
    return {(item.kind, item.id) for item in found.items}


def report(services: Services, title: str) -> uuid.UUID:
    unit = next(u.id for u in services.org.units() if u.code == "DH-W-01-1")
    return services.issues.report(actor(services, REPORTER), ReportDraft(title, unit, "production")).id


def test_a_hand_made_scenario_lands_in_exactly_the_right_lists(services: Services) -> None:
    people = {no: actor(services, no) for no in (LEADER, ZONE_LEAD, REPORTER, WORKER, SUPERVISOR, PARTNER, STRANGER)}
    before = {no: lines(todo(services, a)) for no, a in people.items()}
    leader, worker = people[LEADER], people[WORKER]
    issues = services.issues

    waiting = report(services, "取水泵房照明不亮")  # nobody assigns it
    assigned = report(services, "1号取水泵异响")
    issues.act(leader, assigned, Action.ASSIGN, assignee_id=worker.person_id)
    issues.set_people(leader, assigned, None, people[SUPERVISOR].person_id, [people[PARTNER].person_id])
    rectified = report(services, "出口阀门滴漏")
    issues.act(leader, rectified, Action.ASSIGN, assignee_id=worker.person_id)
    issues.act(worker, rectified, Action.START)
    issues.act(worker, rectified, Action.RECTIFY)
    escalated = report(services, "取水口拦污栅损坏")
    issues.act(people[ZONE_LEAD], escalated, Action.ESCALATE, "需厂级协调")

    after = {no: lines(todo(services, a)) for no, a in people.items()}
    added = {no: after[no] - before[no] for no in people}
    # Each report proposes points for the reporter (一键上报); the grid leader and the zone lead may confirm them.
    proposals = {i for k, i in added[LEADER] if k is TodoKind.POINTS}
    assert len(proposals) == 4
    assert added[LEADER] == {
        (TodoKind.ASSIGN, waiting),
        (TodoKind.VERIFY, rectified),
        (TodoKind.ESCALATED, escalated),
        *((TodoKind.POINTS, p) for p in proposals),
    }
    assert before[LEADER] - after[LEADER] == set()
    assert added[WORKER] == {(TodoKind.WORK, assigned)}  # the rectified one is not theirs to verify
    assert added[REPORTER] == {(TodoKind.VERIFY, rectified)}  # a reporter may verify; not their own points
    assert added[SUPERVISOR] >= {(TodoKind.INVOLVED, assigned)}
    assert added[PARTNER] == {(TodoKind.INVOLVED, assigned)}
    # Escalated from the team DH-W-01-1 to its zone DH-W-01: still the zone lead's to assign.
    zone_issues = {(k, i) for k, i in added[ZONE_LEAD] if k in ISSUE_KINDS}
    assert zone_issues == {(TodoKind.ASSIGN, waiting), (TodoKind.VERIFY, rectified), (TodoKind.ESCALATED, escalated)}
    assert added[STRANGER] == set()
    assert not any(k in ISSUE_KINDS for k, _i in after[STRANGER])


def test_items_carry_what_the_list_shows(services: Services) -> None:
    leader = actor(services, LEADER)
    waiting = report(services, "加药间地面积水")
    found = todo(services, leader)
    item = next(i for i in found.items if i.id == waiting)
    assert (item.kind, item.title, item.unit) == (TodoKind.ASSIGN, "加药间地面积水", "取水泵房班")
    assert item.number.count("-") == 1 and item.due is not None and not item.overdue  # the acceptance clock runs
    assert found.counts[TodoKind.ASSIGN] == sum(1 for i in found.items if i.kind is TodoKind.ASSIGN)
    kinds = [i.kind for i in found.items]
    assert kinds == sorted(kinds, key=list(TodoKind).index)  # grouped, in the order the view shows


def test_nobody_but_a_person_has_a_to_do(services: Services) -> None:
    assert len(todo(services, None)) == 0
    assert len(todo(services, services.db.system_actor())) == 0
