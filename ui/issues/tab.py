"""The issue board tab: an honest empty state until the issue board is built."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.widgets import EmptyState


class IssuesTab(EmptyState):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Issue board"),
            self.tr(
                "Quick reports, point-to-point assignment, the 8-hour feedback clock, escalation and verified "
                "closure will live here. This tab is not built yet."
            ),
            parent,
        )
