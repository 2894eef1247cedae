"""Table models of the rounds page: who is due (the schedule), the done-vs-due matrix, the round record (fetched page
by page) and one round's results with the issues they raised."""

from __future__ import annotations

import enum
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from gridapp.inspections.kinds import Frequency, ItemKind, Outcome
from gridapp.inspections.rows import DoneMatrix, DueRow, DueStatus, MatrixCell, MatrixColumn, ResultRow, RoundRow
from gridapp.times import plant_text
from ui.inspections.labels import (
    frequency_label,
    limits_label,
    number_text,
    outcome_label,
    round_label,
    source_label,
    status_label,
)
from ui.paged_model import Index, PagedTableModel
from ui.roles import ROW_ROLE, SORT_ROLE

if TYPE_CHECKING:
    from gridapp.inspections.rounds import RoundService

RED, RED_BG = QColor("#B71C1C"), QColor("#FDECEA")
AMBER_BG, GREEN_BG, GREY_BG = QColor("#FFF4D6"), QColor("#E6F4EA"), QColor("#F2F2F2")
STATUS_BG = {DueStatus.OVERDUE: RED_BG, DueStatus.OPEN: AMBER_BG, DueStatus.DONE: GREEN_BG, DueStatus.NOT_YET: GREY_BG}


def _when(moment: Any) -> str:
    return plant_text(moment)


class DueColumn(enum.IntEnum):
    STATUS = 0
    UNIT = 1
    POST = 2
    DOCUMENT = 3
    ROUND = 4
    PERIOD = 5
    ITEMS = 6
    WHO = 7
    DONE = 8


class DueModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DueRow] = []

    def set_rows(self, rows: list[DueRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> DueRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(DueColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        due = self._rows[index.row()]
        column = DueColumn(index.column())
        if role == ROW_ROLE:
            return due
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(due, column)
        if role == SORT_ROLE:
            return due.period_start.isoformat() if column == DueColumn.PERIOD else self._display(due, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_BG[due.status]
        if role == Qt.ItemDataRole.ForegroundRole and due.status == DueStatus.OVERDUE:
            return RED
        return None

    def _display(self, due: DueRow, column: DueColumn) -> str:
        g = due.group
        match column:
            case DueColumn.STATUS:
                return status_label(due.status)
            case DueColumn.UNIT:
                return g.unit
            case DueColumn.POST:
                return g.post
            case DueColumn.DOCUMENT:
                return g.document
            case DueColumn.ROUND:
                return f"{round_label(g.level)} · {frequency_label(g.frequency, g.interval_days)}"
            case DueColumn.PERIOD:
                if due.period_start == due.period_end:
                    return due.period_start.isoformat()
                return f"{due.period_start:%m-%d} – {due.period_end:%m-%d}"
            case DueColumn.ITEMS:
                return str(g.items)
            case DueColumn.WHO:
                return "、".join(due.responsible_names)
            case DueColumn.DONE:
                return f"{due.last_inspector} {_when(due.last_at)}".strip()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            DueColumn.STATUS: self.tr("Status"),
            DueColumn.UNIT: self.tr("Unit"),
            DueColumn.POST: self.tr("Post"),
            DueColumn.DOCUMENT: self.tr("Card"),
            DueColumn.ROUND: self.tr("Round"),
            DueColumn.PERIOD: self.tr("Period"),
            DueColumn.ITEMS: self.tr("Items"),
            DueColumn.WHO: self.tr("Who checks"),
            DueColumn.DONE: self.tr("Done by"),
        }[DueColumn(section)]


class MatrixModel(QAbstractTableModel):
    """Units down, the span's days, weeks and month across; each cell "done/due", red when a round is overdue."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: DoneMatrix | None = None

    def set_matrix(self, matrix: DoneMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def unit_at(self, row: int) -> tuple[uuid.UUID, str]:
        assert self.matrix is not None
        return self.matrix.units[row]

    def column_at(self, column: int) -> MatrixColumn:
        assert self.matrix is not None
        return self.matrix.columns[column]

    def cell(self, row: int, column: int) -> MatrixCell:
        assert self.matrix is not None
        return self.matrix.cells[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        cell = self.matrix.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.due:
                # A red cell names who answers for what was missed.
                names = "、".join(n or self.tr("nobody named") for n in cell.overdue_by)
                return f"{cell.done}/{cell.due} {names}" if names else f"{cell.done}/{cell.due}"
            return "·" if cell.upcoming else ""
        if role == ROW_ROLE:
            return cell
        if role == SORT_ROLE:
            return cell.overdue
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.overdue:
                return RED_BG
            if cell.open:
                return AMBER_BG
            if cell.due and cell.done == cell.due:
                return GREEN_BG
            return None
        if role == Qt.ItemDataRole.ForegroundRole and cell.overdue:
            return RED
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            column = self.matrix.columns[index.column()]
            return self.tr("{0} · {1}\nDone {2} of {3} due; overdue {4}; due now {5}; not yet due {6}").format(
                self.matrix.units[index.row()][1], self._period(column), cell.done, cell.due, cell.overdue, cell.open,
                cell.upcoming,
            ) + self._people(cell)  # fmt: skip
        return None

    def _people(self, cell: MatrixCell) -> str:
        lines = []
        if cell.overdue_by:
            names = "、".join(n or self.tr("nobody named") for n in cell.overdue_by)
            lines.append(self.tr("Missed, responsible: {0}").format(names))
        if cell.open_by:
            names = "、".join(n or self.tr("nobody named") for n in cell.open_by)
            lines.append(self.tr("Due now, responsible: {0}").format(names))
        return "".join("\n" + line for line in lines)

    def _period(self, column: MatrixColumn) -> str:
        word = frequency_label(column.frequency)
        if column.start == column.end:
            return f"{word} {column.start.isoformat()}"
        return f"{word} {column.start.isoformat()} – {column.end.isoformat()}"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.matrix.units[section][1] if role == Qt.ItemDataRole.DisplayRole else None
        column = self.matrix.columns[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._period(column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return {Frequency.DAILY: None, Frequency.WEEKLY: AMBER_BG, Frequency.MONTHLY: RED_BG}.get(column.frequency)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column.frequency:
            case Frequency.DAILY:
                return str(column.start.day)
            case Frequency.WEEKLY:
                return self.tr("Wk {0}").format(column.start.isocalendar().week)
            case Frequency.MONTHLY:
                return self.tr("Month {0}").format(column.start.month)
            case _:
                return self.tr("Other")


class RoundColumn(enum.IntEnum):
    WHEN = 0
    UNIT = 1
    POST = 2
    ROUND = 3
    INSPECTOR = 4
    SOURCE = 5
    PASSED = 6
    FAILED = 7
    NOT_APPLICABLE = 8
    ISSUES = 9


class RoundListModel(PagedTableModel[RoundRow]):
    """Rounds of a unit's subtree, newest first, fetched page by page."""

    def set_unit(self, service: RoundService | None, unit_id: uuid.UUID | None) -> None:
        if service is None or unit_id is None:
            self.set_source(None, None)
            return
        self.set_source(
            lambda: service.count_rounds(unit_id), lambda offset, limit: service.rounds(unit_id, offset, limit)
        )

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(RoundColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        column = RoundColumn(index.column())
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                RoundColumn.WHEN: _when(r.performed_at),
                RoundColumn.UNIT: r.unit,
                RoundColumn.POST: f"{r.post} · {r.document} {r.version}",
                RoundColumn.ROUND: f"{round_label(r.level)} · {frequency_label(r.frequency)}",
                RoundColumn.INSPECTOR: r.inspector,
                RoundColumn.SOURCE: source_label(r.source),
                RoundColumn.PASSED: str(r.passed),
                RoundColumn.FAILED: str(r.failed) if r.failed else "",
                RoundColumn.NOT_APPLICABLE: str(r.not_applicable) if r.not_applicable else "",
                RoundColumn.ISSUES: str(r.issues) if r.issues else "",
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (RoundColumn.FAILED, RoundColumn.ISSUES):
            return RED
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= RoundColumn.PASSED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            RoundColumn.WHEN: self.tr("Checked at"),
            RoundColumn.UNIT: self.tr("Unit"),
            RoundColumn.POST: self.tr("Card"),
            RoundColumn.ROUND: self.tr("Round"),
            RoundColumn.INSPECTOR: self.tr("Inspector"),
            RoundColumn.SOURCE: self.tr("Entered"),
            RoundColumn.PASSED: self.tr("Pass"),
            RoundColumn.FAILED: self.tr("Fail"),
            RoundColumn.NOT_APPLICABLE: self.tr("N/A"),
            RoundColumn.ISSUES: self.tr("Issues"),
        }[RoundColumn(section)]


class ResultColumn(enum.IntEnum):
    SEQUENCE = 0
    CONTENT = 1
    RESULT = 2
    READING = 3
    NOTE = 4
    ISSUE = 5
    PHOTOS = 6


class ResultListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: list[ResultRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ResultRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ResultColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = ResultColumn(index.column())
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == ResultColumn.CONTENT:
            return f"{r.content}\n{r.standard}"
        if role == Qt.ItemDataRole.ToolTipRole and column == ResultColumn.ISSUE and r.issue_id:
            return self.tr("Double-click to open it on the issue board")
        if role == Qt.ItemDataRole.ForegroundRole and (r.outcome == Outcome.FAIL or r.out_of_limit):
            return RED
        if role == Qt.ItemDataRole.BackgroundRole and r.outcome == Outcome.FAIL:
            return RED_BG
        return None

    def _display(self, r: ResultRow, column: ResultColumn) -> str:
        match column:
            case ResultColumn.SEQUENCE:
                return str(r.sequence)
            case ResultColumn.CONTENT:
                return r.content
            case ResultColumn.RESULT:
                text = outcome_label(r.outcome)
                return f"{text} · {self.tr('out of limits')}" if r.out_of_limit else text
            case ResultColumn.READING:
                if r.kind != ItemKind.READING or r.reading is None:
                    return ""
                return f"{number_text(r.reading)} {r.unit} ({limits_label(r.lower, r.upper, r.unit)})".strip()
            case ResultColumn.NOTE:
                return r.note
            case ResultColumn.ISSUE:
                return self.tr("Issue {0}").format(r.issue_number) if r.issue_number else ""
            case ResultColumn.PHOTOS:
                return str(r.photos) if r.photos else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ResultColumn.SEQUENCE: self.tr("No."),
            ResultColumn.CONTENT: self.tr("Item"),
            ResultColumn.RESULT: self.tr("Result"),
            ResultColumn.READING: self.tr("Reading"),
            ResultColumn.NOTE: self.tr("Note"),
            ResultColumn.ISSUE: self.tr("Issue board"),
            ResultColumn.PHOTOS: self.tr("Photos"),
        }[ResultColumn(section)]
