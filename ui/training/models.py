"""Table models of training: the people × kinds matrix, the shortfall list, a unit's sessions, the classrooms, the
people a session ticks, and the rows of a signed sheet."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from gridapp.training.rows import ClassroomRow, MatrixRow, SessionRow, Shortfall, SignInRow, Trainee, TrainingMatrix
from ui.roles import ROW_ROLE, SORT_ROLE
from ui.row_table import RowTableModel
from ui.training.words import hours_text, kind_label, short_kind_label, sign_in_problem_text

Index = QModelIndex | QPersistentModelIndex
SHORT = QColor("#ffcdd2")
MET = QColor("#c8e6c9")
ERROR = QColor("#FDE2E2")
NOTE = QColor("#FFF6D6")


class TrainingMatrixModel(QAbstractTableModel):
    """One row a person: name, unit, hours of each kind (achieved / required; red when short), total."""

    NAME, UNIT = 0, 1
    FIXED = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: TrainingMatrix | None = None
        self._rows: list[MatrixRow] = []
        self._only_short = False

    def set_matrix(self, matrix: TrainingMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self._filter()
        self.endResetModel()

    def set_only_short(self, only: bool) -> None:
        self.beginResetModel()
        self._only_short = only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        rows = list(self.matrix.rows) if self.matrix else []
        self._rows = [r for r in rows if r.is_short] if self._only_short else rows

    @property
    def total_column(self) -> int:
        return self.FIXED + (len(self.matrix.kinds) if self.matrix else 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.matrix is None else self.total_column + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or self.matrix is None:
            return None
        row, column = self._rows[index.row()], index.column()
        kind = column - self.FIXED if self.FIXED <= column < self.total_column else None
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.NAME:
                return row.name
            if column == self.UNIT:
                return row.unit
            if column == self.total_column:
                return row.total if role == SORT_ROLE else hours_text(row.total)
            assert kind is not None
            if role == SORT_ROLE:
                return row.hours[kind]
            need = row.required[kind]
            return hours_text(row.hours[kind]) + (f" / {hours_text(need)}" if need is not None else "")
        if role == Qt.ItemDataRole.BackgroundRole and kind is not None and row.required[kind] is not None:
            return SHORT if row.short(kind) > 0 else MET
        if role == Qt.ItemDataRole.ToolTipRole and kind is not None and row.short(kind) > 0:
            return self.tr("{0} hours short").format(hours_text(row.short(kind)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FIXED:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.matrix is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and self.FIXED <= section < self.total_column:
            return self.tr("Hours attended / hours required in the period")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.NAME:
            return self.tr("Name")
        if section == self.UNIT:
            return self.tr("Unit")
        if section == self.total_column:
            return self.tr("Total")
        return kind_label(self.matrix.kinds[section - self.FIXED])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda r: _key(self, r, column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


def _key(model: TrainingMatrixModel, row: MatrixRow, column: int) -> Any:
    if column == model.NAME:
        return row.name
    if column == model.UNIT:
        return row.unit
    if column == model.total_column:
        return row.total
    return row.hours[column - model.FIXED]


class ShortfallColumn(enum.IntEnum):
    NAME = 0
    UNIT = 1
    KIND = 2
    MISSING = 3


class ShortfallTableModel(RowTableModel[Shortfall]):
    columns = ShortfallColumn

    def title(self, column: ShortfallColumn) -> str:
        return {
            ShortfallColumn.NAME: self.tr("Name"),
            ShortfallColumn.UNIT: self.tr("Unit"),
            ShortfallColumn.KIND: self.tr("Kind"),
            ShortfallColumn.MISSING: self.tr("Short (h)"),
        }[column]

    def text(self, row: Shortfall, column: ShortfallColumn) -> str:
        if column == ShortfallColumn.NAME:
            return row.name
        if column == ShortfallColumn.UNIT:
            return row.unit
        if column == ShortfallColumn.KIND:
            return short_kind_label(row.kind)
        return f"{hours_text(row.missing)}（{hours_text(row.hours)} / {hours_text(row.required)}）"

    def sort_value(self, row: Shortfall, column: ShortfallColumn) -> Any:
        return row.missing if column == ShortfallColumn.MISSING else self.text(row, column)


class SessionColumn(enum.IntEnum):
    HELD_ON = 0
    KIND = 1
    CLASSROOM = 2
    TOPIC = 3
    TEACHER = 4
    UNIT = 5
    HOURS = 6
    ATTENDEES = 7


class SessionTableModel(RowTableModel[SessionRow]):
    columns = SessionColumn

    def title(self, column: SessionColumn) -> str:
        return {
            SessionColumn.HELD_ON: self.tr("Date"),
            SessionColumn.KIND: self.tr("Kind"),
            SessionColumn.CLASSROOM: self.tr("Classroom"),
            SessionColumn.TOPIC: self.tr("Topic"),
            SessionColumn.TEACHER: self.tr("Teacher"),
            SessionColumn.UNIT: self.tr("Unit"),
            SessionColumn.HOURS: self.tr("Hours"),
            SessionColumn.ATTENDEES: self.tr("Attended"),
        }[column]

    def text(self, row: SessionRow, column: SessionColumn) -> str:
        return {
            SessionColumn.HELD_ON: row.held_on.isoformat(),
            SessionColumn.KIND: short_kind_label(row.kind),
            SessionColumn.CLASSROOM: row.classroom,
            SessionColumn.TOPIC: row.topic,
            SessionColumn.TEACHER: row.teacher,
            SessionColumn.UNIT: row.unit,
            SessionColumn.HOURS: hours_text(row.hours),
            SessionColumn.ATTENDEES: str(row.attendees),
        }[column]

    def sort_value(self, row: SessionRow, column: SessionColumn) -> Any:
        if column == SessionColumn.HOURS:
            return row.hours
        if column == SessionColumn.ATTENDEES:
            return row.attendees
        return self.text(row, column)


class ClassroomColumn(enum.IntEnum):
    CODE = 0
    NAME = 1
    IN_USE = 2


class ClassroomTableModel(RowTableModel[ClassroomRow]):
    columns = ClassroomColumn

    def title(self, column: ClassroomColumn) -> str:
        return {
            ClassroomColumn.CODE: self.tr("Code"),
            ClassroomColumn.NAME: self.tr("Name"),
            ClassroomColumn.IN_USE: self.tr("In use"),
        }[column]

    def text(self, row: ClassroomRow, column: ClassroomColumn) -> str:
        if column == ClassroomColumn.CODE:
            return row.code
        if column == ClassroomColumn.NAME:
            return row.name
        return self.tr("Yes") if row.in_use else self.tr("No")

    def sort_value(self, row: ClassroomRow, column: ClassroomColumn) -> Any:
        return row.position if column == ClassroomColumn.NAME else self.text(row, column)

    def dimmed(self, row: ClassroomRow) -> bool:
        return not row.in_use


class TraineeColumn(enum.IntEnum):
    NAME = 0
    EMPLOYEE_NO = 1
    UNIT = 2


class TraineeCheckModel(RowTableModel[Trainee]):
    """The unit's people with a tick each: who attended."""

    columns = TraineeColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ticked: set[uuid.UUID] = set()

    def set_people(self, people: list[Trainee], ticked: set[uuid.UUID]) -> None:
        self.beginResetModel()
        self._rows = list(people)
        self.ticked = set(ticked) & {p.person_id for p in people}
        self.endResetModel()

    def title(self, column: TraineeColumn) -> str:
        return {
            TraineeColumn.NAME: self.tr("Name"),
            TraineeColumn.EMPLOYEE_NO: self.tr("Employee no."),
            TraineeColumn.UNIT: self.tr("Unit"),
        }[column]

    def text(self, row: Trainee, column: TraineeColumn) -> str:
        return {TraineeColumn.NAME: row.name, TraineeColumn.EMPLOYEE_NO: row.employee_no, TraineeColumn.UNIT: row.unit}[
            column
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == TraineeColumn.NAME else base

    def extra(self, row: Trainee, column: TraineeColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == TraineeColumn.NAME:
            return Qt.CheckState.Checked if row.person_id in self.ticked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != TraineeColumn.NAME or not index.isValid():
            return False
        self.set_ticked([index.row()], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def set_ticked(self, rows: list[int], on: bool) -> None:
        for r in rows:
            pid = self._rows[r].person_id
            if on:
                self.ticked.add(pid)
            else:
                self.ticked.discard(pid)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0), [Qt.ItemDataRole.CheckStateRole])

    def ticked_in_order(self) -> tuple[uuid.UUID, ...]:
        return tuple(p.person_id for p in self._rows if p.person_id in self.ticked)


class SignInColumn(enum.IntEnum):
    LINE = 0
    NAME = 1
    UNIT = 2
    SIGNED_AT = 3
    MATCHED = 4
    PROBLEM = 5


class SignInTableModel(RowTableModel[SignInRow]):
    """A signed sheet's rows: the name written, who it is, or why it is nobody (errors red, notes yellow)."""

    columns = SignInColumn

    def title(self, column: SignInColumn) -> str:
        return {
            SignInColumn.LINE: self.tr("Row"),
            SignInColumn.NAME: self.tr("Name written"),
            SignInColumn.UNIT: self.tr("Unit written"),
            SignInColumn.SIGNED_AT: self.tr("Signed at"),
            SignInColumn.MATCHED: self.tr("Person"),
            SignInColumn.PROBLEM: self.tr("Problem"),
        }[column]

    def text(self, row: SignInRow, column: SignInColumn) -> str:
        return {
            SignInColumn.LINE: str(row.line),
            SignInColumn.NAME: row.name,
            SignInColumn.UNIT: row.unit,
            SignInColumn.SIGNED_AT: row.signed_at,
            SignInColumn.MATCHED: row.matched,
            SignInColumn.PROBLEM: sign_in_problem_text(row.problem, row.candidates),
        }[column]

    def sort_value(self, row: SignInRow, column: SignInColumn) -> Any:
        return row.line if column == SignInColumn.LINE else self.text(row, column)

    def extra(self, row: SignInRow, column: SignInColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.problem is not None:
            return ERROR if row.blocking else NOTE
        return None

    def tooltip(self, row: SignInRow, column: SignInColumn) -> str | None:
        return sign_in_problem_text(row.problem, row.candidates) or None
