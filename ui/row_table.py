"""One table model for short lists held in full: rows of one frozen dataclass, sorted by each column's raw value.

Subclasses say each column's title, text and sort value (and, where they need it, a tooltip, dimmed rows or any other
role through ``extra``). Long lists are paged instead (``ui.paged_model``).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.roles import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one frozen dataclass; subclasses say each column's title, text and sort value."""

    columns: type[enum.IntEnum]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def row(self, index: Index) -> R | None:
        return self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns(index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and self.dimmed(row):
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        return self.extra(row, column, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns(column)
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda r: _sortable(self.sort_value(r, key)), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.title(self.columns(section))

    # to override

    def title(self, column: Any) -> str:
        raise NotImplementedError

    def text(self, row: R, column: Any) -> str:
        raise NotImplementedError

    def sort_value(self, row: R, column: Any) -> Any:
        return self.text(row, column)

    def dimmed(self, row: R) -> bool:
        return False

    def tooltip(self, row: R, column: Any) -> str | None:
        return None

    def extra(self, row: R, column: Any, role: int) -> Any:
        """Any other role (alignment, font, background)."""
        return None


def _sortable(value: Any) -> tuple[int, Any]:
    return (0, value) if value is not None else (1, "")
