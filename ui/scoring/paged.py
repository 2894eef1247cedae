"""A table model that holds the pages fetched so far and asks its source for more; sorting re-runs the query."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
PAGE_SIZE = 200


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses give ``columnCount``/``data``/``headerData``; the source is a counter and a pager."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._total = 0
        self._count: Callable[[], int] | None = None
        self._page: Callable[[int, int], list[R]] | None = None
        self._fetching = False

    def set_source(self, count: Callable[[], int] | None, page: Callable[[int, int], list[R]] | None) -> None:
        self._count, self._page = count, page
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (the scope, a filter or the sort order changed, or the data did)."""
        self.beginResetModel()
        self._rows, self._total = [], 0
        if self._count is not None and self._page is not None:
            self._total = self._count()
            self._rows = self._page(0, PAGE_SIZE) if self._total else []
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        # Whoever listens to rowsAboutToBeInserted (a view, the model tester) may ask for more before the page is
        # added; without the guard the same offset would be fetched twice and its rows shown twice.
        if parent.isValid() or self._page is None or self._fetching:
            return
        self._fetching = True
        try:
            page = self._page(len(self._rows), PAGE_SIZE)
            if not page:
                self._total = len(self._rows)  # rows went away meanwhile
                return
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False
