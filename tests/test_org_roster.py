"""The roster in Excel: a preview that lists each row's problems, an all-or-nothing import that a second run finds
unchanged, unreadable files named as such, and an export the import reads back unchanged (no Qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import PartyStatus
from gridapp.org.models import Person, Post
from gridapp.org.roster_preview import FileProblem, RowAction, RowProblem
from gridapp.services import Services
from tests.org_helpers import actor, person

HEADERS = ["序号", "工号*", "姓名", "性别", "所属单位", "岗位", "联系电话", "政治面貌"]
TEAM = "东湖水厂/东湖水厂党支部红色网格/加药车间责任区/加药班"


def workbook(path: Path, rows: list[list[object]], headers: list[str] = HEADERS, title_rows: int = 1) -> Path:
    book = Workbook()
    sheet = book.active
    for _ in range(title_rows):
        sheet.append(["东湖水厂职工花名册"])  # a title row above the headers, as rosters often have
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def counts(services: Services) -> tuple[int, int, object]:
    with services.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Person)),
            s.scalar(select(func.count()).select_from(Post)),
            s.scalar(select(func.max(Person.updated_at))),
        )


def test_the_preview_lists_each_rows_problems_and_nothing_is_written(services: Services, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "花名册.xlsx",
        [
            [1, "ＤＨ１００１", " 张 伟 ", "男", TEAM, "加药工", "139 1234 5678", "群众"],
            [2, "DH1002", "李娜", "女", TEAM, "化验员", "13900000002", "中共党员"],
            [3, "dh1002", "李娜娜", "女", TEAM, "化验员", "13900000003", "群众"],
            [4, "DH1004", "王强", "男", "东湖水厂/不存在车间/某班", "", "", "群众"],
            [5, "DH1005", None, "男", TEAM, "", "", "群众"],
            [6, "DH1006", "赵敏", "男性", TEAM, "", "", "党外人士"],
            [7, None, "钱多", "男", TEAM, "", "", ""],
            [
                8,
                "DH0013",
                "邓建华",
                "男",
                "东湖水厂/东湖水厂党支部红色网格/取水车间责任区/取水泵房班",
                "取水泵工",
                "13800000013",
                "群众",
            ],
            [9, "DH1009", "孙丽", "女", "加药班", "配料工", "", "入党积极分子"],
        ],
    )
    before = counts(services)
    preview = services.org.roster.preview(path)
    assert preview.file_problem is None and preview.sheet
    rows = {r.line: r for r in preview.rows}
    kinds = {line: {p.kind for p in r.problems} for line, r in rows.items()}
    assert kinds[3] == {RowProblem.FULL_WIDTH, RowProblem.STRAY_SPACES, RowProblem.PHONE_NORMALISED}
    assert rows[3].action is RowAction.NEW
    assert rows[3].values["employee_no"] == "DH1001" and rows[3].values["name"] == "张伟"
    assert RowProblem.DUPLICATE_EMPLOYEE_NO in kinds[4] and RowProblem.DUPLICATE_EMPLOYEE_NO in kinds[5]
    assert next(p.detail for p in rows[4].problems if p.kind is RowProblem.DUPLICATE_EMPLOYEE_NO) == "5"
    assert next(p.detail for p in rows[6].problems) == "东湖水厂/不存在车间/某班"  # as the sheet wrote it
    assert RowProblem.UNKNOWN_UNIT in kinds[6]
    assert RowProblem.MISSING_NAME in kinds[7]
    assert kinds[8] >= {RowProblem.BAD_GENDER, RowProblem.BAD_PARTY_STATUS}
    assert RowProblem.MISSING_EMPLOYEE_NO in kinds[9]
    assert rows[10].action is RowAction.UPDATE and rows[10].changed_fields == ("phone",)
    assert rows[11].action is RowAction.NEW and kinds[11] == {RowProblem.NEW_POST}  # a unique short path is enough
    assert preview.blocked and preview.count(RowAction.ERROR) == 6
    with pytest.raises(OrgError) as refused:
        services.org.roster.import_roster(actor(services), path)
    assert refused.value.problem is OrgProblem.ROSTER_HAS_ERRORS and refused.value.details["count"] == 6
    assert counts(services) == before  # all or nothing


def test_import_then_reimport_changes_nothing(services: Services, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "roster.xlsx",
        [
            [1, "DH1001", "张伟", "男", TEAM, "加药工", "13912345678", "群众"],
            [
                2,
                "DH1002",
                "李娜",
                "女",
                "东湖水厂／东湖水厂党支部红色网格／加药车间责任区",
                "配料工",
                "",
                "中共预备党员",
            ],
            [
                3,
                "DH0013",
                "邓建华",
                "男",
                "东湖水厂/东湖水厂党支部红色网格/取水车间责任区/取水泵房班",
                "取水泵工",
                "13800000013",
                "群众",
            ],
        ],
    )
    people_before, posts_before, _ = counts(services)
    done = services.org.roster.import_roster(actor(services), path)
    assert (done.count(RowAction.NEW), done.count(RowAction.UPDATE)) == (2, 1)
    li = person(services, "DH1002")
    assert (li.party_status, li.post, li.department) == (PartyStatus.PROBATIONARY, "配料工", "加药车间责任区")
    assert person(services, "DH0013").phone == "13800000013"
    after = counts(services)
    assert after[:2] == (people_before + 2, posts_before + 1)
    again = services.org.roster.preview(path)
    assert again.count(RowAction.UNCHANGED) == 3 and not again.changes_anything
    services.org.roster.import_roster(actor(services), path)
    assert counts(services) == after  # not even a timestamp moved


def test_status_left_ends_the_persons_roles(services: Services, tmp_path: Path) -> None:
    headers = ["工号", "姓名", "所属单位", "状态", "离职日期"]
    zone = "东湖水厂/东湖水厂党支部红色网格/取水车间责任区"
    path = workbook(tmp_path / "left.xlsx", [["DH0007", "余学军", zone, "离职", dt.datetime(2026, 3, 31)]], headers, 0)
    preview = services.org.roster.preview(path)
    assert preview.rows[0].changed_fields == ("left_on",)
    services.org.roster.import_roster(actor(services), path)
    assert person(services, "DH0007").left_on == dt.date(2026, 3, 31)
    detail = services.org.people_edit.detail(person(services, "DH0007").id)
    assert all(r.ends_on is not None for r in detail.roles)
    bad = workbook(tmp_path / "bad.xlsx", [["DH0008", "秦大伟", zone, "离职", "明年"], ["DH0009", "曹长青", zone, "请假", None]],
                   headers, 0)  # fmt: skip
    kinds = [{p.kind for p in r.problems} for r in services.org.roster.preview(bad).rows]
    assert RowProblem.BAD_DATE in kinds[0] and RowProblem.BAD_STATUS in kinds[1]


def test_unreadable_files_are_named_as_such(services: Services, tmp_path: Path) -> None:
    text = tmp_path / "名单.xlsx"
    text.write_text("姓名,工号\n张三,1\n", encoding="utf-8")
    old = tmp_path / "old.xlsx"
    old.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(600))  # an .xls (or encrypted) compound file
    for path in (text, old, tmp_path / "missing.xlsx"):
        preview = services.org.roster.preview(path)
        assert preview.file_problem is FileProblem.UNREADABLE and preview.blocked, path
        with pytest.raises(OrgError) as refused:
            services.org.roster.import_roster(actor(services), path)
        assert refused.value.problem is OrgProblem.FILE_UNREADABLE
    no_header = workbook(tmp_path / "no_header.xlsx", [["张三", "1"]], ["名字列", "号码"])
    preview = services.org.roster.preview(no_header)
    assert preview.file_problem is FileProblem.NO_HEADER and "工号" in preview.file_detail
    empty = workbook(tmp_path / "empty.xlsx", [[None, None], ["", " "]])
    assert services.org.roster.preview(empty).file_problem is FileProblem.EMPTY


def test_the_export_reads_back_unchanged(services: Services, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = services.org.roster.export(actor(services), tmp_path / "export.xlsx")
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["人员名册", "组织架构", "角色任职"]
    tree = list(book["组织架构"].iter_rows(values_only=True))
    assert tree[1][:6] == ("东湖水厂", "东湖水厂", "厂", "DH", 58, 28)
    assert len(list(book["人员名册"].iter_rows())) == 59
    book.close()
    preview = services.org.roster.preview(path)
    assert preview.count(RowAction.UNCHANGED) == 58 and not preview.blocked and not preview.changes_anything
