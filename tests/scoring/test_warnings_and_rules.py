"""Warnings seen only by the people's leaders; rules added, revised and retired by managers; tallies = entries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from gridapp.scoring import tallies
from gridapp.scoring.kinds import EntrySource, Refusal, ScoringRefused, WarningLevel
from gridapp.scoring.models import ScorePersonTally, ScoreUnitTally
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import RuleDraft, StandingQuery
from gridapp.security.rights import AccessDenied, Right
from tests.scoring.conftest import Plant


def test_warnings_are_seen_only_by_grid_leaders_and_secretaries(plant: Plant) -> None:
    w = plant.scoring.warnings
    raised = w.raise_warning(plant.actor("沈书记"), plant.people["甲二"], WarningLevel.YELLOW, "家中老人重病，情绪低落")
    w.raise_warning(plant.actor("林网格长"), plant.people["乙一"], WarningLevel.RED, "与班长发生争执")
    assert [x.person_name for x in w.warnings(plant.people["林网格长"])] == ["乙一", "甲二"]  # red first
    assert [x.person_name for x in w.warnings(plant.people["沈书记"], plant.units["甲班"])] == ["甲二"]
    for outsider in ("郑区长", "苏监督", "甲一"):
        assert w.warnings(plant.people[outsider]) == [] and not w.may_see(plant.people[outsider])
        assert not plant.scoring.permissions(plant.people[outsider]).see_warnings
    with pytest.raises(AccessDenied) as denied:
        w.raise_warning(plant.actor("郑区长"), plant.people["甲一"], WarningLevel.BLUE, "x")
    assert denied.value.right is Right.WARNING_RAISE
    query = StandingQuery("star", Period(PeriodKind.MONTH, 2025, 5), plant.units["东风厂"])
    for viewer, expected in [("林网格长", WarningLevel.YELLOW), ("郑区长", None), (None, None)]:
        viewer_id = plant.people[viewer] if viewer else None
        rows = plant.scoring.standings.all(
            StandingQuery(query.catalogue, query.period, query.unit_id, viewer_id=viewer_id)
        )
        assert {r.name: r.warning for r in rows}["甲二"] == expected
    updated = w.update(plant.actor("林网格长"), raised.id, WarningLevel.BLUE, "已谈心两次，协调请假")
    assert updated.level is WarningLevel.BLUE and updated.measures == "已谈心两次，协调请假"
    closed = w.close(plant.actor("沈书记"), raised.id, "老人出院，情绪平稳")
    assert closed.closed_on == dt.date(2025, 5, 15) and closed.closed_by == "沈书记"
    assert [x.person_name for x in w.warnings(plant.people["林网格长"])] == ["乙一"]
    assert len(w.warnings(plant.people["林网格长"], include_closed=True)) == 2


def test_rules_are_added_revised_and_retired_by_managers(plant: Plant) -> None:
    leader = plant.actor("林网格长")
    draft = RuleDraft(
        "x10", "参加义务植树", "daily_work", Decimal("0.5"), Decimal(1), grantor_roles=("party_secretary",)
    )
    added = plant.scoring.rules.add(leader, "star", draft)
    assert (added.code, added.version, added.grantor_roles) == ("X10", 1, ("party_secretary",))
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.rules.add(leader, "star", draft)
    assert caught.value.refusal is Refusal.DUPLICATE_CODE
    for bad, field in [
        (RuleDraft("X11", "", "daily_work", Decimal(1), grantor_roles=("grid_leader",)), Refusal.BAD_RULE),
        (RuleDraft("X11", "名", "nonsense", Decimal(1), grantor_roles=("grid_leader",)), Refusal.BAD_RULE),
        (RuleDraft("X11", "名", "daily_work", Decimal(0), grantor_roles=("grid_leader",)), Refusal.BAD_POINTS),
        (RuleDraft("X11", "名", "daily_work", Decimal("0.25"), grantor_roles=("grid_leader",)), Refusal.BAD_POINTS),
        (RuleDraft("X11", "名", "daily_work", Decimal(1)), Refusal.BAD_RULE),
        (RuleDraft("X11", "名", "daily_work", Decimal(1), grantor_roles=("king",)), Refusal.BAD_RULE),
    ]:
        with pytest.raises(ScoringRefused) as caught:
            plant.scoring.rules.add(leader, "star", bad)
        assert caught.value.refusal is field
    with pytest.raises(AccessDenied) as denied:
        plant.scoring.rules.add(plant.actor("郑区长"), "star", RuleDraft("X12", "名", "daily_work", Decimal(1)))
    assert denied.value.right is Right.SCORE_RULES
    granted = plant.scoring.entries.give(
        plant.actor("沈书记"), added.id, person_id=plant.people["甲一"], reason="植树", booked_on=dt.date(2025, 5, 2)
    )
    unchanged = plant.scoring.rules.revise(leader, added.id, draft)
    assert unchanged.id == added.id  # nothing changed: no new version
    plant.scoring.rules.retire(leader, added.id)
    assert "X10" not in {r.code for r in plant.scoring.rules.rules("star")}
    assert [r.code for r in plant.scoring.rules.retired("star")] == ["X10"]
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.entries.give(leader, added.id, person_id=plant.people["甲一"], reason="x")
    assert caught.value.refusal is Refusal.RULE_NOT_IN_FORCE
    # the retired rule still shows, with its points, on the sheets of the period it gave points in
    assert plant.scoring.entries.entry(granted.id).rule_code == "X10"  # type: ignore[union-attr]
    shipped = {r.code: r for r in plant.scoring.rules.rules("star")}
    assert len(shipped) == 25 and shipped["SP01"].trigger is EntrySource.ISSUE_REPORTED
    assert len(plant.scoring.rules.rules("team")) == 44


def test_tallies_equal_a_rebuild_from_the_entries(plant: Plant) -> None:
    rule = plant.add_rule("X01", "2", cap="5")
    for day, name, quantity in [(3, "甲一", 1), (4, "甲一", 3), (5, "乙一", 2), (6, "甲三", 1)]:
        plant.give(rule, name, dt.date(2025, 5, day), quantity=quantity)
    march = plant.give(rule, "甲二", dt.date(2025, 3, 31))
    plant.scoring.entries.correct(plant.actor("沈书记"), march.id, "-1", "核减")
    team = plant.rule("team", "SE01")
    plant.scoring.entries.give(plant.actor("林网格长"), team, unit_id=plant.units["乙班"], reason="未开早会")

    def snapshot() -> tuple[set[tuple[object, ...]], set[tuple[object, ...]]]:
        with plant.db.read() as s:
            people = {tuple(r) for r in s.execute(select(*ScorePersonTally.__table__.columns))}
            units = {tuple(r) for r in s.execute(select(*ScoreUnitTally.__table__.columns))}
        return people, units

    before = snapshot()
    assert ("star", "Y2025", "daily_work", plant.people["甲一"], 50, 2) in before[0]
    assert ("star", "Y2025", "*", plant.people["甲一"], 50, 2) in before[0]
    with plant.db.write(plant.db.system_actor()) as s:
        tallies.rebuild(s)
    assert snapshot() == before
