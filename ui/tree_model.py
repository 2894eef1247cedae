"""The plumbing every tree model over plain Python nodes shares: nodes, index, parent and row counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


class TreeNode:
    """A node knows its parent, its children and its row among its siblings; subclasses add what they show."""

    __slots__ = ("children", "parent", "row")

    def __init__(self, parent: TreeNode | None = None) -> None:
        self.parent = parent
        self.children: list[Any] = []
        self.row = 0

    def adopt(self, child: TreeNode) -> None:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)


class NodeTreeModel(QAbstractItemModel):
    """Subclasses keep their nodes alive under ``self._root`` and add columnCount, data and headerData."""

    def __init__(self, root: TreeNode, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = root

    def _node(self, index: Index) -> Any:
        if not index.isValid():
            return self._root
        node = index.internalPointer()
        assert isinstance(node, TreeNode)
        return node

    def index_of_node(self, node: TreeNode | None) -> QModelIndex:
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        return self.index_of_node(self._node(child).parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)
