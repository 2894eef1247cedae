"""Table models of talks: the quarter's 1+N coverage and the talks held (summaries only for those who may read)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gridapp.party_life.rows import CoverageRow, TalkRow
from ui.party_life.words import talk_kind_label
from ui.row_table import RowTableModel

MISSING = QColor("#c62828")


class CoverageColumn(enum.IntEnum):
    UNIT = 0
    GUARDIAN = 1
    WARD = 2
    EMPLOYEE_NO = 3
    TALKED_ON = 4


class CoverageTableModel(RowTableModel[CoverageRow]):
    columns = CoverageColumn

    def title(self, column: CoverageColumn) -> str:
        return {
            CoverageColumn.UNIT: self.tr("Unit"),
            CoverageColumn.GUARDIAN: self.tr("Party member"),
            CoverageColumn.WARD: self.tr("Linked staff member"),
            CoverageColumn.EMPLOYEE_NO: self.tr("Employee no."),
            CoverageColumn.TALKED_ON: self.tr("Talk this quarter"),
        }[column]

    def text(self, row: CoverageRow, column: CoverageColumn) -> str:
        match column:
            case CoverageColumn.UNIT:
                return row.unit
            case CoverageColumn.GUARDIAN:
                return row.guardian
            case CoverageColumn.WARD:
                return row.ward
            case CoverageColumn.EMPLOYEE_NO:
                return row.ward_employee_no
        return row.talked_on.isoformat() if row.talked_on else self.tr("Missing")

    def sort_value(self, row: CoverageRow, column: CoverageColumn) -> Any:
        if column == CoverageColumn.TALKED_ON:
            return row.talked_on.isoformat() if row.talked_on else ""
        return self.text(row, column)

    def extra(self, row: CoverageRow, column: CoverageColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.covered:
            return MISSING
        return None


class TalkColumn(enum.IntEnum):
    HELD_ON = 0
    KIND = 1
    TALKER = 2
    PERSON = 3
    UNIT = 4
    SUMMARY = 5


class TalkTableModel(RowTableModel[TalkRow]):
    columns = TalkColumn

    def title(self, column: TalkColumn) -> str:
        return {
            TalkColumn.HELD_ON: self.tr("Date"),
            TalkColumn.KIND: self.tr("Kind"),
            TalkColumn.TALKER: self.tr("Talked"),
            TalkColumn.PERSON: self.tr("With"),
            TalkColumn.UNIT: self.tr("Unit"),
            TalkColumn.SUMMARY: self.tr("Summary"),
        }[column]

    def text(self, row: TalkRow, column: TalkColumn) -> str:
        match column:
            case TalkColumn.HELD_ON:
                return row.held_on.isoformat()
            case TalkColumn.KIND:
                return talk_kind_label(row.kind)
            case TalkColumn.TALKER:
                return row.talker
            case TalkColumn.PERSON:
                return row.person
            case TalkColumn.UNIT:
                return row.unit
        if row.summary is None:
            return self.tr("(restricted: personal information)")
        return row.summary.replace("\n", " ")

    def dimmed(self, row: TalkRow) -> bool:
        return row.restricted
