"""The to-do dock: grouped lines with counts, the count in its title, shown after a login when anything waits,
a double-click that opens the issue, and a refresh when a change notice arrives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from gridapp.issues.rows import ReportDraft
from gridapp.services import Services
from gridapp.todo import ISSUE_KINDS, TodoKind, todo
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.todo.dock import TodoDock, install_todo
from ui.todo.model import ItemRole, TodoModel, kind_label


def _window(qtbot, services: Services) -> tuple[QMainWindow, AppContext, TodoDock]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    context = AppContext(window)
    context.set_services(services)
    dock = install_todo(window, context)
    window.resize(1000, 700)
    window.show()
    return window, context, dock


def test_the_model_passes_the_model_tester(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    model = TodoModel()
    model.set_todo(todo(services, services.security.accounts.login("DH0001", "Demo#2026").actor))
    assert model.rowCount() >= 2
    qtmodeltester.check(model)


def test_the_dock_lists_the_leaders_items_by_kind_and_opens_an_issue(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    _win, context, dock = _window(qtbot, services)
    assert dock.isHidden()  # nobody logged in
    log_in(context, "DH0001")
    assert not dock.isHidden()  # something waits: shown at once
    expected = todo(services, context.actor)
    model = dock.model
    assert model.total == len(expected) > 0
    assert dock.windowTitle() == f"My to-do ({len(expected)})"
    groups = {model.index(r, 0).data(): model.rowCount(model.index(r, 0)) for r in range(model.rowCount())}
    assert groups == {f"{kind_label(k)} ({n})": n for k, n in expected.counts.items()}
    row = model.kind_row(TodoKind.ASSIGN)
    first = model.index(0, 0, row)
    item = first.data(ItemRole)
    assert item.kind in ISSUE_KINDS and first.data() == f"{item.number} {item.title}"
    dock.view.scrollTo(first)
    rect = dock.view.visualRect(first)
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's press
    with qtbot.waitSignal(context.issue_requested) as asked:
        qtbot.mouseDClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [item.id]


def test_a_new_report_reaches_the_leaders_list_by_its_notice(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    _win, context, dock = _window(qtbot, services)
    log_in(context, "DH0001")
    before = dock.count
    unit = next(u.id for u in services.org.units() if u.code == "DH-W-01-1")
    staff = services.security.accounts.login("DH0013", "Demo#2026").actor
    ref = services.issues.report(staff, ReportDraft("二级泵房门锁损坏", unit, "production"))
    qtbot.waitUntil(lambda: dock.count > before, timeout=5_000)
    row = dock.model.kind_row(TodoKind.ASSIGN)
    ids = [dock.model.index(r, 0, row).data(ItemRole).id for r in range(dock.model.rowCount(row))]
    assert ref.id in ids
    assert dock.windowTitle() == f"My to-do ({dock.count})"


def test_a_staff_member_sees_none_of_the_plants_issues(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    _win, context, dock = _window(qtbot, services)
    log_in(context, "DH0030")
    assert all(item.kind not in ISSUE_KINDS for item in dock.todo_items())
    context.set_login(None)
    assert dock.isHidden() and dock.count == 0


def test_the_main_window_shows_the_to_do_first_after_a_login(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.context.set_services(services)
    window.show()
    log_in(window.context, "DH0001")
    assert not window.todo_dock.isHidden() and window.todo_dock.count > 0
    window.tabs.hide()  # locked: the plant's data hides, the to-do with it
    assert window.todo_dock.isHidden()
    window.tabs.show()
    assert not window.todo_dock.isHidden()
    window.change_poll.watch(None)
