"""Table models of meetings: the done-vs-due matrix, a unit's meetings, a meeting's attendance, the kinds."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from gridapp.party_life.kinds import Attendance, MeetingStatus
from gridapp.party_life.rows import Attendee, MatrixRow, MeetingKindRow, MeetingMatrix, MeetingRow
from ui.party_life.words import (
    attendance_label,
    attendees_label,
    frequency_label,
    status_label,
    unit_kind_label,
)
from ui.roles import ROW_ROLE, SORT_ROLE
from ui.row_table import RowTableModel

Index = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {
    MeetingStatus.DONE: QColor("#c8e6c9"),
    MeetingStatus.OVERDUE: QColor("#ffcdd2"),
    MeetingStatus.OPEN: QColor("#fff9c4"),
}


class MeetingMatrixModel(QAbstractTableModel):
    """One row per (unit, kind) that must meet, one column per month; a quarter's status fills its three months."""

    FIXED = 2  # unit, kind

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: MeetingMatrix | None = None

    def set_matrix(self, matrix: MeetingMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else self.FIXED + len(self.matrix.months)

    def row_at(self, row: int) -> MatrixRow | None:
        return self.matrix.rows[row] if self.matrix and 0 <= row < len(self.matrix.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == ROW_ROLE:
            return row
        if column < self.FIXED:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return row.unit if column == 0 else row.kind
            if role == Qt.ItemDataRole.ToolTipRole and column == 1:
                return frequency_label(row.frequency)
            return None
        cell = row.cells[column - self.FIXED]
        if role == Qt.ItemDataRole.DisplayRole:
            text = status_label(cell.status)
            return f"{text} ×{cell.held}" if cell.held > 1 else text
        if role == Qt.ItemDataRole.BackgroundRole:
            return STATUS_COLOURS.get(cell.status)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0} · {1} to {2}: {3} held").format(
                row.kind, cell.period_start.isoformat(), cell.period_end.isoformat(), cell.held
            )
        if role == SORT_ROLE:
            return cell.status.value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or self.matrix is None:
            return None
        if section == 0:
            return self.tr("Unit")
        if section == 1:
            return self.tr("Meeting")
        month = self.matrix.months[section - self.FIXED]
        return f"{month.year}-{month.month:02d}"


class MeetingColumn(enum.IntEnum):
    HELD_ON = 0
    KIND = 1
    UNIT = 2
    TOPIC = 3
    HOST = 4
    PRESENT = 5
    ABSENT = 6
    NO_REASON = 7


class MeetingTableModel(RowTableModel[MeetingRow]):
    columns = MeetingColumn

    def title(self, column: MeetingColumn) -> str:
        return {
            MeetingColumn.HELD_ON: self.tr("Date"),
            MeetingColumn.KIND: self.tr("Meeting"),
            MeetingColumn.UNIT: self.tr("Unit"),
            MeetingColumn.TOPIC: self.tr("Topic"),
            MeetingColumn.HOST: self.tr("Host"),
            MeetingColumn.PRESENT: self.tr("Present"),
            MeetingColumn.ABSENT: self.tr("Absent"),
            MeetingColumn.NO_REASON: self.tr("Without reason"),
        }[column]

    def text(self, row: MeetingRow, column: MeetingColumn) -> str:
        return str(self.sort_value(row, column))

    def sort_value(self, row: MeetingRow, column: MeetingColumn) -> Any:
        return {
            MeetingColumn.HELD_ON: row.held_on.isoformat(),
            MeetingColumn.KIND: row.kind,
            MeetingColumn.UNIT: row.unit,
            MeetingColumn.TOPIC: row.topic,
            MeetingColumn.HOST: row.host,
            MeetingColumn.PRESENT: row.present,
            MeetingColumn.ABSENT: row.absent,
            MeetingColumn.NO_REASON: row.absent_without_reason,
        }[column]


class AttendanceColumn(enum.IntEnum):
    NAME = 0
    EMPLOYEE_NO = 1
    ATTENDANCE = 2
    NOTE = 3


class AttendanceTableModel(RowTableModel[Attendee]):
    """Who was expected, each ticked present or absent with a reason; the note column is edited in place."""

    columns = AttendanceColumn

    def title(self, column: AttendanceColumn) -> str:
        return {
            AttendanceColumn.NAME: self.tr("Name"),
            AttendanceColumn.EMPLOYEE_NO: self.tr("Employee no."),
            AttendanceColumn.ATTENDANCE: self.tr("Attendance"),
            AttendanceColumn.NOTE: self.tr("Note"),
        }[column]

    def text(self, row: Attendee, column: AttendanceColumn) -> str:
        match column:
            case AttendanceColumn.NAME:
                return row.name
            case AttendanceColumn.EMPLOYEE_NO:
                return row.employee_no
            case AttendanceColumn.ATTENDANCE:
                return attendance_label(row.attendance)
        return row.note

    def extra(self, row: Attendee, column: AttendanceColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.attendance is Attendance.NO_REASON:
            return QColor("#c62828")
        if role == Qt.ItemDataRole.EditRole and column == AttendanceColumn.NOTE:
            return row.note
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == AttendanceColumn.NOTE else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != AttendanceColumn.NOTE or not index.isValid():
            return False
        self._replace(index.row(), note=str(value).strip())
        return True

    def mark(self, row: int, attendance: Attendance) -> None:
        self._replace(row, attendance=attendance)

    def _replace(self, row: int, **changes: Any) -> None:
        self._rows[row] = dataclasses.replace(self._rows[row], **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))


class KindColumn(enum.IntEnum):
    NAME = 0
    FREQUENCY = 1
    UNITS = 2
    ATTENDEES = 3
    CODE = 4


class MeetingKindTableModel(RowTableModel[MeetingKindRow]):
    columns = KindColumn

    def title(self, column: KindColumn) -> str:
        return {
            KindColumn.NAME: self.tr("Meeting"),
            KindColumn.FREQUENCY: self.tr("Required"),
            KindColumn.UNITS: self.tr("Held by"),
            KindColumn.ATTENDEES: self.tr("Who attends"),
            KindColumn.CODE: self.tr("Code"),
        }[column]

    def text(self, row: MeetingKindRow, column: KindColumn) -> str:
        match column:
            case KindColumn.NAME:
                return row.name if row.in_use else self.tr("{0} (switched off)").format(row.name)
            case KindColumn.FREQUENCY:
                return frequency_label(row.frequency)
            case KindColumn.UNITS:
                return unit_kind_label(row.unit_kind)
            case KindColumn.ATTENDEES:
                return attendees_label(row.attendees)
        return row.code

    def sort_value(self, row: MeetingKindRow, column: KindColumn) -> Any:
        return row.position if column == KindColumn.NAME else self.text(row, column)

    def dimmed(self, row: MeetingKindRow) -> bool:
        return not row.in_use
