"""The to-do as a two-level model: one row per kind (with its true count), the items below it, and under a group
that lists only its most urgent issues a last line "N more…" that opens the rest on the issue board."""

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
MoreRole = Qt.ItemDataRole.UserRole + 2  # on a group's "more" line: the group's TodoKind

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
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                    ItemRole, MoreRole})  # fmt: skip
_GROUP = 0  # the internal id of a kind's row; an item's is its kind's row + 1


def kind_label(kind: TodoKind) -> str:
    return translate("Todo", _KIND_TEXTS[kind])


def count_text(n: int) -> str:
    """A group's count; "10,000+" where counting stopped (``Count.more``)."""
    return f"{n:,}+" if getattr(n, "more", False) else str(n)


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
        self._counts: dict[TodoKind, int] = {}
        self._hidden: dict[TodoKind, int] = {}  # per group: how many the "more" line stands for

    def set_todo(self, todo: Todo) -> None:
        self.beginResetModel()
        by_kind: dict[TodoKind, list[TodoItem]] = {}
        for item in todo.items:
            by_kind.setdefault(item.kind, []).append(item)
        self._counts = todo.counts
        self._groups = [(kind, by_kind.get(kind, [])) for kind in TodoKind if kind in self._counts]
        self._hidden = {kind: n - len(by_kind.get(kind, ())) for kind, n in self._counts.items()}
        self.endResetModel()

    @property
    def total(self) -> int:
        """Everything that waits, the groups' true counts (not only the lines listed)."""
        return sum(self._counts.values())

    def hidden(self, kind: TodoKind) -> int:
        return self._hidden.get(kind, 0)

    def more_row(self, kind: TodoKind) -> QModelIndex:
        """The group's "more" line (invalid when the group lists all its items)."""
        group = self.kind_row(kind)
        if not group.isValid() or not self.hidden(kind):
            return QModelIndex()
        return self.index(self.rowCount(group) - 1, 0, group)

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
            kind, items = self._groups[parent.row()]
            return len(items) + (1 if self.hidden(kind) > 0 else 0)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(_HEADERS)

    def item(self, index: QModelIndex) -> TodoItem | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        items = self._groups[index.internalId() - 1][1]
        return items[index.row()] if index.row() < len(items) else None

    def more_kind(self, index: QModelIndex) -> TodoKind | None:
        """The group whose "more" line ``index`` is; None for any other line."""
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        kind, items = self._groups[index.internalId() - 1]
        return kind if index.row() >= len(items) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None  # the view asks a dozen roles per cell as it paints: answer the rest at once
        group = index.internalId()
        if group == _GROUP:
            kind, _items = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{kind_label(kind)} ({count_text(self._counts[kind])})"
            return None
        kind, items = self._groups[group - 1]
        more = kind if index.row() >= len(items) else None
        if more is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.column() == 0:
                capped = getattr(self._counts[more], "more", False)  # "10,000+" in all: "9,950+" more
                hidden = f"{self.hidden(more):,}" + ("+" if capped else "")
                return translate("Todo", "{0} more… show them on the issue board").format(hidden)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#1565c0")
            if role == MoreRole:
                return more
            return None
        item = items[index.row()]
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
