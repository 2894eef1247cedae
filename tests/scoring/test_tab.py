"""The score dashboards tab over the demo plant, driven like a user: choose, confirm, give, print, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gridapp.org.rows import PersonRow
from gridapp.scoring.kinds import EntryStatus, ScoringRefused
from gridapp.scoring.periods import Period, PeriodKind
from gridapp.scoring.rows import EntryQuery
from gridapp.services import Services
from gridapp.times import plant_today
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.lazy_tab import LazyTab
from ui.scoring.board import ScoringBoard
from ui.scoring.entry_model import EntryColumn
from ui.scoring.give_dialog import GiveDialog
from ui.scoring.list_models import PeriodTableModel, RuleTableModel, ScorecardTreeModel, WarningTableModel


def person(services: Services, employee_no: str) -> PersonRow:
    return services.org.search_people(employee_no)[0]


@pytest.fixture
def tab(qtbot, services: Services) -> Iterator[ScoringBoard]:  # type: ignore[no-untyped-def]
    context = AppContext()
    widget = LazyTab(context, ScoringBoard)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()  # the dashboards are built when the tab is first shown
    context.set_services(services)
    log_in(context, "DH0001")  # 熊德明, grid leader of the whole grid
    assert isinstance(widget.content, ScoringBoard)
    yield widget.content  # the shell stays referenced until the test ends


def test_the_tab_shows_the_demo_ranking_and_the_reasons(
    qtbot, tab: ScoringBoard, services: Services, output_dir: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    last_quarter = Period.of(PeriodKind.QUARTER, plant_today()).previous()
    tab.scope_bar.choose(period=last_quarter)
    model = tab.ranking.model
    assert tab.scope is not None and tab.scope.period == last_quarter and not tab.scope.closed  # months may be
    assert model.rowCount() == 28
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Rank", "Mark", "Name"] and "日常工作在网格" in headers and "Warning" in headers
    tab.ranking.view.selectRow(0)
    assert tab.subject is not None and tab.ranking.why.rowCount() > 0
    qtmodeltester.check(tab.ranking.why)
    tab.show()
    tab.pages.setCurrentWidget(tab.scorecard)
    qtmodeltester.check(tab.scorecard.model)
    assert tab.scorecard.model.rowCount() == 5
    tab.pages.setCurrentWidget(tab.ranking)
    QApplication.processEvents()
    assert tab.grab().save(str(output_dir / "ranking.png"))


def test_a_confirmation_through_the_widgets(qtbot, tab: ScoringBoard, services: Services) -> None:  # type: ignore[no-untyped-def]
    tab.show()
    tab.pages.setCurrentWidget(tab.proposals)
    page = tab.proposals
    waiting = page.model.rowCount()
    assert waiting >= 8 and "(" in tab.pages.tabText(tab.pages.indexOf(page))
    row = next(r for r in range(waiting) if page.model.row_at(r).proposed_by == "")  # one an event proposed
    entry = page.model.row_at(row)
    page.view.selectionModel().select(
        page.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert page.confirm_button.isEnabled()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == waiting - 1)
    done = services.scoring.entries.entry(entry.id)
    assert done is not None and done.status is EntryStatus.CONFIRMED and done.decided_by == "熊德明"
    assert done.points == done.requested or done.capped


def test_a_refused_confirmation_says_why(qtbot, tab: ScoringBoard, services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    log_in(tab._context, "DH0012")  # staff: no grantor role anywhere
    tab.show()
    tab.pages.setCurrentWidget(tab.proposals)
    page = tab.proposals
    before = page.model.rowCount()
    page.view.selectRow(0)
    assert not page.confirm_button.isEnabled() and not page.reject_button.isEnabled()  # not offered (POINTS_CONFIRM)
    with pytest.raises(ScoringRefused) as caught:  # the service refuses anyway, and the board says why
        services.scoring.entries.confirm(tab._context.actor, [page.model.row_at(0).id])
    tab.refuse(caught.value)
    assert "roles" in shown[0] and page.model.rowCount() == before
    assert not tab.pages.isTabVisible(tab.pages.indexOf(tab.warnings))  # staff never see warnings


def fill_reason(dialog: GiveDialog) -> None:
    dialog.search.setText("DH0021")
    dialog.reason.insertPlainText("调解两名班员排班矛盾")
    dialog.evidence.setText("调解记录 0612")


def test_giving_points_through_the_dialog(qtbot, tab: ScoringBoard, services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialogs: list[GiveDialog] = []

    def fill_and_accept(dialog: GiveDialog) -> int:
        dialogs.append(dialog)
        qtbot.keyClicks(dialog.search, "DH0020")
        dialog.choose_rule("SD02")  # a grid leader may grant it
        dialog.times.setValue(2)
        dialog.reason.insertPlainText("收集职工关于夜班用餐的诉求并协调解决")  # QTest types ASCII only
        dialog._on_buttons_accepted()
        return dialog.result()

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: pytest.fail(text))
    monkeypatch.setattr(GiveDialog, "exec", fill_and_accept)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    tab.give()
    given = dialogs[0].result_row
    assert given is not None and given.status is EntryStatus.CONFIRMED and given.subject == "邹淑英"
    assert given.requested == 1 and given.reason.startswith("收集职工") and told == []
    # A rule the grid leader may not grant (mediation) is kept as a proposal, and the dialog says so.
    monkeypatch.setattr(
        GiveDialog,
        "exec",
        lambda d: (dialogs.append(d), d.choose_rule("SC03"), fill_reason(d), d._on_buttons_accepted(), d.result())[-1],
    )
    tab.give()
    assert dialogs[-1].result_row is not None and dialogs[-1].result_row.status is EntryStatus.PROPOSED
    assert told and "proposal" in told[0]
    assert any(e.id == given.id for e in services.scoring.entries.all(EntryQuery("star", person_id=given.person_id)))


def test_pages_models_and_warnings_for_a_leader(qtbot, tab: ScoringBoard, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    tab.show()
    assert tab.pages.isTabVisible(tab.pages.indexOf(tab.warnings))
    for page in (tab.ledger, tab.warnings, tab.rules, tab.periods):
        tab.pages.setCurrentWidget(page)
        model = page.model
        qtmodeltester.check(model)
    assert isinstance(tab.rules.model, RuleTableModel) and tab.rules.model.rowCount() == 25
    assert isinstance(tab.warnings.model, WarningTableModel) and tab.warnings.model.rowCount() == 3
    assert isinstance(tab.periods.model, PeriodTableModel) and tab.periods.model.rowCount() == 24
    tab.scope_bar.choose(catalogue="team")
    tab.pages.setCurrentWidget(tab.rules)
    assert tab.rules.model.rowCount() == 44
    tab.pages.setCurrentWidget(tab.ranking)
    assert tab.ranking.model.rowCount() == 6
    tab.ranking.view.selectRow(0)
    tab.pages.setCurrentWidget(tab.scorecard)
    card: ScorecardTreeModel = tab.scorecard.model
    assert card.rowCount() == 5 and sum(card.rowCount(card.index(i, 0)) for i in range(5)) == 44
    assert tab.ledger.model.headerData(EntryColumn.REASON, Qt.Orientation.Horizontal) == "Reason"


def test_charts_are_drawn_off_the_ui_thread_and_saved_as_pictures(
    qtbot, tab: ScoringBoard, output_dir: Path, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tab.scope_bar.choose(period=Period.of(PeriodKind.QUARTER, plant_today()).previous())
    tab.show()
    tab.pages.setCurrentWidget(tab.charts)
    charts = tab.charts
    qtbot.waitUntil(lambda: charts.pictures is not None, timeout=20_000)
    assert not charts.trend.pixmap().isNull() and not charts.comparison.pixmap().isNull()
    for name, png in zip(("tab-trend.png", "tab-comparison.png"), charts.pictures or (), strict=True):
        (output_dir / name).write_bytes(png)
    offered: list[str] = []

    def save_as(parent, caption, suggested, filter):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return str(tmp_path / "对比图"), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert charts.save_comparison.isEnabled()
    charts.save_comparison.click()
    saved = tmp_path / "对比图.png"
    assert charts.pictures is not None and saved.read_bytes() == charts.pictures[1]
    assert Path(offered[0]).name.startswith("东湖水厂") and offered[0].endswith(".png")  # named after the chart
    assert str(saved) in charts.status.text()


def test_print_preview_and_export(qtbot, tab: ScoringBoard, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = tab.print_board("stars", "A3")
    assert dialog is not None
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):  # type: ignore[attr-defined]
        pass
    assert dialog.pages.count() >= 1  # type: ignore[attr-defined]
    dialog.close()
    target = tmp_path / "ranking.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.ranking.export_button.click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: "ranking.xlsx" in tab.status.text(), timeout=10_000)
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == ("Rank", "Mark", "Name") and len(rows) == 29


def test_a_hidden_tab_waits_until_shown(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    context = AppContext()
    widget = LazyTab(context, ScoringBoard)
    qtbot.addWidget(widget)
    context.set_services(services)
    assert widget.content is None  # start-up does not pay for the dashboards
    widget.show()
    board = widget.content
    assert isinstance(board, ScoringBoard)
    qtbot.waitUntil(lambda: board.ranking.model.rowCount() > 0)


def test_a_warning_raised_through_the_dialog(qtbot, tab: ScoringBoard, services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.scoring.small_dialogs import WarningDialog

    def fill(dialog: WarningDialog) -> int:
        dialog.search.setText("DH0031")
        dialog.level.setCurrentIndex(1)  # yellow
        dialog.situation.setPlainText("连续两周情绪低落，工作中注意力不集中")
        dialog._on_buttons_accepted()
        return dialog.result()

    monkeypatch.setattr(WarningDialog, "exec", fill)
    tab.show()
    tab.pages.setCurrentWidget(tab.warnings)
    before = tab.warnings.model.rowCount()
    qtbot.mouseClick(tab.warnings.raise_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.warnings.model.rowCount() == before + 1)
    raised = [w for w in services.scoring.warnings.warnings(person(services, "DH0001").id) if w.employee_no == "DH0031"]
    assert raised and raised[0].level.value == "yellow" and raised[0].raised_by == "熊德明"


def test_every_team_sheet_exported_side_by_side(qtbot, tab: ScoringBoard, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab.scope_bar.choose(catalogue="team", period=Period.of(PeriodKind.QUARTER, plant_today()).previous())
    tab.show()
    tab.pages.setCurrentWidget(tab.scorecard)
    target = tmp_path / "sheets.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.scorecard.export_all_button.click()
    qtbot.waitUntil(lambda: "sheets.xlsx" in tab.status.text(), timeout=10_000)
    rows = list(load_workbook(target).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 1 + 44 + 1 and len(rows[0]) == 3 + 6  # header, 44 items, the scores; six teams
    assert rows[1][0] == "党建思政" and all(isinstance(v, (int, float)) for v in rows[-1][3:])


def test_a_staff_account_sees_no_warnings(qtbot, tab: ScoringBoard) -> None:  # type: ignore[no-untyped-def]
    warnings = tab.pages.indexOf(tab.warnings)
    assert tab.pages.isTabVisible(warnings)  # the grid leader sees them
    headers = [
        tab.ranking.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.ranking.model.columnCount())
    ]
    assert "Warning" in headers
    log_in(tab._context, "DH0012")  # staff (shift change at the same PC)
    assert not tab.pages.isTabVisible(warnings)
    headers = [
        tab.ranking.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.ranking.model.columnCount())
    ]
    assert "Warning" not in headers
