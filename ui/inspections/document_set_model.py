"""A post's document set (the book, four cards, three tables) as a table model."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from gridapp.inspections.rows import DocumentRow
from ui.inspections.labels import document_kind_label
from ui.roles import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class SetColumn(enum.IntEnum):
    NAME = 0
    KIND = 1
    VERSION = 2
    ITEMS = 3
    STATUS = 4


class DocumentSetModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentRow] = []

    def set_rows(self, rows: list[DocumentRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> DocumentRow:
        return self._rows[row]

    def row_of(self, type_code: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r.type.code == type_code), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SetColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        doc = self._rows[index.row()]
        column = SetColumn(index.column())
        if role == ROW_ROLE:
            return doc
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(doc, column)
        if role == SORT_ROLE:
            return doc.type.position if column == SetColumn.NAME else self._display(doc, column)
        if role == Qt.ItemDataRole.ForegroundRole and not doc.started:
            return QColor("#888888")
        if role == Qt.ItemDataRole.ForegroundRole and column == SetColumn.STATUS and doc.changed_since_release:
            return QColor("#B26A00")
        return None

    def _display(self, doc: DocumentRow, column: SetColumn) -> str:
        match column:
            case SetColumn.NAME:
                return doc.type.name
            case SetColumn.KIND:
                return document_kind_label(doc.type.kind)
            case SetColumn.VERSION:
                return doc.version
            case SetColumn.ITEMS:
                return str(doc.items) if doc.type.has_items and doc.started else ""
            case SetColumn.STATUS:
                if not doc.started:
                    return self.tr("Not started")
                if not doc.version:
                    return self.tr("Draft")
                if doc.changed_since_release:
                    return self.tr("Changed since release")
                return self.tr("Released")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SetColumn.NAME: self.tr("Document"),
            SetColumn.KIND: self.tr("Kind"),
            SetColumn.VERSION: self.tr("Version"),
            SetColumn.ITEMS: self.tr("Items"),
            SetColumn.STATUS: self.tr("Status"),
        }[SetColumn(section)]
