"""The organisation's printed output: org chart, coverage report and area placards (fonts embedded, Chinese text,
page sizes, the placard's QR code read back from the rendered page) (no Qt)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gridapp.org.kinds import PartyStatus
from gridapp.org.print_chart import chart_data, org_chart_pdf
from gridapp.org.print_coverage import coverage_pdf
from gridapp.org.print_placard import QR_SIZE, QR_X, QR_Y, placard_pdf
from gridapp.org.rows import PersonFields
from gridapp.reports import raster
from gridapp.reports.fonts import REPLACEMENT
from gridapp.reports.qr import qr_matrix
from gridapp.services import Services
from tests.org_helpers import actor, unit
from tests.pdf_checks import assert_all_fonts_embedded, page_sizes_mm, pdf_text, save_pages_png
from tests.test_org_areas import png


def test_org_chart_of_the_grid(services: Services, output_dir: Path) -> None:
    pdf = org_chart_pdf(chart_data(services.org, unit(services, "DH-W").id))
    (output_dir / "org-chart-grid.pdf").write_bytes(pdf)
    save_pages_png(pdf, output_dir, "org-chart-grid")
    assert_all_fonts_embedded(pdf)
    assert set(page_sizes_mm(pdf)) == {(297, 210)}
    first = pdf_text(pdf)[0]
    for text in (
        "组织架构图",
        "网格长：熊德明、贾福生",
        "党支部书记：贾福生",
        "宣传员",
        "取水车间责任区",
        "责任区负责人：余学军",
    ):
        assert text in first, text
    everything = "".join(pdf_text(pdf))
    assert "成员名单" in everything and "第 1 页 共" in first


def test_a_name_the_fonts_cannot_draw_is_charted_with_a_mark(services: Services) -> None:
    services.org.people_edit.add_person(
        actor(services), PersonFields("王𠀀", "X9", unit(services, "DH-W-01").id, PartyStatus.MASSES)
    )
    pdf = org_chart_pdf(chart_data(services.org, unit(services, "DH-W-01").id))
    assert f"王{REPLACEMENT}" in "".join(pdf_text(pdf))


def test_coverage_report(services: Services, output_dir: Path) -> None:
    report = services.org.guardianship.coverage(unit(services, "DH").id)
    pdf = coverage_pdf(report)
    (output_dir / "coverage.pdf").write_bytes(pdf)
    save_pages_png(pdf, output_dir, "coverage")
    assert_all_fonts_embedded(pdf)
    text = "".join(pdf_text(pdf))
    assert "包保覆盖检查报告" in text and f"未落实包保人的职工（{len(report.unguarded)} 人）" in text
    assert all(gap.name in text for gap in report.unguarded)
    assert set(page_sizes_mm(pdf)) == {(210, 297)}


def test_area_placards_carry_the_place_code_as_a_qr_code(services: Services, output_dir: Path) -> None:
    org = services.org
    areas = org.areas.areas(unit(services, "DH").id)
    org.areas.set_photo(actor(services), areas[0].id, png(800, 1200))
    placards = [org.areas.placard(a.id) for a in areas[:2]]
    pdf = placard_pdf(placards)
    (output_dir / "placards.pdf").write_bytes(pdf)
    save_pages_png(pdf, output_dir, "placard", dpi=72)
    assert_all_fonts_embedded(pdf)
    assert page_sizes_mm(pdf) == [(210, 297), (210, 297)]
    first, second = pdf_text(pdf)
    assert "区域认领公示牌" in first and areas[0].name in first and areas[0].claimer in first
    assert "认领人照片" not in first and "认领人照片" in second  # a photo fills the slot; otherwise a frame
    # The code read back from the printed page is the area's place code, which the scan box resolves to it.
    payload = f"RG:AREA:{areas[1].code}"
    assert re.fullmatch(r"RG:AREA:[0-9A-F]{6}", payload)
    assert read_qr_modules(pdf, 1, len(qr_matrix(payload))) == qr_matrix(payload)
    assert f"区域编码 {payload}" in second  # printed for typing by hand
    assert [p.area_id for p in org.places.resolve(payload)] == [areas[1].id]


def read_qr_modules(pdf: bytes, page: int, count: int) -> list[list[bool]]:
    """Sample the centre of each module of the rendered QR code (where the placard draws it)."""
    dpi = 300
    scale = dpi / 72
    rendered = raster.render_page(pdf, page, dpi)
    image = rendered.to_pil().convert("L")
    height_pt = rendered.height_pt
    cell = QR_SIZE / (count + 4)
    x0 = QR_X + 2 * cell
    top = height_pt - (QR_Y + QR_SIZE) + 2 * cell
    return [
        [
            image.getpixel((int((x0 + (c + 0.5) * cell) * scale), int((top + (r + 0.5) * cell) * scale))) < 128
            for c in range(count)
        ]
        for r in range(count)
    ]


def test_a_cancelled_report_stops_while_it_is_laid_out(services: Services) -> None:
    from gridapp.progress import Cancelled

    report = services.org.guardianship.coverage(unit(services, "DH").id)
    seen: list[str] = []

    def cancel(done: int, total: int, text: str = "") -> None:
        seen.append(text)
        if text == "pdf":
            raise Cancelled("coverage")

    with pytest.raises(Cancelled):
        coverage_pdf(report, cancel)
    assert "pdf" in seen
