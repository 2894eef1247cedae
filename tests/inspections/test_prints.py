"""The printed inspection documents: text, pages and sizes, embedded fonts only, and pictures to look at."""

from __future__ import annotations

import dataclasses
import time
import uuid
from pathlib import Path

import pytest

from bench.inspections_synth import synthetic_content
from gridapp.inspections.kinds import CheckLevel, Frequency
from gridapp.inspections.prints.checklist import build_checklist
from gridapp.inspections.prints.options import ChecklistOptions, Source
from gridapp.inspections.prints.qr import report_payload
from gridapp.inspections.prints.tiles import plan_tiles
from gridapp.inspections.rows import InspectionRefused, PostRow, Refusal
from gridapp.inspections.service import InspectionService
from gridapp.reports.fonts import REPLACEMENT, register_fonts
from gridapp.services import Services
from tests.inspections.conftest import document_of
from tests.pdf_checks import assert_all_fonts_embedded, fonts_of, page_sizes_mm, pdf_text, save_pages_png


def _check(pdf: bytes) -> None:
    assert_all_fonts_embedded(pdf)
    assert not any("Helvetica" in name for name in fonts_of(pdf))


@pytest.mark.parametrize(("landscape", "size"), [(False, (210, 297)), (True, (297, 210))])
def test_the_498_step_card_prints_on_about_15_pages(landscape: bool, size: tuple[int, int], output_dir: Path) -> None:
    content = synthetic_content(498)
    register_fonts()
    started = time.perf_counter()
    pdf = build_checklist(content, ChecklistOptions(landscape=landscape))
    assert time.perf_counter() - started < 2  # the budget (0.5 s) is measured by bench/inspections.py
    _check(pdf)
    sizes = page_sizes_mm(pdf)
    assert 12 <= len(sizes) <= 18 and set(sizes) == {size}
    pages = pdf_text(pdf)
    assert "全厂生产岗位安全管理网格化巡检表" in pages[0] and "检查人" in pages[0]
    assert content.items[0].content in pages[0].replace("\n", "")
    assert all("检查内容" in page for page in pages)  # the heading repeats on every page
    assert f"第 {len(pages)} 页 共 {len(pages)} 页" in pages[-1] and "本表共 498 项" in pages[-1]
    every = "".join(pages).replace("\n", "")
    assert sum(item.content[:8] in every for item in content.items) == 498
    save_pages_png(pdf, output_dir, f"checklist-498-{'landscape' if landscape else 'portrait'}", limit=2)


def test_a_blank_checklist_for_one_round(ins: InspectionService, dosing_card: uuid.UUID, output_dir: Path) -> None:
    options = ChecklistOptions(level=CheckLevel.STAFF, frequency=Frequency.DAILY)
    pdf = ins.prints.checklist(Source(dosing_card), options)
    _check(pdf)
    text = "".join(pdf_text(pdf))
    assert "加药工巡回检查表" in text and "版本 4.0" in text and "加药车间责任区" in text
    assert "本表共 17 项" in text and "检查PAC计量泵运行声音和振动" in text
    assert "范围 0.3～2 mg/L" in text  # a reading's limits, to compare against on the spot
    assert "网格长月查" not in text and "检查加药设备完好率" not in text
    save_pages_png(pdf, output_dir, "checklist-dosing-staff-daily")


def test_an_earlier_version_prints_as_it_was(ins: InspectionService, dosing_card: uuid.UUID) -> None:
    old = next(e for e in ins.editions.editions(dosing_card) if e.version == "3.0")
    text = "".join(pdf_text(ins.prints.checklist(Source(edition_id=old.id), ChecklistOptions(landscape=True))))
    assert "版本 3.0" in text and "按工艺要求投加" in text and "检查洗眼器和应急喷淋" not in text


@pytest.mark.parametrize(("size", "mm"), [("A1", (841, 594)), ("A2", (594, 420))])
def test_the_display_board(ins: InspectionService, dosing_card: uuid.UUID, size: str, mm: tuple[int, int],
                           output_dir: Path) -> None:  # fmt: skip
    pdf = ins.prints.board(Source(dosing_card), size)
    _check(pdf)
    assert page_sizes_mm(pdf) == [mm]
    text = pdf_text(pdf)[0].replace("\n", "")
    for expected in ("红色网格分级检查点项卡", "群众日查", "网格员周查", "网格长月查", "熊德明", "宋俊杰", "秦大伟",
                     "扫码上报问题", "检查PAC计量泵运行声音和振动", "检查加药设备完好率"):  # fmt: skip
        assert expected in text, expected
    save_pages_png(pdf, output_dir, f"board-{size}", dpi=20 if size == "A1" else 28)


@pytest.mark.parametrize("sheet", ["A4", "A3"])
def test_the_board_tiled_for_small_printers(ins: InspectionService, dosing_card: uuid.UUID, sheet: str,
                                            output_dir: Path) -> None:  # fmt: skip
    pdf = ins.prints.board_tiles(Source(dosing_card), "A1", sheet, 10)
    _check(pdf)
    plan = plan_tiles((841 * 72 / 25.4, 594 * 72 / 25.4), sheet, 10 * 72 / 25.4)
    sizes = page_sizes_mm(pdf)
    # A1 at its exact size would take 15 A4 (8 A3) sheets, a third of them carrying a strip: laid out at the size of
    # whole sheets instead (within 10 %), it takes 9 (4), every one full.
    assert len(sizes) == plan.sheets == (9 if sheet == "A4" else 4)
    assert all(abs(b / (mm * 72 / 25.4) - 1) <= 0.1 for b, mm in zip(plan.board, (841, 594), strict=True))
    assert {tuple(sorted(s)) for s in sizes} == {(210, 297) if sheet == "A4" else (297, 420)}
    pages = pdf_text(pdf)
    assert "拼贴第 1 行第 1 列" in pages[0] and "红色网格" in pages[0]
    assert "对齐虚线和十字标记" in pages[1]
    save_pages_png(pdf, output_dir, f"board-tiles-{sheet}", dpi=25, limit=4)


def test_pocket_cards_front_and_back(ins: InspectionService, dosing: PostRow, dosing_card: uuid.UUID,
                                     output_dir: Path) -> None:  # fmt: skip
    risk = document_of(ins, dosing, "risk_card")
    pdf = ins.prints.pocket_cards(Source(risk), copies=10)
    _check(pdf)
    assert page_sizes_mm(pdf) == [(210, 297), (210, 297)]
    front, back = pdf_text(pdf)
    assert front.count("风险提示卡") >= 10 and "进入加药间前先开启通风机" in front.replace("\n", "")
    assert "一键上报" in back and "熊德明" in back
    save_pages_png(pdf, output_dir, "pocket-risk-card", dpi=80)
    daily = ins.prints.pocket_cards(Source(dosing_card), copies=12, level=CheckLevel.STAFF)
    assert len(page_sizes_mm(daily)) >= 4  # twelve cards (of each part) need two sheets, fronts and backs
    assert "群众日查卡" in pdf_text(daily)[0]
    save_pages_png(daily, output_dir, "pocket-daily-rounds", dpi=80, limit=2)


def test_a_text_document(ins: InspectionService, dosing: PostRow, output_dir: Path) -> None:
    pdf = ins.prints.document(Source(document_of(ins, dosing, "handbook")))
    _check(pdf)
    text = "".join(pdf_text(pdf))
    assert "加药工岗位手册" in text and "网格角色职责" in text and "第 1 页 共 1 页" in text
    save_pages_png(pdf, output_dir, "handbook")


def test_a_character_the_fonts_lack_is_printed_as_a_mark() -> None:
    content = synthetic_content(3)
    broken = dataclasses.replace(content.items[1], content="检查𪚥号泵")  # a character of CJK extension B
    pdf = build_checklist(dataclasses.replace(content, items=(content.items[0], broken)), ChecklistOptions())
    assert f"检查{REPLACEMENT}号泵" in "".join(pdf_text(pdf)).replace("\n", "")


def test_the_qr_code_says_where_to_report() -> None:
    url = report_payload("https://plant.example/report?u={unit_code}&p={post}&c={rg}", unit="加药", unit_code="DH-W-02",
                         post="加药工", post_id="x", post_code="3F9A2C")  # fmt: skip
    assert url == "https://plant.example/report?u=DH-W-02&p=%E5%8A%A0%E8%8D%AF%E5%B7%A5&c=RG:POST:3F9A2C"
    # Without a site address the code is the post's place code, which the app's scan box opens.
    offline = report_payload("", unit="加药车间责任区", unit_code="DH-W-02", post="加药工", post_id="x",
                             post_code="3F9A2C")  # fmt: skip
    assert offline == "RG:POST:3F9A2C"
    with pytest.raises(InspectionRefused) as refused:
        report_payload("https://x/{place}", unit="", unit_code="", post="", post_id="", post_code="")
    assert refused.value.refusal is Refusal.BAD_QR_ADDRESS


def test_the_board_and_pocket_cards_say_the_posts_place_code(services: Services, ins: InspectionService,
                                                              dosing: PostRow, dosing_card: uuid.UUID) -> None:  # fmt: skip
    payload = ins.prints.board_data(Source(dosing_card)).qr_payload
    (place,) = services.org.places.resolve(payload)  # what the scan box does with it
    assert payload == f"RG:POST:{place.code}" and place.id == dosing.id and place.area_id is None
    # A site with its own reporting address keeps it; {rg} carries the same place code inside it.
    site = ins.prints.board_data(Source(dosing_card), qr_address="https://plant.example/r?c={rg}").qr_payload
    assert site == f"https://plant.example/r?c={payload}"
    assert [p.id for p in services.org.places.resolve(site)] == [dosing.id]  # a scan of the address opens it too
    assert "RG:POST:" + place.code in "".join(pdf_text(ins.prints.board(Source(dosing_card)))).replace("\n", "")
