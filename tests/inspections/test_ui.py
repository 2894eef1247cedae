"""The inspection tab driven like a user: cards, drag to reorder, a workbook with errors, prints, versions, and a
paper checklist re-entered by keyboard whose failed item is then found on the issue board."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QLineEdit, QWidget

from gridapp.inspections.kinds import CheckLevel, Frequency, ItemKind, RoundSource
from gridapp.inspections.prints.options import Source
from gridapp.inspections.workbook import Readings
from gridapp.services import Services
from gridapp.times import plant_today
from tests.inspections.conftest import post_named
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.inspections.card_import import CardImportDialog, Col
from ui.inspections.history_dialog import EditionViewDialog, HistoryDialog
from ui.inspections.item_dialog import ItemDialog
from ui.inspections.print_dialog import PrintKind, open_print
from ui.inspections.round_entry import EntryColumn, RoundEntryDialog, RoundEntryModel
from ui.inspections.round_models import ResultColumn
from ui.inspections.tab import InspectionsTab
from ui.issues.issue_model import IssueColumn
from ui.issues.tab import IssuesTab
from ui.roles import ROW_ROLE


@pytest.fixture
def context(services: Services, qtbot) -> AppContext:  # type: ignore[no-untyped-def]
    ctx = AppContext()
    ctx.set_services(services)
    log_in(ctx, "DH0008")  # 秦大伟
    return ctx


@pytest.fixture
def tab(context: AppContext, services: Services, qtbot) -> InspectionsTab:  # type: ignore[no-untyped-def]
    widget = InspectionsTab(context)
    qtbot.addWidget(widget)
    widget.set_services(services)
    widget.resize(1400, 900)
    widget.show()
    widget.select_post(post_named(services.inspections, "加药工"))
    return widget


def test_every_model_passes_qts_model_tester(tab: InspectionsTab, services: Services, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(tab.tree_model)
    qtmodeltester.check(tab.cards.set_model)
    qtmodeltester.check(tab.cards.items)
    tab.rounds.set_unit(services.org.units()[0])
    for model in (tab.rounds.matrix, tab.rounds.due, tab.rounds.rounds):
        qtmodeltester.check(model)
    tab.rounds.rounds_view.selectRow(0)
    qtmodeltester.check(tab.rounds.results)
    card = tab.cards.document
    assert card is not None and card.id is not None
    items = services.inspections.rounds.round_items(card.id, CheckLevel.STAFF, Frequency.DAILY)
    qtmodeltester.check(RoundEntryModel(items))


def test_the_post_shows_its_set_and_the_card_its_items(tab: InspectionsTab) -> None:
    cards = tab.cards
    assert cards.set_model.rowCount() == 8
    assert cards.document is not None and cards.document.type.name == "巡回检查表"
    assert cards.items.rowCount() == 31
    assert cards.items.item_at(0).content == "检查PAC计量泵运行声音和振动"


def test_dragging_rows_reorders_the_card(tab: InspectionsTab, services: Services) -> None:
    items = tab.cards.items
    first, second = items.item_at(0), items.item_at(1)
    data = items.mimeData([items.index(0, 0)])
    assert items.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, items.index(-1, -1)) is False
    assert [items.item_at(n).id for n in range(3)] == [second.id, items.item_at(1).id, first.id]
    assert items.item_at(2).id == first.id
    assert services.inspections.documents.items(first.document_id)[2].id == first.id
    assert tab.cards.document is not None and tab.cards.document.changed_since_release


def test_adding_an_item_through_its_form(tab: InspectionsTab, qtbot) -> None:  # type: ignore[no-untyped-def]
    cards = tab.cards
    cards.table.selectRow(0)

    def fill() -> None:
        dialog = cards.dialog
        assert isinstance(dialog, ItemDialog)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        ok.click()
        assert dialog.problem.isVisible()  # no content: refused, the form stays open
        dialog.content.setText("检查计量泵隔膜")
        ok.click()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(cards.add_button, Qt.MouseButton.LeftButton)
    assert cards.items.rowCount() == 32
    assert cards.items.item_at(1).content == "检查计量泵隔膜"  # after the selected item


def test_a_workbook_with_bad_rows_is_shown_not_imported(tab: InspectionsTab, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    book.active.append(["检查内容", "检查级别", "检查频次"])
    book.active.append(["检查搅拌机", "班长", "每日"])
    book.active.append(["", "员工", "每日"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    tab.cards.import_file(path)
    dialog = tab.cards.dialog
    assert isinstance(dialog, CardImportDialog)
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=5_000)  # columns found, nothing to decide
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5_000)
    assert dialog.model.rowCount() == 2 and not dialog.import_button.isEnabled()
    assert "班长" in dialog.model.index(0, Col.PROBLEMS).data() and dialog.model.index(1, Col.PROBLEMS).data()
    assert tab.cards.items.rowCount() == 31
    dialog.close()


def test_a_workshop_sheet_imports_with_readings_chosen_per_row(tab: InspectionsTab, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    sheet = book.active
    sheet.append(["加药间岗位巡检卡"])
    sheet.merge_cells("A1:D1")
    sheet.append(["设备名称", "检查项目", "标准要求", "判定方法"])
    sheet.append(["加药泵", "出口压力", "0.3～0.5MPa", "看压力表"])
    sheet.append([None, "轴承温度", "≤75℃", "测温枪"])
    sheet.append([None, "泵体", "无泄漏", "目视"])
    sheet.merge_cells("A3:A5")
    sheet.append(["注：本卡由岗位员工每班填写"])
    path = tmp_path / "workshop.xlsx"
    book.save(path)
    tab.cards.import_file(path)
    dialog = tab.cards.dialog
    assert isinstance(dialog, CardImportDialog)
    qtbot.waitUntil(lambda: dialog.mapping.table is not None, timeout=5_000)
    table = dialog.mapping.table
    assert table is not None and table.header_line == 2 and not table.unmapped
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5_000)
    assert dialog.plan is not None and len(dialog.plan.errors) == 6  # no level, no frequency in three rows
    assert not dialog.import_button.isEnabled()
    dialog.level.setCurrentIndex(dialog.level.findData(CheckLevel.STAFF))
    dialog.frequency.setCurrentIndex(dialog.frequency.findData(Frequency.DAILY))
    dialog.readings.setCurrentIndex(dialog.readings.findData(Readings.CHOSEN))
    dialog.plan = None
    dialog._on_readings()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=5_000)
    assert dialog.model.index(1, Col.EQUIPMENT).data() == "加药泵"  # filled from the merged cell, shown as such
    assert dialog.model.index(1, Col.EQUIPMENT).data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.model.index(0, Col.READING).data() and dialog.model.index(2, Col.READING).data() is None
    dialog.model.setData(
        dialog.model.index(1, Col.READING), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    items = tab.cards.items.items
    assert [(i.equipment, i.content, i.kind, i.lower, i.upper, i.unit) for i in items] == [
        ("加药泵", "出口压力", ItemKind.READING, 0.3, 0.5, "MPa"),
        ("加药泵", "轴承温度", ItemKind.PASS_FAIL, None, None, ""),  # its proposal was unticked
        ("加药泵", "泵体", ItemKind.PASS_FAIL, None, None, ""),
    ]
    assert items[0].method == "看压力表"


def test_versions_are_listed_viewed_and_printed(tab: InspectionsTab, services: Services, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tab.cards.history_button, Qt.MouseButton.LeftButton)
    history = tab.cards.dialog
    assert isinstance(history, HistoryDialog)
    assert history.editions.rowCount() == 2 and history.changes.rowCount() >= 7
    history.edition_view.selectRow(1)  # version 3.0
    qtbot.mouseClick(history.view_button, Qt.MouseButton.LeftButton)
    view = history.child
    assert isinstance(view, EditionViewDialog) and view.model.rowCount() == 27
    view.close()
    history.close()


@pytest.mark.parametrize(("kind", "pages"), [(PrintKind.CHECKLIST, 2), (PrintKind.BOARD, 1), (PrintKind.POCKET, 4)])
def test_prints_open_in_the_preview(
    tab: InspectionsTab, services: Services, kind: PrintKind, pages: int, qtbot
) -> None:  # type: ignore[no-untyped-def]
    card = tab.cards.document
    assert card is not None and card.id is not None
    preview = open_print(tab, services, kind, Source(card.id), "加药工巡回检查表", True, ask=False)
    assert preview is not None
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.task.finished, timeout=20_000):
        pass
    assert preview.pages.count() == pages and preview.save_button.isEnabled()
    preview.close()


def _type(qtbot, widget, keys: str) -> None:  # type: ignore[no-untyped-def]
    for key in keys:
        qtbot.keyClick(widget, key)


def _input_method(widget: QWidget, text: str) -> None:
    """Chinese arrives through the input method as committed text, not as key presses."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _commit(qtbot, view: QAbstractItemView, editor: QLineEdit) -> None:  # type: ignore[no-untyped-def]
    """Enter in a cell editor; the view closes it a moment later (as a person's next key would find it)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _editor(view: QWidget, name: str) -> QLineEdit:
    """The cell editor the view has open (old ones linger hidden until Qt deletes them)."""
    open_editors = [e for e in view.findChildren(QLineEdit, name) if e.isVisible()]
    assert len(open_editors) == 1, name
    return open_editors[0]


def test_a_paper_checklist_entered_by_keyboard_raises_an_issue_found_on_the_board(
    context: AppContext, tab: InspectionsTab, services: Services, qtbot
) -> None:  # type: ignore[no-untyped-def]
    board = IssuesTab(context)
    qtbot.addWidget(board)
    board.set_services(services)
    rounds = tab.rounds
    tab.pages.setCurrentWidget(rounds)
    zone = next(u for u in services.org.units() if u.name == "加药车间责任区")
    rounds.set_unit(zone)
    today = plant_today()
    row = next(
        n for n in range(rounds.due.rowCount())
        if (r := rounds.due.row_at(n)).group.post == "加药工" and r.group.document == "巡回检查表"
        and r.group.frequency is Frequency.DAILY and r.period_start == today
    )  # fmt: skip
    rounds.due_view.selectRow(row)
    qtbot.mouseClick(rounds.paper_button, Qt.MouseButton.LeftButton)
    dialog = rounds.dialog
    assert isinstance(dialog, RoundEntryDialog)
    view, model = dialog.view, dialog.model
    assert dialog.inspector.currentText() == "邹淑英"  # a paper checklist: filled in by one of the post's staff

    # Item 1 failed: F, say why, Enter moves on to item 2 (a reading: Enter asks for the value).
    qtbot.keyClick(view, Qt.Key.Key_F)
    editor = _editor(view, "noteEditor")
    _input_method(editor, "计量泵有异响")
    _commit(qtbot, view, editor)
    qtbot.waitUntil(lambda: view.current_row() == 1)
    for value in ("0.35", "20", "1.2"):  # items 2, 3 and 4 are readings within their limits
        qtbot.keyClick(view, Qt.Key.Key_Return)
        editor = _editor(view, "readingEditor")
        qtbot.keyClicks(editor, value)
        _commit(qtbot, view, editor)
    qtbot.waitUntil(lambda: view.current_row() == 4)
    # Digits jump: 9 is the free chlorine reading, 0.12 mg/L is below its limit.
    _type(qtbot, view, "9")
    assert view.current_row() == 8 and dialog.jump.text()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = _editor(view, "readingEditor")
    qtbot.keyClicks(editor, "0.12")
    _commit(qtbot, view, editor)
    qtbot.waitUntil(lambda: view.current_row() == 9)
    qtbot.keyClick(view, Qt.Key.Key_N)  # item 10 was not applicable
    _type(qtbot, view, "17")  # two digits make one number
    assert view.current_row() == 16
    assert model.index(0, EntryColumn.NOTE).data() == "计量泵有异响"
    assert [model.item_at(r).sequence for r in model.failed_rows()] == [1, 9]

    with qtbot.waitSignal(dialog.recorded, timeout=5_000) as recorded:
        qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    result = recorded.args[0]
    assert result.failed == 2 and len(result.issues) == 2
    assert rounds.notice.isVisible() and result.issues[0][1] in rounds.notice.text()

    # The round is first in the record; its failed items name their issues.
    rounds.rounds_view.selectRow(rounds.rounds.row_of(result.round_id))
    issue_cells = [rounds.results.index(n, ResultColumn.ISSUE).data() for n in range(rounds.results.rowCount())]
    assert sum(1 for cell in issue_cells if cell) == 2
    saved = rounds.rounds.row_at(rounds.rounds.row_of(result.round_id))
    assert saved.source is RoundSource.PAPER and saved.inspector == "邹淑英"
    # Double-clicking a failed item's issue asks for that issue on the board.
    first_failed = next(n for n, cell in enumerate(issue_cells) if cell)
    cell = rounds.results_view.visualRect(rounds.results.index(first_failed, ResultColumn.ISSUE)).center()
    viewport = rounds.results_view.viewport()
    with qtbot.waitSignal(context.issue_requested, timeout=5_000) as requested:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=cell)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=cell)
    assert requested.args[0] == rounds.results.row_at(first_failed).issue_id

    # On the issue board: the issue, and its links back to the item and the round.
    qtbot.mouseClick(board.table_button, Qt.MouseButton.LeftButton)
    issue_id: uuid.UUID = result.issues[0][0]
    qtbot.waitUntil(lambda: any(board.model.index(n, 0).data(ROW_ROLE).id == issue_id
                                for n in range(board.model.rowCount())), timeout=5_000)  # fmt: skip
    row = next(n for n in range(board.model.rowCount()) if board.model.index(n, 0).data(ROW_ROLE).id == issue_id)
    assert "计量泵" in board.model.index(row, IssueColumn.TITLE).data()
    board.table.selectRow(row)
    qtbot.waitUntil(lambda: board.detail.issue_id == issue_id, timeout=5_000)
    links = board.detail.links.text()
    assert "巡回检查表 第 1 项" in links and "邹淑英" in links


def test_a_round_at_the_pc_with_a_photo(
    context: AppContext, tab: InspectionsTab, services: Services, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    rounds = tab.rounds
    zone = next(u for u in services.org.units() if u.name == "取水车间责任区")
    rounds.set_unit(zone)
    row = next(n for n in range(rounds.due.rowCount()) if rounds.due.row_at(n).group.level is CheckLevel.OFFICER)
    rounds.due_view.selectRow(row)
    dialog = rounds.record(RoundSource.APP)
    assert isinstance(dialog, RoundEntryDialog)
    assert dialog.inspector.currentText() == "秦大伟"  # at the PC, the operator checks
    picture = tmp_path / "葫芦.png"
    Image.new("RGB", (2400, 1800), "white").save(picture)
    dialog.attach_photo(0, picture)
    assert dialog.model.index(0, EntryColumn.PHOTOS).data() == "1"
    with qtbot.waitSignal(dialog.recorded, timeout=5_000) as recorded:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    result = recorded.args[0]
    assert result.failed == 0 and rounds.notice.text()
    photos = services.inspections.rounds.results(result.round_id)[0].photos
    assert photos == 1
