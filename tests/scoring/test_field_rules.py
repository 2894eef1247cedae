"""Issue 15's scoring rules on the small hand-built plant (tests/scoring/conftest.py), each number worked out by hand:
corrections under the cap and four eyes, one count of what waits, floors and quantities of the team assessment,
points to the unit kind the catalogue names, and rules that are the plant's or a unit's own."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from gridapp.events import IssueReported, RoundCompleted
from gridapp.org.kinds import UnitKind
from gridapp.org.models import Role, RoleAssignment
from gridapp.scoring.entries import confirm_entry, new_entry
from gridapp.scoring.kinds import EntrySource, EntryStatus, Refusal, ScoringRefused
from gridapp.scoring.models import ScoreRule
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import EntryQuery, RuleDraft, StandingQuery
from gridapp.security.rights import AccessDenied, Right
from tests.scoring.conftest import Plant

MAY = Period(PeriodKind.MONTH, 2025, 5)


def refused(excinfo: pytest.ExceptionInfo[ScoringRefused]) -> Refusal:
    return excinfo.value.refusal


# 1. corrections: capped like every entry, and confirmed by a second person


def test_a_correction_is_capped_and_needs_a_second_person(plant: Plant) -> None:
    rule = plant.add_rule("X01", "2", cap="10")
    # 甲一, May: 3 × 2 = 6 counted of a cap of 10, so 4 are left this month.
    granted = plant.give(rule, "甲一", dt.date(2025, 5, 2), quantity=3)
    assert granted.points == Decimal(6)
    # 林网格长 writes a correction of +15 (the free amount of the issue): it waits, counting nothing.
    correction = plant.scoring.entries.correct(plant.actor("林网格长"), granted.id, "15", "漏记")
    assert (correction.status, correction.source, correction.points) == (
        EntryStatus.PROPOSED,
        EntrySource.CORRECTION,
        Decimal(0),
    )
    # The maker may not confirm it (four eyes) ...
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.entries.confirm(plant.actor("林网格长"), [correction.id])
    assert refused(caught) is Refusal.OWN_CORRECTION
    # ... another grantor does, and the cap holds: 15 asked, 10 − 6 = 4 counted; the month totals 10.
    (confirmed,) = plant.scoring.entries.confirm(plant.actor("沈书记"), [correction.id])
    assert (confirmed.requested, confirmed.points, confirmed.decided_by) == (Decimal(15), Decimal(4), "沈书记")
    query = EntryQuery("star", MAY, status=EntryStatus.CONFIRMED, person_id=plant.people["甲一"])
    assert sum(e.points for e in plant.scoring.entries.all(query)) == Decimal(10)
    # A negative correction of −3 frees room again: 10 − 3 = 7 used, so a new +2 counts in full.
    minus = plant.scoring.entries.correct(plant.actor("沈书记"), granted.id, "-3", "其中一次重复")
    plant.scoring.entries.confirm(plant.actor("林网格长"), [minus.id])
    assert plant.give(rule, "甲一", dt.date(2025, 5, 10)).points == Decimal(2)


def test_a_correction_waits_in_the_count_and_holds_back_the_closing(plant: Plant) -> None:
    rule = plant.add_rule("X01", "2")
    granted = plant.give(rule, "甲一", dt.date(2025, 5, 2))
    plant.scoring.entries.correct(plant.actor("林网格长"), granted.id, "-2", "重复登记")
    assert plant.scoring.entries.count(EntryQuery("star", status=EntryStatus.PROPOSED)) == 1


# 6. one definition of what waits


def test_the_waiting_count_is_the_same_on_every_page(plant: Plant) -> None:
    star = plant.add_rule("X01", "1", roles=("zone_lead",))
    team = plant.add_rule("T01", "-1", catalogue="team", roles=("zone_lead",))
    # Given by 林网格长, who holds no zone_lead role: each waits as a proposal.
    # star: 甲一 (甲班, 一区) 2 May and 3 April, 乙一 (乙班, 二区) 4 May; team: 甲班 5 May.
    for name, day in [("甲一", dt.date(2025, 5, 2)), ("甲一", dt.date(2025, 4, 3)), ("乙一", dt.date(2025, 5, 4))]:
        assert plant.give(star, name, day).status is EntryStatus.PROPOSED
    plant.scoring.entries.give(
        plant.actor("林网格长"), team, unit_id=plant.units["甲班"], booked_on=dt.date(2025, 5, 5), reason="测试"
    )
    # The waiting page of catalogue star, unit 一区 in May: 甲一's May proposal only = 1.
    waiting_page = plant.scoring.entries.count(EntryQuery("star", MAY, plant.units["一区"], EntryStatus.PROPOSED))
    periods = plant.scoring.periods.periods(PeriodKind.MONTH, 2, "star", plant.units["一区"])
    assert [p.period for p in periods] == [MAY, MAY.previous()]
    assert waiting_page == periods[0].waiting == 1
    # The whole plant, star only: May 2 (甲一, 乙一), April 1.
    plant_star = plant.scoring.periods.periods(PeriodKind.MONTH, 2, "star", plant.units["东风厂"])
    assert [p.waiting for p in plant_star] == [2, 1]
    assert plant.scoring.entries.count(EntryQuery("star", MAY, plant.units["东风厂"], EntryStatus.PROPOSED)) == 2
    # Every catalogue of the plant (what holds the closing back): May 3 (two star, one team), April 1.
    assert [p.waiting_plant for p in plant_star] == [3, 1]
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.periods.close(plant.actor("沈书记"), MAY.previous())
    assert refused(caught) is Refusal.PROPOSALS_WAITING and caught.value.details["count"] == 1


# 3. points go to the unit kind the catalogue names, and rankings compare like with like


def _round_done(plant: Plant, unit: str, inspector: str, day: int) -> None:
    with plant.db.write(plant.db.system_actor()) as s:
        at = dt.datetime(2025, 5, day, 9, tzinfo=dt.UTC)
        event = RoundCompleted(uuid.uuid4(), plant.units[unit], plant.people[inspector], "weekly", at)
        plant.scoring.proposer.on_round_completed(s, event)


def test_round_points_of_a_team_assessment_go_to_a_team_and_only_teams_are_ranked(plant: Plant) -> None:
    assert next(c for c in plant.scoring.catalogues() if c.code == "team").unit_kind is UnitKind.TEAM
    _round_done(plant, "一区", "甲一", 5)  # a zone's post, walked by 甲一 of 甲班: the team is 甲班
    _round_done(plant, "甲班", "郑区长", 6)  # a team's own post, walked by the zone lead: still 甲班
    _round_done(plant, "二区", "郑区长", 7)  # a zone's post by someone of no team: no team points at all
    team = plant.scoring.entries.all(EntryQuery("team", status=EntryStatus.PROPOSED))
    assert sorted((e.unit_name, e.requested) for e in team) == [("甲班", Decimal("0.2")), ("甲班", Decimal("0.2"))]
    plant.scoring.entries.confirm(plant.actor("林网格长"), [e.id for e in team])
    # A zone cannot be given team points by hand either.
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.entries.give(
            plant.actor("林网格长"), plant.rule("team", "PR05"), unit_id=plant.units["一区"], reason="测试"
        )
    assert refused(caught) is Refusal.WRONG_SUBJECT
    # Points a zone already holds (booked before kinds were named) do not put it among the teams.
    with plant.db.write(plant.db.system_actor()) as s:
        rule = s.get(ScoreRule, plant.rule("team", "PR05"))
        legacy = new_entry(
            s, rule, person_id=None, unit_id=plant.units["二区"], booked_on=dt.date(2025, 5, 8), quantity=1,
            source=EntrySource.MANUAL, source_id=None, occurred_at=dt.datetime(2025, 5, 8, tzinfo=dt.UTC),
            reason="旧数据", evidence="", proposed_by=None,
        )  # fmt: skip
        confirm_entry(s, legacy, plant.people["林网格长"], "", dt.date(2025, 5, 8))
    # May ranking of teams: 甲班 100 + 0.2 + 0.2 = 100.4, first; 乙班 100, second; no zone.
    ranking = plant.scoring.standings.all(StandingQuery("team", MAY, plant.units["东风厂"]))
    assert [(r.name, r.score, r.rank) for r in ranking] == [("甲班", Decimal("100.4"), 1), ("乙班", Decimal(100), 2)]


# 5. the plant's rules and a unit's own


def _secretary_of_zone_one(plant: Plant) -> None:
    """甲二 becomes party secretary of 一区: a leader of a unit, not of the plant."""
    with plant.db.write(plant.db.system_actor()) as s:
        role = s.scalar(select(Role).where(Role.code == "party_secretary"))
        assert role is not None
        s.add(
            RoleAssignment(
                role_id=role.id,
                person_id=plant.people["甲二"],
                unit_id=plant.units["一区"],
                starts_on=dt.date(2024, 1, 1),
            )
        )


def test_plant_rules_and_closing_are_the_plants_a_units_own_rules_its_leaders(plant: Plant) -> None:
    _secretary_of_zone_one(plant)
    secretary = plant.actor("甲二")
    draft = RuleDraft(
        code="Z01", name="一区安全之星", category="daily_work", points=Decimal(2), grantor_roles=("party_secretary",)
    )
    # A unit's leader may neither add a plant rule nor close the plant's period ...
    with pytest.raises(AccessDenied) as denied:
        plant.scoring.rules.add(secretary, "star", draft)
    assert denied.value.right is Right.SCORE_RULES
    with pytest.raises(AccessDenied) as denied:
        plant.scoring.periods.close(secretary, MAY.previous())
    assert denied.value.right is Right.PERIOD_CLOSE
    # ... but keeps 一区's own rules.
    own = plant.scoring.rules.add(secretary, "star", replace(draft, owner_unit_id=plant.units["一区"]))
    assert own.owner_unit_id == plant.units["一区"] and not own.plant_wide
    assert plant.scoring.rules.add(plant.actor("林网格长"), "star", replace(draft, code="P01")).plant_wide
    # It scores 甲一 (甲班 lies in 一区), not 乙一 (乙班 lies in 二区).
    ok = plant.give(own.id, "甲一", dt.date(2025, 5, 2), by="甲二")
    assert (ok.status, ok.points) == (EntryStatus.CONFIRMED, Decimal(2))
    with pytest.raises(ScoringRefused) as caught:
        plant.give(own.id, "乙一", dt.date(2025, 5, 2), by="林网格长")
    assert refused(caught) is Refusal.OUTSIDE_RULE_UNIT
    # A zone lead keeps no rules; the plant's grid leader may change 一区's too (it lies in the plant); the new
    # version stays 一区's.
    with pytest.raises(AccessDenied):
        plant.scoring.rules.add(
            plant.actor("郑区长"), "star", replace(draft, code="Z02", owner_unit_id=plant.units["一区"])
        )
    revised = plant.scoring.rules.revise(plant.actor("林网格长"), own.id, replace(draft, points=Decimal(3)))
    assert revised.version == 2 and revised.owner_unit_id == plant.units["一区"]
    # What the tab is told: 甲二 keeps 一区 and 甲班 (the subtree), not the plant and not 二区.
    seen = plant.scoring.permissions(plant.people["甲二"])
    assert not seen.manage and not seen.close_periods
    assert seen.may_keep(plant.units["一区"]) and seen.may_keep(plant.units["甲班"])
    assert not seen.may_keep(None) and not seen.may_keep(plant.units["二区"])


def test_a_units_own_event_rule_proposes_inside_that_unit_only(plant: Plant) -> None:
    _secretary_of_zone_one(plant)
    draft = RuleDraft(
        code="Z03",
        name="一区隐患随手报",
        category="problem_finding",
        points=Decimal("0.5"),
        grantor_roles=("party_secretary",),
        trigger=EntrySource.ISSUE_REPORTED,
        owner_unit_id=plant.units["一区"],
    )
    plant.scoring.rules.add(plant.actor("甲二"), "star", draft)
    at = dt.datetime(2025, 5, 6, 2, tzinfo=dt.UTC)
    with plant.db.write(plant.db.system_actor()) as s:
        # 甲一 (甲班, inside 一区) and 乙一 (乙班, in 二区) each report a problem.
        for name in ("甲一", "乙一"):
            event = IssueReported(uuid.uuid4(), plant.units["一网格"], plant.people[name], at)
            plant.scoring.proposer.on_issue_reported(s, event)
    z03 = [
        e.person_name
        for e in plant.scoring.entries.all(EntryQuery("star", status=EntryStatus.PROPOSED))
        if e.rule_code == "Z03"
    ]
    assert z03 == ["甲一"]  # the plant's SP01 proposes for both; 一区's own Z03 for 甲一 only
