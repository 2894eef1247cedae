"""Table models of a unit's role assignments, guardianship links and areas (each list is small: held in full)."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from gridapp.org.rows import AreaRow, AssignmentRow, GuardianshipRow
from gridapp.times import plant_today
from ui.row_table import RowTableModel

Index = QModelIndex | QPersistentModelIndex


def _date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


class AssignmentColumn(enum.IntEnum):
    ROLE = 0
    PERSON = 1
    EMPLOYEE_NO = 2
    UNIT = 3
    STARTS = 4
    ENDS = 5
    STATE = 6


class AssignmentTableModel(RowTableModel[AssignmentRow]):
    """Who holds (or held) which role in which unit, from when to when."""

    columns = AssignmentColumn

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = plant_today()

    def set_rows(self, rows: Sequence[AssignmentRow]) -> None:
        self.today = plant_today()
        super().set_rows(rows)

    def title(self, column: AssignmentColumn) -> str:
        return {
            AssignmentColumn.ROLE: self.tr("Role"),
            AssignmentColumn.PERSON: self.tr("Name"),
            AssignmentColumn.EMPLOYEE_NO: self.tr("Employee no."),
            AssignmentColumn.UNIT: self.tr("Unit"),
            AssignmentColumn.STARTS: self.tr("From"),
            AssignmentColumn.ENDS: self.tr("Until"),
            AssignmentColumn.STATE: self.tr("State"),
        }[column]

    def text(self, row: AssignmentRow, column: AssignmentColumn) -> str:
        match column:
            case AssignmentColumn.ROLE:
                return row.role_name
            case AssignmentColumn.PERSON:
                return row.person_name
            case AssignmentColumn.EMPLOYEE_NO:
                return row.employee_no
            case AssignmentColumn.UNIT:
                return row.unit_name
            case AssignmentColumn.STARTS:
                return _date(row.starts_on)
            case AssignmentColumn.ENDS:
                return _date(row.ends_on)
            case AssignmentColumn.STATE:
                if row.starts_on > self.today:
                    return self.tr("Starts later")
                return self.tr("Holds") if row.active_on(self.today) else self.tr("Ended")

    def sort_value(self, row: AssignmentRow, column: AssignmentColumn) -> Any:
        if column == AssignmentColumn.ROLE:
            return (row.role_kind.value != "leader", row.role_position, row.role_name)
        if column in (AssignmentColumn.STARTS, AssignmentColumn.ENDS):
            day = row.starts_on if column == AssignmentColumn.STARTS else row.ends_on
            return day.toordinal() if day else 10**7
        return self.text(row, column)

    def dimmed(self, row: AssignmentRow) -> bool:
        return not row.active_on(self.today)


class LinkColumn(enum.IntEnum):
    GUARDIAN = 0
    WARD = 1
    KIND = 2
    STARTS = 3


class GuardianshipTableModel(RowTableModel[GuardianshipRow]):
    """Guardians and whom or what each answers for."""

    columns = LinkColumn

    def title(self, column: LinkColumn) -> str:
        return {
            LinkColumn.GUARDIAN: self.tr("Guardian"),
            LinkColumn.WARD: self.tr("Answers for"),
            LinkColumn.KIND: self.tr("Kind"),
            LinkColumn.STARTS: self.tr("Since"),
        }[column]

    def text(self, row: GuardianshipRow, column: LinkColumn) -> str:
        match column:
            case LinkColumn.GUARDIAN:
                return row.guardian_name
            case LinkColumn.WARD:
                return row.area_name if row.area_id else f"{row.ward_name}（{row.ward_employee_no}）"
            case LinkColumn.KIND:
                return self.tr("Area") if row.area_id else self.tr("Staff (1+N)")
            case LinkColumn.STARTS:
                return _date(row.starts_on)


class AreaColumn(enum.IntEnum):
    NAME = 0
    KIND = 1
    UNIT = 2
    CLAIMER = 3
    GUARDIANS = 4
    PHOTO = 5


class AreaTableModel(RowTableModel[AreaRow]):
    """Areas of a unit's subtree and who claims them; unclaimed areas are marked."""

    columns = AreaColumn

    def title(self, column: AreaColumn) -> str:
        return {
            AreaColumn.NAME: self.tr("Area"),
            AreaColumn.KIND: self.tr("Kind"),
            AreaColumn.UNIT: self.tr("Unit"),
            AreaColumn.CLAIMER: self.tr("Claimed by"),
            AreaColumn.GUARDIANS: self.tr("Guardian"),
            AreaColumn.PHOTO: self.tr("Photo"),
        }[column]

    def text(self, row: AreaRow, column: AreaColumn) -> str:
        match column:
            case AreaColumn.NAME:
                return row.name
            case AreaColumn.KIND:
                return row.kind
            case AreaColumn.UNIT:
                return row.unit
            case AreaColumn.CLAIMER:
                return row.claimer or self.tr("(unclaimed)")
            case AreaColumn.GUARDIANS:
                return "、".join(row.guardians)
            case AreaColumn.PHOTO:
                return self.tr("Yes") if row.has_photo else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == AreaColumn.CLAIMER
            and index.row() < len(self._rows)
            and not self._rows[index.row()].claimer_id
        ):
            return Qt.GlobalColor.red
        return super().data(index, role)

    def tooltip(self, row: AreaRow, column: AreaColumn) -> str | None:
        return row.duties or None
