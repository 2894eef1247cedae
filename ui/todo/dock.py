"""The to-do dock: the items grouped by kind with their true counts, the total in its title, shown first after a
login when anything waits; a double-click (or Enter) opens the item. A long group lists its most urgent issues and a
last line "N more…" that opens the whole group on the issue board. It reads the to-do off the UI thread (ui.tasks)
on the change notices of what it lists and once a minute, so overdue lines turn red as the clock passes their
deadline, and the window never waits for it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QDockWidget, QHeaderView, QMainWindow, QToolBar, QTreeView, QWidget

from ui.tasks import Task

if TYPE_CHECKING:
    from gridapp.actor import Actor
    from gridapp.changes import Notice
    from gridapp.issues.rows import IssueFilter
    from gridapp.services import Services
    from gridapp.todo import Todo, TodoItem
    from ui.context import AppContext
    from ui.todo.model import TodoModel

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
SETTLE_MS = 300  # a burst of notices (a task's many writes) refreshes once
CLOCK_MS = 60_000


def _read(services: Services, actor: Actor) -> Todo:
    from gridapp.todo import FIRST, todo

    return todo(services, actor, first=FIRST)


class TodoDock(QDockWidget):
    refreshed = Signal()  # a to-do read has been shown
    board_requested = Signal(object)  # IssueFilter: a group's "more" line asked for the whole group on the board

    def __init__(
        self,
        context: AppContext,
        open_other: Callable[[TodoItem], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todoDock")
        self._context = context
        self._open_other = open_other
        self._veiled = False
        self._todo: Todo | None = None
        self._task: Task | None = None  # the read under way: one at a time
        self._pending = False  # asked again while it ran: read once more after it
        self._reveal = False  # after a login: show the dock when the read finds anything
        self._model: TodoModel | None = None  # built with the first to-do: the window opens without SQLAlchemy
        self.view = QTreeView()
        self.view.setObjectName("todoView")
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._on_view_activated)  # a double-click, or Enter
        self.setWidget(self.view)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self.refresh)
        self._show_title(None)
        context.noticed.connect(self._on_context_noticed)
        context.operator_changed.connect(self._on_context_operator_changed)
        context.services_changed.connect(lambda _services: self.refresh())

    @property
    def model(self) -> TodoModel:
        if self._model is None:
            from ui.todo.model import TodoModel

            self._model = TodoModel(self)
            self.view.setModel(self._model)
            header = self.view.header()  # the sections exist once the model is set
            header.setStretchLastSection(False)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            self.view.setColumnWidth(1, 84)  # the unit, elided (its whole name in the tooltip); the item comes first
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            header.setResizeContentsPrecision(200)  # the due column's width from the first rows, not all thousands
        return self._model

    def todo_items(self) -> tuple[TodoItem, ...]:
        return self._todo.items if self._todo is not None else ()

    @property
    def count(self) -> int:
        return len(self._todo) if self._todo is not None else 0

    @property
    def busy(self) -> bool:
        """A read is under way (tests and the bench wait for ``refreshed``)."""
        return self._task is not None

    @Slot()
    def refresh(self) -> None:
        """Read the to-do again, off the UI thread; shown when it arrives."""
        if self._task is not None:
            self._pending = True
            return
        services, actor = self._context.services, self._context.actor
        if services is None or actor is None:
            from gridapp.todo import Todo

            self._show(Todo(()))
            return
        task = Task(lambda _progress: _read(services, actor), name="to-do", parent=self)
        task.succeeded.connect(self._on_task_succeeded)
        task.failed.connect(self._on_task_failed)
        task.finished.connect(self._on_task_finished)
        self._task = task.start()

    @Slot(object)
    def _on_task_succeeded(self, found: Todo) -> None:
        if not self._pending:  # else a newer read follows (the person or the data changed meanwhile)
            self._show(found)

    @Slot(object)
    def _on_task_failed(self, error: BaseException) -> None:
        # Read again at the next notice or minute; meanwhile the dock says so rather than showing stale lines.
        log.error("the to-do could not be read: %s", error)
        self.setWindowTitle(translate("Todo", "My to-do (not read: {0})").format(error))
        self.refreshed.emit()

    @Slot()
    def _on_task_finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.deleteLater()
        if self._pending:
            self._pending = False
            self.refresh()

    def _show(self, found: Todo) -> None:
        self._todo = found
        self.model.set_todo(found)
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)  # a group's name and count, not cut
            group = self.model.index(row, 0)
            if self.model.more_kind(self.model.index(self.model.rowCount(group) - 1, 0, group)) is not None:
                self.view.setFirstColumnSpanned(self.model.rowCount(group) - 1, group, True)  # "N more…" whole
        self.view.expandAll()
        self._show_title(found)
        if self._reveal:
            self._reveal = False
            if self.count:
                self.show()
                self.raise_()
            else:
                self.hide()
        self.refreshed.emit()

    def _show_title(self, found: Todo | None) -> None:
        if found is None:  # the window's first title: nothing read yet, and no SQLAlchemy imported for it
            shown = "0"
        else:
            from ui.todo.model import count_text

            shown = f"{len(found):,}+" if found.capped else count_text(len(found))
        self.setWindowTitle(translate("Todo", "My to-do ({0})").format(shown))

    @Slot(object)
    def _on_context_noticed(self, notice: Notice) -> None:
        from gridapp.changes import InspectionsChanged, IssuesChanged, OrganisationChanged, ScoringChanged

        # Organisation too: who holds which role decides who assigns, verifies and confirms.
        listed = (IssuesChanged, InspectionsChanged, ScoringChanged, OrganisationChanged)
        if isinstance(notice, listed) and self._context.actor is not None:
            self._settle.start()

    @Slot(object)
    def _on_context_operator_changed(self, actor: object) -> None:
        """Someone logged in (or out): their to-do, shown first when anything waits for them (once it is read)."""
        if actor is None:
            self._reveal = False
            self._clock.stop()
            self.refresh()
            self.hide()
            return
        self._reveal = True
        self._clock.start()
        self.refresh()

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        from gridapp.todo import ISSUE_KINDS

        more = self.model.more_kind(index)
        actor = self._context.actor
        if more is not None and actor is not None and actor.person_id is not None:
            self.board_requested.emit(self.group_filter(actor.person_id, more.value))
            return
        item = self.model.item(index)
        if item is None:
            return
        if item.kind in ISSUE_KINDS:
            self._context.show_issue(item.id)
        elif self._open_other is not None:
            self._open_other(item)

    @staticmethod
    def group_filter(person: object, kind: str) -> IssueFilter:
        """Every issue of the person's to-do group ``kind``, as the board's filter."""
        from gridapp.issues.rows import IssueFilter
        from gridapp.todo import TodoKind, group_states

        # With the group's states (its columns: the board counts and pages only those).
        return IssueFilter(states=group_states(TodoKind(kind)), todo_group=(person, kind))  # type: ignore[arg-type]

    # While the window is locked the plant's data hides (ui/session/flow.py hides the tabs): so does the to-do.

    def veil(self) -> None:
        self._veiled = not self.isHidden()
        self.hide()

    def unveil(self) -> None:
        if self._veiled:
            self.show()
        self._veiled = False


class _FollowContent(QObject):
    """Hides the dock whenever the tabs are hidden (before a login, while locked) and brings it back after."""

    def __init__(self, dock: TodoDock, content: QWidget) -> None:
        super().__init__(dock)
        self._dock = dock
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.HideToParent:
            self._dock.veil()
        elif event.type() == QEvent.Type.ShowToParent:
            self._dock.unveil()
        return False


def install_todo(window: QMainWindow, context: AppContext) -> TodoDock:
    """The to-do dock on the window's left, hidden until someone logs in; its toggle sits on the issues toolbar."""

    def open_other(item: TodoItem) -> None:
        from gridapp.todo import TodoKind

        # Rounds and points have no item view of their own to jump to: their tab opens.
        tab = getattr(window, "inspections_tab" if item.kind is TodoKind.ROUND else "scoring_tab", None)
        tabs = getattr(window, "tabs", None)
        if tab is not None and tabs is not None:
            tabs.setCurrentWidget(tab)

    def open_board(where: IssueFilter) -> None:
        """The issue board, built if not yet (a lazy tab), filtered to the group (ui.issues.tab.show_filtered)."""
        lazy, tabs = getattr(window, "issues_tab", None), getattr(window, "tabs", None)
        tab = lazy.build() if hasattr(lazy, "build") else lazy
        if tab is not None and tabs is not None:
            tabs.setCurrentWidget(lazy)
            tab.show_filtered(where)

    dock = TodoDock(context, open_other, window)
    dock.board_requested.connect(open_board)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resizeDocks([dock], [320], Qt.Orientation.Horizontal)  # the number and title of an issue readable
    dock.hide()
    toolbar = window.findChild(QToolBar, "issuesToolbar")
    if toolbar is not None:
        toolbar.addAction(dock.toggleViewAction())
    content = getattr(window, "tabs", None)
    if content is not None:
        _FollowContent(dock, content)
    return dock
