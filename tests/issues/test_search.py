"""Full-text search: two-character Chinese words inside sentences, single characters, phrases, Latin and digits,
comments, and the tokenizer itself."""

from __future__ import annotations

from gridapp.issues.rows import IssueFilter
from gridapp.issues.search import parse_query, tokenize
from tests.issues.conftest import LEADER, Plant


def _found(plant: Plant, text: str) -> set[str]:
    return {row.title for row in plant.service.page(IssueFilter(text=text))}


def test_bigrams_and_characters() -> None:
    tokens = tokenize(["泵房隐患A12号"])
    assert tokens.grams == ["泵房", "房隐", "隐患", "a12", "号"]
    assert tokens.chars == ["泵", "房", "隐", "患", "号"]
    query = parse_query("隐患 Ａ1")  # a full-width Ａ１ from a Chinese keyboard
    assert query is not None and query.fts == 'grams : "隐患" AND grams : "a1"*'
    assert parse_query("，。！") is None


def test_a_two_character_word_inside_a_sentence_is_found(plant: Plant) -> None:
    plant.report(title="一级泵房东侧发现安全隐患，地面积水严重")
    plant.report(title="加药间照明灯不亮")
    plant.report(title="送水泵振动偏大", description="巡检时发现隐患：联轴器螺栓松动")
    assert _found(plant, "隐患") == {"一级泵房东侧发现安全隐患，地面积水严重", "送水泵振动偏大"}
    assert _found(plant, "照明") == {"加药间照明灯不亮"}
    assert _found(plant, "泵") == {"一级泵房东侧发现安全隐患，地面积水严重", "送水泵振动偏大"}
    assert _found(plant, "地面积水") == {"一级泵房东侧发现安全隐患，地面积水严重"}
    assert _found(plant, "积水地面") == set()  # a phrase, not a bag of bigrams
    assert _found(plant, "泵 照明") == set()  # every word must be there
    assert _found(plant, "？") == set()


def test_comments_and_latin_words_are_searched(plant: Plant) -> None:
    ref = plant.report(title="2号泵出口压力低", description="PLC 显示 0.28MPa")
    plant.report(title="其他问题")
    assert _found(plant, "plc") == {"2号泵出口压力低"}
    assert _found(plant, "MPa") == set()  # words are matched from their start: 0.28MPa is "0" "28mpa"
    assert _found(plant, "28m") == {"2号泵出口压力低"}
    plant.service.comment(plant.actor(LEADER), ref.id, "请联系仪表班校验压力变送器")
    assert _found(plant, "变送器") == {"2号泵出口压力低"}
    plant.service.edit(plant.actor(LEADER), ref.id, title="2号送水泵出口压力偏低")
    assert _found(plant, "偏低") == {"2号送水泵出口压力偏低"}
    assert _found(plant, "变送器") == {"2号送水泵出口压力偏低"}  # the comment stays searchable after an edit
