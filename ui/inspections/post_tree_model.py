"""The organisation tree with each unit's posts under it: choose a post for its documents, a unit for its rounds."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from gridapp.inspections.rows import PostRow
from gridapp.org.rows import UnitRow
from ui.roles import ROW_ROLE
from ui.tree_model import NodeTreeModel, TreeNode

Index = QModelIndex | QPersistentModelIndex


class _Node(TreeNode):
    __slots__ = ("post", "unit")

    def __init__(self, unit: UnitRow | None, post: PostRow | None) -> None:
        super().__init__()
        self.unit = unit
        self.post = post


class PostTreeModel(NodeTreeModel):
    """One column: units (bold) and their posts; ROW_ROLE gives the UnitRow or the PostRow."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_Node(None, None), parent)
        self._units: dict[uuid.UUID, _Node] = {}
        self._posts: dict[uuid.UUID, _Node] = {}

    def set_tree(self, units: Iterable[UnitRow], posts: Iterable[PostRow]) -> None:
        """``units`` lists parents before children; each post goes under its unit, after the unit's sub-units."""
        self.beginResetModel()
        self._root = _Node(None, None)
        self._units, self._posts = {}, {}
        for unit in units:
            parent = self._units.get(unit.parent_id) if unit.parent_id else None
            node = _Node(unit, None)
            (parent or self._root).adopt(node)
            self._units[unit.id] = node
        for post in posts:
            owner = self._units.get(post.unit_id)
            if owner is None:
                continue
            node = _Node(None, post)
            owner.adopt(node)
            self._posts[post.id] = node
        self.endResetModel()

    def index_of_post(self, post_id: uuid.UUID) -> QModelIndex:
        return self.index_of_node(self._posts.get(post_id))

    def index_of_unit(self, unit_id: uuid.UUID) -> QModelIndex:
        return self.index_of_node(self._units.get(unit_id))

    def post_at(self, index: Index) -> PostRow | None:
        return self._node(index).post if index.isValid() else None

    def unit_at(self, index: Index) -> UnitRow | None:
        """The unit of the row: the unit itself, or the unit a post belongs to."""
        if not index.isValid():
            return None
        node = self._node(index)
        if node.post is not None:
            node = node.parent  # type: ignore[assignment]
        return node.unit

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == ROW_ROLE:
            return node.post or node.unit
        if role == Qt.ItemDataRole.DisplayRole:
            return node.post.name if node.post else node.unit.name if node.unit else ""
        if role == Qt.ItemDataRole.ToolTipRole and node.post is not None:
            return self.tr("Post {0} of {1}").format(node.post.name, node.post.unit)
        if role == Qt.ItemDataRole.FontRole and node.unit is not None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return self.tr("Units and posts")
        return None
