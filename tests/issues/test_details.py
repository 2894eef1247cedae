"""Details besides the transitions: cross-grid people, the six stages, hazards and their five fixes, comments,
corrections and links; each an event, each refused for the wrong person; the row always equals its replay."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from gridapp.issues.errors import InputProblem, IssueInputError, Refusal, TransitionRefused
from gridapp.issues.kinds import Action, EventKind, FiveFix, HazardGrade, RiskColour, Stage
from gridapp.issues.rows import HazardDraft, IssueFilter, IssueLinkDraft
from tests.issues.conftest import LEADER, OFFICER, STAFF, STAFF_2, ZONE_LEAD, Plant


def test_lead_supervisor_and_partners(plant: Plant) -> None:
    issue = plant.report().id
    lead, supervisor, partners = plant.people["DH0005"], plant.people["DH0006"], [plant.people["DH0020"]]
    with pytest.raises(TransitionRefused) as caught:
        plant.service.set_people(plant.actor(OFFICER), issue, lead, supervisor, partners)
    assert caught.value.reason is Refusal.NOT_PERMITTED
    with pytest.raises(IssueInputError) as wrong:
        plant.service.set_people(plant.actor(LEADER), issue, lead, lead, partners)
    assert wrong.value.problem is InputProblem.PERSON_REPEATED
    plant.service.set_people(plant.actor(LEADER), issue, lead, supervisor, partners)
    detail = plant.service.detail(issue)
    assert detail is not None
    assert (detail.lead.id, detail.supervisor.id) == (lead, supervisor)  # type: ignore[union-attr]
    assert [p.id for p in detail.partners] == partners
    assert plant.service.replayed(issue) == plant.service.stored(issue)
    # The lead acts like the assignee; the supervisor may verify.
    plant.service.assign(plant.actor(LEADER), issue, plant.people[STAFF_2])
    assert Action.FEED_BACK in plant.service.available_actions(plant.actor("DH0005"), issue)
    plant.service.set_people(plant.actor(LEADER), issue, lead, supervisor, [])
    assert plant.service.detail(issue).partners == ()  # type: ignore[union-attr]
    assert plant.service.replayed(issue) == plant.service.stored(issue)


def test_the_six_stages_are_dated(plant: Plant) -> None:
    issue = plant.report().id
    plant.service.reach_stage(plant.actor(OFFICER), issue, Stage.DISCOVERY)
    plant.clock.advance(days=2)
    plant.service.reach_stage(plant.actor(OFFICER), issue, Stage.ANALYSIS, "振动频谱显示轴承磨损")
    with pytest.raises(TransitionRefused):
        plant.service.reach_stage(plant.actor("DH0020"), issue, Stage.PLAN)
    detail = plant.service.detail(issue)
    assert detail is not None and detail.stage is Stage.ANALYSIS
    assert detail.stages == ((Stage.DISCOVERY, plant.clock.now() - dt.timedelta(days=2)),
                             (Stage.ANALYSIS, plant.clock.now()))  # fmt: skip


def test_a_major_hazard_needs_all_five_fixes(plant: Plant) -> None:
    with pytest.raises(IssueInputError) as caught:
        plant.report(category="hazard", hazard=HazardDraft(HazardGrade.MAJOR, measures="加装防护栏"))
    assert caught.value.problem is InputProblem.FIVE_FIXES_MISSING
    assert caught.value.details["missing"] == [FiveFix.RESPONSIBLE, FiveFix.FUNDS, FiveFix.DEADLINE,
                                               FiveFix.CONTINGENCY]  # fmt: skip
    assert plant.service.count(IssueFilter()) == 0
    issue = plant.report(category="hazard").id
    assert plant.service.row(issue).is_hazard  # type: ignore[union-attr]  # the hazard category marks it
    complete = HazardDraft(
        HazardGrade.MAJOR,
        responsible_id=plant.people[ZONE_LEAD],
        measures="更换腐蚀管段，加装防护栏",
        funds="车间维修费 3.5 万元",
        deadline=dt.date(2026, 4, 30),
        contingency_plan="泄漏时关闭上游阀门，启用备用泵",
    )
    plant.service.set_hazard(plant.actor(OFFICER), issue, complete)
    row = plant.service.row(issue)
    assert row is not None and row.hazard_grade is HazardGrade.MAJOR and row.risk_colour is RiskColour.RED
    detail = plant.service.detail(issue)
    assert detail is not None and detail.responsible.id == plant.people[ZONE_LEAD]  # type: ignore[union-attr]
    assert detail.funds == "车间维修费 3.5 万元"
    with pytest.raises(IssueInputError):
        plant.service.set_hazard(plant.actor(OFFICER), issue, HazardDraft(HazardGrade.MAJOR))
    assert plant.service.replayed(issue) == plant.service.stored(issue)


def test_comments_corrections_and_links(plant: Plant) -> None:
    issue = plant.report().id
    plant.service.comment(plant.actor(STAFF_2), issue, "我也看到了")
    with pytest.raises(IssueInputError):
        plant.service.comment(plant.actor(STAFF_2), issue, "  ")
    plant.service.edit(plant.actor(STAFF), issue, title="取水泵房东侧漏水")  # the reporter, before assignment
    plant.service.assign(plant.actor(LEADER), issue, plant.people[STAFF_2])
    with pytest.raises(TransitionRefused):
        plant.service.edit(plant.actor(STAFF), issue, title="改标题")  # no longer, once assigned
    plant.service.edit(plant.actor(ZONE_LEAD), issue, category="equipment")
    area = plant.areas["一级取水泵房"]
    plant.service.add_link(plant.actor(STAFF), issue, IssueLinkDraft("area", area, "一级取水泵房"))
    detail = plant.service.detail(issue)
    assert detail is not None
    assert [e.kind for e in detail.events] == [EventKind.REPORTED, EventKind.COMMENTED, EventKind.EDITED,
                                               EventKind.ASSIGNED, EventKind.EDITED, EventKind.LINK_ADDED]  # fmt: skip
    assert detail.row.title == "取水泵房东侧漏水" and detail.row.category_code == "equipment"
    assert detail.events[2].data["changes"] == {"title": ["取水泵房漏水", "取水泵房东侧漏水"]}
    assert detail.links[0].target_id == area and detail.row.comment_count == 1
    assert plant.service.replayed(issue) == plant.service.stored(issue)


def test_closed_issues_keep_their_details_but_take_comments(plant: Plant) -> None:
    issue = plant.report().id
    system = plant.db.system_actor()
    for action in (Action.ASSIGN, Action.START, Action.RECTIFY, Action.VERIFY, Action.CLOSE):
        plant.service.act(system, issue, action, assignee_id=plant.people[STAFF_2])
    with pytest.raises(IssueInputError) as caught:
        plant.service.edit(plant.actor(LEADER), issue, title="x")
    assert caught.value.problem is InputProblem.ISSUE_CLOSED
    plant.service.comment(plant.actor(LEADER), issue, "已销号，归档")


def test_unknown_issue_and_people(plant: Plant) -> None:
    with pytest.raises(IssueInputError) as caught:
        plant.service.comment(plant.actor(LEADER), uuid.uuid4(), "x")
    assert caught.value.problem is InputProblem.ISSUE_UNKNOWN
    issue = plant.report().id
    with pytest.raises(TransitionRefused) as refused:
        plant.service.assign(plant.actor(LEADER), issue, uuid.uuid4())
    assert refused.value.reason is Refusal.ASSIGNEE_UNKNOWN


def test_an_overdue_hazard_keeps_its_deadline_when_other_fixes_change(plant: Plant) -> None:
    issue = plant.report(category="hazard", hazard=HazardDraft(HazardGrade.GENERAL, deadline=dt.date(2026, 3, 5))).id
    due = plant.service.stored(issue).due_at
    plant.clock.advance(days=10)  # now overdue
    kept = HazardDraft(HazardGrade.GENERAL, measures="加装临时护栏", deadline=dt.date(2026, 3, 5))
    plant.service.set_hazard(plant.actor(OFFICER), issue, kept)
    detail = plant.service.detail(issue)
    assert detail is not None and detail.measures == "加装临时护栏" and detail.due_at == due
    with pytest.raises(IssueInputError) as caught:
        plant.service.set_hazard(plant.actor(OFFICER), issue,
                                 HazardDraft(HazardGrade.GENERAL, deadline=dt.date(2026, 3, 6)))  # fmt: skip
    assert caught.value.problem is InputProblem.DEADLINE_IN_PAST
