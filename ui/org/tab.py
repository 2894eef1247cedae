"""The organisation tab: the unit tree beside the people of the selected unit."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.org.labels import unit_kind_label
from ui.org.people_model import PeopleTableModel, PersonColumn
from ui.org.unit_tree_model import UnitColumn, UnitTreeModel
from ui.widgets import EmptyState

if TYPE_CHECKING:
    from gridapp.services import Services
    from ui.context import AppContext


class OrgTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._services: Services | None = None
        self.units = UnitTreeModel(self)
        self.people = PeopleTableModel(self)

        self.tree = QTreeView()
        self.tree.setObjectName("unitTree")
        self.tree.setModel(self.units)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(UnitColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (UnitColumn.KIND, UnitColumn.PEOPLE, UnitColumn.PARTY_MEMBERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)

        self.unit_header = QLabel()
        self.unit_header.setObjectName("unitHeader")
        self.unit_header.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.people)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PersonColumn.EMPLOYEE_NO, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.unit_header)
        right_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.empty = EmptyState(self.tr("Opening the database…"), "")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)
        context.services_changed.connect(self.set_services)
        context.data_changed.connect(self._on_context_data_changed)

    @Slot(object)
    def set_services(self, services: Services | None) -> None:
        self._services = services
        self.people.set_service(services.org if services else None)
        self.refresh()

    def refresh(self) -> None:
        if self._services is None:
            self.units.set_units([])
            self.stack.setCurrentWidget(self.empty)
            return
        units = self._services.org.units()
        self.units.set_units(units)
        if not units:
            self.empty.set_text(
                self.tr("No plant yet"),
                self.tr("The database holds no units. Load the demo plant from the File menu to look around."),
            )
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(1)
        self.tree.expandToDepth(1)
        self.tree.setCurrentIndex(self.units.index(0, 0))

    @Slot(str)
    def _on_context_data_changed(self, capability: str) -> None:
        if capability == "org":
            self.refresh()

    @Slot(QItemSelection, QItemSelection)
    def _on_tree_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        unit = self.units.unit_at(indexes[0]) if indexes else None
        self.people.set_unit(unit.id if unit else None)
        if unit is None:
            self.unit_header.clear()
            return
        self.unit_header.setText(
            self.tr("<b>{0}</b> &nbsp; {1} · code {2} · {3} people, {4} party members").format(
                html.escape(unit.name),
                unit_kind_label(unit.kind),
                html.escape(unit.code),
                unit.people,
                unit.party_members,
            )
        )
