"""The book and the four cards print as cards (title block, post, version, the grid's contacts, a layout that fills
the page; A4, A5 and pocket-size A6), and the demo has a complete document set for every post that has cards."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from gridapp.inspections.prints.document import CardPlace, _Card, build_document
from gridapp.inspections.prints.options import Source
from gridapp.inspections.service import InspectionService
from gridapp.services import Services
from tests.inspections.conftest import document_of, post_named
from tests.pdf_checks import assert_all_fonts_embedded, page_sizes_mm, pdf_text, save_pages_png

CARDS = ("handbook", "duty_card", "steps_card", "risk_card", "emergency_card")
SET = (*CARDS, "round_table", "hazard_table", "assessment_table")


@pytest.mark.parametrize("code", CARDS)
def test_each_card_of_the_dosing_post_prints_as_a_card(services: Services, ins: InspectionService, code: str,
                                                       output_dir: Path) -> None:  # fmt: skip
    doc = document_of(ins, post_named(ins, "加药工"), code)
    pdf = ins.prints.document(Source(doc))
    assert_all_fonts_embedded(pdf)
    assert page_sizes_mm(pdf) == [(210, 297)]  # a short card stays on one A4 page
    text = pdf_text(pdf)[0]
    title = next(d.type.name for d in ins.documents.document_set(post_named(ins, "加药工").id) if d.type.code == code)
    # The title block: the plant, the post and the card's name; then the facts row.
    assert "东湖水厂" in text and f"加药工{title}" in text
    for word in ("单位", "加药车间责任区", "岗位", "版本 4.0", "施行日期", "打印日期"):
        assert word in text, word
    # The grid's contacts: both grid leaders, the zone's lead and the safety supervisor, with their phones.
    for name in ("网格联系人", "熊德明", "贾福生", "秦大伟", "宋俊杰", "13937704964"):
        assert name in text, name
    assert "第 1 页 共 1 页" in text
    save_pages_png(pdf, output_dir, code)


def test_the_pocket_size_is_a6_and_a5_on_request(ins: InspectionService, output_dir: Path) -> None:
    doc = document_of(ins, post_named(ins, "加药工"), "duty_card")
    a6 = ins.prints.document(Source(doc), size="A6")
    a5 = ins.prints.document(Source(doc), size="A5")
    assert page_sizes_mm(a6) == [(105, 148)] and page_sizes_mm(a5) == [(148, 210)]
    for pdf in (a5, a6):
        assert_all_fonts_embedded(pdf)
        assert "加药工岗位职责卡" in pdf_text(pdf)[0] and "熊德明" in pdf_text(pdf)[0]
    save_pages_png(a6, output_dir, "duty-card-A6", dpi=100)


def _content(ins: InspectionService, body: str):  # type: ignore[no-untyped-def]
    doc = document_of(ins, post_named(ins, "加药工"), "duty_card")
    return dataclasses.replace(ins.prints.content(Source(doc)), body=body)


PLACE = CardPlace("东湖水厂", dt.date(2026, 10, 19), (("网格长", "熊德明", "13937704964"),))


def test_a_short_card_is_set_large_and_spread_to_fill_the_page(ins: InspectionService) -> None:
    # Six one-line points: at the largest size (22 pt on A4) they take 6 × 22 × 1.55 ≈ 205 pt plus 5 gaps of
    # 22 × 0.45 ≈ 50 pt, under half the ~560 pt between the facts row and the contacts. The spare room goes
    # into the gaps (spread 8× at most) so the text reaches well down the page rather than stopping at the top.
    card = _Card(_content(ins, "\n".join(f"- 第{n}条职责" for n in range(1, 7))), PLACE, "A4", dt.date(2026, 11, 30))
    size, spread = card.choose_size()
    assert size == 22 and spread > 3
    room = card.body_top(True) - card.body_bottom()
    used = sum(card.line_height(line, size, spread) for line in card.lines(size))
    assert 0.5 * room < used <= room
    # A card with many headings and points fills its room to within 3 % (all of the spare space is spread).
    body = "\n".join(f"# 第{n}部分\n- 第一条要求\n- 第二条要求" for n in range(1, 6))
    card = _Card(_content(ins, body), PLACE, "A4", dt.date(2026, 11, 30))
    size, spread = card.choose_size()
    used = sum(card.line_height(line, size, spread) for line in card.lines(size))
    room = card.body_top(True) - card.body_bottom()
    assert 0.96 * room <= used <= room and len(card.pages(size, spread)) == 1


def test_a_long_handbook_continues_on_more_pages_and_an_empty_one_says_so(ins: InspectionService) -> None:
    # 120 points cannot fit one A4 page even at the smallest size (9.5 pt × 1.55 × 120 ≈ 1770 pt > ~560 pt):
    # they flow onto further pages, each headed "（续）" and numbered "第 x 页 共 y 页".
    body = "\n".join(f"- 第{n}条：按规程操作，发现问题一键上报。" for n in range(1, 121))
    pdf = build_document(_content(ins, body), dt.date(2026, 11, 30), place=PLACE)
    assert_all_fonts_embedded(pdf)
    pages = pdf_text(pdf)
    assert len(pages) >= 3 and "加药工岗位职责卡（续）" in pages[1]
    assert f"第 2 页 共 {len(pages)} 页" in pages[1]
    assert "120." in pages[-1] and "熊德明" in pages[-1]  # the contacts are on every page
    empty = pdf_text(build_document(_content(ins, ""), place=PLACE))
    assert len(empty) == 1 and "本文件尚无内容" in empty[0]


def test_the_demo_has_a_complete_set_for_every_post_with_cards(ins: InspectionService) -> None:
    posts = {p.name: p for p in ins.documents.posts()}
    with_cards = [name for name, p in posts.items() if any(d.id for d in ins.documents.document_set(p.id))]
    assert sorted(with_cards) == sorted(["加药工", "取水泵工", "送水泵工", "滤池工", "中控值班员"])
    for name in with_cards:
        documents = {d.type.code: d for d in ins.documents.document_set(posts[name].id)}
        for code in SET:
            entry = documents[code]
            assert entry.id is not None and entry.version and entry.in_force_from, (name, code)
            content = ins.prints.content(Source(entry.id))
            assert content.items if entry.type.has_items else content.body.strip(), (name, code)
