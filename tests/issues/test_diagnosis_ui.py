"""The diagnosis matrix on the issue board: the view button shows the grids of the filters' unit × six stages, a click
on a cell opens exactly its issues on the board through the filters, the month check adds the stages passed, and the
print builds an A3 page; the model passes Qt's model tester."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gridapp.actor import Actor
from gridapp.issues.diagnosis import STAGES
from gridapp.issues.kinds import OPEN_STATES, Stage
from gridapp.issues.rows import IssueFilter
from gridapp.services import Services
from ui.issues.filter_bar import find_data
from ui.issues.tab import IssuesTab
from ui.roles import ROW_ROLE


def _staged(services: Services, actor: Actor) -> dict[str, list[object]]:
    """Two open issues of 取水 at discovery, one of 加药 at analysis (via discovery)."""
    grid = next(u for u in services.org.units() if u.code == "DH-W")
    open_rows = services.issues.page(IssueFilter(unit_id=grid.id, states=frozenset(OPEN_STATES)), limit=500)
    by_zone: dict[str, list[object]] = {}
    units = {u.id: u.code for u in services.org.units()}
    for row in open_rows:
        by_zone.setdefault(units[row.unit_id][:7], []).append(row.id)
    intake, dosing = by_zone["DH-W-01"][:2], by_zone["DH-W-02"][:1]
    for issue in intake:
        services.issues.reach_stage(actor, issue, Stage.DISCOVERY)  # type: ignore[arg-type]
    services.issues.reach_stage(actor, dosing[0], Stage.DISCOVERY)  # type: ignore[arg-type]
    services.issues.reach_stage(actor, dosing[0], Stage.ANALYSIS)  # type: ignore[arg-type]
    return {"intake": intake, "dosing": dosing}


def _show_matrix_of(tab: IssuesTab, code: str, services: Services) -> None:
    unit = next(u for u in services.org.units() if u.code == code)
    tab.filters.unit.setCurrentIndex(find_data(tab.filters.unit, unit.id))
    QTest.mouseClick(tab.matrix_button, Qt.MouseButton.LeftButton)


def test_a_cell_opens_its_issues_on_the_board(qtbot, tab: IssuesTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    actor = tab._context.actor
    assert actor is not None
    grid = next(u for u in services.org.units() if u.code == "DH-W")
    before = services.issues.diagnosis_matrix(grid.id)  # the demo has issues on the track already
    staged = _staged(services, actor)
    _show_matrix_of(tab, "DH-W", services)
    assert tab.views.currentWidget() is tab.diagnosis
    model = tab.diagnosis.model
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert names[:2] == ["取水车间责任区", "加药车间责任区"] and names[-1] == model.tr("Total")
    assert model.headerData(0, Qt.Orientation.Horizontal) == tab.filters.stage_actions[Stage.DISCOVERY].text()
    discovery, analysis = STAGES.index(Stage.DISCOVERY), STAGES.index(Stage.ANALYSIS)
    assert model.cell(0, discovery).open == before.rows[0].cells[discovery].open + 2
    assert model.cell(1, analysis).open == before.rows[1].cells[analysis].open + 1
    total_row = model.rowCount() - 1
    assert model.cell(total_row, len(STAGES)).open == before.total.open + 3
    # A click on 取水 × 问题发现: the board, filtered to that grid, the open states and that stage.
    view = tab.diagnosis.table
    rect = view.visualRect(model.index(0, discovery))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert tab.views.currentWidget() is tab.board and tab.board_button.isChecked()
    where = tab.filters.current()
    assert where.stages == frozenset({Stage.DISCOVERY}) and where.states == frozenset(OPEN_STATES)
    shown = {
        column.model.index(r, 0).data(ROW_ROLE).id
        for column in tab.board.columns.values()
        for r in range(column.model.rowCount())
    }
    assert set(staged["intake"]) <= shown and len(shown) == model.cell(0, discovery).open
    assert tab.filters.stages.text() == tab.filters.stage_actions[Stage.DISCOVERY].text()


def test_month_figures_and_model_tester(qtmodeltester, tab: IssuesTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    actor = tab._context.actor
    assert actor is not None
    _staged(services, actor)
    _show_matrix_of(tab, "DH-W", services)
    qtmodeltester.check(tab.diagnosis.model)
    tab.diagnosis.monthly.setChecked(True)  # this month: the stages just reached
    model = tab.diagnosis.model
    assert model.matrix is not None and model.matrix.month is not None
    assert model.cell(model.rowCount() - 1, len(STAGES)).passed >= 4  # four stages reached just now
    assert model.cell(0, STAGES.index(Stage.DISCOVERY)).passed >= 2
    assert "\n(" in model.index(0, STAGES.index(Stage.DISCOVERY)).data()


def test_the_print_preview_builds_an_a3_page(qtbot, tab: IssuesTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    actor = tab._context.actor
    assert actor is not None
    _staged(services, actor)
    _show_matrix_of(tab, "DH-W", services)
    QTest.mouseClick(tab.diagnosis.print_button, Qt.MouseButton.LeftButton)
    dialog = tab.diagnosis.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20_000)
    from tests.pdf_checks import page_sizes_mm

    assert page_sizes_mm(dialog.pdf) == [(420, 297)]
    dialog.close()
