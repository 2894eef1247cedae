"""The to-do dock: grouped lines with counts, the count in its title, shown after a login when anything waits (read
off the UI thread), a double-click that opens the issue, a refresh when a change notice arrives, and a long group's
"more" line that opens exactly that group on the issue board."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

import gridapp.todo
from gridapp.issues.rows import IssueFilter, ReportDraft
from gridapp.services import Services
from gridapp.todo import ISSUE_KINDS, TodoKind, group_states, todo
from tests.session_helpers import log_in
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.todo.dock import TodoDock, install_todo
from ui.todo.model import ItemRole, MoreRole, TodoModel, kind_label


def _window(qtbot, services: Services) -> tuple[QMainWindow, AppContext, TodoDock]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    context = AppContext(window)
    context.set_services(services)
    dock = install_todo(window, context)
    window.resize(1000, 700)
    window.show()
    return window, context, dock


def _logged_in(qtbot, context: AppContext, dock: TodoDock, login: str) -> None:  # type: ignore[no-untyped-def]
    """Log in and wait for the to-do, read in the background."""
    with qtbot.waitSignal(dock.refreshed, timeout=10_000):
        log_in(context, login)
    qtbot.waitUntil(lambda: not dock.busy, timeout=10_000)


def test_the_model_passes_the_model_tester(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    model = TodoModel()
    model.set_todo(todo(services, services.security.accounts.login("DH0001", "Demo#2026").actor))
    assert model.rowCount() >= 2
    qtmodeltester.check(model)


def test_the_dock_lists_the_leaders_items_by_kind_and_opens_an_issue(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    _win, context, dock = _window(qtbot, services)
    assert dock.isHidden()  # nobody logged in
    _logged_in(qtbot, context, dock, "DH0001")
    assert not dock.isHidden()  # something waits: shown as soon as it is read
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
    _logged_in(qtbot, context, dock, "DH0001")
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
    _logged_in(qtbot, context, dock, "DH0030")
    assert all(item.kind not in ISSUE_KINDS for item in dock.todo_items())
    context.set_login(None)
    qtbot.waitUntil(lambda: not dock.busy and dock.count == 0, timeout=10_000)
    assert dock.isHidden()


def test_the_main_window_shows_the_to_do_first_after_a_login(qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.context.set_services(services)
    window.show()
    _logged_in(qtbot, window.context, window.todo_dock, "DH0001")
    assert not window.todo_dock.isHidden() and window.todo_dock.count > 0
    window.tabs.hide()  # locked: the plant's data hides, the to-do with it
    assert window.todo_dock.isHidden()
    window.tabs.show()
    assert not window.todo_dock.isHidden()
    window.change_poll.watch(None)


def _report_many(services: Services, n: int) -> None:
    unit = next(u.id for u in services.org.units() if u.code == "DH-W-01-1")
    staff = services.security.accounts.login("DH0013", "Demo#2026").actor
    for i in range(n):
        services.issues.report(staff, ReportDraft(f"巡检发现阀门渗漏 {i}", unit, "production"))


def test_a_long_group_shows_its_first_lines_and_a_more_line_that_opens_exactly_it_on_the_board(
    qtbot, services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(gridapp.todo, "FIRST", 3)  # the dock's lines per group
    _report_many(services, 5)
    window = MainWindow()
    qtbot.addWidget(window)
    window.context.set_services(services)
    window.resize(1280, 800)
    window.show()
    dock = window.todo_dock
    _logged_in(qtbot, window.context, dock, "DH0001")
    actor = window.context.actor
    assert actor is not None
    everything = todo(services, actor)  # every item, as before the dock listed only the first
    waiting = [i for i in everything.items if i.kind is TodoKind.ASSIGN]
    assert len(waiting) >= 5
    model = dock.model
    assert model.total == len(everything) == dock.count  # the title counts everything, not the lines listed
    assert dock.windowTitle() == f"My to-do ({len(everything)})"
    group = model.kind_row(TodoKind.ASSIGN)
    assert group.data() == f"{kind_label(TodoKind.ASSIGN)} ({len(waiting)})"  # the true count
    assert model.rowCount(group) == 3 + 1
    listed = [model.index(r, 0, group).data(ItemRole) for r in range(3)]
    assert [i.id for i in listed] == [i.id for i in waiting[:3]]  # the most urgent first
    more = model.more_row(TodoKind.ASSIGN)
    assert more.data(MoreRole) == TodoKind.ASSIGN and more.data(ItemRole) is None
    assert more.data() == f"{len(waiting) - 3} more… show them on the issue board"
    dock.view.scrollTo(more)
    rect = dock.view.visualRect(more)
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dock.board_requested) as asked:
        qtbot.mouseDClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    where = asked.args[0]
    assert where == IssueFilter(states=group_states(TodoKind.ASSIGN), todo_group=(actor.person_id, "assign"))
    tab = window.issues_tab.build()
    assert window.tabs.currentWidget() is window.issues_tab
    assert tab.filters.current().todo_group == (actor.person_id, "assign")
    assert not tab.filters.todo_group.isHidden() and kind_label(TodoKind.ASSIGN) in tab.filters.todo_group.text()
    board = services.issues.board(tab.filters.current(), per_state=100)
    shown = {row.id for page in board.pages.values() for row in page}
    assert shown == {i.id for i in waiting}  # exactly the group: the listed lines and the rest
    assert sum(board.counts.values()) == len(waiting)
    tab.filters.todo_group.click()  # back to every issue
    assert tab.filters.current().todo_group is None and tab.filters.todo_group.isHidden()
    tab.show_filtered(where)
    assert tab.filters.current().todo_group is not None
    window.context.set_login(None)  # logged out: nobody's to-do group stays on the board
    assert tab.filters.current().todo_group is None and tab.filters.todo_group.isHidden()
    window.change_poll.watch(None)


def test_the_model_with_more_lines_passes_the_model_tester(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    _report_many(services, 4)
    model = TodoModel()
    model.set_todo(todo(services, services.security.accounts.login("DH0001", "Demo#2026").actor, first=2))
    assert model.more_row(TodoKind.ASSIGN).isValid()
    qtmodeltester.check(model)


def test_the_dock_reads_the_to_do_off_the_ui_thread(qtbot, services: Services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    threads = []
    read = gridapp.todo.todo

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return read(*args, **kwargs)

    monkeypatch.setattr(gridapp.todo, "todo", spy)
    _win, context, dock = _window(qtbot, services)
    _logged_in(qtbot, context, dock, "DH0001")
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert dock.count > 0


def test_a_capped_count_reads_at_least(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt
    import uuid

    from gridapp.issues.rows import Count
    from gridapp.todo import Todo, TodoItem

    due = dt.datetime(2026, 11, 30, 8, tzinfo=dt.UTC)
    items = tuple(TodoItem(TodoKind.ASSIGN, uuid.uuid4(), f"2026-{n}", "泵房漏水", "第1班", due, False) for n in (1, 2))
    found = Todo(items, {TodoKind.ASSIGN: Count(10_000, more=True)})
    assert len(found) == 10_000 and found.capped and found.hidden(TodoKind.ASSIGN) == 9_998
    model = TodoModel()
    model.set_todo(found)
    assert model.index(0, 0).data() == f"{kind_label(TodoKind.ASSIGN)} (10,000+)"
    assert model.more_row(TodoKind.ASSIGN).data() == "9,998+ more… show them on the issue board"
    qtmodeltester.check(model)
