"""The one base of every large list: holds the pages fetched so far in SQL order and asks its source for more."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
PAGE_SIZE = 200

Counter = Callable[[], int]
Pager = Callable[[int, int], list[R]]  # (offset, limit) -> rows, in the order the query sorts them
FirstPage = Callable[[int], tuple[int, list[R]]]  # limit -> (count, first page), when one read does both


class PagedTableModel(QAbstractTableModel, Generic[R]):
    """Subclasses give ``columnCount``/``data``/``headerData`` and, where they sort or filter, change what their
    source's closures read and call ``reload``: sorting and filtering happen in SQL, never on the rows held."""

    page_size = PAGE_SIZE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._total = 0
        self._count: Counter | None = None
        self._page: Pager[R] | None = None
        self._first: FirstPage[R] | None = None
        self._fetching = False
        self._more = False  # the total is a bounded count ("10,000+"): pages go on past it until one comes short

    def set_source(
        self,
        count: Counter | None,
        page: Pager[R] | None,
        first: FirstPage[R] | None = None,
        read: tuple[int, list[R]] | None = None,
    ) -> None:
        """Show a new source. ``first`` reads the count and the first page at once (one search instead of two);
        ``read`` is that pair when the caller has read it already (the board reads every column's in one go)."""
        self._count, self._page, self._first = count, page, first
        if read is None:
            self.reload()
        else:
            self._show(*read)

    def reload(self) -> None:
        """Start again from the first page (the scope, a filter or the sort order changed, or the data did)."""
        if self._first is not None:
            self._show(*self._first(self.page_size))
        elif self._count is not None and self._page is not None:
            total = self._count()
            self._show(total, self._page(0, self.page_size) if total else [])
        else:
            self._show(0, [])

    def _show(self, total: int, rows: list[R]) -> None:
        self.beginResetModel()
        self._total, self._rows = total, list(rows)
        self._more = bool(getattr(total, "more", False) or getattr(total, "approximate", False))
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_of(self, row_id: object) -> int:
        """Where the row with this ``id`` is among those fetched so far, or -1."""
        return next((n for n, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and (len(self._rows) < self._total or self._more)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        # Whoever listens to rowsAboutToBeInserted (a view, the model tester) may ask for more before the page is
        # added; without the guard the same offset would be fetched twice and its rows shown twice.
        if parent.isValid() or self._page is None or self._fetching:
            return
        self._fetching = True
        try:
            page = self._page(len(self._rows), self.page_size)
            if not page:
                self._total = len(self._rows)  # rows went away meanwhile, or a bounded count's end was reached
                self._more = False
                return
            if len(page) < self.page_size:
                self._more = False
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False
