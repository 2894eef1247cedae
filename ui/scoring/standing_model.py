"""The ranking as a table model: rank, mark, subject, one column per category, score, stars and (for leaders)
warnings; its columns follow the catalogue, its rows come from the standings service page by page."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from gridapp.scoring.kinds import Mark, SubjectKind
from gridapp.scoring.points import format_points
from gridapp.scoring.rows import CatalogueRow, StandingQuery, StandingRow, StandingSort
from ui.org.labels import party_status_label
from ui.paged_model import Index, PagedTableModel
from ui.roles import ROW_ROLE, SORT_ROLE
from ui.scoring.labels import MARK_COLOURS, WARNING_COLOURS, mark_label, stars_text, warning_label

if TYPE_CHECKING:
    from gridapp.scoring.standings import StandingService

translate = QCoreApplication.translate


class StandingColumn(enum.Enum):
    RANK = "rank"
    MARK = "mark"
    NAME = "name"
    CODE = "code"
    UNIT = "unit"
    PARTY = "party"
    CATEGORY = "category"
    POINTS = "points"
    SCORE = "score"
    STARS = "stars"
    ENTRIES = "entries"
    WARNING = "warning"


@dataclass(frozen=True)
class Column:
    kind: StandingColumn
    category: int = -1  # the category's index for CATEGORY columns


def columns_for(catalogue: CatalogueRow, warnings: bool) -> list[Column]:
    person = catalogue.subject is SubjectKind.PERSON
    out = [Column(StandingColumn.RANK), Column(StandingColumn.MARK), Column(StandingColumn.NAME)]
    out += [Column(StandingColumn.CODE), Column(StandingColumn.UNIT)]
    if person:
        out.append(Column(StandingColumn.PARTY))
    out += [Column(StandingColumn.CATEGORY, i) for i in range(len(catalogue.categories))]
    out.append(Column(StandingColumn.POINTS))
    if catalogue.base or catalogue.mode.value != "sum":
        out.append(Column(StandingColumn.SCORE))
    if catalogue.thresholds:
        out.append(Column(StandingColumn.STARS))
    out.append(Column(StandingColumn.ENTRIES))
    if warnings and person:
        out.append(Column(StandingColumn.WARNING))
    return out


def header(column: Column, catalogue: CatalogueRow) -> str:
    person = catalogue.subject is SubjectKind.PERSON
    match column.kind:
        case StandingColumn.RANK:
            return translate("StandingModel", "Rank")
        case StandingColumn.MARK:
            return translate("StandingModel", "Mark")
        case StandingColumn.NAME:
            return translate("StandingModel", "Name") if person else translate("StandingModel", "Team")
        case StandingColumn.CODE:
            return translate("StandingModel", "Employee no.") if person else translate("StandingModel", "Code")
        case StandingColumn.UNIT:
            return translate("StandingModel", "Unit") if person else translate("StandingModel", "Belongs to")
        case StandingColumn.PARTY:
            return translate("StandingModel", "Party status")
        case StandingColumn.CATEGORY:
            return catalogue.categories[column.category].name
        case StandingColumn.POINTS:
            return translate("StandingModel", "Points")
        case StandingColumn.SCORE:
            return translate("StandingModel", "Score")
        case StandingColumn.STARS:
            return translate("StandingModel", "Stars")
        case StandingColumn.ENTRIES:
            return translate("StandingModel", "Entries")
        case StandingColumn.WARNING:
            return translate("StandingModel", "Warning")


def cell(row: StandingRow, column: Column, catalogue: CatalogueRow | None = None) -> Any:
    """The value shown (and exported) in ``column``: numbers stay numbers."""
    match column.kind:
        case StandingColumn.RANK:
            return row.rank
        case StandingColumn.MARK:
            if catalogue is None:
                return mark_label(row.mark, row.tied)
            return mark_label(row.mark, row.tied, catalogue.top_n, catalogue.bottom_n)
        case StandingColumn.NAME:
            return row.name
        case StandingColumn.CODE:
            return row.employee_no
        case StandingColumn.UNIT:
            return row.unit_name
        case StandingColumn.PARTY:
            return party_status_label(row.party_status) if row.party_status else ""
        case StandingColumn.CATEGORY:
            return row.by_category[column.category]
        case StandingColumn.POINTS:
            return row.points
        case StandingColumn.SCORE:
            return row.score
        case StandingColumn.STARS:
            return stars_text(row.stars)
        case StandingColumn.ENTRIES:
            return row.entries
        case StandingColumn.WARNING:
            return warning_label(row.warning)


_SORTS = {
    StandingColumn.NAME: StandingSort.NAME,
    StandingColumn.CODE: StandingSort.EMPLOYEE_NO,
    StandingColumn.UNIT: StandingSort.UNIT,
    StandingColumn.ENTRIES: StandingSort.ENTRIES,
}


class StandingTableModel(PagedTableModel[StandingRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._service: StandingService | None = None
        self._query: StandingQuery | None = None
        self.catalogue: CatalogueRow | None = None
        self.columns: list[Column] = []
        self._sort: StandingSort | int = StandingSort.RANK
        self._descending = False

    def set_query(
        self,
        service: StandingService | None,
        query: StandingQuery | None,
        catalogue: CatalogueRow | None,
        warnings: bool,
    ) -> None:
        self._service, self._query, self.catalogue = service, query, catalogue
        columns = columns_for(catalogue, warnings) if catalogue else []
        if columns != self.columns:
            self.beginResetModel()
            self.columns = columns
            self._sort, self._descending = StandingSort.RANK, False
            self.endResetModel()
        if service is None or query is None:
            self.set_source(None, None)
            return
        self.set_source(
            lambda: service.count(query),
            lambda offset, limit: service.page(query, offset, limit, self._sort, self._descending),
        )

    @property
    def query(self) -> StandingQuery | None:
        return self._query

    @property
    def sort_key(self) -> StandingSort | int:
        return self._sort

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        chosen = self.columns[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if chosen.kind is StandingColumn.CATEGORY:
            self._sort, self._descending = chosen.category, descending
        elif chosen.kind in _SORTS:
            self._sort, self._descending = _SORTS[chosen.kind], descending
        else:  # rank, mark, points, score and stars all follow the total
            numeric = chosen.kind in (StandingColumn.POINTS, StandingColumn.SCORE, StandingColumn.STARS)
            self._sort, self._descending = StandingSort.RANK, (not descending if numeric else descending)
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            value = cell(row, column, self.catalogue)
            return float(value) if hasattr(value, "as_tuple") else value
        if role == Qt.ItemDataRole.DisplayRole:
            value = cell(row, column, self.catalogue)
            return format_points(value) if hasattr(value, "as_tuple") else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (
            StandingColumn.RANK,
            StandingColumn.CATEGORY,
            StandingColumn.POINTS,
            StandingColumn.SCORE,
            StandingColumn.ENTRIES,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.mark in MARK_COLOURS:
            return MARK_COLOURS[row.mark]
        if role == Qt.ItemDataRole.ForegroundRole and column.kind is StandingColumn.WARNING and row.warning:
            return WARNING_COLOURS[row.warning]
        if role == Qt.ItemDataRole.ForegroundRole and column.kind is StandingColumn.STARS:
            return WARNING_COLOURS[next(iter(WARNING_COLOURS))]  # the red of the boards
        if role == Qt.ItemDataRole.ToolTipRole and column.kind is StandingColumn.MARK and row.mark is not Mark.NONE:
            return translate("StandingModel", "Rank {0} from the top, {1} from the bottom").format(
                row.rank, row.rank_from_bottom
            )
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or self.catalogue is None:
            return None
        if not 0 <= section < len(self.columns):
            return None
        return header(self.columns[section], self.catalogue)
