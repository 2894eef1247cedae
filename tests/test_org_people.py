"""People: adding and editing with clean numbers, moving between units, leaving and coming back, search (no Qt)."""

from __future__ import annotations

import dataclasses

import pytest

from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import Gender, PartyStatus
from gridapp.org.rows import PersonFields, PersonSort
from gridapp.services import Services
from gridapp.times import plant_today
from tests.org_helpers import actor, person, unit


def test_add_a_person_cleans_what_was_typed(services: Services) -> None:
    org, me = services.org, actor(services)
    team = unit(services, "DH-W-02-1")
    post = next(p for p in org.people_edit.posts(team.id) if p.name == "加药工")
    assert post.unit == "加药车间责任区"  # teams use their workshop's posts
    new = org.people_edit.add_person(
        me,
        PersonFields(
            name=" 王 建华 ",
            employee_no="ＤＨ０１００",
            home_unit_id=team.id,
            party_status=PartyStatus.ACTIVIST,
            gender=Gender.MALE,
            post_id=post.id,
            phone="139 0000 1111",
        ),
    )
    row = org.person(new)
    assert row is not None
    assert (row.name, row.employee_no, row.phone, row.post) == ("王建华", "DH0100", "13900001111", "加药工")
    assert (row.team, row.department) == ("加药班", "加药车间责任区")
    assert [p.id for p in org.search_people("wjh")] == [new]
    with pytest.raises(OrgError) as taken:
        org.people_edit.add_person(me, PersonFields(name="李四", employee_no="dh0100", home_unit_id=team.id))
    assert taken.value.problem is OrgProblem.EMPLOYEE_NO_TAKEN and taken.value.details["name"] == "王建华"
    for fields, problem in [
        (PersonFields(name=" ", employee_no="X1", home_unit_id=team.id), OrgProblem.NAME_REQUIRED),
        (PersonFields(name="张三", employee_no="  ", home_unit_id=team.id), OrgProblem.EMPLOYEE_NO_REQUIRED),
        (
            PersonFields(
                name="张三",
                employee_no="X1",
                home_unit_id=team.id,
                post_id=next(p for p in org.people_edit.posts(unit(services, "DH-W-05").id) if p.name == "仪表工").id,
            ),
            OrgProblem.POST_NOT_IN_UNIT,
        ),
    ]:
        with pytest.raises(OrgError) as refused:
            org.people_edit.add_person(me, fields)
        assert refused.value.problem is problem


def test_edit_returns_the_fields_before(services: Services) -> None:
    org, me = services.org, actor(services)
    who = person(services, "DH0013")
    fields = org.people_edit.fields(who.id)
    before = org.people_edit.update_person(me, who.id, dataclasses.replace(fields, name="邓建国", phone="13800000000"))
    assert before == fields
    assert org.search_people("djg")[0].id == who.id
    org.people_edit.update_person(me, who.id, before)
    assert person(services, "DH0013").name == who.name


def test_moving_people_keeps_a_reachable_post_and_undo_puts_them_back(services: Services) -> None:
    org, me = services.org, actor(services)
    a, b = person(services, "DH0012"), person(services, "DH0013")  # 取水泵房班, post 取水泵工 of the zone
    assert a.post == "取水泵工"
    move = org.people_edit.move_people(me, [a.id], unit(services, "DH-W-01").id)
    assert person(services, "DH0012").post == "取水泵工"  # the post belongs to the zone: still reachable
    move2 = org.people_edit.move_people(me, [a.id, b.id], unit(services, "DH-W-05-1").id)
    moved = person(services, "DH0012")
    assert moved.unit == "机电维修班" and moved.post == ""
    org.people_edit.place_people(me, move2)
    org.people_edit.place_people(me, move)
    again = person(services, "DH0012")
    assert (again.unit, again.post) == ("取水泵房班", "取水泵工")


def test_leaving_ends_roles_links_and_claims_and_undo_reopens_them(services: Services) -> None:
    org, me = services.org, actor(services)
    zone_lead = person(services, "DH0007")  # zone lead of 取水车间, claims 化验室
    detail = org.people_edit.detail(zone_lead.id)
    assert detail is not None and detail.claimed_areas and any(r.ends_on is None for r in detail.roles)
    day = plant_today()
    record = org.people_edit.mark_left(me, zone_lead.id, day)
    assert record.ended_roles and record.released_areas
    assert person(services, "DH0007").left_on == day
    assert org.search_people("DH0007") == []  # the search finds active people by default
    assert org.people_edit.detail(zone_lead.id).claimed_areas == ()
    with pytest.raises(OrgError):
        org.people_edit.mark_left(me, zone_lead.id, day)
    org.people_edit.undo_left(me, record)
    detail = org.people_edit.detail(zone_lead.id)
    assert detail.person.left_on is None and detail.claimed_areas
    assert all(r.ends_on is None for r in detail.roles)


def test_delete_only_a_person_without_history(services: Services) -> None:
    org, me = services.org, actor(services)
    with pytest.raises(OrgError) as history:
        org.people_edit.delete_person(me, person(services, "DH0001").id)
    assert history.value.problem is OrgProblem.PERSON_HAS_HISTORY
    new = org.people_edit.add_person(me, PersonFields("录错的人", "TMP1", unit(services, "DH-W").id))
    org.people_edit.delete_person(me, new)
    assert org.search_people("TMP1") == []
    org.people_edit.restore_person(me, new)
    assert org.search_people("TMP1")[0].id == new


def test_search_by_name_number_and_pinyin_including_heteronym_surnames(services: Services) -> None:
    org, me = services.org, actor(services)
    grid = unit(services, "DH-W")
    shan = org.people_edit.add_person(me, PersonFields("单建华", "H1", grid.id, PartyStatus.FULL_MEMBER))
    zeng = org.people_edit.add_person(me, PersonFields("曾国强", "H2", grid.id))
    for text, expected in [("djh", shan), ("sjh", shan), ("shanjianhua", shan), ("danjianhua", shan), ("zgq", zeng),
                           ("cgq", zeng), ("曾国", zeng), ("国强", zeng), ("h2", zeng), ("Ｈ２", zeng)]:  # fmt: skip
        assert expected in [p.id for p in org.search_people(text)], text
    assert org.search_people("DH0001")[0].name == "熊德明"  # an exact number ranks first
    assert org.search_people("   ") == []
    members = org.search_people("h", party_members_only=True)
    assert shan in [p.id for p in members] and zeng not in [p.id for p in members]
    in_zone = org.search_people("d", unit_id=unit(services, "DH-W-01").id)
    assert in_zone and all(p.department == "取水车间责任区" for p in in_zone)


def test_people_of_a_unit_filter_and_sort_in_the_database(services: Services) -> None:
    org = services.org
    plant = unit(services, "DH")
    assert org.count_people(plant.id) == 58
    assert org.count_people(plant.id, text="xdm") == 2  # 熊德明, 许德明
    teams = org.people(plant.id, 0, 100, PersonSort.TEAM, descending=True)
    assert teams[0].team != "" and teams[-1].team == ""
    by_unit = org.people(plant.id, 0, 100, PersonSort.UNIT)
    assert [p.department for p in by_unit] == sorted(p.department for p in by_unit)
