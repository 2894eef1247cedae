"""The import framework on sheets as people make them: title blocks, two-row headings, merged categories, footnotes,
totals, hidden rows and columns, several sheets, synonyms, .xls and the encodings of CSV — row by row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from gridapp.io import values
from gridapp.io.sheets import decode_text, read_file
from gridapp.io.tables import IGNORE, Field, MappingProblem, Schema, Settings, Skip, build_table, layout_key
from gridapp.io.workbooks import WorkbookProblem, WorkbookRefused

SCHEMA = Schema(
    "test",
    (
        Field("sequence", "序号"),
        Field("equipment", "设备类别", ("设备", "设备名称")),
        Field("content", "检查内容", ("检查项目",), required=True),
        Field("standard", "检查标准", ("标准要求",)),
        Field("lower", "下限"),
        Field("upper", "上限"),
        Field("phone", "联系电话", ("手机",)),
    ),
)


def workshop_sheet(path: Path) -> Path:
    """A card sheet as a workshop keeps it: two title rows, a two-row heading, categories merged down, a row hidden
    by a filter, a blank line, a totals row and a footnote of two lines."""
    book = Workbook()
    sheet = book.active
    sheet.title = "加药间"
    sheet["A1"] = "中引水厂加药车间岗位检查卡"
    sheet.merge_cells("A1:F1")
    sheet["A2"] = "编制：李明　　审核：王强　　2026年3月"
    sheet.merge_cells("A2:F2")
    sheet.append(["序号", "设备名称", "检查项目", "标准要求", "限值", None, "备用"])
    sheet.append([None, None, None, None, "下限", "上限"])
    for first, last in (("A3", "A4"), ("B3", "B4"), ("C3", "C4"), ("D3", "D4"), ("G3", "G4")):
        sheet.merge_cells(f"{first}:{last}")
    sheet.merge_cells("E3:F3")
    sheet.append([1, "加药泵", "出口压力", "0.3～0.5MPa", 0.3, 0.5])  # 5
    sheet.append([2, None, "轴承温度", "≤75℃", None, 75])  # 6
    sheet.append([3, None, "泵体", "无泄漏"])  # 7
    sheet.merge_cells("B5:B7")
    sheet.append([4, "溶药箱", "液位", "1/3～2/3"])  # 8, hidden
    sheet.row_dimensions[8].hidden = True
    sheet.append([])  # 9
    sheet.append(["合计", None, "4项"])  # 10
    sheet.append(["注：1. 每班检查一次；"])  # 11
    sheet.append(["2. 异常立即上报。"])  # 12
    sheet.column_dimensions["G"].hidden = True
    book.create_sheet("说明").append(["本册共两张卡"])
    book.save(path)
    return path


def test_a_workshop_sheet_is_read_as_its_maker_meant(tmp_path: Path) -> None:
    table = build_table(read_file(workshop_sheet(tmp_path / "card.xlsx")), SCHEMA)
    assert (table.sheet, table.sheets, table.header_line) == ("加药间", ("加药间", "说明"), 3)
    assert [c.heading for c in table.columns] == ["序号", "设备名称", "检查项目", "标准要求", "下限", "上限", "备用"]
    assert table.fields == ("sequence", "equipment", "content", "standard", "lower", "upper")
    assert not table.problems() and not table.guessed
    assert [(r.line, r.text("equipment"), r.text("content"), r.filled) for r in table.rows] == [
        (5, "加药泵", "出口压力", frozenset()),
        (6, "加药泵", "轴承温度", frozenset({"equipment"})),
        (7, "加药泵", "泵体", frozenset({"equipment"})),
    ]
    assert [(s.line, s.reason) for s in table.skipped] == [
        (8, Skip.HIDDEN),
        (9, Skip.BLANK),
        (10, Skip.TOTALS),
        (11, Skip.NOTE),
        (12, Skip.NOTE),
    ]
    assert table.hidden_rows == 1
    (spare,) = table.unmapped
    assert (spare.heading, spare.letter, spare.hidden) == ("备用", "G", True)

    included = build_table(read_file(tmp_path / "card.xlsx"), SCHEMA, Settings(include_hidden=True))
    assert [r.line for r in included.rows] == [5, 6, 7, 8]


def test_the_user_changes_the_mapping_and_it_is_remembered_by_headings(tmp_path: Path) -> None:
    file = read_file(workshop_sheet(tmp_path / "card.xlsx"))
    proposed = build_table(file, SCHEMA)
    chosen = dict(proposed.mapping)
    chosen[3] = IGNORE  # the standard is not wanted
    chosen[1] = "content"  # and the equipment read as content: twice
    table = build_table(file, SCHEMA, Settings(mapping=chosen))
    assert (MappingProblem.TWICE, "content") in table.problems()
    chosen[2] = IGNORE
    table = build_table(file, SCHEMA, Settings(mapping=chosen))
    assert not table.problems() and "standard" not in table.fields
    assert [c.heading for c in table.unmapped] == ["检查项目", "标准要求", "备用"]
    memory = {table.layout_key: table.remembered_form()}
    again = build_table(file, SCHEMA, recall=memory.get)
    assert again.remembered and again.mapping == table.mapping
    assert table.layout_key == layout_key(SCHEMA, [c.heading for c in proposed.columns])


def test_required_columns_missing_are_named_and_a_heading_row_can_be_chosen(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["部门", "姓名"])
    book.active.append(["甲", "乙"])
    book.save(tmp_path / "other.xlsx")
    file = read_file(tmp_path / "other.xlsx")
    table = build_table(file, SCHEMA)  # no heading it knows: the first row, for the user to map
    assert (table.header_line, table.problems()) == (1, [(MappingProblem.MISSING, "content")])
    assert [(c.heading, c.samples) for c in table.unmapped] == [("部门", ("甲",)), ("姓名", ("乙",))]
    chosen = build_table(file, SCHEMA, Settings(header_line=1, mapping={1: "content"}))
    assert chosen.problems() == [] and [r.text("content") for r in chosen.rows] == ["乙"]
    empty = Workbook()
    empty.save(tmp_path / "empty.xlsx")
    assert build_table(read_file(tmp_path / "empty.xlsx"), SCHEMA).problems() == [(MappingProblem.NO_HEADER, "")]


def test_a_heading_containing_one_fields_word_is_proposed_as_a_guess(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["检查内容", "联系电话（手机）", "主要设备名称", "检查内容及标准要求"])
    book.active.append(["看", "13800000000", "泵", "好"])
    book.save(tmp_path / "guess.xlsx")
    table = build_table(read_file(tmp_path / "guess.xlsx"), SCHEMA)
    assert table.mapping == {0: "content", 1: "phone", 2: "equipment", 3: "standard"}
    assert table.guessed == {2, 3}  # "（手机）" is a bracketed note: an exact match once it is dropped


def test_a_section_title_and_a_repeated_heading_are_not_items(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "设备", "检查内容", "检查标准"])
    sheet.append(["一、加药系统"])
    sheet.merge_cells("A2:D2")
    sheet.append([1, "泵", "压力", "正常"])
    sheet.append(["序号", "设备", "检查内容", "检查标准"])  # printed page 2
    sheet.append([2, "阀", "开度", "正常"])
    sheet.append(["小计：2项"])
    book.save(tmp_path / "sections.xlsx")
    table = build_table(read_file(tmp_path / "sections.xlsx"), SCHEMA)
    assert [r.line for r in table.rows] == [3, 5]
    assert [(s.line, s.reason, s.text) for s in table.skipped] == [
        (2, Skip.SECTION, "一、加药系统"),
        (4, Skip.HEADING, "序号 设备 检查内容 检查标准"),
        (6, Skip.TOTALS, "小计：2项"),
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_csv_in_every_encoding_chinese_excel_writes(tmp_path: Path, encoding: str) -> None:
    text = "序号,设备,检查内容\r\n1,加药泵,出口压力 0.3～0.5MPa\r\n2,溶药箱,液位\r\n"
    path = tmp_path / "card.csv"
    path.write_bytes(text.encode(encoding))
    file = read_file(path)
    assert file.encoding == {"utf-16": "utf-16"}.get(encoding, encoding)
    table = build_table(file, SCHEMA)
    assert [r.text("content") for r in table.rows] == ["出口压力 0.3～0.5MPa", "液位"]


def test_tab_separated_text_and_refusals(tmp_path: Path) -> None:
    path = tmp_path / "card.txt"
    path.write_bytes("检查内容\t设备\n压力\t泵\n".encode("gb18030"))
    assert [r.text("equipment") for r in build_table(read_file(path), SCHEMA).rows] == ["泵"]
    junk = tmp_path / "card.doc"
    junk.write_bytes(b"\x00\x01binary")
    with pytest.raises(WorkbookRefused) as refused:
        read_file(junk)
    assert refused.value.problem is WorkbookProblem.NOT_A_WORKBOOK
    fake = tmp_path / "fake.xls"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(WorkbookRefused):
        read_file(fake)


def test_an_old_xls_workbook(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt", reason="xlwt writes the .xls fixture")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("名册")
    sheet.write_merge(0, 0, 0, 3, "加药车间点检表")
    for column, heading in enumerate(["序号", "设备", "检查内容", "日期"]):
        sheet.write(1, column, heading)
    sheet.write_merge(2, 3, 1, 1, "加药泵")
    sheet.write(2, 0, 1)
    sheet.write(2, 2, "压力")
    sheet.write(3, 0, 2)
    sheet.write(3, 2, "温度")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    sheet.write(2, 3, dt.date(2026, 3, 1), date_style)
    sheet.row(4).hidden = True
    sheet.write(4, 2, "隐藏")
    book.save(str(tmp_path / "old.xls"))
    file = read_file(tmp_path / "old.xls")
    (only,) = file.sheets
    assert only.rows[2][3] == dt.date(2026, 3, 1) and only.rows[2][0] == 1
    table = build_table(file, SCHEMA)
    assert [(r.text("sequence"), r.text("equipment"), r.text("content")) for r in table.rows] == [
        ("1", "加药泵", "压力"),
        ("2", "加药泵", "温度"),
    ]
    assert [s.reason for s in table.skipped] == [Skip.HIDDEN]


def test_decoding_prefers_utf8_and_falls_back_to_gb18030() -> None:
    assert decode_text("中引水厂".encode()) == ("中引水厂", "utf-8")
    assert decode_text("中引水厂".encode("gbk")) == ("中引水厂", "gb18030")


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("13812345678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("(+86)13812345678", "13812345678"),
        ("0086-13812345678", "13812345678"),
        ("８６１３８１２３４５６７８", "13812345678"),
        (13812345678.0, "13812345678"),
        ("0459-5551234", "0459-5551234"),
        ("(0459)5551234", "0459-5551234"),
        ("0459 555 1234", "0459-5551234"),
        ("010-88886666", "010-88886666"),
        ("（010）88886666", "010-88886666"),
        ("+86 459 5551234", "0459-5551234"),
        ("0459-5551234转806", "0459-5551234转806"),
        ("5551234", "5551234"),
        ("8806", "8806"),
        ("无", "无"),
        ("", ""),
    ],
)
def test_phones_take_one_form_whatever_the_separators(written: object, stored: str) -> None:
    assert values.phone(written) == stored


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2026-03-01", dt.date(2026, 3, 1)),
        ("2026/3/1", dt.date(2026, 3, 1)),
        ("2026.03.01", dt.date(2026, 3, 1)),
        ("2026年3月1日", dt.date(2026, 3, 1)),
        ("20260301", dt.date(2026, 3, 1)),
        (46082, dt.date(2026, 3, 1)),  # Excel's day number in a column formatted as a number
        (dt.datetime(2026, 3, 1, 8, 0), dt.date(2026, 3, 1)),
        ("2026-02-30", None),
        ("明天", None),
    ],
)
def test_dates_in_the_forms_sheets_hold(written: object, day: dt.date | None) -> None:
    assert values.date(written) == day
