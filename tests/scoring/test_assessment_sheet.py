"""The team assessment (班组考核): a category floored at zero (and where the cut fell), times counted by quantity, and
the 考核表 printed for posting and signature (A4 and A3, every font embedded). Numbers worked out by hand below."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from gridapp.scoring.assessment import assessment_sheet_pdf, gather_sheet
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import Scorecard, StandingQuery
from tests.pdf_checks import assert_all_fonts_embedded, page_sizes_mm, pdf_text, save_pages_png
from tests.scoring.conftest import Plant

MAY = Period(PeriodKind.MONTH, 2025, 5)


def give_team(plant: Plant, rule: object, team: str, day: int, quantity: int):  # type: ignore[no-untyped-def]
    return plant.scoring.entries.give(
        plant.actor("林网格长"),
        rule,  # type: ignore[arg-type]
        unit_id=plant.units[team],
        booked_on=dt.date(2025, 5, day),
        quantity=quantity,
        reason="安全检查记录",
    )


@pytest.fixture
def may_sheet(plant: Plant) -> Plant:
    """甲班 in May, 安全环保 (full score 25):
    - 2 May, 三违 −3 each × 3 (one entry of quantity 3): −9 asked, −9 counted → the category stands at 25 − 9 = 16;
    - 9 May, 事故 −10 each × 2: −20 asked, but only 16 are left above zero → −16 counted, 4 cut off → 0;
    - 12 May, 三违 × 1: −3 asked, nothing left → 0 counted, 3 cut off.
    So 三违 was done 3 + 1 = 4 times (not 2 entries), asked −12 and counted −9; 事故 2 times, −20 asked, −16 counted;
    the category counts −25 and scores 0 (never −9 or −23), 7 points cut off; 甲班 scores 100 − 25 = 75."""
    violation = plant.add_rule("T01", "-3", catalogue="team", category="safety_env")
    accident = plant.add_rule("T02", "-10", catalogue="team", category="safety_env")
    first = give_team(plant, violation, "甲班", 2, 3)
    second = give_team(plant, accident, "甲班", 9, 2)
    third = give_team(plant, violation, "甲班", 12, 1)
    assert [(e.requested, e.points) for e in (first, second, third)] == [
        (Decimal(-9), Decimal(-9)),
        (Decimal(-20), Decimal(-16)),
        (Decimal(-3), Decimal(0)),
    ]
    return plant


def test_a_category_is_floored_at_zero_and_times_count_quantities(may_sheet: Plant) -> None:
    plant = may_sheet
    card = plant.scoring.standings.scorecard("team", plant.units["甲班"], MAY)
    safety = next(c for c in card.categories if c.category.code == "safety_env")
    items = {i.rule.code: (i.times, i.requested, i.points, i.cut_off) for i in safety.items if i.times}
    assert items == {
        "T01": (4, Decimal(-12), Decimal(-9), Decimal(3)),
        "T02": (2, Decimal(-20), Decimal(-16), Decimal(4)),
    }
    assert (safety.points, safety.score, safety.cut_off) == (Decimal(-25), Decimal(0), Decimal(7))
    assert card.score == Decimal(75) and card.unit_name == "一区"
    # The ranking reads the same tallies: 乙班 100 first, 甲班 75 second.
    ranking = plant.scoring.standings.all(StandingQuery("team", MAY, plant.units["东风厂"]))
    assert [(r.name, r.score) for r in ranking] == [("乙班", Decimal(100)), ("甲班", Decimal(75))]
    assert ranking[1].by_category[1] == Decimal(0)  # 安全环保 of 甲班: 25 − 25


def test_another_category_keeps_its_own_floor(may_sheet: Plant) -> None:
    # A deduction in 生产运行 (full 20) is not cut by 安全环保 being at zero: −2 counts, 20 − 2 = 18.
    plant = may_sheet
    slow = plant.add_rule("T03", "-2", catalogue="team", category="production")
    assert give_team(plant, slow, "甲班", 14, 1).points == Decimal(-2)
    card: Scorecard = plant.scoring.standings.scorecard("team", plant.units["甲班"], MAY)
    production = next(c for c in card.categories if c.category.code == "production")
    assert production.score == Decimal(18) and card.score == Decimal(73)


@pytest.mark.parametrize(("size", "mm"), [("A4", (210, 297)), ("A3", (297, 420))])
def test_the_assessment_sheet_prints_for_posting_and_signature(
    may_sheet: Plant, output_dir: Path, size: str, mm: tuple[int, int]
) -> None:
    plant = may_sheet
    sheet = gather_sheet(plant.scoring, plant.actor("林网格长"), "team", plant.units["甲班"], MAY)
    pdf = assessment_sheet_pdf(sheet, size)
    (output_dir / f"assessment-{size}.pdf").write_bytes(pdf)
    save_pages_png(pdf, output_dir, f"assessment-{size}", dpi=60)
    assert_all_fonts_embedded(pdf)
    assert set(page_sizes_mm(pdf)) == {mm}
    text = "".join(pdf_text(pdf)).replace(" ", "").replace("\n", "")
    for words in ("甲班", "2025年5月", "考核表", "安全环保", "班组长（签字）", "党支部书记（签字）", "公示期"):
        assert words in text, words
    assert "扣分超过满分，按0分计" in text and "本项共未计7分" in text and "得分75" in text
    assert "未计4分" in text and "未计3分" in text


def test_printing_the_sheet_needs_the_export_right_and_is_audited(may_sheet: Plant) -> None:
    from gridapp.security.rights import AccessDenied

    plant = may_sheet
    with pytest.raises(AccessDenied):  # staff hold no RANKING_EXPORT
        gather_sheet(plant.scoring, plant.actor("甲一"), "team", plant.units["甲班"], MAY)
