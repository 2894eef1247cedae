"""A card's checkpoint items as a table model; rows are dragged to reorder them (the move itself is the service's)."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from gridapp.inspections.kinds import CheckLevel, ItemKind
from gridapp.inspections.rows import ItemRow
from ui.inspections.labels import frequency_label, kind_label, level_label, limits_label
from ui.roles import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-gridapp-inspection-items"
LEVEL_COLOURS = {CheckLevel.STAFF: "#FFFFFF", CheckLevel.OFFICER: "#FFF6E5", CheckLevel.LEADER: "#FDECEA"}


class ItemColumn(enum.IntEnum):
    SEQUENCE = 0
    EQUIPMENT = 1
    ACTIVITY = 2
    CONTENT = 3
    STANDARD = 4
    METHOD = 5
    LEVEL = 6
    FREQUENCY = 7
    KIND = 8


class ItemsModel(QAbstractTableModel):
    """All items of one card (a card holds hundreds at most, read at once); ``items_dropped(ids, to)`` asks for a move
    of the dragged items before the item now at ``to``."""

    items_dropped = Signal(list, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ItemRow] = []
        self.read_only = False

    def set_items(self, items: list[ItemRow]) -> None:
        self.beginResetModel()
        self._rows = items
        self.endResetModel()

    def item_at(self, row: int) -> ItemRow:
        return self._rows[row]

    def row_of(self, item_id: uuid.UUID) -> int:
        return next((n for n, i in enumerate(self._rows) if i.id == item_id), -1)

    @property
    def items(self) -> list[ItemRow]:
        return list(self._rows)

    # Qt's interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ItemColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.read_only:
            return base
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        column = ItemColumn(index.column())
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == SORT_ROLE:
            return item.position if column == ItemColumn.SEQUENCE else self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (ItemColumn.CONTENT, ItemColumn.STANDARD):
            return self._display(item, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(LEVEL_COLOURS[item.level])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ItemColumn.SEQUENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, item: ItemRow, column: ItemColumn) -> str:
        match column:
            case ItemColumn.SEQUENCE:
                return str(item.sequence)
            case ItemColumn.EQUIPMENT:
                return item.equipment
            case ItemColumn.ACTIVITY:
                return item.activity
            case ItemColumn.CONTENT:
                return item.content
            case ItemColumn.STANDARD:
                return item.standard
            case ItemColumn.METHOD:
                return item.method
            case ItemColumn.LEVEL:
                return level_label(item.level)
            case ItemColumn.FREQUENCY:
                return frequency_label(item.frequency, item.interval_days)
            case ItemColumn.KIND:
                if item.kind == ItemKind.READING:
                    return f"{kind_label(item.kind)} {limits_label(item.lower, item.upper, item.unit)}".strip()
                return kind_label(item.kind)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ItemColumn.SEQUENCE: self.tr("No."),
            ItemColumn.EQUIPMENT: self.tr("Equipment category"),
            ItemColumn.ACTIVITY: self.tr("Activity unit"),
            ItemColumn.CONTENT: self.tr("Content"),
            ItemColumn.STANDARD: self.tr("Standard"),
            ItemColumn.METHOD: self.tr("Method"),
            ItemColumn.LEVEL: self.tr("Checked by"),
            ItemColumn.FREQUENCY: self.tr("Frequency"),
            ItemColumn.KIND: self.tr("Record"),
        }[ItemColumn(section)]

    # drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(str(self._rows[r].id) for r in rows).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return not self.read_only and data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [uuid.UUID(t) for t in bytes(data.data(MIME).data()).decode().split(",") if t]
        to = row if row >= 0 else parent.row() if parent.isValid() else len(self._rows)
        self.items_dropped.emit(ids, to)
        # The move is done by the service and the model reloaded; returning False keeps the view from removing
        # the dragged rows itself.
        return False
