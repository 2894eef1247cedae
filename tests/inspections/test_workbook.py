"""Items to and from Excel: a round trip changes nothing; every bad row is reported and nothing is imported."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from gridapp.actor import Actor
from gridapp.inspections.kinds import CheckLevel, Frequency, ItemKind
from gridapp.inspections.service import InspectionService
from gridapp.inspections.workbook import CardImportOptions, ImportProblem, WorkbookRejected, read_items


def test_export_then_import_changes_nothing(ins: InspectionService, actor: Actor, dosing_card: uuid.UUID,
                                            tmp_path: Path) -> None:  # fmt: skip
    path = ins.workbooks.export_items(dosing_card, tmp_path / "加药工巡回检查表.xlsx")
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]][:8] == ["序号", "设备类别", "作业活动单元", "检查内容", "检查标准", "检查方法",
                                               "检查级别", "检查频次"]  # fmt: skip
    assert sheet.max_row == 32 and sheet["D2"].value == "检查PAC计量泵运行声音和振动"
    plan = ins.workbooks.plan_import(dosing_card, path)
    assert (plan.rows, plan.added, plan.updated, plan.removed, plan.errors) == (31, 0, 0, 0, ())
    before = ins.documents.items(dosing_card)
    ins.workbooks.import_items(actor, dosing_card, path)
    assert ins.documents.items(dosing_card) == before


def test_an_edited_sheet_updates_adds_removes_and_reorders(ins: InspectionService, actor: Actor,
                                                           dosing_card: uuid.UUID, tmp_path: Path) -> None:  # fmt: skip
    path = ins.workbooks.export_items(dosing_card, tmp_path / "card.xlsx")
    book = load_workbook(path)
    sheet = book.active
    sheet["E2"] = "无异响，振动值不超过4.5 mm/s"  # item 1: a new standard
    sheet.delete_rows(3)  # item 2 goes
    sheet.append([0, "加药设备", "运行巡检", "检查计量泵隔膜", "无破损", "目视", "网格员", "每周"])  # new, first
    book.save(path)
    plan = ins.workbooks.plan_import(dosing_card, path)
    assert (plan.added, plan.updated, plan.removed) == (1, 1, 1)
    changes = ins.workbooks.import_items(actor, dosing_card, path)
    items = ins.documents.items(dosing_card)
    assert changes == 3 and len(items) == 31
    assert items[0].content == "检查计量泵隔膜" and items[0].level is CheckLevel.OFFICER
    assert items[1].standard == "无异响，振动值不超过4.5 mm/s"
    assert "记录计量泵出口压力" not in [i.content for i in items]


def _sheet(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["序号", "检查内容", "检查标准", "检查级别", "检查频次", "间隔天数", "记录方式", "下限", "上限", "单位"]
    )
    for row in rows:
        sheet.append(row)
    path = tmp_path / "typed.xlsx"
    book.save(path)
    return path


def test_every_bad_row_is_reported_and_nothing_is_imported(ins: InspectionService, actor: Actor,
                                                           dosing_card: uuid.UUID, tmp_path: Path) -> None:  # fmt: skip
    path = _sheet(tmp_path, [
        [1, "检查搅拌机", "运转平稳", "员工", "每日"],
        [2, "", "无渗漏", "员工", "每日"],
        [3, "检查药剂库存", "", "班长", "每日"],
        [4, "记录余氯", "", "员工", "每天", None, "读数", "2.0", "0.3", "mg/L"],
        [5, "清洗溶药罐", "", "员工", "自定义"],
        [6, "记录压力", "", "员工", "每年", None, "读数", "零点二"],
    ])  # fmt: skip
    before = ins.documents.items(dosing_card)
    with pytest.raises(WorkbookRejected) as rejected:
        ins.workbooks.import_items(actor, dosing_card, path)
    found = {(e.row, e.column, e.problem) for e in rejected.value.errors}
    assert found == {
        (3, "检查内容", ImportProblem.REQUIRED),
        (4, "检查级别", ImportProblem.BAD_LEVEL),
        (5, "下限", ImportProblem.LIMITS_REVERSED),
        (6, "间隔天数", ImportProblem.INTERVAL_REQUIRED),
        (7, "检查频次", ImportProblem.BAD_FREQUENCY),
        (7, "下限", ImportProblem.BAD_NUMBER),
    }
    assert ins.documents.items(dosing_card) == before


def test_a_typed_sheet_without_ids_replaces_the_items(ins: InspectionService, actor: Actor, dosing_card: uuid.UUID,
                                                       tmp_path: Path) -> None:  # fmt: skip
    path = _sheet(tmp_path, [
        [2, "记录出厂水余氯", "不低于0.3", "员工", "日", None, "读数", 0.3, 2.0, "mg/L"],
        [1, "检查搅拌机", "运转平稳", "网格长", "月查"],
        [3, "清洗溶药罐", "无沉积", "岗位员工", "自定义", 14],
    ])  # fmt: skip
    ins.workbooks.import_items(actor, dosing_card, path)
    items = ins.documents.items(dosing_card)
    assert [i.content for i in items] == ["检查搅拌机", "记录出厂水余氯", "清洗溶药罐"]  # by their sequence numbers
    assert (items[1].kind, items[1].lower, items[1].upper, items[1].unit) == (ItemKind.READING, 0.3, 2.0, "mg/L")
    assert (items[0].level, items[0].frequency) == (CheckLevel.LEADER, Frequency.MONTHLY)
    assert (items[2].frequency, items[2].interval_days) == (Frequency.CUSTOM, 14)


def test_files_that_are_not_item_sheets(tmp_path: Path) -> None:
    junk = tmp_path / "notes.xlsx"
    junk.write_text("not a workbook", encoding="utf-8")
    assert read_items(junk).errors[0].problem is ImportProblem.NOT_A_WORKBOOK
    book = Workbook()
    book.active.append(["设备", "标准"])
    book.save(junk)
    (error,) = read_items(junk).errors
    assert (error.column, error.problem) == ("检查内容", ImportProblem.MISSING_COLUMN)
    book.active.delete_rows(1)
    book.active.append(["检查内容", "标准"])
    book.save(junk)
    assert [e.problem for e in read_items(junk).errors] == [ImportProblem.NO_ROWS]
    book.active.append(["泵体无泄漏", "无渗漏"])
    book.save(junk)
    # a sheet without level and frequency columns: each row needs them, unless the user chose them for all rows
    errors = read_items(junk).errors
    assert {(e.row, e.column, e.problem) for e in errors} == {
        (2, "检查级别", ImportProblem.REQUIRED),
        (2, "检查频次", ImportProblem.REQUIRED),
    }
    chosen = read_items(junk, CardImportOptions(level=CheckLevel.STAFF, frequency=Frequency.DAILY))
    assert not chosen.errors and chosen.rows[0][1].level is CheckLevel.STAFF


def test_a_workshop_sheet_without_item_numbers_imported_again_keeps_its_items(
    ins: InspectionService, actor: Actor, dosing_card: uuid.UUID, tmp_path: Path
) -> None:
    book = Workbook()
    book.active.append(["设备名称", "检查项目", "标准要求", "检查人", "频次"])
    book.active.append(["加药泵", "出口压力", "0.3～0.5MPa", "岗位员工", "每日"])
    book.active.append(["加药泵", "泵体", "无泄漏", "岗位员工", "每日"])
    path = tmp_path / "workshop.xlsx"
    book.save(path)
    plan = ins.workbooks.plan_import(dosing_card, path)
    assert (plan.added, plan.removed, plan.proposals, plan.accepted) == (2, 31, 1, 1)
    ins.workbooks.import_items(actor, dosing_card, path)
    first = ins.documents.items(dosing_card)
    assert (first[0].kind, first[0].lower, first[0].upper, first[0].unit) == (ItemKind.READING, 0.3, 0.5, "MPa")
    book.active["C3"] = "无泄漏、无异响"  # edited in the workshop and brought back: the same items, one changed
    book.save(path)
    plan = ins.workbooks.plan_import(dosing_card, path)
    assert (plan.added, plan.updated, plan.removed) == (0, 1, 0)
    ins.workbooks.import_items(actor, dosing_card, path)
    again = ins.documents.items(dosing_card)
    assert [i.id for i in again] == [i.id for i in first] and again[1].standard == "无泄漏、无异响"
