"""Closing periods freezes them: no new or decided entries inside, corrections land in the open period, and a
closed period keeps the rules and star thresholds it was scored under."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gridapp.scoring.kinds import EntrySource, EntryStatus, Refusal, ScoringRefused
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import RuleDraft, StandingQuery
from gridapp.security.rights import AccessDenied, Right
from tests.scoring.conftest import Plant

APRIL = Period(PeriodKind.MONTH, 2025, 4)
MAY = Period(PeriodKind.MONTH, 2025, 5)


def points(plant: Plant, period: Period, name: str) -> Decimal:
    rows = plant.scoring.standings.all(StandingQuery("star", period, plant.units["东风厂"]))
    return next(r.points for r in rows if r.name == name)


def test_a_closed_month_is_frozen_and_corrections_go_to_the_open_month(plant: Plant) -> None:
    rule = plant.add_rule("X01", "2")
    granted = plant.give(rule, "甲一", dt.date(2025, 4, 20))
    closed = plant.scoring.periods.close(plant.actor("沈书记"), APRIL)
    assert closed == [APRIL] and plant.scoring.periods.is_closed(APRIL)
    with pytest.raises(ScoringRefused) as caught:
        plant.give(rule, "甲一", dt.date(2025, 4, 30))
    assert caught.value.refusal is Refusal.PERIOD_CLOSED
    correction = plant.scoring.entries.correct(plant.actor("林网格长"), granted.id, "-2", "重复登记，予以更正")
    assert correction.booked_on == dt.date(2025, 5, 15) and correction.source is EntrySource.CORRECTION
    assert correction.corrects_id == granted.id and correction.status is EntryStatus.PROPOSED
    (correction,) = plant.scoring.entries.confirm(plant.actor("沈书记"), [correction.id])  # four eyes
    assert correction.points == Decimal(-2)
    assert points(plant, APRIL, "甲一") == Decimal(2)  # April as it was posted
    assert points(plant, MAY, "甲一") == Decimal(-2)
    assert points(plant, Period(PeriodKind.QUARTER, 2025, 2), "甲一") == Decimal(0)
    assert [c.id for c in plant.scoring.entries.corrections_of(granted.id)] == [correction.id]


def test_closing_is_refused_early_twice_or_with_proposals_waiting(plant: Plant) -> None:
    secretary = plant.actor("沈书记")
    for period, expected in [
        (MAY, Refusal.PERIOD_NOT_ENDED),
        (Period(PeriodKind.QUARTER, 2025, 2), Refusal.PERIOD_NOT_ENDED),
    ]:
        with pytest.raises(ScoringRefused) as caught:
            plant.scoring.periods.close(secretary, period)
        assert caught.value.refusal is expected
    waiting = plant.give(plant.rule("star", "SR03"), "乙一", dt.date(2025, 4, 2), by="甲二")
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.periods.close(secretary, APRIL)
    assert caught.value.refusal is Refusal.PROPOSALS_WAITING and caught.value.details["count"] == 1
    assert [p.waiting for p in plant.scoring.periods.periods(PeriodKind.MONTH, 2)] == [0, 1]
    plant.scoring.entries.reject(plant.actor("林网格长"), [waiting.id], "区域未达标")
    with pytest.raises(AccessDenied) as denied:
        plant.scoring.periods.close(plant.actor("甲一"), APRIL)
    assert denied.value.right is Right.PERIOD_CLOSE
    plant.scoring.periods.close(secretary, APRIL)
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.periods.close(secretary, APRIL)
    assert caught.value.refusal is Refusal.PERIOD_ALREADY_CLOSED
    rows = plant.scoring.periods.periods(PeriodKind.MONTH, 3)
    assert [(r.period, r.closed, r.closed_by) for r in rows] == [
        (MAY, False, ""),
        (APRIL, True, "沈书记"),
        (Period(PeriodKind.MONTH, 2025, 3), False, ""),
    ]


def test_closing_a_quarter_closes_its_months(plant: Plant) -> None:
    q1 = Period(PeriodKind.QUARTER, 2025, 1)
    plant.scoring.periods.close(plant.actor("沈书记"), Period(PeriodKind.MONTH, 2025, 2))
    closed = plant.scoring.periods.close(plant.actor("沈书记"), q1)
    assert closed == [q1, Period(PeriodKind.MONTH, 2025, 1), Period(PeriodKind.MONTH, 2025, 3)]


def test_a_closed_period_keeps_its_rules_and_thresholds(plant: Plant) -> None:
    rule = plant.add_rule("X01", "2", cap="5")
    plant.give(rule, "甲一", dt.date(2025, 4, 20), quantity=3)  # 6, capped to 5: ★★★ at 5 ≥ 5
    plant.scoring.periods.close(plant.actor("沈书记"), APRIL)
    leader = plant.actor("林网格长")
    revised = plant.scoring.rules.revise(
        leader,
        rule,
        RuleDraft("X01", "测试规则X01（修订）", "daily_work", Decimal(3), Decimal(9), grantor_roles=("grid_leader",)),
    )
    assert revised.version == 2 and revised.points == Decimal(3)
    catalogue = next(c for c in plant.scoring.catalogues() if c.code == "star")
    thresholds = dict(catalogue.thresholds or {})
    thresholds[PeriodKind.MONTH] = tuple(Decimal(v) for v in ("50", "40", "30", "20", "10"))
    plant.scoring.update_settings(leader, "star", base=Decimal(0), top_n=3, bottom_n=2, thresholds=thresholds)
    april = {r.code: r for r in plant.scoring.rules.rules("star", APRIL)}
    may = {r.code: r for r in plant.scoring.rules.rules("star", MAY)}
    assert (april["X01"].version, april["X01"].points, april["X01"].cap) == (1, Decimal(2), Decimal(5))
    assert (may["X01"].version, may["X01"].points, may["X01"].cap) == (2, Decimal(3), Decimal(9))
    rows = plant.scoring.standings.all(StandingQuery("star", APRIL, plant.units["东风厂"]))
    assert next(r.stars for r in rows if r.name == "甲一") == 3  # still the thresholds of April
    may_rows = plant.scoring.standings.all(StandingQuery("star", MAY, plant.units["东风厂"]))
    assert {r.stars for r in may_rows} == {0}
    assert plant.scoring.standings.settings("star", APRIL).closed
    history = plant.scoring.rules.history("star", "X01")
    assert [(r.version, r.in_force) for r in history] == [(2, True), (1, False)]
