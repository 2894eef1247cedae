"""Suggestions (合理化建议) on the hand-built plant of the scoring tests (tests/scoring/conftest.py): submitted by
anyone, reviewed by the unit's officers, adopted ones proposing the points of the star and team rules."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from gridapp.events import EventBus
from gridapp.party_life.kinds import PartyLifeRefused, Refusal, SuggestionCategory, SuggestionState
from gridapp.party_life.rows import SuggestionDraft
from gridapp.party_life.suggestions import SuggestionService
from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.rows import EntryQuery
from gridapp.security.rights import AccessDenied
from tests.scoring.conftest import Plant

YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


@pytest.fixture
def suggestions(plant: Plant) -> SuggestionService:
    events = EventBus()
    plant.scoring.subscribe(events)
    return SuggestionService(plant.db, events, today=lambda: plant.today[0])


def submit(plant: Plant, service: SuggestionService, who: str, title: str, category: SuggestionCategory):  # type: ignore[no-untyped-def]
    return service.submit(plant.actor(who), SuggestionDraft(plant.units["甲班"], title, category, "内容"))


def proposed(plant: Plant) -> set[tuple[str, str, str, Decimal]]:
    rows = []
    for catalogue in ("star", "team"):
        rows += plant.scoring.entries.all(EntryQuery(catalogue, status=EntryStatus.PROPOSED))
    return {(e.catalogue, e.rule_code, e.subject, e.requested) for e in rows if e.source.value.startswith("suggestion")}


def test_adoption_proposes_the_rules_points_and_is_followed_to_done(
    plant: Plant, suggestions: SuggestionService
) -> None:
    safety = submit(plant, suggestions, "甲一", "泵房加装防护栏", SuggestionCategory.SAFETY)
    cost = submit(plant, suggestions, "甲群", "回收冲洗水", SuggestionCategory.COST)  # masses suggest too
    late = submit(plant, suggestions, "甲二", "冲洗水再利用", SuggestionCategory.COST)
    idle = submit(plant, suggestions, "甲三", "换个颜色", SuggestionCategory.MANAGEMENT)
    officer = plant.actor("郑区长")  # the zone lead reviews his zone's team
    suggestions.review(officer, safety, SuggestionState.ADOPTED)
    suggestions.review(officer, cost, SuggestionState.ADOPTED)
    suggestions.review(officer, late, SuggestionState.MERGED, merged_into=cost)
    with pytest.raises(PartyLifeRefused) as refused:
        suggestions.review(officer, idle, SuggestionState.NOT_ADOPTED)
    assert refused.value.refusal is Refusal.REASON_REQUIRED
    suggestions.review(officer, idle, SuggestionState.NOT_ADOPTED, "与现行标准冲突")
    assert proposed(plant) == {
        ("star", "SP04", "甲一", Decimal(2)),  # 安全管理合理化建议被采纳
        ("team", "CE04", "甲班", Decimal(1)),  # the team's 合理化建议
    }
    with pytest.raises(PartyLifeRefused):
        suggestions.review(officer, safety, SuggestionState.ADOPTED)  # once
    suggestions.mark_done(officer, safety, "已安装")
    rows = {r.title: r for r in suggestions.suggestions(plant.units["一网格"], *YEAR)}
    assert [r.number for r in rows.values()] == [1, 2, 3, 4]
    assert rows["泵房加装防护栏"].state is SuggestionState.DONE and rows["泵房加装防护栏"].reviewer == "郑区长"
    assert (rows["冲洗水再利用"].state, rows["冲洗水再利用"].merged_into) == (SuggestionState.MERGED, "回收冲洗水")
    assert rows["换个颜色"].review_note == "与现行标准冲突"
    assert [r.title for r in suggestions.adopted(plant.units["一网格"], *YEAR)] == ["泵房加装防护栏", "回收冲洗水"]
    star = plant.scoring.entries.all(EntryQuery("star", status=EntryStatus.PROPOSED))
    entry = next(e for e in star if e.source is EntrySource.SUGGESTION_SAFETY)
    plant.scoring.entries.confirm(plant.actor("沈书记"), [entry.id])  # confirmed by a person, as every point


def test_who_reviews(plant: Plant, suggestions: SuggestionService) -> None:
    one = submit(plant, suggestions, "甲一", "建议", SuggestionCategory.TECHNIQUE)
    with pytest.raises(AccessDenied):
        suggestions.review(plant.actor("甲二"), one, SuggestionState.ADOPTED)  # staff do not review
    with pytest.raises(PartyLifeRefused):
        suggestions.review(plant.actor("郑区长"), one, SuggestionState.MERGED, merged_into=one)
    with pytest.raises(PartyLifeRefused):
        suggestions.mark_done(plant.actor("郑区长"), one)  # not adopted yet
    suggestions.review(plant.actor("郑区长"), one, SuggestionState.ADOPTED)
    assert proposed(plant) == set()  # no shipped rule for an adopted technique suggestion
