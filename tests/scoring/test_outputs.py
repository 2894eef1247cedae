"""Printed boards (fonts embedded, A3/A2/A4 sizes, Chinese text, no warnings), charts to PNG, and .xlsx exports."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gridapp.actor import Actor
from gridapp.reports.fonts import REPLACEMENT
from gridapp.scoring.charts import comparison_png, trend_png
from gridapp.scoring.export import Sheet, write_xlsx
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.reports import gather, points_table_pdf, star_board_pdf
from gridapp.services import Services
from gridapp.times import plant_today
from tests.pdf_checks import assert_all_fonts_embedded, page_sizes_mm, pdf_text, save_pages_png


def leader(services: Services) -> Actor:
    """熊德明, the grid leader: a posted board is a ranking leaving the app (RANKING_EXPORT)."""
    person = services.org.search_people("熊德明")[0]
    return Actor(station_id=services.db.station.id, person_id=person.id, name=person.name)


@pytest.fixture
def last_quarter() -> Period:
    return Period.of(PeriodKind.QUARTER, plant_today()).previous()


def test_the_points_table_for_posting(services: Services, output_dir: Path, last_quarter: Period) -> None:
    plant = services.org.units()[0]
    month = Period.of(PeriodKind.MONTH, plant_today()).previous()
    posting = gather(services.scoring, leader(services), "star", month, plant.id, plant.name)
    for size, expected in (("A4", (297, 210)), ("A3", (420, 297))):
        pdf = points_table_pdf(posting, size)
        (output_dir / f"posting-{size}.pdf").write_bytes(pdf)
        assert_all_fonts_embedded(pdf)
        assert set(page_sizes_mm(pdf)) == {expected}
        save_pages_png(pdf, output_dir, f"posting-{size}", limit=2)
    text = "".join(pdf_text(pdf))
    assert "星级党员积分公示表" in text and "积分明细及变更记录" in text and "第 1 页 共" in text
    assert posting.standings[0].name in text
    for hidden in ("邱宝成", "萧文斌"):  # people under warning: warnings never reach a public board
        assert "预警" not in text and hidden not in text
    teams = gather(services.scoring, leader(services), "team", last_quarter, plant.id, plant.name)
    pdf = points_table_pdf(teams, "A4")
    (output_dir / "posting-teams.pdf").write_bytes(pdf)
    assert "党建思政" in "".join(pdf_text(pdf)) and "加药班" in "".join(pdf_text(pdf))


def test_the_star_board_at_a3_and_a2(services: Services, output_dir: Path, last_quarter: Period) -> None:
    plant = services.org.units()[0]
    posting = gather(services.scoring, leader(services), "star", last_quarter, plant.id, plant.name)
    assert any(r.stars for r in posting.standings)
    for size, expected in (("A3", (297, 420)), ("A2", (420, 594))):
        pdf = star_board_pdf(posting, size)
        (output_dir / f"star-board-{size}.pdf").write_bytes(pdf)
        assert_all_fonts_embedded(pdf)
        assert set(page_sizes_mm(pdf)) == {expected}
        save_pages_png(pdf, output_dir, f"star-board-{size}", limit=1)
    text = "".join(pdf_text(pdf))
    assert "星级党员榜" in text and "★" in text and "评定标准" in text
    best = next(r for r in posting.standings if r.stars)
    assert best.name in text


def test_a_name_no_font_can_draw_is_printed_as_a_mark(services: Services, last_quarter: Period) -> None:
    plant = services.org.units()[0]
    posting = gather(services.scoring, leader(services), "star", last_quarter, plant.id, "𠀀厂")
    assert f"{REPLACEMENT}厂" in "".join(pdf_text(points_table_pdf(posting)))


def test_charts_render_to_png(services: Services, output_dir: Path, last_quarter: Period) -> None:
    plant = services.org.units()[0]
    standings = services.scoring.standings
    names = [c.name for c in services.scoring.catalogues()[0].categories]
    trend = standings.trend("star", plant.id, last_quarter)
    grid = services.org.units()[1]
    comparison = standings.comparison("star", grid.id, last_quarter)
    assert len(trend) == 12 and any(t.points for t in trend) and len(comparison) >= 5
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph would warn
        pictures = {
            "trend.png": trend_png(
                trend, names, "积分趋势（近12个月）", [f"{t.period.index}月" for t in trend], "合计"
            ),
            "comparison.png": comparison_png(comparison, names, "各责任区人均积分", per_member=True),
            "empty.png": trend_png([], names, "无数据", [], empty_text="暂无积分"),
        }
    for name, png in pictures.items():
        assert png.startswith(b"\x89PNG")
        (output_dir / name).write_bytes(png)


def test_xlsx_keeps_numbers_dates_and_headers(tmp_path: Path) -> None:
    from decimal import Decimal

    path = tmp_path / "积分.xlsx"
    write_xlsx(
        path,
        [
            Sheet(
                "积分总表 2025-05",
                ["姓名", "积分", "日期"],
                [["甲一", Decimal("2.5"), dt.date(2025, 5, 2)], ["乙一", Decimal(3), None]],
            ),
            Sheet("积分总表 2025-05", ["a"], []),  # the same title twice gets a suffix
        ],
    )
    book = load_workbook(path)
    assert book.sheetnames == ["积分总表 2025-05", "积分总表 2025-05 (2)"]
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("姓名", "积分", "日期") and rows[1][1] == 2.5 and rows[2][1] == 3
    assert rows[1][2].date() == dt.date(2025, 5, 2)
