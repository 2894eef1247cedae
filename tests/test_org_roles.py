"""Roles: a unit's header at a glance, warnings for a grid without a leader or with an empty officer role, dated
assignments and their history (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import RoleKind
from gridapp.org.rows import WarningKind
from gridapp.services import Services
from gridapp.times import plant_today
from tests.org_helpers import actor, person, unit


def test_the_grid_header_shows_leaders_officers_and_zone_leads(services: Services) -> None:
    header = services.org.unit_header(unit(services, "DH-W").id)
    assert header is not None
    assert [a.person_name for a in header.leaders] == ["熊德明", "贾福生"]
    assert [a.person_name for a in header.secretaries] == ["贾福生"]
    assert [s.role.name for s in header.officers] == ["宣传员", "领学员", "攻关员", "监督员", "督导员", "调节员"]
    assert all(len(s.holders) == 1 for s in header.officers)
    assert [z.zone_name for z in header.zone_leads][:2] == ["取水车间责任区", "加药车间责任区"]
    assert all(len(z.leads) == 1 for z in header.zone_leads)
    assert header.warnings == ()
    assert header.path == "东湖水厂/东湖水厂党支部红色网格"


def test_unit_roles_lists_holders_for_printed_boards(services: Services) -> None:
    rows = services.org.unit_roles(unit(services, "DH-W").id)
    kinds = [a.role_kind for a in rows]
    assert kinds == sorted(kinds, key=[RoleKind.LEADER, RoleKind.SECRETARY, RoleKind.OFFICER, RoleKind.ZONE_LEAD].index)
    assert kinds.count(RoleKind.ZONE_LEAD) == 5 and {
        a.unit_name for a in rows if a.role_kind == RoleKind.ZONE_LEAD
    } >= {"取水车间责任区"}
    assert len(services.org.unit_roles(unit(services, "DH-W").id, zone_leads_below=False)) == 9
    assert services.org.unit_roles(unit(services, "DH-W").id, on=dt.date(2020, 1, 1)) == []
    zone = services.org.unit_roles(unit(services, "DH-W-03").id)
    assert [(a.role_name, a.person_name) for a in zone] == [("责任区负责人", "曹长青")]


def test_a_grid_without_leader_or_with_an_empty_officer_role_is_flagged(services: Services) -> None:
    org, me = services.org, actor(services)
    grid = unit(services, "DH-W")
    rows = org.unit_roles(grid.id, zone_leads_below=False)
    for a in rows:
        if a.role_kind == RoleKind.LEADER:
            org.roles.set_end(me, a.id, plant_today() - dt.timedelta(days=1))
    publicity = next(a for a in rows if a.role_name == "宣传员")
    org.roles.delete_assignment(me, publicity.id)
    flagged = unit(services, "DH-W").warnings
    assert {(w.kind, w.role_name) for w in flagged} == {
        (WarningKind.NO_LEADER, ""),
        (WarningKind.EMPTY_OFFICER_ROLE, "宣传员"),
    }
    header = org.unit_header(unit(services, "DH").id)
    assert len(header.warnings) == 2  # the plant's header sums up its subtree
    assert not unit(services, "DH-W-01").warnings  # zones need neither
    diagnosis = next(r for r in org.roles.roles() if r.code == "diagnosis")
    org.roles.update_role(me, diagnosis.id, "诊治员", in_use=True)  # a site moves from six officers to seven
    assert (WarningKind.EMPTY_OFFICER_ROLE, "诊治员") in {
        (w.kind, w.role_name) for w in unit(services, "DH-W").warnings
    }
    org.roles.restore_assignment(me, publicity.id)


def test_assign_with_dates_and_keep_the_history(services: Services) -> None:
    org, me = services.org, actor(services)
    grid = unit(services, "DH-W")
    role = next(r for r in org.roles.roles() if r.code == "publicity")
    current = next(a for a in org.unit_roles(grid.id) if a.role_id == role.id)
    newcomer = person(services, "DH0015")
    org.roles.set_end(me, current.id, dt.date(2026, 6, 30))
    new = org.roles.assign(me, role.id, newcomer.id, grid.id, dt.date(2026, 7, 1))
    history = [a for a in org.roles.history(unit_id=grid.id) if a.role_id == role.id]
    assert [(a.person_name, a.starts_on, a.ends_on) for a in history] == [
        (newcomer.name, dt.date(2026, 7, 1), None),
        (current.person_name, current.starts_on, dt.date(2026, 6, 30)),
    ]
    on_day = org.unit_roles(grid.id, on=dt.date(2026, 6, 30))
    assert current.person_name in [a.person_name for a in on_day if a.role_id == role.id]
    with pytest.raises(OrgError) as overlap:
        org.roles.assign(me, role.id, newcomer.id, grid.id, dt.date(2026, 8, 1))
    assert overlap.value.problem is OrgProblem.ROLE_OVERLAP
    with pytest.raises(OrgError) as reversed_dates:
        org.roles.assign(me, role.id, newcomer.id, grid.id, dt.date(2027, 1, 1), dt.date(2026, 1, 1))
    assert reversed_dates.value.problem is OrgProblem.DATES_REVERSED
    unused = next(r for r in org.roles.roles() if r.code == "health")
    with pytest.raises(OrgError) as not_in_use:
        org.roles.assign(me, unused.id, newcomer.id, grid.id, dt.date(2026, 7, 1))
    assert not_in_use.value.problem is OrgProblem.ROLE_NOT_IN_USE
    org.roles.delete_assignment(me, new)
    assert org.roles.set_end(me, current.id, None) == dt.date(2026, 6, 30)


def test_roles_can_be_renamed_and_taken_out_of_use(services: Services) -> None:
    org, me = services.org, actor(services)
    roles = org.roles.roles()
    assert [r.kind for r in roles][:2] == [RoleKind.LEADER, RoleKind.SECRETARY]
    officer = next(r for r in roles if r.code == "tackling")
    before = org.roles.update_role(me, officer.id, "技术攻关员", officer.in_use)
    assert before.name == "攻关员"
    assert "技术攻关员" in [s.role.name for s in org.unit_header(unit(services, "DH-W").id).officers]
    with pytest.raises(OrgError):
        org.roles.update_role(me, officer.id, "  ", True)
