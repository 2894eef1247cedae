"""The sync page's lists as table models: peers, conflicts, a conflict's fields (lost against current), history.

Each list is short (a plant has a handful of stations; the service returns the last few hundred conflicts and
exchanges), so a model holds its rows and sorts them itself by the raw value of the sort role.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from gridapp.sync.service import ConflictRow, ExchangeRow, PeerRow
from ui.row_table import RowTableModel
from ui.sync.words import (
    BOOKKEEPING,
    direction_label,
    field_label,
    outcome_label,
    plant_time,
    reason_label,
    resolution_label,
    role_label,
    table_label,
    value_text,
    way_label,
)

translate = QCoreApplication.translate

CHANGED = QColor("#fff3c4")

R = TypeVar("R")


@dataclass(frozen=True)
class Col(Generic[R]):
    header: str  # QT_TRANSLATE_NOOP'd source
    text: Callable[[R], str]
    sort: Callable[[R], Any]
    align_right: bool = False


class RowsModel(RowTableModel[R]):
    """A short list of frozen rows with one ``Col`` per column (in the order of the model's ``columns``)."""

    COLUMNS: Sequence[Col[Any]] = ()

    def title(self, column: Any) -> str:
        return translate("SyncModels", self.COLUMNS[column].header)

    def text(self, row: R, column: Any) -> str:
        return self.COLUMNS[column].text(row)

    def sort_value(self, row: R, column: Any) -> Any:
        return self.COLUMNS[column].sort(row)

    def tooltip(self, row: R, column: Any) -> str | None:
        return self.text(row, column)

    def extra(self, row: R, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[column].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _file_and_time(name: str, at: Any) -> str:
    return f"{name} ({plant_time(at)})" if name and at else name


class PeerColumn(enum.IntEnum):
    NAME = 0
    ROLE = 1
    CODE = 2
    KEY_CODE = 3
    ACTIVE = 4
    WAITING = 5
    LAST_SYNC = 6
    WAY = 7
    WRITTEN = 8
    READ = 9


class PeerModel(RowsModel[PeerRow]):
    columns = PeerColumn
    COLUMNS = (
        Col(QT_TRANSLATE_NOOP("SyncModels", "Name"), lambda p: p.name, lambda p: p.name),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Role"), lambda p: role_label(p.role), lambda p: str(p.role)),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Code"), lambda p: p.code, lambda p: p.code),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Key code"), lambda p: p.key_code, lambda p: p.key_code),
        Col(
            QT_TRANSLATE_NOOP("SyncModels", "Active"),
            lambda p: translate("SyncModels", "Yes") if p.active else translate("SyncModels", "No"),
            lambda p: p.active,
        ),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Changes waiting"), lambda p: str(p.waiting), lambda p: p.waiting, True),
        Col(
            QT_TRANSLATE_NOOP("SyncModels", "Last sync"),
            lambda p: plant_time(p.last_sync_at) or translate("SyncModels", "Never"),
            lambda p: p.last_sync_at,
        ),
        Col(
            QT_TRANSLATE_NOOP("SyncModels", "Way"),
            lambda p: way_label(p.last_way) if p.last_way else "",
            lambda p: p.last_way,
        ),
        Col(
            QT_TRANSLATE_NOOP("SyncModels", "Last file written"),
            lambda p: _file_and_time(p.last_written, p.last_written_at),
            lambda p: p.last_written_at,
        ),
        Col(
            QT_TRANSLATE_NOOP("SyncModels", "Last file read"),
            lambda p: _file_and_time(p.last_read, p.last_read_at),
            lambda p: p.last_read_at,
        ),
    )

    def dimmed(self, row: PeerRow) -> bool:
        return not row.active

    def extra(self, row: PeerRow, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and column == PeerColumn.KEY_CODE:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        return super().extra(row, column, role)


class ConflictColumn(enum.IntEnum):
    TIME = 0
    TABLE = 1
    REASON = 2
    FROM = 3
    RESOLVED = 4


class ConflictModel(RowsModel[ConflictRow]):
    columns = ConflictColumn
    COLUMNS = (
        Col(QT_TRANSLATE_NOOP("SyncModels", "Time"), lambda c: plant_time(c.at), lambda c: c.at),
        Col(
            QT_TRANSLATE_NOOP("SyncModels", "What"),
            lambda c: f"{table_label(c.table)} · {c.label}" if c.label else table_label(c.table),
            lambda c: (table_label(c.table), c.label),
        ),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Why it lost"), lambda c: reason_label(c.reason), lambda c: str(c.reason)),
        Col(
            QT_TRANSLATE_NOOP("SyncModels", "Lost value from"),
            lambda c: c.lost_origin or translate("SyncModels", "unknown"),
            lambda c: c.lost_origin,
        ),
        Col(
            QT_TRANSLATE_NOOP("SyncModels", "Resolved"),
            lambda c: (
                f"{resolution_label(c.resolution)} {plant_time(c.resolved_at)}"
                if c.resolved_at
                else translate("SyncModels", "Open")
            ),
            lambda c: c.resolved_at,
        ),
    )

    def dimmed(self, row: ConflictRow) -> bool:
        return row.resolved_at is not None


@dataclass(frozen=True)
class FieldRow:
    column: str
    lost: Any
    kept: Any

    @property
    def differs(self) -> bool:
        return self.lost != self.kept


def field_rows(conflict: ConflictRow | None, differences_only: bool) -> list[FieldRow]:
    """A conflict's values field by field: what lost (archived) against what the row holds now."""
    if conflict is None:
        return []
    lost, kept = conflict.lost or {}, conflict.kept or {}
    names = [*lost, *(k for k in kept if k not in lost)]
    rows = [FieldRow(name, lost.get(name), kept.get(name)) for name in names]
    if differences_only:
        rows = [r for r in rows if r.differs and r.column not in BOOKKEEPING]
    return rows


class FieldColumn(enum.IntEnum):
    FIELD = 0
    LOST = 1
    NOW = 2


class FieldModel(RowsModel[FieldRow]):
    columns = FieldColumn
    COLUMNS = (
        Col(QT_TRANSLATE_NOOP("SyncModels", "Field"), lambda f: field_label(f.column), lambda f: field_label(f.column)),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Value that lost"), lambda f: value_text(f.lost), lambda f: str(f.lost)),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Value now"), lambda f: value_text(f.kept), lambda f: str(f.kept)),
    )

    def tooltip(self, row: FieldRow, column: Any) -> str | None:
        return row.column if column == FieldColumn.FIELD else self.text(row, column)

    def extra(self, row: FieldRow, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.differs and column != FieldColumn.FIELD:
            return CHANGED
        return super().extra(row, column, role)


class HistoryColumn(enum.IntEnum):
    TIME = 0
    PEER = 1
    WAY = 2
    DIRECTION = 3
    FILE = 4
    ROWS = 5
    PHOTOS = 6
    CONFLICTS = 7
    SIZE = 8
    BY = 9
    OUTCOME = 10


def size_text(size: int) -> str:
    if not size:
        return ""
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class HistoryModel(RowsModel[ExchangeRow]):
    columns = HistoryColumn
    COLUMNS = (
        Col(QT_TRANSLATE_NOOP("SyncModels", "Time"), lambda e: plant_time(e.at), lambda e: e.at),
        Col(QT_TRANSLATE_NOOP("SyncModels", "With"), lambda e: e.peer_name, lambda e: e.peer_name),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Way"), lambda e: way_label(e.way), lambda e: str(e.way)),
        Col(
            QT_TRANSLATE_NOOP("SyncModels", "Direction"),
            lambda e: direction_label(e.direction),
            lambda e: e.direction,
        ),
        Col(QT_TRANSLATE_NOOP("SyncModels", "File"), lambda e: e.file, lambda e: e.file),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Rows"), lambda e: str(e.rows), lambda e: e.rows, True),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Photos"), lambda e: str(e.blobs), lambda e: e.blobs, True),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Conflicts"), lambda e: str(e.conflicts), lambda e: e.conflicts, True),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Size"), lambda e: size_text(e.size), lambda e: e.size, True),
        Col(QT_TRANSLATE_NOOP("SyncModels", "By"), lambda e: e.by, lambda e: e.by),
        Col(QT_TRANSLATE_NOOP("SyncModels", "Outcome"), lambda e: outcome_label(e.outcome), lambda e: e.outcome),
    )

    def extra(self, row: ExchangeRow, column: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.outcome:
            return QColor("#b00020")
        return super().extra(row, column, role)
