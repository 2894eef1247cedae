"""The score dashboards tab: an honest empty state until the score dashboards are built."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.widgets import EmptyState


class ScoringTab(EmptyState):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Score dashboards"),
            self.tr(
                "Point rules, monthly points tables, star members and quarterly rankings will live here. "
                "This tab is not built yet."
            ),
            parent,
        )
