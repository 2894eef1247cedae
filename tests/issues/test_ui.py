"""The issue board through its widgets: a quick report from another tab with F8, a kanban drag that assigns (and one
that is refused with the reason), the table and filters, the detail panel, the ledger, handover and clock settings;
every model checked by Qt's model tester."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import main
from gridapp.db.database import Database
from gridapp.issues.catalogue import Limits
from gridapp.issues.errors import InputProblem, IssueInputError
from gridapp.issues.kinds import Action, ClockKind, IssueState
from gridapp.issues.rows import IssueFilter
from gridapp.services import Services
from tests.session_helpers import log_in, sign_in
from ui.context import AppContext
from ui.issues import labels
from ui.issues.board import KanbanColumn
from ui.issues.filter_bar import find_data
from ui.issues.handover_dialog import HandoverDialog
from ui.issues.issue_model import IssueColumn
from ui.issues.ledger_dialog import LedgerDialog
from ui.issues.quick_report import QuickReportDialog
from ui.issues.settings_dialog import ClockSettingsDialog, parse_spans
from ui.issues.tab import IssuesTab
from ui.main_window import MainWindow
from ui.roles import ROW_ROLE


def _person(services: Services, employee_no: str):  # type: ignore[no-untyped-def]
    return services.org.search_people(employee_no)[0]


def _type(widget: object, text: str) -> None:
    """Type Chinese the way an input method does: it commits the composed text to the focused widget."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def _drag_event(kind: type, where: QPointF, args: tuple[object, ...]) -> object:
    try:
        return kind(where, *args)  # PySide6 6.12 takes a QPointF (and deprecates QPoint)
    except TypeError:
        return kind(where.toPoint(), *args)  # earlier versions take a QPoint only


def _drop(column: KanbanColumn, source: KanbanColumn, row: int = 0) -> None:
    """What Qt delivers when a card is dragged over a column and dropped: enter, move, drop on its viewport."""
    mime = source.model.mimeData([source.model.index(row, 0)])
    viewport = column.view.viewport()
    where = QPointF(viewport.rect().center())
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, _drag_event(QDragEnterEvent, where, args))
    QApplication.sendEvent(viewport, _drag_event(QDragMoveEvent, where, args))
    QApplication.sendEvent(viewport, QDropEvent(where, *args))


def test_quick_report_from_another_tab_with_f8(qtbot, demo_db: Database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = demo_db.location.path
    demo_db.dispose()
    window: MainWindow = main.launch(str(path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.services_attached, timeout=10_000):
        pass
    services = window.services
    assert services is not None
    worker = _person(services, "DH0020")  # a dosing worker in 加药班
    sign_in(qtbot, window, "DH0020")
    window.tabs.setCurrentIndex(0)  # the organisation tab: "from anywhere"
    issues_tab = window.issues_tab.build()
    assert isinstance(issues_tab, IssuesTab)
    before = issues_tab.board.columns[IssueState.REPORTED].model.total
    qtbot.keyClick(window.org_tab.content.tree, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: window.findChild(QuickReportDialog) is not None)
    dialog = window.findChild(QuickReportDialog)
    assert dialog.unit.currentData() == worker.unit_id  # preselected: the operator's own unit
    _type(dialog.what, "加药间地面有积水，有滑倒隐患")
    dialog.category.setCurrentIndex(dialog.category.findData("safety"))
    picture = tmp_path / "积水.png"
    Image.new("RGB", (800, 600), (200, 200, 180)).save(picture)
    dialog.photos.add([picture])
    dialog.activateWindow()  # the window manager does this on a desktop; offscreen Qt needs to be told
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(dialog.reported, timeout=10_000):
        qtbot.keyClick(dialog.what, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (row,) = services.issues.page(IssueFilter(text="积水 滑倒"))
    assert row.title == "加药间地面有积水，有滑倒隐患" and row.category_code == "safety"
    assert row.unit_id == worker.unit_id and row.reporter == worker.name and row.photo_count == 1
    assert row.number.endswith("-0019")  # after the demo plant's 18
    assert issues_tab.board.columns[IssueState.REPORTED].model.total == before + 1
    assert "0019" in window.statusBar().currentMessage()
    window.close()
    services.close()


def test_photos_dragged_in_and_a_report_without_a_title(qtbot, tab: IssuesTab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab.report_button.click()
    dialog = tab.findChild(QuickReportDialog)
    assert dialog is not None
    picture, text = tmp_path / "现场.jpg", tmp_path / "说明.txt"
    Image.new("RGB", (640, 480), (90, 120, 160)).save(picture)
    text.write_text("不是照片", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(picture)), QUrl.fromLocalFile(str(text))])
    where = QPointF(dialog.rect().center())
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(dialog, _drag_event(QDragEnterEvent, where, args))
    QApplication.sendEvent(dialog, QDropEvent(where, *args))
    assert dialog.photos.paths == [picture]  # pictures only
    assert not dialog.photos.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "few words" in dialog.error.text()
    dialog.reject()


def test_dragging_a_card_assigns_it(qtbot, tab: IssuesTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    reported, assigned = tab.board.columns[IssueState.REPORTED], tab.board.columns[IssueState.ASSIGNED]
    issue = reported.model.index(0, 0).data(ROW_ROLE)
    before = assigned.model.total
    _drop(assigned, reported)
    qtbot.waitUntil(lambda: tab.actions.dialog is not None)
    dialog = tab.actions.dialog
    assert dialog.action is Action.ASSIGN
    qtbot.keyClicks(dialog.assignee, "DH0051")  # an electrician, found by employee number
    _type(dialog.note, "请今天处理")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: services.issues.row(issue.id).state is IssueState.ASSIGNED)
    row = services.issues.row(issue.id)
    assert row is not None and row.assignee == _person(services, "DH0051").name
    qtbot.waitUntil(lambda: assigned.model.total == before + 1)
    assert assigned.model.row_of(issue.id) >= 0 and reported.model.row_of(issue.id) < 0
    assert tab.detail.issue_id == issue.id and "请今天处理" in tab.detail.timeline.describe(
        tab.detail.detail.events[-1]
    )  # type: ignore[union-attr]


def test_a_refused_drag_says_why_and_changes_nothing(qtbot, tab: IssuesTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    reported, closed = tab.board.columns[IssueState.REPORTED], tab.board.columns[IssueState.CLOSED]
    issue = reported.model.index(0, 0).data(ROW_ROLE)
    _drop(closed, reported)
    qtbot.waitUntil(lambda: tab.notice.isVisible())
    assert "not possible" in tab.notice.text() and tab.actions.dialog is None
    assert services.issues.row(issue.id).state is IssueState.REPORTED
    # Someone without a role over the issue is told so, too.
    log_in(tab._context, "DH0040")
    assigned = tab.board.columns[IssueState.ASSIGNED]
    _drop(assigned, reported)
    qtbot.waitUntil(lambda: "may not" in tab.notice.text())
    assert "grid leader" in tab.notice.text()


def test_models_pass_qts_model_tester(qtmodeltester, tab: IssuesTab) -> None:  # type: ignore[no-untyped-def]
    for column in tab.board.columns.values():
        qtmodeltester.check(column.model)
    tab.table_button.click()
    qtmodeltester.check(tab.model)
    issue = tab.model.issue_at(0)
    tab.detail.show_issue(issue.id)
    qtmodeltester.check(tab.detail.timeline)
    qtmodeltester.check(tab.detail.photos)


def test_table_filters_and_search(qtbot, tab: IssuesTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    tab.table_button.click()
    assert tab.model.total == 18
    tab.filters.search.setText("护栏")
    qtbot.waitUntil(lambda: tab.model.total == 1)
    assert tab.model.index(0, IssueColumn.TITLE).data().startswith("沉淀池廊道护栏")
    tab.filters.search.clear()
    qtbot.waitUntil(lambda: tab.model.total == 18)
    tab.filters.overdue.setCurrentIndex(1)  # overdue
    overdue = services.issues.count(tab.filters.current())
    assert 0 < tab.model.total == overdue < 18
    tab.filters.overdue.setCurrentIndex(0)
    tab.filters.unit.setCurrentIndex(tab.filters.unit.findText("加药班", Qt.MatchFlag.MatchContains))
    assert 0 < tab.model.total < 18
    assert {tab.model.issue_at(i).unit for i in range(tab.model.rowCount())} == {"加药班"}
    tab.filters.state_actions[IssueState.CLOSED].setChecked(True)
    assert {tab.model.issue_at(i).state for i in range(tab.model.rowCount())} <= {IssueState.CLOSED}
    tab.table.selectRow(0)
    assert tab.detail.issue_id == tab.model.issue_at(0).id


def test_the_detail_panel_comments_and_acts(qtbot, tab: IssuesTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    fed_back = tab.board.columns[IssueState.FED_BACK]
    issue = fed_back.model.index(0, 0).data(ROW_ROLE)
    fed_back.view.setCurrentIndex(fed_back.model.index(0, 0))
    assert tab.detail.issue_id == issue.id
    _type(tab.detail.comment, "请抓紧，明早交班前反馈")
    tab.detail.comment_button.click()
    detail = services.issues.detail(issue.id)
    assert detail is not None and detail.events[-1].note == "请抓紧，明早交班前反馈"
    buttons = {b.objectName() for b in tab.detail.findChildren(type(tab.detail.comment_button))}
    assert "action_hold" in buttons and "action_verify" not in buttons  # the leader may hold, not verify
    tab.detail.findChild(type(tab.detail.comment_button), "action_hold").click()
    dialog = tab.actions.dialog
    assert dialog is not None and dialog.action is Action.HOLD
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error.isVisible()  # a reason is required
    _type(dialog.note, "等待大修窗口")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert services.issues.row(issue.id).state is IssueState.HELD


def test_ledger_export_and_handover_preview(qtbot, tab: IssuesTab, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab.ledger_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, LedgerDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)
    task = dialog.export(tmp_path / "台账.xlsx")
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    sheet = load_workbook(tmp_path / "台账.xlsx").active
    assert sheet is not None and sheet.max_row == 6  # title, header, four hazards
    dialog.reject()
    tab.handover_button.click()
    handovers = tab.dialog
    assert isinstance(handovers, HandoverDialog) and handovers.model.rowCount() == 0
    handovers.preview_button.click()
    preview = handovers.preview
    assert preview is not None
    with qtbot.waitSignal(preview.task.finished, timeout=20_000):
        pass
    assert preview.pages.count() == 1 and preview.pdf is not None
    preview.reject()
    # The grid leader hands over with a note and two items; he cannot take over his own handover.
    _type(handovers.notes, "夜班注意加药量")
    handovers.items.setPlainText("1号泵温度跟踪\n格栅备件已催")
    handovers.hand_over_button.click()
    assert handovers.model.rowCount() == 1 and not handovers.message.text()
    record = handovers.selected()
    assert record is not None and record.items == ("1号泵温度跟踪", "格栅备件已催")
    handovers.acknowledge_button.click()
    assert handovers.message.text()  # refused: the same person
    handovers.reprint_button.click()
    reprint = handovers.preview
    assert reprint is not None
    with qtbot.waitSignal(reprint.task.finished, timeout=20_000):
        pass
    assert reprint.pages.count() == 1
    reprint.reject()
    handovers.reject()
    tab.register_button.click()
    register = tab.dialog
    with qtbot.waitSignal(register.task.finished, timeout=20_000):
        pass
    assert register.pages.count() == 1 and register.pdf is not None
    register.reject()


def test_clock_settings(qtbot, tab: IssuesTab, services: Services) -> None:  # type: ignore[no-untyped-def]
    assert parse_spans("08:00-12:00，13:30-17:30") == ((480, 720), (810, 1050))
    tab.settings_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ClockSettingsDialog)
    dialog.hours["production"].setValue(4)
    dialog.kinds["production"].setCurrentIndex(find_data(dialog.kinds["production"], ClockKind.WORKING))
    dialog.days[5].setText("08:00-12:00")  # Saturday mornings
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    production = next(c for c in services.issues.categories() if c.code == "production")
    assert (production.feedback_minutes, production.clock) == (240, ClockKind.WORKING)
    assert services.issues.calendar().week[5] == ((480, 720),)
    assert services.issues.category_limits()["production"] == Limits()  # untouched: not written
    tab.settings_button.click()
    dialog = tab.dialog
    assert dialog.accept_hours["production"].value() == 1 and dialog.complete_days["production"].value() == 3
    dialog.accept_hours["production"].setValue(0.5)
    dialog.accept_kinds["production"].setCurrentIndex(find_data(dialog.accept_kinds["production"], ClockKind.CALENDAR))
    dialog.complete_days["production"].setValue(5)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert services.issues.category_limits()["production"] == Limits(30, ClockKind.CALENDAR, 5)
    assert "acceptance" in labels.input_text(IssueInputError(InputProblem.HOURS_INVALID, clock="accept"))
    assert "365 days" in labels.input_text(IssueInputError(InputProblem.HOURS_INVALID, clock="complete"))
    tab.settings_button.click()
    dialog = tab.dialog
    dialog.days[0].setText("8点到12点")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "08:00-12:00" in dialog.error.text()
    dialog.reject()


def test_indicators_dialog_shows_numbers_and_a_chart(qtbot, tab: IssuesTab) -> None:  # type: ignore[no-untyped-def]
    tab.indicators_button.click()
    dialog = tab.dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        pass  # this month: on the plant's first day of a month the demo's issues all lie in the month before
    dialog.preset.setCurrentIndex(dialog.preset.findData("30_days"))
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        pass
    assert dialog.values["reported"].text().isdigit() and int(dialog.values["reported"].text()) > 0
    assert dialog.values["closure_rate"].text().endswith("%")
    assert not dialog.chart.pixmap().isNull()
    dialog.preset.setCurrentIndex(dialog.preset.findData("year"))
    with qtbot.waitSignal(dialog.task.finished, timeout=20_000):
        pass
    dialog.reject()


def test_the_board_follows_the_clock_minute_by_minute(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    """Nobody touches the board: when a deadline passes, the overdue filter's answer and the colours follow."""
    from gridapp.issues.clock import FakeClock
    from gridapp.issues.rows import Overdue, ReportDraft
    from gridapp.issues.service import IssueService
    from gridapp.times import utcnow
    from tests.conftest import DEMO_PASSWORD

    clock = FakeClock(utcnow())
    services.issues = IssueService.over(services.db, services.events, clock)
    context = AppContext()
    widget = IssuesTab(context)
    qtbot.addWidget(widget)
    context.set_services(services)
    log_in(context, "DH0001")
    widget.resize(1400, 900)
    widget.show()
    widget.filters.overdue.setCurrentIndex(widget.filters.overdue.findData(Overdue.OVERDUE))

    def overdue_cards() -> set:  # type: ignore[type-arg]
        return {row.id for column in widget.board.columns.values() for row in column.model.rows()}

    reporter = services.security.accounts.login("DH0020", DEMO_PASSWORD).actor
    unit = services.org.person(reporter.person_id).unit_id  # type: ignore[arg-type, union-attr]
    ref = services.issues.report(reporter, ReportDraft(title="二号泵异响", unit_id=unit, category="production"))
    assert ref.id not in overdue_cards()  # just reported: its acceptance clock has time left
    clock.advance(days=3)  # nobody assigned it
    widget.minute.timeout.emit()  # a minute passes
    assert ref.id in overdue_cards()
