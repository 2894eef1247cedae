"""The organisation tree as a Qt item model, built from the flat unit rows the organisation service returns."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from gridapp.org.rows import UnitRow
from ui.org.labels import unit_kind_label
from ui.roles import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class UnitColumn(enum.IntEnum):
    NAME = 0
    KIND = 1
    PEOPLE = 2
    PARTY_MEMBERS = 3


class _Node:
    __slots__ = ("children", "parent", "row", "unit")

    def __init__(self, unit: UnitRow | None, parent: _Node | None) -> None:
        self.unit = unit
        self.parent = parent
        self.children: list[_Node] = []
        self.row = 0


class UnitTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None)
        self._by_id: dict[uuid.UUID, _Node] = {}

    def set_units(self, units: Iterable[UnitRow]) -> None:
        """Replace the tree; ``units`` lists parents before their children."""
        self.beginResetModel()
        self._root = _Node(None, None)
        self._by_id = {}
        for unit in units:
            parent = self._by_id.get(unit.parent_id) if unit.parent_id else None
            node = _Node(unit, parent or self._root)
            node.row = len(node.parent.children)  # type: ignore[union-attr]
            node.parent.children.append(node)  # type: ignore[union-attr]
            self._by_id[unit.id] = node
        self.endResetModel()

    def index_of(self, unit_id: uuid.UUID) -> QModelIndex:
        node = self._by_id.get(unit_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def unit_at(self, index: Index) -> UnitRow | None:
        node = self._node(index)
        return node.unit if node is not self._root else None

    def _node(self, index: Index) -> _Node:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, _Node)
        return node

    # Qt's interface

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent = self._node(child).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(UnitColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self._node(index).unit
        assert unit is not None
        column = UnitColumn(index.column())
        if role == ROW_ROLE:
            return unit
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == UnitColumn.NAME:
                return unit.name
            if column == UnitColumn.KIND:
                return unit_kind_label(unit.kind) if role == Qt.ItemDataRole.DisplayRole else unit.kind.value
            if column == UnitColumn.PEOPLE:
                return unit.people
            return unit.party_members
        if role == Qt.ItemDataRole.ToolTipRole and column == UnitColumn.NAME:
            return self.tr("Code: {0}").format(unit.code)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (UnitColumn.PEOPLE, UnitColumn.PARTY_MEMBERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            UnitColumn.NAME: self.tr("Unit"),
            UnitColumn.KIND: self.tr("Kind"),
            UnitColumn.PEOPLE: self.tr("People"),
            UnitColumn.PARTY_MEMBERS: self.tr("Party members"),
        }[UnitColumn(section)]
