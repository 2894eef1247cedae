"""The inspection cards tab: an honest empty state until the inspection cards are built."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.widgets import EmptyState


class InspectionsTab(EmptyState):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Inspection cards"),
            self.tr(
                "The book, four cards and three tables of each post, the daily, weekly and monthly rounds, and "
                "printed checklists, pocket cards and display boards will live here. This tab is not built yet."
            ),
            parent,
        )
