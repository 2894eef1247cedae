"""The to-do dock: the items grouped by kind with their counts, the total in its title, shown first after a login
when anything waits; a double-click opens the item. It refreshes on the change notices of what it lists and once a
minute, so overdue lines turn red as the clock passes their deadline."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDockWidget, QHeaderView, QMainWindow, QToolBar, QTreeView, QWidget

if TYPE_CHECKING:
    from gridapp.changes import Notice
    from gridapp.todo import Todo, TodoItem
    from ui.context import AppContext
    from ui.todo.model import TodoModel

translate = QCoreApplication.translate
SETTLE_MS = 300  # a burst of notices (a task's many writes) refreshes once
CLOCK_MS = 60_000


class TodoDock(QDockWidget):
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
        self._model: TodoModel | None = None  # built with the first to-do: the window opens without SQLAlchemy
        self.view = QTreeView()
        self.view.setObjectName("todoView")
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.setWidget(self.view)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.refresh)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self.refresh)
        self._show_title(0)
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

    @Slot()
    def refresh(self) -> None:
        from gridapp.todo import Todo, todo

        services, actor = self._context.services, self._context.actor
        self._todo = todo(services, actor) if services is not None and actor is not None else Todo(())
        self.model.set_todo(self._todo)
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)  # a group's name and count, not cut
        self.view.expandAll()
        self._show_title(len(self._todo))

    def _show_title(self, count: int) -> None:
        self.setWindowTitle(translate("Todo", "My to-do ({0})").format(count))

    @Slot(object)
    def _on_context_noticed(self, notice: Notice) -> None:
        from gridapp.changes import InspectionsChanged, IssuesChanged, OrganisationChanged, ScoringChanged

        # Organisation too: who holds which role decides who assigns, verifies and confirms.
        listed = (IssuesChanged, InspectionsChanged, ScoringChanged, OrganisationChanged)
        if isinstance(notice, listed) and self._context.actor is not None:
            self._settle.start()

    @Slot(object)
    def _on_context_operator_changed(self, actor: object) -> None:
        """Someone logged in (or out): their to-do, shown first when anything waits for them."""
        self.refresh()
        if actor is None:
            self._clock.stop()
            self.hide()
            return
        self._clock.start()
        if self.count:
            self.show()
            self.raise_()
        else:
            self.hide()

    @Slot(QModelIndex)
    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        from gridapp.todo import ISSUE_KINDS

        item = self.model.item(index)
        if item is None:
            return
        if item.kind in ISSUE_KINDS:
            self._context.show_issue(item.id)
        elif self._open_other is not None:
            self._open_other(item)

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

    dock = TodoDock(context, open_other, window)
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
