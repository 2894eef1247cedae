"""Entries by hand: who may grant, proposals left for the right person, caps worked out by hand, corrections."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gridapp.scoring.kinds import EntrySource, EntryStatus, Refusal, ScoringRefused
from gridapp.scoring.rows import EntryQuery
from tests.scoring.conftest import Plant

MAY = dt.date(2025, 5, 1)


def refusal(excinfo: pytest.ExceptionInfo[ScoringRefused]) -> Refusal:
    return excinfo.value.refusal


def test_caps_clip_points_within_the_cap_period(plant: Plant) -> None:
    plus = plant.add_rule("X01", "2", cap="5")
    minus = plant.add_rule("X02", "-1.5", cap="3", category="problem_finding")
    # +2, then 2 × 2 = 4 of which 3 fit under the cap of 5, then nothing is left.
    first = plant.give(plus, "甲一", dt.date(2025, 5, 2))
    second = plant.give(plus, "甲一", dt.date(2025, 5, 5), quantity=2)
    third = plant.give(plus, "甲一", dt.date(2025, 5, 6))
    assert [(e.requested, e.points, e.capped) for e in (first, second, third)] == [
        (Decimal(2), Decimal(2), False),
        (Decimal(4), Decimal(3), True),
        (Decimal(2), Decimal(0), True),
    ]
    # Deductions are capped the same way: −1.5, then −3 of which −1.5 fits under the cap of 3.
    d1 = plant.give(minus, "甲一", dt.date(2025, 5, 7))
    d2 = plant.give(minus, "甲一", dt.date(2025, 5, 8), quantity=2)
    assert (d1.points, d2.points) == (Decimal("-1.5"), Decimal("-1.5"))
    # A new month is a new cap window; another person has a cap of their own.
    april = plant.give(plus, "甲一", dt.date(2025, 4, 10), quantity=3)
    other = plant.give(plus, "乙一", dt.date(2025, 5, 1))
    assert (april.points, other.points) == (Decimal(5), Decimal(2))


def test_a_cap_per_quarter_spans_its_months(plant: Plant) -> None:
    rule = plant.add_rule("X05", "4", cap="6", cap_period="quarter")
    assert plant.give(rule, "甲一", dt.date(2025, 4, 3)).points == Decimal(4)
    assert plant.give(rule, "甲一", dt.date(2025, 5, 3)).points == Decimal(2)
    assert plant.give(rule, "甲一", dt.date(2025, 5, 4)).points == Decimal(0)


def test_a_correction_frees_room_under_the_cap(plant: Plant) -> None:
    rule = plant.add_rule("X01", "2", cap="4")
    granted = plant.give(rule, "甲一", dt.date(2025, 5, 2), quantity=2)
    correction = plant.scoring.entries.correct(plant.actor("沈书记"), granted.id, "-2", "其中一次重复登记")
    plant.scoring.entries.confirm(plant.actor("林网格长"), [correction.id])  # four eyes
    assert plant.give(rule, "甲一", dt.date(2025, 5, 3)).points == Decimal(2)


def test_the_granter_needs_a_grantor_role_over_the_subject(plant: Plant) -> None:
    rule = plant.rule("star", "SR03")  # grid leader or zone lead
    ok = plant.give(rule, "甲一", MAY, by="郑区长")  # zone lead of 一区, above 甲班
    assert ok.status is EntryStatus.CONFIRMED and ok.decided_by == "郑区长"
    # Outside his zone the zone lead's points wait for someone who may grant them.
    waiting = plant.give(rule, "乙一", MAY, by="郑区长")
    assert waiting.status is EntryStatus.PROPOSED and waiting.points == 0 and waiting.proposed_by == "郑区长"
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.entries.confirm(plant.actor("郑区长"), [waiting.id])
    assert refusal(caught) is Refusal.NOT_ALLOWED
    done = plant.scoring.entries.confirm(plant.actor("林网格长"), [waiting.id], "核实无误")
    assert done[0].status is EntryStatus.CONFIRMED and done[0].decision_note == "核实无误"


def test_nobody_confirms_their_own_points_and_the_station_confirms_nothing(plant: Plant) -> None:
    rule = plant.rule("star", "SR03")
    own = plant.give(rule, "林网格长", MAY, by="林网格长")
    assert own.status is EntryStatus.PROPOSED
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.entries.confirm(plant.actor("林网格长"), [own.id])
    assert refusal(caught) is Refusal.OWN_POINTS
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.entries.confirm(plant.db.system_actor(), [own.id])
    assert refusal(caught) is Refusal.NO_PERSON
    with pytest.raises(ScoringRefused) as caught:  # the zone lead has no say over the grid's own people
        plant.scoring.entries.confirm(plant.actor("郑区长"), [own.id])
    assert refusal(caught) is Refusal.NOT_ALLOWED


def test_bad_input_is_refused_with_a_reason(plant: Plant) -> None:
    needs_evidence = plant.rule("star", "SP02")
    cases = [
        (dict(reason=""), Refusal.REASON_REQUIRED),
        (dict(evidence=""), Refusal.EVIDENCE_REQUIRED),
        (dict(booked_on=dt.date(2025, 5, 16)), Refusal.FUTURE_DATE),
        (dict(quantity=0), Refusal.BAD_QUANTITY),
    ]
    for change, expected in cases:
        kw = {"person_id": plant.people["甲一"], "reason": "发现泵房漏水", "evidence": "排查记录", "booked_on": MAY}
        kw.update(change)  # type: ignore[arg-type]
        with pytest.raises(ScoringRefused) as caught:
            plant.scoring.entries.give(plant.actor("林网格长"), needs_evidence, **kw)  # type: ignore[arg-type]
        assert refusal(caught) is expected, change
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.entries.give(
            plant.actor("林网格长"), plant.rule("team", "SE01"), person_id=plant.people["甲一"], reason="x"
        )
    assert refusal(caught) is Refusal.WRONG_SUBJECT
    assert plant.scoring.entries.count(EntryQuery("star")) == 0


def test_a_batch_confirmation_is_all_or_nothing(plant: Plant) -> None:
    rule = plant.rule("star", "SR03")
    mine = plant.give(rule, "乙一", MAY, by="甲二")
    not_mine = plant.give(rule, "郑区长", MAY, by="甲二")
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.entries.confirm(plant.actor("郑区长"), [mine.id, not_mine.id])
    assert refusal(caught) is Refusal.NOT_ALLOWED
    assert plant.scoring.entries.entry(mine.id).status is EntryStatus.PROPOSED  # type: ignore[union-attr]


def test_rejection_needs_a_reason_and_is_final(plant: Plant) -> None:
    entry = plant.give(plant.rule("star", "SR03"), "乙一", MAY, by="甲二")
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.entries.reject(plant.actor("林网格长"), [entry.id], " ")
    assert refusal(caught) is Refusal.REASON_REQUIRED
    rejected = plant.scoring.entries.reject(plant.actor("林网格长"), [entry.id], "检查未达标")[0]
    assert rejected.status is EntryStatus.REJECTED and rejected.decision_note == "检查未达标"
    with pytest.raises(ScoringRefused) as caught:
        plant.scoring.entries.confirm(plant.actor("林网格长"), [entry.id])
    assert refusal(caught) is Refusal.NOT_PROPOSED


def test_everyone_can_see_why_each_point_was_given(plant: Plant) -> None:
    rule = plant.add_rule("X01", "2", cap="3")
    plant.give(rule, "甲一", dt.date(2025, 5, 2), reason="带头抢修加药泵", evidence="抢修记录 0502")
    capped = plant.give(rule, "甲一", dt.date(2025, 5, 3), reason="夜间巡检发现漏氯")
    history = plant.scoring.entries.all(EntryQuery("star", person_id=plant.people["甲一"]))
    assert [(e.reason, e.evidence, e.rule_code, e.proposed_by, e.decided_by) for e in history] == [
        ("带头抢修加药泵", "抢修记录 0502", "X01", "林网格长", "林网格长"),
        ("夜间巡检发现漏氯", "记录 1 号", "X01", "林网格长", "林网格长"),
    ]
    assert capped.capped and capped.points == Decimal(1) and capped.requested == Decimal(2)
    assert history[0].source is EntrySource.MANUAL
