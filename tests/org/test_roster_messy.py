"""Rosters as HR systems and workshops make them — merged titles, other words for the headings, totals and notes,
traditional characters, 共青团员 in full-width brackets, phones written every way, empty cells, old .xls and Chinese
CSV — previewed row by row and imported without harm (no Qt)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from gridapp.db.database import Database
from gridapp.io.sheets import read_file
from gridapp.io.tables import Settings, Skip, build_table
from gridapp.org import words
from gridapp.org.errors import OrgError, OrgProblem
from gridapp.org.kinds import PartyStatus, UnitKind
from gridapp.org.models import Person, Unit
from gridapp.org.roster import SCHEMA, _party, guess_kind
from gridapp.org.roster_preview import Change, FileProblem, RosterOptions, RowAction, RowProblem
from gridapp.services import Services
from tests.org.fixtures.make_roster_xls import make_roster_xls
from tests.org_helpers import actor, person

GRID = "东湖水厂/东湖水厂党支部红色网格"
DOSING = f"{GRID}/加药车间责任区"
TEAM = f"{DOSING}/加药班"
INTAKE_TEAM = f"{GRID}/取水车间责任区/取水泵房班"
HEADINGS = ["序号", "人员编码", "职工姓名", "性别", "所在部门", "班组", "岗位名称", "手机号码", "政治面貌", "入职日期"]


def messy_workbook(path: Path, rows: list[list[object]], headings: list[str] = HEADINGS) -> Path:
    """A roster as HR exports it: a merged title and a merged 填报单位 line over the headings, then the rows."""
    book = Workbook()
    sheet = book.active
    sheet.title = "职工花名册"
    sheet.append(["东湖水厂2026年职工花名册"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headings))
    sheet.append(["填报单位：人力资源部　　　　2026年3月1日"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(headings))
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def cache_formula(path: Path, cell: str, value: str) -> None:
    """Give a formula cell the value Excel would have cached (openpyxl writes formulas without one)."""
    member = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts[member].decode("utf-8")
    xml, n = re.subn(rf'<c r="{cell}"><f>(.*?)</f><v ?/>', rf'<c r="{cell}" t="str"><f>\1</f><v>{value}</v>', xml)
    assert n == 1
    parts[member] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)


def people_count(services: Services) -> int:
    with services.db.read() as s:
        return s.scalar(select(func.count()).select_from(Person)) or 0


def kinds(row) -> set[RowProblem]:  # type: ignore[no-untyped-def]
    return {p.kind for p in row.problems}


def test_a_messy_hr_export_is_previewed_row_by_row(services: Services, tmp_path: Path) -> None:
    path = messy_workbook(
        tmp_path / "花名册.xlsx",
        [
            [1, "DH3001", "周一", "男", DOSING, "加药班", "加药工", "+86 138-1234-5678", "共青团员", 45000],
            [
                2,
                "DH3002",
                "吴二",
                "女",
                "東湖水廠/東湖水廠黨支部紅色網格/加藥車間責任區",
                "加藥班",
                None,
                "(0459) 555 1234",
                "中共党员（预备）",
                None,
            ],
            [3, "DH3003", "郑三", "男", "东湖水厂/加药车间", "加药班", None, "139 1234 5603", "群众", None],
            [4, "DH3004", "王四", "女", TEAM, None, None, "13912345604", "民主党派", None],
            [5, "DH3005", "李五", "男", TEAM, None, None, None, "团员（中国共产主义青年团）", None],
            [6, "DH3006", "赵六", "男", TEAM, None, None, None, "党外（人士）", None],
            [7, '="DH"&"0013"', "邓建华", None, INTAKE_TEAM, None, "取水泵工", None, None, None],
            [8, "DH0020", "邹淑英", "女", TEAM, None, "化验员", "139-9219-3222", "共青团员", None],
            [None] * 10,
            [None, "合计", "120人", None, None, None, None, None, None, None],
            ["注：1. 本表由人力资源部提供；2. 电话以手机为准。"],
            ["制表人：张三"],
        ],
    )
    cache_formula(path, "B10", "DH0013")  # ="DH"&"0013", as Excel leaves it
    before = people_count(services)
    preview = services.org.roster.preview(path)
    assert preview.file_problem is None and preview.sheet == "职工花名册"
    assert preview.columns == ("employee_no", "name", "gender", "unit", "team", "post", "phone", "party_status")
    assert preview.unmapped == ("序号", "入职日期")  # listed, not dropped silently
    rows = {r.line: r for r in preview.rows}
    assert sorted(rows) == list(range(4, 12))

    assert rows[4].action is RowAction.NEW and kinds(rows[4]) == {RowProblem.PHONE_NORMALISED}
    assert rows[4].values["phone"] == "13812345678" and rows[4].problems[0].detail == "+86 138-1234-5678"

    assert rows[5].action is RowAction.NEW and kinds(rows[5]) == {RowProblem.TRADITIONAL, RowProblem.PHONE_NORMALISED}
    traditional = next(p for p in rows[5].problems if p.kind is RowProblem.TRADITIONAL)
    assert "廠→厂" in traditional.detail and "藥→药" in traditional.detail
    assert rows[5].values["phone"] == "0459-5551234"

    (unknown,) = [p for p in rows[6].problems if p.kind is RowProblem.UNKNOWN_UNIT]
    assert rows[6].action is RowAction.ERROR
    assert (unknown.detail, unknown.team, unknown.suggestion) == ("东湖水厂/加药车间", "加药班", TEAM)

    assert rows[7].action is RowAction.NEW and kinds(rows[7]) == {RowProblem.PARTY_NOTE}
    assert rows[7].problems[0].detail == "民主党派"
    assert rows[8].action is RowAction.NEW and not rows[8].problems
    assert rows[9].action is RowAction.ERROR and kinds(rows[9]) == {RowProblem.BAD_PARTY_STATUS}
    assert rows[9].problems[0].detail == "党外（人士）"  # quoted as the sheet wrote it

    # The formula's cached value is read; empty cells keep the stored gender and phone.
    assert rows[10].values["employee_no"] == "DH0013" and rows[10].action is RowAction.UNCHANGED
    assert rows[11].action is RowAction.UPDATE and rows[11].changes == (
        Change("post", "加药工", "化验员"),
        Change("party_status", "中共党员", "共青团员"),
    )
    assert kinds(rows[11]) == {RowProblem.PHONE_NORMALISED}

    assert [(s.line, s.reason) for s in preview.skipped] == [
        (12, Skip.BLANK),
        (13, Skip.TOTALS),
        (14, Skip.NOTE),
        (15, Skip.NOTE),
    ]
    assert preview.clearable == (("gender", 1), ("phone", 1))
    summary = preview.summary
    assert (summary.new, summary.changed, summary.unchanged, summary.refused, summary.skipped) == (4, 1, 1, 2, 4)
    assert summary.cleaned == 3  # rows 4, 5 and 11: the ones actually corrected
    with pytest.raises(OrgError) as refused:
        services.org.roster.import_roster(actor(services), path)
    assert refused.value.problem is OrgProblem.ROSTER_HAS_ERRORS and refused.value.details["count"] == 2
    assert people_count(services) == before


def test_importing_writes_what_the_preview_said_and_empty_cells_erase_nothing(
    services: Services, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        [1, "DH3001", "周一", "男", DOSING, "加药班", "加药工", "+86 138-1234-5678", "共青团员", 45000],
        [
            2,
            "DH3002",
            "吴二",
            "女",
            "東湖水廠/東湖水廠黨支部紅色網格/加藥車間責任區",
            "加藥班",
            None,
            "(0459) 555 1234",
            "中共党员（预备）",
            None,
        ],
        [3, "DH0013", "邓建华", None, INTAKE_TEAM, None, None, None, None, None],
        [4, "DH0020", "邹淑英", "女", TEAM, None, "化验员", "139 9219 3222", "共青团员", None],
        [None, "合计", "4人"],
    ]
    path = messy_workbook(tmp_path / "good.xlsx", rows)
    deng = person(services, "DH0013")
    done = services.org.roster.import_roster(actor(services), path)
    assert (done.summary.new, done.summary.changed, done.summary.unchanged, done.summary.skipped) == (2, 1, 1, 1)
    zhou, wu, zou = person(services, "DH3001"), person(services, "DH3002"), person(services, "DH0020")
    assert (zhou.phone, zhou.party_status, zhou.team, zhou.post) == (
        "13812345678",
        PartyStatus.LEAGUE_MEMBER,
        "加药班",
        "加药工",
    )
    assert not zhou.party_status.is_party_member
    assert (wu.phone, wu.party_status, wu.team, wu.department) == (
        "0459-5551234",
        PartyStatus.PROBATIONARY,
        "加药班",
        "加药车间责任区",
    )
    assert (zou.post, zou.party_status, zou.phone) == ("化验员", PartyStatus.LEAGUE_MEMBER, "13992193222")
    after = person(services, "DH0013")
    assert (after.gender, after.phone, after.post, after.party_status) == (
        deng.gender,
        deng.phone,
        deng.post,
        deng.party_status,
    )  # the empty cells erased nothing
    again = services.org.roster.preview(path)
    assert again.summary.unchanged == 4 and not again.changes_anything


def test_blank_clears_lists_each_field_it_would_clear_before_writing(services: Services, tmp_path: Path) -> None:
    headings = ["工号", "姓名", "性别", "所属单位", "岗位", "电话", "政治面貌", "状态", "离职日期"]
    path = messy_workbook(
        tmp_path / "clear.xlsx",
        [["DH0013", "邓建华", None, INTAKE_TEAM, None, " ", None, None, None]],
        headings,
    )
    deng = person(services, "DH0013")
    kept = services.org.roster.preview(path)
    assert kept.rows[0].action is RowAction.UNCHANGED
    assert kept.clearable == (("gender", 1), ("post", 1), ("phone", 1))
    options = RosterOptions(blank_clears=True)
    cleared = services.org.roster.preview(path, options)
    assert cleared.rows[0].action is RowAction.UPDATE
    assert cleared.rows[0].changes == (
        Change("post", "取水泵工", ""),
        Change("gender", "男", ""),
        Change("phone", deng.phone, ""),
    )
    assert person(services, "DH0013").phone == deng.phone  # a preview writes nothing
    services.org.roster.import_roster(actor(services), path, options)
    after = person(services, "DH0013")
    assert (after.gender, after.post, after.phone, after.party_status) == (None, "", "", deng.party_status)


def test_an_empty_team_cell_keeps_the_person_in_the_team(services: Services, tmp_path: Path) -> None:
    path = messy_workbook(
        tmp_path / "team.xlsx",
        [["DH0013", "邓建华", f"{GRID}/取水车间责任区", None]],
        ["工号", "姓名", "所属单位", "班组"],
    )
    kept = services.org.roster.preview(path)
    assert kept.rows[0].action is RowAction.UNCHANGED and kept.clearable == (("team", 1),)
    moved = services.org.roster.preview(path, RosterOptions(blank_clears=True))
    assert moved.rows[0].changes == (Change("unit", INTAKE_TEAM, f"{GRID}/取水车间责任区"),)


def test_dates_as_excel_day_numbers_mark_a_person_as_left(services: Services, tmp_path: Path) -> None:
    headings = ["工号", "姓名", "所属单位", "在职状态", "离职时间"]
    day = (dt.date(2026, 3, 31) - dt.date(1899, 12, 30)).days
    path = messy_workbook(
        tmp_path / "left.xlsx",
        [["DH0007", "余学军", f"{GRID}/取水车间责任区", "离职", day], ["DH0013", "邓建华", INTAKE_TEAM, None, None]],
        headings,
    )
    preview = services.org.roster.preview(path)
    assert preview.rows[0].changes == (Change("left_on", "", "2026-03-31"),)
    assert preview.rows[1].action is RowAction.UNCHANGED  # an empty status does not bring anyone back or send away
    services.org.roster.import_roster(actor(services), path)
    assert person(services, "DH0007").left_on == dt.date(2026, 3, 31)
    back = services.org.roster.preview(path, RosterOptions(blank_clears=True))
    assert back.rows[0].action is RowAction.UNCHANGED


def test_unknown_units_are_created_only_when_asked(services: Services, tmp_path: Path) -> None:
    headings = ["工号", "姓名", "所属单位", "班组"]
    path = messy_workbook(
        tmp_path / "units.xlsx",
        [
            ["DH3201", "甲", f"{GRID}/新建车间", "一班"],
            ["DH3202", "乙", f"{GRID}/新建车间", "一班"],
            ["DH3203", "丙", f"{GRID}/第二网格", None],
            ["DH3204", "丁", "加药车间责任区/夜班组", None],
        ],
        headings,
    )
    refused = services.org.roster.preview(path)
    assert refused.count(RowAction.ERROR) == 4 and not refused.new_units
    preview = services.org.roster.preview(path, RosterOptions(create_units=True))
    assert not preview.blocked and preview.count(RowAction.NEW) == 4
    assert preview.new_units == (f"{GRID}/新建车间", f"{GRID}/新建车间/一班", f"{GRID}/第二网格", f"{DOSING}/夜班组")
    assert [p.detail for r in preview.rows for p in r.problems if p.kind is RowProblem.NEW_UNIT] == [
        f"{GRID}/新建车间/一班",
        f"{GRID}/新建车间/一班",
        f"{GRID}/第二网格",
        f"{DOSING}/夜班组",
    ]
    units_before = {u.code for u in services.org.units()}
    services.org.roster.import_roster(actor(services), path, RosterOptions(create_units=True))
    made = {u.name: u for u in services.org.units() if u.code not in units_before}
    assert {n: u.kind for n, u in made.items()} == {
        "新建车间": UnitKind.ZONE,
        "一班": UnitKind.TEAM,
        "第二网格": UnitKind.GRID,
        "夜班组": UnitKind.TEAM,
    }
    assert made["新建车间"].code == "XJCJ" and made["一班"].code == "YB"
    assert person(services, "DH3202").unit == "一班" and person(services, "DH3204").department == "加药车间责任区"
    again = services.org.roster.preview(path, RosterOptions(create_units=True))
    assert again.summary.unchanged == 4 and not again.new_units


def test_a_new_plants_roster_builds_its_tree(db: Database, tmp_path: Path) -> None:
    services = Services.over(db)
    headings = ["员工编码", "姓名", "部门名称", "班组", "移动电话", "政治面貌"]
    path = messy_workbook(
        tmp_path / "中引水厂.xlsx",
        [
            ["ZY001", "张一", "中引水厂/加药车间", "加药班", "138 0000 0001", "中共党员"],
            ["ZY002", "张二", "中引水厂/加药车间", "加药班", "138-0000-0002", "共青团员"],
            ["ZY003", "张三", "中引水厂/取水站", "泵房组", "(+86)13800000003", "群众"],
            ["ZY004", "张四", "中引水厂/第一网格/巡检班", None, None, "中共预备党员"],
            ["ZY005", "张五", "加药车间", "化验组", None, None],
        ],
        headings,
    )
    station = db.system_actor()
    preview = services.org.roster.preview(path, RosterOptions(create_units=True))
    assert not preview.blocked, [(r.line, r.problems) for r in preview.rows]
    assert preview.new_units == (
        "中引水厂",
        "中引水厂/加药车间",
        "中引水厂/加药车间/加药班",
        "中引水厂/取水站",
        "中引水厂/取水站/泵房组",
        "中引水厂/第一网格",
        "中引水厂/第一网格/巡检班",
        "中引水厂/加药车间/化验组",
    )
    services.org.roster.import_roster(station, path, RosterOptions(create_units=True))
    tree = {u.name: u for u in services.org.units()}
    assert tree["中引水厂"].kind is UnitKind.PLANT and tree["中引水厂"].parent_id is None
    assert [tree[n].kind for n in ("加药车间", "加药班", "取水站", "泵房组", "第一网格", "巡检班", "化验组")] == [
        UnitKind.ZONE,
        UnitKind.TEAM,
        UnitKind.ZONE,
        UnitKind.TEAM,
        UnitKind.GRID,
        UnitKind.TEAM,
        UnitKind.TEAM,
    ]
    assert len({u.code.lower() for u in tree.values()}) == len(tree)
    assert tree["中引水厂"].people == 5
    assert person(services, "ZY003").phone == "13800000003" and person(services, "ZY003").team == "泵房组"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Unit)) == 8


def test_an_old_xls_from_wps_is_read(services: Services, tmp_path: Path) -> None:
    path = make_roster_xls(tmp_path / "花名册.xls")
    preview = services.org.roster.preview(path)
    assert preview.file_problem is None
    rows = {r.line: r for r in preview.rows}
    assert [(s.line, s.reason) for s in preview.skipped] == [(6, Skip.TOTALS)]
    assert rows[3].action is RowAction.NEW and rows[3].values["phone"] == "13912345601" and not rows[3].problems
    assert rows[4].values["phone"] == "13912345602" and kinds(rows[4]) == {RowProblem.PHONE_NORMALISED}
    assert rows[5].changes == (Change("left_on", "", "2026-03-31"),)  # a date cell, and the empty cells keep
    services.org.roster.import_roster(actor(services), path)
    assert person(services, "DH3101").party_status is PartyStatus.LEAGUE_MEMBER
    assert person(services, "DH3102").party_status is PartyStatus.PROBATIONARY
    assert person(services, "DH0007").left_on == dt.date(2026, 3, 31)
    assert person(services, "DH0007").phone == "13946180564"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_csv_as_chinese_excel_saves_it(services: Services, tmp_path: Path, encoding: str) -> None:
    text = (
        "东湖水厂职工名单,,,,\n"
        "工号,姓名,所在部门,手机,政治面貌\n"
        f"DH3401,钱九,{TEAM},+86-139-1234-5699,共青团员\n"
        f"DH3402,孙十,{TEAM},,中共党员(预备)\n"
        "合计：2人,,,,\n"
    )
    path = tmp_path / "名单.csv"
    path.write_bytes(text.encode(encoding))
    assert read_file(path).encoding == encoding
    preview = services.org.roster.preview(path)
    assert [r.action for r in preview.rows] == [RowAction.NEW, RowAction.NEW]
    assert preview.rows[0].values["phone"] == "13912345699" and preview.rows[0].values["name"] == "钱九"
    assert [s.reason for s in preview.skipped] == [Skip.TOTALS]
    services.org.roster.import_roster(actor(services), path)
    assert person(services, "DH3402").party_status is PartyStatus.PROBATIONARY


def test_a_table_mapped_by_the_user_is_previewed_and_imported(services: Services, tmp_path: Path) -> None:
    path = messy_workbook(
        tmp_path / "own.xlsx",
        [["DH3501", "周十一", TEAM, "13912345611"]],
        ["编码", "人", "在哪", "号码"],  # headings nobody would guess
    )
    file = read_file(path)
    assert services.org.roster.preview(path).file_problem is FileProblem.NO_HEADER
    table = build_table(
        file, SCHEMA, Settings(header_line=3, mapping={0: "employee_no", 1: "name", 2: "unit", 3: "phone"})
    )
    preview = services.org.roster.preview(table)
    assert preview.count(RowAction.NEW) == 1 and preview.columns == ("employee_no", "name", "unit", "phone")
    services.org.roster.import_roster(actor(services), table)
    assert person(services, "DH3501").phone == "13912345611"
    half = build_table(file, SCHEMA, Settings(header_line=3, mapping={0: "employee_no", 1: "name"}))
    missing = services.org.roster.preview(half)
    assert missing.file_problem is FileProblem.NO_HEADER and missing.file_detail == "所属单位"


@pytest.mark.parametrize(
    ("written", "status", "noted"),
    [
        ("中共党员", PartyStatus.FULL_MEMBER, False),
        ("党员", PartyStatus.FULL_MEMBER, False),
        ("正式党员", PartyStatus.FULL_MEMBER, False),
        ("中共党员（正式）", PartyStatus.FULL_MEMBER, False),
        ("中共预备党员", PartyStatus.PROBATIONARY, False),
        ("预备党员", PartyStatus.PROBATIONARY, False),
        ("中共党员（预备）", PartyStatus.PROBATIONARY, False),
        ("中共党员(预备)", PartyStatus.PROBATIONARY, False),
        ("中共党员【预备】", PartyStatus.PROBATIONARY, False),
        (" 中共 党员 （预备） ", PartyStatus.PROBATIONARY, False),
        ("入党积极分子", PartyStatus.ACTIVIST, False),
        ("共青团员", PartyStatus.LEAGUE_MEMBER, False),
        ("团员", PartyStatus.LEAGUE_MEMBER, False),
        ("中国共产主义青年团团员", PartyStatus.LEAGUE_MEMBER, False),
        ("群众", PartyStatus.MASSES, False),
        ("群众（无党派）", PartyStatus.MASSES, False),
        ("民主党派", PartyStatus.MASSES, True),
        ("无党派人士", PartyStatus.MASSES, True),
        ("九三学社社员", PartyStatus.MASSES, True),
        ("league_member", PartyStatus.LEAGUE_MEMBER, False),
        ("党外人士", None, False),
        ("中共", None, False),
    ],
)
def test_political_status_variants(written: str, status: PartyStatus | None, noted: bool) -> None:
    assert _party(written) == (status, noted)


def test_every_party_status_has_its_words() -> None:
    from ui.org.labels import party_status_label

    assert set(words.PARTY_STATUS) == set(PartyStatus)
    assert len({party_status_label(s) for s in PartyStatus}) == len(PartyStatus)
    assert PartyStatus.LEAGUE_MEMBER.value == "league_member" and not PartyStatus.LEAGUE_MEMBER.is_party_member


@pytest.mark.parametrize(
    ("name", "team", "kind"),
    [
        ("加药班", False, UnitKind.TEAM),
        ("化验组", False, UnitKind.TEAM),
        ("第一网格", False, UnitKind.GRID),
        ("红色格", False, UnitKind.GRID),
        ("党总支三级网", False, UnitKind.NET),
        ("加药车间", False, UnitKind.ZONE),
        ("取水站", False, UnitKind.ZONE),
        ("东区", False, UnitKind.ZONE),
        ("维修工段", False, UnitKind.ZONE),
        ("抢修队", False, UnitKind.ZONE),
        ("值守", True, UnitKind.TEAM),
    ],
)
def test_a_new_units_kind_is_guessed_from_its_name(name: str, team: bool, kind: UnitKind) -> None:
    assert guess_kind(name, team) is kind


@pytest.mark.parametrize(
    ("written", "team", "meant"),
    [
        ("东湖水厂/加药车间", "加药班", TEAM),  # a level left out, the zone's name shortened
        ("東湖水廠/加藥車間", "加藥班", TEAM),  # the same in traditional characters
        ("东湖水厂/取水车间/取水泵房", "", INTAKE_TEAM),
        ("西湖水厂/机修车间", "", ""),  # nothing close: no guess
    ],
)
def test_an_unknown_path_is_quoted_as_written_with_the_unit_it_probably_means(
    services: Services, tmp_path: Path, written: str, team: str, meant: str
) -> None:
    path = messy_workbook(
        tmp_path / "u.xlsx", [["DH3801", "某人", written, team]], ["工号", "姓名", "所属单位", "班组"]
    )
    (row,) = services.org.roster.preview(path).rows
    (unknown,) = [p for p in row.problems if p.kind is RowProblem.UNKNOWN_UNIT]
    assert (unknown.detail, unknown.team, unknown.suggestion) == (written, team, meant)


def test_new_units_get_free_codes_from_their_names(services: Services, tmp_path: Path) -> None:
    path = messy_workbook(
        tmp_path / "codes.xlsx",
        [
            ["DH3901", "甲", f"{GRID}/新建车间", "一班"],
            ["DH3902", "乙", f"{GRID}/西区", "一班"],  # 一班 again, elsewhere: YB is taken by then
            ["DH3903", "丙", f"{GRID}/新建车间", "夜班"],  # 夜班 is YB too
        ],
        ["工号", "姓名", "所属单位", "班组"],
    )
    services.org.roster.import_roster(actor(services), path, RosterOptions(create_units=True))
    codes = {(u.name, u.code) for u in services.org.units() if u.code in {"XJCJ", "YB", "YB-2", "YB-3", "XQ"}}
    assert codes == {("新建车间", "XJCJ"), ("一班", "YB"), ("西区", "XQ"), ("一班", "YB-2"), ("夜班", "YB-3")}
