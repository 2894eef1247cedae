"""The unit tree: add, edit, move and delete units with their rules, each reversible for undo (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import UnitKind
from gridapp.services import Services
from tests.org_helpers import actor, person, unit


def children(services: Services, code: str) -> list[str]:
    parent = unit(services, code)
    return [u.code for u in services.org.units() if u.parent_id == parent.id]


def test_add_a_unit_with_a_code_unique_in_the_plant(services: Services) -> None:
    org, me = services.org, actor(services)
    grid = unit(services, "DH-W")
    assert org.tree.suggest_code(grid.id) == "DH-W-06"
    new = org.tree.add_unit(me, grid.id, UnitKind.ZONE, "  污泥处理车间责任区 ", "DH-W-06")
    row = next(u for u in org.units() if u.id == new)
    assert (row.name, row.kind, row.code, row.people) == ("污泥处理车间责任区", UnitKind.ZONE, "DH-W-06", 0)
    assert children(services, "DH-W")[-1] == "DH-W-06"
    with pytest.raises(OrgError) as taken:
        org.tree.add_unit(me, grid.id, UnitKind.ZONE, "另一个", "dh-w-06")  # codes compare without case
    assert taken.value.problem is OrgProblem.CODE_TAKEN and taken.value.details["unit"] == "污泥处理车间责任区"
    for kind, parent, name, code, problem in [
        (UnitKind.PLANT, None, "第二个厂", "X", OrgProblem.PLANT_EXISTS),
        (UnitKind.ZONE, None, "无上级", "Y", OrgProblem.PARENT_REQUIRED),
        (UnitKind.ZONE, grid.id, "   ", "Z", OrgProblem.NAME_REQUIRED),
        (UnitKind.ZONE, grid.id, "无编码", " ", OrgProblem.CODE_REQUIRED),
    ]:
        with pytest.raises(OrgError) as refused:
            org.tree.add_unit(me, parent, kind, name, code)
        assert refused.value.problem is problem


def test_add_at_a_position_and_edit_returns_what_was_there(services: Services) -> None:
    org, me = services.org, actor(services)
    grid = unit(services, "DH-W")
    new = org.tree.add_unit(me, grid.id, UnitKind.ZONE, "综合办", "DH-W-00", position=0)
    assert children(services, "DH-W")[0] == "DH-W-00"
    before = org.tree.update_unit(me, new, "综合办公室", UnitKind.ZONE, "DH-W-ZH")
    assert before == ("综合办", UnitKind.ZONE, "DH-W-00")
    with pytest.raises(OrgError) as taken:
        org.tree.update_unit(me, new, "综合办公室", UnitKind.ZONE, "DH-W-01")
    assert taken.value.problem is OrgProblem.CODE_TAKEN
    org.tree.update_unit(me, new, *before)
    assert unit(services, "DH-W-00").name == "综合办"


def test_move_a_unit_and_move_it_back(services: Services) -> None:
    org, me = services.org, actor(services)
    team = unit(services, "DH-W-04-2")  # 中控室 under 送水车间
    target = unit(services, "DH-W-05")
    was = org.tree.move_unit(me, team.id, target.id, 0)
    assert was == (unit(services, "DH-W-04").id, 1)
    assert children(services, "DH-W-05") == ["DH-W-04-2", "DH-W-05-1"]
    assert unit(services, "DH-W-05").people == 9 + 5  # counts follow the move
    org.tree.move_unit(me, team.id, *was)
    assert children(services, "DH-W-04") == ["DH-W-04-1", "DH-W-04-2"]
    with pytest.raises(OrgError) as cycle:
        org.tree.move_unit(me, unit(services, "DH-W").id, team.id)
    assert cycle.value.problem is OrgProblem.MOVE_INTO_ITSELF
    with pytest.raises(OrgError) as plant:
        org.tree.move_unit(me, unit(services, "DH").id, team.id)
    assert plant.value.problem is OrgProblem.PLANT_CANNOT_MOVE


def test_delete_only_when_empty_or_after_reassigning(services: Services) -> None:
    org, me = services.org, actor(services)
    zone = unit(services, "DH-W-02")
    with pytest.raises(OrgError) as has_children:
        org.tree.delete_unit(me, zone.id)
    assert has_children.value.problem is OrgProblem.UNIT_HAS_CHILDREN
    team = unit(services, "DH-W-02-1")
    contents = org.tree.contents(team.id)
    assert (contents.children, contents.people, contents.posts, contents.areas) == (0, 9, 0, 0)
    with pytest.raises(OrgError) as not_empty:
        org.tree.delete_unit(me, team.id)
    assert not_empty.value.problem is OrgProblem.UNIT_NOT_EMPTY and not_empty.value.details["people"] == 9
    with pytest.raises(OrgError):
        org.tree.delete_unit(me, team.id, reassign_to=team.id)

    record = org.tree.delete_unit(me, team.id, reassign_to=zone.id)
    assert len(record.people) == 9
    assert "DH-W-02-1" not in {u.code for u in org.units()}
    assert unit(services, "DH-W-02").people == 10  # nobody lost
    assert person(services, "DH0012").unit != "加药班"
    org.tree.restore_unit(me, record)
    assert unit(services, "DH-W-02-1").people == 9


def test_deleting_a_zone_ends_its_roles_and_restoring_reopens_them(services: Services) -> None:
    org, me = services.org, actor(services)
    zone = unit(services, "DH-W-05")
    team = unit(services, "DH-W-05-1")
    grid = unit(services, "DH-W")
    moved = org.tree.delete_unit(me, team.id, reassign_to=zone.id)
    day = dt.date(2030, 1, 1)
    record = org.tree.delete_unit(me, zone.id, reassign_to=grid.id, on=day)
    assert len(record.ended_roles) == 1  # the zone lead
    ended = org.roles.assignment(record.ended_roles[0][0])
    assert ended is None  # the unit is gone, so is the assignment from every list
    assert [z.zone_name for z in org.unit_header(grid.id).zone_leads][-1] != "维修车间责任区"
    org.tree.restore_unit(me, record)
    org.tree.restore_unit(me, moved)
    lead = org.unit_header(unit(services, "DH-W-05").id).zone_leads[0].leads[0]
    assert lead.person_name == "罗国庆" and lead.ends_on is None
    assert unit(services, "DH-W-05-1").people == 8


def test_restore_refuses_a_code_taken_meanwhile(services: Services) -> None:
    org, me = services.org, actor(services)
    grid = unit(services, "DH-W")
    new = org.tree.add_unit(me, grid.id, UnitKind.ZONE, "临时", "TMP")
    record = org.tree.delete_unit(me, new)
    org.tree.add_unit(me, grid.id, UnitKind.ZONE, "后来的", "TMP")
    with pytest.raises(OrgError) as conflict:
        org.tree.restore_unit(me, record)
    assert conflict.value.problem is OrgProblem.RESTORE_CONFLICT
