"""The organisation tree as a Qt item model, built from the flat unit rows the organisation service returns.

Units are dragged within the tree to move them, and people dragged from the people table onto a unit; the model
only reports the drop (``unit_dropped`` / ``people_dropped``), the tab makes the change through its undo stack.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from gridapp.org.kinds import UnitKind
from gridapp.org.rows import UnitRow
from ui.org.labels import unit_kind_label, warning_text
from ui.roles import ROW_ROLE, SORT_ROLE
from ui.tree_model import NodeTreeModel, TreeNode

Index = QModelIndex | QPersistentModelIndex
UNIT_MIME = "application/x-gridapp-unit"
PEOPLE_MIME = "application/x-gridapp-people"


class UnitColumn(enum.IntEnum):
    NAME = 0
    KIND = 1
    PEOPLE = 2
    PARTY_MEMBERS = 3


class _Node(TreeNode):
    __slots__ = ("unit",)

    def __init__(self, unit: UnitRow | None) -> None:
        super().__init__()
        self.unit = unit


def encode_ids(ids: Iterable[uuid.UUID]) -> QByteArray:
    return QByteArray("\n".join(str(i) for i in ids).encode("ascii"))


def decode_ids(data: QByteArray) -> list[uuid.UUID]:
    text = bytes(data.data()).decode("ascii", errors="ignore")
    found = []
    for line in text.splitlines():
        try:
            found.append(uuid.UUID(line.strip()))
        except ValueError:
            continue
    return found


class UnitTreeModel(NodeTreeModel):
    unit_dropped = Signal(object, object, int)  # unit id, new parent id, position among the new siblings
    people_dropped = Signal(list, object)  # person ids, unit id

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_Node(None), parent)
        self._by_id: dict[uuid.UUID, _Node] = {}
        self._warning_icon: Any = None

    def set_units(self, units: Iterable[UnitRow]) -> None:
        """Replace the tree; ``units`` lists parents before their children."""
        self.beginResetModel()
        self._root = _Node(None)
        self._by_id = {}
        for unit in units:
            parent = self._by_id.get(unit.parent_id) if unit.parent_id else None
            node = _Node(unit)
            (parent or self._root).adopt(node)
            self._by_id[unit.id] = node
        self.endResetModel()

    def index_of(self, unit_id: uuid.UUID) -> QModelIndex:
        return self.index_of_node(self._by_id.get(unit_id))

    def unit_at(self, index: Index) -> UnitRow | None:
        node = self._node(index)
        return node.unit if node is not self._root else None

    def unit(self, unit_id: uuid.UUID) -> UnitRow | None:
        node = self._by_id.get(unit_id)
        return node.unit if node else None

    def units(self) -> list[UnitRow]:
        """Every unit, parents before children."""
        out: list[UnitRow] = []
        stack = list(reversed(self._root.children))
        while stack:
            node = stack.pop()
            assert node.unit is not None
            out.append(node.unit)
            stack.extend(reversed(node.children))
        return out

    def is_below(self, unit_id: uuid.UUID, ancestor_id: uuid.UUID) -> bool:
        """Whether ``unit_id`` is ``ancestor_id`` or lies below it."""
        node = self._by_id.get(unit_id)
        while node is not None and node.unit is not None:
            if node.unit.id == ancestor_id:
                return True
            node = node.parent
        return False

    def path(self, unit_id: uuid.UUID) -> str:
        names = []
        node = self._by_id.get(unit_id)
        while node is not None and node.unit is not None:
            names.append(node.unit.name)
            node = node.parent
        return " / ".join(reversed(names))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(UnitColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        unit = self._node(index).unit
        if unit is not None and unit.kind != UnitKind.PLANT:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

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
            # the whole name first: a deep unit's name is elided in a narrow tree
            lines = [unit.name, self.tr("Code: {0}").format(unit.code), *(warning_text(w) for w in unit.warnings)]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and column == UnitColumn.NAME and unit.warnings:
            if self._warning_icon is None:
                self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning_icon
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

    # drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [UNIT_MIME, PEOPLE_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = list(dict.fromkeys(u.id for i in indexes if (u := self.unit_at(i)) is not None))
        data = QMimeData()
        data.setData(UNIT_MIME, encode_ids(ids[:1]))  # one unit moves at a time: one undo step, one check
        return data

    def _drop_target(self, row: int, parent: Index) -> tuple[UnitRow | None, int]:
        target = self.unit_at(parent)
        return target, row

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        target, _row = self._drop_target(row, parent)
        if target is None:
            return False
        if data.hasFormat(PEOPLE_MIME):
            return bool(decode_ids(data.data(PEOPLE_MIME)))
        if data.hasFormat(UNIT_MIME):
            ids = decode_ids(data.data(UNIT_MIME))
            return bool(ids) and not any(self.is_below(target.id, moving) for moving in ids)
        return False

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target, position = self._drop_target(row, parent)
        assert target is not None
        if data.hasFormat(PEOPLE_MIME):
            self.people_dropped.emit(decode_ids(data.data(PEOPLE_MIME)), target.id)
            return False  # the change is made by the tab; the source view must not remove anything
        moving = decode_ids(data.data(UNIT_MIME))[0]
        node = self._by_id.get(moving)
        if node is not None and position >= 0 and node.parent is self._node(parent) and node.row < position:
            position -= 1  # the service counts positions without the moving unit
        self.unit_dropped.emit(moving, target.id, position)
        return False
