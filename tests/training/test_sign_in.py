"""A sign-in sheet (签到表) as a centre's clerk types it back from paper: a title and the session's line merged across
the top, 序号 / 姓名 / 单位 / 签到时间 / 签名, the 单位 merged down a team's rows, names spaced to three characters'
width, a printed name nobody signed, a visitor, a name two people bear, and a note under the table."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import openpyxl
import pytest

from gridapp.org.kinds import PartyStatus
from gridapp.org.models import Person
from gridapp.training.kinds import Refusal, SignInProblem, TrainingKind, TrainingRefused
from gridapp.training.rows import SessionDraft
from gridapp.training.service import TrainingService
from gridapp.training.sign_in import read_sign_in
from tests.scoring.conftest import Plant

DAY = dt.date(2025, 5, 12)


def sheet(path: Path, rows: list[tuple[object, ...]]) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "签到"
    ws.append(["技术支持中心“三学四课堂”培训签到表"])
    ws.merge_cells("A1:E1")
    ws.append(["培训主题：离心泵检修要点　　授课人：王工　　时间：2025年5月12日"])
    ws.merge_cells("A2:E2")
    ws.append(["序号", "姓名", "单位", "签到时间", "签名"])
    for row in rows:
        ws.append(list(row))
    ws.append([])
    ws.append(["注：本表由记录人签字后交党支部存档。"])
    ws.merge_cells(f"A{ws.max_row}:E{ws.max_row}")
    book.save(path)
    return path


@pytest.fixture
def session_id(plant: Plant, training: TrainingService) -> uuid.UUID:
    with plant.db.write(plant.db.system_actor()) as s:  # a second 甲二, in 乙班
        s.add(Person(id=uuid.uuid4(), name="甲二", employee_no="T099", home_unit_id=plant.units["乙班"],
                     party_status=PartyStatus.MASSES, name_pinyin="99", name_initials=""))  # fmt: skip
    room = training.classrooms()[0].id
    draft = SessionDraft(plant.units["一网格"], TrainingKind.LEAD, room, "离心泵检修要点", "王工", DAY, 2)
    return training.record(plant.actor("林网格长"), draft)


def test_a_signed_sheet_matches_names_and_shows_the_errors(
    plant: Plant, training: TrainingService, session_id: uuid.UUID, tmp_path: Path
) -> None:
    path = sheet(
        tmp_path / "签到表.xlsx",
        [
            (1, "甲  一", "甲班", "08:25", "甲一"),
            (2, "甲二", None, "08:27", "甲二"),  # 单位 merged down from 甲班
            (3, "甲三", None, None, None),  # printed, never signed
            (4, "乙 一", "乙班", "08:31", "乙一"),
            (5, "甲二", "", "08:40", "甲二"),  # which 甲二?
            (6, "王外来", "调度中心", "08:45", "王外来"),  # not of this unit
        ],
    )
    ws_book = openpyxl.load_workbook(path)
    ws_book.active.merge_cells("C4:C6")
    ws_book.save(path)
    table = read_sign_in(path)
    assert table.header_line == 3
    assert set(table.mapping.values()) == {"seq", "name", "unit", "signed_at", "signature"}
    preview = training.match_sign_in(session_id, table)
    got = {r.line: (r.name, r.problem, r.matched) for r in preview.rows}
    assert got[4] == ("甲一", None, "甲一（甲班）")
    assert got[5] == ("甲二", None, "甲二（甲班）")  # the merged 单位 tells the two 甲二 apart
    assert got[6][1] is SignInProblem.NOT_SIGNED
    assert got[7] == ("乙一", None, "乙一（乙班）")
    assert got[8][1] is SignInProblem.AMBIGUOUS
    assert len(next(r for r in preview.rows if r.line == 8).candidates) == 2
    assert got[9][1] is SignInProblem.UNKNOWN
    assert {r.line for r in preview.errors} == {8, 9}
    assert len(table.skipped) >= 1  # the note under the table is not a person
    with pytest.raises(TrainingRefused) as refused:
        training.import_sign_in(plant.actor("林网格长"), session_id, table)
    assert refused.value.refusal is Refusal.SIGN_IN_PROBLEMS
    assert training.detail(session_id).attendees == ()  # all or nothing

    # corrected in Excel: the visitor struck out, the second 甲二 given a unit
    book = openpyxl.load_workbook(path)
    ws = book.active
    ws["C8"] = "乙班"
    ws.delete_rows(9)
    book.save(path)
    table = read_sign_in(path)
    preview = training.match_sign_in(session_id, table)
    assert not preview.errors
    assert training.import_sign_in(plant.actor("林网格长"), session_id, table) == 4
    names = sorted((a.name, a.unit) for a in training.detail(session_id).attendees)
    assert names == [("乙一", "乙班"), ("甲一", "甲班"), ("甲二", "乙班"), ("甲二", "甲班")]
    # the same sheet again adds nobody
    assert training.import_sign_in(plant.actor("林网格长"), session_id, table) == 0


def test_a_sheet_typed_from_a_list_without_signatures_signs_everyone_in(
    plant: Plant, training: TrainingService, session_id: uuid.UUID, tmp_path: Path
) -> None:
    path = sheet(tmp_path / "名单.xlsx", [(1, "甲一", "甲班", None, None), (2, "甲一", "甲班", None, None)])
    preview = training.match_sign_in(session_id, read_sign_in(path))
    assert [r.problem for r in preview.rows] == [None, SignInProblem.TWICE]
    assert preview.people == (plant.people["甲一"],)
