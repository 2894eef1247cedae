"""Totals by category, star thresholds, rankings with ties and top/bottom marks, team scores: by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gridapp.scoring.kinds import Mark, Refusal, ScoringRefused
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import StandingQuery, StandingSort
from gridapp.security.rights import AccessDenied, Right
from tests.scoring.conftest import Plant

MAY = Period(PeriodKind.MONTH, 2025, 5)
Q2 = Period(PeriodKind.QUARTER, 2025, 2)


@pytest.fixture
def scored(plant: Plant) -> Plant:
    """May: 甲二 6, 林网格长 2, 甲一 2, 乙一 2, 甲三 1.5, the other party members 0; April: 甲一 5."""
    plus = plant.add_rule("X01", "2", cap="5")
    minus = plant.add_rule("X02", "-1.5", cap="3", category="problem_finding")
    task = plant.add_rule("X03", "1.5", category="task_completion")
    plant.give(plus, "甲一", dt.date(2025, 5, 2))
    plant.give(plus, "甲一", dt.date(2025, 5, 5), quantity=2)  # 3 of 4 under the cap
    plant.give(plus, "甲一", dt.date(2025, 5, 6))  # 0: cap reached
    plant.give(minus, "甲一", dt.date(2025, 5, 7))
    plant.give(minus, "甲一", dt.date(2025, 5, 8), quantity=2)  # −1.5 of −3
    plant.give(plus, "甲一", dt.date(2025, 4, 10), quantity=3)  # 5 of 6
    plant.give(task, "甲二", dt.date(2025, 5, 3), quantity=4)
    plant.give(plus, "乙一", dt.date(2025, 5, 1))
    plant.give(task, "甲三", dt.date(2025, 5, 9))
    plant.give(plus, "林网格长", dt.date(2025, 5, 9), by="沈书记")
    plant.give(task, "甲群", dt.date(2025, 5, 9))  # masses: not in the party members' ranking
    return plant


def rows(plant: Plant, period: Period = MAY, unit: str = "东风厂", **kw: object):  # type: ignore[no-untyped-def]
    query = StandingQuery("star", period, plant.units[unit], **kw)  # type: ignore[arg-type]
    return plant.scoring.standings.all(query)


def test_totals_by_category_per_person(scored: Plant) -> None:
    by_name = {r.name: r for r in rows(scored)}
    # categories: daily_work, problem_finding, responsibility, task_completion, conflict_resolution
    assert by_name["甲一"].by_category == (Decimal(5), Decimal(-3), Decimal(0), Decimal(0), Decimal(0))
    assert by_name["甲一"].points == by_name["甲一"].score == Decimal(2)
    assert by_name["甲一"].entries == 5
    assert by_name["甲二"].by_category[3] == Decimal(6)
    assert "甲群" not in by_name and len(by_name) == 9
    assert {r.name: r.points for r in rows(scored, Q2)}["甲一"] == Decimal(7)
    assert {r.name: r.points for r in rows(scored, Period(PeriodKind.YEAR, 2025))}["甲一"] == Decimal(7)
    everyone = {r.name: r.points for r in rows(scored, party_members_only=False)}
    assert everyone["甲群"] == Decimal("1.5") and len(everyone) == 10


def test_ranking_ties_share_a_rank_and_marks_include_the_tie(scored: Plant) -> None:
    ranking = [(r.name, r.points, r.rank, r.rank_from_bottom, r.tied, r.mark) for r in rows(scored)]
    top, bottom, none = Mark.TOP, Mark.BOTTOM, Mark.NONE
    assert ranking == [
        ("甲二", Decimal(6), 1, 9, False, top),
        ("林网格长", Decimal(2), 2, 6, True, top),
        ("甲一", Decimal(2), 2, 6, True, top),
        ("乙一", Decimal(2), 2, 6, True, top),  # tied with 2nd: inside the top three
        ("甲三", Decimal("1.5"), 5, 5, False, none),
        ("沈书记", Decimal(0), 6, 1, True, bottom),  # four tied for last: all in the bottom two
        ("苏监督", Decimal(0), 6, 1, True, bottom),
        ("郑区长", Decimal(0), 6, 1, True, bottom),
        ("乙二", Decimal(0), 6, 1, True, bottom),
    ]


def test_a_tie_reaching_both_ends_is_marked_neither(scored: Plant) -> None:
    june = Period(PeriodKind.MONTH, 2025, 6)  # nobody has points: all equal
    assert {(r.rank, r.mark) for r in rows(scored, june)} == {(1, Mark.NONE)}
    two = rows(scored, unit="乙班")  # 乙一 2, 乙二 0: both in the top three and in the bottom two
    assert [(r.name, r.mark) for r in two] == [("乙一", Mark.NONE), ("乙二", Mark.NONE)]


def test_top_and_bottom_counts_are_settings(scored: Plant) -> None:
    catalogue = next(c for c in scored.scoring.catalogues() if c.code == "star")
    scored.scoring.update_settings(
        scored.actor("林网格长"), "star", base=Decimal(0), top_n=1, bottom_n=1, thresholds=catalogue.thresholds
    )
    marks = {r.name: r.mark for r in rows(scored, unit="甲班")}
    assert marks == {"甲二": Mark.TOP, "甲一": Mark.NONE, "甲三": Mark.BOTTOM}


def test_stars_follow_configurable_thresholds(scored: Plant) -> None:
    stars = {r.name: r.stars for r in rows(scored)}
    # shipped month thresholds 12/8/5/3/1: 6 → ★★★, 2 and 1.5 → ★, 0 → none
    assert (stars["甲二"], stars["甲一"], stars["甲三"], stars["乙二"]) == (3, 1, 1, 0)
    catalogue = next(c for c in scored.scoring.catalogues() if c.code == "star")
    thresholds = dict(catalogue.thresholds or {})
    thresholds[PeriodKind.MONTH] = tuple(Decimal(v) for v in ("6", "4", "2", "1.5", "0.5"))
    scored.scoring.update_settings(
        scored.actor("沈书记"), "star", base=Decimal(0), top_n=3, bottom_n=2, thresholds=thresholds
    )
    stars = {r.name: r.stars for r in rows(scored)}
    assert (stars["甲二"], stars["甲一"], stars["甲三"], stars["乙二"]) == (5, 3, 2, 0)
    thresholds[PeriodKind.MONTH] = tuple(Decimal(v) for v in ("6", "6", "2", "1", "0"))
    with pytest.raises(ScoringRefused) as caught:
        scored.scoring.update_settings(
            scored.actor("沈书记"), "star", base=Decimal(0), top_n=3, bottom_n=2, thresholds=thresholds
        )
    assert caught.value.refusal is Refusal.BAD_THRESHOLDS
    with pytest.raises(AccessDenied) as denied:
        scored.scoring.update_settings(
            scored.actor("甲一"), "star", base=Decimal(0), top_n=3, bottom_n=2, thresholds=catalogue.thresholds
        )
    assert denied.value.right is Right.SCORE_RULES


def test_paging_and_sorting_happen_in_the_database(scored: Plant) -> None:
    query = StandingQuery("star", MAY, scored.units["东风厂"])
    standings = scored.scoring.standings
    assert standings.count(query) == 9
    first, second = standings.page(query, 0, 5), standings.page(query, 5, 5)
    assert [r.name for r in first + second] == [r.name for r in rows(scored)]
    by_daily = standings.page(query, 0, 1, sort=0, descending=True)
    assert by_daily[0].name == "甲一"
    assert [r.name for r in standings.page(query, 0, 2, sort=StandingSort.EMPLOYEE_NO)] == ["林网格长", "沈书记"]


def test_team_scores_scorecards_and_monthly_average(plant: Plant) -> None:
    early = plant.rule("team", "SE01")  # −2, cap 4
    press = plant.rule("team", "PB09")  # +1, cap 3
    give = plant.scoring.entries.give
    leader = plant.actor("林网格长")
    a = plant.units["甲班"]
    give(leader, early, unit_id=a, booked_on=dt.date(2025, 5, 6), reason="5月6日未开班前会")
    give(leader, early, unit_id=a, booked_on=dt.date(2025, 5, 8), quantity=2, reason="两次未开")  # −2 of −4
    secretary = plant.actor("沈书记")  # publicity is the secretary's (or the publicity officer's) to grant
    give(secretary, press, unit_id=a, booked_on=dt.date(2025, 5, 9), reason="厂报刊登", evidence="厂报第5期")
    teams = plant.scoring.standings.all(StandingQuery("team", MAY, plant.units["东风厂"]))
    assert [(t.name, t.score, t.rank) for t in teams] == [("乙班", Decimal(100), 1), ("甲班", Decimal(97), 2)]
    a_row = teams[1]
    # party_building 20 + 1, safety_env 25 − 4, the others full
    assert a_row.by_category == (Decimal(21), Decimal(21), Decimal(20), Decimal(15), Decimal(20))
    # Q2 on 15 May: April and May have begun, the score is the mean of the months: 100 + (−3) / 2
    q2 = plant.scoring.standings.all(StandingQuery("team", Q2, plant.units["东风厂"]))
    assert {t.name: t.score for t in q2}["甲班"] == Decimal("98.5")
    card = plant.scoring.standings.scorecard("team", a, MAY)
    assert sum(len(c.items) for c in card.categories) == 44 and len(card.categories) == 5
    assert card.score == Decimal(97)
    safety = next(c for c in card.categories if c.category.code == "safety_env")
    se01 = next(i for i in safety.items if i.rule.code == "SE01")
    # Times count quantities, not entries (issue 15): 1 + 2 = 3 times, of which −4 counted under the cap of 4.
    assert (se01.times, se01.points, se01.requested, safety.score) == (3, Decimal(-4), Decimal(-6), Decimal(21))
    matrix = plant.scoring.standings.scorecard_matrix("team", plant.units["东风厂"], MAY)
    assert matrix == {("SE01", a): (3, Decimal(-4)), ("PB09", a): (1, Decimal(1))}


def test_trend_and_comparison_data(scored: Plant) -> None:
    standings = scored.scoring.standings
    trend = standings.trend("star", scored.units["东风厂"], MAY)
    assert len(trend) == 12 and trend[-1].period == MAY and trend[0].period == Period(PeriodKind.MONTH, 2024, 6)
    assert trend[-1].points == Decimal("15") and trend[-2].points == Decimal(5)  # May with 甲群's 1.5; April
    mine = standings.trend("star", scored.units["东风厂"], MAY, person_id=scored.people["甲一"])
    assert [t.points for t in mine[-2:]] == [Decimal(5), Decimal(2)]
    compare = {c.name: c for c in standings.comparison("star", scored.units["一网格"], MAY)}
    assert set(compare) == {"一网格", "一区", "二区"}
    assert compare["一区"].points == Decimal("11") and compare["一区"].members == 4  # 郑区长 甲一 甲二 甲三
    assert compare["二区"].points == Decimal(2) and compare["二区"].per_member == Decimal(1)
    assert compare["一网格"].points == Decimal(2) and compare["一网格"].unit_id is None
