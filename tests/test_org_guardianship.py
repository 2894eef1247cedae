"""Guardianship and 1+N links, and the coverage report that lists every gap ("全覆盖、无遗漏") (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import PARTY_MEMBERS
from gridapp.org.rows import AreaFields
from gridapp.services import Services
from gridapp.times import plant_today
from tests.org_helpers import actor, person, unit


def test_a_party_member_guards_at_most_n_staff(services: Services) -> None:
    org, me = services.org, actor(services)
    g = org.guardianship
    assert g.max_wards() == 3
    guardian = person(services, "DH0012")  # a party member who already guards two
    assert guardian.party_status in PARTY_MEMBERS
    staff = [p for p in org.search_people("DH00", limit=100) if p.party_status not in PARTY_MEMBERS]
    unguarded = [p for p in staff if not org.people_edit.detail(p.id).guardians]
    g.link_person(me, guardian.id, unguarded[0].id)
    with pytest.raises(OrgError) as full:
        g.link_person(me, guardian.id, unguarded[1].id)
    assert full.value.problem is OrgProblem.TOO_MANY_WARDS and full.value.details["limit"] == 3
    assert g.set_max_wards(me, 4) == 3
    g.link_person(me, guardian.id, unguarded[1].id)
    with pytest.raises(OrgError) as taken:
        g.link_person(me, person(services, "DH0015").id, unguarded[1].id)
    assert taken.value.problem is OrgProblem.WARD_ALREADY_GUARDED and taken.value.details["guardian"] == guardian.name
    with pytest.raises(OrgError) as not_member:
        g.link_person(me, unguarded[2].id, unguarded[3].id)
    assert not_member.value.problem is OrgProblem.GUARDIAN_NOT_MEMBER
    with pytest.raises(OrgError) as itself:
        g.link_person(me, guardian.id, guardian.id)
    assert itself.value.problem is OrgProblem.GUARD_SELF
    with pytest.raises(OrgError) as bad:
        g.set_max_wards(me, 0)
    assert bad.value.problem is OrgProblem.BAD_SETTING


def test_coverage_lists_every_gap_with_counts_per_unit(services: Services) -> None:
    org, me = services.org, actor(services)
    plant = unit(services, "DH")
    report = org.guardianship.coverage(plant.id)
    root = report.units[0]
    assert root.unit_id == plant.id and root.staff == 30  # 58 people, 28 party members
    assert root.covered + len(report.unguarded) == root.staff
    assert root.areas == len(org.areas.areas(plant.id)) and root.unclaimed == len(report.unclaimed)
    zone = next(u for u in report.units if u.name == "送水车间责任区")
    teams = [u for u in report.units if u.name in ("送水泵房班", "中控室")]
    assert zone.staff == sum(t.staff for t in teams) + (
        0 if person(services, "DH0010").party_status in PARTY_MEMBERS else 1
    )
    # Closing a gap takes it off the list.
    gap = report.unguarded[0]
    guardian = next(
        p
        for p in org.search_people("DH00", limit=100, party_members_only=True)
        if not org.people_edit.detail(p.id).wards
    )
    link = org.guardianship.link_person(me, guardian.id, gap.id, plant_today() - dt.timedelta(days=30))
    again = org.guardianship.coverage(plant.id)
    assert gap.id not in {g.id for g in again.unguarded} and again.units[0].covered == root.covered + 1
    # An area nobody claims is listed.
    area = org.areas.add_area(me, AreaFields(unit(services, "DH-W-03").id, "反冲洗泵房", "泵房"))
    assert area in {g.id for g in org.guardianship.coverage(plant.id).unclaimed}
    # Ended links no longer cover.
    org.guardianship.set_end(me, link, plant_today() - dt.timedelta(days=1))
    assert gap.id in {g.id for g in org.guardianship.coverage(plant.id).unguarded}


def test_the_scope_and_the_limit_are_plant_settings(services: Services) -> None:
    org, me = services.org, actor(services)
    plant = unit(services, "DH")
    assert org.guardianship.set_covers_party_members(me, True) is False
    assert org.guardianship.coverage(plant.id).units[0].staff == 58
    org.guardianship.set_covers_party_members(me, False)
    org.guardianship.set_max_wards(me, 1)
    report = org.guardianship.coverage(plant.id)
    assert report.max_wards == 1
    assert {g.name for g in report.overloaded} >= {person(services, "DH0012").name}  # guards two, limit now one


def test_a_guardian_answers_for_an_area_too(services: Services) -> None:
    org, me = services.org, actor(services)
    area = next(a for a in org.areas.areas(unit(services, "DH-W-04").id) if not a.guardians)
    guardian = person(services, "DH0020")
    link = org.guardianship.link_area(me, guardian.id, area.id)
    assert org.areas.area(area.id).guardians == (guardian.name,)
    with pytest.raises(OrgError) as taken:
        org.guardianship.link_area(me, person(services, "DH0012").id, area.id)
    assert taken.value.problem is OrgProblem.AREA_ALREADY_GUARDED
    assert any(w.area_id == area.id for w in org.people_edit.detail(guardian.id).wards)
    org.guardianship.delete_link(me, link)
    assert org.areas.area(area.id).guardians == ()
    org.guardianship.restore_link(me, link)
    assert link in {r.id for r in org.guardianship.links(unit(services, "DH-W-04").id)}
