"""Issue 15's scoring rules on the small hand-built plant (tests/scoring/conftest.py), each number worked out by hand:
corrections under the cap and four eyes, one count of what waits, floors and quantities of the team assessment,
points to the unit kind the catalogue names, and rules that are the plant's or a unit's own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gridapp.scoring.kinds import EntrySource, EntryStatus, Refusal, ScoringRefused
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import EntryQuery
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
