"""The to-do as a two-level model: one row per kind (with its count), the items below it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from gridapp.times import plant_text
from gridapp.todo import Todo, TodoItem, TodoKind

translate = QCoreApplication.translate
OVERDUE = QColor("#c62828")
ItemRole = Qt.ItemDataRole.UserRole + 1  # the TodoItem of a line (None on a kind's row)

_KIND_TEXTS = {
    TodoKind.WORK: QT_TRANSLATE_NOOP("Todo", "To start, feed back or rectify"),
    TodoKind.VERIFY: QT_TRANSLATE_NOOP("Todo", "To verify or accept"),
    TodoKind.ESCALATED: QT_TRANSLATE_NOOP("Todo", "Escalated to my unit"),
    TodoKind.ASSIGN: QT_TRANSLATE_NOOP("Todo", "To assign"),
    TodoKind.CLOSE: QT_TRANSLATE_NOOP("Todo", "To close"),
    TodoKind.REVIEW: QT_TRANSLATE_NOOP("Todo", "Held issues to review"),
    TodoKind.INVOLVED: QT_TRANSLATE_NOOP("Todo", "Partner or supervisor on"),
    TodoKind.ROUND: QT_TRANSLATE_NOOP("Todo", "Rounds due"),
    TodoKind.POINTS: QT_TRANSLATE_NOOP("Todo", "Points to confirm"),
}
_HEADERS = (
    QT_TRANSLATE_NOOP("Todo", "What"),
    QT_TRANSLATE_NOOP("Todo", "Unit"),
    QT_TRANSLATE_NOOP("Todo", "Due"),
)
_GROUP = 0  # the internal id of a kind's row; an item's is its kind's row + 1


def kind_label(kind: TodoKind) -> str:
    return translate("Todo", _KIND_TEXTS[kind])


def due_text(due: dt.datetime | dt.date | None) -> str:
    if isinstance(due, dt.datetime):
        return plant_text(due, year=False)
    return due.strftime("%m-%d") if due else ""


def item_text(item: TodoItem) -> str:
    text = f"{item.number} {item.title}" if item.number else item.title
    text = f"{text} · {item.detail}" if item.detail else text
    if item.kind is TodoKind.ROUND:
        who = item.person or translate("Todo", "nobody named")
        responsible = translate("Todo", "responsible: %1").replace("%1", who)
        text = f"{text} · {responsible}"
    return text


class TodoModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[TodoKind, list[TodoItem]]] = []

    def set_todo(self, todo: Todo) -> None:
        self.beginResetModel()
        by_kind: dict[TodoKind, list[TodoItem]] = {}
        for item in todo.items:
            by_kind.setdefault(item.kind, []).append(item)
        self._groups = [(kind, by_kind[kind]) for kind in TodoKind if kind in by_kind]
        self.endResetModel()

    @property
    def total(self) -> int:
        return sum(len(items) for _kind, items in self._groups)

    def kind_row(self, kind: TodoKind) -> QModelIndex:
        for row, (k, _items) in enumerate(self._groups):
            if k is kind:
                return self.index(row, 0)
        return QModelIndex()

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(_HEADERS)

    def item(self, index: QModelIndex) -> TodoItem | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            kind, items = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{kind_label(kind)} ({len(items)})"
            return None
        item = self.item(index)
        assert item is not None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (item_text(item), item.unit, due_text(item.due))[column]
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return OVERDUE
        if role == ItemRole:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return translate("Todo", _HEADERS[section])
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
