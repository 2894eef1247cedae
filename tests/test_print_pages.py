"""Each print kind's first page rendered to PNG in test-output/test_print_pages/ for a person to look at, and the
layout facts a designer would check: the page is filled, type is large enough to read at its distance, nothing but
a margin on any sheet (no Qt)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from gridapp.actor import Actor
from gridapp.inspections.prints.options import ChecklistOptions, Source
from gridapp.inspections.service import InspectionService
from gridapp.issues.ledger import ledger_pdf
from gridapp.org.kinds import UnitKind
from gridapp.org.print_chart import chart_data, org_chart_pdf
from gridapp.org.print_coverage import coverage_pdf
from gridapp.org.print_placard import placard_pdf
from gridapp.reports import raster
from gridapp.scoring.assessment import assessment_sheet_pdf, gather_sheet
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.reports import gather, points_table_pdf, star_board_pdf
from gridapp.services import Services
from gridapp.times import plant_today
from tests.inspections.conftest import document_of, dosing, dosing_card, ins  # noqa: F401 (fixtures)
from tests.org_helpers import unit
from tests.pdf_checks import page_sizes_mm, pdf_text, save_pages_png

DPI = 40


def largest_gap(pdf: bytes, index: int = 0, dpi: int = DPI) -> float:
    """The tallest run of blank rows between the first and the last ink, as a fraction of the page height: the
    empty part of a sheet a designer would have filled."""
    image = raster.render_page(pdf, index, dpi).to_pil().convert("L")
    width, height = image.size
    pixels = image.tobytes()
    inked = [min(pixels[y * width : (y + 1) * width]) < 200 for y in range(height)]
    rows = [y for y, ink in enumerate(inked) if ink]
    longest = run = 0
    for y in range(rows[0], rows[-1] + 1):
        run = 0 if inked[y] else run + 1
        longest = max(longest, run)
    return longest / height


def font_sizes(pdf: bytes, index: int = 0) -> list[float]:
    """The size of every font selection (Tf) on a page, less the page number (the last text drawn, 8 pt)."""
    content = PdfReader(io.BytesIO(pdf)).pages[index].get_contents().get_data().rsplit(b"BT", 1)[0]
    return [float(m) for m in re.findall(rb"/F[\d+]+ ([\d.]+) Tf", content)]


def leader(services: Services) -> Actor:
    person = services.org.search_people("熊德明")[0]
    return Actor(station_id=services.db.station.id, person_id=person.id, name=person.name)


def _save(pdf: bytes, folder: Path, stem: str) -> None:
    (folder / f"{stem}.pdf").write_bytes(pdf)
    save_pages_png(pdf, folder, stem, dpi=DPI, limit=1)


@pytest.mark.parametrize("size", ["A3", "A2"])
def test_the_star_board_fills_its_paper(services: Services, output_dir: Path, size: str) -> None:
    plant = services.org.units()[0]
    quarter = Period.of(PeriodKind.QUARTER, plant_today()).previous()
    pdf = star_board_pdf(gather(services.scoring, leader(services), "star", quarter, plant.id, plant.name), size)
    _save(pdf, output_dir, f"star-board-{size}")
    gap = largest_gap(pdf)
    assert gap < 0.08, f"{gap:.0%} of the page is left empty"


def test_the_area_placard_is_a_wall_sign(services: Services, output_dir: Path) -> None:
    org = services.org
    area = org.areas.areas(unit(services, "DH").id)[0]
    pdf = placard_pdf([org.areas.placard(area.id)])
    _save(pdf, output_dir, "placard")
    text = pdf_text(pdf)[0]
    assert str(area.id) not in text and area.id.hex not in text.replace("-", "")
    assert area.name in text and f"RG:AREA:{area.code}" in text.replace(" ", "")
    gap = largest_gap(pdf)
    assert gap < 0.08, f"{gap:.0%} of the placard is left empty"


def test_the_grid_org_chart_of_the_plant_shows_its_grids(services: Services, output_dir: Path) -> None:
    plant = services.org.units()[0]
    pdf = org_chart_pdf(chart_data(services.org, plant.id))
    _save(pdf, output_dir, "org-chart-plant")
    text = "".join(pdf_text(pdf))
    assert "网格长：空缺" not in text
    assert "熊德明" in text and "贾福生" in text  # the grid's leader and party secretary
    assert "取水车间责任区" in text  # a zone of the grid


def test_a_net_of_the_plant_lists_its_grids_and_the_one_without_a_leader(services: Services) -> None:
    plant = services.org.units()[0]
    tree, system = services.org.tree, services.db.system_actor()
    net = tree.add_unit(system, plant.id, UnitKind.NET, "第二党总支网", "DH-N2")
    tree.add_unit(system, net, UnitKind.GRID, "净水网格", "DH-N2-01")
    text = "".join(pdf_text(org_chart_pdf(chart_data(services.org, plant.id)))).replace("\n", "")
    assert "第二党总支网" in text and "净水网格（未设置网格长）" in text
    assert text.count("未设置网格长") == 1  # the demo grid has its leaders; the plant itself needs none


def test_the_hazard_ledger_is_landscape_and_readable(services: Services, output_dir: Path) -> None:
    svc = services.issues
    plant = services.org.units()[0]
    rows = svc.hazard_ledger(plant.id)
    pdf = ledger_pdf(rows, "东湖水厂隐患排查整改台账", "打印日期：2026-03-12", svc.calendar())
    _save(pdf, output_dir, "hazard-ledger")
    assert set(page_sizes_mm(pdf)) == {(297, 210)}
    sizes = font_sizes(pdf)
    assert min(sizes) >= 9, sorted(set(sizes))
    assert "待定级" in pdf_text(pdf)[0]  # whole in its cell, not 待定 over 级


def test_the_text_card_and_the_tiled_board(
    ins: InspectionService,  # noqa: F811 (the fixture)
    dosing,  # noqa: F811
    dosing_card,  # noqa: F811
    output_dir: Path,
) -> None:
    card = ins.prints.document(Source(document_of(ins, dosing, "emergency_card")))
    _save(card, output_dir, "text-card")
    tiles = ins.prints.board_tiles(Source(dosing_card), "A1", "A4", 10)
    _save(tiles, output_dir, "board-tiles-A1-on-A4")
    pages = raster.page_count(tiles)
    for index in range(pages):
        gap = largest_gap(tiles, index, dpi=12)
        assert gap < 0.3, f"sheet {index + 1} of {pages} carries only a strip ({gap:.0%} of it blank)"


def test_the_other_prints_first_pages(
    services: Services,
    ins: InspectionService,  # noqa: F811 (the fixture)
    dosing,  # noqa: F811
    dosing_card,  # noqa: F811
    output_dir: Path,
) -> None:
    """The rest of the print kinds, rendered for review: the points table, the 考核表 of a team, the board, the
    checklist, pocket cards and the coverage report."""
    plant = services.org.units()[0]
    month = Period.of(PeriodKind.MONTH, plant_today()).previous()
    who = leader(services)
    _save(points_table_pdf(gather(services.scoring, who, "star", month, plant.id, plant.name)), output_dir, "points")
    team = next(u for u in services.org.units() if u.name == "加药班")
    _save(assessment_sheet_pdf(gather_sheet(services.scoring, who, "team", team.id, month)), output_dir, "assessment")
    card = Source(dosing_card)
    _save(ins.prints.board(card, "A2"), output_dir, "board-A2")
    _save(ins.prints.checklist(card, ChecklistOptions()), output_dir, "checklist")
    _save(ins.prints.pocket_cards(Source(document_of(ins, dosing, "risk_card")), copies=4), output_dir, "pocket")
    _save(coverage_pdf(services.org.guardianship.coverage(plant.id)), output_dir, "coverage")
    assert len(list(output_dir.glob("*-1.png"))) >= 6
