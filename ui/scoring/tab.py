"""The score dashboards tab: a light shell that builds the dashboards the first time it is shown.

Start-up constructs every tab; importing and building the dashboards (eight pages, their models and dialogs) is left
until someone opens this tab, so the window appears and the organisation shows without waiting for scores.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.widgets import EmptyState

if TYPE_CHECKING:
    from ui.scoring.board import ScoringBoard


class ScoringTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.board: ScoringBoard | None = None
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

    def build(self) -> ScoringBoard | None:
        """The dashboards, built now if the database is open and they are not built yet."""
        if self.board is None and self._context.services is not None:
            from ui.scoring.board import ScoringBoard

            self.board = ScoringBoard(self._context)
            self.stack.addWidget(self.board)
            self.stack.setCurrentWidget(self.board)
            self.board.set_services(self._context.services)
        return self.board

    def _on_context_services_changed(self, services: object) -> None:
        if self.isVisible():
            self.build()
