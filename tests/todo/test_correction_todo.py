"""A correction waits for a second person (four eyes): it is on another grantor's to-do list, not its maker's."""

from __future__ import annotations

from gridapp.scoring.kinds import EntryStatus
from gridapp.scoring.rows import EntryQuery
from gridapp.services import Services
from gridapp.todo import TodoKind, todo
from tests.todo.test_todo import actor

LEADER = "DH0001"  # 网格长 of the grid
SECRETARY = "DH0002"  # 党支部书记 of the grid


def test_a_correction_is_on_the_other_grantors_list_not_its_makers(services: Services) -> None:
    leader, secretary = actor(services, LEADER), actor(services, SECRETARY)
    rules = {r.id: r for r in services.scoring.rules.rules("star")}
    original = next(
        e
        for e in services.scoring.entries.all(EntryQuery("star", status=EntryStatus.CONFIRMED))
        if e.rule_id in rules
        and {"grid_leader", "party_secretary"} <= set(rules[e.rule_id].grantor_roles)
        and e.person_id not in (leader.person_id, secretary.person_id)
    )
    correction = services.scoring.entries.correct(leader, original.id, "-1", "核减1分")
    mine = {item.id for item in todo(services, leader).items if item.kind is TodoKind.POINTS}
    theirs = {item.id for item in todo(services, secretary).items if item.kind is TodoKind.POINTS}
    assert correction.id not in mine and correction.id in theirs
