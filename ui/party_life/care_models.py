"""Table models of care (思想动态与帮扶): hardship cases, a case's plan of steps, a person's state-of-mind notes."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gridapp.party_life.care import CareNoteRow, CareStepRow, CaseRow
from ui.row_table import RowTableModel

OVERDUE = QColor("#c62828")


class CaseColumn(enum.IntEnum):
    PERSON = 0
    UNIT = 1
    HARDSHIP = 2
    OPENED_ON = 3
    NEXT_DUE = 4
    OVERDUE = 5
    GUARDIANS = 6
    CLOSED = 7


class CaseTableModel(RowTableModel[CaseRow]):
    columns = CaseColumn

    def title(self, column: CaseColumn) -> str:
        return {
            CaseColumn.PERSON: self.tr("Person"),
            CaseColumn.UNIT: self.tr("Unit"),
            CaseColumn.HARDSHIP: self.tr("Hardship"),
            CaseColumn.OPENED_ON: self.tr("Opened"),
            CaseColumn.NEXT_DUE: self.tr("Next step due"),
            CaseColumn.OVERDUE: self.tr("Overdue steps"),
            CaseColumn.GUARDIANS: self.tr("Guardian"),
            CaseColumn.CLOSED: self.tr("Closed (confirmed by)"),
        }[column]

    def text(self, row: CaseRow, column: CaseColumn) -> str:
        match column:
            case CaseColumn.PERSON:
                return row.person
            case CaseColumn.UNIT:
                return row.unit
            case CaseColumn.HARDSHIP:
                return row.hardship
            case CaseColumn.OPENED_ON:
                return row.opened_on.isoformat()
            case CaseColumn.NEXT_DUE:
                return row.next_due.isoformat() if row.next_due else ""
            case CaseColumn.OVERDUE:
                return str(row.overdue_steps) if row.overdue_steps else ""
            case CaseColumn.GUARDIANS:
                return row.guardians
        return f"{row.closed_on.isoformat()} {row.closed_by}" if row.closed_on else ""

    def sort_value(self, row: CaseRow, column: CaseColumn) -> Any:
        if column == CaseColumn.OVERDUE:
            return row.overdue_steps
        return self.text(row, column)

    def dimmed(self, row: CaseRow) -> bool:
        return not row.is_open

    def extra(self, row: CaseRow, column: CaseColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue_steps and row.is_open:
            return OVERDUE
        return None


class StepColumn(enum.IntEnum):
    DUE_ON = 0
    ACTION = 1
    DONE_ON = 2
    NOTE = 3


class StepTableModel(RowTableModel[CareStepRow]):
    columns = StepColumn

    def title(self, column: StepColumn) -> str:
        return {
            StepColumn.DUE_ON: self.tr("Due"),
            StepColumn.ACTION: self.tr("Step"),
            StepColumn.DONE_ON: self.tr("Done"),
            StepColumn.NOTE: self.tr("Note"),
        }[column]

    def text(self, row: CareStepRow, column: StepColumn) -> str:
        match column:
            case StepColumn.DUE_ON:
                return row.due_on.isoformat()
            case StepColumn.ACTION:
                return row.action
            case StepColumn.DONE_ON:
                if row.done_on:
                    return row.done_on.isoformat()
                return self.tr("Overdue") if row.overdue else ""
        return row.done_note

    def sort_value(self, row: CareStepRow, column: StepColumn) -> Any:
        return (row.position, row.due_on.isoformat()) if column == StepColumn.ACTION else self.text(row, column)

    def extra(self, row: CareStepRow, column: StepColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return OVERDUE
        return None


class NoteColumn(enum.IntEnum):
    WRITTEN_ON = 0
    AUTHOR = 1
    TEXT = 2


class NoteTableModel(RowTableModel[CareNoteRow]):
    columns = NoteColumn

    def title(self, column: NoteColumn) -> str:
        return {
            NoteColumn.WRITTEN_ON: self.tr("Date"),
            NoteColumn.AUTHOR: self.tr("Written by"),
            NoteColumn.TEXT: self.tr("State of mind"),
        }[column]

    def text(self, row: CareNoteRow, column: NoteColumn) -> str:
        match column:
            case NoteColumn.WRITTEN_ON:
                return row.written_on.isoformat()
            case NoteColumn.AUTHOR:
                return row.author
        return row.text.replace("\n", " ")

    def tooltip(self, row: CareNoteRow, column: NoteColumn) -> str:
        return row.text if column == NoteColumn.TEXT else ""
