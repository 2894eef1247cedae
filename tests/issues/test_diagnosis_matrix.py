"""The diagnosis matrix (诊治矩阵) worked by hand: issues at known stages in three grids of the demo plant's grid DH-W
→ its cells, overdue and cross-grid figures, totals, the month's stages passed, the board's stage filter showing what a
cell counts, and the A3 print."""

from __future__ import annotations

import datetime as dt

import pytest

from gridapp.actor import Actor
from gridapp.demo import load_demo
from gridapp.issues.diagnosis import OWN_ROW, STAGES, matrix_pdf
from gridapp.issues.kinds import OPEN_STATES, Action, EventKind, Stage
from gridapp.issues.models import IssueEvent
from gridapp.issues.rows import IssueFilter
from gridapp.services import open_workspace
from tests.issues.conftest import LEADER, OFFICER, STAFF, Plant
from tests.pdf_checks import assert_all_fonts_embedded, page_sizes_mm, pdf_text
from tests.test_postgresql import postgres_url  # noqa: F401  (the throw-away server fixture)

WORKER = "DH0010"  # zone lead of 送水, the one who works the calm issues


def _at(plant: Plant, unit: str, *stages: Stage, calm: bool = True, title: str = "取水泵房漏水") -> object:
    """An issue of ``unit`` at the last of ``stages``; ``calm``: assigned and fed back (its 3-day completion clock
    runs, nothing is overdue in 9 hours)."""
    issue = plant.report(unit=unit, title=title).id
    for stage in stages:
        plant.service.reach_stage(plant.actor(OFFICER), issue, stage)
    if calm:
        plant.service.assign(plant.actor(LEADER), issue, plant.people[WORKER])  # type: ignore[arg-type]
        plant.service.act(plant.actor(WORKER), issue, Action.FEED_BACK, "已到现场")  # type: ignore[arg-type]
    return issue


def _scenario(plant: Plant) -> dict[str, object]:
    """DH-W-01 (取水): two at discovery, one at analysis assigned and left past its 8-hour feedback clock;
    DH-W-02 (加药): one at plan with a partner from 送水 (cross-grid) and one at plan with a partner of its own grid;
    DH-W-04 (送水): one at tracking never assigned (its acceptance clock runs out), one at tracking closed (not
    counted), one without any stage (not counted); DH-W itself: one at discovery. Then nine hours pass."""
    leader = plant.actor(LEADER)
    svc = plant.service
    _at(plant, "DH-W-01-1", Stage.DISCOVERY)
    _at(plant, "DH-W-01-1", Stage.DISCOVERY)
    late = _at(plant, "DH-W-01-1", Stage.DISCOVERY, Stage.ANALYSIS, calm=False)
    svc.assign(leader, late, plant.people[STAFF])  # type: ignore[arg-type]
    crossing = _at(plant, "DH-W-02-1", Stage.DISCOVERY, Stage.ANALYSIS, Stage.COORDINATION, Stage.PLAN)
    svc.set_people(leader, crossing, plant.people["DH0020"], plant.people[LEADER], [plant.people["DH0010"]])  # type: ignore[arg-type]
    inside = _at(plant, "DH-W-02-1", Stage.DISCOVERY, Stage.ANALYSIS, Stage.COORDINATION, Stage.PLAN)
    svc.set_people(leader, inside, plant.people["DH0020"], None, [plant.people["DH0021"]])  # type: ignore[arg-type]
    track = (Stage.DISCOVERY, Stage.ANALYSIS, Stage.COORDINATION, Stage.PLAN, Stage.TRACKING)
    _at(plant, "DH-W-04-2", *track, calm=False)
    closed = _at(plant, "DH-W-04-2", *track)
    svc.act(plant.actor(WORKER), closed, Action.RECTIFY, "已处理")  # type: ignore[arg-type]
    svc.act(leader, closed, Action.VERIFY, "现场确认")  # type: ignore[arg-type]
    svc.act(leader, closed, Action.CLOSE)  # type: ignore[arg-type]
    plant.report(unit="DH-W-04-2", title="无环节问题")
    _at(plant, "DH-W", Stage.DISCOVERY)
    plant.clock.advance(hours=9)
    return {"late": late, "crossing": crossing}


def test_cells_and_totals_of_three_grids(plant: Plant) -> None:
    _scenario(plant)
    matrix = plant.service.diagnosis_matrix(plant.units["DH-W"])
    names = [row.name for row in matrix.rows]
    assert len(matrix.rows) == 6 and names[-1] == OWN_ROW  # five zones (grids under DH-W), then 本级
    by_name = {row.name: row for row in matrix.rows}
    intake, dosing, _clean, supply, _repair, own = matrix.rows
    d, a, c, p, t, r = range(6)
    assert [cell.open for cell in intake.cells] == [2, 1, 0, 0, 0, 0]
    assert intake.cells[a].overdue == 1 and intake.cells[d].overdue == 0
    assert [cell.open for cell in dosing.cells] == [0, 0, 0, 2, 0, 0]
    assert dosing.cells[p].cross_grid == 1  # the partner from 送水, not the one from 加药 itself
    assert [cell.open for cell in supply.cells] == [0, 0, 0, 0, 1, 0]  # closed and stage-less issues left out
    assert supply.cells[t].overdue == 1  # never assigned: its acceptance clock ran out
    assert own.own and [cell.open for cell in own.cells] == [1, 0, 0, 0, 0, 0]
    assert intake.total.open == 3 and dosing.total.open == 2 and supply.total.open == 1
    assert [cell.open for cell in matrix.totals] == [3, 1, 0, 2, 1, 0]
    assert matrix.total.open == 7 and matrix.total.overdue == 2 and matrix.total.cross_grid == 1
    assert matrix.totals[c].open == 0 and matrix.totals[r].open == 0 and matrix.totals[t].open == 1
    assert by_name[intake.name] is intake and matrix.month is None


def test_a_cell_is_what_the_board_shows(plant: Plant) -> None:
    """The filter a cell opens (its grid, its stage, the open states) finds exactly the cell's issues."""
    marks = _scenario(plant)
    matrix = plant.service.diagnosis_matrix(plant.units["DH-W"])
    for row in matrix.rows:
        if row.own:
            continue
        for stage, cell in zip(STAGES, row.cells, strict=True):
            where = IssueFilter(unit_id=row.unit_id, states=frozenset(OPEN_STATES), stages=frozenset({stage}))
            assert plant.service.count(where) == cell.open, (row.name, stage)
    dosing_plan = IssueFilter(unit_id=plant.units["DH-W-02"], states=frozenset(OPEN_STATES),
                              stages=frozenset({Stage.PLAN}))  # fmt: skip
    assert marks["crossing"] in {r.id for r in plant.service.page(dosing_plan)}


def test_stages_passed_in_a_month(plant: Plant) -> None:
    """Every stage reached in March counts in March (the closed issue too); April has none."""
    _scenario(plant)
    march = plant.service.diagnosis_matrix(plant.units["DH-W"], dt.date(2026, 3, 15))
    assert march.month == dt.date(2026, 3, 1)
    assert [cell.passed for cell in march.totals] == [8, 5, 4, 4, 2, 0]
    assert march.rows[3].cells[4].passed == 2  # 送水: the open and the closed issue both passed tracking
    april = plant.service.diagnosis_matrix(plant.units["DH-W"], dt.date(2026, 4, 1))
    assert april.total.passed == 0 and april.total.open == 7


def test_a_unit_without_staged_issues(plant: Plant) -> None:
    plant.report()
    matrix = plant.service.diagnosis_matrix(plant.units["DH-W"])
    assert len(matrix.rows) == 5 and matrix.total.open == 0  # no 本级 row when nothing is held there
    assert all(cell.open == 0 for row in matrix.rows for cell in row.cells)


def test_the_a3_print(plant: Plant) -> None:
    _scenario(plant)
    matrix = plant.service.diagnosis_matrix(plant.units["DH-W"], dt.date(2026, 3, 1))
    pdf = matrix_pdf(matrix, plant.service.calendar())
    text = "".join(pdf_text(pdf))
    for word in ("问题诊治矩阵", "问题发现", "整改提升", "取水车间责任区", "超期 1", "跨格 1", "本月经过", OWN_ROW):
        assert word in text, word
    assert page_sizes_mm(pdf) == [(420, 297)]  # one A3 landscape page
    assert_all_fonts_embedded(pdf)


def test_stage_events_recorded_before_the_matrix_count_by_their_issue(plant: Plant) -> None:
    """An event written before events named their unit (no "unit" in its data) is counted at its issue's unit."""
    issue = _at(plant, "DH-W-02-1", Stage.DISCOVERY)
    with plant.db.write(plant.db.system_actor(), "test.raw") as s:
        s.add(IssueEvent(issue_id=issue, seq=99, kind=EventKind.STAGE_REACHED, at=plant.clock.now(),
                         actor_name="", note="", data={"stage": "analysis"}))  # fmt: skip
    march = plant.service.diagnosis_matrix(plant.units["DH-W"], dt.date(2026, 3, 1))
    dosing = march.rows[1]
    assert dosing.cells[0].passed == 1 and dosing.cells[1].passed == 1  # the named event and the older one


@pytest.mark.postgres
def test_the_matrix_on_postgresql(postgres_url: str) -> None:  # noqa: F811
    """The same counts through PostgreSQL's JSON operators and partial index: the demo's staged issue, one more
    reaching analysis in this month."""
    opened = open_workspace(postgres_url)
    services = opened.services
    try:
        db = services.db
        load_demo(db, db.system_actor())
        issues = services.issues
        grid = next(u for u in services.org.units() if u.code == "DH-W")
        before = issues.diagnosis_matrix(grid.id)
        leader = services.org.search_people("DH0001")[0]
        actor = Actor(db.station.id, leader.id, leader.name)
        unstaged = next(r for r in issues.page(IssueFilter(unit_id=grid.id, states=frozenset(OPEN_STATES)))
                        if issues.detail(r.id).stage is None)  # type: ignore[union-attr]  # fmt: skip
        issues.reach_stage(actor, unstaged.id, Stage.DISCOVERY)
        issues.reach_stage(actor, unstaged.id, Stage.ANALYSIS)
        month = issues.calendar().local_date(issues.now())
        after = issues.diagnosis_matrix(grid.id, month)
        assert after.total.open == before.total.open + 1
        assert after.totals[1].open == before.totals[1].open + 1
        assert after.totals[0].passed >= 1 and after.totals[1].passed >= 1
        where = IssueFilter(unit_id=grid.id, states=frozenset(OPEN_STATES), stages=frozenset({Stage.ANALYSIS}))
        assert issues.count(where) == after.totals[1].open
    finally:
        services.close()
