"""The inspection cards tab (检查点项卡): the organisation's units and posts on the left; on the right a post's book,
cards and tables, and a unit's rounds (schedule, done-vs-due matrix, recording, the record)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gridapp.inspections.rows import PostRow
from ui.inspections.cards_page import CardsPage
from ui.inspections.post_tree_model import PostTreeModel
from ui.inspections.rounds_page import RoundsPage
from ui.widgets import EmptyState

if TYPE_CHECKING:
    from gridapp.services import Services
    from ui.context import AppContext


class InspectionsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._services: Services | None = None
        self.tree_model = PostTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("postTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        self.cards = CardsPage(context)
        self.rounds = RoundsPage(context)
        self.pages = QTabWidget()
        self.pages.setObjectName("inspectionPages")
        self.pages.addTab(self.cards, self.tr("Book, cards and tables"))
        self.pages.addTab(self.rounds, self.tr("Rounds"))
        # Never squeezed to a sliver by a wide page beside it: its names are what one chooses by.
        self.tree.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * 12)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 1000])
        self.empty = EmptyState(self.tr("Opening the database…"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)
        context.services_changed.connect(self.set_services)
        context.noticed.connect(self._on_context_noticed)
        self.set_services(context.services)

    @Slot(object)
    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.refresh()

    def refresh(self) -> None:
        services = self._services
        if services is None or services.org.is_empty():
            self.tree_model.set_tree([], [])
            self.empty.set_text(
                self.tr("No plant yet") if services else self.tr("Opening the database…"),
                self.tr("Load the demo plant from the File menu, or build the organisation first.") if services else "",
            )
            self.stack.setCurrentWidget(self.empty)
            self.cards.set_post(None)
            self.rounds.set_unit(None)
            return
        current = self.tree_model.post_at(self.tree.currentIndex())
        self.tree_model.set_tree(services.org.units(), services.inspections.documents.posts())
        self.stack.setCurrentIndex(1)
        self.tree.expandAll()
        index = self.tree_model.index_of_post(current.id) if current else self.tree_model.index(0, 0)
        if not index.isValid():
            index = self.tree_model.index(0, 0)
        self.tree.setCurrentIndex(index)

    def show_round(self, round_id: uuid.UUID, item_id: uuid.UUID | None = None) -> None:
        """Choose the round's post in the tree and show the round, its item chosen (an issue's link back)."""
        place = self._services.inspections.rounds.round_place(round_id) if self._services else None
        if place is None:
            return
        index = self.tree_model.index_of_post(place[0])
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.pages.setCurrentWidget(self.rounds)
        self.rounds.show_round(round_id, item_id)

    def select_post(self, post: PostRow) -> None:
        self.tree.setCurrentIndex(self.tree_model.index_of_post(post.id))

    @Slot(object)
    def _on_context_noticed(self, notice: object) -> None:
        from gridapp.changes import InspectionsChanged, IssuesChanged, OrganisationChanged

        if isinstance(notice, OrganisationChanged):
            self.refresh()
        elif isinstance(notice, (InspectionsChanged, IssuesChanged)) and self._services is not None:
            self.rounds.refresh()  # a round recorded, or the issue of a failed item moved on

    @Slot(QItemSelection, QItemSelection)
    def _on_tree_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        post = self.tree_model.post_at(indexes[0])
        unit = self.tree_model.unit_at(indexes[0])
        if post is not None:
            self.cards.set_post(post)
        self.rounds.set_unit(unit)
