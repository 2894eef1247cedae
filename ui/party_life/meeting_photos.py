"""A meeting record's photos in its dialog: those kept on the record (their thumbnails from the photo folder) and
those picked to add, as small previews; removing one takes a kept photo off the record when it is saved."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap

from gridapp.party_life.rows import MeetingPhotoRow

THUMB = QSize(96, 72)
Index = QModelIndex | QPersistentModelIndex


class MeetingPhotoModel(QAbstractListModel):
    def __init__(
        self,
        kept: Sequence[MeetingPhotoRow] = (),
        thumbnail: Callable[[MeetingPhotoRow], Path | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._items: list[MeetingPhotoRow | Path] = list(kept)
        self._thumbnail = thumbnail
        self.removed: list[uuid.UUID] = []
        self._previews: dict[int, QPixmap] = {}

    def add(self, paths: Sequence[Path]) -> None:
        new = [p for p in paths if p not in self._items]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._items), len(self._items) + len(new) - 1)
            self._items.extend(new)
            self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            item = self._items.pop(row)
            self._previews.clear()
            self.endRemoveRows()
            if isinstance(item, MeetingPhotoRow):
                self.removed.append(item.id)

    def added(self) -> tuple[Path, ...]:
        return tuple(p for p in self._items if isinstance(p, Path))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            if index.row() not in self._previews:
                self._previews[index.row()] = self._preview(item)
            return self._previews[index.row()]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DisplayRole):
            return item.name
        return None

    def _preview(self, item: MeetingPhotoRow | Path) -> QPixmap:
        path = item if isinstance(item, Path) else (self._thumbnail(item) if self._thumbnail else None)
        if path is None:
            return QPixmap()  # not on this PC yet: the name shows alone
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio))
        return QPixmap.fromImage(reader.read())
