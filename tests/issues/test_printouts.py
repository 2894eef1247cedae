"""The hazard ledger (A4 landscape PDF with the CJK font embedded, and .xlsx) and the one-page handover sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from gridapp.issues.handover import handover_pdf
from gridapp.issues.kinds import Action, DueStatus, HazardGrade, RiskColour
from gridapp.issues.ledger import ledger_pdf, ledger_xlsx
from gridapp.issues.rows import HazardDraft
from tests.issues.conftest import LEADER, STAFF_2, ZONE_LEAD, Plant
from tests.pdf_checks import assert_all_fonts_embedded, page_sizes_mm, pdf_text, save_pages_png


def _hazards(plant: Plant) -> None:
    svc = plant.service
    plant.report(title="加药间次氯酸钠储罐液位计失灵", unit="DH-W-02-1", category="hazard",
                 hazard=HazardDraft(HazardGrade.GENERAL, responsible_id=plant.people["DH0008"],
                                    measures="更换液位计", deadline=dt.date(2026, 3, 10)))  # fmt: skip
    major = plant.report(title="取水口护栏锈蚀断裂，人员有坠落风险", category="hazard", hazard=HazardDraft(
        HazardGrade.MAJOR, RiskColour.RED, plant.people[ZONE_LEAD], "更换护栏，设置警示带", "车间维修费 2 万元",
        dt.date(2026, 3, 31), "设置隔离区，专人看守")).id  # fmt: skip
    svc.assign(plant.actor(LEADER), major, plant.people[STAFF_2])
    svc.act(plant.actor(STAFF_2), major, Action.START)
    svc.act(plant.actor(STAFF_2), major, Action.RECTIFY, "已更换")
    svc.act(plant.actor(LEADER), major, Action.VERIFY, "验收合格")
    svc.act(plant.actor(LEADER), major, Action.CLOSE)
    plant.report(title="普通问题不进台账")
    plant.clock.current = dt.datetime(2026, 3, 12, 2, 0, tzinfo=dt.UTC)  # the first hazard is overdue now


def test_ledger_rows_pdf_and_workbook(plant: Plant, output_dir: Path, tmp_path: Path) -> None:
    _hazards(plant)
    rows = plant.service.hazard_ledger(plant.units["DH"])
    assert [r.title for r in rows] == ["加药间次氯酸钠储罐液位计失灵", "取水口护栏锈蚀断裂，人员有坠落风险"]
    first, second = rows
    assert first.due is DueStatus.OVERDUE and first.colour is RiskColour.YELLOW and first.responsible == "秦大伟"
    assert second.verifier == plant.names[LEADER] and second.rectifier == plant.names[STAFF_2]
    assert [r.number for r in plant.service.hazard_ledger(plant.units["DH"], include_closed=False)] == [first.number]
    calendar = plant.service.calendar()
    pdf = ledger_pdf(rows * 40, "东湖水厂隐患排查整改台账", "打印日期：2026-03-12", calendar)
    (output_dir / "hazard-ledger.pdf").write_bytes(pdf)
    save_pages_png(pdf, output_dir, "hazard-ledger", limit=2)
    assert_all_fonts_embedded(pdf)
    sizes = page_sizes_mm(pdf)
    assert len(sizes) > 1 and set(sizes) == {(297, 210)}  # A4 landscape on every page
    text = pdf_text(pdf)
    assert "隐患排查整改台账" in text[0] and "重大" in text[0] and "五落实" not in text[0]
    assert "已销号" in text[0] and "超期" in text[0] and "第 1 页 共" in text[0]
    assert "编号" in text[1]  # the header repeats on every page
    book_path = ledger_xlsx(rows, tmp_path / "台账.xlsx", "东湖水厂隐患排查整改台账", calendar)
    sheet = load_workbook(book_path).active
    assert sheet is not None
    assert sheet["A1"].value == "东湖水厂隐患排查整改台账" and sheet["B2"].value == "隐患内容"
    assert sheet["E4"].value == "重大" and sheet["F4"].value == "红" and sheet["N4"].value == plant.names[LEADER]
    assert sheet["J3"].value == "2026-03-10" and "超期" in sheet["L3"].value
    assert sheet.page_setup.orientation == "landscape"


def test_the_handover_sheet_fits_one_page(plant: Plant, output_dir: Path) -> None:
    svc = plant.service
    for n in range(30):  # reported in the previous shift
        issue = plant.report(title=f"前一班问题 {n + 1}：送水泵房巡检发现异常响声，需要维修班进一步检查处理").id
        if n % 2 == 0:
            svc.assign(plant.actor(LEADER), issue, plant.people[STAFF_2])
    plant.clock.current = dt.datetime(2026, 3, 3, 12, 30, tzinfo=dt.UTC)  # 20:30 China time: night shift
    for n in range(20):
        plant.report(title=f"本班新增 {n + 1}")
    sheet = svc.handover(plant.units["DH"])
    assert sheet.since == dt.datetime(2026, 3, 3, 12, 0, tzinfo=dt.UTC)  # the 20:00 shift change
    # The previous shift's: assigned ones past their feedback time, the others past their hour to be assigned.
    assert (sheet.new_total, sheet.overdue_total, sheet.others_total, sheet.open_total) == (20, 30, 0, 50)
    assert len(sheet.new) == 12 and sheet.overdue[0].due is DueStatus.OVERDUE
    pdf = handover_pdf(sheet, svc.calendar(), plant.names[LEADER])
    (output_dir / "handover.pdf").write_bytes(pdf)
    save_pages_png(pdf, output_dir, "handover", dpi=70)
    assert_all_fonts_embedded(pdf)
    assert page_sizes_mm(pdf) == [(210, 297)]
    (text,) = pdf_text(pdf)
    assert "交接班问题清单" in text and "另有 8 项未列出" in text and plant.names[LEADER] in text
