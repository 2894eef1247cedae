"""Entries as a table model (the ledger, the proposals waiting, one person's reasons), fetched page by page."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from gridapp.scoring.kinds import EntrySource, EntryStatus
from gridapp.scoring.points import format_points
from gridapp.scoring.rows import CatalogueRow, EntryQuery, EntryRow, EntrySort
from ui.paged_model import Index, PagedTableModel
from ui.roles import ROW_ROLE, SORT_ROLE
from ui.scoring.labels import source_label, status_label

if TYPE_CHECKING:
    from gridapp.scoring.entries import EntryService

translate = QCoreApplication.translate


class EntryColumn(enum.IntEnum):
    DATE = 0
    SUBJECT = 1
    UNIT = 2
    RULE = 3
    CATEGORY = 4
    POINTS = 5
    STATUS = 6
    SOURCE = 7
    REASON = 8
    EVIDENCE = 9
    PROPOSED_BY = 10
    DECIDED_BY = 11
    NOTE = 12


# Starting widths in characters: the reason and the rule are what people read.
WIDTHS = {
    EntryColumn.DATE: 10,
    EntryColumn.SUBJECT: 7,
    EntryColumn.UNIT: 9,
    EntryColumn.RULE: 20,
    EntryColumn.CATEGORY: 10,
    EntryColumn.POINTS: 9,
    EntryColumn.STATUS: 6,
    EntryColumn.SOURCE: 8,
    EntryColumn.REASON: 26,
    EntryColumn.EVIDENCE: 10,
    EntryColumn.PROPOSED_BY: 6,
    EntryColumn.DECIDED_BY: 6,
}

_SORTS = {
    EntryColumn.DATE: EntrySort.BOOKED_ON,
    EntryColumn.SUBJECT: EntrySort.SUBJECT,
    EntryColumn.RULE: EntrySort.RULE,
    EntryColumn.CATEGORY: EntrySort.CATEGORY,
    EntryColumn.POINTS: EntrySort.POINTS,
    EntryColumn.STATUS: EntrySort.STATUS,
    EntryColumn.SOURCE: EntrySort.SOURCE,
}


def headers() -> list[str]:
    return [
        translate("EntryModel", "Date"),
        translate("EntryModel", "For"),
        translate("EntryModel", "Unit"),
        translate("EntryModel", "Rule"),
        translate("EntryModel", "Category"),
        translate("EntryModel", "Points"),
        translate("EntryModel", "Status"),
        translate("EntryModel", "Source"),
        translate("EntryModel", "Reason"),
        translate("EntryModel", "Evidence"),
        translate("EntryModel", "Proposed by"),
        translate("EntryModel", "Decided by"),
        translate("EntryModel", "Note"),
    ]


def points_text(entry: EntryRow) -> str:
    if entry.status is EntryStatus.PROPOSED:
        return translate("EntryModel", "{0} (asked)").format(format_points(entry.requested, signed=True))
    if entry.status is EntryStatus.REJECTED:
        return translate("EntryModel", "0 (asked {0})").format(format_points(entry.requested, signed=True))
    if entry.capped:
        return translate("EntryModel", "{0} (of {1}, cap reached)").format(
            format_points(entry.points, signed=True), format_points(entry.requested, signed=True)
        )
    return format_points(entry.points, signed=True)


def reason_text(entry: EntryRow) -> str:
    """The why of an entry: its written reason, or the event that proposed it."""
    if entry.reason:
        return entry.reason
    if entry.source is not EntrySource.MANUAL:
        return translate("EntryModel", "Proposed by the event: {0}").format(source_label(entry.source))
    return ""


def evidence_text(entry: EntryRow) -> str:
    if entry.evidence:
        return entry.evidence
    if entry.source_id is not None and entry.source is not EntrySource.CORRECTION:
        return translate("EntryModel", "{0} no. {1}").format(source_label(entry.source), str(entry.source_id)[:8])
    return ""


def note_text(entry: EntryRow) -> str:
    parts = []
    if entry.corrects_id is not None:
        parts.append(translate("EntryModel", "corrects entry {0}").format(str(entry.corrects_id)[:8]))
    if entry.decision_note:
        parts.append(entry.decision_note)
    return "; ".join(parts)


def cell(entry: EntryRow, column: EntryColumn, categories: dict[str, str]) -> Any:
    match column:
        case EntryColumn.DATE:
            return entry.booked_on
        case EntryColumn.SUBJECT:
            return entry.subject
        case EntryColumn.UNIT:
            return entry.unit_name
        case EntryColumn.RULE:
            return f"{entry.rule_code} {entry.rule_name}"
        case EntryColumn.CATEGORY:
            return categories.get(entry.category, entry.category)
        case EntryColumn.POINTS:
            return points_text(entry)
        case EntryColumn.STATUS:
            return status_label(entry.status)
        case EntryColumn.SOURCE:
            return source_label(entry.source)
        case EntryColumn.REASON:
            return reason_text(entry)
        case EntryColumn.EVIDENCE:
            return evidence_text(entry)
        case EntryColumn.PROPOSED_BY:
            return entry.proposed_by or translate("EntryModel", "(event)")
        case EntryColumn.DECIDED_BY:
            return entry.decided_by
        case EntryColumn.NOTE:
            return note_text(entry)


class EntryTableModel(PagedTableModel[EntryRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: EntryService | None = None
        self._query: EntryQuery | None = None
        self._categories: dict[str, str] = {}
        self._sort = EntrySort.BOOKED_ON
        self._descending = True

    def set_query(self, service: EntryService | None, query: EntryQuery | None, catalogue: CatalogueRow | None) -> None:
        self._service, self._query = service, query
        self._categories = {c.code: c.name for c in catalogue.categories} if catalogue else {}
        if service is None or query is None:
            self.set_source(None, None)
            return
        self.set_source(
            lambda: service.count(query),
            lambda offset, limit: service.page(query, offset, limit, self._sort, self._descending),
        )

    @property
    def query(self) -> EntryQuery | None:
        return self._query

    @property
    def categories(self) -> dict[str, str]:
        return dict(self._categories)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(EntryColumn)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = _SORTS.get(EntryColumn(column), EntrySort.BOOKED_ON)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = EntryColumn(index.column())
        if role == ROW_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            value = cell(entry, column, self._categories)
            return value.isoformat() if column is EntryColumn.DATE else value
        if role == SORT_ROLE:
            if column is EntryColumn.POINTS:
                return float(entry.points if entry.status is EntryStatus.CONFIRMED else entry.requested)
            value = cell(entry, column, self._categories)
            return value.isoformat() if column is EntryColumn.DATE else value
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            EntryColumn.REASON,
            EntryColumn.EVIDENCE,
            EntryColumn.NOTE,
        ):
            return cell(entry, column, self._categories) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if entry.status is EntryStatus.REJECTED:
                return QColor("#888888")
            if column is EntryColumn.POINTS and entry.status is EntryStatus.CONFIRMED:
                return QColor("#2E7D32") if entry.points > 0 else QColor("#C62828") if entry.points < 0 else None
            if column is EntryColumn.STATUS and entry.status is EntryStatus.PROPOSED:
                return QColor("#B26A00")
        if role == Qt.ItemDataRole.TextAlignmentRole and column is EntryColumn.POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return headers()[section] if 0 <= section < len(EntryColumn) else None
