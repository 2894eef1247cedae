"""A tab that imports and builds its content the first time it is shown, once the database is open.

The window appears before any tab's modules are imported; the organisation tab, shown first, is built when the
database is open, and the issue board, the inspection cards and the score dashboards (their modules, models and
dialogs) when someone first opens them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.widgets import EmptyState

if TYPE_CHECKING:
    from ui.context import AppContext


class LazyTab(QWidget):
    def __init__(
        self, context: AppContext, build: Callable[[AppContext], QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._build = build
        self.content: QWidget | None = None
        self.empty = EmptyState(self.tr("Opening the database…"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        context.services_changed.connect(self._on_context_services_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.build()

    def build(self) -> QWidget | None:
        """The content, built now if the database is open and it is not built yet."""
        if self.content is None and self._context.services is not None:
            self.content = self._build(self._context)
            self.stack.addWidget(self.content)
            self.stack.setCurrentWidget(self.content)
        return self.content

    def _on_context_services_changed(self, services: object) -> None:
        if self.isVisible():
            self.build()
